/** The files an import accepts, by extension. Kept here, apart from the reader, so main can name them in its
 * open dialog without loading SheetJS: the reading happens in the spreadsheet process. */
export const SPREADSHEET_EXTENSIONS = ['xlsx', 'xlsm', 'xls', 'ods', 'csv', 'tsv', 'txt'];

/** What an import reads at most; each error that cites one says the number. */
export const SPREADSHEET_LIMITS = {
  /** Bytes in the file. */
  fileBytes: 100 * 1024 * 1024,
  /** Rows in any one sheet, counting from the top. */
  rows: 250_000,
  /** Cells holding a value, over all sheets. */
  cells: 5_000_000,
  /** Bytes one part of a workbook (a sheet's XML) may unpack to: room for the cell limit, not for a zip bomb. */
  unpackedPartBytes: 256 * 1024 * 1024,
  /** Characters in one cell; longer text is refused rather than truncated silently. */
  cellCharacters: 1_000_000,
} as const;

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MiB`
    : `${Math.ceil(bytes / 1024)} KiB`;
}
