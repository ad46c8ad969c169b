import { useEffect } from 'react';
import { api } from '../lib/api';
import { receiveOpenedBoard } from '../features/file/file-commands';
import { useBoardStore } from '../store/board-store';

/**
 * Whether this page has asked main for what it starts with. Asked once per page, never again: main answers a
 * second `app:startup` as a page that reloaded after a crash, setting this page's own recovery copy aside and
 * offering it back over the board it belongs to (and at the next launch, after the board was saved).
 */
let started = false;

/** Asks main, once per page, what the window starts with, and shows it. */
function startOnce(): void {
  if (started) return;
  started = true;
  // Applied to the store, whichever component asked and whether or not it is still in the page.
  void api()
    .app.startup()
    .then(async (result) => {
      if (!result.ok) return useBoardStore.getState().notify('error', result.error.message);
      useBoardStore.getState().setRecoveries(result.value.recoveries);
      if (result.value.opened) await receiveOpenedBoard(result.value.opened);
      // After the board is shown, which clears any notice.
      if (result.value.notice) useBoardStore.getState().notify('info', result.value.notice);
    });
}

/** For tests, which stand for several pages in one module: the next `useStartup` asks main again. */
export function forgetStartupForTests(): void {
  started = false;
}

/**
 * What main hands the window: when the page starts, the board to show (from the command line, or the one a
 * crashed page showed), the recovery copies to offer and any notice; once it has started, each board the OS
 * opens (Finder, a second launch), which main would otherwise have held for the next start.
 *
 * The component that calls it may be mounted again (StrictMode does, and so would an error boundary drawing it
 * again), so the start is asked for once per page, and only the listener follows the component.
 */
export function useStartup(): void {
  useEffect(() => {
    startOnce();
    return api().on.boardOpened((opened) => void receiveOpenedBoard(opened));
  }, []);
}
