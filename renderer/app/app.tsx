import { useAudiencePublisher } from '../features/audience/audience-publisher';
import { BoardScreen } from '../features/board/board-screen';
import { NoticeBar } from '../features/file/notice-bar';
import { RecoveryOffer } from '../features/file/recovery-offer';
import { useRecoveryAutosave } from '../features/file/recovery-autosave';
import { useWindowTitle } from '../features/file/window-title';
import { ImportDialog } from '../features/import/import-dialog';
import { StartScreen } from '../features/start/start-screen';
import { useBoardStore } from '../store/board-store';
import { useMenuCommands } from './menu-commands';
import { useStartup } from './startup';
import { useUndoKeys } from './undo-keys';
import { BoardErrorBoundary } from './error-boundary';

/** The facilitator's window: what main hands it and asks of it, and the board or the start screen. */
export function App() {
  useStartup();
  useMenuCommands();
  useWindowTitle();
  useRecoveryAutosave();
  useUndoKeys();
  useAudiencePublisher();
  const hasBoard = useBoardStore((s) => s.board !== null);
  const importSession = useBoardStore((s) => s.importSession);
  return (
    <>
      {hasBoard ? (
        <BoardErrorBoundary>
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
