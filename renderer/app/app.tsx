import { useAudiencePublisher } from '../features/audience/audience-publisher';
import { BoardScreen } from '../features/board/board-screen';
import { NoticeBar } from '../features/file/notice-bar';
import { RecoveryOffer } from '../features/file/recovery-offer';
import { useRecoveryAutosave } from '../features/file/recovery-autosave';
import { useWindowTitle } from '../features/file/window-title';
import { ImportDialog } from '../features/import/import-dialog';
import { StartScreen } from '../features/start/start-screen';
import type { BoardDocument } from '../../domain';
import { useBoardStore } from '../store/board-store';
import { useMenuCommands } from './menu-commands';
import { useStartup } from './startup';
import { useUndoKeys } from './undo-keys';
import { BoardErrorBoundary, WindowErrorBoundary } from './error-boundary';

/**
 * The facilitator's window: what main hands it and asks of it, and the board or the start screen.
 *
 * The window's work (asking main what it starts with, menus, the title, the recovery copy, undo keys, the
 * projector) runs here, outside the error boundary, so that drawing the window again after an error draws it
 * again and does nothing else: starting again would have main set the open board's recovery copy aside as a
 * crashed page's and offer it back.
 */
export function App() {
  useStartup();
  useMenuCommands();
  useWindowTitle();
  useRecoveryAutosave();
  useUndoKeys();
  useAudiencePublisher();
  return (
    <WindowErrorBoundary>
      <AppContent />
    </WindowErrorBoundary>
  );
}

/** A number for each board loaded (opened, created, restored), so that another board starts without an error. */
const loads = new WeakMap<BoardDocument, number>();
let lastLoad = 0;
function loadNumber(loaded: BoardDocument | null): number {
  if (!loaded) return 0;
  let load = loads.get(loaded);
  if (load === undefined) {
    lastLoad += 1;
    load = lastLoad;
    loads.set(loaded, load);
  }
  return load;
}

/** What the window draws: the board or the start screen, and the dialogs and notices over either. */
export function AppContent() {
  const hasBoard = useBoardStore((s) => s.board !== null);
  // The board's boundary belongs to the board it failed on: a board opened after the error is drawn afresh.
  const boardKey = useBoardStore((s) => (s.board ? `${s.board.id}#${loadNumber(s.loadedBoard)}` : ''));
  const importSession = useBoardStore((s) => s.importSession);
  return (
    <>
      {hasBoard ? (
        <BoardErrorBoundary key={boardKey}>
          <BoardScreen />
        </BoardErrorBoundary>
      ) : (
        <StartScreen />
      )}
      {importSession ? <ImportDialog key={importSession.token} session={importSession} /> : null}
      <NoticeBar />
      <RecoveryOffer />
    </>
  );
}
