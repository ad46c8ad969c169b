import { flushSync } from 'react-dom';

/**
 * Changes an action's status without losing focus to the page. Done, Drop and Reopen take away the button that was
 * pressed, and with closed actions hidden the whole item goes: focus moves to the same action's first button if it
 * is still listed, else to the next action's, the previous one's, or, when the list is empty, to the element the
 * list's `data-action-scope` names in `data-action-fallback`.
 */
export function changeKeepingFocus(item: HTMLElement, change: () => void): void {
  const scope = item.closest<HTMLElement>('[data-action-scope]');
  if (!scope) return change();
  const items = [...scope.querySelectorAll<HTMLElement>('[data-action-id]')];
  const at = items.indexOf(item);
  const id = item.dataset.actionId;
  // Drawn now, so that the items that remain are in the page when focus is placed.
  flushSync(change);
  const active = document.activeElement;
  if (active && active !== document.body && scope.contains(active)) return;
  const listed = (element: HTMLElement | undefined) => element?.isConnected && element.dataset.actionId !== id;
  const same = [...scope.querySelectorAll<HTMLElement>('[data-action-id]')].find((e) => e.dataset.actionId === id);
  const next = items.slice(at + 1).find(listed) ?? items.slice(0, at).reverse().find(listed);
  const target =
    (same ?? next)?.querySelector('button') ?? document.getElementById(scope.dataset.actionFallback ?? '') ?? scope;
  target.focus();
}
