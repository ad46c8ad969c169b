import type { BoardDocument } from '../../../domain';
import {
  addInitiative,
  BOARD_LIMITS,
  boardDocumentSchema,
  columnOf,
  createBoard,
  daysInStage,
  findInitiative,
  moveInitiative,
  removeInitiative,
  updateInitiative,
} from '../../../domain';

const T0 = '2026-01-01T09:00:00.000Z';
const T1 = '2026-03-01T10:30:00.000Z';

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}${++n}`;
}

function boardWith(titles: Record<string, string[]>): BoardDocument {
  const newId = counter('i');
  let board = createBoard('Test', { now: T0, newId: () => 'board-1' });
  for (const [stage, list] of Object.entries(titles)) {
    for (const title of list) board = addInitiative(board, { title, stage: stage as never }, { now: T0, newId });
  }
  return board;
}
const titles = (board: BoardDocument, stage: 'idea' | 'pilot' | 'scaling' | 'production' | 'stopped') =>
  columnOf(board, stage).map((i) => i.title);

describe('createBoard', () => {
  it('creates a schema-valid board with five visible stages and the default gates', () => {
    const board = createBoard('  Q4 review  ', { now: T0 });
    expect(boardDocumentSchema.safeParse(board).success).toBe(true);
    expect(board.title).toBe('Q4 review');
    expect(board.stages.map((s) => s.label)).toEqual(['Ideas', 'Pilot', 'Scaling', 'Production', 'Stopped']);
    expect(board.gates.map((g) => `${g.from}→${g.to}`)).toEqual(['idea→pilot', 'pilot→scaling', 'scaling→production']);
  });
});

describe('createBoard, named after a long file name', () => {
  it('keeps the title within the length a board title may have', () => {
    const name = `Q4 portfolio ${'x'.repeat(BOARD_LIMITS.boardTitleLength)} 😀`;
    const board = createBoard(name, { now: T0 });
    expect(board.title).toBe(name.slice(0, BOARD_LIMITS.boardTitleLength));
    expect(boardDocumentSchema.safeParse(board).success).toBe(true);
  });
});

describe('addInitiative', () => {
  it('appends to the end of its column with empty readiness and no risk assessment', () => {
    const board = boardWith({ pilot: ['A', 'B'] });
    const added = addInitiative(board, { title: ' C ', stage: 'pilot' }, { now: T1, newId: () => 'c' });
    expect(titles(added, 'pilot')).toEqual(['A', 'B', 'C']);
    const c = findInitiative(added, 'c')!;
    expect(c).toMatchObject({ title: 'C', riskTier: 'unassessed', stageEnteredAt: T1, createdAt: T1 });
    expect(Object.values(c.readiness)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(boardDocumentSchema.safeParse(added).success).toBe(true);
  });

  it('refuses an empty title and a duplicate id', () => {
    const board = boardWith({ idea: ['A'] });
    expect(() => addInitiative(board, { title: '   ' }, { now: T1 })).toThrow(/title/);
    expect(() => addInitiative(board, { title: 'X', id: 'i1' }, { now: T1 })).toThrow(/already/);
  });
});

describe('moveInitiative', () => {
  it('moves a card to another stage at a position, logs the change and resets its time in stage', () => {
    const board = boardWith({ pilot: ['A', 'B'], scaling: ['X', 'Y'] });
    const moved = moveInitiative(board, 'i1', 'scaling', 1, { now: T1, newId: () => 'd1' });
    expect(titles(moved, 'pilot')).toEqual(['B']);
    expect(titles(moved, 'scaling')).toEqual(['X', 'A', 'Y']);
    const a = findInitiative(moved, 'i1')!;
    expect(a.stageEnteredAt).toBe(T1);
    expect(moved.decisions).toEqual([
      {
        id: 'd1',
        initiativeId: 'i1',
        initiativeTitle: 'A',
        at: T1,
        kind: 'move',
        from: 'pilot',
        to: 'scaling',
        unmetCriteria: [],
      },
    ]);
  });

  it('reorders within a column without a log entry and without touching any other card', () => {
    const board = boardWith({ pilot: ['A', 'B', 'C', 'D'] });
    const moved = moveInitiative(board, 'i4', 'pilot', 1, { now: T1 });
    expect(titles(moved, 'pilot')).toEqual(['A', 'D', 'B', 'C']);
    expect(moved.decisions).toEqual([]);
    const changed = moved.initiatives.filter((i, index) => i !== board.initiatives[index]);
    expect(changed.map((i) => i.title)).toEqual(['D']);
    expect(changed[0]!.stageEnteredAt).toBe(T0);
  });

  it('records the decision given for a stage change', () => {
    const board = boardWith({ pilot: ['A'] });
    const moved = moveInitiative(board, 'i1', 'stopped', 0, {
      now: T1,
      newId: () => 'd',
      decision: { kind: 'stop', by: 'CFO', rationale: 'No owner', unmetCriteria: [] },
    });
    expect(moved.decisions[0]).toMatchObject({
      kind: 'stop',
      by: 'CFO',
      rationale: 'No owner',
      from: 'pilot',
      to: 'stopped',
    });
  });

  it('returns the same board when the card is dropped where it was', () => {
    const board = boardWith({ pilot: ['A', 'B'] });
    expect(moveInitiative(board, 'i2', 'pilot', 1, { now: T1 })).toBe(board);
  });

  it('clamps positions beyond the column and fails on an unknown card', () => {
    const board = boardWith({ pilot: ['A'], scaling: ['X'] });
    expect(titles(moveInitiative(board, 'i1', 'scaling', 99, { now: T1 }), 'scaling')).toEqual(['X', 'A']);
    expect(() => moveInitiative(board, 'nope', 'scaling', 0, { now: T1 })).toThrow(/No initiative/);
  });
});

describe('updateInitiative and removeInitiative', () => {
  it('changes the given fields, drops emptied ones and keeps stage and rank', () => {
    const board = boardWith({ pilot: ['A'] });
    const withOwner = updateInitiative(board, 'i1', { owner: 'Ana', kpi: 'Cycle time' }, { now: T1 });
    const cleared = updateInitiative(withOwner, 'i1', { owner: '' }, { now: T1 });
    const a = cleared.initiatives[0]!;
    expect(a.kpi).toBe('Cycle time');
    expect('owner' in a).toBe(false);
    expect(a.rank).toBe(board.initiatives[0]!.rank);
    expect(a.updatedAt).toBe(T1);
    expect(() => updateInitiative(board, 'i1', { title: ' ' }, { now: T1 })).toThrow(/title/);
  });

  it('removes a card', () => {
    const board = boardWith({ idea: ['A', 'B'] });
    expect(titles(removeInitiative(board, 'i1', { now: T1 }), 'idea')).toEqual(['B']);
  });
});

it('counts whole days in stage', () => {
  const board = boardWith({ pilot: ['A'] });
  expect(daysInStage(board.initiatives[0]!, T1)).toBe(59);
});
