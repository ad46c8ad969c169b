/** At most `max` characters of `text`, never ending in half of a character written with two UTF-16 units. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * `text` on one line for a brief or a list: line breaks and runs of spaces become one space, and text longer than
 * `max` characters is cut, with an ellipsis, to `max` in all.
 */
export function oneLine(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${cutText(line, max - 1).trimEnd()}…` : line;
}
