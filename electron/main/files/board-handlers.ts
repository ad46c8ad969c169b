import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { app, clipboard } from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BoardDocument, Result } from '../../../domain';
import type { OtherBoard, SavedBoard } from '../../../contract';
import { COMBINE_MAX_BOARDS } from '../../../contract';
import {
  BOARD_EXTENSION,
  BOARD_LIMITS,
  counted,
  err,
  fileNameFor,
  formatBytes,
  hasBoardExtension,
  MAX_BOARD_FILE_BYTES,
  ok,
} from '../../../domain';
import type { MainContext } from '../context';
import { handlerFor } from '../ipc/handle';
import { showMessageBox, showOpenDialog, showSaveDialog } from '../windows/dialogs';
import { writeFileAtomically } from './atomic-write';
import { describeFsError, readBoard } from './board-file-service';
import { openBoardOrAlternative } from './open-board';

const BOARD_FILTERS = [{ name: 'Scaleboard board', extensions: [BOARD_EXTENSION.slice(1)] }];

/** board:*, recent:* and recovery:* — every file the window can reach, by handle or by recent-list id. */
export function setupBoardHandlers(context: MainContext): void {
  const { ipcMain, windows, settings, files, recovery } = context;
  const on = handlerFor(ipcMain, windows.allows);

  const parentOf = (event: IpcMainInvokeEvent): BrowserWindow | undefined => windows.windowOf(event.sender);

  on('board:open', async (event) => {
    const win = parentOf(event);
    const options = { title: 'Open board', properties: ['openFile' as const], filters: BOARD_FILTERS };
    const choice = await showOpenDialog(win, options);
    const filePath = choice.filePaths[0];
    if (choice.canceled || !filePath) return ok(null);
    return openBoardOrAlternative(context, win, filePath);
  });

  on('board:read-other', async (event) => {
    const options = { title: 'Compare with board', properties: ['openFile' as const], filters: BOARD_FILTERS };
    const choice = await showOpenDialog(parentOf(event), options);
    const filePath = choice.filePaths[0];
    if (choice.canceled || !filePath) return ok(null);
    // Read, never opened: no handle, no recent entry, no recovery copy; a damaged file is refused, not repaired.
    const read = await readBoard(filePath);
    return read.ok ? ok({ fileName: path.basename(filePath), document: read.value }) : read;
  });

  on('board:read-to-combine', async (event) => {
    const options = {
      title: 'Combine boards',
      buttonLabel: 'Combine',
      message: 'Choose the boards to combine with this one (the open board, if any, comes first).',
      properties: ['openFile' as const, 'multiSelections' as const],
      filters: BOARD_FILTERS,
    };
    const choice = await showOpenDialog(parentOf(event), options);
    if (choice.canceled || !choice.filePaths.length) return ok(null);
    if (choice.filePaths.length > COMBINE_MAX_BOARDS) {
      return err(
        'too-many-boards',
        `${choice.filePaths.length} boards were chosen; Scaleboard combines at most ${COMBINE_MAX_BOARDS} at once. Combine them in groups, then combine the groups.`,
      );
    }
    return readBoardsToCombine(choice.filePaths);
  });

  // The combine report outlives its dialog only as the user keeps it: copied, or saved as a text file.
  on('combine:copy-report', (_event, text) => {
    clipboard.writeText(text);
    return ok(null);
  });

  on('combine:save-report', async (event, boardTitle, text) => {
    const options = {
      title: 'Save combine report',
      defaultPath: path.join(app.getPath('documents'), `${fileNameFor(boardTitle)} — combine report.txt`),
      filters: [{ name: 'Text', extensions: ['txt'] }],
    };
    const choice = await showSaveDialog(parentOf(event), options);
    if (choice.canceled || !choice.filePath) return ok(null);
    const target = path.extname(choice.filePath) ? choice.filePath : `${choice.filePath}.txt`;
    // A board's file is never overwritten with a report's text.
    if (hasBoardExtension(target)) {
      return err(
        'not-a-report-file',
        `${path.basename(target)} is a board’s file name: save the report as a .txt file.`,
      );
    }
    try {
      await writeFileAtomically(target, text);
    } catch (error) {
      return err('save-failed', `Could not write ${path.basename(target)}: ${describeFsError(error)}`);
    }
    return ok({ fileName: path.basename(target), folder: path.dirname(target) });
  });

  on('board:open-recent', async (event, recentId) => {
    const filePath = settings.recentPath(recentId);
    if (!filePath) return err('unknown-recent', 'That board is no longer in the recent list.');
    return openBoardOrAlternative(context, parentOf(event), filePath);
  });

  const settle = async (saved: Result<SavedBoard>, document: BoardDocument): Promise<Result<SavedBoard>> => {
    if (!saved.ok) return saved;
    settings.addRecent(files.pathOf(saved.value.handle)!, document.title);
    // Main alone drops the recovery copy of a saved board: the window never asks it to.
    await recovery.saved(document, files.fingerprintOf(saved.value.handle)?.sha256);
    return saved;
  };
  /** Asks where to save; null when the user cancels. */
  const saveAsChosen = async (
    win: BrowserWindow | undefined,
    document: BoardDocument,
    defaultPath: string,
  ): Promise<Result<SavedBoard> | null> => {
    const options = { title: 'Save board as', defaultPath, filters: BOARD_FILTERS };
    const choice = await showSaveDialog(win, options);
    if (choice.canceled || !choice.filePath) return null;
    return settle(await files.saveAs(choice.filePath, document), document);
  };

  on('board:save', async (event, handleId, document) => {
    const saved = await files.save(handleId, document);
    if (saved.ok || saved.error.code !== 'changed-on-disk') return settle(saved, document);
    const filePath = files.pathOf(handleId)!;
    const win = parentOf(event);
    switch (await askAboutChangedFile(win, saved.error.message)) {
      case 'overwrite':
        return settle(await files.save(handleId, document, { overwrite: true }), document);
      case 'copy':
        return (await saveAsChosen(win, document, copyPathFor(filePath))) ?? ok(null);
      case 'theirs': {
        // Theirs is read first: if it cannot be, nothing changes. Then the user's version is kept, to be offered back.
        const basedOn = files.fingerprintOf(handleId);
        const opened = await files.revert(handleId);
        if (!opened.ok) return opened;
        await recovery.keep(document, filePath, basedOn);
        await recovery.discard(document.id);
        return ok({ theirs: opened.value });
      }
      default:
        return ok(null);
    }
  });

  on('board:save-as', async (event, document, current) => {
    const currentPath = current ? files.pathOf(current) : undefined;
    const defaultPath =
      currentPath ?? path.join(app.getPath('documents'), `${fileNameFor(document.title)}${BOARD_EXTENSION}`);
    return (await saveAsChosen(parentOf(event), document, defaultPath)) ?? ok(null);
  });

  on('board:revert', async (_event, handleId) => files.revert(handleId));

  on('board:release', (_event, handleId) => {
    files.release(handleId);
    return ok(null);
  });

  // The start screen waits for the look at each file (each has a timeout), so a missing one shows as missing.
  on('recent:list', async () => {
    await settings.checkRecentFiles();
    return ok(settings.recentFiles());
  });

  on('recovery:write', async (_event, document, handleId) => {
    const filePath = handleId ? (files.pathOf(handleId) ?? null) : null;
    try {
      await recovery.write(document, filePath, handleId ? files.fingerprintOf(handleId) : undefined);
    } catch (error) {
      // The window says so in its own words, with what to do (save the board).
      return err('recovery-failed', describeFsError(error));
    }
    return ok(null);
  });

  on('recovery:discard', async (_event, boardId, declined) => {
    await recovery.discard(boardId, declined);
    return ok(null);
  });

  on('recovery:decline', async (_event, recoveryId) => {
    await recovery.decline(recoveryId);
    return ok(null);
  });

  on('recovery:restore', async (_event, recoveryId) => {
    const copy = await recovery.restore(recoveryId);
    if (!copy) return err('no-recovery', 'There is no recovery copy of that board any more.');
    const handleId = copy.filePath ? files.handleForRestored(copy.filePath, copy.basedOn) : null;
    return ok({
      handle: handleId,
      fileName: copy.filePath ? path.basename(copy.filePath) : null,
      folder: copy.filePath ? path.dirname(copy.filePath) : null,
      savedAt: copy.savedAt,
      document: copy.document,
    });
  });
}

