import './matrix.css';
import type { CSSProperties, KeyboardEvent as ReactKeyboardEvent, PointerEvent as ReactPointerEvent } from 'react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { BoardDocument, MatrixData, MatrixPoint, MatrixScene, MatrixView, MatrixZoom } from '../../../domain';
import {
  bubblesAt,
  counted,
  formatAmount,
  formatBoardNumber,
  inView,
  leftOutText,
  LEFT_OUT_REASONS,
  MATRIX_READINESS,
  MATRIX_READINESS_LABELS,
  MATRIX_SIZE_LABELS,
  MATRIX_SIZES,
  matrixData,
  matrixLayout,
  matrixOrder,
  MAX_MATRIX_ZOOM,
  pannedZoom,
  QUADRANT_LABELS,
  readinessWords,
  matrixStages,
  shownInitiatives,
  stageLabel,
  WHOLE_MATRIX,
  zoomedAt,
  zoomBy,
  zoomOnto,
} from '../../../domain';
import { ToggleGroup } from '../../components/toggle-group';
import { useBoardStore } from '../../store/board-store';
import { STAGE_COLORS } from '../../styles/palette';
import { matrixBackdrop, matrixBubbles, matrixQuadrantNames } from './matrix-svg';

/**
 * Opens a card in the editor, closing the voting, log or actions panel that holds the editor's place: a bubble
 * clicked must never seem to do nothing.
 */
function openCard(id: string): void {
  const { panel, setPanel, select } = useBoardStore.getState();
  if (panel) setPanel(null);
  select(id);
}

/** The type size of the chart's ticks and labels on the facilitator's screen. */
const FONT_SIZE = 13;
const ZOOM_STEP = 1.6;

/**
 * Where to invest: the value × readiness matrix of the cards the board shows (same filters, same search), beside
 * the board. Each bubble is a card: Tab reaches the chart, the arrows walk every bubble (left and right by
 * readiness, up and down by value, so overlapping ones are reached too), Enter opens the card. Where bubbles
 * overlap, a click lists all of them. The table shows the same figures as rows, for a screen reader or a reader.
 */
export function MatrixScreen() {
  const board = useBoardStore((s) => s.board)!;
  const filters = useBoardStore((s) => s.filters);
  const view = useBoardStore((s) => s.matrixView);
  const [asTable, setAsTable] = useState(false);
  // Kept here, not in the chart: the zoom buttons sit in the toolbar, clear of the chart at any width.
  const [zoom, setZoom] = useState<MatrixZoom>(WHOLE_MATRIX);
  const cards = useMemo(() => shownInitiatives(board, filters), [board, filters]);
  const data = useMemo(() => matrixData(board, cards, view), [board, cards, view]);
  const locale = board.workshop.locale;

  return (
    <section className="matrix-screen" aria-labelledby="matrix-heading">
      <div className="matrix-toolbar">
        <h2 id="matrix-heading" className="matrix-heading">
          Value against readiness
        </h2>
        <MatrixOptions view={view} />
        {asTable ? null : <ZoomButtons zoom={zoom} setZoom={setZoom} />}
        <button
          type="button"
          className="button small"
          aria-pressed={asTable}
          onClick={() => setAsTable((shown) => !shown)}
        >
          Show as table
        </button>
      </div>
      <div className="matrix-summary-row">
        <p className="matrix-summary" role="status">
          {summaryText(data, cards.length, board.initiatives.length, locale)}
        </p>
        <MatrixLegend board={board} data={data} />
      </div>
      <div className="matrix-body">
        {asTable ? (
          <MatrixTable board={board} data={data} />
        ) : (
          <MatrixChart board={board} data={data} zoom={zoom} setZoom={setZoom} />
        )}
        <LeftOutList board={board} data={data} />
      </div>
    </section>
  );
}

function summaryText(data: MatrixData, shown: number, total: number, locale?: string): string {
  const placed = counted(data.points.length, 'initiative', 'initiatives', locale);
  const of =
    shown === total ? '' : ` (${formatBoardNumber(shown, locale)} shown of ${formatBoardNumber(total, locale)})`;
  const beside = data.leftOut.length ? `; ${formatBoardNumber(data.leftOut.length, locale)} listed beside` : '';
  return `${placed} placed${of}${beside}.`;
}

