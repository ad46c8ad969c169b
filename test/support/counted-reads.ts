/**
 * An array that counts how often its items are read, for tests that a function looks items up by an index made
 * once rather than by a search per item: the count grows with the list, not with the list times the lookups.
 */
export function countedReads<T>(items: readonly T[]): { items: T[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy([...items], {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { items: proxy, reads: () => reads };
}
