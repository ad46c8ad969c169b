import type { ColumnUse, ImportOptions, TableRow } from '../../../../domain';
import {
  assignColumn,
  buildImport,
  createBoard,
  distinctStageValues,
  ImportPreviewer,
  suggestedStageMap,
  suggestMapping,
} from '../../../../domain';
import { realSizeInventoryRows } from '../../../support/real-size-inventory';

const MOST = { cards: 6, problems: 500 };

/** The options with one column given a new use, as the dialog's menus give it. */
const withUse = (o: ImportOptions, column: number, use: ColumnUse): ImportOptions => ({
  ...o,
  ...assignColumn({ mapping: o.mapping, ignoredColumns: o.ignoredColumns ?? [] }, column, use),
});

/** What the preview must show: the whole import's figures, its first cards and its first problems. */
function fromWholeImport(rows: TableRow[], options: ImportOptions) {
  const built = buildImport(rows, rows[0] as string[], options);
  return {
    rows: built.rows,
    stages: built.stages,
    blankStage: built.blankStage,
    cards: built.cards.slice(0, MOST.cards),
    problems: built.problems.slice(0, MOST.problems),
  };
}

describe('ImportPreviewer', () => {
  it('shows what the whole import gives, through a series of mapping and stage changes', () => {
    // A column whose header is too long to name a custom field after: a problem on the header row.
    const rows = realSizeInventoryRows(700, 321).map((row, i) => [
      ...row,
      i === 0 ? `Notes ${'n'.repeat(600)}` : `n${i}`,
    ]);
    // Some cells a field cannot read, and one title too long, for problems in several columns.
    rows[5]![0] = 'x'.repeat(600);
    rows[9]![1] = '';
    const headers = rows[0] as string[];
    const mapping = suggestMapping(headers);
    let options: ImportOptions = {
      headerRow: 0,
      mapping,
      ignoredColumns: [],
      stageMap: suggestedStageMap(distinctStageValues(rows, 0, mapping.stage)),
      blankStage: 'idea',
      date1904: false,
    };
    const previewer = new ImportPreviewer(rows, headers, 0);
    const column = (header: string) => headers.indexOf(header);
    const steps: [string, (o: ImportOptions) => ImportOptions][] = [
      ['as suggested', (o) => o],
      ['owner from the e-mail', (o) => withUse(o, column('Email Address'), 'owner')],
      ['department as a value', (o) => withUse(o, column('Department'), 'valueEstimate')],
      ['agency as the risk tier', (o) => withUse(o, column('Agency'), 'riskTier')],
      ['office left out', (o) => withUse(o, column('Office'), 'left-out')],
      ['an unknown value placed', (o) => ({ ...o, stageMap: { ...o.stageMap, tbd: 'stopped' } })],
      ['blank rows to Pilot', (o) => ({ ...o, blankStage: 'pilot' })],
      [
        'stages relabelled',
        (o) => ({
          ...o,
          stages: createBoard('B', { now: '2026-01-01T00:00:00.000Z' }).stages.map((s) => ({
            ...s,
            label: `${s.label}!`,
          })),
        }),
      ],
      ['the summary as the title', (o) => withUse(o, column('Summary'), 'title')],
      ['the department back as custom', (o) => withUse(o, column('Department'), 'custom')],
    ];
    for (const [step, change] of steps) {
      options = change(options);
      expect(previewer.preview(options, MOST), step).toEqual(fromWholeImport(rows, options));
    }
  });

  it('says once that an empty title column is empty, as the import will, naming another column', () => {
    const rows = realSizeInventoryRows(300, 40).map((row, i) =>
      i === 0 ? row : row.map((c, j) => (j === 1 ? '' : c)),
    );
    const headers = rows[0] as string[];
    const mapping = suggestMapping(headers);
    const options: ImportOptions = { headerRow: 0, mapping, stageMap: {}, blankStage: 'idea', date1904: false };
    const previewer = new ImportPreviewer(rows, headers, 0);
    const expected = fromWholeImport(rows, options);
    expect(expected.problems.filter((p) => /empty on every row/.test(p.message))).toHaveLength(1);
    expect(previewer.preview(options, MOST)).toEqual(expected);
    // Leaving out the column it suggested changes the suggestion.
    const suggested = /such as “([^”]+)”/.exec(expected.problems[0]!.message)![1]!;
    const without = withUse(options, headers.indexOf(suggested), 'left-out');
    expect(previewer.preview(without, MOST)).toEqual(fromWholeImport(rows, without));
    expect(previewer.preview(without, MOST).problems[0]!.message).not.toContain(`“${suggested}”`);
  });
});
