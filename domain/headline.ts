/**
 * The portfolio in one line, as every view of the board says it (board header, projector, metrics, printout,
 * image): how many initiatives, and how many are in pilot, scaling and production. Written once so that no view
 * drops a stage.
 */
import type { BoardDocument } from './board-schema';
import { stageLabel } from './board';
import { boardLocale, formatBoardNumber } from './board-locale';
import { countByStage } from './metrics';
import type { StageId } from './stages';
import { DEFAULT_STAGE_LABELS } from './stages';

/** The stages the headline counts: the path from pilot to production, where pilot fatigue shows. */
export const HEADLINE_STAGES = ['pilot', 'scaling', 'production'] as const satisfies readonly StageId[];

/** How the headline says a stage whose label is the default one; a renamed stage reads "in <label>". */
const DEFAULT_WORDS: Record<(typeof HEADLINE_STAGES)[number], string> = {
  pilot: 'in pilot',
  scaling: 'scaling',
  production: 'in production',
};

export interface HeadlinePart {
  /** 'total' for the number of initiatives on the board. */
  key: 'total' | (typeof HEADLINE_STAGES)[number];
  count: number;
  /** The count as the board's locale writes it: "1,200", "1.200". */
  number: string;
  /** The words after the number: "initiatives", "in pilot", "scaling", "in production". */
  words: string;
}

export interface Headline {
  parts: HeadlinePart[];
  /** The parts as one line: "12 initiatives · 7 in pilot · 3 scaling · 4 in production". */
  text: string;
}

/**
 * The board's headline: its number of initiatives, then the number in pilot, scaling and production, the numbers
 * in `locale` (the board's own, `board.workshop.locale`, unless told otherwise; the system's when it names none).
 */
export function portfolioHeadline(board: BoardDocument, locale = boardLocale(board)): Headline {
  const counts = countByStage(board);
  const total = board.initiatives.length;
  const number = (n: number) => formatBoardNumber(n, locale);
  const parts: HeadlinePart[] = [
    { key: 'total', count: total, number: number(total), words: total === 1 ? 'initiative' : 'initiatives' },
    ...HEADLINE_STAGES.map((stage): HeadlinePart => {
      const label = stageLabel(board.stages, stage);
      const words = label === DEFAULT_STAGE_LABELS[stage] ? DEFAULT_WORDS[stage] : `in ${label}`;
      return { key: stage, count: counts[stage], number: number(counts[stage]), words };
    }),
  ];
  return { parts, text: parts.map((p) => `${p.number} ${p.words}`).join(' · ') };
}
