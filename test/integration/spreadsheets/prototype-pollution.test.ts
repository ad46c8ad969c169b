/**
 * Headers and names that are also the names of every object's own machinery (`__proto__`, `constructor`,
 * `prototype`, `toString`) are ordinary data: they pollute nothing, every such column is kept, and no card
 * shows or exports a value it inherited from Object.prototype.
 */
import * as XLSX from 'xlsx';
import {
  applyImport,
  boardDocumentSchema,
  createBoard,
  exportSheets,
  parseBoardFile,
  planImport,
  serializeBoard,
  sheetToCsv,
} from '../../../domain';
import { readSpreadsheetBytes } from '../../../electron/main/spreadsheets/read-spreadsheet';
import { writeXlsx } from '../../../electron/main/spreadsheets/xlsx-writer';

const NOW = '2026-05-01T12:00:00.000Z';
const HOSTILE = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const ROWS = [
  ['Use Case Name', 'Stage', 'Votes', ...HOSTILE],
  ['Claims triage', 'Pilot', '__proto__: 2; constructor: 1', '{"polluted": true}', 'ctor', 'proto', 'str', 'own'],
  ['Mail routing', 'Deployed', '', '', '', '', '', ''],
];

function csvOf(rows: string[][]): Buffer {
  return Buffer.from(rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n'));
}
function xlsxOf(rows: string[][]): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Inventory');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

describe.each([
  ['inventory.csv', csvOf(ROWS)],
  ['inventory.xlsx', xlsxOf(ROWS)],
])('importing %s with hostile headers', (name, bytes) => {
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  it('pollutes nothing and keeps every column and value', () => {
    const workbook = readSpreadsheetBytes(bytes, name);
    if (!workbook.ok) throw new Error(workbook.error.message);
    const plan = planImport(workbook.value, { map: { votes: 'Votes' } });
    if (!plan.ok) throw new Error(plan.error.message);
    const { board } = applyImport(createBoard('Hostile', { now: NOW }), plan.value.built, 'add', { now: NOW });

    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(board.customFields.map((f) => f.label)).toEqual(HOSTILE);
    const [first, second] = board.initiatives;
    expect(first!.custom).toEqual({
      '__proto__ (renamed)': '{"polluted": true}',
      constructor: 'ctor',
      prototype: 'proto',
      toString: 'str',
      hasOwnProperty: 'own',
    });
    expect(Object.getPrototypeOf(first!.custom)).toBe(Object.prototype);
    expect(first!.votes).toEqual({ '__proto__ (renamed)': 2, constructor: 1 });
    expect(boardDocumentSchema.safeParse(board).success).toBe(true);

    // The card without those values exports empty cells, not Object's own functions.
    const sheet = exportSheets(board, NOW)[0]!;
    const columns = HOSTILE.map((label) => sheet.columns.findIndex((c) => c.header === label));
    expect(columns.every((c) => c >= 0)).toBe(true);
    expect(columns.map((c) => sheet.rows[0]![c])).toEqual(['{"polluted": true}', 'ctor', 'proto', 'str', 'own']);
    expect(columns.map((c) => sheet.rows[1]![c])).toEqual([null, null, null, null, null]);
    expect(sheetToCsv(sheet)).not.toMatch(/native code|function/);
    const written = XLSX.read(writeXlsx(exportSheets(board, NOW)), { type: 'buffer' });
    const back = XLSX.utils.sheet_to_json<unknown[]>(written.Sheets[written.SheetNames[0]!]!, {
      header: 1,
      defval: null,
    });
    expect(columns.map((c) => back[0]![c])).toEqual(HOSTILE);
    expect(columns.map((c) => back[1]![c])).toEqual(['{"polluted": true}', 'ctor', 'proto', 'str', 'own']);
    expect(columns.map((c) => back[2]![c])).toEqual([null, null, null, null, null]);

    // Saved and opened again, nothing is lost on the way.
    const reopened = parseBoardFile(serializeBoard(board));
    expect(reopened.ok && reopened.value).toEqual(board);
    expect(second!.votes).toEqual({});
  });
});
