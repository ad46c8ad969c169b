import type { ColumnItems, StageId } from '../../../domain';
import { rowOf } from '../../../domain';
import { cardHandle } from '../../components/return-focus';
import { containerOf } from './drag-model';

/** The keys that move focus between cards when no card is being dragged. */
export const CARD_NAVIGATION_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'] as const;
export type CardNavigationKey = (typeof CARD_NAVIGATION_KEYS)[number];

export function isCardNavigationKey(key: string): key is CardNavigationKey {
  return (CARD_NAVIGATION_KEYS as readonly string[]).includes(key);
}

/**
 * The card a key leads to from a card: up and down within its column, Home and End to the column's first and
 * last card, left and right to the nearest position in the next column of its row that has cards (empty columns
 * are passed over, so one key press always lands on a card). Undefined at the board's edge.
 */
export function neighbourCard(
  items: ColumnItems,
  visibleStages: StageId[],
  id: string,
  key: CardNavigationKey,
): string | undefined {
  const container = containerOf(items, id);
  if (!container) return undefined;
  const cards = items[container]!;
  const index = cards.indexOf(id);
  switch (key) {
    case 'ArrowUp':
      return cards[index - 1];
    case 'ArrowDown':
      return cards[index + 1];
    case 'Home':
      return index > 0 ? cards[0] : undefined;
    case 'End':
      return index < cards.length - 1 ? cards[cards.length - 1] : undefined;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const row = rowOf(container, visibleStages);
      const step = key === 'ArrowLeft' ? -1 : 1;
      for (let at = row.indexOf(container) + step; at >= 0 && at < row.length; at += step) {
        const next = items[row[at]!];
        if (next?.length) return next[Math.min(index, next.length - 1)];
      }
      return undefined;
    }
  }
}

/** How a virtualised column brings one of its cards into the page: registered by the column's list. */
const scrollers = new WeakMap<Element, (index: number) => void>();

export function registerCardScroller(list: Element, scrollToIndex: (index: number) => void): () => void {
  scrollers.set(list, scrollToIndex);
  return () => scrollers.delete(list);
}

/**
 * Moves keyboard focus to a card and makes it the board's Tab stop. A card of a virtualised column that is not in
 * the page is scrolled into it first, then focused once it has rendered.
 */
export function focusCard(items: ColumnItems, id: string, setTabStop: (id: string) => void): void {
  setTabStop(id);
  const handle = cardHandle(id);
  if (handle) {
    handle.focus();
    return;
  }
  const container = containerOf(items, id);
  const list = container ? document.querySelector(`[data-container="${CSS.escape(container)}"] .card-list`) : null;
  const scroll = list ? scrollers.get(list) : undefined;
  if (!scroll) return;
  scroll(items[container!]!.indexOf(id));
  const focusWhenRendered = (triesLeft: number) =>
    requestAnimationFrame(() => {
      const rendered = cardHandle(id);
      if (rendered) rendered.focus();
      else if (triesLeft > 0) focusWhenRendered(triesLeft - 1);
    });
  focusWhenRendered(10);
}
