/**
 * The portfolio figures of a combined board, one set per source board: each source's cards counted and measured by
 * the same functions as the whole board (metrics.ts), on a board holding only that source's cards and their
 * decisions. A card found on several boards is grouped under the field's whole value ("North + South"); cards with
 * no source are a group of their own, never dropped.
 */
import type { BoardDocument, Decision, Initiative } from './board-schema';
import { boardLocale } from './board-locale';
import type { FoundationId } from './foundations';
import type { Conversion } from './metrics';
import { countByStage, meanReadiness, pilotsPerProduction, pilotToProduction, stalledPilots } from './metrics';
import { SOURCE_SEPARATOR, sourceBoardOf } from './source-board';
import type { StageId } from './stages';

/** What the group of cards that carry no source board is called, in the panel and in the workbook. */
export const NO_SOURCE_BOARD = 'No source board';

export interface SourceBoardFigures {
  /** The source board as the cards write it; null for the cards that carry none. */
  source: string | null;
  /** The source, or NO_SOURCE_BOARD. */
  label: string;
  /** The boards the source names, in its order: one, or several for cards found on each ("North + South"). */
  boards: string[];
  cards: number;
  byStage: Record<StageId, number>;
  /** pilotsPerProduction of the source's cards: null with none of them in production. */
  pilotsPerProduction: number | null;
  conversion: Conversion;
  /** stalledPilots of the source's cards, counted. */
  stalledPilots: number;
  meanReadiness: Record<FoundationId, number | null>;
}

/**
 * The figures of each source board, sources in the board locale's order (numbers within names read as numbers:
 * "Board 2" before "Board 10"), the cards with no source last. Empty for a board with no cards.
 */
export function figuresBySourceBoard(board: BoardDocument, now: string): SourceBoardFigures[] {
  const cardsBySource = new Map<string | null, Initiative[]>();
  for (const card of board.initiatives) {
    const source = sourceBoardOf(card) ?? null;
    const cards = cardsBySource.get(source);
    if (cards) cards.push(card);
    else cardsBySource.set(source, [card]);
  }
  // Each source's board holds its own decisions, so a card's log is read once rather than once per source.
  const decisionsByCard = new Map<string, Decision[]>();
  for (const d of board.decisions) {
    const list = decisionsByCard.get(d.initiativeId);
    if (list) list.push(d);
    else decisionsByCard.set(d.initiativeId, [d]);
  }
  const collator = new Intl.Collator(boardLocale(board), { numeric: true });
  const sources = [...cardsBySource.keys()].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return sources.map((source): SourceBoardFigures => {
    const initiatives = cardsBySource.get(source)!;
    const part: BoardDocument = {
      ...board,
      initiatives,
      decisions: initiatives.flatMap((card) => decisionsByCard.get(card.id) ?? []),
    };
    return {
      source,
      label: source ?? NO_SOURCE_BOARD,
      boards: source === null ? [] : source.split(SOURCE_SEPARATOR).map((name) => name.trim()),
      cards: initiatives.length,
      byStage: countByStage(part),
      pilotsPerProduction: pilotsPerProduction(part),
      conversion: pilotToProduction(part),
      stalledPilots: stalledPilots(part, now).length,
      meanReadiness: meanReadiness(part),
    };
  });
}
