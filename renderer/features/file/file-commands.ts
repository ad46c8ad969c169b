/**
 * The File menu's commands as the window runs them: each asks before unsaved work could be lost, talks to
 * main through the api, and reports failures in words the facilitator can act on.
 */
import type { AppError, BoardDocument } from '../../../domain';
import type { OpenedBoard, SavedBoard } from '../../../contract';
import { api } from '../../lib/api';
import { exampleBoard, isDirty, newBoard, useBoardStore } from '../../store/board-store';

const store = () => useBoardStore.getState();

function fail(error: AppError): false {
  store().notify('error', error.message);
  return false;
}

function show(opened: OpenedBoard): void {
  const file = { handle: opened.handle, fileName: opened.fileName, folder: opened.folder };
  if (!opened.restoredFrom) return store().loadBoard(opened.document, file);
  // A damaged file's backup or recovery copy: unsaved until Save writes it over the damaged file. A recovery copy
  // restored so is no longer one to offer.
  store().loadBoard(opened.document, file, { saved: false });
  if (opened.restoredFrom === 'recovery') {
    store().setRecoveries(store().recoveries.filter((entry) => entry.boardId !== opened.document.id));
  }
  store().notify(
    'info',
    `Opened ${opened.restoredFrom === 'backup' ? 'the backup' : 'the recovery copy'} of the damaged ${opened.fileName}. Save to write it there; the damaged file is kept as ${opened.fileName}.damaged.`,
  );
}

/** True when there is nothing unsaved, or the user saved it or chose to discard it. */
export async function confirmDiscardChanges(): Promise<boolean> {
  const state = store();
  if (!state.board || !isDirty(state)) return true;
  const choice = await api().window.confirmDiscard(state.board.title);
  if (!choice.ok) return fail(choice.error);
  if (choice.value === 'cancel') return false;
  if (choice.value === 'save') return save();
  // Declined: the copy, and any offered copy restored into this board, would offer back what was given up.
  await api().recovery.discard(state.board.id, true);
  return true;
}

/** Leaves the current board, releasing its file handle; used before showing another one. */
export async function leaveBoard(): Promise<boolean> {
  if (!(await confirmDiscardChanges())) return false;
  const { file } = store();
  if (file.handle) await api().board.release(file.handle);
  return true;
}

export async function createNewBoard(): Promise<void> {
  if (!(await leaveBoard())) return;
  store().loadBoard(newBoard(), { handle: null, fileName: null, folder: null }, { saved: false });
}

export async function openExample(): Promise<void> {
  if (!(await leaveBoard())) return;
  store().loadBoard(exampleBoard(), { handle: null, fileName: null, folder: null }, { saved: false });
}

export async function openBoard(): Promise<void> {
  if (!(await confirmDiscardChanges())) return;
  const result = await api().board.open();
  if (!result.ok) return void fail(result.error);
  if (!result.value) return;
  await releaseCurrent(result.value.handle);
  show(result.value);
}

export async function openRecent(recentId: string): Promise<void> {
  if (!(await confirmDiscardChanges())) return;
  const result = await api().board.openRecent(recentId);
  if (!result.ok) return void fail(result.error);
  if (!result.value) return;
  await releaseCurrent(result.value.handle);
  show(result.value);
}

/** A board main opened for us (command line, Finder, a second launch). */
export async function receiveOpenedBoard(opened: OpenedBoard): Promise<void> {
  if (!(await confirmDiscardChanges())) {
    await api().board.release(opened.handle);
    return;
  }
  await releaseCurrent(opened.handle);
  show(opened);
}

async function releaseCurrent(except: string): Promise<void> {
  const { handle } = store().file;
  if (handle && handle !== except) await api().board.release(handle);
}

/** Saves to the board's file, or asks where when it has none. True once the board is safely on disk. */
export async function save(): Promise<boolean> {
  const { board, file } = store();
  if (!board) return false;
  if (!file.handle) return saveAs();
  const result = await api().board.save(file.handle, board);
  if (!result.ok) return fail(result.error);
  if (!result.value) return false; // the file changed on disk, and the user cancelled
  if ('theirs' in result.value) {
    const { theirs } = result.value;
    show(theirs);
    store().notify(
      'info',
      `Opened the version of ${theirs.fileName} on disk. Yours is kept as a recovery copy, offered back when Scaleboard next starts.`,
    );
    return false;
  }
  return settle(board, result.value);
}

export async function saveAs(): Promise<boolean> {
  const { board, file } = store();
  if (!board) return false;
  const result = await api().board.saveAs(board, file.handle);
  if (!result.ok) return fail(result.error);
  if (!result.value) return false; // the user cancelled the dialog
  return settle(board, result.value);
}

function settle(board: BoardDocument, saved: SavedBoard): true {
  store().markSaved(board, saved);
  store().notify('info', `Saved ${saved.fileName}`);
  return true;
}

export async function revert(): Promise<void> {
  const { board, file } = store();
  if (!board || !file.handle || !isDirty(store())) return;
  const result = await api().board.revert(file.handle);
  if (!result.ok) return void fail(result.error);
  // Declined like Don't Save; by this board's id, which the file on disk need not hold any more.
  await api().recovery.discard(board.id, true);
  // Reverting is one undoable step, so it needs no "are you sure?": Undo brings the changes back.
  store().revertTo(result.value.document);
  store().notify('info', `Reverted to the saved ${result.value.fileName}. Undo brings your changes back.`);
}

export async function closeBoard(): Promise<void> {
  if (!(await leaveBoard())) return;
  store().closeBoard();
}

/** The close prompt's "Save": save, then let main close the window; a cancelled Save As keeps it open. */
export async function saveThenClose(): Promise<void> {
  if (await save()) await api().window.closeAfterSave();
}
