/** `scaleboard combine`: one board from several board files, every conflict listed with the rule applied. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BoardDocument, CombineReport } from '../../../domain';
import {
  addInitiative,
  createBoard,
  createExampleBoard,
  moveInitiative,
  parseBoardFile,
  serializeBoard,
  SOURCE_BOARD_FIELD,
  updateInitiative,
} from '../../../domain';
import { hasRealFixtures, readSources, realFixturePath } from '../../support/real-fixtures';
import { cli } from '../../support/run-cli';

const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-cli-combine-'));
const at = (name: string) => path.join(folder, name);
const T1 = '2026-03-01T09:00:00.000Z';
const T2 = '2026-04-01T09:00:00.000Z';
const T3 = '2026-04-15T09:00:00.000Z';

function readBack(name: string): BoardDocument {
  const parsed = parseBoardFile(readFileSync(at(name), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

/** Two workshops' boards: DOJ-12 moved to Pilot in the north and to Scaling, later, in the south; Data scored apart. */
function north(): BoardDocument {
  let board = createBoard('North workshop', { now: T1, newId: () => 'north' });
  board = addInitiative(board, { id: 'n1', ref: 'DOJ-12', title: 'Fraud signals' }, { now: T1 });
  board = addInitiative(board, { id: 'n2', title: 'Mail routing' }, { now: T1 });
  board = moveInitiative(board, 'n1', 'pilot', 0, { now: T2 });
  const card = board.initiatives[0]!;
  return updateInitiative(board, 'n1', { readiness: { ...card.readiness, data: 3 } }, { now: T2 });
}
function south(): BoardDocument {
  let board = createBoard('South workshop', { now: T1, newId: () => 'south' });
  board = addInitiative(board, { id: 's1', ref: 'doj-12', title: 'Fraud signals' }, { now: T1 });
  board = addInitiative(board, { id: 's2', title: 'Chatbot' }, { now: T1 });
  board = moveInitiative(board, 's1', 'scaling', 0, { now: T3 });
  const card = board.initiatives[0]!;
  return updateInitiative(board, 's1', { readiness: { ...card.readiness, data: 1 } }, { now: T3 });
}

writeFileSync(at('north.scaleboard'), serializeBoard(north()));
writeFileSync(at('south.scaleboard'), serializeBoard(south()));
writeFileSync(at('example.scaleboard'), serializeBoard(createExampleBoard(T1)));
writeFileSync(at('broken.scaleboard'), '{"format": "scaleboard", "schemaVersion": 4,');

