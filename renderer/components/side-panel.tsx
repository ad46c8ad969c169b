import './dialogs.css';
import type { ReactNode } from 'react';
import { useRef } from 'react';
import { closeOnEscape, usePanelFocus } from './panel-focus';

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
  usePanelFocus(ref, { focusKey, fallback: fallbackFocus });
  return (
    <aside
      ref={ref}
      className={className}
      aria-labelledby={labelledBy}
      tabIndex={-1}
      onKeyDownCapture={closeOnEscape(onClose)}
    >
      {children}
    </aside>
  );
}
