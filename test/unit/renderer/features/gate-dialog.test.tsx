// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addInitiative, createBoard, findInitiative } from '../../../../domain';
import { GateDialog } from '../../../../renderer/features/gates/gate-dialog';
import { useBoardStore } from '../../../../renderer/store/board-store';

const NOW = '2026-01-01T00:00:00.000Z';
const store = () => useBoardStore.getState();

/** A pilot short of Integration ≥ 2 only, proposed for Scaling. */
function proposeScaling() {
  const board = addInitiative(
    createBoard('W', { now: NOW }),
    {
      id: 'card',
      title: 'Claims triage',
      stage: 'pilot',
      kpi: 'Cycle time',
      readiness: { data: 2, integration: 1, governance: 3, process: 0, people: 0, performance: 2 },
    },
    { now: NOW },
  );
  store().loadBoard(board, { handle: null, fileName: null, folder: null });
  store().proposeMove({ id: 'card', to: 'scaling', index: 0 });
}
const record = () => screen.getByRole('button', { name: 'Record decision' });

describe('GateDialog', () => {
  it('shows each criterion with the card’s level in words, and go closed while one is unmet', () => {
    proposeScaling();
    render(<GateDialog />);
    expect(screen.getByText('now 1 Emerging')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^Go ?— not every criterion is met/ })).toBeDisabled();
    expect(record()).toBeDisabled();
    expect(record()).toHaveAccessibleDescription('Choose a decision to record.');
  });

  it('records a go with exception once it has a rationale, as the domain allows', async () => {
    proposeScaling();
    render(<GateDialog />);
    await userEvent.click(screen.getByRole('radio', { name: /^Go with exception/ }));
    expect(record()).toHaveAccessibleDescription(/needs a rationale/);
    await userEvent.type(screen.getByLabelText('Rationale (required)'), 'Integration lands next sprint');
    expect(record()).toBeEnabled();
    await userEvent.click(record());
    expect(findInitiative(store().board!, 'card')!.stage).toBe('scaling');
    expect(store().board!.decisions.at(-1)!.unmetCriteria).toEqual(['Integration ≥ 2']);
  });

  it('opens go when the room raises the missing readiness, and closes it again when the raise is undone', async () => {
    proposeScaling();
    render(<GateDialog />);
    await userEvent.click(screen.getByRole('button', { name: 'Evidence agreed: raise to 2' }));
    expect(screen.getByRole('radio', { name: /^Go ?— Every criterion is met/ })).toBeChecked();
    expect(record()).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: 'Undo raise' }));
    expect(screen.getByRole('radio', { name: /^Go ?—/ })).toBeDisabled();
    expect(record()).toBeDisabled();
  });
});
