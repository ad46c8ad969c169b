import { useVirtualizer } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';
import { useLayoutEffect, useState } from 'react';
import type { Initiative, ShownCount, StageConfig, StageId } from '../../../domain';
import { containerKey, shownCountText, sumCounts } from '../../../domain';
import { useBoardStore } from '../../store/board-store';
import { BoardColumn } from './board-column';

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
}: {
  stages: StageConfig[];
  lanes: Lane[];
  stageCounts: Record<StageId, ShownCount>;
  cardsOf: (container: string) => Initiative[];
}) {
  const printing = useBoardStore((s) => s.printing);
  const locale = useBoardStore((s) => s.board?.workshop.locale);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
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
  });
  const rows = printing ? lanes.map((_, index) => ({ index, start: 0, end: 0 })) : virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows[rows.length - 1];
  const before = !printing && first ? first.start - lanesTop : 0;
  const after = !printing && last ? virtualizer.getTotalSize() - (last.end - lanesTop) : 0;

  const toggle = (lane: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(lane)) next.add(lane);
      return next;
    });

  return (
    <div ref={setScroller} className="board lanes" role="group" aria-label="Stages in swimlanes">
      <div className="lane-stage-heads" style={{ ...columns, ...width }} role="presentation">
        {stages.map((stage) => (
          <div key={stage.id} className={`lane-stage-head stage-${stage.id}`}>
            {stage.label} <span className="column-count">{shownCountText(stageCounts[stage.id], locale)}</span>
          </div>
        ))}
      </div>
      <div ref={setLanesElement} role="presentation" style={{ ...width, paddingTop: before, paddingBottom: after }}>
        {rows.map((row) => {
          const lane = lanes[row.index]!;
          const isCollapsed = collapsed.has(lane.lane);
          return (
            <LaneRow
              key={lane.lane}
              index={row.index}
              measureRef={printing ? undefined : virtualizer.measureElement}
              lane={lane}
              stages={stages}
              collapsed={isCollapsed}
              onToggle={() => toggle(lane.lane)}
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
                      />
                    );
                  })}
                </div>
              )}
            </LaneRow>
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
  locale,
  children,
}: {
  index: number;
  measureRef?: (element: HTMLElement | null) => void;
  lane: Lane;
  stages: StageConfig[];
  collapsed: boolean;
  onToggle: () => void;
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
          <button type="button" className="lane-toggle" aria-expanded={!collapsed} onClick={onToggle}>
            {lane.title} <span className="muted">{shownCountText(total, locale)}</span>
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
