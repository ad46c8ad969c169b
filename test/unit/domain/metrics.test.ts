import type { BoardDocument, StageId } from '../../../domain';
import {
  addInitiative,
  blockingFoundations,
  countByStage,
  createBoard,
  medianDaysInStage,
  moveInitiative,
  pilotsPerProduction,
  pilotToProduction,
  readinessHeatmap,
  stalledPilots,
  valueByStage,
} from '../../../domain';

const NOW = '2026-06-01T00:00:00.000Z';
const daysAgo = (n: number) => new Date(Date.parse(NOW) - n * 86_400_000).toISOString();

/** Cards by stage with days in stage, value and data readiness: [title, stage, days, value, data]. */
function board(cards: [string, StageId, number, number, 0 | 1 | 2 | 3 | 4][]): BoardDocument {
  let b = createBoard('Metrics', { now: daysAgo(1000) });
  for (const [title, stage, days, value, data] of cards) {
    b = addInitiative(
      b,
      {
        id: title,
        title,
        stage,
        stageEnteredAt: daysAgo(days),
        valueEstimate: value,
        readiness: { data, integration: 0, governance: 0, process: 0, people: 0, performance: 0 },
      },
      { now: daysAgo(1000) },
    );
  }
  return b;
}

const portfolio = () =>
  board([
    ['P1', 'pilot', 200, 100, 1],
    ['P2', 'pilot', 400, 50, 3],
    ['P3', 'pilot', 30, 0, 2],
    ['P4', 'pilot', 190, 0, 0],
    ['S1', 'scaling', 60, 500, 2],
    ['R1', 'production', 300, 1000, 4],
    ['I1', 'idea', 10, 0, 0],
  ]);

describe('portfolio metrics', () => {
  it('counts initiatives per stage and pilots per production system', () => {
    expect(countByStage(portfolio())).toEqual({ idea: 1, pilot: 4, scaling: 1, production: 1, stopped: 0 });
    expect(pilotsPerProduction(portfolio())).toBe(4);
    expect(pilotsPerProduction(board([['P', 'pilot', 1, 0, 0]]))).toBeNull();
  });

  it('computes pilot-to-production conversion from the stages cards have been in', () => {
    let b = portfolio();
    // I1 goes through Pilot and is stopped: it entered Pilot but never reached Production.
    b = moveInitiative(b, 'I1', 'pilot', 0, { now: daysAgo(5) });
    b = moveInitiative(b, 'I1', 'stopped', 0, { now: daysAgo(2) });
    // P4, S1, R1 and P1..P3 entered pilot (scaling and production count as having passed it): 7 entered, 1 reached.
    expect(pilotToProduction(b)).toEqual({ entered: 7, reached: 1, rate: 1 / 7 });
    b = moveInitiative(b, 'S1', 'production', 0, { now: daysAgo(1) });
    expect(pilotToProduction(b).reached).toBe(2);
    expect(pilotToProduction(board([['I', 'idea', 1, 0, 0]])).rate).toBeNull();
  });

  it('takes the median days in each stage', () => {
    expect(medianDaysInStage(portfolio(), NOW)).toEqual({
      idea: 10,
      pilot: 195,
      scaling: 60,
      production: 300,
      stopped: null,
    });
  });

  it('finds stalled pilots: over the threshold with no recent decision, longest first', () => {
    let b = portfolio();
    expect(stalledPilots(b, NOW).map((i) => i.id)).toEqual(['P2', 'P1', 'P4']);
    // A recent decision about P1 (a hold) means it is being looked after.
    b = {
      ...b,
      decisions: [
        ...b.decisions,
        {
          id: 'd',
          initiativeId: 'P1',
          initiativeTitle: 'P1',
          at: daysAgo(20),
          kind: 'hold',
          from: 'pilot',
          to: 'pilot',
          unmetCriteria: [],
        },
      ],
    };
    expect(stalledPilots(b, NOW).map((i) => i.id)).toEqual(['P2', 'P4']);
    b = { ...b, workshop: { ...b.workshop, stalledAfterDays: 300 } };
    expect(stalledPilots(b, NOW).map((i) => i.id)).toEqual(['P2']);
  });

  it('maps mean readiness by stage and foundation, and the foundations that block the next gate', () => {
    const heat = readinessHeatmap(portfolio());
    expect(heat.pilot.data).toBe(1.5);
    expect(heat.stopped.data).toBeNull();
    // Pilot → scaling wants data ≥ 2, integration ≥ 2, governance ≥ 3, performance ≥ 2.
    const blockers = blockingFoundations(portfolio());
    expect(blockers[0]).toEqual({ foundation: 'integration', cards: 5 });
    expect(blockers.find((b) => b.foundation === 'data')).toEqual({ foundation: 'data', cards: 3 });
  });

  it('adds up value by stage', () => {
    expect(valueByStage(portfolio())).toEqual({ idea: 0, pilot: 150, scaling: 500, production: 1000, stopped: 0 });
  });
});
