import type { BoardDocument } from '../../../domain';
import {
  addActions,
  addInitiative,
  boardAtSnapshot,
  createBoard,
  findInitiative,
  moveInitiative,
  parseBoardFile,
  removeInitiative,
  serializeBoard,
  setActionStatus,
  takeSnapshot,
  updateInitiative,
  validateBoard,
} from '../../../domain';

const MORNING = '2026-06-01T08:00:00.000Z';
const START = '2026-06-01T09:00:00.000Z';
const NOON = '2026-06-01T12:00:00.000Z';
const LATER = '2026-06-01T15:00:00.000Z';

function counter() {
  let n = 0;
  return () => `id-${++n}`;
}

/** Three cards and two actions (one already done) in the morning, before the workshop starts. */
function morningBoard(): BoardDocument {
  const newId = counter();
  const at = { now: MORNING, newId };
  let board = createBoard('Workshop', at);
  board = addInitiative(board, { id: 'a', ref: 'PIL-1', title: 'Claims triage', stage: 'pilot' }, at);
  board = addInitiative(board, { id: 'b', title: 'Mail routing', stage: 'idea', owner: 'Ana' }, at);
  board = addInitiative(board, { id: 'c', ref: 'PRD-7', title: 'Fraud signals', stage: 'production' }, at);
  board = addActions(board, [{ title: 'Name a data owner', initiativeId: 'a' }, { title: 'Book the room' }], {
    now: MORNING,
    newId: () => `act-${newId()}`,
  });
  return setActionStatus(board, board.actions[1]!.id, 'done', { now: MORNING });
}

/** The day's work after the snapshot: a move, an edit with readiness, a deletion, a new card, actions. */
function afterTheDay(started: BoardDocument): BoardDocument {
  const newId = counter();
  let board = moveInitiative(started, 'a', 'scaling', 0, { now: NOON, newId: () => `dec-${newId()}` });
  board = updateInitiative(
    board,
    'b',
    { title: 'Mail routing v2', owner: 'Ben', readiness: { ...findInitiative(board, 'b')!.readiness, data: 3 } },
    { now: NOON, newId: () => `log-${newId()}` },
  );
  board = removeInitiative(board, 'c', { now: NOON });
  board = addInitiative(board, { id: 'd', title: 'Translation', stage: 'idea' }, { now: NOON });
  board = setActionStatus(board, board.actions[0]!.id, 'done', { now: LATER });
  board = setActionStatus(board, board.actions[1]!.id, 'open', { now: LATER });
  return addActions(board, [{ title: 'Write the brief' }], { now: LATER, newId: () => `act-new-${newId()}` });
}

describe('takeSnapshot', () => {
  it('keeps each card’s id, reference, title, stage, stage date and readiness, and each action’s status', () => {
    const board = takeSnapshot(morningBoard(), { now: START });
    expect(board.updatedAt).toBe(START);
    expect(board.snapshot?.takenAt).toBe(START);
    expect(board.snapshot?.cards.map((c) => [c.id, c.ref, c.title, c.stage, c.stageEnteredAt])).toEqual([
      ['a', 'PIL-1', 'Claims triage', 'pilot', MORNING],
      ['b', undefined, 'Mail routing', 'idea', MORNING],
      ['c', 'PRD-7', 'Fraud signals', 'production', MORNING],
    ]);
    expect(board.snapshot?.actions.map((a) => a.status)).toEqual(['open', 'done']);
    expect(validateBoard(board).success).toBe(true);
  });

  it('does not share the readiness object with the card, so a later edit cannot change the snapshot', () => {
    const board = takeSnapshot(morningBoard(), { now: START });
    expect(board.snapshot!.cards[0]!.readiness).not.toBe(board.initiatives[0]!.readiness);
    expect(board.snapshot!.cards[0]!.readiness).toEqual(board.initiatives[0]!.readiness);
  });

  it('replaces an earlier snapshot: taking it twice is taking it once, at the later time', () => {
    const morning = morningBoard();
    const first = takeSnapshot(morning, { now: START });
    const changed = moveInitiative(first, 'b', 'pilot', 0, { now: NOON, newId: () => 'dec' });
    const twice = takeSnapshot(changed, { now: LATER });
    expect(twice).toEqual(takeSnapshot({ ...changed, snapshot: undefined }, { now: LATER }));
    expect(twice.snapshot?.cards.find((c) => c.id === 'b')?.stage).toBe('pilot');
    expect(twice.snapshot?.takenAt).toBe(LATER);
  });
});

