/**
 * Spreadsheet bombs: files made to exhaust time or memory. Each ends in a clear error (or, for harmless nesting,
 * a normal read) within the limits in spreadsheet-limits.ts, and the process stays well inside its memory.
 */
import * as XLSX from 'xlsx';
import { readSpreadsheetBytes } from '../../../electron/main/spreadsheets/read-spreadsheet';
import { SPREADSHEET_LIMITS } from '../../../electron/main/spreadsheets/spreadsheet-limits';

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const TAIL = '</sheetData></worksheet>';

/** A real workbook whose first sheet's XML is replaced by `xml`, zipped again. */
function workbookWithSheet(xml: string | Buffer): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Name'], ['A']]), 'Sheet1');
  const zip = XLSX.CFB.read(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer, { type: 'buffer' });
  XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml')!.content = typeof xml === 'string' ? Buffer.from(xml) : xml;
  return Buffer.from(XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: true }) as Uint8Array);
}

/** Reads the bytes, and reports what came of it with the time and the memory it took at most. */
function read(bytes: Buffer, name: string) {
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  const result = readSpreadsheetBytes(bytes, name);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { result, ms: performance.now() - started, extraMb: (peak - rssBefore) / 1024 / 1024 };
}

describe('spreadsheet bombs', () => {
  it('refuses a sheet of a million real rows at the row limit', { timeout: 120_000 }, () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`);
    const bytes = workbookWithSheet(HEAD + rows.join('') + TAIL);
    expect(bytes.length).toBeLessThan(5 * 1024 * 1024);
    const { result, extraMb } = read(bytes, 'million.xlsx');
    expect(result).toMatchObject({ ok: false, error: { code: 'too-many-rows' } });
    if (!result.ok) expect(result.error.message).toContain('more than 250,000 rows');
    expect(extraMb).toBeLessThan(1500);
  });

  it('refuses a zip entry that unpacks past the part limit before taking the memory', { timeout: 120_000 }, () => {
    const padding = Buffer.alloc(SPREADSHEET_LIMITS.unpackedPartBytes + 1024 * 1024, 0x20);
    const bytes = workbookWithSheet(Buffer.concat([Buffer.from(HEAD), padding, Buffer.from(TAIL)]));
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const { result, extraMb } = read(bytes, 'bomb.xlsx');
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    if (!result.ok)
      expect(result.error.message).toMatch(/^bomb\.xlsx unpacks to more than 256 MiB in one of its parts/);
    expect(extraMb).toBeLessThan(SPREADSHEET_LIMITS.unpackedPartBytes / 1024 / 1024 + 200);
  });

  it('refuses a cell longer than the cell limit, in a workbook and in a CSV', () => {
    const long = 'x'.repeat(SPREADSHEET_LIMITS.cellCharacters + 1);
    const workbook = workbookWithSheet(
      `${HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>${long}</t></is></c></row>${TAIL}`,
    );
    expect(read(workbook, 'long.xlsx').result).toMatchObject({ ok: false, error: { code: 'cell-too-long' } });
    const csv = Buffer.from(`Name,Stage\n"${long}",Pilot\n`);
    const fromCsv = read(csv, 'long.csv').result;
    expect(fromCsv).toMatchObject({ ok: false, error: { code: 'cell-too-long' } });
    if (!fromCsv.ok) expect(fromCsv.error.message).toContain('longer than 1,000,000 characters');
  });

  it('reads or refuses deeply nested markup without running out of stack', () => {
    const depth = 200_000;
    const nested = `<r>`.repeat(depth) + '<t>deep</t>' + `</r>`.repeat(depth);
    const bytes = workbookWithSheet(
      `${HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is>${nested}</is></c></row>${TAIL}`,
    );
    const { result } = read(bytes, 'nested.xlsx');
    if (result.ok) expect(result.value.sheets[0]!.rows[0]).toEqual(['Name']);
    else expect(result.error.code).toBe('corrupt');
  });

  it('refuses a CSV of a million rows at the row limit', () => {
    const { result } = read(Buffer.from('Name\n' + 'x\n'.repeat(1_000_000)), 'million.csv');
    expect(result).toMatchObject({ ok: false, error: { code: 'too-many-rows' } });
  });
});
