import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { readSpreadsheetBytes, readSpreadsheetFile } from '../../../electron/main/spreadsheets/read-spreadsheet';
import { planImport } from '../../../domain';
import { SPREADSHEET_LIMITS } from '../../../electron/main/spreadsheets/spreadsheet-limits';
import { encryptedWorkbook, inventoryWorkbook, windows1252Csv } from '../../support/messy-workbooks';

/** Rewrites the sheet's <dimension> to the whole grid, as the gnumeric file in the corpus does. */
function declareWholeSheet(xlsx: Buffer): Buffer {
  const zip = XLSX.CFB.read(xlsx, { type: 'buffer' });
  const entry = XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml')!;
  const xml = Buffer.from(entry.content as Uint8Array).toString('utf8');
  const declared = xml.replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:XFD1048576"/>');
  expect(declared).toContain('A1:XFD1048576');
  entry.content = Buffer.from(declared, 'utf8');
  return Buffer.from(XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip' }) as Uint8Array);
}

const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-sheets-'));
const file = (name: string, data: string | Uint8Array) => {
  const target = path.join(folder, name);
  writeFileSync(target, data);
  return target;
};

function planned(bytes: Uint8Array, name: string) {
  const workbook = readSpreadsheetBytes(bytes, name);
  if (!workbook.ok) throw new Error(workbook.error.message);
  const plan = planImport(workbook.value);
  if (!plan.ok) throw new Error(plan.error.message);
  return plan.value;
}

describe('reading messy inventories', () => {
  it('finds the data sheet past an empty first sheet and a hidden one, and the headers under the banners', () => {
    const plan = planned(inventoryWorkbook(), 'inventory.xlsx');
    expect(plan.inspection.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Inventory Overview', false],
      ['Reportable AI Use Cases', false],
      ['Selections', true],
    ]);
    expect(plan.inspection.sheet).toBe('Reportable AI Use Cases');
    expect(plan.inspection.headerRow).toBe(1);
    expect(plan.inspection.headers.slice(0, 2)).toEqual(['Use Case ID [Agency Abbrev.] - [#]', 'Use Case Name']);
    expect(plan.inspection.headers.slice(-2)).toEqual(['If Other, please explain.', 'If Other, please explain. (2)']);
    expect(plan.built.rows).toBe(5);
    expect(plan.built.cards.map((c) => [c.row, c.ref, c.stage])).toEqual([
      [3, 'DOJ-1', 'pilot'],
      [4, 'DOJ-2', 'production'],
      [5, 'DOJ-3', 'idea'],
      [6, 'DOJ-4', 'idea'],
      [7, 'DOJ-5', 'stopped'],
    ]);
    expect(plan.built.blankStage).toBe(1);
    expect(plan.built.cards.map((c) => c.stageEnteredAt?.slice(0, 10))).toEqual([
      '2025-03-01',
      '2025-07-01',
      '2025-01-01',
      '2025-10-23',
      undefined,
    ]);
    expect(plan.built.problems).toEqual([
      expect.objectContaining({
        row: 7,
        message: '“Ongoing” is not a date Scaleboard can read; the stage date is left unknown',
      }),
    ]);
    // Unmapped columns, duplicates included, are kept on each card; the high-impact answer fills its field.
    expect(plan.built.cards[0]!.custom).toEqual({
      'If Other, please explain.': 'a',
      'If Other, please explain. (2)': 'b',
    });
    expect(plan.built.cards.map((c) => c.fields.usHighImpact)).toEqual([
      'not-high-impact',
      'high-impact',
      undefined,
      'not-high-impact',
      undefined,
    ]);
  });

  it('reads dates in a 1904-based workbook correctly', () => {
    const plan = planned(inventoryWorkbook({ date1904: true }), 'mac.xlsx');
    // Serial 45953 in the 1904 system is four years and a day later than in the 1900 system.
    expect(plan.built.cards[3]!.stageEnteredAt?.slice(0, 10)).toBe('2029-10-24');
  });

  it('reads Windows-1252 CSV with curly quotes and en dashes, and semicolon-separated CSV', () => {
    for (const [name, bytes] of [
      ['inventory.csv', windows1252Csv()],
      ['inventory-semicolon.csv', windows1252Csv(';')],
    ] as const) {
      const plan = planned(bytes, name);
      expect(plan.inspection.headers[5]).toBe("Date when AI use case became operational or the pilot's start date");
      expect(plan.built.cards[0]!.stage).toBe('pilot');
      expect(plan.built.cards.map((c) => c.title)).toEqual([
        'Claims triage',
        'Mail routing',
        'Fraud analytics',
        'Chat assistant',
        'Translation',
      ]);
      expect(plan.built.cards[3]!.stageEnteredAt?.slice(0, 10)).toBe('2025-10-23');
    }
  });
});

