/**
 * The board as a PNG for slides: drawn on a canvas from the document, so it shows every column in full however
 * the window is scrolled. It takes the printout's layout decision (domain printPlan): cards while columns are
 * short, a compact row per card beyond that. Titles wrap whole. A board taller than a canvas can be says, in the
 * image and in the message, how many cards it leaves out.
 *
 * Not drawn with webContents.capturePage of the print view: capturePage takes only the window's visible area,
 * and a capture beyond it (CDP captureBeyondViewport) is bounded by the GPU's texture size (often 16,384 px),
 * which a 700-card board with long titles passes; a canvas goes to 32,767 px and knows what it leaves out.
 */
import type { BoardDocument, Initiative, ReadinessLevel, Regime } from '../../../domain';
import {
  boardRegimes,
  counted,
  daysInStage,
  formatBoardDate,
  formatBoardNumber,
  inStageText,
  FOUNDATION_IDS,
  FOUNDATIONS,
  governanceBadge,
  governanceBadgeText,
  portfolioHeadline,
  printPlan,
  RISK_TIER_LABELS,
} from '../../../domain';
import { LEVEL_COLORS, PALETTE, STAGE_COLORS } from '../../styles/palette';

const FONT = '"Segoe UI", "Helvetica Neue", "DejaVu Sans", Arial, sans-serif';
const GAP = 18;
/** Title, headline, legend and, when cards are left out, the line that says so. */
const HEADER_HEIGHT = 128;
const COLUMN_HEADING = 46;
/** Chromium's largest canvas side is 32,767 px; the image stays below it with room for the notes. */
const MAX_HEIGHT = 32_000;

interface Style {
  columnWidth: number;
  draw: (c: CanvasRenderingContext2D, card: Initiative, x: number, y: number, plan: CardPlan) => void;
  measure: (c: CanvasRenderingContext2D, card: Initiative) => CardPlan;
}
interface CardPlan {
  height: number;
  title: string[];
  /** What binds the card under the board's regimes ("EU high-risk · 2 of 7 practices open"), on a line of its own. */
  governance?: string;
}

