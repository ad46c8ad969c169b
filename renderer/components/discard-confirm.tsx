import { useLayoutEffect, useRef } from 'react';
import { returnFocus } from './return-focus';

/**
 * Asked inside a dialog when Escape would throw away what the user typed: keep editing (focused, and what a
 * second Escape means) or discard. Work is never lost to a stray key.
 */
export function DiscardConfirm({
  question,
  onDiscard,
  onKeep,
}: {
  question: string;
  onDiscard: () => void;
  onKeep: () => void;
}) {
  const keep = useRef<HTMLButtonElement>(null);
  // Keeping on goes back to the field the user was in when they pressed Escape.
  const before = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    before.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    keep.current?.focus();
  }, []);
  const keepEditing = () => {
    onKeep();
    returnFocus(before.current);
  };
  return (
    <div
      className="discard-confirm"
      role="alert"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        keepEditing();
      }}
    >
      <p>{question}</p>
      <button type="button" className="button danger" onClick={onDiscard}>
        Discard changes
      </button>
      <button ref={keep} type="button" className="button primary" onClick={keepEditing}>
        Keep editing
      </button>
    </div>
  );
}
