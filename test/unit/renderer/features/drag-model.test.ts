import type { ColumnItems } from '../../../../renderer/features/board/drag-model';
import {
  columnDroppableId,
  containerOf,
  moveToContainer,
  placementOf,
  reorderWithin,
} from '../../../../renderer/features/board/drag-model';

const items = (): ColumnItems => ({ idea: ['a'], pilot: ['b', 'c', 'd'], scaling: [], production: ['e'], stopped: [] });

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
    expect(placementOf(reordered, 'd')).toEqual({ stage: 'pilot', index: 0 });
    expect(reorderWithin(items(), 'b', columnDroppableId('pilot')).pilot).toEqual(['c', 'd', 'b']);
  });
});
