import type { Active, ClientRect, CollisionDetection, DroppableContainer } from '@dnd-kit/core';
import type { ColumnItems } from '../../../../domain';
import { columnItems, NO_FILTERS } from '../../../../domain';
import type { Box, Point } from '../../../../renderer/features/board/drag-model';
import {
  boardCollisionDetection,
  columnDroppableId,
  columnIndexFor,
  containerOf,
  DragTargetGuard,
  moveToContainer,
  nearestColumn,
  placementOf,
  reorderWithin,
  SETTLE_DISTANCE,
} from '../../../../renderer/features/board/drag-model';
import { pilotsInTwoUnits } from '../../../support/initiatives';

const NOW = '2026-01-01T00:00:00.000Z';

const items = (): ColumnItems => ({ idea: ['a'], pilot: ['b', 'c', 'd'], scaling: [], production: ['e'], stopped: [] });

describe('a drop in swimlanes', () => {
  it('is placed in the whole column by its visible neighbours', () => {
    const board = pilotsInTwoUnits(NOW);
    const lanes = columnItems(board, NO_FILTERS, 'businessUnit');
    // d dropped above b in its lane goes before b in the column: a, d, b, c.
    const dropped = { ...lanes, 'pilot|Finance': ['d', 'b'] };
    expect(columnIndexFor(board, dropped, 'd')).toEqual({ stage: 'pilot', index: 1 });
  });
});

describe('drag model', () => {
  it('finds the column of a card or of a column droppable', () => {
    expect(containerOf(items(), 'c')).toBe('pilot');
    expect(containerOf(items(), columnDroppableId('scaling'))).toBe('scaling');
    expect(containerOf(items(), 'zzz')).toBeUndefined();
  });

  it('moves a card into another column before the card it is over, or below it', () => {
    expect(moveToContainer(items(), 'c', 'e').production).toEqual(['c', 'e']);
    expect(moveToContainer(items(), 'c', 'e', true).production).toEqual(['e', 'c']);
    const moved = moveToContainer(items(), 'c', columnDroppableId('scaling'));
    expect(moved.scaling).toEqual(['c']);
    expect(moved.pilot).toEqual(['b', 'd']);
  });

  it('leaves the items alone when the card stays in its column', () => {
    const same = items();
    expect(moveToContainer(same, 'b', 'd')).toBe(same);
  });

  it('reorders within a column and reports the final placement', () => {
    const reordered = reorderWithin(items(), 'd', 'b');
    expect(reordered.pilot).toEqual(['d', 'b', 'c']);
    expect(placementOf(reordered, 'd')).toEqual({ container: 'pilot', index: 0 });
    expect(reorderWithin(items(), 'b', columnDroppableId('pilot')).pilot).toEqual(['c', 'd', 'b']);
  });
});

/**
 * The board's own collision detection (what BoardView gives dnd-kit), run on a made-up layout of two columns as
 * the page draws them: cards stacked from the top of each column, so a card moved into a column pushes the cards
 * below it down by its height, the tall card's 200 px; columns stand still, except when the board scrolls sideways.
 */
