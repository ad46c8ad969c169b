import type { ColumnItems } from '../../../../renderer/features/board/drag-model';

const NOW = '2026-01-01T00:00:00.000Z';
import { addInitiative, createBoard, NO_FILTERS } from '../../../../domain';
import {
  columnDroppableId,
  columnIndexFor,
  containerKey,
  itemsOf,
  rowOf,
  stageOfContainer,
  containerOf,
  moveToContainer,
  placementOf,
  reorderWithin,
} from '../../../../renderer/features/board/drag-model';

const items = (): ColumnItems => ({ idea: ['a'], pilot: ['b', 'c', 'd'], scaling: [], production: ['e'], stopped: [] });

describe('containers in swimlanes', () => {
  it('keys a column cell by stage and lane, and finds the stage back', () => {
    expect(containerKey('pilot', 'Claims')).toBe('pilot|Claims');
    expect(stageOfContainer('pilot|Claims')).toBe('pilot');
    expect(rowOf('pilot|Claims', ['idea', 'pilot', 'scaling'])).toEqual([
      'idea|Claims',
      'pilot|Claims',
      'scaling|Claims',
    ]);
    expect(rowOf('pilot', ['idea', 'pilot'])).toEqual(['idea', 'pilot']);
  });

  it('groups visible cards by lane and places a drop in the whole column by its visible neighbours', () => {
    let board = createBoard('B', { now: NOW });
    for (const [id, unit] of [
      ['a', 'Claims'],
      ['b', 'Finance'],
      ['c', 'Claims'],
      ['d', 'Finance'],
    ] as const) {
      board = addInitiative(board, { id, title: id, stage: 'pilot', businessUnit: unit }, { now: NOW });
    }
    const lanes = itemsOf(board, NO_FILTERS, 'businessUnit');
    expect(lanes['pilot|Claims']).toEqual(['a', 'c']);
    expect(lanes['pilot|Finance']).toEqual(['b', 'd']);
    // d dropped above b in its lane goes before b in the column: a, d, b, c.
    const dropped = { ...lanes, 'pilot|Finance': ['d', 'b'] };
    expect(columnIndexFor(board, dropped, 'd')).toEqual({ stage: 'pilot', index: 1 });
    const filtered = itemsOf(board, { ...NO_FILTERS, search: 'nothing like it' }, 'none');
    expect(filtered.pilot).toEqual([]);
    expect(itemsOf(board, { ...NO_FILTERS, businessUnits: ['Claims'] }).pilot).toEqual(['a', 'c']);
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
