/**
 * The value × readiness matrix in pixels: axes, ticks, quadrants and a bubble per card, for a given size and zoom.
 * Pure, so the interactive view, the projector, the PNG and SVG exports and the brief draw one layout. Scales come
 * from d3-scale (linear and log, with its "nice" domains and ticks).
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import type { StageId } from './stages';
import { formatAmount, formatBoardNumber } from './board-locale';
import type { MatrixData, QuadrantId } from './matrix';
import { MATRIX_READINESS_LABELS, QUADRANT_LABELS, QUADRANTS, READY_FROM } from './matrix';

/** What part of the whole chart is in view: `k` times magnified about the point (fx, fy), each 0 to 1. */
export interface MatrixZoom {
  k: number;
  fx: number;
  fy: number;
}
export const WHOLE_MATRIX: MatrixZoom = { k: 1, fx: 0.5, fy: 0.5 };
export const MAX_MATRIX_ZOOM = 16;

export interface MatrixFrame {
  width: number;
  height: number;
  /** The type size of ticks and labels; bubbles and margins follow it. */
  fontSize: number;
  locale?: string;
  zoom?: MatrixZoom;
}

export interface MatrixTick {
  at: number;
  label: string;
}

export interface MatrixBubble {
  id: string;
  cx: number;
  cy: number;
  r: number;
  stage: StageId;
  /** No size known (no cost estimate): drawn as an outline at the smallest size. */
  outline: boolean;
}

export interface MatrixQuadrantBox {
  id: QuadrantId;
  name: string;
  advice: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where its name goes: the corner away from the split lines. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
  count: number;
}

export interface MatrixScene {
  width: number;
  height: number;
  fontSize: number;
  plot: { x: number; y: number; width: number; height: number };
  xTicks: MatrixTick[];
  yTicks: MatrixTick[];
  xTitle: string;
  yTitle: string;
  /** The split lines, in pixels; null when outside the part in view. */
  splitX: number | null;
  splitY: number | null;
  quadrants: MatrixQuadrantBox[];
  bubbles: MatrixBubble[];
  zoom: MatrixZoom;
}

/** The whole domain of each axis, before zooming. */
function fullDomains(data: MatrixData): { x: [number, number]; y: [number, number] } {
  const [low, high] = data.valueRange;
  const x: [number, number] = [-0.25, 4.25];
  if (data.scale === 'log') {
    const y = scaleLog()
      .domain([low / 1.6, high * 1.6])
      .nice()
      .domain() as [number, number];
    return { x, y };
  }
  const top = high > 0 ? high * 1.08 : 1;
  const bottom = Math.min(0, low * 1.08);
  return {
    x,
    y: scaleLinear()
      .domain([bottom, top === bottom ? bottom + 1 : top])
      .nice()
      .domain() as [number, number],
  };
}

/** Keeps a zoom within the chart: the view never shows beyond its edges. */
export function clampZoom(zoom: MatrixZoom): MatrixZoom {
  const k = Math.min(MAX_MATRIX_ZOOM, Math.max(1, zoom.k));
  const half = 0.5 / k;
  const clamp = (f: number) => Math.min(1 - half, Math.max(half, f));
  return { k, fx: clamp(zoom.fx), fy: clamp(zoom.fy) };
}

/** Powers of ten in the domain, with 2 and 5 between them when it spans fewer than three. */
function logTicks(min: number, max: number): number[] {
  const first = Math.ceil(Math.log10(min) - 1e-9);
  const last = Math.floor(Math.log10(max) + 1e-9);
  const steps = last - first < 2 ? [1, 2, 5] : [1];
  const ticks: number[] = [];
  for (let e = first - 1; e <= last; e += 1) {
    for (const m of steps) {
      const v = m * 10 ** e;
      if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9)) ticks.push(v);
    }
  }
  return ticks;
}

/** How far apart bubbles at the same point are spread: along a spiral, a little more than a small bubble each. */
function spread(bubbles: MatrixBubble[], step: number): void {
  const at = new Map<string, MatrixBubble[]>();
  for (const bubble of bubbles) {
    const key = `${Math.round(bubble.cx)},${Math.round(bubble.cy)}`;
    const group = at.get(key);
    if (group) group.push(bubble);
    else at.set(key, [bubble]);
  }
  for (const group of at.values()) {
    group.forEach((bubble, k) => {
      if (k === 0) return;
      // The golden angle: each next bubble lands in the largest gap left, never on top of one placed.
      const angle = k * 2.399963;
      const distance = step * Math.sqrt(k);
      bubble.cx += Math.cos(angle) * distance;
      bubble.cy += Math.sin(angle) * distance;
    });
  }
}

