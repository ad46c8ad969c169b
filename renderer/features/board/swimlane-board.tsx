import { useVirtualizer } from '@tanstack/react-virtual';
import type { KeyboardEvent, ReactNode } from 'react';
import { Fragment, useEffect, useLayoutEffect, useState } from 'react';
import type { Initiative, Regime, ShownCount, StageConfig, StageId } from '../../../domain';
import { containerKey, laneOf, shownCountText, sumCounts } from '../../../domain';
import { useBoardStore } from '../../store/board-store';
import { BoardColumn } from './board-column';
import { focusCard, focusLaneToggle, keepingInPage, registerLaneScroller } from './card-navigation';

export interface Lane {
  /** The lane's key, as `laneOf` names it. */
  lane: string;
  title: string;
  counts: Record<StageId, ShownCount>;
}

/** A lane's height before it is measured: its heading, and its fullest cell's cards at a card's usual height. */
const LANE_HEADING = 48;
const CARD_HEIGHT = 140;
/** A column's narrowest width and the gap between columns; the gap matches `.lane-cells` in board.css. */
const COLUMN_MIN = 220;
const COLUMN_GAP = 14;

/**
 * The board in swimlanes: one row per lane, each cell as tall as its cards, so that no card is cut off; the board
 * scrolls, not the cells. Rows are virtualised (80 business units × 700 cards would otherwise put every card and
 * every drop target in the page), and a lane can be collapsed to its heading, which counts its cards per stage.
 */
export function SwimlaneBoard({
  stages,
  lanes,
  stageCounts,
  cardsOf,
  regimes,
}: {
  stages: StageConfig[];
  lanes: Lane[];
  stageCounts: Record<StageId, ShownCount>;
  cardsOf: (container: string) => Initiative[];
  /** The board's regimes, for the cards' badges. */
  regimes: readonly Regime[];
}) {
  const printing = useBoardStore((s) => s.printing === 'board');
  const locale = useBoardStore((s) => s.board?.workshop.locale);
  const collapsedLanes = useBoardStore((s) => s.collapsedLanes);
  const toggleLane = useBoardStore((s) => s.toggleLane);
  const collapsed = new Set(collapsedLanes);
  // The lane of the card the board's Tab stop is on stays in the page when scrolled away, so that Tab always finds it.
  const tabStopLaneKey = useBoardStore((s) => {
    const card = s.cardTabStop ? s.board?.initiatives.find((i) => i.id === s.cardTabStop) : undefined;
    return card ? laneOf(card, s.swimlanes) : undefined;
  });
  const tabStopLane = tabStopLaneKey === undefined ? -1 : lanes.findIndex((l) => l.lane === tabStopLaneKey);
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const [lanesElement, setLanesElement] = useState<HTMLDivElement | null>(null);
  const [lanesTop, setLanesTop] = useState(0);
  useLayoutEffect(() => setLanesTop(lanesElement?.offsetTop ?? 0), [lanesElement]);
  const columns = { gridTemplateColumns: `repeat(${stages.length}, minmax(${COLUMN_MIN}px, 1fr))` };
  // Headings and lanes share one width, at least the columns' own, so that a narrow window scrolls them together.
  const width = { minWidth: stages.length * COLUMN_MIN + (stages.length - 1) * COLUMN_GAP };
  const stageIds = stages.map((s) => s.id);

  // The React Compiler cannot memoise around the virtualizer's functions; this component is not compiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lanes.length,
    getScrollElement: () => scroller,
    estimateSize: (index) => {
      const lane = lanes[index]!;
      if (collapsed.has(lane.lane)) return LANE_HEADING;
      return LANE_HEADING + Math.max(1, ...stageIds.map((s) => lane.counts[s].shown)) * CARD_HEIGHT;
    },
    getItemKey: (index) => lanes[index]!.lane,
    overscan: 2,
    scrollMargin: lanesTop,
    enabled: !printing,
    rangeExtractor: keepingInPage(tabStopLane),
  });
  // Arrow keys reach a card or a lane heading scrolled out of the page by asking for its lane (card-navigation.ts).
  useEffect(
    () =>
      registerLaneScroller((lane) => {
        const index = lanes.findIndex((l) => l.lane === lane);
        if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
      }),
    [lanes, virtualizer],
  );
  const rows = printing ? lanes.map((_, index) => ({ index, start: 0, end: 0 })) : virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows[rows.length - 1];
  const before = !printing && first ? first.start - lanesTop : 0;
  const after = !printing && last ? virtualizer.getTotalSize() - (last.end - lanesTop) : 0;

  /** Keys on a lane's heading: up and down to the neighbouring lanes' headings, down into an unfolded lane's
   * cards; Enter, Space, + and - fold and unfold it. */
  const onToggleKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const lane = lanes[index]!;
    const folded = collapsed.has(lane.lane);
    if ((event.key === '+' && folded) || (event.key === '-' && !folded)) {
      event.preventDefault();
      toggleLane(lane.lane);
    } else if (event.key === 'ArrowUp' && index > 0) {
      event.preventDefault();
      focusLaneToggle(lanes[index - 1]!.lane);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      const cells = stageIds.map((s) => containerKey(s, lane.lane));
      const firstCard = folded ? undefined : cells.map((key) => cardsOf(key)[0]).find(Boolean);
      if (firstCard) {
        const items = Object.fromEntries(cells.map((key) => [key, cardsOf(key).map((c) => c.id)]));
        focusCard(items, firstCard.id, useBoardStore.getState().setCardTabStop);
      } else if (index < lanes.length - 1) focusLaneToggle(lanes[index + 1]!.lane);
    }
  };

  return (
    <div
      ref={setScroller}
      className="board lanes"
      role="group"
      aria-label="Stages in swimlanes"
      // A card that takes focus is scrolled clear of the sticky stage headings, not under them.
      style={{ scrollPaddingTop: lanesTop }}
    >
      <div className="lane-stage-heads" style={{ ...columns, ...width }} role="presentation">
        {stages.map((stage) => (
          <div key={stage.id} className={`lane-stage-head stage-${stage.id}`}>
            {stage.label} <span className="column-count">{shownCountText(stageCounts[stage.id], locale)}</span>
          </div>
        ))}
      </div>
      <div ref={setLanesElement} role="presentation" style={{ ...width, paddingTop: before, paddingBottom: after }}>
        {rows.map((row, at) => {
          const lane = lanes[row.index]!;
          const isCollapsed = collapsed.has(lane.lane);
          // The Tab stop's lane, kept in the page away from the lanes in view, stands after a gap of their height.
          const previous = rows[at - 1];
          const gap = !printing && previous ? row.start - previous.end : 0;
          return (
            <Fragment key={lane.lane}>
              {gap > 0 ? <div role="presentation" style={{ height: gap }} /> : null}
              <LaneRow
                index={row.index}
                measureRef={printing ? undefined : virtualizer.measureElement}
                lane={lane}
                stages={stages}
                collapsed={isCollapsed}
                onToggle={() => toggleLane(lane.lane)}
                onToggleKey={(event) => onToggleKey(event, row.index)}
                locale={locale}
              >
                {isCollapsed ? null : (
                  <div className="lane-cells" style={columns} role="group" aria-label={`${lane.title} by stage`}>
                    {stages.map((stage) => {
                      const key = containerKey(stage.id, lane.lane);
                      return (
                        <BoardColumn
                          key={key}
                          stage={stage}
                          container={key}
                          lane={lane.lane}
                          laneHeading={lane.title}
                          count={lane.counts[stage.id]}
                          initiatives={cardsOf(key)}
                          regimes={regimes}
                        />
                      );
                    })}
                  </div>
                )}
              </LaneRow>
            </Fragment>
          );
        })}
      </div>
    </div>
  );
}

