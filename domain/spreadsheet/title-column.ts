import type { ColumnMapping } from './column-mapping';
import { columnLetter } from './header-text';
import type { TableRow } from './table';
import { cellText, isEmptyCell, isEmptyRow } from './table';

/** Longer than this on average, a column reads as a description rather than as names. */
const MAX_TITLE_LIKE_LENGTH = 150;

/** True when the column has no value in any non-empty row under the header. */
export function isColumnEmpty(rows: readonly TableRow[], headerRow: number, column: number): boolean {
  for (let i = headerRow + 1; i < rows.length; i += 1) {
    const cells = rows[i];
    if (!isEmptyRow(cells) && !isEmptyCell(cells![column])) return false;
  }
  return true;
}

/**
 * The column that would make the best titles in place of the one chosen: not already a field's or set aside, its
 * header naming a name or title ("System Name"), else the one with the most distinct values that read as names
 * (words with spaces, short, not e-mail addresses or links). Null when no column has such values.
 */
export function suggestTitleColumn(
  rows: readonly TableRow[],
  headerRow: number,
  mapping: ColumnMapping,
  ignored: readonly number[] = [],
): number | null {
  const taken = new Set([...Object.values(mapping), ...ignored]);
  const width = rows.reduce((n, row) => Math.max(n, row?.length ?? 0), 0);
  const header = rows[headerRow] ?? [];
  let best: { column: number; score: number } | null = null;
  for (let column = 0; column < width; column += 1) {
    if (taken.has(column)) continue;
    const names = new Set<string>();
    let filled = 0;
    let length = 0;
    for (let i = headerRow + 1; i < rows.length; i += 1) {
      const cell = rows[i]?.[column];
      // Numbers, dates and yes/no are not names.
      if (typeof cell !== 'string' || !cell.trim()) continue;
      const text = cell.trim();
      filled += 1;
      length += text.length;
      if (/\s/.test(text) && !/@|:\/\//.test(text)) names.add(text.toLowerCase());
    }
    if (names.size === 0 || length / filled > MAX_TITLE_LIKE_LENGTH) continue;
    const named =
      /\b(name|title)\b/i.test(cellText(header[column])) &&
      !/contact|e-?mail|vendor|poc/i.test(cellText(header[column]));
    const score = names.size + (named ? rows.length : 0);
    if (!best || score > best.score) best = { column, score };
  }
  return best?.column ?? null;
}

/** The one problem an empty title column gives, with the column to choose instead when there is one. */
export function emptyTitleColumnProblem(
  rows: readonly TableRow[],
  headerRow: number,
  labels: readonly string[],
  mapping: ColumnMapping,
  ignored?: readonly number[],
): string {
  const other = suggestTitleColumn(rows, headerRow, mapping, ignored);
  const instead =
    other === null
      ? 'choose the column that names the initiatives'
      : `choose another column for the title, such as “${labels[other]}” (${columnLetter(other)})`;
  return `the title column is empty on every row, so each card is named after its reference or its row number; ${instead}`;
}
