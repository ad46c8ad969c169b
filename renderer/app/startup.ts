import { useEffect } from 'react';
import { api } from '../lib/api';
import { receiveOpenedBoard } from '../features/file/file-commands';
import { useBoardStore } from '../store/board-store';

/**
 * What main hands the window: when the page starts, the board to show (from the command line, or the one a
 * crashed page showed), the recovery copies to offer and any notice; once it has started, each board the OS
 * opens (Finder, a second launch), which main would otherwise have held for the next start.
 */
export function useStartup(): void {
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
    const offOpened = api().on.boardOpened((opened) => void receiveOpenedBoard(opened));
    return () => {
      cancelled = true;
      offOpened();
    };
  }, []);
}
