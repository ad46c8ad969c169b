/**
 * The matrix as SVG text, from the one layout (domain/matrix-layout.ts): the backdrop the interactive view puts
 * behind its bubbles, and the whole picture the exports, the brief and the projector draw. No DOM: the same text
 * is written to a .svg file, turned into the PNG, and unit-tested.
 */
import type { MatrixBubble, MatrixScene, QuadrantId, StageId } from '../../../domain';
import { PALETTE, STAGE_COLORS } from '../../styles/palette';

export const MATRIX_FONT = '"Segoe UI", "Helvetica Neue", "DejaVu Sans", Arial, sans-serif';

const QUADRANT_FILLS: Record<QuadrantId, string> = {
  'fix-foundations': PALETTE.matrixFix,
  scale: PALETTE.matrixScale,
  question: PALETTE.matrixQuestion,
  park: PALETTE.matrixPark,
};

/** Text for SVG: the five characters XML reserves, escaped. */
export function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const n = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** Quadrants, grid, split lines, ticks and axis titles: everything but the bubbles. */
export function matrixBackdrop(scene: MatrixScene): string {
  const { plot, fontSize: f } = scene;
  const parts: string[] = [];
  for (const q of scene.quadrants) {
    parts.push(
      `<rect x="${n(q.x)}" y="${n(q.y)}" width="${n(q.width)}" height="${n(q.height)}" fill="${QUADRANT_FILLS[q.id]}"/>`,
    );
  }
  const right = plot.x + plot.width;
  const bottom = plot.y + plot.height;
  for (const tick of scene.yTicks) {
    parts.push(
      `<line x1="${n(plot.x)}" x2="${n(right)}" y1="${n(tick.at)}" y2="${n(tick.at)}" stroke="${PALETTE.cardLine}"/>`,
      `<text x="${n(plot.x - f * 0.5)}" y="${n(tick.at + f * 0.35)}" text-anchor="end" font-size="${n(f)}" fill="${PALETTE.muted}">${xml(tick.label)}</text>`,
    );
  }
  for (const tick of scene.xTicks) {
    parts.push(
      `<line x1="${n(tick.at)}" x2="${n(tick.at)}" y1="${n(plot.y)}" y2="${n(bottom)}" stroke="${PALETTE.cardLine}"/>`,
      `<text x="${n(tick.at)}" y="${n(bottom + f * 1.4)}" text-anchor="middle" font-size="${n(f)}" fill="${PALETTE.muted}">${xml(tick.label)}</text>`,
    );
  }
  const split = `stroke="${PALETTE.muted}" stroke-width="1.5" stroke-dasharray="6 4"`;
  if (scene.splitX !== null)
    parts.push(`<line x1="${n(scene.splitX)}" x2="${n(scene.splitX)}" y1="${n(plot.y)}" y2="${n(bottom)}" ${split}/>`);
  if (scene.splitY !== null)
    parts.push(`<line x1="${n(plot.x)}" x2="${n(right)}" y1="${n(scene.splitY)}" y2="${n(scene.splitY)}" ${split}/>`);
  parts.push(
    `<rect x="${n(plot.x)}" y="${n(plot.y)}" width="${n(plot.width)}" height="${n(plot.height)}" fill="none" stroke="${PALETTE.muted}"/>`,
    `<text x="${n(plot.x + plot.width / 2)}" y="${n(bottom + f * 2.9)}" text-anchor="middle" font-size="${n(f)}" font-weight="600" fill="${PALETTE.text}">${xml(scene.xTitle)}</text>`,
    `<text transform="translate(${n(f * 1.2)} ${n(plot.y + plot.height / 2)}) rotate(-90)" text-anchor="middle" font-size="${n(f)}" font-weight="600" fill="${PALETTE.text}">${xml(scene.yTitle)}</text>`,
  );
  return parts.join('');
}

/** Each quadrant's name and advice, in its outer corner: drawn over the bubbles so that it stays readable. */
export function matrixQuadrantNames(scene: MatrixScene, counts = true): string {
  const f = scene.fontSize;
  return scene.quadrants
    .map((q) => {
      const count = counts ? ` (${q.count})` : '';
      const halo = `paint-order="stroke" stroke="${PALETTE.surface}" stroke-width="${n(f * 0.3)}" stroke-linejoin="round"`;
      return (
        `<text x="${n(q.labelX)}" y="${n(q.labelY)}" text-anchor="${q.anchor}" font-size="${n(f * 1.05)}" font-weight="700" fill="${PALETTE.text}" ${halo}>${xml(q.name + count)}</text>` +
        `<text x="${n(q.labelX)}" y="${n(q.labelY + f * 1.25)}" text-anchor="${q.anchor}" font-size="${n(f * 0.95)}" fill="${PALETTE.muted}" ${halo}>${xml(q.advice)}</text>`
      );
    })
    .join('');
}

