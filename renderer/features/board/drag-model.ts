/**
 * A drag as dnd-kit sees it: it works on a copy of the board's card ids per container (`columnItems`), so the
 * board document changes once, on drop, and the whole drag is one undo step.
 */
import type { BoardDocument, ColumnItems, StageId } from '../../../domain';
import { columnOf, stageOfContainer } from '../../../domain';

const COLUMN_PREFIX = 'column:';

export function columnDroppableId(container: string): string {
  return `${COLUMN_PREFIX}${container}`;
}

export function stageOfDroppable(id: string): StageId | undefined {
  return id.startsWith(COLUMN_PREFIX) ? stageOfContainer(id.slice(COLUMN_PREFIX.length)) : undefined;
}

function containerOfDroppable(id: string): string | undefined {
  return id.startsWith(COLUMN_PREFIX) ? id.slice(COLUMN_PREFIX.length) : undefined;
}

/** The container holding `id`, which is either a card id or a container's droppable id. */
export function containerOf(items: ColumnItems, id: string): string | undefined {
  const container = containerOfDroppable(id);
  if (container !== undefined) return container in items ? container : undefined;
  return Object.keys(items).find((key) => items[key]!.includes(id));
}

/**
 * Moves `activeId` into the container of `overId`: before the card it is over, or at the end when it is over
 * the container itself. Returns the same object when nothing changes.
 */
export function moveToContainer(items: ColumnItems, activeId: string, overId: string, below = false): ColumnItems {
  const from = containerOf(items, activeId);
  const to = containerOf(items, overId);
  if (!from || !to || from === to) return items;
  const target = items[to]!;
  const overIndex = target.indexOf(overId);
  const index = overIndex < 0 ? target.length : overIndex + (below ? 1 : 0);
  return {
    ...items,
    [from]: items[from]!.filter((id) => id !== activeId),
    [to]: [...target.slice(0, index), activeId, ...target.slice(index)],
  };
}

/** Moves `activeId` onto the position of `overId` within one container. */
export function reorderWithin(items: ColumnItems, activeId: string, overId: string): ColumnItems {
  const container = containerOf(items, activeId);
  if (!container || containerOf(items, overId) !== container) return items;
  const list = items[container]!;
  const from = list.indexOf(activeId);
  const to = containerOfDroppable(overId) !== undefined ? list.length - 1 : list.indexOf(overId);
  if (from < 0 || to < 0 || from === to) return items;
  const next = list.slice();
  next.splice(to, 0, ...next.splice(from, 1));
  return { ...items, [container]: next };
}

/** Where a card ended up: its container and its index there. */
export function placementOf(items: ColumnItems, id: string): { container: string; index: number } | undefined {
  const container = containerOf(items, id);
  return container ? { container, index: items[container]!.indexOf(id) } : undefined;
}

/**
 * The card's index in its whole column for a drop among the visible cards of one container: just after the
 * visible card above it, or just before the one below it. Hidden cards (filters) and other lanes keep their places.
 */
export function columnIndexFor(
  board: BoardDocument,
  items: ColumnItems,
  id: string,
): { stage: StageId; index: number } | undefined {
  const placement = placementOf(items, id);
  if (!placement) return undefined;
  const stage = stageOfContainer(placement.container);
  const column = columnOf(board, stage)
    .filter((i) => i.id !== id)
    .map((i) => i.id);
  const list = items[placement.container]!;
  const above = list[placement.index - 1];
  const below = list[placement.index + 1];
  if (above && column.includes(above)) return { stage, index: column.indexOf(above) + 1 };
  if (below && column.includes(below)) return { stage, index: column.indexOf(below) };
  return { stage, index: column.length };
}
