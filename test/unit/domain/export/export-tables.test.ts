import type { BoardDocument, Decision } from '../../../../domain';
import { DECISION_LABELS, decisionsSheet, exportSheets, initiativesSheet, readinessSheet } from '../../../../domain';
import { realSizeBoard } from '../../../support/real-size-board';

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
