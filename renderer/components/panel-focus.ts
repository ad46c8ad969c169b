import type { KeyboardEvent, RefObject } from 'react';
import { useLayoutEffect, useRef } from 'react';
import { returnFocus } from './return-focus';

/**
 * Focus for a panel that is not modal (a side panel, the filters): opening it moves focus into it, to `initial` or
 * else the panel itself, and a new `focusKey` does so again; closing it gives focus back to what had it when the
 * panel opened (`returnFocus`), or to `fallback` when that has left the page. One way for every panel.
 */
export function usePanelFocus(
  ref: RefObject<HTMLElement | null>,
  {
    focusKey,
    initial,
    fallback,
  }: {
    focusKey?: string;
    initial?: (panel: HTMLElement) => HTMLElement | null;
    fallback?: () => HTMLElement | null | undefined;
  } = {},
): void {
  const opener = useRef<HTMLElement | null>(null);
  const latest = useRef({ initial, fallback });
  useLayoutEffect(() => {
    latest.current = { initial, fallback };
  });

  useLayoutEffect(() => {
    const panel = ref.current;
    const active = document.activeElement;
    // An SVG element can hold focus too: a bubble of the matrix opens the editor.
    const focusable = active instanceof HTMLElement || active instanceof SVGElement;
    if (!panel?.contains(active) && focusable && active !== document.body) {
      opener.current = active as HTMLElement;
    }
    if (panel) (latest.current.initial?.(panel) ?? panel).focus();
  }, [ref, focusKey]);
  useLayoutEffect(() => () => returnFocus(opener.current, () => latest.current.fallback?.()), []);
}

/**
 * Escape anywhere in a panel closes it, caught before a field's own Escape (which reverts its draft): the field loses
 * focus first, which commits what was typed as one undoable edit, and then the panel closes. Escape never throws
 * typing away.
 */
export function closeOnEscape(onClose: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    onClose();
  };
}