describe('scaleboard combine', () => {
  it('combines conflicting boards, lists each conflict with its rule, and writes a valid board', async () => {
    const result = await cli('combine', at('north.scaleboard'), at('south.scaleboard'), '--out', at('both.scaleboard'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const blocks = result.stdout.trimEnd().split('\n\n');
    expect(blocks[0]).toBe(
      'north.scaleboard + south.scaleboard → both.scaleboard: 2 boards, 4 cards, 1 matched: 3 cards on the combined board; 2 conflicts.',
    );
    expect(blocks).toContain(
      'Sources\n' +
        '  north (“North workshop”): 2 cards, none matched, 2 added\n' +
        '  south (“South workshop”): 2 cards, 1 matched (1 by reference, 0 by id), 1 added',
    );
    expect(result.stdout).toContain(
      'Notes\n  Titles differ: the combined board is called “North workshop”, as north is.',
    );
    expect(result.stdout).toContain('\n  Latest stage: the stage the card entered most recently is kept');
    expect(result.stdout).toContain(
      'Conflicts (2)\n' +
        '  Fraud signals (DOJ-12; id n1) · Stage: north Pilot; south Scaling → Scaling kept (latest stage)\n' +
        `  Fraud signals (DOJ-12; id n1) · Readiness: Data: north 3 Established (set ${T2}); south 1 Emerging (set ${T3}) → 1 Emerging kept (latest change, else lower level)`,
    );

    const board = readBack('both.scaleboard');
    expect(board.initiatives.map((c) => [c.title, c.stage, c.custom[SOURCE_BOARD_FIELD.key]])).toEqual([
      ['Fraud signals', 'scaling', 'north + south'],
      ['Mail routing', 'idea', 'north'],
      ['Chatbot', 'idea', 'south'],
    ]);
    // Both boards' moves are in the log, in time order, and point at the one card.
    expect(board.decisions.map((d) => [d.initiativeId, d.to])).toEqual([
      ['n1', 'pilot'],
      ['n1', 'scaling'],
    ]);
    expect((await cli('validate', at('both.scaleboard'))).code).toBe(0);
  });

  it('prints the whole report as one JSON object with --json', async () => {
    const result = await cli(
      'combine',
      at('north.scaleboard'),
      at('south.scaleboard'),
      '--out',
      at('both-json.scaleboard'),
      '--json',
    );
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(result.stdout) as Omit<CombineReport, 'sources'> & {
      out: string;
      sources: { file: string; name: string }[];
    };
    expect(report.out).toBe('both-json.scaleboard');
    expect(report.sources.map((s) => [s.file, s.name])).toEqual([
      ['north.scaleboard', 'north'],
      ['south.scaleboard', 'south'],
    ]);
    expect(report.conflicts.map((c) => [c.field, c.kept, c.rule])).toEqual([
      ['Stage', 'Scaling', 'stage'],
      ['Readiness: Data', '1 Emerging', 'readiness'],
    ]);
  });

  it('gives back a board combined with itself, nothing duplicated and no conflict', async () => {
    const example = readBack('example.scaleboard');
    const result = await cli(
      'combine',
      at('example.scaleboard'),
      at('example.scaleboard'),
      '--out',
      at('twice.scaleboard'),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('Conflicts');
    const board = readBack('twice.scaleboard');
    expect(board.initiatives).toHaveLength(example.initiatives.length);
    expect(board.decisions).toEqual(example.decisions);
    expect(board.actions).toEqual(example.actions);
    expect(board.readinessLog).toEqual(example.readinessLog);
    expect(new Set(board.initiatives.map((c) => c.custom[SOURCE_BOARD_FIELD.key]))).toEqual(new Set(['example']));
  });

  it('names an input it cannot read, in one line, and writes nothing', async () => {
    const result = await cli(
      'combine',
      at('north.scaleboard'),
      at('broken.scaleboard'),
      '--out',
      at('none.scaleboard'),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Could not open broken\.scaleboard\. /)]);
    expect(existsSync(at('none.scaleboard'))).toBe(false);

    // An --out board already there is left as it was.
    writeFileSync(at('kept.scaleboard'), serializeBoard(north()));
    const before = readFileSync(at('kept.scaleboard'), 'utf8');
    const missing = await cli(
      'combine',
      at('north.scaleboard'),
      at('nowhere.scaleboard'),
      '--out',
      at('kept.scaleboard'),
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Could not open nowhere\.scaleboard: /);
    expect(readFileSync(at('kept.scaleboard'), 'utf8')).toBe(before);
  });

  it('replaces an existing --out board and keeps the old one as its .bak, as import does', async () => {
    writeFileSync(at('again.scaleboard'), serializeBoard(south()));
    const before = readFileSync(at('again.scaleboard'), 'utf8');
    const result = await cli('combine', at('north.scaleboard'), at('south.scaleboard'), '--out', at('again'));
    expect(result.code).toBe(0);
    expect(readFileSync(at('again.scaleboard.bak'), 'utf8')).toBe(before);
    expect(readBack('again.scaleboard').initiatives).toHaveLength(3);
  });

  it('needs two boards and an --out that is none of them: anything else is a usage error, exit code 2', async () => {
    const one = await cli('combine', at('north.scaleboard'), '--out', at('one.scaleboard'));
    expect(one.code).toBe(2);
    expect(one.stderr.trim()).toBe(
      'scaleboard: combine takes at least two board files (got 1). Run scaleboard --help.',
    );
    const noOut = await cli('combine', at('north.scaleboard'), at('south.scaleboard'));
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/combine needs --out/);
    const before = readFileSync(at('south.scaleboard'), 'utf8');
    const over = await cli('combine', at('north.scaleboard'), at('south.scaleboard'), '--out', at('south'));
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(/--out south\.scaleboard is one of the boards being combined/);
    expect(readFileSync(at('south.scaleboard'), 'utf8')).toBe(before);
    expect((await cli('--help')).stdout).toContain('scaleboard combine <a.scaleboard> <b.scaleboard>...');
  });
});

describe.skipIf(!hasRealFixtures)('scaleboard combine with a federal inventory', () => {
  it('combines the example board with a board imported from the DOJ inventory: every card kept once, with its source', async () => {
    const file = 'us-doj-2025-ai-use-case-inventory.xlsx';
    const imported = await cli('import', realFixturePath(file)!, '--out', at('doj.scaleboard'));
    expect(imported.code).toBe(0);
    const doj = readBack('doj.scaleboard');
    const example = readBack('example.scaleboard');
    // SOURCES.md counts the file's data rows; each becomes a card.
    expect(doj.initiatives).toHaveLength(readSources().find((s) => s.file === file)!.dataRows!);

    // The DOJ board twice: its second copy matches the first card for card, by reference or by id.
    const result = await cli(
      'combine',
      at('example.scaleboard'),
      at('doj.scaleboard'),
      at('doj.scaleboard'),
      '--out',
      at('portfolio.scaleboard'),
      '--json',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as CombineReport;
    const given = example.initiatives.length + 2 * doj.initiatives.length;
    expect(report.matched).toBe(doj.initiatives.length);
    const board = readBack('portfolio.scaleboard');
    expect(board.initiatives).toHaveLength(given - report.matched);
    expect(board.initiatives).toHaveLength(report.cards);
    const sources = board.initiatives.map((c) => c.custom[SOURCE_BOARD_FIELD.key]);
    expect(sources.filter((s) => s === 'example')).toHaveLength(example.initiatives.length);
    // The DOJ board given twice is one source board.
    expect(sources.filter((s) => s === 'doj')).toHaveLength(doj.initiatives.length);
    expect(report.conflicts).toEqual([]);
    // The board's own settings are the example's, the first board given.
    expect(board.title).toBe(example.title);
  });
});
