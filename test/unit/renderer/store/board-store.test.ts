import { createBoard } from '../../../../domain';
import { isDirty, redo, undo, useBoardStore } from '../../../../renderer/store/board-store';

const store = () => useBoardStore.getState();
const NO_FILE = { handle: null, fileName: null, folder: null };

beforeEach(() => {
  store().loadBoard(createBoard('Workshop', { now: '2026-01-01T00:00:00.000Z' }), {
    handle: 'h1',
    fileName: 'w.scaleboard',
    folder: '/tmp',
  });
});

describe('the board store', () => {
  it('starts a loaded board clean, with nothing to undo', () => {
    expect(isDirty(store())).toBe(false);
    expect(useBoardStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it('makes each change one undo step and redoes it', () => {
    const id = store().addInitiative({ title: 'Claims triage', stage: 'pilot' });
    store().moveInitiative(id, 'scaling', 0);
    expect(store().board!.initiatives[0]!.stage).toBe('scaling');
    undo();
    expect(store().board!.initiatives[0]!.stage).toBe('pilot');
    expect(store().board!.decisions).toHaveLength(0);
    undo();
    expect(store().board!.initiatives).toHaveLength(0);
    expect(isDirty(store())).toBe(false); // back at the saved version
    redo();
    redo();
    expect(store().board!.initiatives[0]!.stage).toBe('scaling');
    expect(store().board!.decisions).toHaveLength(1);
  });

  it('does not record selection or notices as undo steps', () => {
    const id = store().addInitiative({ title: 'A' });
    const steps = useBoardStore.temporal.getState().pastStates.length;
    store().select(id);
    store().notify('info', 'hello');
    expect(useBoardStore.temporal.getState().pastStates).toHaveLength(steps);
  });

  it('makes a delete undoable', () => {
    const id = store().addInitiative({ title: 'Keep me' });
    store().select(id);
    store().removeInitiative(id);
    expect(store().selectedId).toBeNull();
    undo();
    expect(store().board!.initiatives.map((i) => i.title)).toEqual(['Keep me']);
  });

  it('tracks unsaved changes against the saved version', () => {
    store().addInitiative({ title: 'A' });
    expect(isDirty(store())).toBe(true);
    store().markSaved(store().board!, { handle: 'h1', fileName: 'w.scaleboard', folder: '/tmp' });
    expect(isDirty(store())).toBe(false);
  });

  it('reverts as one undoable step', () => {
    const saved = store().board!;
    store().addInitiative({ title: 'Unsaved' });
    store().revertTo(saved);
    expect(store().board!.initiatives).toHaveLength(0);
    expect(isDirty(store())).toBe(false);
    undo();
    expect(store().board!.initiatives.map((i) => i.title)).toEqual(['Unsaved']);
  });

  it('clears the undo history when another board is shown', () => {
    store().addInitiative({ title: 'A' });
    store().loadBoard(createBoard('Other', { now: '2026-01-02T00:00:00.000Z' }), NO_FILE, { saved: false });
    expect(useBoardStore.temporal.getState().pastStates).toHaveLength(0);
    expect(isDirty(store())).toBe(true); // a new board is unsaved until saved
    store().closeBoard();
    expect(store().board).toBeNull();
  });
});
