import type { BoardDocument, LeadersBrief } from '../../../domain';
import { calendarDay, leadersBrief } from '../../../domain';

/** Another board the brief says what changed since, and what to call it (its file name). */
export interface BriefComparison {
  board: BoardDocument;
  name: string;
}

/**
 * The board File › Compare with… holds, for the printed brief's "What changed since …"; null while nothing is
 * compared, and the brief then counts from the board's own Start-workshop snapshot.
 * TODO(merge): read the compared board from the store once File › Compare with… keeps it there.
 */
export function briefComparison(): BriefComparison | null {
  return null;
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
