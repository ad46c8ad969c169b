/** Which cards the board shows, and how it groups them into swimlanes: pure functions of the board and a view. */
import type { BoardDocument, Initiative, InitiativeSource, Regime, RiskTier } from './board-schema';
import { cardsWithOverdueActions } from './actions';
import type { FoundationId } from './foundations';
import {
  boardRegimes,
  DEFAULT_REGIMES,
  isHighImpact,
  isProhibited,
  missingPractices,
  NOT_ASSESSED,
  REGIME_FIELDS,
  REGIME_LABELS,
  REGIME_VALUE_LABELS,
  REGIME_VALUES,
  REGIMES,
  unassessedRegimes,
} from './governance';
import { RISK_TIER_LABELS, RISK_TIERS_BY_SEVERITY, SOURCE_LABELS } from './labels';

/**
 * What the governance filter can ask of a card, under the regimes the board uses: it is high-impact or high-risk,
 * prohibited (EU AI Act), not classified under one of the regimes yet, or high-impact with a practice not settled.
 */
export const GOVERNANCE_FILTERS = ['high-impact', 'prohibited', 'not-assessed', 'missing-practice'] as const;
export type GovernanceFilter = (typeof GOVERNANCE_FILTERS)[number];

export const GOVERNANCE_FILTER_LABELS: Record<GovernanceFilter, string> = {
  'high-impact': 'High-impact or high-risk',
  prohibited: 'Prohibited (EU AI Act)',
  'not-assessed': 'Not assessed',
  'missing-practice': 'Missing a practice',
};

/** The governance filters that mean something under these regimes: "Prohibited" only where the EU AI Act is used. */
export function governanceFiltersFor(regimes: readonly Regime[]): GovernanceFilter[] {
  if (!regimes.length) return [];
  return GOVERNANCE_FILTERS.filter((f) => f !== 'prohibited' || regimes.includes('eu-ai-act'));
}

/**
 * The governance filters the filter bar offers: those that mean something under these regimes, and any the filter
 * already holds, so that a filter the board's regimes no longer offer (say "Prohibited" once the EU AI Act is
 * unticked) can still be seen and cleared, rather than leaving the board empty with nothing to untick.
 */
export function governanceFilterChoices(
  regimes: readonly Regime[],
  selected: readonly GovernanceFilter[],
): GovernanceFilter[] {
  const offered = governanceFiltersFor(regimes);
  return GOVERNANCE_FILTERS.filter((f) => offered.includes(f) || selected.includes(f));
}

export interface Filters {
  search: string;
  businessUnits: string[];
  sources: InitiativeSource[];
  riskTiers: RiskTier[];
  /** Cards that answer any of these, under the board's regimes (see GOVERNANCE_FILTERS). */
  governance: GovernanceFilter[];
  tags: string[];
  /** Only cards whose readiness in this foundation is below this level. */
  below: { foundation: FoundationId; level: number } | null;
  /**
   * Only cards with an action overdue on this day (`YYYY-MM-DD`). The day is part of the filter, so the filter
   * stays a pure value: the filter bar sets it to today when the room turns it on.
   */
  overdueOn: string | null;
}

export const NO_FILTERS: Filters = {
  search: '',
  businessUnits: [],
  sources: [],
  riskTiers: [],
  governance: [],
  tags: [],
  below: null,
  overdueOn: null,
};

/** How the board can group its cards in rows: by a card field, or by its classification under one regime. */
export const SWIMLANES = [
  'none',
  'businessUnit',
  'source',
  'riskTier',
  'euAiAct',
  'usHighImpact',
  'usRightsSafety',
] as const satisfies readonly ('none' | keyof Initiative)[];
export type Swimlanes = (typeof SWIMLANES)[number];
type RegimeLanes = (typeof REGIME_FIELDS)[Regime];

/** The swimlanes a board offers: its fields, and the classification under each regime it uses. */
export function swimlaneChoices(regimes: readonly Regime[]): { value: Swimlanes; label: string }[] {
  return [
    { value: 'none', label: 'None' },
    { value: 'businessUnit', label: 'Business unit' },
    { value: 'source', label: 'Source' },
    { value: 'riskTier', label: 'Risk tier' },
    ...regimes.map((regime) => ({ value: REGIME_FIELDS[regime], label: REGIME_LABELS[regime] })),
  ];
}

/** The regime whose classification a swimlane groups by: REGIME_FIELDS read the other way. */
const REGIME_OF_LANES = Object.fromEntries(REGIMES.map((regime) => [REGIME_FIELDS[regime], regime])) as Record<
  RegimeLanes,
  Regime
>;

export function isFiltering(filters: Filters): boolean {
  return (
    filters.search.trim() !== '' ||
    filters.businessUnits.length > 0 ||
    filters.sources.length > 0 ||
    filters.riskTiers.length > 0 ||
    filters.governance.length > 0 ||
    filters.tags.length > 0 ||
    filters.below !== null ||
    filters.overdueOn !== null
  );
}

/**
 * The cards the overdue filter keeps: those with an action overdue on its day, or none when it is off. Worked out
 * once per board and filter, not once per card.
 */
export function overdueCardsFor(board: Pick<BoardDocument, 'actions'>, filters: Filters): ReadonlySet<string> {
  return filters.overdueOn === null ? NO_CARDS : cardsWithOverdueActions(board, filters.overdueOn);
}
const NO_CARDS: ReadonlySet<string> = new Set();

/** What a card's filters need to know of the board around it: the cards with overdue actions, and the regimes. */
export interface FilterContext {
  overdue: ReadonlySet<string>;
  regimes: readonly Regime[];
}

