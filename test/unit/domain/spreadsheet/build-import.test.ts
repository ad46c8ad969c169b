import type { BuiltImport, TableRow } from '../../../../domain';
import {
  applyImport,
  BOARD_LIMITS,
  buildImport,
  columnLetter,
  columnOf,
  createBoard,
  describeIssues,
  initiativesSheet,
  pilotToProduction,
  distinctStageValues,
  suggestMapping,
  suggestTitleColumn,
  suggestedStageMap,
  validateBoard,
} from '../../../../domain';
import { realSizeInventoryRows } from '../../../support/real-size-inventory';

const NOW = '2026-03-01T12:00:00.000Z';
const headers = ['Ref', 'Title', 'Stage', 'Owner', 'Value', 'Readiness: Data', 'Date entered Pilot', 'Agency', 'Notes'];
const rows: TableRow[] = [
  headers,
  ['R-1', 'Claims triage', 'b) Pilot – limited test', 'Ana', '1,200,000', '3', '03/2025', 'DOJ', 'first'],
  [null, null, null, null, null, null, null, null, null],
  ['R-2', '', 'Deployed', 'Ben', 'lots', '7', null, 'DHS', null],
  ['R-3', 'Fraud ring analytics', '', null, null, null, null, null, 'x'.repeat(25_000)],
  ['R-4', 'Mail routing', 'Research complete', null, null, null, null, null, null],
];

function build(overrides: Partial<Parameters<typeof buildImport>[2]> = {}): BuiltImport {
  const mapping = suggestMapping(headers);
  const values = distinctStageValues(rows, 0, mapping.stage);
  return buildImport(rows, headers, {
    headerRow: 0,
    mapping,
    stageMap: suggestedStageMap(values),
    blankStage: 'idea',
    date1904: false,
    ...overrides,
  });
}

describe('buildImport', () => {
  it('reads every non-empty row into a card with typed fields and custom columns', () => {
    const built = build();
    expect(built.rows).toBe(4);
    expect(built.cards).toHaveLength(4);
    const first = built.cards[0]!;
    expect(first).toMatchObject({
      row: 2,
      ref: 'R-1',
      title: 'Claims triage',
      stage: 'pilot',
      stageEnteredAt: '2025-03-01T00:00:00.000Z',
    });
    // "Agency" is how the inventories name the business unit; "Notes" fills no field and is kept as it is.
    expect(first.fields).toMatchObject({
      owner: 'Ana',
      businessUnit: 'DOJ',
      valueEstimate: 1_200_000,
      readiness: { data: 3 },
    });
    expect(first.custom).toEqual({ Notes: 'first' });
    expect(built.customFields).toEqual([{ key: 'Notes', label: 'Notes', column: 'Notes (I)' }]);
  });

  it('keeps every stage date the file gives, so a pilot date shows a card now in Production went through Pilot', () => {
    const dated = ['Title', 'Stage', 'Date entered Pilot', 'Date deployed'];
    const table: TableRow[] = [
      dated,
      ['Claims triage', 'Deployed', '03/2024', '11/2025'],
      ['Mail routing', 'Deployed', null, '10/2025'],
      ['Fraud ring analytics', 'Pilot', 'soon', null],
    ];
    const mapping = suggestMapping(dated);
    const built = buildImport(table, dated, {
      headerRow: 0,
      mapping,
      stageMap: suggestedStageMap(distinctStageValues(table, 0, mapping.stage)),
      blankStage: 'idea',
      date1904: false,
    });
    expect(built.cards.map((c) => [c.stage, c.stageEnteredAt?.slice(0, 7), c.stageDates])).toEqual([
      ['production', '2025-11', { pilot: '2024-03-01T00:00:00.000Z', production: '2025-11-01T00:00:00.000Z' }],
      ['production', '2025-10', { production: '2025-10-01T00:00:00.000Z' }],
      ['pilot', undefined, undefined],
    ]);
    expect(built.problems.map((p) => `${p.row} ${p.column}: ${p.message}`)).toEqual([
      '4 Date entered Pilot (C): “soon” is not a date Scaleboard can read; the stage date is left unknown',
    ]);
    const board = applyImport(createBoard('Dated', { now: NOW }), built, 'add', { now: NOW }).board;
    expect(validateBoard(board).success).toBe(true);
    // The card dated into Pilot has a known path to Production; the one dated only into Production does not.
    expect(pilotToProduction(board)).toEqual({ entered: 1, reached: 1, rate: 1, unknownPath: 2 });
    // The workbook writes the dates back under the headers the importer reads.
    const sheet = initiativesSheet(board, NOW);
    const pilotColumn = sheet.columns.findIndex((c) => c.header === 'Date entered Pilot');
    expect(pilotColumn).toBeGreaterThan(-1);
    expect(sheet.rows.map((r) => r[pilotColumn])).toEqual([null, { date: '2024-03-01T00:00:00.000Z' }, null]);
  });

  it('reports each problem with its spreadsheet row and column, and loses no row', () => {
    const built = build();
    const messages = built.problems.map((p) => `${p.row} ${p.column}: ${p.message}`);
    expect(messages).toEqual([
      '4 Title (B): no title; named “R-2”',
      '4 Value (E): “lots” is not a number; left empty',
      '4 Readiness: Data (F): “7” is not a readiness level from 0 to 4; left empty',
      '5 Notes (I): the text is 25,000 characters; only the first 20,000 were kept',
      '6 Stage (C): unknown stage “Research complete”; placed in Ideas',
    ]);
    expect(built.problems.every((p) => !p.skipped)).toBe(true);
    expect(built.cards.map((c) => c.title)).toEqual(['Claims triage', 'R-2', 'Fraud ring analytics', 'Mail routing']);
    expect(built.stages).toEqual({ idea: 2, pilot: 1, scaling: 0, production: 1, stopped: 0 });
    expect(built.blankStage).toBe(1);
  });

  it('sends blank stages to the chosen stage', () => {
    expect(build({ blankStage: 'stopped' }).cards[2]!.stage).toBe('stopped');
  });
});

