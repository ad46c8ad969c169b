/**
 * Gives focus back after a dialog or panel closes, if it was left nowhere: to the control that opened it if it is still in the page,
 * else to the fallback (the card the dialog was about, now in another column), else to the board's main area.
 * Deferred to after React's commit, because the fallback may be rendered in the same commit that closed the dialog.
 */
export function returnFocus(opener: HTMLElement | null, fallback?: () => HTMLElement | null | undefined): void {
  queueMicrotask(() => {
    // Focus that went somewhere on purpose (into the editor the log just opened, say) stays there.
    if (document.activeElement && document.activeElement !== document.body) return;
    if (opener && opener !== document.body && opener.isConnected) {
      opener.focus();
      if (document.activeElement === opener) return;
    }
    const target = fallback?.() ?? document.querySelector<HTMLElement>('main');
    target?.focus();
  });
}

/** A card's handle on the board, by the initiative's id, when it is in the page. */
export function cardHandle(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-initiative-id="${CSS.escape(id)}"] .card-handle`);
}
