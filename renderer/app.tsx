import { BoardScreen } from './features/board/board-screen';
import { NoticeBar } from './features/file/notice-bar';
import { RecoveryOffer } from './features/file/recovery-offer';
import { useFileSync } from './features/file/use-file-sync';
import { ImportDialog } from './features/import/import-dialog';
import { StartScreen } from './features/start/start-screen';
import { useBoardStore } from './store/board-store';

export function App() {
  useFileSync();
  const hasBoard = useBoardStore((s) => s.board !== null);
  const importSession = useBoardStore((s) => s.importSession);
  return (
    <>
      {hasBoard ? <BoardScreen /> : <StartScreen />}
      {importSession ? <ImportDialog key={importSession.token} session={importSession} /> : null}
      <NoticeBar />
      <RecoveryOffer />
    </>
  );
}
