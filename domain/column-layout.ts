/**
 * How the board and the audience view lay out the cards: the columns shown, and the cards of each container,
 * which is a column or, in swimlanes, one lane's cell of it ("pilot", "pilot|Claims").
 */
import { columns } from './board';
import type { BoardDocument, StageConfig } from './board-schema';
import type { Filters, Swimlanes } from './filters';
import { laneOf, lanesOf, matchesFilters } from './filters';
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

/** Every container's visible card ids in board order: all five stages, and each lane when there are lanes. */
export function columnItems(board: BoardDocument, filters?: Filters, lanes: Swimlanes = 'none'): ColumnItems {
  const byStage = columns(board);
  const laneList = lanesOf(board, lanes);
  const items: ColumnItems = {};
  for (const stage of STAGE_IDS) {
    for (const lane of laneList) items[containerKey(stage, lane)] = [];
    for (const initiative of byStage[stage]) {
      if (filters && !matchesFilters(initiative, filters)) continue;
      items[containerKey(stage, laneOf(initiative, lanes))]?.push(initiative.id);
    }
  }
  return items;
}