function LaneRow({
  index,
  measureRef,
  lane,
  stages,
  collapsed,
  onToggle,
  onToggleKey,
  locale,
  children,
}: {
  index: number;
  measureRef?: (element: HTMLElement | null) => void;
  lane: Lane;
  stages: StageConfig[];
  collapsed: boolean;
  onToggle: () => void;
  onToggleKey: (event: KeyboardEvent<HTMLButtonElement>) => void;
  locale: string | undefined;
  children: ReactNode;
}) {
  const total = sumCounts(
    lane.counts,
    stages.map((s) => s.id),
  );
  return (
    <div
      ref={measureRef}
      data-index={index}
      data-lane={lane.lane}
      className={`lane${collapsed ? ' collapsed' : ''}`}
      role="group"
      aria-label={`Lane: ${lane.title}`}
    >
      <div className="lane-header">
        <h3 className="lane-title">
          {/* Not a Tab stop each (81 of them): reached from a card with minus, then by the arrows (onToggleKey). */}
          <button
            type="button"
            className="lane-toggle"
            tabIndex={-1}
            aria-expanded={!collapsed}
            onClick={onToggle}
            onKeyDown={onToggleKey}
          >
            {/* The count apart from the name, which may end in a number of its own ("Region 18 · 8 cards"). */}
            {lane.title}{' '}
            <span className="muted">
              · {shownCountText(total, locale)} {total.total === 1 ? 'card' : 'cards'}
            </span>
          </button>
        </h3>
        <ul className="lane-stage-counts" aria-label={`${lane.title}: cards per stage`}>
          {stages.map((stage) => (
            <li key={stage.id} className={`stage-${stage.id}${lane.counts[stage.id].total ? '' : ' none'}`}>
              {stage.label} <strong>{shownCountText(lane.counts[stage.id], locale)}</strong>
            </li>
          ))}
        </ul>
      </div>
      {children}
    </div>
  );
}
