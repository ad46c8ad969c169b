/**
 * Reads a spreadsheet file into tables (DESIGN.md §6): SheetJS for workbooks, our own decoder and parser for CSV
 * and TSV. Every way a file can be wrong ends in a clear error value; nothing here touches the board. No Electron
 * import: the command-line tool uses this too.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';
import type { Result, TableCell, TableRow, WorkbookTables } from '../../../domain';
import { err, ok, parseCsv, serialToIso } from '../../../domain';
import {
  cellTooLong,
  formatBytes,
  SPREADSHEET_EXTENSIONS,
  SPREADSHEET_LIMITS,
  tooManyCells,
  tooManyRows,
  unpacksTooLarge,
} from './spreadsheet-limits';
import { declaredUnpackedBytes, isOverUnpackedBudget, withUnpackedBudget } from './unpacked-size-limit';

export { SPREADSHEET_EXTENSIONS };

type Kind = 'zip' | 'cfb' | 'text' | 'binary';

function sniff(bytes: Uint8Array): Kind {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'cfb';
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0) ? 'binary' : 'text';
}

/** Windows-1252's characters for bytes 0x80–0x9F (the rest of the code page is Latin-1); 0 marks an unused byte. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const chars = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i]!;
    const high = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : 0;
    chars[i] = String.fromCharCode(high || byte);
  }
  return chars.join('');
}

/**
 * Text from CSV bytes: UTF-8 (with or without BOM), else Windows-1252, which never fails to decode. The code
 * page is decoded here rather than by TextDecoder, which in Node without full ICU reads it as Latin-1 and turns
 * curly quotes and dashes into control characters.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

export async function readSpreadsheetFile(filePath: string): Promise<Result<WorkbookTables>> {
  const fileName = path.basename(filePath);
  let bytes: Buffer;
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) return err('not-a-file', `${fileName} is not a file.`);
    if (stat.size > SPREADSHEET_LIMITS.fileBytes) {
      return err(
        'too-large',
        `${fileName} is ${formatBytes(stat.size)}; Scaleboard imports spreadsheets up to ${formatBytes(SPREADSHEET_LIMITS.fileBytes)}.`,
      );
    }
    bytes = await fs.readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return err(
      'read-failed',
      `Could not read ${fileName}: ${code === 'ENOENT' ? 'the file does not exist' : (error as Error).message}.`,
    );
  }
  return readSpreadsheetBytes(bytes, fileName);
}

export function readSpreadsheetBytes(bytes: Uint8Array, fileName: string): Result<WorkbookTables> {
  if (bytes.length === 0) return err('empty-file', `${fileName} is empty.`);
  const extension = path.extname(fileName).slice(1).toLowerCase();
  const kind = sniff(bytes);
  const isTextExtension = ['csv', 'tsv', 'txt'].includes(extension);

  if (!SPREADSHEET_EXTENSIONS.includes(extension)) {
    return err(
      'not-a-spreadsheet',
      `${fileName} is not a spreadsheet: Scaleboard imports ${SPREADSHEET_EXTENSIONS.filter((e) => e !== 'txt')
        .map((e) => `.${e}`)
        .join(', ')} files.`,
    );
  }
  if (kind === 'text' && isTextExtension) return readCsv(bytes, fileName, extension);
  if (kind === 'text' || kind === 'binary') {
    return err(
      'not-a-spreadsheet',
      `${fileName} is not a spreadsheet: its content is not an Excel, OpenDocument or CSV file.`,
    );
  }
  if (isTextExtension)
    return err(
      'not-a-spreadsheet',
      `${fileName} is named like a text file but holds a workbook; rename it to .xlsx or .xls.`,
    );
  return readWorkbook(bytes, fileName, kind);
}

function readCsv(bytes: Uint8Array, fileName: string, extension: string): Result<WorkbookTables> {
  const { text } = decodeText(bytes);
  const rows = parseCsv(text, extension === 'tsv' ? '\t' : undefined).map(trimRow);
  if (rows.length > SPREADSHEET_LIMITS.rows) return tooManyRows(fileName);
  let columns = 0;
  for (const row of rows) {
    columns = Math.max(columns, row.length);
    for (const cell of row) if (cell.length > SPREADSHEET_LIMITS.cellCharacters) return cellTooLong(fileName);
  }
  if (rows.length * columns > SPREADSHEET_LIMITS.cells) return tooManyCells(fileName, { rows: rows.length, columns });
  const name = path.basename(fileName, path.extname(fileName)) || 'Sheet1';
  return ok({ fileName, date1904: false, sheets: [{ name, hidden: false, rows }] });
}

function readWorkbook(bytes: Uint8Array, fileName: string, kind: 'zip' | 'cfb'): Result<WorkbookTables> {
  if (kind === 'zip' && (declaredUnpackedBytes(bytes) ?? 0) > SPREADSHEET_LIMITS.unpackedBytes) {
    return unpacksTooLarge(fileName);
  }
  let workbook: XLSX.WorkBook;
  try {
    workbook = withUnpackedBudget(SPREADSHEET_LIMITS.unpackedBytes, () =>
      XLSX.read(bytes, {
        type: 'buffer',
        dense: true,
        cellDates: false,
        cellNF: true,
        cellStyles: false,
        cellHTML: false,
        cellFormula: false,
        sheetStubs: false,
        // Bounds memory whatever the sheet declares: a sheet longer than this is refused below.
        sheetRows: SPREADSHEET_LIMITS.rows + 1,
        WTF: false,
      }),
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (isOverUnpackedBudget(error)) return unpacksTooLarge(fileName);
    // Excel keeps a password-protected workbook in a CFB container; a damaged zip may also mention encryption.
    if (kind === 'cfb' && /password|encrypt/i.test(detail)) {
      return err(
        'encrypted',
        `${fileName} is protected with a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save, and import it again.`,
      );
    }
    return err('corrupt', `${fileName} could not be read as a workbook: it is damaged or incomplete (${detail}).`);
  }
  if (kind === 'cfb' && !workbook.SheetNames.length) {
    return err('corrupt', `${fileName} could not be read as a workbook: it holds no sheets.`);
  }

  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const sheetProps = workbook.Workbook?.Sheets ?? [];
  const dataOf = (name: string) => (workbook.Sheets[name]?.['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];

  // SheetJS holds only the cells a sheet has; a table holds every cell up to the last row and column. Both are
  // measured before any table is made, so one value in column XFD of each row is refused, not materialised.
  let cells = 0;
  let largest = { sheet: '', rows: 0, columns: 0 };
  for (const name of workbook.SheetNames) {
    const data = dataOf(name);
    if (data.length > SPREADSHEET_LIMITS.rows) return tooManyRows(fileName, name);
    const extent = { sheet: name, rows: data.length, columns: widestRow(data) };
    cells += extent.rows * extent.columns;
    if (extent.rows * extent.columns > largest.rows * largest.columns) largest = extent;
  }
  if (cells > SPREADSHEET_LIMITS.cells) return tooManyCells(fileName, largest);

  const sheets: WorkbookTables['sheets'] = [];
  for (const [index, name] of workbook.SheetNames.entries()) {
    const data = dataOf(name);
    const rows: TableRow[] = new Array(data.length);
    for (let r = 0; r < data.length; r += 1) {
      const source = data[r];
      if (!source) {
        rows[r] = [];
        continue;
      }
      const row: TableCell[] = new Array(source.length).fill(null);
      for (let c = 0; c < source.length; c += 1) {
        const cell = source[c];
        if (!cell) continue;
        const value = cellValue(cell, date1904);
        if (value === null) continue;
        if (typeof value === 'string' && value.length > SPREADSHEET_LIMITS.cellCharacters) return cellTooLong(fileName);
        row[c] = value;
      }
      rows[r] = trimRow(row);
    }
    sheets.push({ name, hidden: Boolean(sheetProps[index]?.Hidden), rows });
  }
  return ok({ fileName, date1904, sheets });
}

/** The number of columns a sheet's rows reach: SheetJS's dense rows end at their last cell. */
function widestRow(data: (XLSX.CellObject[] | undefined)[]): number {
  let width = 0;
  for (const row of data) if (row && row.length > width) width = row.length;
  return width;
}

/** A SheetJS cell as a table cell: date-formatted numbers become dates in the workbook's date system. */
function cellValue(cell: XLSX.CellObject, date1904: boolean): TableCell {
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'n': {
      const value = cell.v as number;
      if (typeof value !== 'number' || !Number.isFinite(value)) return null;
      const format = cell.z;
      if (format !== undefined && XLSX.SSF.is_date(format)) return { date: serialToIso(value, date1904) };
      return value;
    }
    case 'b':
      return Boolean(cell.v);
    case 'd':
      return cell.v instanceof Date ? { date: cell.v.toISOString() } : null;
    case 'e':
      return cell.w ?? '#ERROR';
    default:
      return null;
  }
}

function trimRow<T>(row: T[]): T[] {
  let end = row.length;
  while (end > 0 && (row[end - 1] === null || row[end - 1] === '')) end -= 1;
  return end === row.length ? row : row.slice(0, end);
}
