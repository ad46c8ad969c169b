// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createBoard } from '../../../../domain';
import type { ActionDraft } from '../../../../renderer/features/actions/action-drafts';
import { ActionDraftRows } from '../../../../renderer/features/actions/action-drafts';
import { ActionsPanel } from '../../../../renderer/features/actions/actions-panel';
import { CardActions } from '../../../../renderer/features/actions/card-actions';
import { useBoardStore } from '../../../../renderer/store/board-store';

const store = () => useBoardStore.getState();

/** A board with three actions owned by Ana Lima, one by Ben, none overdue. */
function showActions(): string {
  store().loadBoard(createBoard('W', { now: '2026-01-01T00:00:00.000Z' }), {
    handle: null,
    fileName: null,
    folder: null,
  });
  const card = store().addInitiative({ title: 'Claims triage', stage: 'pilot' });
  store().addActions([
    { title: 'First', owner: 'Ana Lima', initiativeId: card },
    { title: 'Second', owner: 'Ana Lima', initiativeId: card },
    { title: 'Third', owner: 'Ana Lima', initiativeId: card },
    { title: 'Only', owner: 'Ben' },
  ]);
  store().setActionsView({ groupBy: 'owner', showClosed: false });
  return card;
}

const panel = () => screen.getByRole('complementary', { name: 'Actions' });

describe('ActionsPanel', () => {
  it('names each group by its heading, an owner with a space in the name included', () => {
    showActions();
    render(<ActionsPanel />);
    const ana = screen.getByRole('region', { name: 'Ana Lima (3)' });
    expect(within(ana).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByRole('region', { name: 'Ben (1)' })).toBeInTheDocument();
  });

  it('keeps focus in the panel as actions are closed: the next one, the previous one, then the heading', async () => {
    showActions();
    render(<ActionsPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Mark “First” done' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Mark “Second” done' }));
    await userEvent.click(screen.getByRole('button', { name: 'Drop “Third”' }));
    // The last of Ana's goes to the next group's first.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Mark “Only” done' }));
    await userEvent.click(screen.getByRole('button', { name: 'Mark “Only” done' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Mark “Second” done' }));
    await userEvent.click(screen.getByRole('button', { name: 'Mark “Second” done' }));
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(document.activeElement).toBe(within(panel()).getByRole('heading', { name: 'Actions' }));
  });

  it('with closed actions shown, keeps focus on the action closed, at its Reopen button', async () => {
    showActions();
    store().setActionsView({ groupBy: 'owner', showClosed: true });
    render(<ActionsPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Mark “Second” done' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reopen “Second”' }));
    await userEvent.click(screen.getByRole('button', { name: 'Reopen “Second”' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Mark “Second” done' }));
  });
});

describe('CardActions', () => {
  it('keeps focus in the editor as the card’s actions are closed, ending at the new action field', async () => {
    const card = showActions();
    render(<CardActions initiativeId={card} />);
    await userEvent.click(screen.getByRole('button', { name: 'Drop “Third”' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Mark “Second” done' }));
    await userEvent.click(screen.getByRole('button', { name: 'Mark “Second” done' }));
    await userEvent.click(screen.getByRole('button', { name: 'Mark “First” done' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'New action for this initiative' }));
  });
});

describe('ActionDraftRows', () => {
  function Drafts() {
    const [drafts, setDrafts] = useState<ActionDraft[]>(
      ['One', 'Two', 'Three'].map((title) => ({ key: title, title, owner: '', due: '' })),
    );
    return (
      <ActionDraftRows
        drafts={drafts}
        required
        newDraft={() => ({ key: String(Math.random()), title: '', owner: '', due: '' })}
        onChange={setDrafts}
      />
    );
  }

  it('moves focus to the next row’s title when a row is removed, the last one’s to “+ Add action”', async () => {
    render(<Drafts />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove action 2' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Action 2: title' }));
    expect(screen.getByRole('textbox', { name: 'Action 2: title' })).toHaveValue('Three');
    await userEvent.click(screen.getByRole('button', { name: 'Remove action 2' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '+ Add action' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove action 1' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '+ Add action' }));
  });
});
