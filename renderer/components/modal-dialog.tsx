import './dialogs.css';
import type { ReactNode } from 'react';
import { useLayoutEffect, useRef } from 'react';
import { returnFocus } from './return-focus';

interface ModalDialogProps {
  /** Added to the frame's class, for a frame that dims the window more (the focus view). */
  className?: string;
  labelledBy: string;
  describedBy?: string;
  /** 'alertdialog' for a question the user must answer before anything else (a recovery offer). */
  role?: 'dialog' | 'alertdialog';
  /**
   * Escape, or the browser closing the dialog on its own. The owner decides: close it (unmount), or keep it open
   * and ask first when closing would throw away what the user typed.
   */
  onCancel: () => void;
  /** Where focus goes on close when the control that opened the dialog has left the page (a card that moved). */
  fallbackFocus?: () => HTMLElement | null | undefined;
  children: ReactNode;
}

/**
 * A modal dialog on the native `<dialog>` opened with showModal(): the browser makes the rest of the window inert,
 * so Tab stays inside and nothing behind it can be clicked or read. Focus goes to the element marked
 * `data-autofocus` (else the first control), Escape asks the owner through onCancel, and closing gives focus back
 * to what had it when the dialog opened. The frame only covers and dims the window: the dialog's box is its child
 * (a `.modal` div), so a dialog's content and styles stay as they were.
 */
export function ModalDialog({
  className,
  labelledBy,
  describedBy,
  role,
  onCancel,
  fallbackFocus,
  children,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // Read at close time, so that the latest callbacks are used without reopening the dialog.
  const latest = useRef({ onCancel, fallbackFocus });
  useLayoutEffect(() => {
    latest.current = { onCancel, fallbackFocus };
  });

  useLayoutEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    // Chrome lets a page refuse a close request only once per user activation; the second Escape closes the
    // dialog whatever the page says. The dialog is the owner's to close, so it opens again and the owner decides.
    const onClose = () => {
      if (!dialog.isConnected) return;
      dialog.showModal();
      latest.current.onCancel();
    };
    const onCancelEvent = (event: Event) => {
      event.preventDefault();
      latest.current.onCancel();
    };
    dialog.addEventListener('close', onClose);
    dialog.addEventListener('cancel', onCancelEvent);
    return () => {
      dialog.removeEventListener('close', onClose);
      dialog.removeEventListener('cancel', onCancelEvent);
      dialog.close();
      returnFocus(opener, latest.current.fallbackFocus);
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={className ? `modal-frame ${className}` : 'modal-frame'}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onKeyDown={(event) => {
        // Handled here rather than left to the browser's close request, so that one Escape is always one cancel.
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
