import type { ColumnItems } from '../../../../domain';
import { columnItems, NO_FILTERS } from '../../../../domain';
import {
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
 * The loop behind React's #185 on the board, as the try-out showed it: a tall card dragged with the pointer in the
 * gap between Scaling and Production. What the dragged card overlaps most depends on where the card itself stands,
 * so each move to one column makes the other column's card the target: the next render moves it back.
 */
describe('a drag whose target depends on where the card stands', () => {
  const start = (): ColumnItems => ({ scaling: ['tall', 's1'], production: ['p1'] });
  // What collision detection finds after each render: the card in the column the tall card is not in.
  const found = (items: ColumnItems) => (items.production!.includes('tall') ? 's1' : 'p1');
  const pointer = { x: 1152, y: 491 };

  /** Renders as dnd-kit does, each new target calling onDragOver, until nothing changes or 50 renders (React's limit). */
  function renders(guard: DragTargetGuard | null, items: ColumnItems, at = pointer) {
    let moves = 0;
    for (let render = 0; render < 50; render += 1) {
      const over = guard ? guard.target(found(items), at) : found(items);
      const next = moveToContainer(items, 'tall', over!);
      if (next === items) break;
      guard?.moved();
      items = next;
      moves += 1;
    }
    return { moves, items };
  }

  it('loops without a guard: a move on every render', () => {
    expect(renders(null, start()).moves).toBe(50);
  });

  it('moves once with the guard, and not back when the move has been drawn and the pointer has not moved', () => {
    const guard = new DragTargetGuard();
    const first = renders(guard, start());
    expect(first.moves).toBe(1);
    expect(first.items.production).toEqual(['tall', 'p1']);
    guard.settled();
    const after = renders(guard, first.items, { x: pointer.x + SETTLE_DISTANCE / 2, y: pointer.y });
    expect(after.moves).toBe(0);
  });

  it('follows the pointer again once it has travelled from where the card changed column', () => {
    const guard = new DragTargetGuard();
    const { items } = renders(guard, start());
    guard.settled();
    const moved = { x: pointer.x - SETTLE_DISTANCE * 2, y: pointer.y };
    expect(guard.target('s1', moved)).toBe('s1');
    expect(moveToContainer(items, 'tall', 's1').scaling).toEqual(['tall', 's1']);
  });

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
