import type { BoardDocument, LeadersBrief } from '../../../domain';
import { calendarDay, leadersBrief } from '../../../domain';
import { useBoardStore } from '../../store/board-store';

/** Another board the brief says what changed since, and what to call it (its file name). */
export interface BriefComparison {
  board: BoardDocument;
  name: string;
}

/**
 * The board File › Compare with… holds, for the printed brief's "What changed since …"; null while no other file
 * is compared (or the room compares with the start of the workshop), and the brief then counts from the board's own
 * Start-workshop snapshot.
 */
export function briefComparison(): BriefComparison | null {
  const comparison = useBoardStore.getState().comparison;
  return comparison?.kind === 'file' ? { board: comparison.board, name: comparison.fileName } : null;
}

/**
 * The leaders' brief as the room's clock sees it at `now`: today is the room's calendar day. With `compareWith`,
 * what changed is counted from that board; without it (null or absent), from the board's Start-workshop snapshot.
 */
export function roomBrief(
  board: BoardDocument,
  now: Date,
  options: { compareWith?: BriefComparison | null; changeLines?: number } = {},
): LeadersBrief {
  return leadersBrief(board, {
    now: now.toISOString(),
    today: calendarDay(now),
    ...(options.compareWith ? { compareWith: options.compareWith } : {}),
    ...(options.changeLines === undefined ? {} : { changeLines: options.changeLines }),
  });
}
