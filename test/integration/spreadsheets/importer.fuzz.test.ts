/**
 * Fuzzing the spreadsheet importer: damaged workbooks and CSVs of every kind it reads, and random bytes, always
 * end in a clear error or a complete import (every data row a card, a schema-valid board); never an exception.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { applyImport, boardDocumentSchema, createBoard, planImport } from '../../../domain';
import { readSpreadsheetBytes } from '../../../electron/main/spreadsheets/read-spreadsheet';
import { FUZZ_RUNS, mutated, randomBytes, timed } from '../../support/fuzz';
import { generatedInventoryRows, generatedInventoryXlsx } from '../../support/generated-inventory';
import { inventoryWorkbook, windows1252Csv } from '../../support/messy-workbooks';
import { realFixturePath } from '../../support/real-fixtures';

const NOW = '2026-05-01T12:00:00.000Z';

function bookOf(type: XLSX.BookType): Uint8Array {
  const rows = generatedInventoryRows(20).map((row) => row.map((c) => (c && typeof c === 'object' ? c.date : c)));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Inventory');
  return XLSX.write(book, { type: 'buffer', bookType: type }) as Uint8Array;
}

const seeds: [string, Uint8Array][] = [
  ['inventory.xlsx', inventoryWorkbook()],
  ['generated.xlsx', generatedInventoryXlsx(25)],
  ['generated.xls', bookOf('biff8')],
  ['generated.ods', bookOf('ods')],
  ['cp1252.csv', windows1252Csv()],
  ['semicolons.csv', windows1252Csv(';')],
];
for (const name of ['parser-x000D-escape.xlsx', 'parser-strict-ooxml.xlsx', 'us-ed-2025-ai-use-case-inventory.xlsx']) {
  const file = realFixturePath(name);
  if (file) seeds.push([name, readFileSync(file)]);
}
const NAMES = ['file.xlsx', 'file.xls', 'file.ods', 'file.csv', 'file.tsv', 'file.txt'];

function check(bytes: Uint8Array, fileName: string): void {
  const workbook = timed(() => readSpreadsheetBytes(bytes, fileName));
  if (!workbook.ok) {
    expect(workbook.error.message).toMatch(/^file\.[a-z]+ /);
    return;
  }
  const plan = timed(() => planImport(workbook.value));
  if (!plan.ok) {
    expect(plan.error.message.length).toBeGreaterThan(10);
    return;
  }
  // No data row is dropped: each becomes a card, with its problems reported beside it.
  expect(plan.value.built.cards).toHaveLength(plan.value.built.rows);
  const { board } = applyImport(createBoard('Fuzzed', { now: NOW }), plan.value.built, 'add', { now: NOW });
  const valid = boardDocumentSchema.safeParse(board);
  expect(valid.success, valid.error?.message).toBe(true);
  expect(board.initiatives).toHaveLength(plan.value.built.rows);
}

describe('the importer under fuzzing', () => {
  it('turns damaged spreadsheets into a clear error or a whole import', { timeout: 600_000 }, () => {
    const byName = fc.integer({ min: 0, max: seeds.length - 1 });
    fc.assert(
      fc.property(
        byName.chain((i) => fc.tuple(fc.constant(seeds[i]![0]), mutated([seeds[i]![1]]))),
        ([name, bytes]) => check(bytes, `file${name.slice(name.lastIndexOf('.'))}`),
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('turns random bytes under any spreadsheet name into a clear error or a whole import', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(randomBytes(), fc.constantFrom(...NAMES), (bytes, name) => check(bytes, name)),
      { numRuns: FUZZ_RUNS },
    );
  });
});
