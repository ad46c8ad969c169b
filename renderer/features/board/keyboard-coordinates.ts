import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { KeyboardCode } from '@dnd-kit/core';
import type { StageId } from '../../../domain';
import type { ColumnItems } from './drag-model';
import { columnDroppableId, containerOf, rowOf } from './drag-model';

/**
 * Keyboard moves for a card being dragged: up and down to the neighbouring card in its column, left and right
 * to the same position in the next visible column of its row (or its end, or the empty column itself).
 */
export function boardKeyboardCoordinates(
  getItems: () => ColumnItems,
  getVisibleStages: () => StageId[],
): KeyboardCoordinateGetter {
  return (event, { context: { active, droppableRects } }) => {
    const code = event.code;
    if (![KeyboardCode.Up, KeyboardCode.Down, KeyboardCode.Left, KeyboardCode.Right].includes(code as KeyboardCode)) {
      return undefined;
    }
    event.preventDefault();
    if (!active) return undefined;
    const items = getItems();
    const activeId = String(active.id);
    const container = containerOf(items, activeId);
    if (!container) return undefined;
    const index = items[container]!.indexOf(activeId);

    let targetId: string | undefined;
    if (code === KeyboardCode.Up || code === KeyboardCode.Down) {
      targetId = items[container]![index + (code === KeyboardCode.Up ? -1 : 1)];
    } else {
      const row = rowOf(container, getVisibleStages());
      const next = row[row.indexOf(container) + (code === KeyboardCode.Left ? -1 : 1)];
      if (next && items[next]) {
        const cards = items[next]!;
        targetId = cards.length ? cards[Math.min(index, cards.length - 1)] : columnDroppableId(next);
      }
    }
    const rect = targetId ? droppableRects.get(targetId) : undefined;
    return rect ? { x: rect.left, y: rect.top } : undefined;
  };
}
