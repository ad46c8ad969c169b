import { useEffect } from 'react';
import { redo, undo } from '../store/board-store';

/** Undo and redo act on a focused text field's own text, and on the board everywhere else. */
function isEditingText(): boolean {
  const el = document.activeElement;
  return (
    el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLInputElement && !['checkbox', 'radio', 'range', 'button'].includes(el.type)) ||
    (el instanceof HTMLElement && el.isContentEditable)
  );
}

/** Edit › Undo or Redo from the menu, which reaches the window as a command rather than as keys. */
export function undoOrRedo(which: 'undo' | 'redo'): void {
  if (isEditingText()) document.execCommand(which);
  else (which === 'undo' ? undo : redo)();
}

/** Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z or Ctrl+Y redoes a change to the board; a text field keeps its own. */
export function useUndoKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isEditingText()) return;
      const key = event.key.toLowerCase();
      if (key === 'z') {
        event.preventDefault();
        (event.shiftKey ? redo : undo)();
      } else if (key === 'y' && !event.metaKey) {
        event.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
