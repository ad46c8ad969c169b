/**
 * Reads a spreadsheet file into tables (DESIGN.md §6): SheetJS for workbooks, read-csv.ts for CSV and TSV. Every
 * way a file can be wrong ends in a clear error value; nothing here touches the board. No Electron import: the
 * spreadsheet process runs this, in the app and for the command-line tool.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';
import type { Result, TableCell, TableRow, WorkbookTables } from '../../../domain';
import { err, formatBytes, ok, serialToIso } from '../../../domain';
import { readCsv } from './read-csv';
import type { SheetExtent } from './spreadsheet-limits';
import {
  cellsPastLimit,
  cellTooLong,
  SPREADSHEET_EXTENSIONS,
  SPREADSHEET_LIMITS,
  tooManyRows,
  unpacksTooLarge,
} from './spreadsheet-limits';
import { isOverUnpackedBudget, withUnpackedBudget } from './unpacked-size-limit';
import { refuseZippedWorkbook } from './zipped-workbook-limits';

export { SPREADSHEET_EXTENSIONS };

type Kind = 'zip' | 'cfb' | 'text' | 'binary';

function sniff(bytes: Uint8Array): Kind {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'cfb';
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0) ? 'binary' : 'text';
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

function readWorkbook(bytes: Uint8Array, fileName: string, kind: 'zip' | 'cfb'): Result<WorkbookTables> {
  if (kind === 'zip') {
    const refused = refuseZippedWorkbook(bytes, fileName);
    if (refused) return refused;
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
  const extents: SheetExtent[] = [];
  for (const name of workbook.SheetNames) {
    const data = dataOf(name);
    if (data.length > SPREADSHEET_LIMITS.rows) return tooManyRows(fileName, name);
    extents.push({ sheet: name, rows: data.length, columns: widestRow(data) });
  }
  const tooMany = cellsPastLimit(fileName, extents);
  if (tooMany) return tooMany;

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
