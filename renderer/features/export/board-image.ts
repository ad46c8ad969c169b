/**
 * The board as a PNG for slides: drawn on a canvas from the document, so it shows every column in full however
 * the window is scrolled. A very long column shows its first cards and says how many more there are.
 */
import type { BoardDocument, Initiative } from '../../../domain';
import {
  columns,
  daysInStage,
  FOUNDATION_IDS,
  inStageText,
  FOUNDATIONS,
  RISK_TIER_LABELS,
  visibleStages,
} from '../../../domain';
import { LEVEL_COLORS, PALETTE, STAGE_COLORS } from '../../styles/palette';

const COLUMN_WIDTH = 340;
const GAP = 18;
const CARD_HEIGHT = 104;
const HEADER_HEIGHT = 120;
const MAX_CARDS_PER_COLUMN = 40;
const FONT = '"Segoe UI", "Helvetica Neue", "DejaVu Sans", Arial, sans-serif';

function fit(context: CanvasRenderingContext2D, text: string, width: number): string {
  if (context.measureText(text).width <= width) return text;
  let end = text.length;
  while (end > 0 && context.measureText(`${text.slice(0, end)}…`).width > width) end -= 1;
  return `${text.slice(0, end)}…`;
}

export function drawBoard(canvas: HTMLCanvasElement, board: BoardDocument, now: string): void {
  const stages = visibleStages(board);
  const byStage = columns(board);
  const tallest = Math.max(
    1,
    ...stages.map(
      (s) =>
        Math.min(byStage[s.id].length, MAX_CARDS_PER_COLUMN) + (byStage[s.id].length > MAX_CARDS_PER_COLUMN ? 1 : 0),
    ),
  );
  const width = GAP + stages.length * (COLUMN_WIDTH + GAP);
  const height = HEADER_HEIGHT + 60 + tallest * (CARD_HEIGHT + 10) + GAP;
  canvas.width = width;
  canvas.height = height;
  const c = canvas.getContext('2d');
  if (!c) throw new Error('This window cannot draw images');
  c.fillStyle = PALETTE.bg;
  c.fillRect(0, 0, width, height);
  c.fillStyle = PALETTE.text;
  c.font = `700 30px ${FONT}`;
  c.fillText(fit(c, board.title, width - 2 * GAP), GAP, 46);
  c.font = `16px ${FONT}`;
  c.fillStyle = PALETTE.muted;
  const pilots = byStage.pilot.length;
  const production = byStage.production.length;
  c.fillText(
    `${now.slice(0, 10)} · ${board.initiatives.length} initiatives · ${pilots} in pilot · ${production} in production · readiness 0–4: ${FOUNDATION_IDS.map((f) => FOUNDATIONS[f].short).join(' ')}`,
    GAP,
    78,
  );

  stages.forEach((stage, index) => {
    const x = GAP + index * (COLUMN_WIDTH + GAP);
    const cards = byStage[stage.id];
    c.fillStyle = PALETTE.columnBg;
    c.fillRect(x, HEADER_HEIGHT - 20, COLUMN_WIDTH, height - HEADER_HEIGHT + 20 - GAP);
    c.fillStyle = STAGE_COLORS[stage.id];
    c.fillRect(x, HEADER_HEIGHT - 20, COLUMN_WIDTH, 6);
    c.fillStyle = PALETTE.text;
    c.font = `700 20px ${FONT}`;
    c.fillText(`${stage.label} (${cards.length})`, x + 12, HEADER_HEIGHT + 14);
    cards
      .slice(0, MAX_CARDS_PER_COLUMN)
      .forEach((card, i) => drawCard(c, card, x + 8, HEADER_HEIGHT + 34 + i * (CARD_HEIGHT + 10), now));
    if (cards.length > MAX_CARDS_PER_COLUMN) {
      c.fillStyle = PALETTE.muted;
      c.font = `600 16px ${FONT}`;
      c.fillText(
        `+ ${(cards.length - MAX_CARDS_PER_COLUMN).toLocaleString('en')} more`,
        x + 12,
        HEADER_HEIGHT + 34 + MAX_CARDS_PER_COLUMN * (CARD_HEIGHT + 10) + 24,
      );
    }
  });
}

function drawCard(c: CanvasRenderingContext2D, card: Initiative, x: number, y: number, now: string): void {
  const width = COLUMN_WIDTH - 16;
  c.fillStyle = PALETTE.surface;
  c.fillRect(x, y, width, CARD_HEIGHT);
  c.strokeStyle = PALETTE.cardLine;
  c.strokeRect(x + 0.5, y + 0.5, width - 1, CARD_HEIGHT - 1);
  c.fillStyle = PALETTE.text;
  c.font = `650 16px ${FONT}`;
  c.fillText(fit(c, card.title, width - 20), x + 10, y + 24);
  c.fillStyle = PALETTE.muted;
  c.font = `13px ${FONT}`;
  c.fillText(fit(c, [card.owner, card.businessUnit].filter(Boolean).join(' · '), width - 20), x + 10, y + 44);
  const cell = (width - 20 - 5 * 4) / 6;
  FOUNDATION_IDS.forEach((f, i) => {
    const level = card.readiness[f];
    const { background, foreground } = LEVEL_COLORS[level];
    const cx = x + 10 + i * (cell + 4);
    c.fillStyle = background;
    c.fillRect(cx, y + 54, cell, 24);
    c.fillStyle = foreground;
    c.font = `700 13px ${FONT}`;
    c.fillText(`${FOUNDATIONS[f].short} ${level}`, cx + 6, y + 71);
  });
  c.fillStyle = PALETTE.muted;
  c.font = `12px ${FONT}`;
  c.fillText(`Risk: ${RISK_TIER_LABELS[card.riskTier]} · ${inStageText(daysInStage(card, now))}`, x + 10, y + 96);
}

/** The board as PNG bytes, base64-encoded for the trip to main. */
export async function boardPngBase64(board: BoardDocument, now: string): Promise<string> {
  const canvas = document.createElement('canvas');
  drawBoard(canvas, board, now);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The board image could not be made');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
