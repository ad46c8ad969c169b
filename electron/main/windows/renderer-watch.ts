import type { BrowserWindow, Dialog, RenderProcessGoneDetails } from 'electron';
import type { AppWindows } from './app-windows';

/** How many times a window's page may crash within `CRASH_WINDOW_MS` and still be reloaded. */
export const MAX_RELOADS = 3;
export const CRASH_WINDOW_MS = 60_000;

export interface RendererWatchOptions {
  windows: Pick<AppWindows, 'stateOf'>;
  /** False for the projector's window, which shows the board but holds no work of its own. */
  holdsWork?: boolean;
  dialog: Pick<Dialog, 'showMessageBox' | 'showErrorBox'>;
  now?: () => number;
}

/**
 * A window whose page crashed or hangs is brought back, and its work with it. The page writes a recovery copy a
 * few seconds after each change (recovery-autosave.ts); when the page is gone, main keeps that copy and reloads the
 * page, and main's app:startup handler sets the copy aside for the reloaded page to offer back. Until then the
 * window has nothing to save, so closing it asks nothing and drops nothing. A page that keeps crashing is not
 * reloaded in a loop.
 */
export function watchRenderer(win: BrowserWindow, options: RendererWatchOptions): void {
  const { windows, dialog } = options;
  const now = options.now ?? Date.now;
  const contents = win.webContents;
  const crashes: number[] = [];

  contents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    const state = windows.stateOf(win);
    // The unsaved work is in the recovery copy now; "Don't Save" must not discard it, nor Save wait for a dead page.
    // The reloaded page reopens the board's file (app:startup).
    if (state) Object.assign(state, { edited: false, boardId: null, pageCrashed: { handle: state.handle } });
    console.warn(`[scaleboard] the window's page ended (${details.reason}, exit code ${details.exitCode})`);
    const at = now();
    crashes.push(at);
    while (crashes.length && crashes[0]! < at - CRASH_WINDOW_MS) crashes.shift();
    if (crashes.length > MAX_RELOADS) {
      dialog.showErrorBox(
        'Scaleboard’s window keeps stopping',
        `Its page ended ${crashes.length} times in a minute (${details.reason}), so it is not reloaded again. ` +
          'Your unsaved work is kept as a recovery copy: quit Scaleboard and start it again to get it back.',
      );
      return;
    }
    // Not from within the event: Electron has crashed the main process on a reload started inside it.
    setImmediate(() => {
      if (!win.isDestroyed()) contents.reload();
    });
  });

  let question: AbortController | null = null;
  win.on('unresponsive', () => {
    if (question || win.isDestroyed()) return;
    question = new AbortController();
    void dialog
      .showMessageBox(win, {
        type: 'warning',
        buttons: ['Wait', 'Reload the Window'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
        signal: question.signal,
        message: 'Scaleboard’s window is not responding.',
        detail:
          options.holdsWork === false
            ? 'You can wait for it, or reload it.'
            : 'You can wait for it, or reload it. Reloading offers back your unsaved work as of its last recovery ' +
              'copy, written half a second after a change and at least every two seconds while you work.',
      })
      .then(({ response }) => {
        const aborted = question?.signal.aborted ?? true;
        question = null;
        // Ending the page brings the reload above, in a new process, as for any crash.
        if (!aborted && response === 1 && !win.isDestroyed()) contents.forcefullyCrashRenderer();
      });
  });
  // The page came back by itself: the question is withdrawn, so a late "Reload" cannot end a working page.
  win.on('responsive', () => question?.abort());
}
