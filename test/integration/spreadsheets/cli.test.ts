import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import {
  addActions,
  BOARD_LIMITS,
  createExampleBoard,
  CURRENT_SCHEMA_VERSION,
  leadersBrief,
  moveInitiative,
  parseBoardFile,
  serializeBoard,
} from '../../../domain';
import { farRightWorkbook } from '../../support/bomb-workbooks';
import { cli, cliWithHeap } from '../../support/run-cli';
import { encryptedWorkbook, inventoryWorkbook, windows1252Csv } from '../../support/messy-workbooks';
import { realSizeInventoryRows, rowsToCsv } from '../../support/real-size-inventory';

const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-cli-'));
const at = (name: string) => path.join(folder, name);
writeFileSync(at('inventory.xlsx'), inventoryWorkbook());
writeFileSync(at('inventory.csv'), windows1252Csv());
writeFileSync(at('secret.xlsx'), encryptedWorkbook());
writeFileSync(at('corrupt.xlsx'), inventoryWorkbook().subarray(0, 900));

describe('scaleboard import', () => {
  it('writes a board and reports in one JSON object', async () => {
    const result = await cli(
      'import',
      at('inventory.xlsx'),
      '--out',
      at('inventory.scaleboard'),
      '--json',
      '--blank-stage',
      'pilot',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toEqual({
      sheet: 'Reportable AI Use Cases',
      headerRow: 2,
      rows: 5,
      imported: 5,
      updated: 0,
      skipped: [],
      stages: { idea: 1, pilot: 2, scaling: 0, production: 1, stopped: 1 },
      blankStage: 1,
      mapping: expect.objectContaining({
        title: 'Use Case Name',
        stage: 'Stage of Development',
        ref: 'Use Case ID [Agency Abbrev.] - [#]',
      }),
      problems: 1,
      // A new board takes the one regime the file answers (its high-impact column), leaving out the EU AI Act.
      regimesAdded: [],
      regimesDropped: ['eu-ai-act'],
    });
    const board = parseBoardFile(readFileSync(at('inventory.scaleboard'), 'utf8'));
    expect(board.ok && board.value.initiatives.map((i) => i.title)).toEqual([
      'Chat assistant',
      'Claims triage',
      'Fraud analytics',
      'Mail routing',
      'Translation',
    ]);
  });

  it('says once that the title column is empty, names another, and speaks of stages by their labels', async () => {
    const rows = realSizeInventoryRows(400, 100).map((row, i) =>
      i === 0 ? row : row.map((c, j) => (j === 1 ? '' : c)),
    );
    writeFileSync(at('no-titles.csv'), rowsToCsv(rows));
    const result = await cli('import', at('no-titles.csv'), '--out', at('no-titles.scaleboard'));
    expect(result.stderr).toBe('');
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^no-titles\.csv → no-titles\.scaleboard: 400 rows from “no-titles” \(headers on row 1\); 400 added, 0 updated, 0 skipped, \d+ problems reported\.$/,
    );
    expect(lines[1]).toMatch(
      /^Stages: Ideas \d+, Pilot \d+, Scaling \d+, Production \d+, Stopped \d+ \(100 blank → Ideas\)\.$/,
    );
    expect(lines.slice(2)).toEqual([
      expect.stringMatching(
        /^Column Use Case Name \(B\): the title column is empty on every row, .+ such as “.+” \([A-Z]\)\.$/,
      ),
    ]);
    const inspected = JSON.parse((await cli('inspect', at('no-titles.csv'), '--json')).stdout);
    expect(inspected.problems.filter((p: { message: string }) => /title/.test(p.message))).toHaveLength(1);
  });

  it('gives a new board the regime an inventory classifies under, and says so', async () => {
    writeFileSync(
      at('rights.csv'),
      'Use Case Name,"Is the AI use case rights-impacting, safety-impacting, both, or neither?"\nClaims triage,Both\nMail routing,Case-by-case assessment\n',
    );
    const json = await cli('import', at('rights.csv'), '--out', at('rights.scaleboard'), '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({
      imported: 2,
      problems: 1,
      regimesAdded: ['us-rights-safety'],
      regimesDropped: ['eu-ai-act', 'us-high-impact'],
    });
    const board = parseBoardFile(readFileSync(at('rights.scaleboard'), 'utf8'));
    expect(board.ok && board.value.workshop.regimes).toEqual(['us-rights-safety']);
    expect(board.ok && board.value.initiatives.map((i) => i.usRightsSafety)).toEqual(['both', undefined]);
    const text = await cli('import', at('rights.csv'), '--out', at('rights-2.scaleboard'));
    expect(text.stdout).toContain(
      'No card on the board was classified, so it now classifies under US rights/safety-impacting (OMB M-24-10) alone, as the file does, ' +
        'leaving out EU AI Act and US high-impact (OMB M-25-21); choose them again in Setup › Regulatory regimes if they apply.\n',
    );
    const inspected = JSON.parse((await cli('inspect', at('rights.csv'), '--json')).stdout);
    expect(inspected.problems).toEqual([
      {
        row: 3,
        column: 'Is the AI use case rights-impacting, safety-impacting, both, or neither? (B)',
        message:
          '“Case-by-case assessment” is not a rights/safety-impacting answer (rights-impacting, safety-impacting, both, neither); left not assessed',
      },
    ]);
  });

  it('merges into an existing board with --into, matching cards by reference', async () => {
    await cli('import', at('inventory.xlsx'), '--out', at('base.scaleboard'));
    const before = readFileSync(at('base.scaleboard'), 'utf8');
    const result = await cli(
      'import',
      at('inventory.csv'),
      '--into',
      at('base.scaleboard'),
      '--out',
      at('merged.scaleboard'),
      '--json',
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ imported: 0, updated: 5 });
    expect(readFileSync(at('base.scaleboard'), 'utf8')).toBe(before);
  });

  it('imports a row with more tags than a card holds into a board that validates, reporting the tags it dropped', async () => {
    const tags = Array.from({ length: BOARD_LIMITS.tagsPerInitiative + 50 }, (_, i) => `tag ${i + 1}`);
    writeFileSync(at('tags.csv'), `Title,Tags\r\nClaims triage,${tags.join('; ')}\r\n`);
    const result = await cli('import', at('tags.csv'), '--out', at('tags.scaleboard'), '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ imported: 1, problems: 1 });
    const validated = await cli('validate', at('tags.scaleboard'));
    expect(validated.stderr).toBe('');
    expect(validated.code).toBe(0);
    const board = parseBoardFile(readFileSync(at('tags.scaleboard'), 'utf8'));
    expect(board.ok && board.value.initiatives[0]!.tags).toEqual(tags.slice(0, BOARD_LIMITS.tagsPerInitiative));
    const inspected = JSON.parse((await cli('inspect', at('tags.csv'), '--json')).stdout);
    expect(inspected.problems).toEqual([
      { row: 2, column: 'Tags (B)', message: expect.stringMatching(/^150 tags, .*50 dropped/) },
    ]);
  });

  it('merges into a board with room for one more custom field, keeping it within the limit', async () => {
    const board = createExampleBoard('2026-01-01T00:00:00.000Z');
    const fields = Array.from({ length: BOARD_LIMITS.customFields - 1 }, (_, i) => ({ key: `F${i}`, label: `F${i}` }));
    writeFileSync(at('fields.scaleboard'), serializeBoard({ ...board, customFields: fields }));
    writeFileSync(at('fields.csv'), 'Title,Notes,Colour,Budget line\r\nClaims triage,a,b,c\r\n');
    const result = await cli(
      'import',
      at('fields.csv'),
      '--into',
      at('fields.scaleboard'),
      '--out',
      at('fields-merged.scaleboard'),
      '--json',
    );
    expect(result.stderr).toBe('');
    const validated = await cli('validate', at('fields-merged.scaleboard'));
    expect(validated.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ imported: 1, problems: 2 });
    const merged = parseBoardFile(readFileSync(at('fields-merged.scaleboard'), 'utf8'));
    expect(merged.ok && merged.value.customFields.at(-1)).toEqual({ key: 'Notes', label: 'Notes' });
  });

  it('names a new board after a spreadsheet with a long file name, within the length of a board title', async () => {
    const name = `${'Quarterly AI inventory '.repeat(10)}.csv`;
    writeFileSync(at(name), 'Title,Stage\r\nClaims triage,Pilot\r\n');
    const result = await cli('import', at(name), '--out', at('long-name.scaleboard'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const validated = await cli('validate', at('long-name.scaleboard'));
    expect(validated.stderr).toBe('');
    expect(validated.stdout).toContain(
      `“${'Quarterly AI inventory '.repeat(10).slice(0, BOARD_LIMITS.boardTitleLength).trim()}”`,
    );
  });

  it('takes --map and --sheet', async () => {
    const parts = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      parts,
      XLSX.utils.aoa_to_sheet([
        ['Item', 'Weight'],
        ['Bracket', 2],
      ]),
      'Parts',
    );
    writeFileSync(at('parts.xlsx'), XLSX.write(parts, { type: 'buffer', bookType: 'xlsx' }));
    const refused = await cli('import', at('parts.xlsx'), '--out', at('parts.scaleboard'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^No column of “Parts” in parts\.xlsx was recognised as the initiatives' titles/);
    const mapped = await cli(
      'import',
      at('parts.xlsx'),
      '--sheet',
      'Parts',
      '--map',
      'title=Item',
      '--out',
      at('parts.scaleboard'),
      '--json',
    );
    expect(JSON.parse(mapped.stdout)).toMatchObject({ imported: 1, mapping: { title: 'Item' } });
  });

  it.each([
    ['a corrupt workbook', 'corrupt.xlsx', /^corrupt\.xlsx could not be read as a workbook/],
    ['a password-protected workbook', 'secret.xlsx', /^secret\.xlsx is protected with a password/],
    ['a missing file', 'missing.xlsx', /^Could not read missing\.xlsx: the file does not exist\./],
    ['an unknown sheet', 'inventory.xlsx --sheet Nope', /^inventory\.xlsx has no sheet named “Nope”/],
  ])(
    'fails on %s with one line naming the file, writes nothing and leaves --into untouched',
    async (_name, args, message) => {
      writeFileSync(at('target.scaleboard'), serializeBoard(createExampleBoard('2026-01-01T00:00:00.000Z')));
      const before = readFileSync(at('target.scaleboard'));
      const [file, ...rest] = args.split(' ');
      const result = await cli(
        'import',
        at(file!),
        ...rest,
        '--into',
        at('target.scaleboard'),
        '--out',
        at('never.scaleboard'),
      );
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(at('never.scaleboard'))).toBe(false);
      expect(readFileSync(at('target.scaleboard')).equals(before)).toBe(true);
    },
  );

  it('refuses bad command lines with exit code 2', async () => {
    expect((await cli('import', at('inventory.xlsx'))).code).toBe(2);
    expect(
      (await cli('import', at('inventory.xlsx'), '--out', at('x.scaleboard'), '--blank-stage', 'limbo')).stderr,
    ).toMatch(/--blank-stage must be one of idea, pilot, scaling, production, stopped/);
    expect((await cli('import', at('inventory.xlsx'), '--out', at('x.scaleboard'), '--map', 'colour=Red')).code).toBe(
      2,
    );
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('import', at('inventory.xlsx'), '--out', at('x.scaleboard'), '--bogus')).code).toBe(2);
  });
});

