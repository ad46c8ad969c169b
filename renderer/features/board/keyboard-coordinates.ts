import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { KeyboardCode } from '@dnd-kit/core';
import type { ColumnItems, StageId } from '../../../domain';
import { rowOf } from '../../../domain';
import { columnDroppableId, containerOf } from './drag-model';

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
        targetId = cards.length
          ? nearestInView(cards, Math.min(index, cards.length - 1), (id) => droppableRects.has(id))
          : columnDroppableId(next);
      }
    }
    const rect = targetId ? droppableRects.get(targetId) : undefined;
    return rect ? { x: rect.left, y: rect.top } : undefined;
  };
}

/**
 * The card at `index`, or, in a virtualised column scrolled elsewhere, the card in view nearest to that position:
 * only cards in the page have a rectangle to move to.
 */
export function nearestInView(cards: string[], index: number, inView: (id: string) => boolean): string | undefined {
  for (let distance = 0; distance < cards.length; distance += 1) {
    for (const at of [index - distance, index + distance]) {
      const id = cards[at];
      if (id !== undefined && inView(id)) return id;
    }
  }
  return cards[index];
}