describe('bad files', () => {
  const refused = async (target: string) => {
    const result = await readSpreadsheetFile(target);
    if (result.ok) throw new Error('expected a refusal');
    return result.error;
  };

  it('refuses an empty file, a file that is not a spreadsheet and one in disguise', async () => {
    expect(await refused(file('empty.xlsx', ''))).toMatchObject({
      code: 'empty-file',
      message: 'empty.xlsx is empty.',
    });
    expect(await refused(file('notes.pdf', '%PDF-1.4 …'))).toMatchObject({ code: 'not-a-spreadsheet' });
    expect(await refused(file('fake.xlsx', 'just some text, pretending'))).toMatchObject({ code: 'not-a-spreadsheet' });
    expect(await refused(file('binary.csv', Buffer.from([1, 2, 0, 3, 4])))).toMatchObject({
      code: 'not-a-spreadsheet',
    });
    expect(await refused(path.join(folder, 'missing.xlsx'))).toMatchObject({
      code: 'read-failed',
      message: 'Could not read missing.xlsx: the file does not exist.',
    });
  });

  it('refuses a corrupt and a truncated workbook', async () => {
    const good = inventoryWorkbook();
    const corrupt = Buffer.from(good);
    corrupt.fill(0x41, 200, 2000);
    expect(await refused(file('corrupt.xlsx', corrupt))).toMatchObject({
      code: 'corrupt',
      message: expect.stringMatching(/^corrupt\.xlsx could not be read as a workbook: it is damaged or incomplete/),
    });
    expect(await refused(file('truncated.xlsx', good.subarray(0, Math.floor(good.length / 2))))).toMatchObject({
      code: 'corrupt',
    });
  });

  it('refuses a password-protected workbook and says how to open it', async () => {
    const error = await refused(file('secret.xlsx', encryptedWorkbook()));
    expect(error.code).toBe('encrypted');
    expect(error.message).toMatch(/^secret\.xlsx is protected with a password\. .*remove the password/);
  });

  it('refuses files over the size, row and cell limits, naming the limit', async () => {
    const big = file('huge.xlsx', '');
    truncateSync(big, SPREADSHEET_LIMITS.fileBytes + 1);
    expect(await refused(big)).toMatchObject({
      code: 'too-large',
      message: 'huge.xlsx is 100.0 MiB; Scaleboard imports spreadsheets up to 100 MiB.',
    });
    const rows = file('rows.csv', 'a,b\n'.repeat(SPREADSHEET_LIMITS.rows + 1));
    expect(await refused(rows)).toMatchObject({
      code: 'too-many-rows',
      message: expect.stringContaining('more than 250,000 rows'),
    });
    const wide = `${Array.from({ length: 1000 }, (_, i) => `c${i}`).join(',')}\n`;
    const cells = file('cells.csv', wide.repeat(Math.ceil(SPREADSHEET_LIMITS.cells / 1000) + 1));
    expect(await refused(cells)).toMatchObject({
      code: 'too-many-cells',
      message: expect.stringContaining(
        'cells.csv spans more than 5,000,000 cells, the most Scaleboard imports from one file: it reaches row 5,001 and column ALL',
      ),
    });
  });

  it('says so when no header row is found, or no title column', () => {
    const onlyNumbers = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      onlyNumbers,
      XLSX.utils.aoa_to_sheet([
        [1, 2],
        [3, 4],
      ]),
      'Numbers',
    );
    const workbook = readSpreadsheetBytes(
      XLSX.write(onlyNumbers, { type: 'buffer', bookType: 'xlsx' }),
      'numbers.xlsx',
    );
    if (!workbook.ok) throw new Error(workbook.error.message);
    expect(planImport(workbook.value)).toMatchObject({ ok: false, error: { code: 'no-sheet' } });
    expect(planImport(workbook.value, { sheet: 'Numbers' })).toMatchObject({
      ok: false,
      error: { code: 'no-header', message: expect.stringMatching(/^No header row found in “Numbers”/) },
    });
    const noTitle = readSpreadsheetBytes(Buffer.from('Weight,Pieces\n1,2\n'), 'parts.csv');
    if (!noTitle.ok) throw new Error(noTitle.error.message);
    expect(planImport(noTitle.value)).toMatchObject({ ok: false, error: { code: 'no-title-column' } });
    expect(planImport(noTitle.value, { map: { title: 'Pieces' } })).toMatchObject({ ok: true });
  });
});

