import { EditorPanel } from '../editor/editor-panel';
import { BoardHeader } from './board-header';
import { BoardView } from './board-view';

export function BoardScreen() {
  return (
    <div className="board-screen">
      <BoardHeader />
      <div className="board-area">
        <BoardView />
        <EditorPanel />
      </div>
    </div>
  );
}
