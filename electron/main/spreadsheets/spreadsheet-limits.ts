import type { Result } from '../../../domain';
import { columnLetter, err, formatBytes } from '../../../domain';

/** The files an import accepts, by extension. Kept here, apart from the reader, so main can name them in its
 * open dialog without loading SheetJS: the reading happens in the spreadsheet process. */
export const SPREADSHEET_EXTENSIONS = ['xlsx', 'xlsm', 'xls', 'ods', 'csv', 'tsv', 'txt'];

/**
 * What an import reads at most; each error that cites one says the number. Each counts what reading costs, not
 * what a file says about itself, and is checked before the cost is paid.
 */
export const SPREADSHEET_LIMITS = {
  /** Bytes in the file. */
  fileBytes: 100 * 1024 * 1024,
  /** Rows in any one sheet, counting from the top. */
  rows: 250_000,
  /**
   * Cells over all sheets, each sheet counted from A1 to the last row and the last column that hold a value: the
   * empty cells within that range take memory as a table too, so one value in column XFD makes a row 16,384 wide.
   */
  cells: 5_000_000,
  /**
   * Bytes a zipped workbook may unpack to, all its parts (sheets, shared strings, images) together, as SheetJS
   * unpacks them all at once: room for the cell limit, not for a zip bomb.
   */
  unpackedBytes: 256 * 1024 * 1024,
  /** Characters in one cell; longer text is refused rather than truncated silently. */
  cellCharacters: 1_000_000,
} as const;

/** A sheet too long; `sheet` is left out for a CSV file, which is its one sheet. */
export function tooManyRows(fileName: string, sheet?: string): Result<never> {
  return err(
    'too-many-rows',
    `${fileName}${sheet === undefined ? '' : `: “${sheet}”`} has more than ${SPREADSHEET_LIMITS.rows.toLocaleString('en')} rows, the most Scaleboard imports from one sheet.`,
  );
}

/** The range a sheet uses, counted from A1: what the cell limit counts. */
export interface SheetExtent {
  /** Left out for a CSV file, which is its one sheet. */
  sheet?: string;
  /** To the last row with a filled cell. */
  rows: number;
  /** To the last column with a filled cell. */
  columns: number;
}

/** The refusal of sheets whose ranges together pass the cell limit, or null when they do not. */
export function cellsPastLimit(fileName: string, extents: SheetExtent[]): Result<never> | null {
  let cells = 0;
  let largest: SheetExtent = { rows: 0, columns: 0 };
  for (const extent of extents) {
    cells += extent.rows * extent.columns;
    if (extent.rows * extent.columns > largest.rows * largest.columns) largest = extent;
  }
  return cells > SPREADSHEET_LIMITS.cells ? tooManyCells(fileName, largest) : null;
}

/** Cells past the limit, naming the largest range so the user can see what to delete. */
export function tooManyCells(fileName: string, largest: SheetExtent): Result<never> {
  const where = largest.sheet === undefined ? 'it' : `“${largest.sheet}”`;
  return err(
    'too-many-cells',
    `${fileName} spans more than ${SPREADSHEET_LIMITS.cells.toLocaleString('en')} cells, the most Scaleboard imports from one file: ${where} reaches row ${largest.rows.toLocaleString('en')} and column ${columnLetter(largest.columns - 1)}, and the empty cells within that range count too. Delete what lies far to the right of or below the data, or split the file.`,
  );
}

export function unpacksTooLarge(fileName: string): Result<never> {
  return err(
    'too-large',
    `${fileName} unpacks to more than ${formatBytes(SPREADSHEET_LIMITS.unpackedBytes)}, more than Scaleboard reads: it is not an ordinary workbook.`,
  );
}

export function cellTooLong(fileName: string): Result<never> {
  return err(
    'cell-too-long',
    `${fileName} has a cell longer than ${SPREADSHEET_LIMITS.cellCharacters.toLocaleString('en')} characters, the most Scaleboard reads from one cell.`,
  );
}