describe('boardAtSnapshot', () => {
  it('is null for a board with no snapshot', () => {
    expect(boardAtSnapshot(morningBoard())).toBeNull();
  });

  it('gives back the cards as they were: stage, stage date, title and readiness; a card added since is absent', () => {
    const started = takeSnapshot(morningBoard(), { now: START });
    const then = boardAtSnapshot(afterTheDay(started))!;
    expect(then.initiatives.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    const a = findInitiative(then, 'a')!;
    expect([a.stage, a.stageEnteredAt, a.ref]).toEqual(['pilot', MORNING, 'PIL-1']);
    const b = findInitiative(then, 'b')!;
    expect([b.title, b.readiness.data]).toEqual(['Mail routing', 0]);
    // What the snapshot does not keep is as it is now: the owner was changed at noon and stays changed.
    expect(b.owner).toBe('Ben');
    expect(b.updatedAt).toBe(START);
  });

  it('brings a card deleted since back from the snapshot, with the defaults of a new card', () => {
    const started = takeSnapshot(morningBoard(), { now: START });
    const c = findInitiative(boardAtSnapshot(afterTheDay(started))!, 'c')!;
    expect(c).toMatchObject({ ref: 'PRD-7', title: 'Fraud signals', stage: 'production', riskTier: 'unassessed' });
    expect([c.createdAt, c.updatedAt, c.tags, c.votes]).toEqual([START, START, [], {}]);
  });

  it('keeps the decisions, readiness changes and actions of before the snapshot, with the statuses it kept', () => {
    const started = takeSnapshot(morningBoard(), { now: START });
    const day = afterTheDay(started);
    expect(day.decisions).toHaveLength(1);
    expect(day.readinessLog).toHaveLength(1);
    const then = boardAtSnapshot(day)!;
    expect(then.decisions).toEqual([]);
    expect(then.readinessLog).toEqual([]);
    expect(then.updatedAt).toBe(START);
    // The first was open at the start and done at 15:00; the second done in the morning and reopened at 15:00.
    expect(then.actions.map((a) => [a.title, a.status, a.closedAt, a.updatedAt])).toEqual([
      ['Name a data owner', 'open', undefined, START],
      ['Book the room', 'done', undefined, START],
    ]);
    expect(then.actions[0]).not.toHaveProperty('closedAt');
  });

  it('keeps the closing time of an action closed before the snapshot and not touched since', () => {
    const started = takeSnapshot(morningBoard(), { now: START });
    expect(boardAtSnapshot(started)!.actions[1]).toMatchObject({ status: 'done', closedAt: MORNING });
  });

  it('is a valid board that saves and opens unchanged, and whose own snapshot is the one it came from', () => {
    const started = takeSnapshot(morningBoard(), { now: START });
    const then = boardAtSnapshot(afterTheDay(started))!;
    expect(validateBoard(then).success).toBe(true);
    expect(parseBoardFile(serializeBoard(then))).toEqual({ ok: true, value: then });
    expect(takeSnapshot(then, { now: START }).snapshot).toEqual(started.snapshot);
  });

  it('places many deleted cards of one column after the rest, in the snapshot’s order, with valid ranks', () => {
    let board = createBoard('Many', { now: MORNING });
    for (let i = 0; i < 300; i += 1) {
      board = addInitiative(board, { id: `c${i}`, title: `Card ${i}`, stage: 'pilot' }, { now: MORNING });
    }
    const started = takeSnapshot(board, { now: START });
    const emptied = { ...started, initiatives: started.initiatives.slice(0, 1) };
    const then = boardAtSnapshot(emptied)!;
    expect(validateBoard(then).success).toBe(true);
    const ranks = then.initiatives.map((i) => i.rank);
    expect([...ranks].sort()).toEqual(ranks);
    expect(new Set(ranks).size).toBe(300);
  });
});
