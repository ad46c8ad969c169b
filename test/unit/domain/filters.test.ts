import type { BoardDocument, GovernanceFilter, Initiative, Regime } from '../../../domain';
import {
  actionCountsByCard,
  addActions,
  addInitiative,
  columnItems,
  createBoard,
  GOVERNANCE_FILTERS,
  governanceFiltersFor,
  isFiltering,
  laneOf,
  lanesOf,
  laneTitle,
  matchesFilters,
  NO_FILTERS,
  NO_LANE,
  overdueCardsFor,
  PRACTICE_IDS,
  setActionStatus,
  shownCounts,
  swimlaneChoices,
} from '../../../domain';

const NOW = '2026-06-01T09:00:00.000Z';
let ids = 0;
const context = { now: NOW, newId: () => `id-${++ids}` };

/** Three pilots: one with an action due in May, one due in July, one with no action. */
function board(): BoardDocument {
  let b = createBoard('Filters', context);
  for (const id of ['late', 'early', 'none']) b = addInitiative(b, { id, title: id, stage: 'pilot' }, context);
  return addActions(
    b,
    [
      { title: 'Sign the data agreement', initiativeId: 'late', due: '2026-05-20' },
      { title: 'Book the review', initiativeId: 'early', due: '2026-07-01' },
    ],
    context,
  );
}

describe('the overdue-actions filter', () => {
  it('keeps only the cards with an action overdue on its day, and counts the rest as hidden', () => {
    const filters = { ...NO_FILTERS, overdueOn: '2026-06-01' };
    expect(isFiltering(filters)).toBe(true);
    expect(columnItems(board(), filters).pilot).toEqual(['late']);
    expect(shownCounts(board(), filters, 'none').stages.pilot).toEqual({ shown: 1, total: 3 });
    // On the day after July 1st the other card's action is overdue as well.
    expect(columnItems(board(), { ...NO_FILTERS, overdueOn: '2026-07-02' }).pilot).toEqual(['late', 'early']);
  });

  it('lets a card go once its overdue action is done', () => {
    const b = board();
    const done = setActionStatus(b, b.actions[0]!.id, 'done', context);
    expect(columnItems(done, { ...NO_FILTERS, overdueOn: '2026-06-01' }).pilot).toEqual([]);
  });

  it('keeps every card while it is off, whatever the actions', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(overdueCardsFor(board(), NO_FILTERS).size).toBe(0);
    expect(board().initiatives.every((i) => matchesFilters(i, NO_FILTERS))).toBe(true);
  });
});

describe('action counts per card', () => {
  it('counts open and overdue actions, leaving closed ones and cards without actions out', () => {
    let b = board();
    b = addActions(b, [{ title: 'Brief the sponsor', initiativeId: 'late' }], context);
    b = setActionStatus(b, b.actions[1]!.id, 'dropped', context);
    const counts = actionCountsByCard(b.actions, '2026-06-01');
    expect(counts.get('late')).toEqual({ open: 2, overdue: 1 });
    expect(counts.has('early')).toBe(false);
    expect(counts.has('none')).toBe(false);
  });
});

/**
 * A board under the default regimes (EU AI Act, US high-impact) with one card of each kind the governance filter
 * and the swimlanes tell apart.
 */
function governanceBoard(regimes?: Regime[]): BoardDocument {
  let b = createBoard('Governance', context);
  if (regimes) b = { ...b, workshop: { ...b.workshop, regimes } };
  const cards: Partial<Initiative>[] = [
    { id: 'unassessed' },
    { id: 'eu-only', euAiAct: 'minimal' },
    { id: 'minimal', euAiAct: 'minimal', usHighImpact: 'not-high-impact' },
    { id: 'prohibited', euAiAct: 'prohibited', usHighImpact: 'not-high-impact' },
    { id: 'high-risk-open', euAiAct: 'high-risk', usHighImpact: 'not-high-impact' },
    {
      id: 'high-impact-done',
      euAiAct: 'limited',
      usHighImpact: 'high-impact',
      practices: Object.fromEntries(PRACTICE_IDS.map((p) => [p, { status: p === 'appeal' ? 'waived' : 'done' }])),
    },
    { id: 'rights', usRightsSafety: 'rights' },
  ];
  for (const card of cards) b = addInitiative(b, { title: card.id!, stage: 'pilot', ...card }, context);
  return b;
}

