import { isKnownHeader } from './import-fields';
import type { SheetTable, TableRow } from './table';
import { cellText, isEmptyCell, isEmptyRow } from './table';

/** How far down a header row is looked for: below banners, titles and blank rows, not in the data. */
const HEADER_SEARCH_ROWS = 30;
const MAX_HEADER_LENGTH = 400;

function headerLikeCells(row: TableRow | undefined): number {
  if (!row) return 0;
  let count = 0;
  for (const cell of row) {
    if (
      typeof cell === 'string' &&
      cell.trim() !== '' &&
      cell.length <= MAX_HEADER_LENGTH &&
      !/^[-+]?\d+([.,]\d+)?$/.test(cell.trim())
    ) {
      count += 1;
    }
  }
  return count;
}

/**
 * The row that holds the column headers, found by content: the row with the most header-like text cells (and
 * headings Scaleboard knows), with data below it. Banner rows, merged section titles and blank rows above it are
 * passed over. Null when no row has at least two header-like cells.
 */
export function detectHeaderRow(rows: TableRow[]): number | null {
  let best: { index: number; score: number } | null = null;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) {
    const row = rows[index];
    const texts = headerLikeCells(row);
    if (texts < 2) continue;
    const known = row!.filter((cell) => typeof cell === 'string' && isKnownHeader(cell)).length;
    const filled = row!.filter((cell) => !isEmptyCell(cell)).length;
    // A header row is mostly text; a data row has numbers and dates among its cells.
    const textShare = texts / filled;
    const hasDataBelow = rows.slice(index + 1, index + 6).some((r) => !isEmptyRow(r));
    const score = texts + known * 3 + (textShare > 0.8 ? 2 : 0) + (hasDataBelow ? 2 : -5);
    if (!best || score > best.score) best = { index, score };
  }
  return best?.index ?? null;
}

export interface SheetSummary {
  name: string;
  hidden: boolean;
  /** Non-empty rows in the sheet. */
  rows: number;
  columns: number;
}

/** The number of non-empty rows below the header row: the data rows an import reads. */
export function countDataRows(rows: TableRow[], headerRow: number): number {
  let count = 0;
  for (let i = headerRow + 1; i < rows.length; i += 1) if (!isEmptyRow(rows[i])) count += 1;
  return count;
}

/**
 * The sheet that looks like the data: visible, with a header row, and the most data cells under it. Hidden sheets
 * (dropdown lists, scratch) and empty ones are skipped; null when no sheet qualifies.
 */
export function chooseDataSheet(sheets: (SheetTable & { hidden?: boolean })[]): string | null {
  let best: { name: string; score: number } | null = null;
  for (const sheet of sheets) {
    if (sheet.hidden) continue;
    const header = detectHeaderRow(sheet.rows);
    if (header === null) continue;
    const columns = sheet.rows[header]!.filter((cell) => !isEmptyCell(cell)).length;
    const score = countDataRows(sheet.rows, header) * columns;
    if (score > 0 && (!best || score > best.score)) best = { name: sheet.name, score };
  }
  return best?.name ?? null;
}

/** The header row's text, one entry per column up to the widest row, so a column with data but no header is kept. */
export function headerCells(rows: TableRow[], headerRow: number): string[] {
  let width = 0;
  for (let i = headerRow; i < rows.length; i += 1) width = Math.max(width, rows[i]?.length ?? 0);
  const row = rows[headerRow] ?? [];
  return Array.from({ length: width }, (_, i) => cellText(row[i]));
}
