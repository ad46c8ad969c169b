/**
 * Records keyed by what people typed (custom fields named after spreadsheet headers, votes named after
 * participants) are plain objects, so a key like `constructor` or `toString` would otherwise read a value
 * every object inherits, and `__proto__` would not be stored at all. These two helpers are the only way such a
 * record is read or keyed.
 */

/** The record's own value for the key; never one inherited from Object.prototype. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * A key safe to store: the same text, except `__proto__`, which a plain object cannot hold as data (assigning
 * it changes the object's prototype, and JSON readers drop it), so it is kept as `__proto__ (renamed)`.
 */
export function safeRecordKey(key: string): string {
  return key === '__proto__' ? '__proto__ (renamed)' : key;
}
