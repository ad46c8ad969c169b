/**
 * A drag as dnd-kit sees it: it works on a copy of the board's card ids per container (`columnItems`), so the
 * board document changes once, on drop, and the whole drag is one undo step.
 */
import type { CollisionDetection } from '@dnd-kit/core';
import { closestCenter, closestCorners, getFirstCollision, pointerWithin, rectIntersection } from '@dnd-kit/core';
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

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How far from a point a box is: 0 inside it. */
function distanceTo(box: Box, point: Point): number {
  const dx = Math.max(box.left - point.x, 0, point.x - box.right);
  const dy = Math.max(box.top - point.y, 0, point.y - box.bottom);
  return Math.hypot(dx, dy);
}

/**
 * The column (or swimlane cell) nearest the pointer when the pointer is over none: in the gap between two columns,
 * over a column's heading. Columns stand still while a card moves between them, unlike the cards, whose places
 * shift as the dragged card leaves one column and enters another, so the answer cannot flip when the card moves.
 */
export function nearestColumn(pointer: Point, rects: Iterable<[string | number, Box]>): string | undefined {
  let nearest: string | undefined;
  let best = Infinity;
  for (const [key, box] of rects) {
    const id = String(key);
    if (!id.startsWith(COLUMN_PREFIX)) continue;
    const distance = distanceTo(box, pointer);
    if (distance < best) {
      best = distance;
      nearest = id;
    }
  }
  return nearest;
}

/** How far the pointer must travel, after the card changed column, before the drag takes another target. */
export const SETTLE_DISTANCE = 16;

const NO_SCROLL = (): Point => ({ x: 0, y: 0 });

/**
 * Holds a drag's target steady while a move to another column settles, as dnd-kit's multiple-containers example
 * does (its `lastOverId` and `recentlyMovedToNewContainer`). Moving the card into another column or lane shifts
 * the cards under a pointer that has not moved: the column it left closes up and the one it entered opens, by the
 * height of the card, which a long title makes larger than its neighbours'. The target found after that shift can
 * be back in the column the card came from, which moves it back, which shifts the layout again: a loop of renders
 * that React stops with "Maximum update depth exceeded" (dnd-kit issues #900 and #1678), blanking the window.
 *
 * So after a move the last target is kept until the page has drawn the move (`settled`, a frame later) and the
 * pointer has travelled `SETTLE_DISTANCE` over the board from where it was: a change of target then comes from
 * the hand, never from the layout. "Over the board": the distance is measured in the board's own coordinates,
 * the pointer's place in the window plus how far the board and its columns are scrolled (`scrollOffset`), so
 * that a board scrolled under a pointer standing still (dnd-kit scrolls it when the pointer rests near an edge)
 * lets the target follow what is under the pointer now. A keyboard drag has no pointer and waits only for the frame.
 */
export class DragTargetGuard {
  private lastOverId: string | null = null;
  private pointer: Point | null = null;
  /** Where the card changed column, over the board. */
  private movedAt: Point | null = null;
  private settling = false;
  private scrollOffset: () => Point = NO_SCROLL;

  /** A new drag: nothing is held. `scrollOffset` tells how far the board is scrolled now (both ways, summed). */
  reset(scrollOffset: () => Point = NO_SCROLL): void {
    this.lastOverId = null;
    this.pointer = null;
    this.movedAt = null;
    this.settling = false;
    this.scrollOffset = scrollOffset;
  }

  /** The target to report, given what collision detection found now (null: nothing) and where the pointer is. */
  target(found: string | null, pointer: Point | null): string | null {
    this.pointer = pointer;
    if (this.lastOverId !== null && this.holding(pointer)) return this.lastOverId;
    this.movedAt = null;
    if (found !== null) this.lastOverId = found;
    return this.lastOverId;
  }

  /** The card has just been moved into another container. */
  moved(): void {
    this.settling = true;
    this.movedAt = this.pointer && this.overBoard(this.pointer);
  }

  /** The move has been drawn. */
  settled(): void {
    this.settling = false;
  }

  private overBoard(pointer: Point): Point {
    const scrolled = this.scrollOffset();
    return { x: pointer.x + scrolled.x, y: pointer.y + scrolled.y };
  }

  private holding(pointer: Point | null): boolean {
    if (this.settling) return true;
    if (!this.movedAt || !pointer) return false;
    const now = this.overBoard(pointer);
    return Math.hypot(now.x - this.movedAt.x, now.y - this.movedAt.y) < SETTLE_DISTANCE;
  }
}

/**
 * The board's collision detection, as `BoardView` gives it to dnd-kit: what the drag is over. What the pointer is
 * in; in a gap or over a heading, the nearest column; by keyboard, what the card overlaps. Over a column with
 * cards, its nearest card, so that the drop position is always exact. Whatever is found goes through the `guard`,
 * which holds the target while a move settles. `itemsNow` gives the cards per container as dnd-kit sees them now.
 */
export function boardCollisionDetection(
  guard: Pick<DragTargetGuard, 'target'>,
  itemsNow: () => ColumnItems,
): CollisionDetection {
  return (args) => {
    const { pointerCoordinates: pointer } = args;
    const pointerHits = pointerWithin(args);
    let found: string | null = null;
    if (pointerHits.length) found = String(getFirstCollision(pointerHits, 'id'));
    else if (pointer) found = nearestColumn(pointer, args.droppableRects) ?? null;
    else {
      const overlapping =
        getFirstCollision(rectIntersection(args), 'id') ?? getFirstCollision(closestCorners(args), 'id');
      found = overlapping == null ? null : String(overlapping);
    }
    if (found !== null) {
      const items = itemsNow();
      const container = stageOfDroppable(found) ? containerOf(items, found) : undefined;
      const cards = container ? (items[container] ?? []) : [];
      if (cards.length) {
        const nearest = closestCenter({
          ...args,
          droppableContainers: args.droppableContainers.filter((c) => cards.includes(String(c.id))),
        });
        if (nearest[0]) found = String(nearest[0].id);
      }
    }
    const overId = guard.target(found, pointer);
    return overId === null ? [] : [{ id: overId }];
  };
}