export function matrixLayout(data: MatrixData, frame: MatrixFrame): MatrixScene {
  const { width, height, fontSize, locale } = frame;
  const zoom = clampZoom(frame.zoom ?? WHOLE_MATRIX);
  const margin = { left: fontSize * 5.5, right: fontSize, top: fontSize, bottom: fontSize * 3.6 };
  const plot = {
    x: margin.left,
    y: margin.top,
    width: Math.max(40, width - margin.left - margin.right),
    height: Math.max(40, height - margin.top - margin.bottom),
  };
  const full = fullDomains(data);
  // Fractions of the whole chart (0 to 1) to data, on each axis's own scale: zooming a log axis zooms decades.
  const xWhole = scaleLinear().domain([0, 1]).range(full.x);
  const yWhole = (data.scale === 'log' ? scaleLog() : scaleLinear()).domain(full.y).range([0, 1]);
  const half = 0.5 / zoom.k;
  const xDomain: [number, number] = [xWhole(zoom.fx - half), xWhole(zoom.fx + half)];
  const yDomain: [number, number] = [yWhole.invert(zoom.fy - half), yWhole.invert(zoom.fy + half)];
  const x = scaleLinear()
    .domain(xDomain)
    .range([plot.x, plot.x + plot.width]);
  const y = (data.scale === 'log' ? scaleLog() : scaleLinear()).domain(yDomain).range([plot.y + plot.height, plot.y]);

  const xTicks = [0, 1, 2, 3, 4]
    .filter((level) => level >= xDomain[0] && level <= xDomain[1])
    .map((level) => ({ at: x(level), label: formatBoardNumber(level, locale) }));
  const yValues = data.scale === 'log' ? logTicks(yDomain[0], yDomain[1]) : scaleLinear().domain(yDomain).ticks(6);
  const yTicks = yValues.map((v) => ({ at: y(v), label: formatAmount(v, data.currency, locale, true) }));

  const inX = (px: number) => (px >= plot.x && px <= plot.x + plot.width ? px : null);
  const inY = (px: number) => (px >= plot.y && px <= plot.y + plot.height ? px : null);
  const splitX = inX(x(READY_FROM));
  const hasValues = data.points.length > 0;
  const splitY = hasValues ? inY(y(data.valueSplit)) : null;

  // Quadrants, clipped to the part in view; each is named in its outer corner.
  const sx = Math.min(plot.x + plot.width, Math.max(plot.x, x(READY_FROM)));
  const sy = hasValues ? Math.min(plot.y + plot.height, Math.max(plot.y, y(data.valueSplit))) : plot.y + plot.height;
  const pad = fontSize * 0.6;
  const boxes: Record<QuadrantId, Omit<MatrixQuadrantBox, 'id' | 'name' | 'advice' | 'count'>> = {
    'fix-foundations': {
      x: plot.x,
      y: plot.y,
      width: sx - plot.x,
      height: sy - plot.y,
      labelX: plot.x + pad,
      labelY: plot.y + pad + fontSize,
      anchor: 'start',
    },
    scale: {
      x: sx,
      y: plot.y,
      width: plot.x + plot.width - sx,
      height: sy - plot.y,
      labelX: plot.x + plot.width - pad,
      labelY: plot.y + pad + fontSize,
      anchor: 'end',
    },
    question: {
      x: sx,
      y: sy,
      width: plot.x + plot.width - sx,
      height: plot.y + plot.height - sy,
      labelX: plot.x + plot.width - pad,
      labelY: plot.y + plot.height - pad - fontSize * 1.2,
      anchor: 'end',
    },
    park: {
      x: plot.x,
      y: sy,
      width: sx - plot.x,
      height: plot.y + plot.height - sy,
      labelX: plot.x + pad,
      labelY: plot.y + plot.height - pad - fontSize * 1.2,
      anchor: 'start',
    },
  };
  const quadrants = QUADRANTS.map((id) => ({
    id,
    ...QUADRANT_LABELS[id],
    ...boxes[id],
    count: data.quadrants[id].length,
  })).filter((q) => hasValues && q.width > fontSize * 4 && q.height > fontSize * 2.5);

  const smallest = fontSize * 0.42;
  const largest = Math.max(smallest * 1.5, Math.min(plot.width, plot.height) * 0.055);
  const bubbles = data.points.map((point): MatrixBubble => ({
    id: point.id,
    cx: x(point.readiness),
    cy: y(point.value),
    r:
      point.size === undefined || data.largestSize === 0
        ? smallest
        : smallest + (largest - smallest) * Math.sqrt(Math.max(0, point.size) / data.largestSize),
    stage: point.stage,
    outline: point.size === undefined,
  }));
  spread(bubbles, smallest * 1.15);
  // The largest drawn first, so a small bubble is never hidden under a large one.
  bubbles.sort((a, b) => b.r - a.r);

  const currency = data.currency ? `, ${data.currency}` : '';
  return {
    width,
    height,
    fontSize,
    plot,
    xTicks,
    yTicks,
    xTitle: `Readiness: ${MATRIX_READINESS_LABELS[data.view.readiness].toLowerCase()} (0 to 4)`,
    yTitle: `Value estimate${currency}${data.scale === 'log' ? ', log scale' : ''}`,
    splitX,
    splitY,
    quadrants,
    bubbles,
    zoom,
  };
}

