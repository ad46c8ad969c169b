import type { BoardDocument, BuiltImport, Decision, ImportedCard, Initiative } from '../../../../domain';
import {
  applyImport,
  BOARD_LIMITS,
  columnOf,
  createBoard,
  describeIssues,
  spreadRanks,
  STAGE_IDS,
  validateBoard,
} from '../../../../domain';
import { plainInitiative } from '../../../support/initiatives';

const NOW = '2026-03-01T12:00:00.000Z';
const LATER = '2026-03-02T12:00:00.000Z';

function built(cards: ImportedCard[], customFields: BuiltImport['customFields'] = []): BuiltImport {
  const stages = Object.fromEntries(STAGE_IDS.map((s) => [s, cards.filter((c) => c.stage === s).length]));
  return {
    cards,
    problems: [],
    rows: cards.length,
    headerRow: 1,
    customFields,
    stages: stages as BuiltImport['stages'],
    blankStage: 0,
    regimes: [],
  };
}

const row = (n: number, fields: Partial<ImportedCard> = {}): ImportedCard => ({
  row: n,
  title: `Row ${n}`,
  stage: 'idea',
  fields: {},
  custom: {},
  ...fields,
});

/** A board holding `count` cards, the first with the reference R-1. */
function boardWith(count: number): BoardDocument {
  const card = (rank: string, index: number): Initiative =>
    plainInitiative({ id: `c${index}`, ref: `R-${index + 1}`, title: `Card ${index + 1}`, stage: 'pilot', rank }, NOW);
  return { ...createBoard('Full', { now: NOW }), initiatives: spreadRanks(count).map(card) };
}

function expectValid(board: BoardDocument): void {
  const valid = validateBoard(board);
  expect(valid.success, valid.error && describeIssues(valid.error)).toBe(true);
}

// Boards at their 20,000-card limit: seconds, not the unit default of five, on a busy two-core machine.
describe('applyImport within the limits of the board', { timeout: 60_000 }, () => {
  const MAX_CARDS = BOARD_LIMITS.initiatives;

  it('adds no more cards than a board holds, and reports each row it could not add', () => {
    const board = boardWith(MAX_CARDS - 2);
    const { board: next, report } = applyImport(board, built([row(2), row(3), row(4), row(5)]), 'add', {
      now: LATER,
    });
    expectValid(next);
    expect(next.initiatives).toHaveLength(MAX_CARDS);
    expect(next.initiatives.slice(-2).map((i) => i.title)).toEqual(['Row 2', 'Row 3']);
    const reason = `the board already holds ${(MAX_CARDS - 2).toLocaleString('en')} cards, and a board holds at most ${MAX_CARDS.toLocaleString('en')}; this row was not added`;
    expect(report).toMatchObject({
      added: 2,
      updated: 0,
      skipped: [
        { row: 4, reason },
        { row: 5, reason },
      ],
    });
    expect(report.problems).toEqual([
      { row: 4, message: reason, skipped: true },
      { row: 5, message: reason, skipped: true },
    ]);
  });

  it('still updates the matching cards of a full board', () => {
    const board = boardWith(MAX_CARDS);
    const { board: next, report } = applyImport(
      board,
      built([row(2, { ref: 'R-1', title: 'Renamed', stage: 'pilot' }), row(3)]),
      'merge',
      { now: LATER },
    );
    expectValid(next);
    expect(next.initiatives[0]!.title).toBe('Renamed');
    expect(report).toMatchObject({ added: 0, updated: 1, skipped: [{ row: 3 }] });
  });

  it('adds no more custom fields than a board holds, and drops the values of those it leaves out', () => {
    const most = BOARD_LIMITS.customFields;
    const board: BoardDocument = {
      ...createBoard('Fields', { now: NOW }),
      customFields: Array.from({ length: most - 1 }, (_, i) => ({ key: `Field ${i}`, label: `Field ${i}` })),
    };
    const fields = [
      { key: 'Field 0', label: 'Field 0', column: 'Field 0 (B)' },
      { key: 'Notes', label: 'Notes', column: 'Notes (C)' },
      { key: 'Owner note', label: 'Owner note', column: 'Owner note (D)' },
      { key: 'Agency', label: 'Agency', column: 'Agency (E)' },
    ];
    const custom = { 'Field 0': 'a', Notes: 'b', 'Owner note': 'c', Agency: 'd' };
    const { board: next, report } = applyImport(
      board,
      built([row(2, { custom }), row(3, { custom: { Agency: 'e' } })], fields),
      'add',
      { now: LATER },
    );
    expectValid(next);
    expect(next.customFields).toHaveLength(most);
    expect(next.customFields.at(-1)).toEqual({ key: 'Notes', label: 'Notes' });
    expect(next.initiatives.map((i) => i.custom)).toEqual([{ 'Field 0': 'a', Notes: 'b' }, {}]);
    const reason = `the board already has ${(most - 1).toLocaleString('en')} custom fields, and a board holds at most ${most.toLocaleString('en')}; this column was not added`;
    expect(report.problems).toEqual([
      { row: 1, column: 'Owner note (D)', message: `${reason} (1 value)`, skipped: false },
      { row: 1, column: 'Agency (E)', message: `${reason} (2 values)`, skipped: false },
    ]);
  });

  it('moves any number of cards into one column with ranks a board accepts, in sheet order, each move logged', () => {
    // Appended one at a time, each fifth card at the end of a column makes its rank one character longer.
    const count = BOARD_LIMITS.rankLength * 6;
    const cards = Array.from({ length: count }, (_, i) => row(i + 2, { ref: `R-${i}` }));
    const first = applyImport(createBoard('B', { now: NOW }), built(cards), 'add', { now: NOW }).board;
    const moved = cards.map((c) => ({ ...c, stage: 'production' as const }));
    const { board, report } = applyImport(first, built(moved), 'merge', { now: LATER });
    expectValid(board);
    expect(report.updated).toBe(count);
    expect(columnOf(board, 'production').map((i) => i.title)).toEqual(cards.map((c) => c.title));
    expect(board.decisions).toHaveLength(count);
    expect(board.decisions[0]).toMatchObject({ from: 'idea', to: 'production', by: 'Import', at: LATER });
    // The file gives no date: when the cards entered Production is unknown, not the time of the import.
    expect(board.initiatives.every((i) => i.stageEnteredAt === undefined)).toBe(true);
  });

  it('leaves a card in its stage when the decision log is full, and says so', () => {
    const start = boardWith(2);
    const entry: Decision = {
      id: 'd',
      initiativeId: 'c0',
      initiativeTitle: 'Card 1',
      at: NOW,
      kind: 'move',
      from: 'idea',
      to: 'pilot',
      unmetCriteria: [],
    };
    const board = { ...start, decisions: new Array<Decision>(BOARD_LIMITS.decisions - 1).fill(entry) };
    const { board: next, report } = applyImport(
      board,
      built([row(2, { ref: 'R-1', stage: 'scaling' }), row(3, { ref: 'R-2', stage: 'scaling', title: 'New title' })]),
      'merge',
      { now: LATER },
    );
    expectValid(next);
    expect(next.initiatives.map((i) => [i.title, i.stage])).toEqual([
      ['Row 2', 'scaling'],
      ['New title', 'pilot'],
    ]);
    expect(report.problems).toEqual([
      {
        row: 3,
        message: `the decision log is full (${BOARD_LIMITS.decisions.toLocaleString('en')} entries), so the move to Scaling could not be recorded; the card was updated but stays in Pilot`,
        skipped: false,
      },
    ]);
  });
});
