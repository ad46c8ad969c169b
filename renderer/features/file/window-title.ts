import { useEffect } from 'react';
import { api } from '../../lib/api';
import { isDirty, useBoardStore } from '../../store/board-store';

export function windowTitle(fileName: string | null, boardTitle: string | null, dirty: boolean): string {
  if (boardTitle === null) return 'Scaleboard';
  return `${dirty ? '• ' : ''}${fileName ?? 'Not saved yet'} — ${boardTitle} — Scaleboard`;
}

/**
 * Keeps the title, with its unsaved marker, in step with the board, and tells main what is unsaved: its close
 * prompt and a crashed page's reload depend on it.
 */
export function useWindowTitle(): void {
  const board = useBoardStore((s) => s.board);
  const savedBoard = useBoardStore((s) => s.savedBoard);
  const file = useBoardStore((s) => s.file);
  const dirty = isDirty({ board, savedBoard });

  useEffect(() => {
    const title = windowTitle(file.fileName, board?.title ?? null, dirty);
    document.title = title;
    void api().window.setEdited({
      edited: dirty,
      handle: file.handle,
      boardId: board?.id ?? null,
      boardTitle: board?.title ?? '',
      windowTitle: title,
    });
  }, [dirty, board?.id, board?.title, file.fileName, file.handle]);
}
