import type {
  ActionPatch,
  ActionStatus,
  BoardDocument,
  BoardPatch,
  BuiltImport,
  ImportMode,
  ImportReport,
  InitiativePatch,
  NewAction,
  NewInitiative,
  Result,
  StageId,
} from '../../domain';
import {
  addActions,
  addInitiative,
  applyImport,
  castVote,
  describeIssues,
  err,
  moveInitiative,
  newId,
  ok,
  removeAction,
  removeInitiative,
  resetVotes,
  setActionStatus,
  updateAction,
  takeSnapshot,
  updateBoard,
  updateInitiative,
  validateBoard,
} from '../../domain';
import type { Slice } from './slice';
import { now } from './slice';

/** The board document and the changes the window makes to it, each one a domain function and one undo step. */
export interface DocumentSlice {
  board: BoardDocument | null;
  /** Adds dots for a participant on a card (negative takes them off), within the dots each participant has. */
  castVote: (id: string, participant: string, delta: number) => void;
  resetVotes: () => void;
  /**
   * Puts a finished import on the board as one undoable change, and returns what it did; an import whose board
   * would not validate is refused with a notice, and the board stays as it was.
   */
  applyImport: (built: BuiltImport, mode: ImportMode) => Result<ImportReport>;
  addInitiative: (input: NewInitiative) => string;
  /**
   * Edits a card. A change of readiness is logged as made by the board's facilitator, with `why` as its
   * rationale when the room gave one.
   */
  updateInitiative: (id: string, patch: InitiativePatch, why?: string) => void;
  removeInitiative: (id: string) => void;
  moveInitiative: (id: string, toStage: StageId, toIndex: number) => void;
  updateBoard: (patch: BoardPatch) => void;
  /** Adds actions, open, as one undo step; returns their ids in the order given. */
  addActions: (inputs: readonly NewAction[]) => string[];
  updateAction: (id: string, patch: ActionPatch) => void;
  /** Marks an action done, dropped or open again; a closed action stays on the board. */
  setActionStatus: (id: string, status: ActionStatus) => void;
  removeAction: (id: string) => void;
  /** Takes the workshop snapshot now, replacing any earlier one: "since the start of the workshop" starts here. */
  startWorkshop: () => void;
}

export const createDocumentSlice: Slice<DocumentSlice> = (set, get) => {
  /** Applies a pure domain change to the board on screen; one call is one undo step. */
  const change = (apply: (board: BoardDocument) => BoardDocument) => {
    const board = get().board;
    if (board) set({ board: apply(board) });
  };
  return {
    board: null,
    addInitiative: (input) => {
      const id = input.id ?? newId();
      change((board) => addInitiative(board, { ...input, id }, { now: now() }));
      return id;
    },
    updateInitiative: (id, patch, why) =>
      change((board) => {
        const reason = { by: board.workshop.facilitator, rationale: why?.trim() || undefined };
        return updateInitiative(board, id, patch, { now: now(), reason });
      }),
    removeInitiative: (id) => {
      change((board) => removeInitiative(board, id, { now: now() }));
      if (get().selectedId === id) set({ selectedId: null });
    },
    moveInitiative: (id, toStage, toIndex) =>
      change((board) => moveInitiative(board, id, toStage, toIndex, { now: now() })),
    updateBoard: (patch) => change((board) => updateBoard(board, patch, { now: now() })),
    addActions: (inputs) => {
      const ids = inputs.map(() => newId());
      const next = ids.slice();
      change((board) => addActions(board, inputs, { now: now(), newId: () => next.shift() ?? newId() }));
      return ids;
    },
    updateAction: (id, patch) => change((board) => updateAction(board, id, patch, { now: now() })),
    setActionStatus: (id, status) => change((board) => setActionStatus(board, id, status, { now: now() })),
    removeAction: (id) => change((board) => removeAction(board, id, { now: now() })),
    startWorkshop: () => change((board) => takeSnapshot(board, { now: now() })),
    castVote: (id, participant, delta) => change((board) => castVote(board, id, participant, delta, { now: now() })),
    resetVotes: () => change((board) => resetVotes(board, { now: now() })),
    applyImport: (built, mode) => {
      const board = get().board;
      if (!board) return err('no-board', 'Open or create a board to import into.');
      const result = applyImport(board, built, mode, { now: now() });
      // Checked as a save checks it: a board that could never be saved or recovered is never shown.
      const checked = validateBoard(result.board);
      if (!checked.success) {
        const refused = err(
          'invalid-import',
          `The import was not applied, so the board is unchanged: the board it would make is not valid (${describeIssues(checked.error, 1)})`,
        );
        set({ notice: { kind: 'error', text: refused.error.message } });
        return refused;
      }
      set({ board: checked.data });
      return ok(result.report);
    },
  };
};
