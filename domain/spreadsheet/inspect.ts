import type { StageConfig } from '../board-schema';
import type { ColumnMapping, SavedMapping } from './column-mapping';
import { suggestMapping } from './column-mapping';
import type { SheetSummary } from './header-detection';
import { chooseDataSheet, countDataRows, detectHeaderRow, headerCells } from './header-detection';
import { distinctHeaders, headerSignature } from './header-text';
import type { StageValue } from './stage-suggestion';
import { distinctStageValues } from './stage-suggestion';
import type { SheetTable } from './table';
import type { TableRow } from './table';
import { cellText, isEmptyRow } from './table';
import { governanceValueReads } from './governance-values';
import type { ImportField } from './import-fields';

/** A workbook or CSV file as read: its sheets in order, and its date system. */
export interface WorkbookTables {
  fileName: string;
  date1904: boolean;
  sheets: (SheetTable & { hidden: boolean })[];
}

/** What the importer found in a file: the data sheet, its header row and how its columns would be read. */
export interface Inspection {
  fileName: string;
  sheets: SheetSummary[];
  sheet: string;
  /** Zero-based index of the header row. */
  headerRow: number;
  headers: string[];
  signature: string;
  mapping: ColumnMapping;
  stageValues: StageValue[];
  dataRows: number;
  date1904: boolean;
}

export interface InspectOptions {
  sheet?: string;
  headerRow?: number;
  /** The mapping saved for a header signature, if the user saved one. */
  savedMapping?: (signature: string) => SavedMapping | undefined;
  stages?: StageConfig[];
}

export type InspectError = { code: 'no-sheet' | 'unknown-sheet' | 'no-header' | 'bad-header-row'; message: string };

export function summarizeSheets(workbook: WorkbookTables): SheetSummary[] {
  return workbook.sheets.map((sheet) => ({
    name: sheet.name,
    hidden: sheet.hidden,
    rows: sheet.rows.reduce((n, row) => n + (isEmptyRow(row) ? 0 : 1), 0),
    columns: sheet.rows.reduce((n, row) => Math.max(n, row?.length ?? 0), 0),
  }));
}

/** Finds the data sheet (or takes the one asked for), its header row, the column mapping and the stage values. */
export function inspectWorkbook(
  workbook: WorkbookTables,
  options: InspectOptions = {},
): { ok: true; value: Inspection } | { ok: false; error: InspectError } {
  const sheetName = options.sheet ?? chooseDataSheet(workbook.sheets);
  if (sheetName === null) {
    return fail('no-sheet', `${workbook.fileName} has no sheet with a header row and data under it.`);
  }
  const sheet = workbook.sheets.find((s) => s.name === sheetName);
  if (!sheet) {
    const names = workbook.sheets.map((s) => `“${s.name}”`).join(', ');
    return fail('unknown-sheet', `${workbook.fileName} has no sheet named “${sheetName}” (it has ${names}).`);
  }
  let headerRow: number | null;
  if (options.headerRow !== undefined) {
    if (!Number.isInteger(options.headerRow) || options.headerRow < 0 || isEmptyRow(sheet.rows[options.headerRow])) {
      return fail(
        'bad-header-row',
        `Row ${options.headerRow + 1} of “${sheet.name}” is empty; choose the row that holds the column headers.`,
      );
    }
    headerRow = options.headerRow;
  } else {
    headerRow = detectHeaderRow(sheet.rows);
  }
  if (headerRow === null) {
    return fail(
      'no-header',
      `No header row found in “${sheet.name}” of ${workbook.fileName}: no row near the top has two or more column headings.`,
    );
  }
  const headers = distinctHeaders(headerCells(sheet.rows, headerRow));
  const signature = headerSignature(headers);
  const mapping = suggestMapping(headers, options.savedMapping?.(signature), (field, column) =>
    readableValues(sheet.rows, headerRow, field, column),
  );
  return {
    ok: true,
    value: {
      fileName: workbook.fileName,
      sheets: summarizeSheets(workbook),
      sheet: sheet.name,
      headerRow,
      headers,
      signature,
      mapping,
      stageValues: distinctStageValues(sheet.rows, headerRow, mapping.stage, options.stages),
      dataRows: countDataRows(sheet.rows, headerRow),
      date1904: workbook.date1904,
    },
  };
}

/** How many of a column's values a governance field reads as answers; 0 for any other field. */
function readableValues(rows: TableRow[], headerRow: number, field: ImportField, column: number): number {
  const reads = governanceValueReads(field);
  if (!reads) return 0;
  let count = 0;
  for (let i = headerRow + 1; i < rows.length; i += 1) {
    const text = cellText(rows[i]?.[column]);
    if (text.trim() && reads(text)) count += 1;
  }
  return count;
}

function fail(code: InspectError['code'], message: string): { ok: false; error: InspectError } {
  return { ok: false, error: { code, message } };
}
