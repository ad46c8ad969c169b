import { useVirtualizer } from '@tanstack/react-virtual';
import { Fragment, useCallback } from 'react';
import type { Initiative, Regime } from '../../../domain';
import { useBoardStore } from '../../store/board-store';
import { keepingInPage, registerCardScroller } from './card-navigation';
import { SortableInitiativeCard } from './initiative-card';

/** A column with fewer cards than this renders them all; a longer one renders only the cards in and near view. */
export const VIRTUAL_FROM = 40;
/** A card's height before it is measured: a two-line title, an owner line, the readiness strip and the footer. */
const ESTIMATED_CARD_HEIGHT = 128;
/** Matches `.card-list`'s gap and `.column-body`'s top padding in board.css. */
const CARD_GAP = 8;
const LIST_OFFSET = 4;

/**
 * A column's cards. Long columns are virtualised so that drawing and dragging cost the same for 36 cards or
 * 3,611: only the cards in view (and a few either side) are in the page, with padding standing in for the rest.
 * Cards are measured as they render, so a long title is not clipped. While printing every card is laid out.
 * dnd-kit keeps working because the dragged card is drawn in its overlay, and a drop lands on a card in view.
 */
export function CardList({
  initiatives,
  headingId,
  scrollElement,
  virtualise = true,
  regimes,
}: {
  initiatives: Initiative[];
  headingId: string;
  scrollElement: HTMLDivElement | null;
  /** False in a swimlane's cell, which grows to its cards inside rows the board virtualises. */
  virtualise?: boolean;
  /** The board's regimes, for the cards' badges. */
  regimes: readonly Regime[];
}) {
  const printing = useBoardStore((s) => s.printing === 'board');
  const virtual = virtualise && !printing && initiatives.length >= VIRTUAL_FROM;
  // The board's one Tab stop stays in the page when its column is scrolled away from it (or a filter that put it
  // in view is cleared), or no card could be reached with Tab.
  const tabStop = useBoardStore((s) => s.cardTabStop);
  const tabStopIndex = virtual && tabStop ? initiatives.findIndex((i) => i.id === tabStop) : -1;
  // The React Compiler cannot memoise around the virtualizer's functions; this component is not compiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: initiatives.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    getItemKey: (index) => initiatives[index]!.id,
    gap: CARD_GAP,
    paddingStart: LIST_OFFSET,
    overscan: 4,
    enabled: virtual,
    rangeExtractor: keepingInPage(tabStopIndex),
  });

  // Arrow keys reach a card out of view by asking the list to scroll to it (card-navigation.ts).
  const listRef = useCallback(
    (list: HTMLOListElement | null) =>
      list ? registerCardScroller(list, (index) => virtualizer.scrollToIndex(index, { align: 'auto' })) : undefined,
    [virtualizer],
  );

  if (!virtual) {
    return (
      <ol className="card-list" aria-labelledby={headingId}>
        {initiatives.map((initiative) => (
          <SortableInitiativeCard key={initiative.id} initiative={initiative} regimes={regimes} />
        ))}
      </ol>
    );
  }
  const rows = virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows[rows.length - 1];
  const before = first ? first.start - LIST_OFFSET : 0;
  const after = last ? virtualizer.getTotalSize() - last.end : 0;
  return (
    <ol
      ref={listRef}
      className="card-list virtual"
      aria-labelledby={headingId}
      style={{ paddingTop: before, paddingBottom: after }}
    >
      {rows.map((row, at) => {
        // The Tab stop, kept in the page away from the cards in view, stands after a gap of their height.
        const previous = rows[at - 1];
        const gap = previous ? row.start - previous.end - CARD_GAP : 0;
        return (
          <Fragment key={row.key}>
            {gap > 0 ? <li role="presentation" aria-hidden="true" style={{ height: gap - CARD_GAP }} /> : null}
            <SortableInitiativeCard
              initiative={initiatives[row.index]!}
              position={{ index: row.index, of: initiatives.length }}
              measureRef={virtualizer.measureElement}
              regimes={regimes}
            />
          </Fragment>
        );
      })}
    </ol>
  );
}
