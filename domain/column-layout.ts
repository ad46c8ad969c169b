/**
 * How the board and the audience view lay out the cards: the columns shown, and the cards of each container,
 * which is a column or, in swimlanes, one lane's cell of it ("pilot", "pilot|Claims").
 */
import { columns } from './board';
import { formatBoardNumber } from './board-locale';
import type { BoardDocument, Initiative, StageConfig } from './board-schema';
import type { Filters, Swimlanes } from './filters';
import { filterContext, laneOf, lanesOf, matchesFilters } from './filters';
import type { StageId } from './stages';
import { STAGE_IDS } from './stages';

/** Card ids per container, in board order. */
export type ColumnItems = Record<string, string[]>;

export function containerKey(stage: StageId, lane: string): string {
  return lane ? `${stage}|${lane}` : stage;
}

export function stageOfContainer(key: string): StageId {
  return key.split('|')[0] as StageId;
}

/** The lane of a container, or '' for a column when the board has no swimlanes. */
export function laneOfContainer(key: string): string {
  return key.includes('|') ? key.slice(key.indexOf('|') + 1) : '';
}

/** The columns the board shows, left to right: a hidden stage keeps its cards but shows no column. */
export function visibleStages(board: BoardDocument): StageConfig[] {
  return board.stages.filter((stage) => stage.visible);
}

/** The containers of the same row, left to right: the stages, within the card's lane when there are lanes. */
export function rowOf(container: string, stages: StageId[]): string[] {
  const lane = laneOfContainer(container);
  return stages.map((stage) => containerKey(stage, lane));
}

/** The cards the board shows: in a visible stage and passing the filters and search, in board order. */
export function shownInitiatives(board: BoardDocument, filters?: Filters): Initiative[] {
  const visible = new Set(visibleStages(board).map((stage) => stage.id));
  const context = filters && filterContext(board, filters);
  return board.initiatives.filter(
    (initiative) => visible.has(initiative.stage) && (!filters || matchesFilters(initiative, filters, context)),
  );
}

/** Every container's visible card ids in board order: all five stages, and each lane when there are lanes. */
export function columnItems(board: BoardDocument, filters?: Filters, lanes: Swimlanes = 'none'): ColumnItems {
  const byStage = columns(board);
  const laneList = lanesOf(board, lanes);
  const context = filters && filterContext(board, filters);
  const items: ColumnItems = {};
  for (const stage of STAGE_IDS) {
    for (const lane of laneList) items[containerKey(stage, lane)] = [];
    for (const initiative of byStage[stage]) {
      if (filters && !matchesFilters(initiative, filters, context)) continue;
      items[containerKey(stage, laneOf(initiative, lanes))]?.push(initiative.id);
    }
  }
  return items;
}

/** How many cards of a stage (or of one lane's cell of it) the filters show, of how many it holds. */
export interface ShownCount {
  shown: number;
  total: number;
}

const noCounts = (): Record<StageId, ShownCount> =>
  Object.fromEntries(STAGE_IDS.map((s) => [s, { shown: 0, total: 0 }])) as Record<StageId, ShownCount>;

/**
 * Shown and total cards per stage, for the whole board and for each lane, in one pass over the board (a drag
 * renders the board on every move: 80 lanes × 700 cards). Lanes are keyed as `laneOf` names them.
 */
export function shownCounts(
  board: BoardDocument,
  filters: Filters | undefined,
  lanes: Swimlanes,
): { stages: Record<StageId, ShownCount>; lanes: Map<string, Record<StageId, ShownCount>> } {
  const stages = noCounts();
  const byLane = new Map<string, Record<StageId, ShownCount>>();
  const context = filters && filterContext(board, filters);
  for (const initiative of board.initiatives) {
    const lane = laneOf(initiative, lanes);
    let laneCounts = byLane.get(lane);
    if (!laneCounts) byLane.set(lane, (laneCounts = noCounts()));
    const shown = !filters || matchesFilters(initiative, filters, context) ? 1 : 0;
    for (const counts of [stages[initiative.stage], laneCounts[initiative.stage]]) {
      counts.total += 1;
      counts.shown += shown;
    }
  }
  return { stages, lanes: byLane };
}

/** A count as a header shows it: "406", or "8 of 406" while filters hide some of the cards. */
export function shownCountText({ shown, total }: ShownCount, locale?: string): string {
  const number = (n: number) => formatBoardNumber(n, locale);
  return shown === total ? number(total) : `${number(shown)} of ${number(total)}`;
}

/** The sum of a lane's (or the board's) counts over the given stages. */
export function sumCounts(counts: Record<StageId, ShownCount>, stages: readonly StageId[]): ShownCount {
  return stages.reduce((sum, s) => ({ shown: sum.shown + counts[s].shown, total: sum.total + counts[s].total }), {
    shown: 0,
    total: 0,
  });
}
