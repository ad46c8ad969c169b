import type { BuiltImport, TableRow } from '../../../../domain';
import {
  applyImport,
  buildImport,
  columnOf,
  createBoard,
  distinctStageValues,
  suggestMapping,
  suggestedStageMap,
} from '../../../../domain';

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
    expect(built.customFields).toEqual([{ key: 'Notes', label: 'Notes' }]);
  });

  it('reports each problem with its spreadsheet row and column, and loses no row', () => {
    const built = build();
    const messages = built.problems.map((p) => `${p.row} ${p.column}: ${p.message}`);
    expect(messages).toEqual([
      '4 Title (B): no title; named “R-2”',
      '4 Value (E): “lots” is not a number; left empty',
      '4 Readiness: Data (F): “7” is not a readiness level from 0 to 4; left empty',
      '5 Notes (I): the text is 25,000 characters; only the first 20,000 were kept',
      '6 Stage (C): unknown stage “Research complete”; placed in idea',
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
    const { board: next, report } = applyImport(board, build(), 'add', { now: NOW });
    expect(report).toEqual({ added: 4, updated: 0, skipped: [] });
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
