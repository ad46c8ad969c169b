import { useSyncExternalStore } from 'react';
import { calendarDay } from '../../domain';

const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | undefined;

/** Milliseconds from `now` to the next local midnight (a day of 23 or 25 hours included). */
function untilMidnight(now: Date): number {
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return midnight.getTime() - now.getTime();
}

// One timer for every card and panel that reads the day, armed while any of them is shown.
function schedule(): void {
  timer = setTimeout(() => {
    for (const listener of listeners) listener();
    schedule();
  }, untilMidnight(new Date()));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) schedule();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) clearTimeout(timer);
  };
}

const today = () => calendarDay(new Date());

/**
 * The local calendar day, `YYYY-MM-DD`, the day overdue is judged on. A board left open overnight draws again at
 * midnight, so an action due yesterday is flagged the morning after without a click.
 */
export function useToday(): string {
  return useSyncExternalStore(subscribe, today);
}
