import './dialogs.css';
import type { ReactNode } from 'react';
import { useLayoutEffect, useRef } from 'react';
import { returnFocus } from './return-focus';

interface SidePanelProps {
  className: string;
  labelledBy: string;
  /** Escape anywhere in the panel, after the field being edited has committed its text. */
  onClose: () => void;
  /** A new value moves focus to the panel again (the editor showing another card). */
  focusKey?: string;
  /** Where focus goes on close when the control that opened the panel has left the page. */
  fallbackFocus?: () => HTMLElement | null | undefined;
  children: ReactNode;
}

/**
 * A panel beside the board, not modal: the board stays usable. Opening it moves focus to it, so the next Tab is
 * in the panel rather than back at the top of the window; Escape closes it; closing gives focus back to what had
 * it when the panel opened.
 */
export function SidePanel({ className, labelledBy, onClose, focusKey, fallbackFocus, children }: SidePanelProps) {
  const ref = useRef<HTMLElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const latest = useRef(fallbackFocus);
  useLayoutEffect(() => {
    latest.current = fallbackFocus;
  });

  useLayoutEffect(() => {
    const active = document.activeElement;
    if (!ref.current?.contains(active) && active instanceof HTMLElement && active !== document.body) {
      opener.current = active;
    }
    ref.current?.focus();
  }, [focusKey]);
  useLayoutEffect(() => () => returnFocus(opener.current, () => latest.current?.()), []);

  return (
    <aside
      ref={ref}
      className={className}
      aria-labelledby={labelledBy}
      tabIndex={-1}
      // Caught before a field's own Escape (which reverts its draft): the field loses focus first, which commits
      // what was typed as one undoable edit, and then the panel closes. Escape never throws typing away.
      onKeyDownCapture={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
        onClose();
      }}
    >
      {children}
    </aside>
  );
}
