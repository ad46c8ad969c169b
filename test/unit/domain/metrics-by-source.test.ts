import type { BoardDocument, ReadinessLevel, StageId } from '../../../domain';
import {
  addInitiative,
  countByStage,
  createBoard,
  figuresBySourceBoard,
  meanReadiness,
  moveInitiative,
  NO_SOURCE_BOARD,
  SOURCE_BOARD_FIELD,
} from '../../../domain';

const NOW = '2026-06-01T00:00:00.000Z';
const daysAgo = (n: number) => new Date(Date.parse(NOW) - n * 86_400_000).toISOString();

/** Cards as [id, source (undefined: none), stage, days in stage, data readiness, people readiness]. */
type Card = [string, string | undefined, StageId, number, ReadinessLevel, ReadinessLevel];

function board(cards: Card[]): BoardDocument {
  let b: BoardDocument = {
    ...createBoard('Combined', { now: daysAgo(1000) }),
    customFields: [{ ...SOURCE_BOARD_FIELD }],
  };
  for (const [id, source, stage, days, data, people] of cards) {
    b = addInitiative(
      b,
      {
        id,
        title: id,
        stage,
        stageEnteredAt: daysAgo(days),
        custom: source === undefined ? {} : { [SOURCE_BOARD_FIELD.key]: source },
        readiness: { data, integration: 0, governance: 0, process: 0, people, performance: 0 },
      },
      { now: daysAgo(1000) },
    );
  }
  return b;
}

/**
 * Two workshops' boards, a card found on both, and cards with no source. B1 starts in Ideas and the decision log
 * takes it through Pilot and Scaling to Production, so its path is known.
 */
function combined(): BoardDocument {
  let b = board([
    ['N1', 'North', 'pilot', 200, 1, 2],
    ['N2', 'North', 'pilot', 30, 3, 2],
    ['N3', 'North', 'production', 300, 4, 4],
    ['N4', 'North', 'idea', 10, 0, 1],
    ['S1', 'South', 'pilot', 400, 2, 0],
    ['S2', 'South', 'scaling', 60, 2, 3],
    ['B1', 'North + South', 'idea', 500, 3, 3],
    ['X1', undefined, 'pilot', 190, 0, 1],
    ['X2', '   ', 'stopped', 5, 1, 2],
  ]);
  b = moveInitiative(b, 'B1', 'pilot', 0, { now: daysAgo(400) });
  b = moveInitiative(b, 'B1', 'scaling', 0, { now: daysAgo(300) });
  b = moveInitiative(b, 'B1', 'production', 0, { now: daysAgo(100) });
  return b;
}