describe('scaleboard inspect, export and validate', () => {
  it('inspects a spreadsheet as JSON', async () => {
    const result = await cli('inspect', at('inventory.xlsx'), '--json');
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ file: 'inventory.xlsx', sheet: 'Reportable AI Use Cases', headerRow: 2, rows: 5 });
    // Equally frequent values come in the sheet's lettered order: a) Pre-deployment, b) Pilot, …
    expect(report.stageValues.map((v: { suggested: string }) => v.suggested)).toEqual([
      'idea',
      'pilot',
      'production',
      'stopped',
    ]);
    expect(report.problems).toEqual([
      { row: 7, column: expect.stringContaining('(F)'), message: expect.stringContaining('Ongoing') },
    ]);
    const text = await cli('inspect', at('inventory.xlsx'));
    expect(text.stdout).toMatch(/^inventory\.xlsx: sheet “Reportable AI Use Cases”, headers on row 2, 5 data rows/);
  });

  it('inspects a sheet it cannot import yet, and the same sheet with the columns chosen by --map', async () => {
    writeFileSync(
      at('parts.csv'),
      'Item,Owner,Stage,Where now\nBracket,Ana,Pilot,Pilot\nHinge,Ben,Pilot,Retired\nBolt,Ana,Deployed,Somewhere\n',
    );
    const found = {
      file: 'parts.csv',
      sheets: [{ name: 'parts', hidden: false, rows: 4, columns: 4 }],
      sheet: 'parts',
      headerRow: 1,
      rows: 3,
      headers: ['Item', 'Owner', 'Stage', 'Where now'],
    };
    const untitled = await cli('inspect', at('parts.csv'), '--json');
    expect(untitled.code).toBe(0);
    const noTitle =
      "No column of “parts” in parts.csv was recognised as the initiatives' titles; choose one (headers: Item | Owner | Stage | Where now).";
    expect(JSON.parse(untitled.stdout)).toEqual({
      ...found,
      mapping: { owner: 'Owner', stage: 'Stage' },
      stageValues: [
        { value: 'Pilot', count: 2, suggested: 'pilot' },
        { value: 'Deployed', count: 1, suggested: 'production' },
      ],
      problems: [],
      error: noTitle,
    });
    const text = (await cli('inspect', at('parts.csv'))).stdout;
    expect(text).toContain('\nMapping:\n  owner            ← Owner\n  stage            ← Stage\n');
    expect(text.endsWith(`\nProblems: 0\nCannot import yet: ${noTitle}\n`)).toBe(true);

    const mapped = await cli('inspect', at('parts.csv'), '--map', 'title=Item', '--map', 'stage=where now', '--json');
    expect(mapped.code).toBe(0);
    expect(JSON.parse(mapped.stdout)).toEqual({
      ...found,
      mapping: { title: 'Item', owner: 'Owner', stage: 'Where now' },
      stageValues: [
        { value: 'Pilot', count: 1, suggested: 'pilot' },
        { value: 'Retired', count: 1, suggested: 'stopped' },
        { value: 'Somewhere', count: 1, suggested: null },
      ],
      problems: [{ row: 4, column: 'Where now (D)', message: 'unknown stage “Somewhere”; placed in Ideas' }],
    });
    expect(await cli('inspect', at('parts.csv'), '--map', 'title=Nope')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'parts.csv has no column “Nope” in “parts”. Columns: Item | Owner | Stage | Where now.\n',
    });
    expect(await cli('inspect', at('parts.csv'), '--sheet', 'Nope')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'parts.csv has no sheet named “Nope” (it has “parts”).\n',
    });
  });

  it('exports xlsx and csv, and validates boards', async () => {
    const example = createExampleBoard('2026-01-01T00:00:00.000Z');
    const cards = example.initiatives.length;
    writeFileSync(at('example.scaleboard'), serializeBoard(example));
    expect((await cli('export', at('example.scaleboard'), '--out', at('example.xlsx'))).code).toBe(0);
    expect(XLSX.read(readFileSync(at('example.xlsx'))).SheetNames).toEqual([
      'Initiatives',
      'Decisions',
      'Readiness',
      'Summary',
      'Brief',
      'Actions',
    ]);
    expect((await cli('export', at('example.scaleboard'), '--out', at('example.csv'))).code).toBe(0);
    expect(readFileSync(at('example.csv'), 'utf8').split('\r\n').length).toBe(cards + 2);
    expect((await cli('export', at('example.scaleboard'), '--out', at('example.pdf'))).code).toBe(2);

    expect((await cli('validate', at('example.scaleboard'))).stdout).toContain(
      `a valid board (schema ${CURRENT_SCHEMA_VERSION}), “Harbourline Mutual — AI portfolio review”, ${cards} initiatives`,
    );
    writeFileSync(
      at('newer.scaleboard'),
      readFileSync(at('example.scaleboard'), 'utf8').replace(/"schemaVersion":\d+/, '"schemaVersion":5'),
    );
    const newer = await cli('validate', at('newer.scaleboard'));
    expect(newer.code).toBe(1);
    expect(newer.stderr).toMatch(
      /^Could not open newer\.scaleboard\. This file was saved by a newer version of Scaleboard \(schema 5\)/,
    );
  });
});

