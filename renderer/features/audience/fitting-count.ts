import type { RefObject } from 'react';
import { useLayoutEffect, useState } from 'react';

/** How many items a projector list lays out to measure which fit: more than any 4K screen shows at this type size. */
export const MEASURED_AT_MOST = 60;

/** The window's size, so that lists measure again when the projector's resolution changes. */
function useViewportSize(): string {
  const [size, setSize] = useState(() => `${window.innerWidth}x${window.innerHeight}`);
  useLayoutEffect(() => {
    const update = () => setSize(`${window.innerWidth}x${window.innerHeight}`);
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return size;
}

/**
 * How many of a list's items fit whole on screen (the projector has no scroll bars): null while the list lays out
 * its first MEASURED_AT_MOST items to be measured, then the number whose bottom edge is inside both the list and
 * `clip`. Measured before paint, so the room never sees a card cut in half; measured again when `key` changes.
 */
export function useFittingCount(
  list: RefObject<HTMLElement | null>,
  clip: RefObject<HTMLElement | null>,
  key: unknown,
): number | null {
  const viewport = useViewportSize();
  const [fits, setFits] = useState<{ key: unknown; viewport: string; count: number } | null>(null);
  const current = fits && fits.key === key && fits.viewport === viewport ? fits.count : null;
  useLayoutEffect(() => {
    if (current !== null || !list.current) return;
    const bottoms = [list.current.getBoundingClientRect().bottom];
    if (clip.current) bottoms.push(clip.current.getBoundingClientRect().bottom);
    const limit = Math.min(...bottoms) + 0.5;
    let count = 0;
    for (const item of Array.from(list.current.children)) {
      if (item.getBoundingClientRect().bottom > limit) break;
      count += 1;
    }
    // Measuring the laid-out DOM and rendering again before paint is what useLayoutEffect is for (React's own
    // tooltip example); the second render reads `current` and does not measure again.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFits({ key, viewport, count });
  }, [current, key, viewport, list, clip]);
  return current;
}
