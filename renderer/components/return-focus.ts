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

/**
 * A card, by the initiative's id, as the window shows it now: its handle on the board, else its bubble on the
 * value × readiness matrix (a focusable `circle`), when either is in the page. Where a dialog or the editor was
 * opened from the matrix, focus goes back to the bubble when it closes.
 */
export function cardHandle(id: string): HTMLElement | null {
  const key = CSS.escape(id);
  return (
    document.querySelector<HTMLElement>(`[data-initiative-id="${key}"] .card-handle`) ??
    // An SVG element, typed as its callers expect: they only focus it, which SVG elements do as HTML ones do.
    (document.querySelector<SVGElement>(`circle.matrix-bubble[data-initiative-id="${key}"]`) as HTMLElement | null)
  );
}
