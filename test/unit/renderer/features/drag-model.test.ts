import type { ColumnItems } from '../../../../domain';
import { columnItems, NO_FILTERS } from '../../../../domain';
import {
  columnDroppableId,
  columnIndexFor,
  containerOf,
  moveToContainer,
  placementOf,
  reorderWithin,
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
