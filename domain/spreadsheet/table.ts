/**
 * A sheet as the importer sees it, independent of the file format: rows of plain cells. Main reads a file into
 * this shape (SheetJS for workbooks, csv-parse for CSV); everything after that is pure.
 */

/** A cell that held a real date (a date-formatted number in a workbook), already converted to ISO 8601. */
export interface DateCell {
  date: string;
}
export type TableCell = null | string | number | boolean | DateCell;
export type TableRow = TableCell[];

export interface SheetTable {
  name: string;
  rows: TableRow[];
}

export function isDateCell(cell: TableCell): cell is DateCell {
  return typeof cell === 'object' && cell !== null && 'date' in cell;
}

export function isEmptyCell(cell: TableCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

export function isEmptyRow(row: TableRow | undefined): boolean {
  return !row || row.every(isEmptyCell);
}

/** A cell as text, the way the sheet shows it: dates as YYYY-MM-DD (with time when it has one). */
export function cellText(cell: TableCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(Number(cell.toPrecision(15)));
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell.date.endsWith('T00:00:00.000Z') ? cell.date.slice(0, 10) : cell.date;
}
