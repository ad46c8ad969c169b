/**
 * Where to invest: each initiative placed by its readiness (x) against its value estimate (y), sized by its cost
 * or its votes, coloured by stage, in four named quadrants. Pure: the view, the audience window, the image and
 * SVG exports and the leaders' brief all read the same figures from here, and the layout in pixels from
 * matrix-layout.ts.
 */
import type { BoardDocument, Initiative } from './board-schema';
import type { StageId } from './stages';
import type { FoundationId } from './foundations';
import { FOUNDATION_IDS, FOUNDATIONS } from './foundations';
import { formatBoardNumber } from './board-locale';
import { currencyKey, median, valueCurrencies } from './metrics';
import { cardVotes } from './voting';

/** Readiness as the mean of the six foundations, or as the weakest of them (what a gate stops on). */
export const MATRIX_READINESS = ['mean', 'weakest'] as const;
export type MatrixReadiness = (typeof MATRIX_READINESS)[number];
/** A bubble's area: the card's cost estimate, or the dot votes it has. */
export const MATRIX_SIZES = ['cost', 'votes'] as const;
export type MatrixSize = (typeof MATRIX_SIZES)[number];

export interface MatrixView {
  readiness: MatrixReadiness;
  size: MatrixSize;
}
export const DEFAULT_MATRIX_VIEW: MatrixView = { readiness: 'mean', size: 'cost' };

export const MATRIX_READINESS_LABELS: Record<MatrixReadiness, string> = {
  mean: 'Mean of the six foundations',
  weakest: 'Weakest foundation',
};
export const MATRIX_SIZE_LABELS: Record<MatrixSize, string> = { cost: 'Cost estimate', votes: 'Dot votes' };

/**
 * The quadrants, split at the middle of the readiness scale and at the median value of the cards placed: "high
 * value" means more than the portfolio's typical initiative, whatever the portfolio's sums.
 */
export const QUADRANTS = ['fix-foundations', 'scale', 'question', 'park'] as const;
export type QuadrantId = (typeof QUADRANTS)[number];

export const QUADRANT_LABELS: Record<QuadrantId, { name: string; advice: string }> = {
  'fix-foundations': { name: 'High value, weak foundations', advice: 'Fix the foundations before scaling' },
  scale: { name: 'High value, ready', advice: 'Scale it' },
  question: { name: 'Low value, ready', advice: 'Why is this still a pilot?' },
  park: { name: 'Low value, weak foundations', advice: 'Park or stop' },
};

/** Readiness at or above this is "ready": level 2 is a working pilot, so the middle of the 0 to 4 scale. */
export const READY_FROM = 2;

/** Values spanning this many times from smallest to largest are drawn on a log scale. */
export const LOG_SCALE_SPAN = 100;

export interface MatrixPoint {
  id: string;
  ref?: string;
  title: string;
  stage: StageId;
  /** 0 to 4: the mean of the six foundations, or the weakest level. */
  readiness: number;
  /** The foundations at the weakest level, for saying why a card sits where it does. */
  weakest: FoundationId[];
  value: number;
  /** Cost or votes; undefined when the card has no cost estimate (drawn as an outline at the smallest size). */
  size?: number;
  quadrant: QuadrantId;
}

/** Why a card is listed beside the chart rather than placed on it. */
export type LeftOutReason = 'stopped' | 'no-value' | 'kept-from-room' | 'other-currency' | 'not-positive';

export interface MatrixLeftOut {
  id: string;
  ref?: string;
  title: string;
  stage: StageId;
  reason: LeftOutReason;
  /** The currency the card is valued in, for 'other-currency'. */
  currency?: string;
}

export interface MatrixData {
  view: MatrixView;
  points: MatrixPoint[];
  /** The cards shown that the chart cannot place, each with its reason: never dropped silently. */
  leftOut: MatrixLeftOut[];
  /** The currency the values are in: the one most cards are valued in. */
  currency?: string;
  scale: 'log' | 'linear';
  /** The smallest and largest value placed (both 0 when none is). */
  valueRange: [number, number];
  /** The value splitting high from low: the median of the values placed. */
  valueSplit: number;
  /** The largest size among the points, for scaling bubble areas (0 when none has a size). */
  largestSize: number;
  /** Each quadrant's card ids, highest value first. */
  quadrants: Record<QuadrantId, string[]>;
}

