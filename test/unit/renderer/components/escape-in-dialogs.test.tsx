// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RecoveryEntry, ScaleboardApi } from '../../../../contract';
import { createBoard } from '../../../../domain';
import { RecoveryOffer } from '../../../../renderer/features/file/recovery-offer';
import { BoardSetupDialog } from '../../../../renderer/features/workshop/board-setup-dialog';
import { useBoardStore } from '../../../../renderer/store/board-store';

const NOW = '2026-01-01T00:00:00.000Z';
const store = () => useBoardStore.getState();
/** Escape where the user is: the focused element, as the browser sends it. */
const pressEscape = () => fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' });

let declined: string[] = [];
beforeEach(() => {
  declined = [];
  (window as { scaleboard?: ScaleboardApi }).scaleboard = {
    recovery: {
      decline: async (id: string) => {
        declined.push(id);
        return { ok: true, value: null };
      },
    },
  } as unknown as ScaleboardApi;
  store().loadBoard(createBoard('Workshop', { now: NOW }), { handle: null, fileName: null, folder: null });
  store().setSetupOpen(true);
});

describe('Escape in a dialog never loses work silently', () => {
  it('closes the board setup at once when nothing was changed', () => {
    render(<BoardSetupDialog />);
    expect(screen.getByRole('dialog', { name: 'Board setup' })).toBeInTheDocument();
    // jsdom's dialog does not move focus in as showModal() does; the user is in the first field.
    screen.getByLabelText('Label of the idea column').focus();
    pressEscape();
    expect(store().setupOpen).toBe(false);
  });

  it('asks before throwing setup edits away: a second Escape keeps editing, Discard closes without saving', async () => {
    render(<BoardSetupDialog />);
    const label = screen.getByLabelText('Label of the idea column');
    await userEvent.type(label, ' (new)');
    pressEscape();
    expect(screen.getByRole('alert')).toHaveTextContent('Discard your changes to the setup?');
    expect(screen.getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    expect(store().setupOpen).toBe(true);

    pressEscape();
    expect(screen.queryByRole('alert')).toBeNull();
    // Focus goes back to the field, once React has removed the question.
    await act(async () => undefined);
    expect(screen.getByLabelText('Label of the idea column')).toHaveFocus();
    expect(screen.getByLabelText('Label of the idea column')).toHaveValue('Ideas (new)');

    pressEscape();
    await userEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(store().setupOpen).toBe(false);
    expect(store().board!.stages.find((s) => s.id === 'idea')!.label).toBe('Ideas');
  });

  it('neither restores nor declines a recovery copy on Escape', async () => {
    const entry: RecoveryEntry = {
      id: 'a'.repeat(32),
      boardId: 'b1',
      title: 'Q4 portfolio',
      fileName: null,
      savedAt: NOW,
      reason: 'unsaved',
    };
    act(() => store().setRecoveries([entry]));
    render(<RecoveryOffer />);
    expect(screen.getByRole('button', { name: 'Restore' })).toHaveFocus();
    pressEscape();
    pressEscape();
    expect(screen.getByRole('alertdialog', { name: 'Restore unsaved changes?' })).toBeInTheDocument();
    expect(store().recoveries).toEqual([entry]);
    expect(declined).toEqual([]);
  });
});