describe('scaleboard export --sheet and scaleboard brief', () => {
  // run-cli's clock: the brief's "today" is this instant's calendar day where the tests run.
  const NOW = '2026-05-01T09:00:00.000Z';
  const board = addActions(
    createExampleBoard('2026-04-30T12:00:00.000Z'),
    [
      { title: 'Name a data owner', owner: 'Ana', due: '2026-04-01' },
      { title: '=cmd|calc', owner: '-Bob' },
    ],
    { now: '2026-04-30T12:00:00.000Z' },
  );
  writeFileSync(at('brief.scaleboard'), serializeBoard(board));

  it('writes the sheet --sheet names as CSV, and refuses a sheet the workbook does not have', async () => {
    const done = await cli('export', at('brief.scaleboard'), '--out', at('actions.csv'), '--sheet', 'actions');
    expect(done).toEqual({
      code: 0,
      stdout: 'brief.scaleboard → actions.csv: the Actions sheet, 2 rows.\n',
      stderr: '',
    });
    const lines = readFileSync(at('actions.csv'), 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFTitle,Status,Owner,Due,Overdue,Initiative reference,Initiative,Foundation,Decision,Note,Created,Closed,Scaleboard ID',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 5))).toEqual([
      ['Name a data owner', 'Open', 'Ana', '2026-04-01', 'yes'],
      ["'=cmd|calc", 'Open', "'-Bob", '', ''],
    ]);

    const wrong = await cli('export', at('brief.scaleboard'), '--out', at('never.csv'), '--sheet', 'Votes');
    expect(wrong).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'scaleboard: --sheet must be one of Initiatives, Decisions, Readiness, Summary, Brief, Actions (got “Votes”).\n',
    });
    expect((await cli('export', at('brief.scaleboard'), '--out', at('never.xlsx'), '--sheet', 'Actions')).code).toBe(2);
    expect(existsSync(at('never.csv')) || existsSync(at('never.xlsx'))).toBe(false);
  });

  it('prints the brief as Markdown, or as the LeadersBrief object with --json', async () => {
    const markdown = await cli('brief', at('brief.scaleboard'));
    expect(markdown.code).toBe(0);
    expect(markdown.stderr).toBe('');
    expect(markdown.stdout.startsWith('# Leaders’ brief — Harbourline Mutual — AI portfolio review\n')).toBe(true);
    expect(markdown.stdout).toContain('## Open actions (2, 1 overdue)');
    expect(markdown.stdout).toContain('| \\=cmd\\|calc | \\-Bob |');

    const json = await cli('brief', at('brief.scaleboard'), '--json');
    expect(json.code).toBe(0);
    const today = new Date(NOW);
    const pad = (n: number) => String(n).padStart(2, '0');
    const day = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(leadersBrief(board, { now: NOW, today: day }))));
  });

  it('ends the brief with what changed since the board --compare names', async () => {
    const later = moveInitiative(board, board.initiatives.find((i) => i.stage === 'pilot')!.id, 'scaling', 0, {
      now: '2026-04-30T15:00:00.000Z',
    });
    writeFileSync(at('brief-later.scaleboard'), serializeBoard(later));
    const result = await cli('brief', at('brief-later.scaleboard'), '--compare', at('brief.scaleboard'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## What changed since brief.scaleboard');
    expect(result.stdout).toMatch(/### Moved between stages\n\n- .*: Pilot → Scaling/);
    expect((await cli('brief', at('brief.scaleboard'))).stdout).not.toContain('## What changed');
  });

  it('says in one line that a board cannot be read, and exits with 1', async () => {
    writeFileSync(at('broken.scaleboard'), '{ not a board');
    const broken = await cli('brief', at('broken.scaleboard'));
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).toMatch(/broken\.scaleboard/);
    expect((await cli('brief')).code).toBe(2);
  });
});