/** The words of `text` in lines no wider than `width`; a word longer than a line is broken where it must be. */
export function wrapText(c: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (c.measureText(candidate).width <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (c.measureText(line).width > width && line.length > 1) {
      let end = line.length - 1;
      while (end > 1 && c.measureText(line.slice(0, end)).width > width) end -= 1;
      lines.push(line.slice(0, end));
      line = line.slice(end);
    }
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}

function fitOneLine(c: CanvasRenderingContext2D, text: string, width: number): string {
  if (c.measureText(text).width <= width) return text;
  let end = text.length;
  while (end > 0 && c.measureText(`${text.slice(0, end)}…`).width > width) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** A readiness chip with its label above its level, both centred, the label made smaller until it fits. */
function drawChip(c: CanvasRenderingContext2D, level: ReadinessLevel, label: string, x: number, y: number, w: number) {
  const { background, foreground } = LEVEL_COLORS[level];
  c.fillStyle = background;
  c.fillRect(x, y, w, 34);
  c.fillStyle = foreground;
  c.textAlign = 'center';
  let size = 12;
  c.font = `600 ${size}px ${FONT}`;
  while (size > 8 && c.measureText(label).width > w - 4) c.font = `600 ${(size -= 1)}px ${FONT}`;
  c.fillText(label, x + w / 2, y + 13);
  c.font = `700 15px ${FONT}`;
  c.fillText(String(level), x + w / 2, y + 30);
  c.textAlign = 'left';
}

const CARD: Style = {
  columnWidth: 360,
  measure(c, card) {
    c.font = `650 16px ${FONT}`;
    const title = wrapText(c, card.title, 360 - 16 - 20);
    const badge = governanceBadge(card, NOW.regimes);
    const governance = badge ? governanceBadgeText(badge) : undefined;
    return { title, governance, height: 12 + title.length * 21 + 22 + 42 + 22 + (governance ? 18 : 0) };
  },
  draw(c, card, x, y, plan) {
    const width = 360 - 16;
    c.fillStyle = PALETTE.surface;
    c.fillRect(x, y, width, plan.height);
    c.strokeStyle = PALETTE.cardLine;
    c.strokeRect(x + 0.5, y + 0.5, width - 1, plan.height - 1);
    c.fillStyle = PALETTE.text;
    c.font = `650 16px ${FONT}`;
    plan.title.forEach((line, i) => c.fillText(line, x + 10, y + 26 + i * 21));
    let top = y + 12 + plan.title.length * 21;
    c.fillStyle = PALETTE.muted;
    c.font = `13px ${FONT}`;
    c.fillText(
      fitOneLine(c, [card.owner, card.businessUnit].filter(Boolean).join(' · '), width - 20),
      x + 10,
      top + 14,
    );
    top += 22;
    const cell = (width - 20 - 5 * 4) / 6;
    FOUNDATION_IDS.forEach((f, i) =>
      drawChip(c, card.readiness[f], FOUNDATIONS[f].short, x + 10 + i * (cell + 4), top, cell),
    );
    if (plan.governance) {
      c.fillStyle = PALETTE.text;
      c.font = `700 12px ${FONT}`;
      c.fillText(fitOneLine(c, plan.governance, width - 20), x + 10, top + 56);
      top += 18;
    }
    c.fillStyle = PALETTE.muted;
    c.font = `12px ${FONT}`;
    c.fillText(
      `Risk: ${RISK_TIER_LABELS[card.riskTier]} · ${inStageText(daysInStage(card, NOW.value), NOW.locale)}`,
      x + 10,
      top + 56,
    );
  },
};

/** The pitch of a compact row's readiness squares, wide enough for the labels above them. */
const SQUARE = 30;

/** A compact row per card for large boards: the whole title, then six small squares of readiness. */
const ROW: Style = {
  columnWidth: 520,
  measure(c, card) {
    c.font = `600 13px ${FONT}`;
    const title = wrapText(c, card.title, 520 - 16 - 16 - 6 * SQUARE);
    return { title, height: Math.max(title.length * 17, 22) + 8 };
  },
  draw(c, card, x, y, plan) {
    const width = 520 - 16;
    c.fillStyle = PALETTE.surface;
    c.fillRect(x, y, width, plan.height - 2);
    c.fillStyle = PALETTE.text;
    c.font = `600 13px ${FONT}`;
    plan.title.forEach((line, i) => c.fillText(line, x + 8, y + 16 + i * 17));
    FOUNDATION_IDS.forEach((f, i) => {
      const level = card.readiness[f];
      const cx = x + width - 6 * SQUARE + i * SQUARE;
      c.fillStyle = LEVEL_COLORS[level].background;
      c.fillRect(cx, y + 3, SQUARE - 2, 20);
      c.fillStyle = LEVEL_COLORS[level].foreground;
      c.font = `700 13px ${FONT}`;
      c.textAlign = 'center';
      c.fillText(String(level), cx + (SQUARE - 2) / 2, y + 18);
      c.textAlign = 'left';
    });
  },
};

/** The export's clock, for days in stage, and the board's locale and regimes, set per drawing. */
const NOW = { value: '', locale: undefined as string | undefined, regimes: [] as readonly Regime[] };

export interface BoardImage {
  /** Cards on the board's visible columns that the image could not hold. */
  omitted: number;
}

/** Draws the board on `canvas`, every card of every visible column unless the image would be too tall. */
export function drawBoard(canvas: HTMLCanvasElement, board: BoardDocument, now: string): BoardImage {
  NOW.value = now;
  const locale = board.workshop.locale;
  NOW.locale = locale;
  NOW.regimes = boardRegimes(board);
  const plan = printPlan(board);
  const style = plan.layout === 'cards' ? CARD : ROW;
  const gap = plan.layout === 'cards' ? 10 : 2;
  const measuring = canvas.getContext('2d');
  if (!measuring) throw new Error('This window cannot draw images');
  // Each column's cards, as many as the tallest image holds; the rest are counted, and said.
  const columns = plan.stages.map(({ stage, cards }) => {
    const placed: { card: Initiative; plan: CardPlan; y: number }[] = [];
    let y = HEADER_HEIGHT + COLUMN_HEADING;
    for (const card of cards) {
      const cardPlan = style.measure(measuring, card);
      if (y + cardPlan.height + 40 > MAX_HEIGHT) break;
      placed.push({ card, plan: cardPlan, y });
      y += cardPlan.height + gap;
    }
    return { stage, cards, placed, bottom: y, left: cards.length - placed.length };
  });
  const omitted = columns.reduce((sum, column) => sum + column.left, 0);
  const width = Math.max(900, GAP + columns.length * (style.columnWidth + GAP));
  const height =
    Math.max(...columns.map((column) => column.bottom + (column.left ? 40 : 0)), HEADER_HEIGHT + 120) + GAP;
  canvas.width = width;
  canvas.height = height;
  const c = canvas.getContext('2d')!;
  c.fillStyle = PALETTE.bg;
  c.fillRect(0, 0, width, height);
  c.fillStyle = PALETTE.text;
  c.font = `700 30px ${FONT}`;
  c.fillText(fitOneLine(c, board.title, width - 2 * GAP), GAP, 44);
  c.font = `16px ${FONT}`;
  c.fillStyle = PALETTE.muted;
  const legend = `readiness 0 (not started) to 4 (scaled): ${FOUNDATION_IDS.map((f) => `${FOUNDATIONS[f].short} ${FOUNDATIONS[f].label}`).join(', ')}`;
  c.fillText(
    fitOneLine(c, `${formatBoardDate(now, locale)} · ${portfolioHeadline(board).text}`, width - 2 * GAP),
    GAP,
    70,
  );
  c.fillText(fitOneLine(c, legend, width - 2 * GAP), GAP, 92);
  if (omitted) {
    c.fillStyle = PALETTE.bad;
    c.font = `700 16px ${FONT}`;
    const note = `${counted(omitted, 'card', 'cards', locale)} not shown in this image: it would be too tall. The PDF and the workbook list every card.`;
    c.fillText(fitOneLine(c, note, width - 2 * GAP), GAP, 118);
  }

  columns.forEach((column, index) => {
    const x = GAP + index * (style.columnWidth + GAP);
    c.fillStyle = PALETTE.columnBg;
    c.fillRect(x, HEADER_HEIGHT + 4, style.columnWidth, height - HEADER_HEIGHT - 4 - GAP);
    c.fillStyle = STAGE_COLORS[column.stage.id];
    c.fillRect(x, HEADER_HEIGHT + 4, style.columnWidth, 6);
    c.fillStyle = PALETTE.text;
    c.font = `700 20px ${FONT}`;
    c.fillText(`${column.stage.label} (${formatBoardNumber(column.cards.length, locale)})`, x + 12, HEADER_HEIGHT + 34);
    if (style === ROW) {
      // The squares' foundations, once above the column, as the table's column headings.
      c.fillStyle = PALETTE.muted;
      c.font = `600 10px ${FONT}`;
      c.textAlign = 'center';
      FOUNDATION_IDS.forEach((f, i) =>
        c.fillText(
          FOUNDATIONS[f].short,
          x + 8 + (ROW.columnWidth - 16) - 6 * SQUARE + i * SQUARE + (SQUARE - 2) / 2,
          HEADER_HEIGHT + 40,
        ),
      );
      c.textAlign = 'left';
    }
    for (const { card, plan: cardPlan, y } of column.placed) style.draw(c, card, x + 8, y, cardPlan);
    if (column.left) {
      c.fillStyle = PALETTE.bad;
      c.font = `700 16px ${FONT}`;
      c.fillText(`+ ${formatBoardNumber(column.left, locale)} more not shown`, x + 12, column.bottom + 24);
    }
  });
  return { omitted };
}

/** The board as PNG bytes, base64-encoded for the trip to main, and how many cards it could not hold. */
export async function boardPng(board: BoardDocument, now: string): Promise<{ base64: string; omitted: number }> {
  const canvas = document.createElement('canvas');
  const { omitted } = drawBoard(canvas, board, now);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The board image could not be made');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { base64: btoa(binary), omitted };
}
