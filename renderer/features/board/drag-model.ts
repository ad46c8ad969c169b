/**
 * The board as dnd-kit sees it during a drag: card ids per column. A drag works on a copy of this, so the board
 * document changes once, on drop, and the whole drag is one undo step.
 */
import type { BoardDocument, StageId } from '../../../domain';
import { columns, STAGE_IDS } from '../../../domain';

export type ColumnItems = Record<StageId, string[]>;

const COLUMN_PREFIX = 'column:';

export function columnDroppableId(stage: StageId): string {
  return `${COLUMN_PREFIX}${stage}`;
}

export function stageOfDroppable(id: string): StageId | undefined {
  return id.startsWith(COLUMN_PREFIX) ? (id.slice(COLUMN_PREFIX.length) as StageId) : undefined;
}

export function itemsOf(board: BoardDocument): ColumnItems {
  const byStage = columns(board);
  return Object.fromEntries(STAGE_IDS.map((stage) => [stage, byStage[stage].map((i) => i.id)])) as ColumnItems;
}

/** The column holding `id`, which is either a card id or a column's droppable id. */
export function containerOf(items: ColumnItems, id: string): StageId | undefined {
  const stage = stageOfDroppable(id);
  if (stage) return stage;
  return STAGE_IDS.find((s) => items[s].includes(id));
}

/**
 * Moves `activeId` into the column of `overId`: before the card it is over, or at the end when it is over the
 * column itself. Returns the same object when nothing changes.
 */
export function moveToContainer(items: ColumnItems, activeId: string, overId: string, below = false): ColumnItems {
  const from = containerOf(items, activeId);
  const to = containerOf(items, overId);
  if (!from || !to || from === to) return items;
  const target = items[to];
  const overIndex = target.indexOf(overId);
  const index = overIndex < 0 ? target.length : overIndex + (below ? 1 : 0);
  return {
    ...items,
    [from]: items[from].filter((id) => id !== activeId),
    [to]: [...target.slice(0, index), activeId, ...target.slice(index)],
  };
}

/** Moves `activeId` onto the position of `overId` within one column. */
export function reorderWithin(items: ColumnItems, activeId: string, overId: string): ColumnItems {
  const stage = containerOf(items, activeId);
  if (!stage || containerOf(items, overId) !== stage) return items;
  const list = items[stage];
  const from = list.indexOf(activeId);
  const to = stageOfDroppable(overId) ? list.length - 1 : list.indexOf(overId);
  if (from < 0 || to < 0 || from === to) return items;
  const next = list.slice();
  next.splice(to, 0, ...next.splice(from, 1));
  return { ...items, [stage]: next };
}

/** Where a card ended up: its column and its index among that column's other cards. */
export function placementOf(items: ColumnItems, id: string): { stage: StageId; index: number } | undefined {
  const stage = containerOf(items, id);
  return stage ? { stage, index: items[stage].indexOf(id) } : undefined;
}
