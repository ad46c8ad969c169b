import type { BoardDiff, BoardDocument, DiffSection, FigureRow } from '../../../domain';
import { boardAtSnapshot, calendarDay, describeDiff, diffBoards, figureRows } from '../../../domain';
import type { ComparisonSource } from '../../store/compare-slice';

/** What the Compare view shows: the diff of the compared board and the live one, written out. */
export interface Comparison {
  /** The older board: the file read, or the board as the workshop started. */
  before: BoardDocument;
  diff: BoardDiff;
  figures: FigureRow[];
  /** describeDiff's sections without the figures, which the view lays out as a table. */
  sections: DiffSection[];
}

/** The view's title, and the projector's: what the changes are since. */
export function sinceWhat(source: ComparisonSource): string {
  return source.kind === 'file' ? `Since ${source.fileName}` : 'Since the start of the workshop';
}

/** Whether there is something to compare with: a file, or the workshop start while the board still has it. */
export function canCompare(source: ComparisonSource | null, board: BoardDocument | null): boolean {
  return source !== null && (source.kind === 'file' || board?.snapshot !== undefined);
}

/** The board a comparison compares with; null when it is the workshop start and the board has none (undone). */
export function comparedBoard(source: ComparisonSource, board: BoardDocument): BoardDocument | null {
  return source.kind === 'file' ? source.board : boardAtSnapshot(board);
}

let last: { source: ComparisonSource; board: BoardDocument; result: Comparison | null } | null = null;

/**
 * The comparison of `source` with the live board, worked out again only when either is another object: every
 * edit makes a new board, so the view follows the room's work, and a render without an edit costs nothing.
 */
export function compareWithBoard(
  source: ComparisonSource,
  board: BoardDocument,
  at: Date = new Date(),
): Comparison | null {
  if (last && last.source === source && last.board === board) return last.result;
  const before = comparedBoard(source, board);
  let result: Comparison | null = null;
  if (before) {
    const diff = diffBoards(before, board, { today: calendarDay(at), now: at.toISOString() });
    result = {
      before,
      diff,
      figures: figureRows(diff.figures, board),
      sections: describeDiff(diff, board, { figures: false }),
    };
  }
  last = { source, board, result };
  return result;
}
