import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { app, dialog } from 'electron';
import path from 'node:path';
import type { BoardDocument, OpenedBoard, Result } from '../../../domain';
import { err, ok } from '../../../domain';
import type { MainContext } from '../context';
import { handlerFor } from '../ipc/handle';
import { BOARD_EXTENSION } from './board-file-service';

const BOARD_FILTERS = [{ name: 'Scaleboard board', extensions: [BOARD_EXTENSION.slice(1)] }];

/** board:*, recent:* and recovery:* — every file the window can reach, by handle or by recent-list id. */
export function setupBoardHandlers(context: MainContext): void {
  const { ipcMain, windows, settings, files, recovery, refreshMenu } = context;
  const on = handlerFor(ipcMain, windows.allows);

  const remember = (filePath: string, document: BoardDocument): void => {
    settings.addRecent(filePath, document.title);
    refreshMenu();
  };
  const opened = (result: Result<OpenedBoard>): Result<OpenedBoard> => {
    if (result.ok) remember(files.pathOf(result.value.handle)!, result.value.document);
    return result;
  };
  const parentOf = (event: IpcMainInvokeEvent): BrowserWindow | undefined => windows.windowOf(event.sender);

  on('board:open', async (event) => {
    const win = parentOf(event);
    const options = { title: 'Open board', properties: ['openFile' as const], filters: BOARD_FILTERS };
    const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const filePath = choice.filePaths[0];
    if (choice.canceled || !filePath) return ok(null);
    return opened(await files.open(filePath));
  });

  on('board:open-recent', async (_event, recentId) => {
    const filePath = settings.recentPath(recentId);
    if (!filePath) return err('unknown-recent', 'That board is no longer in the recent list.');
    return opened(await files.open(filePath));
  });

  on('board:save', async (_event, handleId, document) => {
    const saved = await files.save(handleId, document);
    if (!saved.ok) return saved;
    remember(files.pathOf(saved.value.handle)!, document);
    await recovery.saved(document.id);
    return saved;
  });

  on('board:save-as', async (event, document, current) => {
    const win = parentOf(event);
    const currentPath = current ? files.pathOf(current) : undefined;
    const defaultPath =
      currentPath ?? path.join(app.getPath('documents'), `${fileNameFor(document.title)}${BOARD_EXTENSION}`);
    const options = { title: 'Save board as', defaultPath, filters: BOARD_FILTERS };
    const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return ok(null);
    const saved = await files.saveAs(choice.filePath, document);
    if (!saved.ok) return saved;
    remember(files.pathOf(saved.value.handle)!, document);
    await recovery.saved(document.id);
    return saved;
  });

  on('board:revert', async (_event, handleId) => files.revert(handleId));

  on('board:release', (_event, handleId) => {
    files.release(handleId);
    return ok(null);
  });

  on('recent:list', () => ok(settings.recentFiles()));

  on('recovery:write', async (_event, document, handleId) => {
    await recovery.write(document, handleId ? (files.pathOf(handleId) ?? null) : null);
    return ok(null);
  });

  on('recovery:discard', async (_event, boardId) => {
    await recovery.discard(boardId);
    return ok(null);
  });

  on('recovery:decline', async (_event, recoveryId) => {
    await recovery.decline(recoveryId);
    return ok(null);
  });

  on('recovery:restore', async (_event, recoveryId) => {
    const copy = await recovery.restore(recoveryId);
    if (!copy) return err('no-recovery', 'There is no recovery copy of that board any more.');
    const handleId = copy.filePath ? files.handleFor(copy.filePath) : null;
    return ok({
      handle: handleId,
      fileName: copy.filePath ? path.basename(copy.filePath) : null,
      folder: copy.filePath ? path.dirname(copy.filePath) : null,
      savedAt: copy.savedAt,
      document: copy.document,
    });
  });
}

/** A file name from a board title, without characters any platform forbids. */
export function fileNameFor(title: string): string {
  const cleaned = title
    .replace(/[<>:"/\\|?*\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return cleaned || 'Untitled board';
}
