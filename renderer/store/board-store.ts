import { BOARD_LOADED_MARK } from '../lib/performance-marks';
import { temporal } from 'zundo';
import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import type {
  BoardDocument,
  BoardPatch,
  BuiltImport,
  ColumnItems,
  ImportMode,
  ImportReport,
  InitiativePatch,
  NewInitiative,
  Result,
  StageId,
} from '../../domain';
import type { ImportInspection, RecoveryEntry } from '../../contract';
import type { WorkshopSlice } from './workshop-slice';
import { initialTimer } from './workshop-slice';
import {
  addInitiative,
  applyImport,
  castVote,
  createBoard,
  createExampleBoard,
  decideMove,
  describeIssues,
  err,
  NO_FILTERS,
  moveInitiative,
  newId,
  ok,
  removeInitiative,
  resetVotes,
  updateBoard,
  updateInitiative,
  validateBoard,
} from '../../domain';

/** Where the board on screen lives on disk, if anywhere, and which version of it is saved there. */
export interface FileInfo {
  handle: string | null;
  fileName: string | null;
  folder: string | null;
}

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
  updateInitiative: (id: string, patch: InitiativePatch) => void;
  removeInitiative: (id: string) => void;
  moveInitiative: (id: string, toStage: StageId, toIndex: number) => void;
  updateBoard: (patch: BoardPatch) => void;
}

export interface FileSlice {
  file: FileInfo;
  /** The document as last saved or opened; the board is unsaved whenever it is not this very object. */
  savedBoard: BoardDocument | null;
  /** The board as it was loaded (opened, created, restored): until it changes, there is nothing to recover. */
  loadedBoard: BoardDocument | null;
  /** Shows a board freshly opened, created or restored, with a fresh undo history. */
  loadBoard: (board: BoardDocument, file: FileInfo, options?: { saved?: boolean }) => void;
  markSaved: (board: BoardDocument, file: FileInfo) => void;
  /** Replaces the board with the saved version as one undoable step. */
  revertTo: (saved: BoardDocument) => void;
  closeBoard: () => void;
}

export interface UiSlice {
  /** The spreadsheet the import dialog is showing, if it is open. */
  importSession: ImportInspection | null;
  setImportSession: (session: ImportInspection | null) => void;
  selectedId: string | null;
  /** Card ids per column while a card is being dragged; the board itself changes only on drop. */
  dragItems: ColumnItems | null;
  setDragItems: (items: ColumnItems | null) => void;
  /** Unsaved work found at start after a crash, offered for restoring. */
  recoveries: RecoveryEntry[];
  setRecoveries: (entries: RecoveryEntry[]) => void;
  notice: { kind: 'error' | 'info'; text: string } | null;
  /** While the window prints itself to PDF, columns lay out every card rather than the ones in view. */
  printing: boolean;
  setPrinting: (printing: boolean) => void;
  select: (id: string | null) => void;
  notify: (kind: 'error' | 'info', text: string) => void;
  dismissNotice: () => void;
}

export type BoardState = DocumentSlice & FileSlice & UiSlice & WorkshopSlice;
type Slice<T> = StateCreator<BoardState, [['temporal', unknown]], [], T>;

const now = () => new Date().toISOString();
const NO_FILE: FileInfo = { handle: null, fileName: null, folder: null };