/** A bubble's paint: the stage's colour, filled; an outline when its size is not known. */
export function bubblePaint(bubble: Pick<MatrixBubble, 'stage' | 'outline'>): {
  fill: string;
  stroke: string;
  fillOpacity: number;
  strokeWidth: number;
} {
  const colour = STAGE_COLORS[bubble.stage];
  return bubble.outline
    ? { fill: PALETTE.surface, stroke: colour, fillOpacity: 0.6, strokeWidth: 2.5 }
    : { fill: colour, stroke: PALETTE.surface, fillOpacity: 0.78, strokeWidth: 1 };
}

/**
 * The bubbles, largest first. For the interactive view each also carries its card's id and can take focus (not in
 * the Tab order: the view makes one of them its Tab stop, and names it).
 */
export function matrixBubbles(
  bubbles: readonly MatrixBubble[],
  options: { interactive?: boolean; titles?: ReadonlyMap<string, string> } = {},
): string {
  return bubbles
    .map((b) => {
      const paint = bubblePaint(b);
      const handle = options.interactive
        ? ` class="matrix-bubble" data-initiative-id="${xml(b.id)}" tabindex="-1"`
        : '';
      const shape = `<circle${handle} cx="${n(b.cx)}" cy="${n(b.cy)}" r="${n(b.r)}" fill="${paint.fill}" fill-opacity="${paint.fillOpacity}" stroke="${paint.stroke}" stroke-width="${paint.strokeWidth}"`;
      // In a file, each bubble names its card: a viewer shows it on hover, a screen reader reads it.
      const title = options.titles?.get(b.id);
      return title === undefined ? `${shape}/>` : `${shape}><title>${xml(title)}</title></circle>`;
    })
    .join('');
}

export interface MatrixPicture {
  scene: MatrixScene;
  /** Above the chart: the board's title, and a line saying what is drawn. */
  title: string;
  subtitle: string;
  /** Below the chart: the legend and the cards listed beside it, as lines of text. */
  notes: string[];
  stages: { id: StageId; label: string }[];
  /** Each card's name by id, written into the file with its bubble. */
  titles?: ReadonlyMap<string, string>;
}

/** The header and footer bands a picture adds around its scene, in type sizes. */
export const PICTURE_HEADER = 4;
export const pictureFooter = (notes: number) => 2.4 + notes * 1.5;

/**
 * A whole picture: title, chart, stage legend and notes, as a standalone SVG document. Without its `header`, the
 * title and subtitle are left to the page around it (the brief's heading, the projector's caption).
 */
export function matrixSvg(picture: MatrixPicture, { header = true }: { header?: boolean } = {}): string {
  const { scene, stages, notes } = picture;
  const f = scene.fontSize;
  const top = header ? f * PICTURE_HEADER : 0;
  const width = scene.width;
  const height = top + scene.height + f * pictureFooter(notes.length);
  const legendY = top + scene.height + f * 1.4;
  let x = scene.plot.x;
  const legend = stages
    .map((stage) => {
      const item =
        `<circle cx="${n(x + f * 0.5)}" cy="${n(legendY - f * 0.35)}" r="${n(f * 0.45)}" fill="${STAGE_COLORS[stage.id]}"/>` +
        `<text x="${n(x + f * 1.2)}" y="${n(legendY)}" font-size="${n(f)}" fill="${PALETTE.text}">${xml(stage.label)}</text>`;
      x += f * (2 + stage.label.length * 0.62);
      return item;
    })
    .join('');
  const lines = notes
    .map(
      (line, i) =>
        `<text x="${n(scene.plot.x)}" y="${n(legendY + f * 1.6 + i * f * 1.5)}" font-size="${n(f)}" fill="${PALETTE.muted}">${xml(line)}</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family='${MATRIX_FONT}'>` +
    `<rect width="100%" height="100%" fill="${PALETTE.surface}"/>` +
    (header
      ? `<text x="${n(scene.plot.x)}" y="${n(f * 1.7)}" font-size="${n(f * 1.5)}" font-weight="700" fill="${PALETTE.text}">${xml(picture.title)}</text>` +
        `<text x="${n(scene.plot.x)}" y="${n(f * 3.2)}" font-size="${n(f)}" fill="${PALETTE.muted}">${xml(picture.subtitle)}</text>`
      : '') +
    `<g transform="translate(0 ${n(top)})">${matrixBackdrop(scene)}${matrixQuadrantNames(scene)}${matrixBubbles(scene.bubbles, { titles: picture.titles })}</g>` +
    legend +
    lines +
    `</svg>`
  );
}
