import { useEffect, useRef } from 'react';
import type { MenuCommand, MenuCommandName } from '../../../contract';
import { api } from '../../lib/api';
import { exportCsv, exportPdf, exportPng, exportXlsx } from '../export/export-commands';
import { startImport } from '../import/import-commands';
import { isDirty, redo, undo, useBoardStore } from '../../store/board-store';
import {
  closeBoard,
  createNewBoard,
  openBoard,
  openExample,
  openRecent,
  receiveOpenedBoard,
  revert,
  save,
  saveAs,
  saveThenClose,
} from './file-commands';

/**
 * How long after the last change the recovery copy is written: a burst of changes (a drag and its gate decision)
 * makes one write, and a crash costs at most about this much work.
 */
export const RECOVERY_DELAY_MS = 500;
/** The longest the copy may lag while changes keep coming (dot voting, a run of moves). */
export const RECOVERY_MAX_WAIT_MS = 2000;

/** Undo and redo act on a focused text field's own text, and on the board everywhere else. */
function isEditingText(): boolean {
  const el = document.activeElement;
  return (
    el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLInputElement && !['checkbox', 'radio', 'range', 'button'].includes(el.type)) ||
    (el instanceof HTMLElement && el.isContentEditable)
  );
}

function undoOrRedo(which: 'undo' | 'redo'): void {
  if (isEditingText()) document.execCommand(which);
  else (which === 'undo' ? undo : redo)();
}

const COMMANDS: Record<MenuCommandName, (command: MenuCommand) => unknown> = {
  new: () => createNewBoard(),
  open: () => openBoard(),
  'open-recent': (command) => command.recentId && openRecent(command.recentId),
  'open-example': () => openExample(),
  save: () => save(),
  'save-as': () => saveAs(),
  revert: () => revert(),
  close: () => closeBoard(),
  undo: () => undoOrRedo('undo'),
  redo: () => undoOrRedo('redo'),
  'save-then-close': () => saveThenClose(),
  import: () => startImport(),
  'export-xlsx': () => exportXlsx(),
  'export-csv': () => exportCsv(),
  'export-pdf': () => exportPdf(),
  'export-png': () => exportPng(),
};

export function windowTitle(fileName: string | null, boardTitle: string | null, dirty: boolean): string {
  if (boardTitle === null) return 'Scaleboard';
  return `${dirty ? '• ' : ''}${fileName ?? 'Not saved yet'} — ${boardTitle} — Scaleboard`;
}

/**
 * Keeps the window and main in step with the board: startup (a file from the command line, crash recovery),
 * menu commands, the title with its unsaved marker, the recovery copy, and the undo and redo keys.
 */
export function useFileSync(): void {
  useEffect(() => {
    let cancelled = false;
    void api()
      .app.startup()
      .then(async (result) => {
        if (cancelled) return;
        if (!result.ok) return useBoardStore.getState().notify('error', result.error.message);
        useBoardStore.getState().setRecoveries(result.value.recoveries);
        if (result.value.opened) await receiveOpenedBoard(result.value.opened);
        // After the board is shown, which clears any notice.
        if (result.value.notice) useBoardStore.getState().notify('info', result.value.notice);
      });
    const offMenu = api().on.menuCommand((command) => void COMMANDS[command.command]?.(command));
    const offOpened = api().on.boardOpened((opened) => void receiveOpenedBoard(opened));
    return () => {
      cancelled = true;
      offMenu();
      offOpened();
    };
  }, []);

  const board = useBoardStore((s) => s.board);
  const savedBoard = useBoardStore((s) => s.savedBoard);
  const file = useBoardStore((s) => s.file);
  const dirty = isDirty({ board, savedBoard });

  useEffect(() => {
    const title = windowTitle(file.fileName, board?.title ?? null, dirty);
    document.title = title;
    void api().window.setEdited({
      edited: dirty,
      handle: file.handle,
      boardId: board?.id ?? null,
      boardTitle: board?.title ?? '',
      windowTitle: title,
    });
  }, [dirty, board?.id, board?.title, file.fileName, file.handle]);

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

  useEffect(() => {
    // Back at the saved version (saved, or undone to it): this window's copy would only offer stale work. Copies
    // offered back after a crash are not this window's and are not touched (RecoveryStore).
    if (board && !dirty) void api().recovery.discard(board.id, false);
  }, [dirty, board?.id]); // eslint-disable-line react-hooks/exhaustive-deps -- only the transition matters

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isEditingText()) return;
      const key = event.key.toLowerCase();
      if (key === 'z') {
        event.preventDefault();
        (event.shiftKey ? redo : undo)();
      } else if (key === 'y' && !event.metaKey) {
        event.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