const createDocumentSlice: Slice<DocumentSlice> = (set, get) => {
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
    updateInitiative: (id, patch) => change((board) => updateInitiative(board, id, patch, { now: now() })),
    removeInitiative: (id) => {
      change((board) => removeInitiative(board, id, { now: now() }));
      if (get().selectedId === id) set({ selectedId: null });
    },
    moveInitiative: (id, toStage, toIndex) =>
      change((board) => moveInitiative(board, id, toStage, toIndex, { now: now() })),
    updateBoard: (patch) => change((board) => updateBoard(board, patch, { now: now() })),
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

const createFileSlice: Slice<FileSlice> = (set) => ({
  file: NO_FILE,
  savedBoard: null,
  loadedBoard: null,
  loadBoard: (board, file, options = {}) => {
    // A User Timing mark: the performance panel (and `npm run bench`) time the first paint of the board from here.
    performance.mark(BOARD_LOADED_MARK);
    set({
      board,
      file,
      savedBoard: options.saved === false ? null : board,
      loadedBoard: board,
      selectedId: null,
      notice: null,
    });
    useBoardStore.temporal.getState().clear();
  },
  markSaved: (board, file) => set({ savedBoard: board, file }),
  revertTo: (saved) => set({ board: saved, savedBoard: saved }),
  closeBoard: () => {
    set({ board: null, file: NO_FILE, savedBoard: null, loadedBoard: null, selectedId: null });
    useBoardStore.temporal.getState().clear();
  },
});

const createWorkshopSlice: Slice<WorkshopSlice> = (set, get) => ({
  filters: NO_FILTERS,
  swimlanes: 'none',
  panel: null,
  metricsOpen: false,
  setupOpen: false,
  focusId: null,
  timer: initialTimer(),
  votingParticipant: null,
  votesHidden: false,
  logFilter: { text: '', stage: '', kind: '' },
  pendingMove: null,
  setFilters: (filters) => set({ filters }),
  setSwimlanes: (swimlanes) => set({ swimlanes }),
  setPanel: (panel) => set({ panel, selectedId: panel ? null : get().selectedId }),
  setMetricsOpen: (metricsOpen) => set({ metricsOpen }),
  setSetupOpen: (setupOpen) => set({ setupOpen }),
  setFocus: (focusId) => set({ focusId }),
  setTimer: (timer) => set({ timer }),
  setVotingParticipant: (votingParticipant) => set({ votingParticipant }),
  setVotesHidden: (votesHidden) => set({ votesHidden }),
  setLogFilter: (logFilter) => set({ logFilter }),
  proposeMove: (pendingMove) => set({ pendingMove }),
  decide: (decision) => {
    const { board, pendingMove } = get();
    if (!board || !pendingMove) return;
    set({
      board: decideMove(board, pendingMove.id, pendingMove.to, pendingMove.index, decision, { now: now() }),
      pendingMove: null,
    });
  },
});

const createUiSlice: Slice<UiSlice> = (set) => ({
  importSession: null,
  setImportSession: (session) => set({ importSession: session }),
  selectedId: null,
  dragItems: null,
  setDragItems: (items) => set({ dragItems: items }),
  recoveries: [],
  setRecoveries: (entries) => set({ recoveries: entries }),
  notice: null,
  printing: false,
  setPrinting: (printing) => set({ printing }),
  select: (id) => set({ selectedId: id }),
  notify: (kind, text) => set({ notice: { kind, text } }),
  dismissNotice: () => set({ notice: null }),
});

/** One store from slices; middleware once, here. Undo and redo track the board document alone. */
export const useBoardStore = create<BoardState>()(
  temporal(
    (...a) => ({
      ...createDocumentSlice(...a),
      ...createFileSlice(...a),
      ...createUiSlice(...a),
      ...createWorkshopSlice(...a),
    }),
    {
      partialize: (state) => ({ board: state.board }),
      equality: (past, current) => past.board === current.board,
      limit: 500,
    },
  ),
);

export const undo = () => useBoardStore.temporal.getState().undo();
export const redo = () => useBoardStore.temporal.getState().redo();

export function isDirty(state: Pick<BoardState, 'board' | 'savedBoard'>): boolean {
  return state.board !== null && state.board !== state.savedBoard;
}

export function newBoard(title = 'Untitled board'): BoardDocument {
  return createBoard(title, { now: now() });
}

export function exampleBoard(): BoardDocument {
  return createExampleBoard(now());
}
