import type { BoardDocument, Decision, Initiative, ReadinessLevel } from '../../../../domain';
import {
  addInitiative,
  createBoard,
  DECISION_LABELS,
  decisionsSheet,
  exportSheets,
  figuresBySourceBoard,
  initiativesSheet,
  NO_SOURCE_BOARD,
  readinessSheet,
  sheetToCsv,
  SOURCE_BOARD_FIELD,
  summarySheet,
} from '../../../../domain';
import { realSizeBoard } from '../../../support/real-size-board';
import { withSourceBoards } from '../../../support/source-boards';

const NOW = '2026-11-01T09:00:00.000Z';
const KINDS = Object.keys(DECISION_LABELS) as Decision['kind'][];

/** 700 cards and a decision of every kind. */
function board(): BoardDocument {
  const b = realSizeBoard(700, { now: NOW });
  return {
    ...b,
    decisions: KINDS.map((kind, i) => ({
      id: `d${i}`,
      initiativeId: b.initiatives[i]!.id,
      initiativeTitle: b.initiatives[i]!.title,
      at: NOW,
      kind,
      from: 'pilot',
      to: 'scaling',
      rationale: 'Agreed',
      unmetCriteria: [],
    })),
  };
}

describe('the exported tables', () => {
  it('lead with the reference and title, and keep the Scaleboard ID for re-import in the last column', () => {
    const sheet = initiativesSheet(board(), NOW);
    const headers = sheet.columns.map((c) => c.header);
    expect(headers.slice(0, 3)).toEqual(['Reference', 'Title', 'Stage']);
    expect(headers.at(-1)).toBe('Scaleboard ID');
    const first = board().initiatives.find((i) => i.id === sheet.rows[0]!.at(-1))!;
    expect(sheet.rows[0]!.slice(0, 2)).toEqual([first.ref, first.title]);
    expect(
      readinessSheet(board())
        .columns.slice(0, 2)
        .map((c) => c.header),
    ).toEqual(['Reference', 'Initiative']);
  });

  it('write decisions, risk tiers and sources as the app labels them, not as their ids', () => {
    const b = board();
    expect(decisionsSheet(b).rows.map((row) => row[2])).toEqual(KINDS.map((kind) => DECISION_LABELS[kind]));
    expect(decisionsSheet(b).rows.map((row) => row[2])).toContain('Go with exception');
    const sheet = initiativesSheet(b, NOW);
    const risk = sheet.columns.findIndex((c) => c.header === 'Risk tier');
    expect(new Set(sheet.rows.map((row) => row[risk]))).toEqual(new Set(['Not assessed']));
    for (const s of exportSheets(b, NOW)) {
      for (const row of s.rows) expect(row).not.toContain('go-with-exception');
    }
  });
});

describe('the Summary sheet of a combined board', () => {
  /** Three cards: one from North, one found on North and South, one with no source. */
  function small(): BoardDocument {
    const now = '2026-01-01T00:00:00.000Z';
    let b: BoardDocument = { ...createBoard('Combined', { now }), customFields: [{ ...SOURCE_BOARD_FIELD }] };
    const key = SOURCE_BOARD_FIELD.key;
    const level = (data: ReadinessLevel): Initiative['readiness'] => ({
      data,
      integration: 1,
      governance: 2,
      process: 0,
      people: 0,
      performance: 4,
    });
    b = addInitiative(
      b,
      { id: 'a', title: 'A', stage: 'pilot', custom: { [key]: 'North' }, readiness: level(1) },
      { now },
    );
    b = addInitiative(
      b,
      { id: 'b', title: 'B', stage: 'production', custom: { [key]: 'North + South' }, readiness: level(4) },
      { now },
    );
    b = addInitiative(b, { id: 'c', title: 'C', stage: 'idea', readiness: level(2) }, { now });
    return b;
  }

  it('adds a row per source board after a blank row, keeping the rows above as they were', () => {
    const b = small();
    const plain = summarySheet({ ...b, customFields: [] }, NOW);
    const sheet = summarySheet(b, NOW);
    expect(plain.rows.some((row) => row[0] === 'By source board')).toBe(false);
    expect(plain.columns).toHaveLength(3);
    expect(sheet.rows.slice(0, plain.rows.length)).toEqual(plain.rows);
    expect(sheet.columns.slice(0, 3)).toEqual(plain.columns);
    const block = sheet.rows.slice(plain.rows.length);
    expect(block[0]).toEqual([null, null, null]);
    expect(block[1]).toEqual([
      'By source board',
      'Initiatives',
      'Ideas',
      'Pilot',
      'Scaling',
      'Production',
      'Stopped',
      'Pilots per production system',
      'Initiatives that entered Pilot',
      '… of which reached Production',
      'Pilot-to-production conversion',
      'Stalled pilots',
      'Mean readiness: Data',
      'Mean readiness: Integration',
      'Mean readiness: Governance',
      'Mean readiness: Process',
      'Mean readiness: People & operating model',
      'Mean readiness: Performance',
    ]);
    // Every column of the block has a column in the sheet, so the writers give it a width.
    expect(sheet.columns).toHaveLength(block[1]!.length);
    // North: A in Pilot, no production (no ratio), entered Pilot with a date, stalled (in Pilot from 1 January to
    // 1 November, 304 days, over 180, with no decision).
    // North + South: B put straight into Production, so 0 pilots per production and its path unknown.
    // No source: C in Ideas. Readiness as each card's own, one card per group.
    expect(block.slice(2)).toEqual([
      ['North', 1, 0, 1, 0, 0, 0, null, 1, 0, 0, 1, 1, 1, 2, 0, 0, 4],
      ['North + South', 1, 0, 0, 0, 1, 0, 0, 0, 0, null, 0, 4, 1, 2, 0, 0, 4],
      [NO_SOURCE_BOARD, 1, 1, 0, 0, 0, 0, null, 0, 0, null, 0, 2, 1, 2, 0, 0, 4],
    ]);
    // The CSV of the sheet (what `export --sheet Summary` writes) has the block after the rows it had.
    const csv = sheetToCsv(sheet).split('\r\n');
    expect(csv).toContain('North + South,1,0,0,0,1,0,0,0,0,,0,4,1,2,0,0,4');
    expect(csv).toContain(`${NO_SOURCE_BOARD},1,1,0,0,0,0,,0,0,,0,2,1,2,0,0,4`);
  });

  it('gives 80 source boards of a 700-card board a row each, with every card counted once', () => {
    const b = withSourceBoards(realSizeBoard(700, { now: NOW }), 80);
    const rows = summarySheet(b, NOW).rows;
    const start = rows.findIndex((row) => row[0] === 'By source board');
    const block = rows.slice(start + 1);
    const figures = figuresBySourceBoard(b, NOW);
    // 80 sources, the pairs "A + B" the support makes, and the cards with none.
    expect(figures.length).toBeGreaterThan(80);
    expect(block.map((row) => row[0])).toEqual(figures.map((f) => f.label));
    expect(block.at(-1)![0]).toBe(NO_SOURCE_BOARD);
    expect(block.reduce((sum, row) => sum + (row[1] as number), 0)).toBe(b.initiatives.length);
    // The stage columns add up to the whole board's counts in the rows above.
    const stageRows = rows.slice(rows.findIndex((row) => row[0] === 'Stage') + 1).slice(0, 5);
    stageRows.forEach((stageRow, s) =>
      expect(block.reduce((sum, row) => sum + (row[2 + s] as number), 0)).toBe(stageRow[1]),
    );
  });
});
