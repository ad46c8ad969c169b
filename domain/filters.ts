/** Which cards the board shows, and how it groups them into swimlanes: pure functions of the board and a view. */
import type { BoardDocument, Initiative, InitiativeSource, RiskTier } from './board-schema';
import { cardsWithOverdueActions } from './actions';
import type { FoundationId } from './foundations';
import { RISK_TIER_LABELS, RISK_TIERS_BY_SEVERITY, SOURCE_LABELS } from './labels';

export interface Filters {
  search: string;
  businessUnits: string[];
  sources: InitiativeSource[];
  riskTiers: RiskTier[];
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
  tags: [],
  below: null,
  overdueOn: null,
};

export type Swimlanes = 'none' | 'businessUnit' | 'source' | 'riskTier';

export function isFiltering(filters: Filters): boolean {
  return (
    filters.search.trim() !== '' ||
    filters.businessUnits.length > 0 ||
    filters.sources.length > 0 ||
    filters.riskTiers.length > 0 ||
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

/**
 * True when the card passes every filter; the search looks in title, reference, owner, unit, problem and tags.
 * `overdue` is `overdueCardsFor(board, filters)`, needed only while the overdue filter is on.
 */
export function matchesFilters(
  initiative: Initiative,
  filters: Filters,
  overdue: ReadonlySet<string> = NO_CARDS,
): boolean {
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
  if (filters.tags.length && !filters.tags.some((tag) => initiative.tags.includes(tag))) return false;
  if (filters.below && !(initiative.readiness[filters.below.foundation] < filters.below.level)) return false;
  if (filters.overdueOn !== null && !overdue.has(initiative.id)) return false;
  return true;
}

export const NO_LANE = '(none)';

/** The swimlane a card sits in: its business unit, source or risk tier. */
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
  }
}

/** What a lane's heading says: the label of a source or risk tier, a business unit as written, "Not set" for none. */
export function laneTitle(lane: string, lanes: Swimlanes): string {
  if (lane === NO_LANE) return 'Not set';
  if (lanes === 'riskTier' && lane in RISK_TIER_LABELS) return RISK_TIER_LABELS[lane as RiskTier];
  if (lanes === 'source' && lane in SOURCE_LABELS) return SOURCE_LABELS[lane as InitiativeSource];
  return lane;
}

/** The lanes of the board in display order: alphabetical (risk tiers by severity), cards without a value last. */
export function lanesOf(board: BoardDocument, lanes: Swimlanes): string[] {
  if (lanes === 'none') return [''];
  if (lanes === 'riskTier')
    return RISK_TIERS_BY_SEVERITY.filter((tier) => board.initiatives.some((i) => i.riskTier === tier));
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