describe('applyImport', () => {
  it('adds cards at the ends of their columns, in sheet order, as one change', () => {
    const board = createBoard('B', { now: NOW });
    const built = build();
    const { board: next, report } = applyImport(board, built, 'add', { now: NOW });
    expect(report).toEqual({
      added: 4,
      updated: 0,
      skipped: [],
      problems: built.problems,
      regimesAdded: [],
      regimesDropped: [],
    });
    expect(columnOf(next, 'idea').map((i) => i.title)).toEqual(['Fraud ring analytics', 'Mail routing']);
    expect(next.customFields.map((f) => f.label)).toEqual(['Notes']);
    expect(next.decisions).toEqual([]);
  });

  it('updates cards whose reference matches, logging stage changes, and adds the rest', () => {
    const first = applyImport(createBoard('B', { now: NOW }), build(), 'add', { now: NOW }).board;
    const changed = build();
    changed.cards[0] = { ...changed.cards[0]!, stage: 'scaling', fields: { owner: 'Chloé' } };
    changed.cards.push({ row: 9, title: 'New one', stage: 'idea', fields: {}, custom: {} });
    const { board, report } = applyImport(first, changed, 'merge', { now: '2026-03-02T00:00:00.000Z' });
    expect(report.updated).toBe(4);
    expect(report.added).toBe(1);
    const triage = board.initiatives.find((i) => i.ref === 'R-1')!;
    expect(triage).toMatchObject({ stage: 'scaling', owner: 'Chloé', valueEstimate: 1_200_000 });
    expect(board.decisions).toMatchObject([{ initiativeId: triage.id, from: 'pilot', to: 'scaling', by: 'Import' }]);
    expect(board.initiatives).toHaveLength(5);
  });
});

