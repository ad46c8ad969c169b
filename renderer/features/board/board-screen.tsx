import { useBoardStore } from '../../store/board-store';
import { EditorPanel } from '../editor/editor-panel';
import { PrintHeader } from '../export/print-header';
import { BoardHeader } from './board-header';
import { BoardView } from './board-view';

export function BoardScreen() {
  const board = useBoardStore((s) => s.board)!;
  return (
    <div className="board-screen">
      <PrintHeader board={board} />
      <BoardHeader />
      <div className="board-area">
        <BoardView />
        <EditorPanel />
      </div>
    </div>
  );
}
