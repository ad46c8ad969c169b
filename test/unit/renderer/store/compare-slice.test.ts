import { createBoard } from '../../../../domain';
import { redo, undo, useBoardStore } from '../../../../renderer/store/board-store';
import { compareWithBoard } from '../../../../renderer/features/compare/comparison';
import { briefComparison } from '../../../../renderer/features/export/brief-comparison';

const store = () => useBoardStore.getState();
const history = () => useBoardStore.temporal.getState();
const FILE = { handle: 'h1', fileName: 'w.scaleboard', folder: '/tmp' };

beforeEach(() => {
  store().loadBoard(createBoard('Workshop', { now: '2026-01-01T00:00:00.000Z' }), FILE);
});

describe('starting the workshop', () => {
  it('takes the snapshot as one undo step', () => {
    store().addInitiative({ title: 'Claims triage', stage: 'pilot' });
    const steps = history().pastStates.length;
    store().startWorkshop();
    expect(store().board!.snapshot?.cards.map((c) => c.title)).toEqual(['Claims triage']);
    expect(history().pastStates).toHaveLength(steps + 1);
    undo();
    expect(store().board!.snapshot).toBeUndefined();
    redo();
    expect(store().board!.snapshot?.cards).toHaveLength(1);
  });
});

describe('the comparison', () => {
  it('cannot compare with the start of a workshop that has not started', () => {
    expect(store().compareWithStart()).toBe(false);
    expect(store().comparison).toBeNull();
    expect(store().compareOpen).toBe(false);
  });

  it('is view state: loading, opening and closing it are not undo steps and leave the board unchanged', () => {
    store().startWorkshop();
    const board = store().board;
    const steps = history().pastStates.length;
    expect(store().compareWithStart()).toBe(true);
    store().setCompareOpen(false);
    store().compareWithFile('last-quarter.scaleboard', createBoard('Q1', { now: '2025-10-01T00:00:00.000Z' }));
    expect(store().compareOpen).toBe(true);
    expect(history().pastStates).toHaveLength(steps);
    expect(store().board).toBe(board);
    // Undo takes back the snapshot, not the comparison.
    undo();
    expect(store().comparison).toMatchObject({ kind: 'file', fileName: 'last-quarter.scaleboard' });
  });

  it('stays loaded when closed, and goes with the board', () => {
    store().compareWithFile('old.scaleboard', createBoard('Old', { now: '2025-10-01T00:00:00.000Z' }));
    store().setCompareOpen(false);
    store().setCompareOpen(true);
    expect(store().compareOpen).toBe(true);
    store().loadBoard(createBoard('Another', { now: '2026-01-02T00:00:00.000Z' }), FILE);
    expect(store().comparison).toBeNull();
    expect(store().compareOpen).toBe(false);
    store().compareWithFile('old.scaleboard', createBoard('Old', { now: '2025-10-01T00:00:00.000Z' }));
    store().closeBoard();
    expect(store().comparison).toBeNull();
    // With nothing loaded there is nothing to open.
    store().loadBoard(createBoard('Third', { now: '2026-01-03T00:00:00.000Z' }), FILE);
    store().setCompareOpen(true);
    expect(store().compareOpen).toBe(false);
  });

  it('follows the live board, and works it out again only when the board changes', () => {
    const id = store().addInitiative({ title: 'Claims triage', stage: 'pilot' });
    store().startWorkshop();
    store().compareWithStart();
    const source = store().comparison!;
    const first = compareWithBoard(source, store().board!);
    expect(first?.sections).toEqual([]);
    expect(compareWithBoard(source, store().board!)).toBe(first);

    store().moveInitiative(id, 'scaling', 0);
    const second = compareWithBoard(source, store().board!);
    expect(second).not.toBe(first);
    expect(second?.sections.find((s) => s.heading === 'Moved between stages')?.lines).toEqual([
      'Claims triage: Pilot → Scaling',
    ]);
    expect(second?.figures.find((f) => f.key === 'scaling')).toMatchObject({ then: '0', now: '1' });
  });

  it('has nothing to compare with once the workshop start is undone', () => {
    store().startWorkshop();
    store().compareWithStart();
    undo();
    expect(compareWithBoard(store().comparison!, store().board!)).toBeNull();
  });
});

describe('the brief’s comparison', () => {
  it('is the file compared with, and none while the room compares with the start (the brief then uses the snapshot)', () => {
    expect(briefComparison()).toBeNull();
    store().startWorkshop();
    store().compareWithStart();
    expect(briefComparison()).toBeNull();
    const older = createBoard('Q1', { now: '2025-10-01T00:00:00.000Z' });
    store().compareWithFile('last-quarter.scaleboard', older);
    expect(briefComparison()).toEqual({ board: older, name: 'last-quarter.scaleboard' });
  });
});