/** Whether a card is a candidate for investment: every card but those stopped. The matrix and the brief ask this. */
export function isInvestable(card: Pick<Initiative, 'stage'>): boolean {
  return card.stage !== 'stopped';
}

export function meanReadinessOf(card: Initiative): number {
  return FOUNDATION_IDS.reduce((sum, id) => sum + card.readiness[id], 0) / FOUNDATION_IDS.length;
}

export function weakestFoundations(card: Initiative): { level: number; foundations: FoundationId[] } {
  const level = Math.min(...FOUNDATION_IDS.map((id) => card.readiness[id]));
  return { level, foundations: FOUNDATION_IDS.filter((id) => card.readiness[id] === level) };
}

/**
 * A card at or above the median value is "high value": ties at the median (three cards at €900K, or a portfolio
 * whose every card is valued alike) go with the higher half rather than being called low for being typical.
 */
export function quadrantOf(readiness: number, value: number, valueSplit: number): QuadrantId {
  const ready = readiness >= READY_FROM;
  const high = value >= valueSplit;
  return high ? (ready ? 'scale' : 'fix-foundations') : ready ? 'question' : 'park';
}

/**
 * The matrix of `cards` (the ones the board shows: the caller applies the filters and search). The values are
 * read in the currency most of the board's cards use; cards valued in another, or with none, are listed beside.
 */
export function matrixData(
  board: Pick<BoardDocument, 'initiatives'>,
  cards: readonly Initiative[],
  view: MatrixView,
): MatrixData {
  const currency = valueCurrencies(board)[0]?.currency;
  const wanted = currencyKey(currency);
  const leftOut: MatrixLeftOut[] = [];
  const valued: Initiative[] = [];
  for (const card of cards) {
    const base = { id: card.id, ref: card.ref, title: card.title, stage: card.stage };
    // A stopped initiative is not a candidate for investment: listed beside, as the brief leaves it out.
    if (!isInvestable(card)) {
      leftOut.push({ ...base, reason: 'stopped' });
      continue;
    }
    // The audience window's board has the value stripped from a card that keeps it from the room: that card has a
    // value, which the chart must neither place nor call missing.
    if (card.valueEstimate === undefined)
      leftOut.push({ ...base, reason: card.confidential?.includes('valueEstimate') ? 'kept-from-room' : 'no-value' });
    else if (currencyKey(card.currency) !== wanted)
      leftOut.push({ ...base, reason: 'other-currency', currency: card.currency?.trim() || undefined });
    else valued.push(card);
  }
  const positive = valued.map((c) => c.valueEstimate!).filter((v) => v > 0);
  const low = positive.length ? Math.min(...positive) : 0;
  const high = positive.length ? Math.max(...positive) : 0;
  const scale = low > 0 && high / low >= LOG_SCALE_SPAN ? 'log' : 'linear';
  const placed =
    scale === 'log'
      ? valued.filter((card) => {
          if (card.valueEstimate! > 0) return true;
          leftOut.push({ id: card.id, ref: card.ref, title: card.title, stage: card.stage, reason: 'not-positive' });
          return false;
        })
      : valued;
  const values = placed.map((c) => c.valueEstimate!).sort((a, b) => a - b);
  const valueSplit = median(values) ?? 0;
  const points = placed.map((card): MatrixPoint => {
    const weakest = weakestFoundations(card);
    const readiness = view.readiness === 'mean' ? meanReadinessOf(card) : weakest.level;
    const value = card.valueEstimate!;
    return {
      id: card.id,
      ref: card.ref,
      title: card.title,
      stage: card.stage,
      readiness,
      weakest: weakest.foundations,
      value,
      size: view.size === 'votes' ? cardVotes(card) : card.costEstimate,
      quadrant: quadrantOf(readiness, value, valueSplit),
    };
  });
  const quadrants = Object.fromEntries(QUADRANTS.map((q) => [q, [] as string[]])) as Record<QuadrantId, string[]>;
  for (const point of [...points].sort((a, b) => b.value - a.value)) quadrants[point.quadrant].push(point.id);
  return {
    view,
    points,
    leftOut,
    currency,
    scale,
    valueRange: values.length ? [values[0]!, values.at(-1)!] : [0, 0],
    valueSplit,
    largestSize: Math.max(0, ...points.map((p) => p.size ?? 0)),
    quadrants,
  };
}

