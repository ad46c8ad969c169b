/**
 * The exported workbook as another spreadsheet program reads it: LibreOffice Calc opens it and writes its first
 * sheet as CSV, which must lead with the reference and title and say every decision in words. Needs `soffice`
 * (apt-get install libreoffice-calc-nogui).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportSheets } from '../../../domain';
import { writeXlsx } from '../../../electron/main/spreadsheets/xlsx-writer';
import { realSizeBoard } from '../../support/real-size-board';

const NOW = '2026-11-01T09:00:00.000Z';
let folder: string;
beforeAll(() => (folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-soffice-'))));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Every sheet of the workbook as LibreOffice writes it to CSV (UTF-8), by sheet name. */
function sheetsAsCsv(file: string): (sheet: string) => string {
  const out = path.join(folder, 'csv');
  // Its own profile folder, so that a LibreOffice the user has open is not asked to do the work. The last token of
  // the filter options, -1, writes each sheet to <name>-<sheet>.csv.
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(folder, 'profile')}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      out,
      file,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  return (sheet) => readFileSync(path.join(out, `${path.basename(file, '.xlsx')}-${sheet}.csv`), 'utf8');
}

it('opens in LibreOffice with the reference and title first and decisions in words', () => {
  const board = realSizeBoard(300, { now: NOW });
  const pilot = board.initiatives.find((i) => i.stage === 'pilot')!;
  const withDecision = {
    ...board,
    decisions: [
      {
        id: 'd1',
        initiativeId: pilot.id,
        initiativeTitle: pilot.title,
        at: NOW,
        kind: 'go-with-exception' as const,
        from: 'idea' as const,
        to: 'pilot' as const,
        rationale: 'Data owner named',
        unmetCriteria: ['Data ≥ 2'],
      },
    ],
  };
  const file = path.join(folder, 'portfolio.xlsx');
  writeFileSync(file, writeXlsx(exportSheets(withDecision, NOW)));

  const sheet = sheetsAsCsv(file);
  const initiatives = sheet('Initiatives').split(/\r?\n/).filter(Boolean);
  expect(initiatives[0]!.startsWith('Reference,Title,Stage,')).toBe(true);
  expect(initiatives[0]!.endsWith(',Scaleboard ID')).toBe(true);
  expect(initiatives).toHaveLength(301);
  const first = board.initiatives.find((i) => i.stage === 'idea')!;
  expect(initiatives[1]!.startsWith(`${first.ref},"${first.title}",Ideas,`)).toBe(true);

  const decisions = sheet('Decisions');
  expect(decisions).toContain('Go with exception');
  expect(decisions).not.toContain('go-with-exception');
});