describe('figures by source board', () => {
  it('groups cards by the whole source value, a card on two boards apart, cards with no source last', () => {
    const figures = figuresBySourceBoard(combined(), NOW);
    // X1 has no field and X2 only spaces: both are the no-source group, not dropped.
    expect(figures.map((f) => [f.source, f.label, f.cards])).toEqual([
      ['North', 'North', 4],
      ['North + South', 'North + South', 1],
      ['South', 'South', 2],
      [null, NO_SOURCE_BOARD, 2],
    ]);
    expect(NO_SOURCE_BOARD).toBe('No source board');
    expect(figures.map((f) => f.boards)).toEqual([['North'], ['North', 'South'], ['South'], []]);
  });

  it('counts each source’s cards by stage, and every card once', () => {
    const b = combined();
    const figures = figuresBySourceBoard(b, NOW);
    const by = (label: string) => figures.find((f) => f.label === label)!;
    // North: N1, N2 in Pilot; N3 in Production; N4 in Ideas.
    expect(by('North').byStage).toEqual({ idea: 1, pilot: 2, scaling: 0, production: 1, stopped: 0 });
    expect(by('South').byStage).toEqual({ idea: 0, pilot: 1, scaling: 1, production: 0, stopped: 0 });
    expect(by('North + South').byStage).toEqual({ idea: 0, pilot: 0, scaling: 0, production: 1, stopped: 0 });
    expect(by(NO_SOURCE_BOARD).byStage).toEqual({ idea: 0, pilot: 1, scaling: 0, production: 0, stopped: 1 });
    // The groups add up to the board: 4 + 1 + 2 + 2 = 9 cards.
    const total = countByStage(b);
    for (const stage of Object.keys(total) as StageId[])
      expect(figures.reduce((sum, f) => sum + f.byStage[stage], 0)).toBe(total[stage]);
    expect(figures.reduce((sum, f) => sum + f.cards, 0)).toBe(b.initiatives.length);
  });

  it('gives each source the pilot-fatigue ratio, conversion and stalled pilots of its own cards', () => {
    const figures = figuresBySourceBoard(combined(), NOW);
    const by = (label: string) => figures.find((f) => f.label === label)!;
    // Pilots per production: North 2 pilots / 1 in production = 2; South 1 / 0 = none; North + South 0 / 1 = 0.
    expect(figures.map((f) => f.pilotsPerProduction)).toEqual([2, 0, null, null]);
    // North: N1 and N2 sit in Pilot with a date (entered, not reached); N4 is an idea; N3 was put straight into
    // Production, so its path is unknown. North + South: B1's log takes it through Pilot to Production.
    expect(by('North').conversion).toEqual({ entered: 2, reached: 0, rate: 0, unknownPath: 1 });
    expect(by('North + South').conversion).toEqual({ entered: 1, reached: 1, rate: 1, unknownPath: 0 });
    // South: S1 entered; S2 was put in Scaling. No source: X1 entered; X2 was put in Stopped.
    expect(by('South').conversion).toEqual({ entered: 1, reached: 0, rate: 0, unknownPath: 1 });
    expect(by(NO_SOURCE_BOARD).conversion).toEqual({ entered: 1, reached: 0, rate: 0, unknownPath: 1 });
    // Stalled: over 180 days in Pilot with no decision in 90. N1 (200 days), S1 (400), X1 (190); N2 has 30.
    expect(figures.map((f) => [f.label, f.stalledPilots])).toEqual([
      ['North', 1],
      ['North + South', 0],
      ['South', 1],
      [NO_SOURCE_BOARD, 1],
    ]);
  });

  it('reads a decision about a card only for that card’s source', () => {
    const b = combined();
    // A hold on N1 ten days ago: it is being looked after, so North has no stalled pilot. South keeps S1.
    const held: BoardDocument = {
      ...b,
      decisions: [
        ...b.decisions,
        {
          id: 'hold',
          initiativeId: 'N1',
          initiativeTitle: 'N1',
          at: daysAgo(10),
          kind: 'hold',
          from: 'pilot',
          to: 'pilot',
          unmetCriteria: [],
        },
      ],
    };
    expect(figuresBySourceBoard(held, NOW).map((f) => f.stalledPilots)).toEqual([0, 0, 1, 1]);
  });

  it('gives the mean readiness of each source’s cards on each foundation', () => {
    const figures = figuresBySourceBoard(combined(), NOW);
    // Data: North (1 + 3 + 4 + 0) / 4 = 2; North + South 3; South (2 + 2) / 2 = 2; none (0 + 1) / 2 = 0.5.
    expect(figures.map((f) => f.meanReadiness.data)).toEqual([2, 3, 2, 0.5]);
    // People: North (2 + 2 + 4 + 1) / 4 = 2.25; North + South 3; South (0 + 3) / 2 = 1.5; none (1 + 2) / 2 = 1.5.
    expect(figures.map((f) => f.meanReadiness.people)).toEqual([2.25, 3, 1.5, 1.5]);
    expect(figures.every((f) => f.meanReadiness.governance === 0)).toBe(true);
    // The whole board: data (1 + 3 + 4 + 0 + 2 + 2 + 3 + 0 + 1) / 9 = 16 / 9.
    expect(meanReadiness(combined()).data).toBeCloseTo(16 / 9, 10);
    expect(meanReadiness(board([])).data).toBeNull();
  });

  it('orders sources with their numbers read as numbers, and has no group for a board without cards', () => {
    const b = board([
      ['A', 'Workshop 10', 'idea', 1, 0, 0],
      ['B', 'Workshop 2', 'idea', 1, 0, 0],
      ['C', undefined, 'idea', 1, 0, 0],
      ['D', 'Workshop 1', 'idea', 1, 0, 0],
    ]);
    expect(figuresBySourceBoard(b, NOW).map((f) => f.label)).toEqual([
      'Workshop 1',
      'Workshop 2',
      'Workshop 10',
      NO_SOURCE_BOARD,
    ]);
    expect(figuresBySourceBoard(board([]), NOW)).toEqual([]);
  });
});