export const LEFT_OUT_REASONS: Record<LeftOutReason, string> = {
  stopped: 'Stopped',
  'no-value': 'No value estimate',
  'kept-from-room': 'Value kept from the room',
  'other-currency': 'Valued in another currency',
  'not-positive': 'Value of zero or less (log scale)',
};

/** "Valued in EUR; the chart is in USD": the reason as a sentence for one card. */
export function leftOutText(entry: MatrixLeftOut, currency: string | undefined): string {
  if (entry.reason !== 'other-currency') return LEFT_OUT_REASONS[entry.reason];
  const theirs = entry.currency ?? 'no currency';
  return `Valued in ${theirs}; the chart is in ${currency ?? 'no named currency'}`;
}

/** "Readiness 2.3 (weakest: Data, Integration 1)": the x position in words. */
export function readinessWords(point: MatrixPoint, view: MatrixView, format: (n: number) => string): string {
  const weakest = point.weakest.map((id) => FOUNDATIONS[id].label).join(', ');
  return view.readiness === 'mean'
    ? `readiness ${format(point.readiness)} (mean)`
    : `weakest foundation ${format(point.readiness)} (${weakest})`;
}

/**
 * The order the keyboard walks the bubbles in: by readiness then by value (left to right), or by value then by
 * readiness (bottom to top). Every bubble is in both orders, so the arrows reach each one, however they overlap.
 */
export function matrixOrder(points: readonly MatrixPoint[], axis: 'x' | 'y'): MatrixPoint[] {
  return [...points].sort((a, b) =>
    axis === 'x'
      ? a.readiness - b.readiness || a.value - b.value || a.id.localeCompare(b.id)
      : a.value - b.value || a.readiness - b.readiness || a.id.localeCompare(b.id),
  );
}

/**
 * The cards listed beside the chart, grouped by reason, as lines for an image or a printout: "No value estimate
 * (3): Claims triage, Fraud scoring, Chatbot". Each line names at most `cap` cards, fewer if it would pass `width`
 * characters, then says how many more.
 */
export function leftOutLines(data: MatrixData, cap: number, locale?: string, width = Infinity): string[] {
  const lines: string[] = [];
  for (const reason of Object.keys(LEFT_OUT_REASONS) as LeftOutReason[]) {
    const cards = data.leftOut.filter((entry) => entry.reason === reason);
    if (!cards.length) continue;
    const count = formatBoardNumber(cards.length, locale);
    // Which cards keep their value from the room is theirs to keep too: counted, not named.
    if (reason === 'kept-from-room') {
      lines.push(`${LEFT_OUT_REASONS[reason]}: ${count} ${cards.length === 1 ? 'initiative' : 'initiatives'}`);
      continue;
    }
    const heading =
      reason === 'other-currency'
        ? `Valued in another currency than ${data.currency ?? 'the chart’s'}`
        : LEFT_OUT_REASONS[reason];
    const line = (names: number) => {
      const named = cards.slice(0, names).map((entry) => entry.title.replace(/\s+/g, ' ').trim());
      const more = cards.length - named.length;
      if (!named.length) return `${heading} (${count})`;
      return `${heading} (${count}): ${named.join(', ')}${more ? `, and ${formatBoardNumber(more, locale)} more` : ''}`;
    };
    // As many names as the line holds, so that "and N more" is never what gets cut.
    let names = cap;
    while (names > 0 && line(names).length > width) names -= 1;
    lines.push(line(names));
  }
  return lines;
}

/** The stages whose cards the matrix places, for its legend: the board's visible stages but Stopped. */
export function matrixStages(board: Pick<BoardDocument, 'stages'>): BoardDocument['stages'] {
  return board.stages.filter((stage) => stage.visible && stage.id !== 'stopped');
}
