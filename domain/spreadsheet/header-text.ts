/**
 * Header text as people wrote it: line breaks, curly quotes, en dashes, double and trailing spaces. Normalised,
 * two headers that say the same thing compare equal, and a duplicate header stays distinct.
 */
export function normalizeHeader(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00A0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A comparison key: lower case, question numbers such as "4A." removed, punctuation folded to spaces. */
export function headerKey(text: string): string {
  return normalizeHeader(text)
    .toLowerCase()
    .replace(/^(question\s+)?\d+[a-z]?[.)]\s*/, '')
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim();
}

/** Headers made distinct and never empty: the second "If Other, please explain." becomes "… (2)". */
export function distinctHeaders(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((text, index) => {
    const base = normalizeHeader(text) || `Column ${columnLetter(index)}`;
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/** A, B, … Z, AA, AB: the spreadsheet name of a zero-based column index. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Identifies a sheet layout by its headers, so a mapping the user saved is offered again for the same layout. */
export function headerSignature(headers: string[]): string {
  let hash = 0x811c9dc5;
  for (const char of headers.map(headerKey).join('\u0001')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${headers.length}:${hash.toString(16).padStart(8, '0')}`;
}
