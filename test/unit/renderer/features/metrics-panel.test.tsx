// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { BoardDocument, Initiative, StageId } from '../../../../domain';
import { addInitiative, createBoard, PRACTICE_IDS, SOURCE_BOARD_FIELD } from '../../../../domain';
import { MetricsPanel } from '../../../../renderer/features/metrics/metrics-panel';
import { useBoardStore } from '../../../../renderer/store/board-store';

const NOW = '2026-01-01T00:00:00.000Z';
const done = Object.fromEntries(PRACTICE_IDS.map((id) => [id, { status: 'done' as const }]));

/** Six use cases: four high-risk or high-impact, two of them in Scaling or Production lacking a practice. */
function load(extra: [string, StageId, Partial<Initiative>][] = []) {
  const cards: [string, StageId, Partial<Initiative>][] = [
    ['Claims triage', 'pilot', { euAiAct: 'high-risk', usHighImpact: 'high-impact' }],
    ['Life pricing', 'production', { euAiAct: 'high-risk', usHighImpact: 'not-high-impact' }],
    ['Health pricing', 'production', { euAiAct: 'high-risk', usHighImpact: 'not-high-impact', practices: done }],
    ['Benefits eligibility', 'scaling', { usHighImpact: 'high-impact' }],
    ['Mail routing', 'scaling', { euAiAct: 'minimal', usHighImpact: 'not-high-impact' }],
    ['Chatbot', 'idea', {}],
    ...extra,
  ];
  const board = cards.reduce(
    (b, [title, stage, fields]) => addInitiative(b, { title, stage, ...fields }, { now: NOW }),
    createBoard('Governed', { now: NOW }),
  );
  useBoardStore.getState().loadBoard(board, { handle: null, fileName: null, folder: null });
}

