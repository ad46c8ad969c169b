import type { TableRow, WorkbookTables } from '../../../../domain';
import { inspectWorkbook, planImport, planInspectedImport } from '../../../../domain';
import { realSizeInventoryRows } from '../../../support/real-size-inventory';

const rows: TableRow[] = [
  ['Ref', 'Title', 'Stage', 'Agency', 'Status'],
  ['R-1', 'Claims triage', 'Pilot', 'DOJ', 'Live'],
  ['R-2', 'Mail routing', 'Deployed', 'DHS', 'Retired'],
  ['R-3', 'Fraud ring analytics', 'Research complete', 'DOJ', 'Live'],
];
const workbook: WorkbookTables = {
  fileName: 'inventory.csv',
  date1904: false,
  sheets: [{ name: 'Inventory', hidden: false, rows }],
};

describe('planImport', () => {
  it('takes the suggested mapping and stage map when nothing is chosen, and reads every row', () => {
    const plan = planImport(workbook);
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value.mapping).toEqual({ ref: 0, title: 1, stage: 2, businessUnit: 3 });
    expect(plan.value.stageMap).toEqual({ pilot: 'pilot', deployed: 'production' });
    expect(plan.value.built.stages).toMatchObject({ idea: 1, pilot: 1, production: 1 });
    expect(plan.value.built.problems).toEqual([
      expect.objectContaining({ row: 4, message: 'unknown stage “Research complete”; placed in Ideas' }),
    ]);
  });

  it('keeps the suggestions for the stage values the choices leave out', () => {
    const plan = planImport(workbook, { stageMap: { 'research complete': 'stopped' }, blankStage: 'pilot' });
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value.stageMap).toEqual({ pilot: 'pilot', deployed: 'production', 'research complete': 'stopped' });
    expect(plan.value.built.stages).toMatchObject({ pilot: 1, production: 1, stopped: 1 });
  });

  it('gives a column named by its header to a field, taking it from the field that had it', () => {
    const plan = planImport(workbook, { map: { owner: 'agency', ref: null } });
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value.mapping).toEqual({ title: 1, stage: 2, owner: 3 });
    expect(plan.value.built.cards[0]!.fields).toEqual({ owner: 'DOJ' });
  });

  it('counts the stage values again when another column is chosen as the stage', () => {
    const plan = planImport(workbook, { mapping: { title: 1, stage: 4 } });
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value.inspection.stageValues.map(({ key, count }) => [key, count])).toEqual([
      ['live', 2],
      ['retired', 1],
    ]);
    expect(plan.value.stageMap).toEqual({ live: 'production', retired: 'stopped' });
  });

  it('plans from an inspection already made as from the workbook, and leaves that inspection as it was', () => {
    const inspected = inspectWorkbook(workbook);
    if (!inspected.ok) throw new Error(inspected.error.message);
    const before = structuredClone(inspected.value);
    const choices = { map: { stage: 'Status' } };
    expect(planInspectedImport(workbook, inspected.value, choices)).toEqual(planImport(workbook, choices));
    expect(inspected.value).toEqual(before);
  });

  it('refuses a field or a column it does not know, and a mapping without a title', () => {
    expect(planImport(workbook, { map: { colour: 'Agency' } as never })).toMatchObject({
      ok: false,
      error: { code: 'unknown-field' },
    });
    expect(planImport(workbook, { map: { owner: 'Sponsor' } })).toMatchObject({
      ok: false,
      error: { code: 'unknown-column', message: expect.stringContaining('has no column “Sponsor” in “Inventory”') },
    });
    expect(planImport(workbook, { map: { title: null } })).toMatchObject({
      ok: false,
      error: { code: 'no-title-column' },
    });
  });
});

describe('planImport with a wrong header row', () => {
  it('says in one line that a data row is not the header row, without pasting the row', () => {
    const big = realSizeInventoryRows(300, 50);
    const book: WorkbookTables = {
      fileName: 'big.csv',
      date1904: false,
      sheets: [{ name: 'Data', hidden: false, rows: big }],
    };
    const plan = planImport(book, { headerRow: 120 });
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.error.message).toBe(
      'Row 121 of “Data” in big.csv does not look like the header row (none of its cells is a heading Scaleboard knows); the headers seem to be on row 1.',
    );
    expect(plan.error.message).not.toMatch(/\n/);
  });

  it('names at most a few headers, each cut short, when a real header row has no title column', () => {
    const headers = Array.from({ length: 30 }, (_, i) => `Stage ${i} ${'long heading text '.repeat(8)}`);
    const book: WorkbookTables = {
      fileName: 'wide.csv',
      date1904: false,
      sheets: [{ name: 'Data', hidden: false, rows: [headers, headers.map((_, i) => `v${i}`)] }],
    };
    const plan = planImport(book);
    if (plan.ok) throw new Error('no title column expected');
    expect(plan.error.message).toMatch(/^No column of “Data” in wide\.csv was recognised as the initiatives' titles/);
    expect(plan.error.message.length).toBeLessThan(500);
  });
});