/** What the colours and outlines mean: the stages shown, and an outline for a card with no size known. */
function MatrixLegend({ board, data }: { board: BoardDocument; data: MatrixData }) {
  const outlines = data.points.some((p) => p.size === undefined);
  return (
    <ul className="matrix-legend" aria-label="Legend">
      {matrixStages(board).map((stage) => (
        <li key={stage.id}>
          <span className="matrix-swatch" style={{ background: STAGE_COLORS[stage.id] }} aria-hidden="true" />
          {stage.label}
        </li>
      ))}
      {outlines ? (
        <li>
          <span className="matrix-swatch outline" aria-hidden="true" />
          No cost estimate
        </li>
      ) : null}
    </ul>
  );
}

function MatrixOptions({ view }: { view: MatrixView }) {
  const setView = useBoardStore((s) => s.setMatrixView);
  return (
    <>
      <ToggleGroup
        name="Readiness on the horizontal axis"
        caption="Readiness"
        dataKey="matrix-readiness"
        value={view.readiness}
        options={MATRIX_READINESS.map((readiness) => ({
          value: readiness,
          label: readiness === 'mean' ? 'Mean' : 'Weakest',
          hint: MATRIX_READINESS_LABELS[readiness].toLowerCase(),
        }))}
        onChange={(readiness) => setView({ ...view, readiness })}
      />
      <ToggleGroup
        name="Bubble size"
        caption="Size"
        dataKey="matrix-size"
        value={view.size}
        options={MATRIX_SIZES.map((size) => ({ value: size, label: MATRIX_SIZE_LABELS[size] }))}
        onChange={(size) => setView({ ...view, size })}
      />
    </>
  );
}

/** A bubble's figures in words: its label for a screen reader, and the tooltip. */
function describePoint(point: MatrixPoint, data: MatrixData, board: BoardDocument): string {
  const locale = board.workshop.locale;
  const one = (n: number) => formatBoardNumber(n, locale, 1);
  const size =
    data.view.size === 'votes'
      ? counted(point.size ?? 0, 'vote', 'votes', locale)
      : point.size === undefined
        ? 'no cost estimate'
        : `cost ${formatAmount(point.size, data.currency, locale, true)}`;
  const quadrant = QUADRANT_LABELS[point.quadrant];
  return [
    point.ref ? `${point.ref} ${point.title}` : point.title,
    stageLabel(board.stages, point.stage),
    readinessWords(point, data.view, one),
    `value ${formatAmount(point.value, data.currency, locale, true)}`,
    size,
    `${quadrant.name}: ${quadrant.advice.toLowerCase()}`,
  ].join(', ');
}

/** Zoom in and out about the middle of the part in view, or back to the whole chart. */
function ZoomButtons({ zoom, setZoom }: { zoom: MatrixZoom; setZoom: (zoom: MatrixZoom) => void }) {
  const button = (which: 'in' | 'out' | 'whole', label: string, next: MatrixZoom, disabled: boolean) => (
    <button
      type="button"
      className="button small"
      data-matrix-zoom={which}
      disabled={disabled}
      onClick={() => setZoom(next)}
    >
      {label}
    </button>
  );
  return (
    <div className="toggle-group" role="group" aria-label="Zoom">
      {button('in', 'Zoom in', zoomBy(zoom, ZOOM_STEP), zoom.k >= MAX_MATRIX_ZOOM)}
      {button('out', 'Zoom out', zoomBy(zoom, 1 / ZOOM_STEP), zoom.k <= 1)}
      {button('whole', 'Whole chart', WHOLE_MATRIX, zoom.k <= 1)}
    </div>
  );
}

