import { useStore } from 'zustand';
import { CommitField } from '../editor/commit-field';
import { isDirty, redo, undo, useBoardStore } from '../../store/board-store';
import { save } from '../file/file-commands';
import { PortfolioHeadline } from './portfolio-headline';

/** The board's title, its file and unsaved state, the portfolio in one line, and undo, redo and save. */
export function BoardHeader() {
  const board = useBoardStore((s) => s.board)!;
  const fileName = useBoardStore((s) => s.file.fileName);
  const dirty = useBoardStore(isDirty);
  const updateBoard = useBoardStore((s) => s.updateBoard);
  const canUndo = useStore(useBoardStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useBoardStore.temporal, (s) => s.futureStates.length > 0);

  return (
    <header className="board-header">
      {/* The title is edited in a field; the page's heading names the board for screen readers. */}
      <h1 className="visually-hidden">{board.title}</h1>
      <div className="board-heading">
        <div className="board-title-field">
          <CommitField
            id="board-title"
            label="Board title"
            value={board.title}
            required
            onCommit={(title) => updateBoard({ title })}
          />
        </div>
        <p className="file-state">
          <span className="file-name">{fileName ?? 'Not saved yet'}</span>
          {dirty ? (
            <span className="unsaved" role="status">
              Unsaved changes
            </span>
          ) : (
            <span className="saved">Saved</span>
          )}
        </p>
      </div>
      <p className="portfolio-summary" aria-label="Portfolio summary">
        <PortfolioHeadline board={board} total={false} />
      </p>
      <div className="toolbar" role="toolbar" aria-label="Board actions">
        <button type="button" className="button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" className="button" onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
        <button type="button" className="button primary" onClick={() => void save()} title="Save (Ctrl+S)">
          Save
        </button>
      </div>
    </header>
  );
}
