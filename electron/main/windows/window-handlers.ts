import type { BrowserWindow } from 'electron';
import { dialog } from 'electron';
import type { CloseChoice, OpenedBoard } from '../../../contract';
import { ok } from '../../../domain';
import { EVENTS } from '../../../contract';
import type { MainContext } from '../context';
import { openBoardOrAlternative } from '../files/open-board';
import { handlerFor } from '../ipc/handle';
import { showMessageBox } from './dialogs';

/**
 * app:startup and window:* — what the window needs at start (a file from the command line, recovery copies),
 * its unsaved state for the title bar and the close prompt, and the close prompt itself.
 */
export function setupWindowHandlers(context: MainContext & { pendingPaths: string[] }) {
  const { ipcMain, windows, files, recovery, pendingPaths } = context;
  const on = handlerFor(ipcMain, windows.allows);
  const readyWindows = new WeakSet<BrowserWindow>();

  const openPath = async (filePath: string): Promise<OpenedBoard | null> => {
    const result = await openBoardOrAlternative(context, windows.first(), filePath);
    if (!result.ok) {
      dialog.showErrorBox('Could not open board', result.error.message);
      return null;
    }
    return result.value;
  };

  on('app:startup', async (event) => {
    const win = windows.windowOf(event.sender);
    if (win) readyWindows.add(win);
    // A page that starts has written nothing yet: any current copy was left by a run or a page that ended
    // without saving, and is set aside to be offered back, out of reach of this page's own copies.
    await recovery.setAside();
    // A page reloaded after a crash comes back to the board it showed; its unsaved work is in the offer.
    const state = win && windows.stateOf(win);
    const crashed = state?.pageCrashed ?? null;
    const reopen = crashed?.handle ? files.pathOf(crashed.handle) : undefined;
    if (state) state.pageCrashed = null;
    const filePath = pendingPaths.splice(0).pop() ?? reopen;
    const opened = filePath ? await openPath(filePath) : null;
    const notice = crashed
      ? 'Scaleboard’s window stopped unexpectedly and was reloaded.' +
        (opened ? ` ${opened.fileName} is open again.` : '')
      : null;
    return ok({ opened, recoveries: await recovery.list(), notice });
  });

  on('window:set-edited', (event, state) => {
    const win = windows.windowOf(event.sender);
    const current = win && windows.stateOf(win);
    if (!win || !current) return ok(null);
    Object.assign(current, state);
    win.setTitle(state.windowTitle);
    if (process.platform === 'darwin') win.setDocumentEdited(state.edited);
    return ok(null);
  });

  on('window:confirm-discard', async (event, boardTitle) => {
    const win = windows.windowOf(event.sender);
    return ok(win ? await askToSave(win, boardTitle) : 'cancel');
  });

  on('window:close-after-save', (event) => {
    const win = windows.windowOf(event.sender);
    const state = win && windows.stateOf(win);
    if (win && state) {
      state.closeConfirmed = true;
      win.close();
    }
    return ok(null);
  });

  /** Unsaved changes are never lost to a closed window or a quit: ask first, and let the window save. */
  function attachClosePrompt(win: BrowserWindow): void {
    win.on('close', (event) => {
      const state = windows.stateOf(win);
      if (!state?.edited || state.closeConfirmed) return;
      event.preventDefault();
      void askToSave(win, state.boardTitle).then(async (choice) => {
        if (choice === 'save') {
          win.webContents.send(EVENTS.menuCommand, { command: 'save-then-close' });
        } else if (choice === 'discard') {
          if (state.boardId) await recovery.discard(state.boardId, true);
          state.closeConfirmed = true;
          win.close();
        }
      });
    });
  }

  return {
    attachClosePrompt,
    /** Opens a file handed over by the OS or a second launch, in the window if it is ready. */
    openFromSystem: async (filePath: string) => {
      const win = windows.first();
      if (!win || !readyWindows.has(win)) {
        pendingPaths.push(filePath);
        return;
      }
      const opened = await openPath(filePath);
      if (opened) win.webContents.send(EVENTS.boardOpened, opened);
    },
  };
}

async function askToSave(win: BrowserWindow, boardTitle: string): Promise<CloseChoice> {
  const { response } = await showMessageBox(win, {
    type: 'warning',
    buttons: ['Save', "Don't Save", 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: `Save the changes to “${boardTitle}”?`,
    detail: 'If you don’t save, your changes since the last save will be lost.',
  });
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
}
