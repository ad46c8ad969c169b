/**
 * CSV and TSV bytes into one sheet (DESIGN.md §6.3): decoded as UTF-8, or Windows-1252 when they are not valid
 * UTF-8; parsed by csv-parse, which has met more of the world's CSV than a parser of our own would. Rows are
 * counted, measured and checked against the limits as they are parsed, so an oversized file is refused when it
 * passes a limit, not after all of it is held.
 */
import path from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import type { Result, WorkbookTables } from '../../../domain';
import { detectSeparator, err, ok } from '../../../domain';
import { cellTooLong, SPREADSHEET_LIMITS, tooManyCells, tooManyRows } from './spreadsheet-limits';

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

/** A limit passed while parsing: thrown out of csv-parse's record callback to stop it there. */
class Refusal extends Error {
  constructor(readonly result: Result<never>) {
    super(result.ok ? '' : result.error.message);
  }
}

/**
 * The rows of CSV or TSV text, each without its trailing empty cells. A separator is detected (comma, semicolon
 * or tab) unless given; CRLF, LF and CR line ends may be mixed, as in files pasted together from several systems.
 */
export function parseCsvRows(text: string, fileName: string, separator?: string): Result<string[][]> {
  let rows = 0;
  let columns = 0;
  try {
    const parsed = parse(text, {
      delimiter: separator ?? detectSeparator(text),
      record_delimiter: ['\r\n', '\n', '\r'],
      bom: true,
      // Real files have quotes inside unquoted cells (5" screen) and rows of differing lengths.
      relax_quotes: true,
      relax_column_count: true,
      on_record: (record: string[]) => {
        rows += 1;
        if (rows > SPREADSHEET_LIMITS.rows) throw new Refusal(tooManyRows(fileName));
        const row = trimRow(record);
        for (const cell of row)
          if (cell.length > SPREADSHEET_LIMITS.cellCharacters) throw new Refusal(cellTooLong(fileName));
        columns = Math.max(columns, row.length);
        if (rows * columns > SPREADSHEET_LIMITS.cells) throw new Refusal(tooManyCells(fileName, { rows, columns }));
        return row;
      },
    }) as string[][];
    return ok(parsed);
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') {
      return err(
        'corrupt',
        `${fileName} could not be read: a quoted cell in row ${Number(error.records ?? rows) + 1} is never closed. Add the missing " or save the file again from Excel.`,
      );
    }
    return err('corrupt', `${fileName} could not be read as CSV: ${(error as Error).message}.`);
  }
}

/** A CSV or TSV file as a workbook of one sheet, named after the file. */
export function readCsv(bytes: Uint8Array, fileName: string, extension: string): Result<WorkbookTables> {
  const rows = parseCsvRows(decodeText(bytes).text, fileName, extension === 'tsv' ? '\t' : undefined);
  if (!rows.ok) return rows;
  const name = path.basename(fileName, path.extname(fileName)) || 'Sheet1';
  return ok({ fileName, date1904: false, sheets: [{ name, hidden: false, rows: rows.value }] });
}

function trimRow(row: string[]): string[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === '') end -= 1;
  return end === row.length ? row : row.slice(0, end);
}
