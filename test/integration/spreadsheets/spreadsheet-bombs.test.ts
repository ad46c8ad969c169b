/**
 * Spreadsheet bombs: files made to exhaust time or memory. Each is opened as the app opens it, in the spreadsheet
 * process with the app's heap cap, and ends in a clear error (or, for harmless nesting, a normal read) within the
 * limits in spreadsheet-limits.ts; the process's peak memory and the time to the answer stay under stated numbers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Result } from '../../../domain';
import { SPREADSHEET_LIMITS } from '../../../electron/main/spreadsheets/spreadsheet-limits';
import {
  farRightWorkbook,
  repeatedOdsWorkbook,
  SHEET_HEAD as HEAD,
  SHEET_TAIL as TAIL,
  workbookWithSheet,
} from '../../support/bomb-workbooks';
import { measuredCall } from '../../support/spreadsheet-worker';

const MiB = 1024 * 1024;

/** The zip with every part claiming to unpack to one byte, in its local header and in the central directory. */
function understatingSizes(zip: Buffer): Buffer {
  const lying = Buffer.from(zip);
  const end = lying.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = lying.readUInt32LE(end + 16);
  for (let i = lying.readUInt16LE(end + 10); i > 0; i -= 1) {
    lying.writeUInt32LE(1, at + 24);
    lying.writeUInt32LE(1, lying.readUInt32LE(at + 42) + 22);
    at += 46 + lying.readUInt16LE(at + 28) + lying.readUInt16LE(at + 30) + lying.readUInt16LE(at + 32);
  }
  return lying;
}

