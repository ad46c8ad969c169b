import { BoardScreen } from './features/board/board-screen';
import { NoticeBar } from './features/file/notice-bar';
import { RecoveryOffer } from './features/file/recovery-offer';
import { useFileSync } from './features/file/use-file-sync';
import { StartScreen } from './features/start/start-screen';
import { useBoardStore } from './store/board-store';

export function App() {
  useFileSync();
  const hasBoard = useBoardStore((s) => s.board !== null);
  return (
    <>
      {hasBoard ? <BoardScreen /> : <StartScreen />}
      <NoticeBar />
      <RecoveryOffer />
    </>
  );
}