/** The board's side of the filters, worked out once per board and filter rather than once per card. */
export function filterContext(board: Pick<BoardDocument, 'actions' | 'workshop'>, filters: Filters): FilterContext {
  return { overdue: overdueCardsFor(board, filters), regimes: boardRegimes(board) };
}

const NO_CONTEXT: FilterContext = { overdue: NO_CARDS, regimes: DEFAULT_REGIMES };

/** Whether the card answers one of the governance filters, under these regimes. */
export function matchesGovernance(
  initiative: Initiative,
  wanted: readonly GovernanceFilter[],
  regimes: readonly Regime[],
): boolean {
  return wanted.some((filter) => {
    switch (filter) {
      case 'high-impact':
        return isHighImpact(initiative, regimes);
      case 'prohibited':
        return isProhibited(initiative);
      case 'not-assessed':
        return unassessedRegimes(initiative, regimes).length > 0;
      case 'missing-practice':
        return missingPractices(initiative, regimes).length > 0;
    }
  });
}

/**
 * True when the card passes every filter; the search looks in title, reference, owner, unit, problem and tags.
 * `context` is `filterContext(board, filters)`; without it, no card has an overdue action and the board's regimes
 * are the default ones.
 */
export function matchesFilters(initiative: Initiative, filters: Filters, context: FilterContext = NO_CONTEXT): boolean {
  const query = filters.search.trim().toLowerCase();
  if (query) {
    const haystack = [
      initiative.title,
      initiative.ref,
      initiative.owner,
      initiative.businessUnit,
      initiative.problem,
      ...initiative.tags,
    ]
      .filter(Boolean)
      .join('\n')
      .toLowerCase();
    if (!query.split(/\s+/).every((word) => haystack.includes(word))) return false;
  }
  if (filters.businessUnits.length && !filters.businessUnits.includes(initiative.businessUnit ?? '')) return false;
  if (filters.sources.length && !(initiative.source && filters.sources.includes(initiative.source))) return false;
  if (filters.riskTiers.length && !filters.riskTiers.includes(initiative.riskTier)) return false;
  if (filters.governance.length && !matchesGovernance(initiative, filters.governance, context.regimes)) return false;
  if (filters.tags.length && !filters.tags.some((tag) => initiative.tags.includes(tag))) return false;
  if (filters.below && !(initiative.readiness[filters.below.foundation] < filters.below.level)) return false;
  if (filters.overdueOn !== null && !context.overdue.has(initiative.id)) return false;
  return true;
}

export const NO_LANE = '(none)';

/** The swimlane a card sits in: its business unit, source, risk tier, or classification under one regime. */
export function laneOf(initiative: Initiative, lanes: Swimlanes): string {
  switch (lanes) {
    case 'none':
      return '';
    case 'businessUnit':
      return initiative.businessUnit?.trim() || NO_LANE;
    case 'source':
      return initiative.source ?? NO_LANE;
    case 'riskTier':
      return initiative.riskTier;
    case 'euAiAct':
    case 'usHighImpact':
    case 'usRightsSafety':
      return initiative[lanes] ?? NO_LANE;
  }
}

const isRegimeLanes = (lanes: Swimlanes): lanes is RegimeLanes => lanes in REGIME_OF_LANES;

/**
 * What a lane's heading says: the label of a source, risk tier or classification, a business unit as written,
 * "Not set" for none ("Not assessed" for a card not classified under the regime).
 */
export function laneTitle(lane: string, lanes: Swimlanes): string {
  if (isRegimeLanes(lanes)) {
    const labels: Record<string, string> = REGIME_VALUE_LABELS[REGIME_OF_LANES[lanes]];
    return lane === NO_LANE ? NOT_ASSESSED : (labels[lane] ?? lane);
  }
  if (lane === NO_LANE) return 'Not set';
  if (lanes === 'riskTier' && lane in RISK_TIER_LABELS) return RISK_TIER_LABELS[lane as RiskTier];
  if (lanes === 'source' && lane in SOURCE_LABELS) return SOURCE_LABELS[lane as InitiativeSource];
  return lane;
}

/**
 * The lanes of the board in display order: alphabetical (risk tiers and classifications most severe first), cards
 * without a value last ("Not assessed" for a classification).
 */
export function lanesOf(board: BoardDocument, lanes: Swimlanes): string[] {
  if (lanes === 'none') return [''];
  if (lanes === 'riskTier')
    return RISK_TIERS_BY_SEVERITY.filter((tier) => board.initiatives.some((i) => i.riskTier === tier));
  if (isRegimeLanes(lanes)) {
    const present = new Set(board.initiatives.map((i) => laneOf(i, lanes)));
    const values: readonly string[] = REGIME_VALUES[REGIME_OF_LANES[lanes]];
    return [...values, NO_LANE].filter((value) => present.has(value));
  }
  const values = new Set(board.initiatives.map((i) => laneOf(i, lanes)));
  return [...values]
    .filter((v) => v !== NO_LANE)
    .sort((a, b) => a.localeCompare(b))
    .concat(values.has(NO_LANE) ? [NO_LANE] : []);
}

/** The distinct values the filter menus offer. */
export function filterChoices(board: BoardDocument): { businessUnits: string[]; tags: string[] } {
  const units = new Set<string>();
  const tags = new Set<string>();
  for (const i of board.initiatives) {
    if (i.businessUnit) units.add(i.businessUnit);
    for (const tag of i.tags) tags.add(tag);
  }
  return {
    businessUnits: [...units].sort((a, b) => a.localeCompare(b)),
    tags: [...tags].sort((a, b) => a.localeCompare(b)),
  };
}