describe('reading in the spreadsheet process', () => {
  it('refuses a file that spans too many cells with one line, within seconds', async () => {
    writeFileSync(at('far-right.xlsx'), farRightWorkbook(20_000));
    const started = performance.now();
    const result = await cli('import', at('far-right.xlsx'), '--out', at('never.scaleboard'));
    expect((performance.now() - started) / 1000).toBeLessThan(20);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^far-right\.xlsx spans more than 5,000,000 cells, .*“Sheet1” reaches row 20,000 and column XFD/,
    );
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(at('never.scaleboard'))).toBe(false);
  });

  it('says in one line naming the file when the spreadsheet process runs out of memory, and prints nothing else', async () => {
    const row = Array.from({ length: 10 }, (_, i) => `value ${i} of a long enough row`).join(',');
    writeFileSync(
      at('wide.csv'),
      `${Array.from({ length: 10 }, (_, i) => `Column ${i}`).join(',')}\n${`${row}\n`.repeat(200_000)}`,
    );
    const warned = vi.spyOn(console, 'warn');
    const written = vi.spyOn(process.stderr, 'write');
    try {
      // Two million cells as strings need several times the 64 MB this process may use.
      const result = await cliWithHeap(64, 'inspect', at('wide.csv'));
      expect(result).toEqual({
        code: 1,
        stdout: '',
        stderr:
          'wide.csv: Scaleboard could not finish with this spreadsheet: it needs more memory than Scaleboard allows, or it is damaged. Nothing was changed; try splitting it into smaller files.\n',
      });
      expect(warned).not.toHaveBeenCalled();
      expect(written).not.toHaveBeenCalled();
    } finally {
      warned.mockRestore();
      written.mockRestore();
    }
  });
});
