import type { Range } from '@tanstack/react-virtual';
import { defaultRangeExtractor } from '@tanstack/react-virtual';
import type { ColumnItems, StageId } from '../../../domain';
import { containerKey, laneOfContainer, rowOf, stageOfContainer } from '../../../domain';
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
 * are passed over, so one key press always lands on a card). In swimlanes, up and down at a cell's edge go on to
 * the same stage in the previous or next of `lanes` (the unfolded lanes, in board order) that has cards, or to the
 * nearest stage that has. Undefined at the board's edge.
 */
export function neighbourCard(
  items: ColumnItems,
  visibleStages: StageId[],
  id: string,
  key: CardNavigationKey,
  lanes: string[] = [],
): string | undefined {
  const container = containerOf(items, id);
  if (!container) return undefined;
  const cards = items[container]!;
  const index = cards.indexOf(id);
  switch (key) {
    case 'ArrowUp':
      return index > 0 ? cards[index - 1] : inNeighbourLane(items, visibleStages, container, lanes, -1);
    case 'ArrowDown':
      return index < cards.length - 1 ? cards[index + 1] : inNeighbourLane(items, visibleStages, container, lanes, 1);
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

/** Up from a lane's cell: the last card of the previous lane with cards; down: the first card of the next one. */
function inNeighbourLane(
  items: ColumnItems,
  visibleStages: StageId[],
  container: string,
  lanes: string[],
  step: -1 | 1,
): string | undefined {
  const at = lanes.indexOf(laneOfContainer(container));
  if (at < 0 || !laneOfContainer(container)) return undefined;
  const column = visibleStages.indexOf(stageOfContainer(container));
  // The same stage first, then the stages one column away, left before right, then two away…
  const byDistance = visibleStages
    .map((stage, i) => ({ stage, distance: Math.abs(i - column), left: i < column ? 0 : 1 }))
    .sort((a, b) => a.distance - b.distance || a.left - b.left)
    .map((s) => s.stage);
  for (let lane = at + step; lane >= 0 && lane < lanes.length; lane += step) {
    for (const stage of byDistance) {
      const cell = items[containerKey(stage, lanes[lane]!)];
      if (cell?.length) return step < 0 ? cell[cell.length - 1] : cell[0];
    }
  }
  return undefined;
}

/** How a virtualised column brings one of its cards into the page: registered by the column's list. */
const scrollers = new WeakMap<Element, (index: number) => void>();

export function registerCardScroller(list: Element, scrollToIndex: (index: number) => void): () => void {
  scrollers.set(list, scrollToIndex);
  return () => scrollers.delete(list);
}

/** How the swimlane board brings a lane into the page: registered by its virtualised rows (swimlane-board.tsx). */
let laneScroller: ((lane: string) => void) | null = null;

export function registerLaneScroller(scrollToLane: (lane: string) => void): () => void {
  laneScroller = scrollToLane;
  return () => {
    if (laneScroller === scrollToLane) laneScroller = null;
  };
}

/** Focuses an element once it has rendered, trying for a few frames. */
function focusWhenRendered(find: () => HTMLElement | null, triesLeft = 10): void {
  requestAnimationFrame(() => {
    const rendered = find();
    if (rendered) rendered.focus();
    else if (triesLeft > 0) focusWhenRendered(find, triesLeft - 1);
  });
}

/**
 * Moves keyboard focus to a card and makes it the board's Tab stop. A card that is not in the page, in a
 * virtualised column or a swimlane scrolled out of view, is scrolled into it first, then focused once it has rendered.
 */
export function focusCard(items: ColumnItems, id: string, setTabStop: (id: string) => void): void {
  setTabStop(id);
  const handle = cardHandle(id);
  if (handle) {
    handle.focus();
    return;
  }
  const container = containerOf(items, id);
  if (!container) return;
  const list = document.querySelector(`[data-container="${CSS.escape(container)}"] .card-list`);
  const scroll = list ? scrollers.get(list) : undefined;
  if (scroll) scroll(items[container]!.indexOf(id));
  else if (laneOfContainer(container) && laneScroller) laneScroller(laneOfContainer(container));
  else return;
  focusWhenRendered(() => cardHandle(id));
}

/** A lane's heading button (which folds and unfolds it), when the lane is in the page. */
export function laneToggle(lane: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.lane[data-lane="${CSS.escape(lane)}"] .lane-toggle`);
}

/** Moves focus to a lane's heading, scrolling the lane into the page first if it is not there. */
export function focusLaneToggle(lane: string): void {
  const toggle = laneToggle(lane);
  if (toggle) {
    toggle.focus();
    return;
  }
  laneScroller?.(lane);
  focusWhenRendered(() => laneToggle(lane));
}

/**
 * A virtualiser's range extractor that keeps one item in the page besides those in view: the item holding the
 * board's one Tab stop (a card in a long column, the lane of that card), so that Tab can always reach a card.
 * -1 keeps nothing more.
 */
export function keepingInPage(index: number): (range: Range) => number[] {
  return (range) => {
    const indexes = defaultRangeExtractor(range);
    if (index < 0 || indexes.includes(index)) return indexes;
    return [...indexes, index].sort((a, b) => a - b);
  };
}