// Boards at their 20,000-card limit: seconds, not the unit default of five, on a busy two-core machine.
describe('buildImport within the limits of the board', { timeout: 60_000 }, () => {
  const { tagsPerInitiative, shortTextLength, customFields: maxCustomFields } = BOARD_LIMITS;
  const options = (headers: string[]) => ({
    headerRow: 0,
    mapping: suggestMapping(headers),
    stageMap: {},
    blankStage: 'idea' as const,
    date1904: false,
  });
  /** Builds the table and puts it on an empty board, which must validate whatever the table held. */
  function imported(table: TableRow[]) {
    const headers = table[0]!.map(String);
    const built = buildImport(table, headers, options(headers));
    const { board } = applyImport(createBoard('B', { now: NOW }), built, 'add', { now: NOW });
    const valid = validateBoard(board);
    expect(valid.success, valid.error && describeIssues(valid.error)).toBe(true);
    const problems = built.problems.map(
      (p) => `${p.row} ${p.column ?? '-'}${p.skipped ? ' skipped' : ''}: ${p.message}`,
    );
    return { built, board, problems };
  }

  it('keeps the first 100 tags of a row and reports the ones it drops', () => {
    const tags = Array.from({ length: tagsPerInitiative + 50 }, (_, i) => `tag ${i + 1}`);
    const { built, problems } = imported([
      ['Title', 'Tags'],
      ['Claims triage', tags.join(', ')],
    ]);
    expect(built.cards[0]!.fields.tags).toEqual(tags.slice(0, tagsPerInitiative));
    expect(problems).toEqual([
      `2 Tags (B): ${tags.length} tags, more than the ${tagsPerInitiative} a card can hold; the first ${tagsPerInitiative} were kept and 50 dropped (“tag 101”, “tag 102”, “tag 103”, …)`,
    ]);
  });

  it('shortens a tag longer than the board allows, and says so', () => {
    const long = 'x'.repeat(shortTextLength + 20);
    const { built, problems } = imported([
      ['Title', 'Tags'],
      ['Claims triage', `short, ${long}`],
    ]);
    expect(built.cards[0]!.fields.tags).toEqual(['short', long.slice(0, shortTextLength)]);
    expect(problems).toEqual([
      `2 Tags (B): a tag is ${long.length} characters; only its first ${shortTextLength} were kept`,
    ]);
  });

  it('shortens an over-long title at the limit, without a dangling space or half a character', () => {
    const limit = BOARD_LIMITS.titleLength;
    const title = `${'a'.repeat(limit - 2)} 😀${'b'.repeat(200_000)}`;
    const { built, problems } = imported([['Title'], [title]]);
    expect(built.cards[0]!.title).toBe('a'.repeat(limit - 2));
    expect(problems).toEqual([
      `2 Title (A): the text is ${title.length.toLocaleString('en')} characters; only the first ${limit} were kept`,
    ]);
  });

  it('cuts a currency to the length the board allows, and says so', () => {
    const { built, problems } = imported([
      ['Title', 'Currency'],
      ['Claims triage', 'Pounds sterling'],
    ]);
    expect(built.cards[0]!.fields.currency).toBe('Pounds sterling'.slice(0, BOARD_LIMITS.currencyLength));
    expect(problems).toEqual([
      `2 Currency (B): the text is 15 characters; only the first ${BOARD_LIMITS.currencyLength} were kept`,
    ]);
  });

  it('ignores a Scaleboard ID longer than any the board holds, and says so', () => {
    const id = 'i'.repeat(BOARD_LIMITS.idLength + 1);
    const { built, problems } = imported([
      ['Scaleboard ID', 'Title'],
      [id, 'Claims triage'],
    ]);
    expect(built.cards[0]!.id).toBeUndefined();
    expect(problems).toEqual([
      `2 Scaleboard ID (A): the ID is ${id.length} characters, longer than the ${BOARD_LIMITS.idLength} an ID can have; it was ignored`,
    ]);
  });

  it('shortens a voter’s name, and leaves out votes too many to count', () => {
    const name = 'n'.repeat(BOARD_LIMITS.voterNameLength + 5);
    const huge = `CFO: ${'9'.repeat(30)}`;
    const { built, problems } = imported([
      ['Title', 'Votes'],
      ['Claims triage', `${name}: 2; CFO: 1`],
      ['Fraud analytics', huge],
    ]);
    expect(built.cards[0]!.fields.votes).toEqual({ [name.slice(0, BOARD_LIMITS.voterNameLength)]: 2, CFO: 1 });
    expect(built.cards[1]!.fields.votes).toBeUndefined();
    expect(problems).toEqual([
      `2 Votes (B): a voter’s name is ${name.length} characters; only the first ${BOARD_LIMITS.voterNameLength} were kept`,
      `3 Votes (B): “${huge}” is more votes than can be counted; left empty`,
    ]);
  });

  it('leaves out an amount too large to hold', () => {
    const amount = `${'9'.repeat(300)} bn`;
    const { built, problems } = imported([
      ['Title', 'Value estimate'],
      ['Claims triage', amount],
    ]);
    expect(built.cards[0]!.fields.valueEstimate).toBeUndefined();
    expect(problems).toEqual([`2 Value estimate (B): “${amount}” is too large a number; left empty`]);
  });

  it('names a custom field after the start of a long header, keeping every column apart', () => {
    const limit = BOARD_LIMITS.customFieldLabelLength;
    const long = (end: string) => `${'h'.repeat(limit)}${end}`;
    const { built, problems } = imported([
      ['Title', long('one'), long('two'), '__proto__', '__proto__ (renamed)'],
      ['Claims triage', 'a', 'b', 'c', 'd'],
    ]);
    const first = 'h'.repeat(limit);
    const second = `${'h'.repeat(limit - 4)} (2)`;
    expect(built.customFields.map((f) => f.key)).toEqual([
      first,
      second,
      '__proto__ (renamed)',
      '__proto__ (renamed) (2)',
    ]);
    expect(built.cards[0]!.custom).toEqual({
      [first]: 'a',
      [second]: 'b',
      '__proto__ (renamed)': 'c',
      '__proto__ (renamed) (2)': 'd',
    });
    expect(problems).toEqual([
      `1 ${long('one')} (B): the header is ${limit + 3} characters; the custom field is named after its first ${limit}`,
      `1 ${long('two')} (C): the header is ${limit + 3} characters; the custom field is named after its first ${limit - 4}, with “ (2)” to keep it apart from another column`,
      `1 __proto__ (renamed) (E): the custom field is named “__proto__ (renamed) (2)” to keep it apart from another column`,
    ]);
  });

  it('keeps the first 1,000 columns with values as custom fields and reports each one it leaves out', () => {
    const extra = 3;
    const headers = ['Title', ...Array.from({ length: maxCustomFields + extra + 1 }, (_, i) => `Field ${i + 1}`)];
    // Field 2 holds no value at all, so it takes no place among the custom fields.
    const row = (title: string) => [title, ...headers.slice(1).map((h) => (h === 'Field 2' ? null : `${title} ${h}`))];
    const { built, board, problems } = imported([headers, row('One'), row('Two')]);
    expect(board.customFields).toHaveLength(maxCustomFields);
    expect(board.customFields.at(-1)!.label).toBe(`Field ${maxCustomFields + 1}`);
    const left = headers.slice(-extra);
    expect(problems).toEqual(
      left.map(
        (h) =>
          `1 ${h} (${columnLetter(headers.indexOf(h))}): a board holds at most ${maxCustomFields.toLocaleString('en')} custom fields; this column was not kept (2 values)`,
      ),
    );
    expect(Object.keys(built.cards[1]!.custom)).toHaveLength(maxCustomFields);
    expect(built.cards[1]!.custom[left[0]!]).toBeUndefined();
  });

  it('imports rows up to the most cards a board holds and reports each row past them as skipped', () => {
    const max = BOARD_LIMITS.initiatives;
    const table: TableRow[] = [['Title'], ...Array.from({ length: max + 2 }, (_, i) => [`Card ${i + 1}`])];
    const built = buildImport(table, ['Title'], options(['Title']));
    expect(built.rows).toBe(max + 2);
    expect(built.cards).toHaveLength(max);
    expect(built.cards.at(-1)!.title).toBe(`Card ${max}`);
    expect(built.stages.idea).toBe(max);
    expect(built.problems).toEqual(
      [max + 2, max + 3].map((row) => ({
        row,
        message: `a board holds at most ${max.toLocaleString('en')} cards; this row was not imported`,
        skipped: true,
      })),
    );
  });
});

