/**
 * The exported workbook as another spreadsheet program reads it: LibreOffice Calc opens it and writes each sheet
 * as CSV; the Initiatives must lead with the reference and title, decisions are said in words, and the Brief and
 * Actions sheets read back as written. Needs `soffice`
 * (apt-get install libreoffice-calc-nogui).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  boardLocale,
  exportSheets,
  figuresBySourceBoard,
  formatBoardDate,
  NO_SOURCE_BOARD,
  sheetToCsv,
  summarySheet,
} from '../../../domain';
import { writeXlsx } from '../../../electron/main/spreadsheets/xlsx-writer';
import { realSizeBoard } from '../../support/real-size-board';
import { withSourceBoards } from '../../support/source-boards';

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

it('opens in LibreOffice with the reference and title first, decisions in words, the brief and the actions', () => {
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
    actions: [
      {
        id: 'a1',
        title: 'Name a data owner',
        owner: 'Ana',
        due: '2026-10-15',
        status: 'open' as const,
        initiativeId: pilot.id,
        decisionId: 'd1',
        createdAt: NOW,
        updatedAt: NOW,
      },
      { id: 'a2', title: '=1+1', status: 'open' as const, createdAt: NOW, updatedAt: NOW },
    ],
  };
  const file = path.join(folder, 'portfolio.xlsx');
  writeFileSync(file, writeXlsx(exportSheets(withDecision, NOW)));

  const sheet = sheetsAsCsv(file);
  const initiatives = sheet('Initiatives').split(/\r?\n/).filter(Boolean);
  expect(initiatives[0]!.startsWith('Reference,Title,Stage,')).toBe(true);
  expect(initiatives[0]!.endsWith(',Scaleboard ID')).toBe(true);
  // The governance columns: the classification under the board's regimes (the inventory's high-impact question
  // gave the new board that one alone), and each practice's status and evidence.
  expect(board.workshop.regimes).toEqual(['us-high-impact']);
  expect(initiatives[0]).toContain(',Risk tier,US high-impact (OMB M-25-21),Value estimate,');
  expect(initiatives[0]).toContain(',Practice: AI impact assessment,');
  expect(initiatives[0]).toContain(',Practice evidence: Appeal and remedy,');
  expect(initiatives).toHaveLength(301);
  const first = board.initiatives.find((i) => i.stage === 'idea')!;
  expect(initiatives[1]!.startsWith(`${first.ref},"${first.title}",Ideas,`)).toBe(true);

  const decisions = sheet('Decisions');
  expect(decisions).toContain('Go with exception');
  expect(decisions).not.toContain('go-with-exception');

  // The decision is today's, so the Brief lists it as an exception with its unmet criterion and its action.
  const brief = sheet('Brief');
  expect(brief.split(/\r?\n/)[0]).toBe(`Leaders’ brief — ${board.title},,,,,,,`);
  const due = formatBoardDate('2026-10-15', boardLocale(withDecision));
  expect(brief).toContain(`,"${pilot.title}",Ideas,Pilot,,Data ≥ 2,"Name a data owner — Ana, overdue ${due}"`);
  expect(brief).toContain('Top blockers');

  const actions = sheet('Actions').split(/\r?\n/).filter(Boolean);
  expect(actions[0]).toBe(
    'Title,Status,Owner,Due,Overdue,Initiative reference,Initiative,Foundation,Decision,Note,Created,Closed,Scaleboard ID',
  );
  expect(actions).toHaveLength(3);
  // The due day is a date cell, which LibreOffice writes with a time; text would come back as "2026-10-15".
  expect(actions[1]!.split(',').slice(0, 5)).toEqual([
    'Name a data owner',
    'Open',
    'Ana',
    expect.stringMatching(/^2026-10-15 00:00/),
    'yes',
  ]);
  // Text that looks like a formula comes back as the text it was, not as a computed value.
  expect(actions[2]!.split(',').slice(0, 2)).toEqual(['=1+1', 'Open']);
});

it('reads back the Summary’s block by source board, a row per source after a blank row', () => {
  const board = withSourceBoards(realSizeBoard(300, { now: NOW }), 80);
  const file = path.join(folder, 'combined.xlsx');
  writeFileSync(file, writeXlsx(exportSheets(board, NOW)));
  const summary = sheetsAsCsv(file)('Summary').split(/\r?\n/).filter(Boolean);
  const start = summary.findIndex((line) => line.startsWith('By source board,'));
  expect(start).toBeGreaterThan(0);
  // LibreOffice writes every row as wide as the widest: the blank row before the block is all separators.
  expect(summary[start - 1]).toMatch(/^,+$/);
  expect(summary[start]).toBe(
    'By source board,Initiatives,Ideas,Pilot,Scaling,Production,Stopped,Pilots per production system,' +
      'Initiatives that entered Pilot,… of which reached Production,Pilot-to-production conversion,Stalled pilots,' +
      'Mean readiness: Data,Mean readiness: Integration,Mean readiness: Governance,Mean readiness: Process,' +
      'Mean readiness: People & operating model,Mean readiness: Performance',
  );
  // The rows as Scaleboard's own CSV of the sheet writes them: names with commas quoted, figures as numbers.
  const figures = figuresBySourceBoard(board, NOW);
  const ours = sheetToCsv(summarySheet(board, NOW)).trimEnd().split('\r\n');
  const block = summary.slice(start + 1);
  expect(block).toHaveLength(figures.length);
  expect(block).toEqual(ours.slice(-figures.length));
  expect(block.at(-1)!.startsWith(`${NO_SOURCE_BOARD},`)).toBe(true);
  // A long source name with commas in it comes back whole, quoted, with its card count.
  const long = figures.find((f) => f.label.includes(', the data office'))!;
  expect(block.filter((line) => line.startsWith(`"${long.label}",${long.cards},`))).toHaveLength(1);
});