/** Every bubble under a point (within `slop` pixels of its edge), the topmost first: what a click may mean. */
export function bubblesAt(scene: MatrixScene, px: number, py: number, slop = 2): MatrixBubble[] {
  const hits: MatrixBubble[] = [];
  for (let i = scene.bubbles.length - 1; i >= 0; i -= 1) {
    const b = scene.bubbles[i]!;
    const dx = b.cx - px;
    const dy = b.cy - py;
    const reach = b.r + slop;
    if (dx * dx + dy * dy <= reach * reach) hits.push(b);
  }
  return hits;
}

/** The zoom after dragging the chart by (dx, dy) pixels: what was under the pointer stays under it. */
export function pannedZoom(scene: MatrixScene, dx: number, dy: number): MatrixZoom {
  const { zoom, plot } = scene;
  return clampZoom({
    k: zoom.k,
    fx: zoom.fx - dx / plot.width / zoom.k,
    fy: zoom.fy + dy / plot.height / zoom.k,
  });
}

/** The zoom after magnifying `factor` times about the pixel (px, py), which stays where it is. */
export function zoomedAt(scene: MatrixScene, px: number, py: number, factor: number): MatrixZoom {
  const { zoom, plot } = scene;
  const k = Math.min(MAX_MATRIX_ZOOM, Math.max(1, zoom.k * factor));
  const across = Math.min(1, Math.max(0, (px - plot.x) / plot.width));
  const up = Math.min(1, Math.max(0, (plot.y + plot.height - py) / plot.height));
  const fx = zoom.fx - 0.5 / zoom.k + across / zoom.k;
  const fy = zoom.fy - 0.5 / zoom.k + up / zoom.k;
  return clampZoom({ k, fx: fx + 0.5 / k - across / k, fy: fy + 0.5 / k - up / k });
}

/** Whether a bubble's centre is in the part of the chart in view. */
export function inView(scene: MatrixScene, bubble: MatrixBubble): boolean {
  const { plot } = scene;
  return (
    bubble.cx >= plot.x && bubble.cx <= plot.x + plot.width && bubble.cy >= plot.y && bubble.cy <= plot.y + plot.height
  );
}

/** The zoom that brings a bubble into view at the same magnification: centred on it. */
export function zoomOnto(scene: MatrixScene, bubble: MatrixBubble): MatrixZoom {
  const { plot } = scene;
  return pannedZoom(scene, plot.x + plot.width / 2 - bubble.cx, plot.y + plot.height / 2 - bubble.cy);
}

/** Magnified `factor` times about the middle of the part in view: the buttons and the + and − keys. */
export function zoomBy(zoom: MatrixZoom, factor: number): MatrixZoom {
  return clampZoom({ ...zoom, k: zoom.k * factor });
}
