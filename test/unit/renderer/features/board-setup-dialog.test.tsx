// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createBoard } from '../../../../domain';
import { BoardSetupDialog } from '../../../../renderer/features/workshop/board-setup-dialog';
import { undo, useBoardStore } from '../../../../renderer/store/board-store';

const NOW = '2026-01-01T00:00:00.000Z';
const store = () => useBoardStore.getState();
const steps = () => useBoardStore.temporal.getState().pastStates.length;

beforeEach(() => {
  store().loadBoard(createBoard('Workshop', { now: NOW }), { handle: null, fileName: null, folder: null });
  store().setSetupOpen(true);
});
const save = () => userEvent.click(screen.getByRole('button', { name: 'Save setup' }));
const regimes = () => screen.getByRole('group', { name: 'Regulatory regimes' });

describe('BoardSetupDialog: regulatory regimes', () => {
  it('ticks the default regimes on a board that never chose, and says what leaving one out does', () => {
    render(<BoardSetupDialog />);
    const boxes = within(regimes()).getAllByRole('checkbox');
    expect(boxes.map((b) => [b.closest('label')!.textContent!.trim(), (b as HTMLInputElement).checked])).toEqual([
      ['EU AI Act', true],
      ['US high-impact (OMB M-25-21)', true],
      ['US rights/safety-impacting (OMB M-24-10)', false],
    ]);
    expect(regimes()).toHaveAccessibleDescription(/A regime the board does not use hides its fields/);
  });

  it('saves the regimes chosen with the rest of the setup, as one undo step', async () => {
    render(<BoardSetupDialog />);
    await userEvent.click(within(regimes()).getByRole('checkbox', { name: 'US high-impact (OMB M-25-21)' }));
    await userEvent.click(
      within(regimes()).getByRole('checkbox', { name: 'US rights/safety-impacting (OMB M-24-10)' }),
    );
    await userEvent.type(screen.getByLabelText('Label of the idea column'), ' (new)');
    const before = steps();
    await save();
    expect(store().board!.workshop.regimes).toEqual(['eu-ai-act', 'us-rights-safety']);
    expect(steps()).toBe(before + 1);
    undo();
    expect(store().board!.workshop.regimes).toBeUndefined();
    expect(store().board!.stages[0]!.label).toBe('Ideas');
  });

  it('records a board that uses no regime, and says the governance criteria then ask nothing', async () => {
    render(<BoardSetupDialog />);
    for (const box of within(regimes())
      .getAllByRole('checkbox')
      .filter((b) => (b as HTMLInputElement).checked)) {
      await userEvent.click(box);
    }
    expect(regimes()).toHaveAccessibleDescription(/With none ticked, the gates’ classification and practices/);
    await save();
    expect(store().board!.workshop.regimes).toEqual([]);
  });
});

describe('BoardSetupDialog: governance criteria on the gates', () => {
  it('adds the classification and practices criteria to any gate and takes them off', async () => {
    render(<BoardSetupDialog />);
    const intoPilot = screen.getByRole('group', { name: 'Ideas → Pilot' });
    const intoProduction = screen.getByRole('group', { name: 'Scaling → Production' });
    // The default gate into Production has both; the one into Pilot has neither.
    expect(within(intoProduction).getByRole('checkbox', { name: 'Regulatory classification assessed' })).toBeChecked();
    expect(
      within(intoProduction).getByRole('checkbox', { name: 'Minimum practices done (high-impact or high-risk)' }),
    ).toBeChecked();
    await userEvent.click(within(intoPilot).getByRole('checkbox', { name: 'Regulatory classification assessed' }));
    await userEvent.click(
      within(intoProduction).getByRole('checkbox', { name: 'Minimum practices done (high-impact or high-risk)' }),
    );
    await save();
    const gate = (to: string) => store().board!.gates.find((g) => g.to === to)!;
    expect(gate('pilot').criteria.at(-1)).toEqual({ kind: 'classification' });
    expect(gate('production').criteria.filter((c) => c.kind === 'classification' || c.kind === 'practices')).toEqual([
      { kind: 'classification' },
    ]);
    // The other criteria of the gate are untouched.
    expect(gate('production').criteria).toContainEqual({ kind: 'field', field: 'riskTier' });
    expect(gate('production').criteria.filter((c) => c.kind === 'readiness')).toHaveLength(6);
  });
});
