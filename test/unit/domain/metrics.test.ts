import type { BoardDocument, Initiative, StageId, TableRow } from '../../../domain';
import {
  addInitiative,
  governanceFigures,
  PRACTICE_IDS,
  updateBoard,
  applyImport,
  planImport,
  timeInStage,
  undatedPilots,
  valueCurrencies,
  blockingFoundations,
  countByStage,
  createBoard,
  median,
  medianDaysInStage,
  moveInitiative,
  pilotsPerProduction,
  pilotToProduction,
  readinessHeatmap,
  stalledPilots,
  valueByStage,
} from '../../../domain';

import { GENERATED_HEADERS, generatedInventoryRows } from '../../support/generated-inventory';

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

  it('computes pilot-to-production conversion from the stages cards are known to have been in', () => {
    let b = portfolio();
    // I1 goes through Pilot and is stopped: it entered Pilot but never reached Production.
    b = moveInitiative(b, 'I1', 'pilot', 0, { now: daysAgo(5) });
    b = moveInitiative(b, 'I1', 'stopped', 0, { now: daysAgo(2) });
    // P1..P4 sit in Pilot with known dates and I1 went through it: 5 entered, none reached. S1 and R1 were put
    // straight into Scaling and Production: whether they were ever pilots is unknown, so they are left out.
    expect(pilotToProduction(b)).toEqual({ entered: 5, reached: 0, rate: 0, unknownPath: 2 });
    b = moveInitiative(b, 'P1', 'scaling', 0, { now: daysAgo(1) });
    b = moveInitiative(b, 'P1', 'production', 0, { now: daysAgo(1) });
    expect(pilotToProduction(b)).toEqual({ entered: 5, reached: 1, rate: 1 / 5, unknownPath: 2 });
    // A move the board saw from Scaling to Production still says nothing of a pilot before it.
    b = moveInitiative(b, 'S1', 'production', 0, { now: daysAgo(1) });
    expect(pilotToProduction(b)).toMatchObject({ entered: 5, reached: 1, unknownPath: 2 });
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

describe('figures for an imported board whose file gives no stage dates', () => {
  /** Hundreds of rows of a real-looking inventory without its date column, imported a year before NOW. */
  function importedWithoutDates(count: number): BoardDocument {
    const dateColumn = GENERATED_HEADERS.indexOf('Date Initiated');
    const rows = generatedInventoryRows(count).map((row): TableRow => row.filter((_, i) => i !== dateColumn));
    const plan = planImport({
      fileName: 'inventory.xlsx',
      date1904: false,
      sheets: [{ name: 'S', hidden: false, rows }],
    });
    if (!plan.ok) throw new Error(plan.error.message);
    let n = 0;
    const context = { now: daysAgo(365), newId: () => `c${(n += 1)}` };
    return applyImport(createBoard('Imported', context), plan.value.built, 'add', context).board;
  }

  /** Thirty ideas go to Pilot 400 days ago; ten of them go on to Scaling and Production: known paths. */
  function withKnownPaths(imported: BoardDocument) {
    let b = imported;
    const moved = b.initiatives
      .filter((i) => i.stage === 'idea')
      .slice(0, 30)
      .map((i) => i.id);
    for (const id of moved) b = moveInitiative(b, id, 'pilot', 0, { now: daysAgo(400) });
    for (const id of moved.slice(0, 10)) {
      b = moveInitiative(b, id, 'scaling', 0, { now: daysAgo(300) });
      b = moveInitiative(b, id, 'production', 0, { now: daysAgo(100) });
    }
    return { board: b, moved: new Set(moved) };
  }

  it('imports the cards with their stage date unknown, not the time of the import', () => {
    const imported = importedWithoutDates(600);
    expect(imported.initiatives).toHaveLength(600);
    expect(imported.initiatives.every((i) => i.stageEnteredAt === undefined)).toBe(true);
  });

  it('leaves unknown dates out of the medians and counts them per stage', () => {
    const { board: b } = withKnownPaths(importedWithoutDates(600));
    const counts = countByStage(b);
    const times = timeInStage(b, NOW);
    // The twenty known pilots have been there 400 days; the imported pilots are left out, not counted as 0 days.
    expect(times.pilot).toEqual({ median: 400, known: 20, unknown: counts.pilot - 20 });
    expect(times.production).toEqual({ median: 100, known: 10, unknown: counts.production - 10 });
    expect(times.scaling).toEqual({ median: null, known: 0, unknown: counts.scaling });
    expect(medianDaysInStage(b, NOW).pilot).toBe(400);
    expect(counts.pilot - 20).toBeGreaterThan(50);
  });

  it('counts stalled pilots among those with a known date, and says how many pilots have none', () => {
    const { board: b, moved } = withKnownPaths(importedWithoutDates(600));
    const stalled = stalledPilots(b, NOW);
    expect(stalled).toHaveLength(20);
    expect(stalled.every((i) => moved.has(i.id))).toBe(true);
    expect(undatedPilots(b)).toBe(countByStage(b).pilot - 20);
  });

  it('counts conversion only for cards whose path is known from the decision log', () => {
    const imported = importedWithoutDates(600);
    const beyondIdeas = imported.initiatives.filter((i) => i.stage !== 'idea').length;
    // Nothing passed through Pilot on this board yet: no rate, and every card beyond Ideas is left out.
    expect(pilotToProduction(imported)).toEqual({ entered: 0, reached: 0, rate: null, unknownPath: beyondIdeas });
    const { board: b } = withKnownPaths(imported);
    expect(pilotToProduction(b)).toEqual({ entered: 30, reached: 10, rate: 10 / 30, unknownPath: beyondIdeas });
  });

  it('knows a path from the dates a file gives: a pilot date on a card now in Production, not its own date alone', () => {
    const b = board([
      ['P', 'pilot', 20, 0, 0],
      ['R', 'production', 10, 0, 0],
      ['D', 'production', 10, 0, 0],
    ]);
    // R's file says when it entered Pilot; D's only when it entered Production.
    b.initiatives[1]!.stageDates = { pilot: daysAgo(400), production: daysAgo(10) };
    b.initiatives[2]!.stageDates = { production: daysAgo(10) };
    expect(pilotToProduction(b)).toEqual({ entered: 2, reached: 1, rate: 0.5, unknownPath: 1 });
  });
});

describe('value in more than one currency', () => {
  it('sums one currency at a time and lists the currencies by use', () => {
    let b = createBoard('Money', { now: NOW });
    const cards: [string, StageId, number, string | undefined][] = [
      ['a', 'pilot', 100, 'EUR'],
      ['b', 'pilot', 50, 'eur '],
      ['c', 'pilot', 70, 'USD'],
      ['d', 'production', 30, 'EUR'],
      ['e', 'idea', 5, undefined],
    ];
    for (const [id, stage, valueEstimate, currency] of cards)
      b = addInitiative(b, { id, title: id, stage, valueEstimate, ...(currency ? { currency } : {}) }, { now: NOW });
    expect(valueCurrencies(b)).toEqual([
      { currency: 'EUR', cards: 3 },
      { currency: 'USD', cards: 1 },
      { currency: undefined, cards: 1 },
    ]);
    expect(valueByStage(b, 'EUR')).toMatchObject({ pilot: 150, production: 30, idea: 0 });
    expect(valueByStage(b, null)).toMatchObject({ pilot: 0, idea: 5 });
    expect(median([3, 1, 2])).toBe(2);
  });
});

describe('governance figures', () => {
  const done = Object.fromEntries(PRACTICE_IDS.map((id) => [id, { status: 'done' as const }]));
  /** Ten cards, each a case of the rules; [id, stage, classification and practices]. */
  const cards: [string, StageId, Partial<Initiative>][] = [
    ['I1', 'idea', { euAiAct: 'high-risk' }],
    ['P1', 'pilot', { euAiAct: 'high-risk', usHighImpact: 'high-impact' }],
    ['P2', 'pilot', { euAiAct: 'minimal', usHighImpact: 'not-high-impact' }],
    ['S1', 'scaling', { euAiAct: 'high-risk', usHighImpact: 'not-high-impact', practices: done }],
    [
      'S2',
      'scaling',
      { usHighImpact: 'high-impact', practices: { ...done, 'impact-assessment': { status: 'in-progress' } } },
    ],
    ['R1', 'production', { euAiAct: 'limited', usHighImpact: 'not-high-impact', usRightsSafety: 'rights' }],
    ['R2', 'production', { euAiAct: 'high-risk', usHighImpact: 'high-impact' }],
    ['R3', 'production', {}],
    ['X1', 'stopped', { euAiAct: 'high-risk' }],
    ['X2', 'stopped', {}],
  ];
  const governed = () =>
    cards.reduce(
      (b, [id, stage, fields]) => addInitiative(b, { id, title: id, stage, ...fields }, { now: NOW }),
      createBoard('Governance', { now: NOW }),
    );
  const titles = (list: readonly { title: string }[]) => list.map((i) => i.title);

  it('counts under the default regimes, the EU AI Act and US high-impact', () => {
    const figures = governanceFigures(governed());
    expect(figures.regimes).toEqual(['eu-ai-act', 'us-high-impact']);
    // High-impact or high-risk under either: I1 (EU), P1, S1 (EU), S2 (US), R2, X1 (EU); not R1, whose
    // rights-impacting answer is under a regime the board does not use. By stage: 1, 1, 2, 1, 1 = 6.
    expect(figures.highImpactByStage).toEqual({ idea: 1, pilot: 1, scaling: 2, production: 1, stopped: 1 });
    expect(figures.highImpact).toBe(6);
    // In Scaling or Production and lacking a practice: S2 (impact assessment in progress), R2 (none started);
    // S1 has all seven done, and P1 lacks them all but is a pilot.
    expect(titles(figures.lackingPractice)).toEqual(['S2', 'R2']);
    // No card is prohibited.
    expect(figures.prohibited).toEqual([]);
    // Outside Stopped and not classified under both: I1 (US), S2 (EU), R3 (both) = 3; EU 2 (S2, R3), US 2 (I1, R3).
    expect(figures.unassessed).toBe(3);
    expect(figures.unassessedByRegime).toEqual({ 'eu-ai-act': 2, 'us-high-impact': 2 });
    // Classified under at least one: all but R3 and X2 = 8.
    expect(figures.classified).toBe(8);
  });

  it('counts under the regimes the board chose', () => {
    const b = governed();
    const chosen = updateBoard(
      b,
      { workshop: { ...b.workshop, regimes: ['eu-ai-act', 'us-rights-safety'] } },
      {
        now: NOW,
      },
    );
    const figures = governanceFigures(chosen);
    // High-impact: I1, P1, S1, R2, X1 (EU high-risk) and R1 (rights-impacting); S2's US answer no longer counts.
    expect(figures.highImpactByStage).toEqual({ idea: 1, pilot: 1, scaling: 1, production: 2, stopped: 1 });
    expect(figures.highImpact).toBe(6);
    // R1 and R2 have no practice started; S1 has all done.
    expect(titles(figures.lackingPractice)).toEqual(['R1', 'R2']);
    // Not classified under both, outside Stopped: every card but R1 (EU limited, rights) = 7 of 8.
    // EU missing on S2 and R3 = 2; rights/safety missing on all of them = 7.
    expect(figures.unassessed).toBe(7);
    expect(figures.unassessedByRegime).toEqual({ 'eu-ai-act': 2, 'us-rights-safety': 7 });
    // Classified under one of them: all but S2 (US high-impact only), R3 and X2 = 7.
    expect(figures.classified).toBe(7);
  });

  it('leaves out, for the audience, the cards that keep their classification or practices from it', () => {
    const b = governed();
    const initiatives = b.initiatives.map((card) =>
      card.id === 'R2'
        ? { ...card, confidential: ['practices'] }
        : card.id === 'R3'
          ? { ...card, confidential: ['classification', 'owner'] }
          : card,
    );
    const figures = governanceFigures({ ...b, initiatives }, { leaveOutConfidential: true });
    // R2 (high-risk, lacking) and R3 (not classified) left out and counted apart; the rest as before.
    expect(figures.confidential).toBe(2);
    expect(figures.highImpactByStage.production).toBe(0);
    expect(titles(figures.lackingPractice)).toEqual(['S2']);
    expect(figures.unassessed).toBe(2);
    // The facilitator's own figures count every card.
    expect(governanceFigures({ ...b, initiatives })).toMatchObject({ confidential: 0, unassessed: 3 });
  });

  it('counts the prohibited cards outside Stopped, which are not high-impact, in board order', () => {
    const b = [
      ['A', 'pilot', { euAiAct: 'prohibited' }],
      ['B', 'production', { euAiAct: 'prohibited', usHighImpact: 'high-impact' }],
      ['C', 'stopped', { euAiAct: 'prohibited' }],
      ['D', 'production', { euAiAct: 'high-risk' }],
      ['E', 'idea', { euAiAct: 'limited' }],
    ].reduce(
      (board, [id, stage, fields]) =>
        addInitiative(board, { id, title: id, stage, ...(fields as object) } as never, { now: NOW }),
      createBoard('Prohibited', { now: NOW }),
    );
    const figures = governanceFigures(b);
    // A (Pilot) and B (Production); C is stopped, D is high-risk, E limited.
    expect(titles(figures.prohibited)).toEqual(['A', 'B']);
    // Prohibited alone is not high-impact: A is counted only here. B is also US high-impact, so the high-impact
    // count has it too, with D: 2.
    expect(figures.highImpact).toBe(2);
    // For the audience, a card that keeps its classification from the room is left out of the prohibited too.
    const initiatives = b.initiatives.map((card) =>
      card.id === 'A' ? { ...card, confidential: ['classification'] } : card,
    );
    expect(titles(governanceFigures({ ...b, initiatives }, { leaveOutConfidential: true }).prohibited)).toEqual(['B']);
  });

  it('counts nothing on a board that uses no regime', () => {
    const b = governed();
    const none = updateBoard(b, { workshop: { ...b.workshop, regimes: [] } }, { now: NOW });
    expect(governanceFigures(none)).toEqual({
      regimes: [],
      highImpactByStage: { idea: 0, pilot: 0, scaling: 0, production: 0, stopped: 0 },
      highImpact: 0,
      lackingPractice: [],
      prohibited: [],
      unassessed: 0,
      unassessedByRegime: {},
      classified: 0,
      confidential: 0,
    });
  });
});