describe('buildImport at real size', () => {
  const big = realSizeInventoryRows(700, 321);
  const bigHeaders = big[0] as string[];
  const mapping = suggestMapping(bigHeaders);
  const options = (overrides: Partial<Parameters<typeof buildImport>[2]> = {}) => ({
    headerRow: 0,
    mapping,
    stageMap: suggestedStageMap(distinctStageValues(big, 0, mapping.stage)),
    blankStage: 'idea' as const,
    date1904: false,
    ...overrides,
  });

  it('names the stage a value no rule knows is placed in by the board’s label, not its id', () => {
    const stages = createBoard('B', { now: NOW }).stages.map((s) => (s.id === 'idea' ? { ...s, label: 'Intake' } : s));
    const built = buildImport(big, bigHeaders, options({ stages }));
    const unknown = built.problems.filter((p) => p.message.startsWith('unknown stage'));
    expect(unknown.length).toBeGreaterThan(0);
    for (const problem of unknown) expect(problem.message).toMatch(/; placed in Intake$/);
    expect(buildImport(big, bigHeaders, options()).problems.find((p) => /unknown/.test(p.message))?.message).toMatch(
      /; placed in Ideas$/,
    );
  });

  it('says once that a title column empty on every row is empty, and suggests another column', () => {
    const blanked = big.map((row, i) => (i === 0 ? row : row.map((cell, c) => (c === 1 ? '' : cell))));
    const built = buildImport(blanked, bigHeaders, options());
    const titleProblems = built.problems.filter((p) => p.column?.startsWith('Use Case Name'));
    expect(titleProblems).toHaveLength(1);
    expect(titleProblems[0]).toMatchObject({ row: 1, column: 'Use Case Name (B)' });
    expect(titleProblems[0]!.message).toMatch(/empty on every row/);
    // The suggestion is a column no field takes, with a short value in every row: the department, say.
    const suggested = titleProblems[0]!.message.match(/such as “(.+)” \(([A-Z]+)\)$/);
    expect(suggested).not.toBeNull();
    expect(Object.values(mapping)).not.toContain(bigHeaders.indexOf(suggested![1]!));
    // Every row is still a card, named after its reference.
    expect(built.cards).toHaveLength(700);
    expect(built.cards[0]!.title).toBe('UC-1');
    expect(built.problems.filter((p) => /^no title/.test(p.message))).toEqual([]);
  });

  it('still reports each untitled row when only some rows have no title', () => {
    const some = big.map((row, i) => (i > 0 && i % 100 === 0 ? row.map((cell, c) => (c === 1 ? '' : cell)) : row));
    const built = buildImport(some, bigHeaders, options());
    expect(built.problems.filter((p) => /^no title/.test(p.message))).toHaveLength(7);
    expect(built.problems.some((p) => /empty on every row/.test(p.message))).toBe(false);
  });
});

describe('suggestTitleColumn', () => {
  it('prefers a column whose header names a name, then names over addresses and codes', () => {
    const table: TableRow[] = [
      ['Title', 'Email', 'Code', 'Office', 'System Name'],
      ['', 'a@x.gov', 'A1', 'Office of Claims', 'Claims Bot'],
      ['', 'b@x.gov', 'A2', 'Office of Mail', 'Mail Router'],
      ['', 'c@x.gov', 'A3', 'Office of Grants', 'Grant Helper'],
    ];
    expect(suggestTitleColumn(table, 0, { title: 0 })).toBe(4);
    expect(suggestTitleColumn(table, 0, { title: 0, approach: 4 })).toBe(3);
    expect(suggestTitleColumn(table, 0, { title: 0, approach: 4, businessUnit: 3 })).toBeNull();
  });
});
