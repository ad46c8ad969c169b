// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import type { Initiative, StageId } from '../../../../domain';
import { addInitiative, createBoard, PRACTICE_IDS } from '../../../../domain';
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
