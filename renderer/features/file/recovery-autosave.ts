import { useEffect, useRef } from 'react';
import { api } from '../../lib/api';
import { isDirty, useBoardStore } from '../../store/board-store';

/**
 * How long after the last change the recovery copy is written: a burst of changes (a drag and its gate decision)
 * makes one write, and a crash costs at most about this much work.
 */
export const RECOVERY_DELAY_MS = 500;
/** The longest the copy may lag while changes keep coming (dot voting, a run of moves). */
export const RECOVERY_MAX_WAIT_MS = 2000;

/**
 * Writes a copy of the board's unsaved work for main to keep, so that a crash of the page or the app costs little,
 * and drops it when an undo takes the board back to its saved version.
 */
export function useRecoveryAutosave(): void {
  const board = useBoardStore((s) => s.board);
  const savedBoard = useBoardStore((s) => s.savedBoard);
  const file = useBoardStore((s) => s.file);
  const dirty = isDirty({ board, savedBoard });

  // When the first change not yet in the copy was made: changes that keep coming still get a copy in time.
  const unwrittenSince = useRef<number | null>(null);
  const writeFailed = useRef(false);
  // A board not changed since it was loaded (a new board, the example, a copy just restored) holds no work of
  // this window's: nothing is written for it, so an untouched example is not offered back after a crash.
  const untouched = useBoardStore((s) => s.board !== null && s.board === s.loadedBoard);
  useEffect(() => {
    if (!board || !dirty || untouched) {
      unwrittenSince.current = null;
      return;
    }
    const now = Date.now();
    unwrittenSince.current ??= now;
    const delay = Math.min(RECOVERY_DELAY_MS, Math.max(0, unwrittenSince.current + RECOVERY_MAX_WAIT_MS - now));
    const timer = window.setTimeout(() => {
      unwrittenSince.current = null;
      const written = (ok: boolean, why: string) => {
        // Said once, not every few seconds; said again after a write that works and one that fails once more.
        if (!ok && !writeFailed.current) {
          useBoardStore
            .getState()
            .notify('error', `The recovery copy could not be written: ${why} Save your work to keep it.`);
        }
        writeFailed.current = !ok;
      };
      api()
        .recovery.write(board, file.handle)
        .then(
          (result) => written(result.ok, result.ok ? '' : result.error.message),
          (error: unknown) => written(false, error instanceof Error ? `${error.message}.` : String(error)),
        );
    }, delay);
    return () => window.clearTimeout(timer);
  }, [board, dirty, untouched, file.handle]);

  useEffect(
    () =>
      useBoardStore.subscribe(({ board: shown, savedBoard }, previous) => {
        // Undone or redone back to the saved version, which main never sees: this window's copy would only offer
        // stale work. A save drops it in main; copies offered back after a crash are not this window's.
        if (shown && shown !== previous.board && shown === savedBoard && savedBoard === previous.savedBoard) {
          void api().recovery.discard(shown.id, false);
        }
      }),
    [],
  );
}
