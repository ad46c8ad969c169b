// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Regime } from '../../../../domain';
import { addInitiative, calendarDay, columnItems, createBoard, findInitiative, NO_FILTERS } from '../../../../domain';
import { FilterBar } from '../../../../renderer/features/workshop/filter-bar';
import { useBoardStore } from '../../../../renderer/store/board-store';

const NOW = '2026-01-01T00:00:00.000Z';
const store = () => useBoardStore.getState();

function showBoard() {
  let board = createBoard('W', { now: NOW });
  board = addInitiative(board, { title: 'Claims triage', riskTier: 'high', businessUnit: 'Claims' }, { now: NOW });
  board = addInitiative(board, { title: 'Mail room', tags: ['ops'] }, { now: NOW });
  store().loadBoard(board, { handle: null, fileName: null, folder: null });
  store().setFilters(NO_FILTERS);
}

const choices = (group: string) =>
  within(screen.getByRole('group', { name: group }))
    .getAllByRole('checkbox')
    .map((box) => box.parentElement!.textContent!.trim());

describe('FilterBar', () => {
  it('names sources and risk tiers by their labels, most severe risk first', async () => {
    showBoard();
    render(<FilterBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    expect(choices('Risk tier')).toEqual(['High', 'Medium', 'Low', 'Not assessed']);
    expect(choices('Source')).toEqual(['Frontline idea', 'Central team', 'Vendor', 'Partner', 'Other']);
    expect(choices('Business unit')).toEqual(['Claims']);
    expect(choices('Tags')).toEqual(['ops']);
  });

  it('filters by the tier behind a label', async () => {
    showBoard();
    render(<FilterBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    // "Not assessed" is also a classification: the risk tier's is the one in its group.
    const tiers = within(screen.getByRole('group', { name: 'Risk tier' }));
    await userEvent.click(tiers.getByRole('checkbox', { name: 'Not assessed' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Frontline idea' }));
    expect(store().filters).toMatchObject({ riskTiers: ['unassessed'], sources: ['frontline'] });
  });

  it('filters by overdue actions as of today, and turns that off again', async () => {
    showBoard();
    render(<FilterBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Has overdue actions' }));
    expect(store().filters.overdueOn).toBe(calendarDay(new Date()));
    expect(screen.getByRole('button', { name: 'Filters (on)' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Has overdue actions' }));
    expect(store().filters.overdueOn).toBeNull();
  });
});

describe('FilterBar on governance', () => {
  /** The Claims card is high-risk under the EU AI Act with no practice done; the other is not assessed. */
  function showGoverned(regimes?: Regime[]) {
    let board = createBoard('W', { now: NOW });
    if (regimes) board = { ...board, workshop: { ...board.workshop, regimes } };
    board = addInitiative(board, { title: 'Claims triage', euAiAct: 'high-risk' }, { now: NOW });
    board = addInitiative(board, { title: 'Mail room' }, { now: NOW });
    store().loadBoard(board, { handle: null, fileName: null, folder: null });
    store().setFilters(NO_FILTERS);
    store().setSwimlanes('none');
  }
  const lanes = () =>
    within(screen.getByRole('combobox', { name: 'Swimlanes' }))
      .getAllByRole('option')
      .map((o) => o.textContent);

  it('filters by classification under the regimes in use, and clears it with the rest', async () => {
    showGoverned();
    render(<FilterBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    expect(choices('Regulatory classification')).toEqual([
      'High-impact or high-risk',
      'Prohibited (EU AI Act)',
      'Not assessed',
      'Missing a practice',
    ]);
    const group = within(screen.getByRole('group', { name: 'Regulatory classification' }));
    await userEvent.click(group.getByRole('checkbox', { name: 'Missing a practice' }));
    expect(store().filters.governance).toEqual(['missing-practice']);
    // The filter narrows the board to the high-risk card with its practices open.
    const shown = columnItems(store().board!, store().filters).idea!.map(
      (id) => findInitiative(store().board!, id)!.title,
    );
    expect(shown).toEqual(['Claims triage']);
    await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(store().filters.governance).toEqual([]);
  });

  it('leaves "Prohibited" out where the EU AI Act is not used, and the group out on a board with no regime', async () => {
    showGoverned(['us-high-impact']);
    const { unmount } = render(<FilterBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    expect(choices('Regulatory classification')).toEqual([
      'High-impact or high-risk',
      'Not assessed',
      'Missing a practice',
    ]);
    unmount();
    showGoverned([]);
    render(<FilterBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    expect(screen.queryByRole('group', { name: 'Regulatory classification' })).toBeNull();
  });

  it('keeps offering a governance filter that is on after the regimes stop offering it, so it can be cleared', async () => {
    showGoverned();
    const { rerender } = render(<FilterBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    const group = () => within(screen.getByRole('group', { name: 'Regulatory classification' }));
    await userEvent.click(group().getByRole('checkbox', { name: 'Prohibited (EU AI Act)' }));
    // The board drops the EU AI Act: "Prohibited" is no longer a choice, but it is on, so it stays, ticked.
    const board = store().board!;
    act(() =>
      store().loadBoard(
        { ...board, workshop: { ...board.workshop, regimes: ['us-high-impact'] } },
        { handle: null, fileName: null, folder: null },
      ),
    );
    act(() => store().setFilters({ ...NO_FILTERS, governance: ['prohibited'] }));
    rerender(<FilterBar />);
    expect(choices('Regulatory classification')).toEqual([
      'High-impact or high-risk',
      'Prohibited (EU AI Act)',
      'Not assessed',
      'Missing a practice',
    ]);
    expect(group().getByRole('checkbox', { name: 'Prohibited (EU AI Act)' })).toBeChecked();
    await userEvent.click(group().getByRole('checkbox', { name: 'Prohibited (EU AI Act)' }));
    expect(store().filters.governance).toEqual([]);
    // Once cleared it goes, as the regimes no longer offer it.
    expect(choices('Regulatory classification')).toEqual([
      'High-impact or high-risk',
      'Not assessed',
      'Missing a practice',
    ]);
  });

  it('keeps a governance filter that is on in view on a board that uses no regime', async () => {
    showGoverned([]);
    store().setFilters({ ...NO_FILTERS, governance: ['high-impact'] });
    render(<FilterBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Filters (on)' }));
    expect(choices('Regulatory classification')).toEqual(['High-impact or high-risk']);
    await userEvent.click(screen.getByRole('checkbox', { name: 'High-impact or high-risk' }));
    expect(store().filters.governance).toEqual([]);
    expect(columnItems(store().board!, store().filters).idea).toHaveLength(2);
    expect(screen.queryByRole('group', { name: 'Regulatory classification' })).toBeNull();
  });

  it('offers swimlanes by each regime in use, and keeps naming the one shown after the regimes change', async () => {
    showGoverned();
    const { rerender } = render(<FilterBar />);
    expect(lanes()).toEqual([
      'None',
      'Business unit',
      'Source',
      'Risk tier',
      'EU AI Act',
      'US high-impact (OMB M-25-21)',
    ]);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Swimlanes' }), 'EU AI Act');
    expect(store().swimlanes).toBe('euAiAct');
    const board = store().board!;
    act(() =>
      store().loadBoard(
        { ...board, workshop: { ...board.workshop, regimes: ['us-rights-safety'] } },
        {
          handle: null,
          fileName: null,
          folder: null,
        },
      ),
    );
    act(() => store().setSwimlanes('euAiAct'));
    rerender(<FilterBar />);
    expect(lanes()).toEqual([
      'None',
      'Business unit',
      'Source',
      'Risk tier',
      'US rights/safety-impacting (OMB M-24-10)',
      'EU AI Act',
    ]);
    expect(screen.getByRole('combobox', { name: 'Swimlanes' })).toHaveValue('euAiAct');
  });
});

describe('FilterBar at size', () => {
  it('makes a long list of business units searchable, and says how many are chosen', async () => {
    let board = createBoard('Big', { now: NOW });
    const units = Array.from({ length: 85 }, (_, i) => `Unit ${String(i).padStart(2, '0')} — Operations`);
    units.forEach((businessUnit, i) => {
      board = addInitiative(board, { title: `Card ${i}`.padEnd(200, '.'), businessUnit }, { now: NOW });
    });
    store().loadBoard(board, { handle: null, fileName: null, folder: null });
    store().setFilters(NO_FILTERS);
    render(<FilterBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    const group = screen.getByRole('group', { name: /^Business unit/ });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(85);
    await userEvent.type(within(group).getByRole('searchbox', { name: 'Find a business unit' }), 'unit 4');
    // Every word typed must appear, in any order: "unit 4" finds Unit 04, Unit 14, Unit 40…
    const found = units.filter((u) => u.toLowerCase().includes('4'));
    expect(choices('Business unit')).toEqual(found);
    expect(found.length).toBeLessThan(units.length / 3);
    await userEvent.click(within(group).getByRole('checkbox', { name: units[42]! }));
    expect(store().filters.businessUnits).toEqual([units[42]]);
    expect(group.querySelector('legend')!.textContent).toBe('Business unit · 1 chosen');
    await userEvent.type(within(group).getByRole('searchbox'), 'zzz');
    expect(within(group).queryAllByRole('checkbox')).toHaveLength(0);
    expect(within(group).getByText(/No business unit matches/)).toBeTruthy();
    // The short lists stay plain.
    expect(within(screen.getByRole('group', { name: 'Risk tier' })).queryByRole('searchbox')).toBeNull();
  });
});

describe('FilterBar focus', () => {
  it('moves focus into the filters on opening, and Escape gives it back to the Filters button', async () => {
    showBoard();
    render(<FilterBar />);
    const button = screen.getByRole('button', { name: 'Filters' });
    await userEvent.click(button);
    const panel = screen.getByRole('group', { name: 'Filters' });
    expect(panel.contains(document.activeElement)).toBe(true);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Filters' })).toBeNull();
    // Given back after React's commit, as for the side panels (return-focus.ts).
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    expect(document.activeElement).toBe(button);
  });

  it('left on overnight, judges overdue by the new day from midnight', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      vi.setSystemTime(new Date(2026, 2, 9, 23, 30));
      showBoard();
      store().setFilters({ ...NO_FILTERS, overdueOn: '2026-03-09' });
      render(<FilterBar />);
      act(() => vi.advanceTimersByTime(30 * 60 * 1000));
      expect(store().filters.overdueOn).toBe('2026-03-10');
    } finally {
      vi.useRealTimers();
    }
  });
});