function MatrixChart({
  board,
  data,
  zoom,
  setZoom,
}: {
  board: BoardDocument;
  data: MatrixData;
  zoom: MatrixZoom;
  setZoom: (zoom: MatrixZoom) => void;
}) {
  const selectedId = useBoardStore((s) => s.selectedId);
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const moving = useRef<SVGGElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [under, setUnder] = useState<{ x: number; y: number; ids: string[]; pinned: boolean } | null>(null);
  const pan = useRef<{ x: number; y: number; dx: number; dy: number; moved: boolean } | null>(null);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const scene = useMemo(
    () =>
      size && size.width > 0 && size.height > 0
        ? matrixLayout(data, {
            width: size.width,
            height: size.height,
            fontSize: FONT_SIZE,
            locale: board.workshop.locale,
            zoom,
          })
        : null,
    [data, size, zoom, board.workshop.locale],
  );
  const byId = useMemo(() => new Map(data.points.map((p) => [p.id, p])), [data.points]);
  // A bubble's words are made when asked for (the Tab stop, the tooltip), not 3,611 at a time.
  const labels = useMemo(() => {
    const made = new Map<string, string>();
    return {
      get: (id: string) => {
        let label = made.get(id);
        const point = byId.get(id);
        if (label === undefined && point) made.set(id, (label = describePoint(point, data, board)));
        return label;
      },
    };
  }, [byId, data, board]);
  const orders = useMemo(() => ({ x: matrixOrder(data.points, 'x'), y: matrixOrder(data.points, 'y') }), [data]);
  // The one Tab stop: the bubble last reached, or the first by readiness; kept when it is still on the chart.
  const tabStop = active && byId.has(active) ? active : (orders.x[0]?.id ?? null);

  // Every bubble, drawn as markup: the browser parses 3,611 circles several times faster than React creates them,
  // and hovering, panning and the arrow keys change no more than two of them (below), never the markup.
  // Whether focus is on a bubble: set when one takes it, cleared only when focus moves to something else, so that a
  // bubble removed with focus on it (its markup replaced) still counts.
  const bubbleFocused = useRef(false);
  const bubbles = useMemo(() => (scene ? matrixBubbles(scene.bubbles, { interactive: true }) : ''), [scene]);
  // The Tab stop is the one bubble that is a named button: the arrow keys bring focus, and with it the screen
  // reader, to each bubble in turn, and the table gives them all at once. The rest stay plain shapes, which keeps
  // 3,611 of them as cheap to draw as a picture.
  useLayoutEffect(() => {
    const layer = moving.current;
    if (!layer) return;
    const find = (id: string) => layer.querySelector(`circle[data-initiative-id="${CSS.escape(id)}"]`);
    for (const stop of layer.querySelectorAll('circle[tabindex="0"]')) {
      stop.setAttribute('tabindex', '-1');
      stop.removeAttribute('role');
      stop.removeAttribute('aria-label');
    }
    const stop = tabStop ? find(tabStop) : null;
    if (stop && tabStop) {
      stop.setAttribute('tabindex', '0');
      stop.setAttribute('role', 'button');
      stop.setAttribute('aria-label', labels.get(tabStop) ?? '');
    }
    for (const selected of layer.querySelectorAll('circle[data-selected]')) selected.removeAttribute('data-selected');
    if (selectedId) find(selectedId)?.setAttribute('data-selected', 'true');
    // New markup (a resize, a zoom, a pan) replaces the bubble that had focus: focus goes to its successor.
    if (bubbleFocused.current && stop && document.activeElement !== stop && !layer.contains(document.activeElement)) {
      const elsewhere = document.activeElement && document.activeElement !== document.body;
      if (!elsewhere) (stop as SVGElement).focus();
    }
  }, [bubbles, tabStop, selectedId, labels]);

  // Focus follows the arrow keys onto the bubble they reached, once it is drawn (it may have been panned to).
  const focusWanted = useRef<string | null>(null);
  useEffect(() => {
    const id = focusWanted.current;
    if (!id || !svg.current) return;
    const element = svg.current.querySelector<SVGCircleElement>(`circle[data-initiative-id="${CSS.escape(id)}"]`);
    if (element) {
      element.focus();
      focusWanted.current = null;
    }
  }, [scene, tabStop]);

  if (!data.points.length) {
    return (
      <div className="matrix-chart-box matrix-empty" ref={box}>
        <p>
          No initiative shown has a value estimate to place.
          {data.leftOut.length ? ' They are listed beside.' : ''}
        </p>
      </div>
    );
  }

  const focusBubble = (id: string) =>
    svg.current?.querySelector<SVGCircleElement>(`circle[data-initiative-id="${CSS.escape(id)}"]`)?.focus();

  const reach = (id: string) => {
    setActive(id);
    setUnder(null);
    focusWanted.current = id;
    const bubble = scene?.bubbles.find((b) => b.id === id);
    if (scene && bubble && !inView(scene, bubble)) setZoom(zoomOnto(scene, bubble));
  };

  const onKeyDown = (event: ReactKeyboardEvent<SVGSVGElement>) => {
    if (!scene) return;
    const current = tabStop;
    const walk = (order: MatrixPoint[], step: number) => {
      const index = order.findIndex((p) => p.id === current);
      const next = order[Math.min(order.length - 1, Math.max(0, index + step))];
      if (next) reach(next.id);
    };
    switch (event.key) {
      case 'ArrowRight':
        walk(orders.x, 1);
        break;
      case 'ArrowLeft':
        walk(orders.x, -1);
        break;
      case 'ArrowUp':
        walk(orders.y, 1);
        break;
      case 'ArrowDown':
        walk(orders.y, -1);
        break;
      case 'Home':
        if (orders.x[0]) reach(orders.x[0].id);
        break;
      case 'End':
        if (orders.x.at(-1)) reach(orders.x.at(-1)!.id);
        break;
      case 'Enter':
      case ' ':
        if (current) openCard(current);
        break;
      case '+':
      case '=':
        setZoom(zoomBy(zoom, ZOOM_STEP));
        break;
      case '-':
        setZoom(zoomBy(zoom, 1 / ZOOM_STEP));
        break;
      case '0':
        setZoom(WHOLE_MATRIX);
        break;
      case 'Escape':
        if (!under) return;
        setUnder(null);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const point = (event: { clientX: number; clientY: number }) => {
    const rect = svg.current!.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };

  const onPointerDown = (event: ReactPointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    const at = point(event);
    pan.current = { x: at.x, y: at.y, dx: 0, dy: 0, moved: false };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: ReactPointerEvent<SVGSVGElement>) => {
    const at = point(event);
    const drag = pan.current;
    if (drag && scene && scene.zoom.k > 1) {
      drag.dx = at.x - drag.x;
      drag.dy = at.y - drag.y;
      if (Math.abs(drag.dx) + Math.abs(drag.dy) > 3) drag.moved = true;
      // Panning moves one group: no bubble is re-laid out until the pointer is let go.
      moving.current?.setAttribute('transform', `translate(${drag.dx} ${drag.dy})`);
      return;
    }
    if (!scene || under?.pinned) return;
    const hits = bubblesAt(scene, at.x, at.y);
    if (!hits.length) {
      if (under) setUnder(null);
    } else if (!under || under.ids.join() !== hits.map((h) => h.id).join()) {
      setUnder({ x: at.x, y: at.y, ids: hits.map((h) => h.id), pinned: false });
    }
  };
  const onPointerUp = (event: ReactPointerEvent<SVGSVGElement>) => {
    const drag = pan.current;
    pan.current = null;
    if (!scene || !drag) return;
    if (drag.moved) {
      moving.current?.removeAttribute('transform');
      setZoom(pannedZoom(scene, drag.dx, drag.dy));
      return;
    }
    const at = point(event);
    const hits = bubblesAt(scene, at.x, at.y);
    if (hits.length === 1) {
      setActive(hits[0]!.id);
      setUnder(null);
      openCard(hits[0]!.id);
    } else if (hits.length > 1) setUnder({ x: at.x, y: at.y, ids: hits.map((h) => h.id), pinned: true });
    else setUnder(null);
  };
  // A pan the pointer never finished (the window lost it, say) ends where it is, not with the next mouse move.
  const cancelPan = () => {
    if (!pan.current) return;
    pan.current = null;
    moving.current?.removeAttribute('transform');
  };
  const onWheel = (event: React.WheelEvent<SVGSVGElement>) => {
    if (!scene || event.deltaY === 0) return;
    const at = point(event);
    setZoom(zoomedAt(scene, at.x, at.y, event.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP));
  };

  return (
    <div className="matrix-chart-box" ref={box}>
      {scene ? (
        <>
          <svg
            ref={svg}
            className="matrix-chart"
            width={scene.width}
            height={scene.height}
            role="group"
            aria-label={`Value against readiness: ${counted(data.points.length, 'initiative', 'initiatives', board.workshop.locale)}. Arrow keys move between them, Enter opens one.`}
            onKeyDown={onKeyDown}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={cancelPan}
            onLostPointerCapture={cancelPan}
            onPointerLeave={() => !under?.pinned && !pan.current && setUnder(null)}
            onWheel={onWheel}
            data-zoomed={scene.zoom.k > 1 || undefined}
          >
            <defs>
              <clipPath id="matrix-plot">
                <rect x={scene.plot.x} y={scene.plot.y} width={scene.plot.width} height={scene.plot.height} />
              </clipPath>
            </defs>
            {/* The quadrants' names lie under the bubbles: a card is never hidden by a label. */}
            <g
              aria-hidden="true"
              dangerouslySetInnerHTML={{ __html: matrixBackdrop(scene) + matrixQuadrantNames(scene) }}
            />
            <g clipPath="url(#matrix-plot)">
              {/* One focus listener for every bubble: a bubble focused by a click becomes the Tab stop. */}
              <g
                ref={moving}
                onFocus={(event) => {
                  const id = (event.target as Element).getAttribute('data-initiative-id');
                  bubbleFocused.current = true;
                  if (id) setActive(id);
                }}
                onBlur={(event) => {
                  if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget as Node)) {
                    bubbleFocused.current = false;
                  }
                }}
                dangerouslySetInnerHTML={{ __html: bubbles }}
              />
            </g>
          </svg>
          {under ? (
            <UnderPointer
              scene={scene}
              at={under}
              labels={labels}
              points={byId}
              board={board}
              onOpen={(id) => {
                // The bubble takes focus first, so that closing the editor brings it back there.
                focusBubble(id);
                setActive(id);
                setUnder(null);
                openCard(id);
              }}
              onClose={(returnFocus) => {
                setUnder(null);
                if (returnFocus && tabStop) focusBubble(tabStop);
              }}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}

/** What is under the pointer: one card's figures, or, where bubbles overlap, each of them to choose from. */
function UnderPointer({
  scene,
  at,
  labels,
  points,
  board,
  onOpen,
  onClose,
}: {
  scene: MatrixScene;
  at: { x: number; y: number; ids: string[]; pinned: boolean };
  labels: { get: (id: string) => string | undefined };
  points: Map<string, MatrixPoint>;
  board: BoardDocument;
  onOpen: (id: string) => void;
  /** Closed by Escape or its button (focus goes back to the chart), or by focus leaving it (focus stays put). */
  onClose: (returnFocus: boolean) => void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (at.pinned) first.current?.focus();
  }, [at.pinned]);
  // Beside the pointer, towards the middle of the chart, so that a long list never runs off its edge.
  const place: CSSProperties = {
    ...(at.x > scene.width / 2 ? { right: scene.width - at.x + 14 } : { left: at.x + 14 }),
    ...(at.y > scene.height / 2 ? { bottom: scene.height - at.y + 14 } : { top: at.y + 14 }),
  };
  const shown = at.ids.slice(0, 12);
  if (!at.pinned) {
    return (
      <div className="matrix-tooltip" style={place} aria-hidden="true">
        {at.ids.length > 1 ? (
          <p className="matrix-tooltip-count">
            {counted(at.ids.length, 'initiative', 'initiatives', board.workshop.locale)} here: click to choose
          </p>
        ) : null}
        <ul>
          {shown.map((id) => (
            <li key={id}>{labels.get(id)}</li>
          ))}
        </ul>
        {at.ids.length > shown.length ? <p>and {at.ids.length - shown.length} more</p> : null}
      </div>
    );
  }
  return (
    <div
      className="matrix-tooltip pinned"
      style={place}
      role="dialog"
      aria-label={`${counted(at.ids.length, 'initiative', 'initiatives', board.workshop.locale)} here`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose(true);
        }
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onClose(false);
      }}
    >
      <p className="matrix-tooltip-count">
        {counted(at.ids.length, 'initiative', 'initiatives', board.workshop.locale)} here
      </p>
      <ul className="matrix-choices">
        {at.ids.map((id, index) => (
          <li key={id}>
            <button
              ref={index === 0 ? first : undefined}
              type="button"
              className="matrix-link"
              title={labels.get(id)}
              onClick={() => onOpen(id)}
            >
              {points.get(id)?.title}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button small" onClick={() => onClose(true)}>
        Close
      </button>
    </div>
  );
}

/** The cards the chart cannot place, by reason, each a button that opens it. */
function LeftOutList({ board, data }: { board: BoardDocument; data: MatrixData }) {
  const locale = board.workshop.locale;
  if (!data.leftOut.length) return null;
  const reasons = (Object.keys(LEFT_OUT_REASONS) as (keyof typeof LEFT_OUT_REASONS)[]).filter((reason) =>
    data.leftOut.some((entry) => entry.reason === reason),
  );
  return (
    <aside className="matrix-left-out" aria-labelledby="matrix-left-out-heading">
      <h3 id="matrix-left-out-heading">Not placed ({formatBoardNumber(data.leftOut.length, locale)})</h3>
      {reasons.map((reason) => {
        const entries = data.leftOut.filter((entry) => entry.reason === reason);
        return (
          <details key={reason} open={entries.length <= 30}>
            <summary>
              {LEFT_OUT_REASONS[reason]} ({formatBoardNumber(entries.length, locale)})
            </summary>
            <LeftOutEntries
              entries={entries}
              describe={(entry) => leftOutText(entry, data.currency)}
              onOpen={openCard}
              board={board}
            />
          </details>
        );
      })}
    </aside>
  );
}

/** Rendered only while its group is open: a long list costs nothing until it is asked for. */
function LeftOutEntries({
  entries,
  describe,
  onOpen,
  board,
}: {
  entries: MatrixData['leftOut'];
  describe: (entry: MatrixData['leftOut'][number]) => string;
  onOpen: (id: string) => void;
  board: BoardDocument;
}) {
  return (
    <ul>
      {entries.map((entry) => (
        <li key={entry.id}>
          <button
            type="button"
            className="matrix-link"
            onClick={() => onOpen(entry.id)}
            title={`${describe(entry)} · ${stageLabel(board.stages, entry.stage)}`}
          >
            {entry.ref ? <span className="matrix-ref">{entry.ref}</span> : null}
            {entry.title}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The chart's figures as a table: every card placed, highest value first; those not placed stay listed beside. */
function MatrixTable({ board, data }: { board: BoardDocument; data: MatrixData }) {
  const locale = board.workshop.locale;
  const one = (n: number) => formatBoardNumber(n, locale, 1);
  const rows = useMemo(() => [...data.points].sort((a, b) => b.value - a.value), [data.points]);
  return (
    <div className="matrix-table-box">
      <table className="matrix-table">
        <caption>
          Value against readiness: {counted(rows.length, 'initiative', 'initiatives', locale)} placed, highest value
          first. Readiness is the {MATRIX_READINESS_LABELS[data.view.readiness].toLowerCase()}.
        </caption>
        <thead>
          <tr>
            <th scope="col">Initiative</th>
            <th scope="col">Stage</th>
            <th scope="col">Readiness</th>
            <th scope="col">Value{data.currency ? ` (${data.currency})` : ''}</th>
            <th scope="col">{MATRIX_SIZE_LABELS[data.view.size]}</th>
            <th scope="col">Quadrant</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((point) => (
            <tr key={point.id}>
              <th scope="row">
                <button type="button" className="matrix-link" onClick={() => openCard(point.id)}>
                  {point.ref ? <span className="matrix-ref">{point.ref}</span> : null}
                  {point.title}
                </button>
              </th>
              <td>{stageLabel(board.stages, point.stage)}</td>
              <td>{one(point.readiness)}</td>
              <td>{formatAmount(point.value, data.currency, locale, 'whole')}</td>
              <td>
                {point.size === undefined
                  ? '—'
                  : data.view.size === 'votes'
                    ? formatBoardNumber(point.size, locale)
                    : formatAmount(point.size, data.currency, locale, 'whole')}
              </td>
              <td>{QUADRANT_LABELS[point.quadrant].name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
