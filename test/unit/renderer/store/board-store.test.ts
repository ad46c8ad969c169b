import type { BuiltImport, ImportedCard } from '../../../../domain';
import { BOARD_LIMITS, createBoard } from '../../../../domain';
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

  it('folds and unfolds a swimlane in the window, not in the board or its undo history', () => {
    const before = store().board;
    store().toggleLane('Claims');
    store().toggleLane('Finance');
    store().toggleLane('Claims');
    expect(store().collapsedLanes).toEqual(['Finance']);
    expect(store().board).toBe(before);
    expect(isDirty(store())).toBe(false);
    store().toggleLane('Finance');
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

  describe('applying an import', () => {
    const built = (card: Partial<ImportedCard> = {}): BuiltImport => ({
      cards: [{ row: 2, title: 'Claims triage', stage: 'pilot', fields: {}, custom: {}, ...card }],
      problems: [],
      rows: 1,
      headerRow: 1,
      customFields: [],
      stages: { idea: 0, pilot: 1, scaling: 0, production: 0, stopped: 0 },
      blankStage: 0,
      regimes: [],
    });

    it('puts the cards on the board as one undo step and returns the report', () => {
      const result = store().applyImport(built(), 'add');
      expect(result).toMatchObject({ ok: true, value: { added: 1, updated: 0 } });
      expect(store().board!.initiatives.map((i) => i.title)).toEqual(['Claims triage']);
      undo();
      expect(store().board!.initiatives).toHaveLength(0);
    });

    it('refuses an import whose board would not validate, with a notice, leaving the board and its history as they were', () => {
      // Main builds imports within the board's limits; a card with a tag too many stands for any mistake there.
      const tags = Array.from({ length: BOARD_LIMITS.tagsPerInitiative + 1 }, (_, i) => `tag ${i + 1}`);
      const before = store().board;
      const steps = useBoardStore.temporal.getState().pastStates.length;
      const result = store().applyImport(built({ fields: { tags } }), 'add');
      expect(store().board).toBe(before);
      expect(result.ok).toBe(false);
      expect(useBoardStore.temporal.getState().pastStates).toHaveLength(steps);
      expect(isDirty(store())).toBe(false);
      expect(store().notice).toEqual({
        kind: 'error',
        text: `The import was not applied, so the board is unchanged: the board it would make is not valid (initiatives[0].tags: Too big: expected array to have <=${BOARD_LIMITS.tagsPerInitiative} items.)`,
      });
      expect(!result.ok && result.error.message).toBe(store().notice!.text);
    });
  });
});

describe('actions in the store', () => {
  const steps = () => useBoardStore.temporal.getState().pastStates.length;

  it('adds, edits, closes and removes actions, each one undo step', () => {
    const card = store().addInitiative({ title: 'Claims triage', stage: 'pilot' });
    const before = steps();
    const [first, second] = store().addActions([
      { title: 'Sign the data agreement', initiativeId: card, owner: 'Ana' },
      { title: 'Book the review' },
    ]);
    expect(store().board!.actions.map((a) => a.id)).toEqual([first, second]);
    store().updateAction(first!, { due: '2026-02-01', owner: '' });
    expect(store().board!.actions[0]).toMatchObject({ due: '2026-02-01' });
    expect(store().board!.actions[0]!.owner).toBeUndefined();
    store().setActionStatus(first!, 'done');
    expect(store().board!.actions[0]).toMatchObject({ status: 'done', closedAt: expect.any(String) });
    store().removeAction(second!);
    expect(steps()).toBe(before + 4);

    undo();
    expect(store().board!.actions).toHaveLength(2);
    undo();
    expect(store().board!.actions[0]!.status).toBe('open');
    expect(store().board!.actions[0]!.closedAt).toBeUndefined();
    undo();
    expect(store().board!.actions[0]!.owner).toBe('Ana');
    undo();
    expect(store().board!.actions).toHaveLength(0);
  });

  it('logs a readiness change as made by the facilitator, with the why given', () => {
    store().updateBoard({ workshop: { ...store().board!.workshop, facilitator: 'Maya' } });
    const card = store().addInitiative({ title: 'Claims triage' });
    store().updateInitiative(card, { readiness: { ...store().board!.initiatives[0]!.readiness, data: 2 } }, ' Audit ');
    expect(store().board!.readinessLog).toEqual([
      expect.objectContaining({
        initiativeId: card,
        foundation: 'data',
        from: 0,
        to: 2,
        by: 'Maya',
        rationale: 'Audit',
      }),
    ]);
    undo();
    expect(store().board!.readinessLog).toEqual([]);
  });
});