describe('the governance filter', () => {
  const shown = (b: BoardDocument, governance: GovernanceFilter[]) =>
    columnItems(b, { ...NO_FILTERS, governance }).pilot;

  it('finds the high-impact and high-risk cards under the regimes the board uses', () => {
    const b = governanceBoard();
    expect(isFiltering({ ...NO_FILTERS, governance: ['high-impact'] })).toBe(true);
    // The rights-impacting card is not high-impact here: the board does not use the M-24-10 determination.
    expect(shown(b, ['high-impact'])).toEqual(['high-risk-open', 'high-impact-done']);
    expect(shown(governanceBoard(['us-rights-safety']), ['high-impact'])).toEqual(['rights']);
  });

  it('finds the prohibited cards, and the cards not classified under every regime in use', () => {
    const b = governanceBoard();
    expect(shown(b, ['prohibited'])).toEqual(['prohibited']);
    expect(shown(b, ['not-assessed'])).toEqual(['unassessed', 'eu-only', 'rights']);
    expect(shown(governanceBoard(['eu-ai-act']), ['not-assessed'])).toEqual(['unassessed', 'rights']);
    // A board that no longer shows the EU AI Act still finds the card it recorded as prohibited: it stays blocked.
    expect(shown(governanceBoard(['us-high-impact']), ['prohibited'])).toEqual(['prohibited']);
  });

  it('finds a high-impact card with a practice not done, and not one whose practices are settled', () => {
    expect(shown(governanceBoard(), ['missing-practice'])).toEqual(['high-risk-open']);
  });

  it('keeps a card that answers any of the chosen questions, and counts the rest as hidden', () => {
    const b = governanceBoard();
    const filters = { ...NO_FILTERS, governance: ['prohibited', 'missing-practice'] as GovernanceFilter[] };
    expect(columnItems(b, filters).pilot).toEqual(['prohibited', 'high-risk-open']);
    expect(shownCounts(b, filters, 'none').stages.pilot).toEqual({ shown: 2, total: 7 });
  });

  it('offers "Prohibited" only on a board that uses the EU AI Act, and nothing on a board with no regime', () => {
    expect(governanceFiltersFor(['eu-ai-act', 'us-high-impact'])).toEqual([...GOVERNANCE_FILTERS]);
    expect(governanceFiltersFor(['us-high-impact'])).toEqual(['high-impact', 'not-assessed', 'missing-practice']);
    expect(governanceFiltersFor([])).toEqual([]);
  });
});

describe('swimlanes by classification', () => {
  it('puts each card in its EU AI Act category, most severe first, with "Not assessed" its own lane last', () => {
    const b = governanceBoard();
    expect(lanesOf(b, 'euAiAct')).toEqual(['prohibited', 'high-risk', 'limited', 'minimal', NO_LANE]);
    expect(lanesOf(b, 'euAiAct').map((lane) => laneTitle(lane, 'euAiAct'))).toEqual([
      'Prohibited',
      'High-risk',
      'Limited (transparency)',
      'Minimal',
      'Not assessed',
    ]);
    const items = columnItems(b, NO_FILTERS, 'euAiAct');
    expect(items['pilot|minimal']).toEqual(['eu-only', 'minimal']);
    expect(items[`pilot|${NO_LANE}`]).toEqual(['unassessed', 'rights']);
  });

  it('lays out the US determinations the same way, leaving out a value no card has', () => {
    const b = governanceBoard();
    expect(lanesOf(b, 'usHighImpact').map((lane) => laneTitle(lane, 'usHighImpact'))).toEqual([
      'High-impact',
      'Not high-impact',
      'Not assessed',
    ]);
    expect(lanesOf(b, 'usRightsSafety').map((lane) => laneTitle(lane, 'usRightsSafety'))).toEqual([
      'Rights-impacting',
      'Not assessed',
    ]);
    expect(
      laneOf(
        b.initiatives.find((i) => i.id === 'rights')!,
        'usRightsSafety',
      ),
    ).toBe('rights');
  });

  it('offers a lane for each regime the board uses, and none for the others', () => {
    const values = (regimes: Regime[]) => swimlaneChoices(regimes).map((choice) => choice.value);
    expect(values(['eu-ai-act', 'us-high-impact'])).toEqual([
      'none',
      'businessUnit',
      'source',
      'riskTier',
      'euAiAct',
      'usHighImpact',
    ]);
    expect(values(['us-rights-safety'])).toEqual(['none', 'businessUnit', 'source', 'riskTier', 'usRightsSafety']);
  });
});