describe('MetricsPanel: governance', () => {
  it('shows the high-impact use cases by stage and names those in Scaling or Production lacking a practice', () => {
    load();
    render(<MetricsPanel />);
    const bars = screen.getByRole('list', { name: 'High-impact or high-risk by stage' });
    // Pilot: Claims triage · Scaling: Benefits eligibility · Production: Life and Health pricing.
    expect(
      within(bars)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Ideas0', 'Pilot1', 'Scaling1', 'Production2', 'Stopped0']);
    expect(screen.getByText('Classified under EU AI Act, US high-impact (OMB M-25-21).')).toBeInTheDocument();
    const lacking = screen.getByRole('region', { name: 'In Scaling or Production, lacking a practice' });
    expect(within(lacking).getByText('2')).toHaveClass('big-number');
    expect(
      within(within(lacking).getByRole('list', { name: 'Use cases lacking a practice' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Life pricing', 'Benefits eligibility']);
    // Not classified under both: Benefits eligibility (EU) and Chatbot (both) = 2; EU 2, US 1.
    expect(within(lacking).getByText(/^2 cards not assessed/)).toHaveTextContent(
      '2 cards not assessed under every regime in use (EU AI Act 2 · US high-impact (OMB M-25-21) 1); stopped cards are not counted',
    );
  });

  it('shows no prohibited figure when no card outside Stopped is prohibited', () => {
    load([['Social scoring', 'stopped', { euAiAct: 'prohibited', usHighImpact: 'not-high-impact' }]]);
    render(<MetricsPanel />);
    expect(screen.queryByRole('region', { name: 'Prohibited (EU AI Act), not stopped' })).toBeNull();
  });

  it('counts and names the prohibited use cases outside Stopped, the first four and how many more', () => {
    const banned = (n: number, stage: StageId): [string, StageId, Partial<Initiative>] => [
      `Banned ${n}`,
      stage,
      { euAiAct: 'prohibited', usHighImpact: 'not-high-impact' },
    ];
    // Six prohibited on the way (two in Ideas, three in Pilot, one in Production) and one stopped: 6.
    load([
      banned(1, 'idea'),
      banned(2, 'pilot'),
      banned(3, 'stopped'),
      banned(4, 'pilot'),
      banned(5, 'production'),
      banned(6, 'idea'),
      banned(7, 'pilot'),
    ]);
    render(<MetricsPanel />);
    const region = screen.getByRole('region', { name: 'Prohibited (EU AI Act), not stopped' });
    expect(within(region).getByText('6')).toHaveClass('big-number');
    expect(
      within(within(region).getByRole('list', { name: 'Prohibited use cases not stopped' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Banned 1', 'Banned 2', 'Banned 4', 'Banned 5', 'and 2 more']);
  });
});

describe('MetricsPanel: by source board', () => {
  /** Cards as [title, stage, source (undefined: none)], on a board that defines the source-board field or not. */
  function loadSources(cards: [string, StageId, string | undefined][], defined = true) {
    // The panel reads the clock: cards made now have been in their stage 0 days, so no pilot has stalled.
    const now = new Date().toISOString();
    const board = cards.reduce<BoardDocument>(
      (b, [title, stage, source]) =>
        addInitiative(
          b,
          { title, stage, custom: source === undefined ? {} : { [SOURCE_BOARD_FIELD.key]: source } },
          { now },
        ),
      { ...createBoard('Combined', { now }), customFields: defined ? [{ ...SOURCE_BOARD_FIELD }] : [] },
    );
    useBoardStore.getState().loadBoard(board, { handle: null, fileName: null, folder: null });
  }

  it('offers no grouping on a board whose cards carry no source board', () => {
    loadSources([['A', 'pilot', undefined]], false);
    render(<MetricsPanel />);
    expect(screen.queryByRole('checkbox', { name: 'Group by source board' })).toBeNull();
    expect(screen.getByRole('list', { name: 'Initiatives per stage' })).toBeInTheDocument();
  });

  it('shows a row per source board, a card on two boards and the cards with none apart, from the keyboard', async () => {
    const user = userEvent.setup();
    loadSources([
      ['N1', 'pilot', 'North'],
      ['N2', 'pilot', 'North'],
      ['N3', 'production', 'North'],
      ['B1', 'production', 'North + South'],
      ['S1', 'idea', 'South'],
      ['X1', 'stopped', undefined],
    ]);
    render(<MetricsPanel />);
    const toggle = screen.getByRole('checkbox', { name: 'Group by source board' });
    expect(toggle).not.toBeChecked();
    toggle.focus();
    await user.keyboard(' ');
    expect(toggle).toBeChecked();
    expect(screen.queryByRole('list', { name: 'Initiatives per stage' })).toBeNull();
    const table = screen.getByRole('table', { name: /^By source board/ });
    expect(within(table).getByRole('columnheader', { name: 'Pilots per production system' })).toHaveAttribute(
      'scope',
      'col',
    );
    const rows = within(table)
      .getAllByRole('row')
      .slice(2)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    // Source, cards, Ideas, Pilot, Scaling, Production, Stopped, pilots per production, conversion, stalled, and
    // mean readiness (every card at 0). North: 2 pilots / 1 in production = 2.0; N1 and N2 entered Pilot with a
    // date (today: neither has stalled), N3 was put in Production (path unknown): 0% of 2. B1 alone: 0 pilots / 1 = 0.0, no known path.
    expect(rows).toEqual([
      ['North', '3', '0', '2', '0', '1', '0', '2.0', '0% 0 of 2', '0', '0.0', '0.0', '0.0', '0.0', '0.0', '0.0'],
      ['North + South', '1', '0', '0', '0', '1', '0', '0.0', '—', '0', '0.0', '0.0', '0.0', '0.0', '0.0', '0.0'],
      ['South', '1', '1', '0', '0', '0', '0', '—', '—', '0', '0.0', '0.0', '0.0', '0.0', '0.0', '0.0'],
      ['No source board', '1', '0', '0', '0', '0', '1', '—', '—', '0', '0.0', '0.0', '0.0', '0.0', '0.0', '0.0'],
    ]);
    expect(within(table).getByRole('rowheader', { name: 'No source board' })).toHaveAttribute('scope', 'row');
    expect(table.querySelector('caption')).toHaveTextContent('By source board — 3 source boards, 6 cards');
    await user.keyboard(' ');
    expect(screen.queryByRole('table', { name: /^By source board/ })).toBeNull();
    expect(screen.getByRole('list', { name: 'Initiatives per stage' })).toBeInTheDocument();
  });
});