let folder: string;
beforeAll(() => (folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-bombs-'))));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Opens the bytes as the import dialog does, in a fresh spreadsheet process, measured. */
async function opened(name: string, bytes: Buffer | string) {
  const file = path.join(folder, name);
  writeFileSync(file, bytes);
  const measured = await measuredCall('open', [file, undefined, {}]);
  // Printed so that a run shows the figures the limits below are set against.
  console.info(`${name}: ${measured.seconds.toFixed(1)} s, peak ${Math.round(measured.peakMb)} MB`);
  return measured;
}

function messageOf(result: Result<unknown>): string {
  if (result.ok) throw new Error('expected a refusal');
  return result.error.message;
}

describe('spreadsheet bombs', () => {
  it('refuses one cell at the far right (XFD) of each of 20,000 rows in seconds, within 1 GiB', async () => {
    const bytes = farRightWorkbook(20_000);
    expect(bytes.length).toBeLessThan(600 * 1024);
    const { result, seconds, peakMb } = await opened('far-right.xlsx', bytes);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-many-cells' } });
    expect(messageOf(result)).toBe(
      'far-right.xlsx spans more than 5,000,000 cells, the most Scaleboard imports from one file: “Sheet1” reaches row 20,000 and column XFD, and the empty cells within that range count too. Delete what lies far to the right of or below the data, or split the file.',
    );
    expect(seconds).toBeLessThan(20);
    expect(peakMb).toBeLessThan(1024);
  });

  it('refuses an OpenDocument sheet whose repeated markup stands for 32 million cells, before SheetJS makes them', async () => {
    const bytes = repeatedOdsWorkbook(16_384, 2_000);
    expect(bytes.length).toBeLessThan(16 * 1024);
    const { result, seconds, peakMb } = await opened('repeated.ods', bytes);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-many-cells' } });
    expect(messageOf(result)).toMatch(
      /^repeated\.ods spans more than 5,000,000 cells, .*“Sheet1” reaches row 2,000 and column XFD/,
    );
    expect(seconds).toBeLessThan(20);
    expect(peakMb).toBeLessThan(1024);
  });

  it('refuses 5.25 million small filled cells before SheetJS makes an object of each', async () => {
    const row = `<row>${'<c><v>1</v></c>'.repeat(1_050)}</row>`;
    const bytes = workbookWithSheet(HEAD + row.repeat(5_000) + TAIL);
    const { result, seconds, peakMb } = await opened('filled.xlsx', bytes);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-many-cells' } });
    expect(messageOf(result)).toMatch(
      /^filled\.xlsx spans more than 5,000,000 cells, .*“Sheet1” reaches row 5,000 and column ANJ,/,
    );
    expect(seconds).toBeLessThan(20);
    // SheetJS's cell objects alone would take more (760 MB at the peak when they were made).
    expect(peakMb).toBeLessThan(512);
  });

  it('refuses a sheet of a million real rows at the row limit', { timeout: 120_000 }, async () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`);
    const bytes = workbookWithSheet(HEAD + rows.join('') + TAIL);
    expect(bytes.length).toBeLessThan(5 * MiB);
    const { result, seconds, peakMb } = await opened('million.xlsx', bytes);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-many-rows' } });
    expect(messageOf(result)).toContain('more than 250,000 rows');
    expect(seconds).toBeLessThan(60);
    expect(peakMb).toBeLessThan(1500);
  });

  it('refuses parts that unpack past the limit only together, before unpacking any', async () => {
    const third = Math.ceil(SPREADSHEET_LIMITS.unpackedBytes / 3) + MiB;
    const extra = Object.fromEntries([1, 2, 3].map((n) => [`/xl/media/padding${n}.bin`, Buffer.alloc(third)]));
    const bytes = workbookWithSheet(`${HEAD}<row r="1"><c r="A1"><v>1</v></c></row>${TAIL}`, extra);
    expect(bytes.length).toBeLessThan(3 * MiB);
    const { result, seconds, peakMb } = await opened('parts.xlsx', bytes);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(messageOf(result)).toMatch(/^parts\.xlsx unpacks to more than 256 MiB, more than Scaleboard reads/);
    expect(seconds).toBeLessThan(20);
    // The sizes the zip declares refuse it before any part is unpacked.
    expect(peakMb).toBeLessThan(250);
  });

  it('refuses parts that understate their sizes once they unpack past the limit together', async () => {
    const third = Math.ceil(SPREADSHEET_LIMITS.unpackedBytes / 3) + MiB;
    const extra = Object.fromEntries([1, 2, 3].map((n) => [`/xl/media/padding${n}.bin`, Buffer.alloc(third)]));
    const bytes = understatingSizes(workbookWithSheet(`${HEAD}<row r="1"><c r="A1"><v>1</v></c></row>${TAIL}`, extra));
    expect(bytes.length).toBeLessThan(3 * MiB);
    const { result, seconds, peakMb } = await opened('understated.xlsx', bytes);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(messageOf(result)).toMatch(/^understated\.xlsx unpacks to more than 256 MiB, more than Scaleboard reads/);
    expect(seconds).toBeLessThan(20);
    expect(peakMb).toBeLessThan(SPREADSHEET_LIMITS.unpackedBytes / MiB + 300);
  });

  it('refuses a zip entry that unpacks past the limit before taking the memory', async () => {
    const padding = Buffer.alloc(SPREADSHEET_LIMITS.unpackedBytes + MiB, 0x20);
    const bytes = workbookWithSheet(Buffer.concat([Buffer.from(HEAD), padding, Buffer.from(TAIL)]));
    expect(bytes.length).toBeLessThan(2 * MiB);
    const { result, seconds, peakMb } = await opened('bomb.xlsx', bytes);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(messageOf(result)).toMatch(/^bomb\.xlsx unpacks to more than 256 MiB, more than Scaleboard reads/);
    expect(seconds).toBeLessThan(20);
    expect(peakMb).toBeLessThan(SPREADSHEET_LIMITS.unpackedBytes / MiB + 300);
  });

  it('stops reading a CSV at the row limit instead of parsing all of it', async () => {
    const { result, seconds, peakMb } = await opened('lines.csv', `Name\n${'x\n'.repeat(20_000_000)}`);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-many-rows' } });
    expect(messageOf(result)).toBe('lines.csv has more than 250,000 rows, the most Scaleboard imports from one sheet.');
    expect(seconds).toBeLessThan(20);
    expect(peakMb).toBeLessThan(512);
  });

  it('refuses a cell longer than the cell limit, in a workbook and in a CSV', async () => {
    const long = 'x'.repeat(SPREADSHEET_LIMITS.cellCharacters + 1);
    const workbook = workbookWithSheet(
      `${HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>${long}</t></is></c></row>${TAIL}`,
    );
    expect((await opened('long.xlsx', workbook)).result).toMatchObject({
      ok: false,
      error: { code: 'cell-too-long' },
    });
    const fromCsv = (await opened('long.csv', `Name,Stage\n"${long}",Pilot\n`)).result;
    expect(fromCsv).toMatchObject({ ok: false, error: { code: 'cell-too-long' } });
    expect(messageOf(fromCsv)).toContain('longer than 1,000,000 characters');
  });

  it('reads or refuses deeply nested markup without running out of stack', async () => {
    const depth = 200_000;
    const nested = `<r>`.repeat(depth) + '<t>deep</t>' + `</r>`.repeat(depth);
    const bytes = workbookWithSheet(
      `${HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is>${nested}</is></c></row>${TAIL}`,
    );
    const file = path.join(folder, 'nested.xlsx');
    writeFileSync(file, bytes);
    const { result } = await measuredCall('read', [file]);
    if (result.ok) expect(result.value.sheets[0]!.rows[0]).toEqual(['Name']);
    else expect(result.error.code).toBe('corrupt');
  });
});