describe('the board’s collision detection', () => {
  const COLUMNS = { scaling: { left: 777, right: 1143 }, production: { left: 1157, right: 1524 } };
  const clientRect = ({ left, top, right, bottom }: Box): ClientRect => ({
    left,
    top,
    right,
    bottom,
    width: right - left,
    height: bottom - top,
  });

  /** Where everything stands with the cards in `items`, the board scrolled `scrolledBy` px right of its start. */
  function layout(items: ColumnItems, scrolledBy = 0): Map<string, ClientRect> {
    const rects = new Map<string, ClientRect>();
    for (const [stage, column] of Object.entries(COLUMNS)) {
      const left = column.left - scrolledBy;
      const right = column.right - scrolledBy;
      rects.set(columnDroppableId(stage), clientRect({ left, right, top: 100, bottom: 1000 }));
      let top = 300;
      for (const id of items[stage] ?? []) {
        const height = id === 'tall' ? 200 : 40;
        rects.set(id, clientRect({ left, right, top, bottom: top + height }));
        top += height + 10;
      }
    }
    return rects;
  }

  interface At {
    pointer: Point | null;
    /** The dragged card as drawn under the pointer (dnd-kit's collision rect). */
    card: Box;
    scrolledBy?: number;
  }

  function detectOnce(detect: CollisionDetection, items: ColumnItems, at: At): string | undefined {
    const droppableRects = layout(items, at.scrolledBy);
    const droppableContainers = [...droppableRects].map(([id, rect]) => ({
      id,
      key: id,
      disabled: false,
      data: { current: undefined },
      node: { current: null },
      rect: { current: rect },
    })) as unknown as DroppableContainer[];
    const active = { id: 'tall', data: { current: undefined }, rect: { current: { initial: null, translated: null } } };
    const collisions = detect({
      active: active as unknown as Active,
      collisionRect: clientRect(at.card),
      droppableRects,
      droppableContainers,
      pointerCoordinates: at.pointer,
    });
    return collisions[0] ? String(collisions[0].id) : undefined;
  }

  /**
   * Renders as dnd-kit does, each new target calling onDragOver (which moves the card and tells the guard), until
   * nothing changes or 50 renders: React's limit, past which it throws #185 and the window goes blank.
   */
  function renders(detect: CollisionDetection, items: ColumnItems, at: At, guard?: DragTargetGuard) {
    let moves = 0;
    for (let render = 0; render < 50; render += 1) {
      const over = detectOnce(detect, items, at);
      if (over === undefined) break;
      const next = moveToContainer(items, 'tall', over);
      if (next === items) break;
      guard?.moved();
      items = next;
      moves += 1;
    }
    return { moves, items };
  }

  const start = (): ColumnItems => ({ scaling: ['tall', 's1'], production: ['p1'] });
  const unguarded = { target: (found: string | null) => found };

  describe('by keyboard, the dragged card across the gap between Scaling and Production', () => {
    // What it overlaps most is the short card level with it, in whichever column the tall card is not in.
    const at: At = { pointer: null, card: { left: 1100, right: 1200, top: 300, bottom: 340 } };

    it('loops without the guard: each move makes the other column the target', () => {
      expect(renders(boardCollisionDetection(unguarded, start), start(), at).moves).toBe(50);
    });

    it('moves once with the guard, and holds until the move has been drawn', () => {
      const guard = new DragTargetGuard();
      guard.reset();
      const detect = boardCollisionDetection(guard, start);
      const first = renders(detect, start(), at, guard);
      expect(first.moves).toBe(1);
      expect(first.items.production).toEqual(['tall', 'p1']);
      expect(detectOnce(detect, first.items, at)).toBe('p1');
      guard.settled();
      expect(detectOnce(detect, first.items, at)).toBe('s1');
    });
  });

  describe('by mouse', () => {
    // The tall card carried just inside Production, level with its first card.
    const card = { left: 1110, right: 1210, top: 300, bottom: 500 };
    const atX = (x: number, scrolledBy = 0): At => ({ pointer: { x, y: 320 }, card, scrolledBy });

    /** A drag that has moved the tall card into Production, and drawn the move; the board scrolled `scrollLeft`. */
    function movedToProduction(scroll: { left: number }) {
      const guard = new DragTargetGuard();
      guard.reset(() => ({ x: scroll.left, y: 0 }));
      const detect = boardCollisionDetection(guard, start);
      const { moves, items } = renders(detect, start(), atX(1160), guard);
      expect(moves).toBe(1);
      expect(items.production).toEqual(['tall', 'p1']);
      guard.settled();
      return { detect, items };
    }

    it('settles: the card stays where it went while the pointer stands still', () => {
      const { detect, items } = movedToProduction({ left: 100 });
      expect(renders(detect, items, atX(1160)).moves).toBe(0);
    });

    it('takes another target once the hand has travelled SETTLE_DISTANCE, not before', () => {
      const { detect, items } = movedToProduction({ left: 100 });
      // 12 px left, into the gap, nearer Scaling: the target is held.
      expect(1160 - 1148).toBeLessThan(SETTLE_DISTANCE);
      expect(detectOnce(detect, items, atX(1148))).toBe('p1');
      // 20 px left, over Scaling: the hand has moved, and the card follows it.
      expect(detectOnce(detect, items, atX(1140))).toBe('s1');
      expect(renders(detect, items, atX(1140)).items.scaling).toEqual(['tall', 's1']);
    });

    it('lets the target go when the board scrolls under a pointer standing still', () => {
      const scroll = { left: 100 };
      const { detect, items } = movedToProduction(scroll);
      // dnd-kit scrolls the board 30 px back while the pointer rests near its edge: Scaling comes under it.
      scroll.left = 70;
      expect(detectOnce(detect, items, atX(1160, -30))).toBe('s1');
      expect(renders(detect, items, atX(1160, -30)).items.scaling).toEqual(['tall', 's1']);
    });

    it('holds when the board scrolls less than SETTLE_DISTANCE', () => {
      const scroll = { left: 100 };
      const { detect, items } = movedToProduction(scroll);
      // 10 px: the pointer is now in the gap, nearer Scaling, but what is under it has hardly moved.
      scroll.left = 90;
      expect(detectOnce(detect, items, atX(1160, -10))).toBe('p1');
    });
  });
});

describe('the drag target guard', () => {
  const pointer = { x: 1152, y: 491 };

  it('holds a keyboard drag, which has no pointer, only until the move has been drawn', () => {
    const guard = new DragTargetGuard();
    expect(guard.target('p1', null)).toBe('p1');
    guard.moved();
    expect(guard.target('s1', null)).toBe('p1');
    guard.settled();
    expect(guard.target('s1', null)).toBe('s1');
  });

  it('keeps the last target when nothing is found, and forgets it for a new drag', () => {
    const guard = new DragTargetGuard();
    guard.target('p1', pointer);
    expect(guard.target(null, pointer)).toBe('p1');
    guard.reset();
    expect(guard.target(null, pointer)).toBeNull();
  });
});

describe('the column nearest the pointer', () => {
  const rects = new Map([
    [columnDroppableId('scaling'), { left: 777, right: 1143, top: 189, bottom: 1019 }],
    [columnDroppableId('production'), { left: 1157, right: 1524, top: 189, bottom: 1019 }],
    // A card nearer the pointer than either column: cards move during a drag, so they are not asked.
    ['card', { left: 1150, right: 1155, top: 480, bottom: 500 }],
  ]);

  it('is the one whose edge is closer, in the gap between two columns', () => {
    expect(nearestColumn({ x: 1152, y: 491 }, rects)).toBe(columnDroppableId('production'));
    expect(nearestColumn({ x: 1147, y: 491 }, rects)).toBe(columnDroppableId('scaling'));
  });

  it('is the one below a heading the pointer is over', () => {
    expect(nearestColumn({ x: 900, y: 150 }, rects)).toBe(columnDroppableId('scaling'));
    expect(nearestColumn({ x: 900, y: 150 }, new Map())).toBeUndefined();
  });
});