/** What one combine reads at most: the boards' files together, and their cards together. */
export interface CombineReadLimits {
  bytes: number;
  cards: number;
}

/**
 * Reads the boards chosen to combine, as Compare with… reads one: no handle, no recent entry, and one that cannot
 * be read stops the whole combine. Each is held in memory until they are combined, and the combined board must fit
 * in one board file, so their files are looked at first and refused together past `limits.bytes`; reading stops
 * as soon as the boards read hold more cards than a board may (`limits.cards`).
 */
export async function readBoardsToCombine(
  filePaths: readonly string[],
  limits: CombineReadLimits = { bytes: MAX_BOARD_FILE_BYTES, cards: BOARD_LIMITS.initiatives },
): Promise<Result<OtherBoard[]>> {
  let total = 0;
  for (const filePath of filePaths) {
    // One that cannot be looked at is left to the read below, which says why in its own words.
    total += await fs.stat(filePath).then(
      (stat) => (stat.isFile() ? stat.size : 0),
      () => 0,
    );
  }
  if (total > limits.bytes) {
    return err(
      'boards-too-large',
      `The ${counted(filePaths.length, 'board')} chosen come to ${formatBytes(total)} together; Scaleboard combines at most ${formatBytes(limits.bytes)} of boards at once, the most one board file may hold. Nothing was combined. Combine fewer boards at once.`,
    );
  }
  const boards: OtherBoard[] = [];
  let cards = 0;
  for (const filePath of filePaths) {
    const read = await readBoard(filePath);
    if (!read.ok) return err(read.error.code, `${read.error.message} Nothing was combined.`);
    boards.push({ fileName: path.basename(filePath), document: read.value });
    cards += read.value.initiatives.length;
    if (cards > limits.cards) {
      const names = boards.map((b) => b.fileName);
      const which =
        names.length > 3
          ? `${names.slice(0, 3).join(', ')} and ${counted(names.length - 3, 'other')}`
          : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
      return err(
        'boards-too-large',
        `${which} hold ${counted(cards, 'card')} together, and Scaleboard combines at most ${counted(limits.cards, 'card')} at once, the most a board holds. Nothing was combined. Combine fewer boards at once.`,
      );
    }
  }
  return ok(boards);
}

type ChangedFileChoice = 'overwrite' | 'copy' | 'theirs' | 'cancel';

/** The question when a board's file changed on disk since it was read: nobody's work is overwritten unasked. */
async function askAboutChangedFile(win: BrowserWindow | undefined, message: string): Promise<ChangedFileChoice> {
  const choices: ChangedFileChoice[] = ['cancel', 'copy', 'theirs', 'overwrite'];
  const options = {
    type: 'warning' as const,
    buttons: ['Cancel', 'Save as a Copy…', 'Open Theirs', 'Overwrite'],
    defaultId: 1,
    cancelId: 0,
    noLink: true,
    message,
    detail:
      'Save as a Copy keeps both. Open Theirs shows the version on disk and keeps yours as a recovery copy, ' +
      'offered back when Scaleboard next starts. Overwrite replaces their changes with yours.',
  };
  const { response } = await showMessageBox(win, options);
  return choices[response] ?? 'cancel';
}

/** "Q4.scaleboard" → "Q4 (my copy).scaleboard", in the same folder. */
export function copyPathFor(filePath: string): string {
  const base = path.basename(filePath, path.extname(filePath));
  return path.join(path.dirname(filePath), `${base} (my copy)${BOARD_EXTENSION}`);
}
