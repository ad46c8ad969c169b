// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Initiative } from '../../../../domain';
import { addInitiative, createBoard, findInitiative, PROHIBITED_ACTION, PROHIBITED_REASON } from '../../../../domain';
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
      owner: 'Ana',
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

  it('starts a go with exception from the unmet criterion, owned by the card’s owner, and records the actions', async () => {
    proposeScaling();
    render(<GateDialog />);
    await userEvent.click(screen.getByRole('radio', { name: /^Go with exception/ }));
    await userEvent.type(screen.getByLabelText('Rationale (required)'), 'Vendor contracted');
    const title = screen.getByRole('textbox', { name: 'Action 1: title' });
    expect(title).toHaveValue('Raise Integration to 2 Developing (now 1 Emerging)');
    expect(screen.getByRole('textbox', { name: 'Action 1: owner' })).toHaveValue('Ana');
    await userEvent.clear(title);
    await userEvent.type(title, 'Sign the vendor API contract');
    await userEvent.click(screen.getByRole('button', { name: '+ Add action' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Action 2: title' }), 'Book the security review');
    await userEvent.clear(screen.getByRole('textbox', { name: 'Action 2: owner' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Action 2: owner' }), 'Ben');
    await userEvent.type(screen.getByLabelText('Action 2: due'), '2026-02-15');
    await userEvent.click(record());
    const decision = store().board!.decisions.at(-1)!;
    expect(store().board!.actions).toEqual([
      expect.objectContaining({ title: 'Sign the vendor API contract', owner: 'Ana', foundation: 'integration' }),
      expect.objectContaining({ title: 'Book the security review', owner: 'Ben', due: '2026-02-15' }),
    ]);
    expect(store().board!.actions.every((a) => a.decisionId === decision.id && a.initiativeId === 'card')).toBe(true);
  });

  it('refuses a hold without an action, and says so beside Record', async () => {
    proposeScaling();
    render(<GateDialog />);
    await userEvent.click(screen.getByRole('radio', { name: /^Hold/ }));
    expect(record()).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: 'Remove action 1' }));
    expect(record()).toBeDisabled();
    expect(screen.getByText(/A hold needs at least one action/)).toBeVisible();
    expect(record()).toHaveAccessibleDescription(/A hold needs at least one action/);
    await userEvent.click(screen.getByRole('button', { name: '+ Add action' }));
    expect(record()).toBeDisabled();
    await userEvent.type(screen.getByRole('textbox', { name: 'Action 1: title' }), 'Find a data owner');
    await userEvent.click(record());
    expect(store().board!.decisions.at(-1)!.kind).toBe('hold');
    expect(store().board!.actions.map((a) => a.title)).toEqual(['Find a data owner']);
  });
  it('drops a row offered for a criterion the room then meets by raising it, but keeps a row the room changed', async () => {
    proposeScaling();
    render(<GateDialog />);
    await userEvent.click(screen.getByRole('radio', { name: /^Go with exception/ }));
    const title = () => screen.getByRole('textbox', { name: 'Action 1: title' }) as HTMLInputElement;
    expect(title().value).toMatch(/^Raise Integration to 2/);
    // The room adds one of its own, so the rows are edited, then raises Integration: the offered row goes.
    await userEvent.click(screen.getByRole('button', { name: '+ Add action' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Action 2: title' }), 'Book the risk review');
    await userEvent.click(screen.getByRole('button', { name: 'Evidence agreed: raise to 2' }));
    expect(
      screen.getAllByRole('textbox', { name: /^Action \d: title$/ }).map((t) => (t as HTMLInputElement).value),
    ).toEqual(['Book the risk review']);
    await userEvent.click(screen.getByRole('button', { name: 'Undo raise' }));
    expect(title().value).toMatch(/^Raise Integration to 2/);
    // Changed by the room, it stays after the raise.
    await userEvent.type(title(), ' by March');
    await userEvent.click(screen.getByRole('button', { name: 'Evidence agreed: raise to 2' }));
    expect(title().value).toMatch(/^Raise Integration to 2.* by March$/);
  });

  it('puts the focus in a new row’s title, so typing never presses Add again', async () => {
    proposeScaling();
    render(<GateDialog />);
    await userEvent.click(screen.getByRole('radio', { name: /^Go with exception/ }));
    await userEvent.click(screen.getByRole('button', { name: '+ Add action' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Action 2: title' }));
    await userEvent.keyboard('Sign the contract');
    expect(screen.getAllByRole('textbox', { name: /^Action \d: title$/ })).toHaveLength(2);
  });

  it('asks before Escape throws away a decision the room has written, and cancels at once when nothing is', async () => {
    proposeScaling();
    const { unmount } = render(<GateDialog />);
    await userEvent.type(screen.getByLabelText(/^Rationale/), 'Integration lands next sprint');
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Discard this decision? Nothing is recorded, and the card stays in Pilot.',
    );
    expect(store().pendingMove).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect((screen.getByLabelText(/^Rationale/) as HTMLTextAreaElement).value).toBe('Integration lands next sprint');
    await userEvent.keyboard('{Escape}');
    await userEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(store().pendingMove).toBeNull();
    unmount();

    proposeScaling();
    render(<GateDialog />);
    await userEvent.keyboard('{Escape}');
    expect(store().pendingMove).toBeNull();
  });
  it('says when an action is due before today, and still records it', async () => {
    proposeScaling();
    render(<GateDialog />);
    await userEvent.click(screen.getByRole('radio', { name: /^Go with exception/ }));
    const due = screen.getByLabelText('Action 1: due');
    await userEvent.type(due, '2019-01-15');
    expect(due).toHaveAccessibleDescription('Due before today: overdue as soon as it is recorded.');
    await userEvent.clear(due);
    await userEvent.type(due, '2999-01-15');
    expect(due).not.toHaveAccessibleDescription();
  });

  describe('governance criteria', () => {
    /** A card in Scaling, every foundation at 3 and its risk tier set, proposed for Production. */
    function proposeProduction(fields: Partial<Initiative>) {
      const board = addInitiative(
        createBoard('W', { now: NOW }),
        {
          id: 'card',
          title: 'Life pricing model',
          stage: 'scaling',
          owner: 'Ana',
          riskTier: 'high',
          readiness: { data: 3, integration: 3, governance: 3, process: 3, people: 3, performance: 3 },
          ...fields,
        },
        { now: NOW },
      );
      store().loadBoard(board, { handle: null, fileName: null, folder: null });
      store().proposeMove({ id: 'card', to: 'production', index: 0 });
    }
    const criterion = (name: RegExp) =>
      screen.getAllByRole('listitem').find((li) => li.querySelector('.criterion-label')?.textContent?.match(name))!;

    it('lists the regimes the card is not classified under', () => {
      proposeProduction({ usHighImpact: 'not-high-impact' });
      render(<GateDialog />);
      const row = criterion(/^Regulatory classification assessed/);
      expect(row).toHaveTextContent('not met');
      expect(within(row).getByRole('list', { name: 'Not assessed under:' })).toBeInTheDocument();
      expect(
        within(within(row).getByRole('list'))
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(['EU AI Act']);
    });

    it('lists each missing practice with its status, and why the practices bind the card', () => {
      proposeProduction({
        euAiAct: 'high-risk',
        usHighImpact: 'not-high-impact',
        practices: {
          testing: { status: 'done' },
          'impact-assessment': { status: 'not-started' },
          'independent-review': { status: 'in-progress' },
          monitoring: { status: 'not-applicable' },
          training: { status: 'waived' },
          'fail-safe': { status: 'done' },
          appeal: { status: 'done' },
        },
      });
      render(<GateDialog />);
      const row = criterion(/^Minimum practices done/);
      expect(row).toHaveTextContent('not met');
      expect(row).toHaveTextContent('Required by EU AI Act: High-risk.');
      const missing = within(row).getByRole('list', { name: 'Practices open' });
      expect(
        within(missing)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(['AI impact assessment (not started)', 'Independent review (in progress)']);
      expect(screen.getByRole('heading', { name: /Criteria — 1 unmet/ })).toBeInTheDocument();
    });

    it('offers one action per missing practice on a go with exception', async () => {
      proposeProduction({ euAiAct: 'high-risk', usHighImpact: 'high-impact' });
      render(<GateDialog />);
      await userEvent.click(screen.getByRole('radio', { name: /^Go with exception/ }));
      const titles = () =>
        screen.getAllByRole('textbox', { name: /^Action \d+: title$/ }).map((t) => (t as HTMLInputElement).value);
      // Seven practices, none started: seven rows, in checklist order.
      expect(titles()).toHaveLength(7);
      expect(titles()[0]).toBe('Complete Pre-deployment testing (not started)');
      expect(titles()[6]).toBe('Complete Appeal and remedy (not started)');
    });

    it('drops only the rows offered for the criterion the room meets, when one criterion offers several', async () => {
      proposeProduction({
        readiness: { data: 3, integration: 3, governance: 3, process: 3, people: 2, performance: 3 },
      });
      const board = store().board!;
      const gates = board.gates.map((g) =>
        g.to === 'production'
          ? {
              ...g,
              criteria: [
                { kind: 'classification' as const },
                { kind: 'readiness' as const, foundation: 'people' as const, min: 3 as const },
              ],
            }
          : g,
      );
      store().loadBoard({ ...board, gates }, { handle: null, fileName: null, folder: null });
      store().proposeMove({ id: 'card', to: 'production', index: 0 });
      render(<GateDialog />);
      await userEvent.click(screen.getByRole('radio', { name: /^Go with exception/ }));
      const titles = () =>
        screen.getAllByRole('textbox', { name: /^Action \d+: title$/ }).map((t) => (t as HTMLInputElement).value);
      expect(titles()).toEqual([
        'Classify under EU AI Act',
        'Classify under US high-impact (OMB M-25-21)',
        'Raise People & operating model to 3 Established (now 2 Developing)',
      ]);
      // Edited by adding a row of the room's own, then People is raised: its row goes, both classification rows stay.
      await userEvent.click(screen.getByRole('button', { name: '+ Add action' }));
      await userEvent.type(screen.getByRole('textbox', { name: 'Action 4: title' }), 'Book the legal review');
      await userEvent.click(screen.getByRole('button', { name: 'Evidence agreed: raise to 3' }));
      expect(titles()).toEqual([
        'Classify under EU AI Act',
        'Classify under US high-impact (OMB M-25-21)',
        'Book the legal review',
      ]);
    });

    it('says nothing more for a card the practices do not bind', () => {
      proposeProduction({ euAiAct: 'minimal', usHighImpact: 'not-high-impact' });
      render(<GateDialog />);
      const row = criterion(/^Minimum practices done/);
      expect(row).toHaveTextContent('not high-impact or high-risk');
      expect(within(row).queryByRole('list')).toBeNull();
      expect(screen.getByRole('heading', { name: 'Criteria — all met' })).toBeInTheDocument();
    });

    it('shows why a prohibited card may only be held or stopped, and tells a screen reader as the dialog opens', async () => {
      proposeProduction({ euAiAct: 'prohibited', usHighImpact: 'not-high-impact' });
      render(<GateDialog />);
      const dialog = screen.getByRole('dialog');
      expect(dialog).toHaveAccessibleDescription(`Ana Prohibited use case. ${PROHIBITED_REASON}`);
      expect(screen.getByRole('radio', { name: /^Go ?— prohibited under the EU AI Act\.$/ })).toBeDisabled();
      expect(
        screen.getByRole('radio', {
          name: /^Go with exception ?— prohibited under the EU AI Act: no exception can be made\.$/,
        }),
      ).toBeDisabled();
      expect(
        screen
          .getAllByRole('radio')
          .filter((r) => !(r as HTMLInputElement).disabled)
          .map((r) => r.getAttribute('value')),
      ).toEqual(['hold', 'stop']);
      // A hold is offered the one action it waits for, the classification's review, not the readiness it lacks.
      await userEvent.click(screen.getByRole('radio', { name: /^Hold/ }));
      expect(
        screen.getAllByRole('textbox', { name: /^Action \d+: title$/ }).map((t) => (t as HTMLInputElement).value),
      ).toEqual([PROHIBITED_ACTION]);
      await userEvent.click(screen.getByRole('radio', { name: /^Stop/ }));
      await userEvent.type(screen.getByLabelText('Rationale (required)'), 'Prohibited practice');
      await userEvent.click(record());
      expect(findInitiative(store().board!, 'card')!.stage).toBe('stopped');
    });
  });
});