describe('counting cells from the range a sheet really uses', () => {
  /** A sheet of `rows` rows of two values, with one more value far to the right in its first row. */
  function withStrayCell(rows: number, column: string): Buffer {
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const xml = [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
      `<row r="1">${cell('A1', 'Name')}${cell('B1', 'Stage')}${cell(`${column}1`, 'stray')}</row>`,
      ...Array.from(
        { length: rows - 1 },
        (_, i) => `<row r="${i + 2}">${cell(`A${i + 2}`, `Initiative ${i + 1}`)}${cell(`B${i + 2}`, 'Pilot')}</row>`,
      ),
      '</sheetData></worksheet>',
    ].join('');
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['placeholder']]), 'Inventory');
    const zip = XLSX.CFB.read(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer, { type: 'buffer' });
    XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml')!.content = Buffer.from(xml);
    return Buffer.from(XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip' }) as Uint8Array);
  }

  it('reads a sheet whose stray far cell keeps it within the limit, and refuses one it takes past', () => {
    // 300 rows to column XFD are 4,915,200 cells: read, the stray value kept where it is.
    const within = readSpreadsheetBytes(withStrayCell(300, 'XFD'), 'within.xlsx');
    if (!within.ok) throw new Error(within.error.message);
    expect(within.value.sheets[0]!.rows[0]).toHaveLength(16_384);
    expect(within.value.sheets[0]!.rows[0]![16_383]).toBe('stray');
    expect(within.value.sheets[0]!.rows[299]).toEqual(['Initiative 299', 'Pilot']);
    // 306 rows are 5,013,504: refused, saying which sheet reaches how far.
    expect(readSpreadsheetBytes(withStrayCell(306, 'XFD'), 'past.xlsx')).toEqual({
      ok: false,
      error: {
        code: 'too-many-cells',
        message:
          'past.xlsx spans more than 5,000,000 cells, the most Scaleboard imports from one file: “Inventory” reaches row 306 and column XFD, and the empty cells within that range count too. Delete what lies far to the right of or below the data, or split the file.',
      },
    });
  });
});

describe('a sheet that declares a million rows but holds two', () => {
  it('is read from the cells it has, not from its declared size', () => {
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      workbook,
      XLSX.utils.aoa_to_sheet([
        ['Name', 'Stage'],
        ['Claims triage', 'Pilot'],
      ]),
      'Sheet1',
    );
    const bytes = declareWholeSheet(XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const before = process.memoryUsage().heapUsed;
    const plan = planned(bytes, 'declared.xlsx');
    expect(plan.built.rows).toBe(1);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
  });
});
