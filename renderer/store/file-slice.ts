import type { BoardDocument } from '../../domain';
import { BOARD_LOADED_MARK } from '../lib/performance-marks';
import type { Slice } from './slice';
import { historyOf } from './slice';

/** Where the board on screen lives on disk, if anywhere, and which version of it is saved there. */
export interface FileInfo {
  handle: string | null;
  fileName: string | null;
  folder: string | null;
}

/** Which board is on screen, where it is saved, and which version of it is: what unsaved means. */
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

const NO_FILE: FileInfo = { handle: null, fileName: null, folder: null };
/** A comparison, or a combine's report, belongs to the board it was loaded for: another board starts without one. */
const NO_COMPARISON = { comparison: null, compareOpen: false, restartAsked: false, combineReport: null } as const;

export const createFileSlice: Slice<FileSlice> = (set, _get, store) => ({
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
      ...NO_COMPARISON,
    });
    historyOf(store).clear();
  },
  markSaved: (board, file) => set({ savedBoard: board, file }),
  revertTo: (saved) => set({ board: saved, savedBoard: saved }),
  closeBoard: () => {
    set({ board: null, file: NO_FILE, savedBoard: null, loadedBoard: null, selectedId: null, ...NO_COMPARISON });
    historyOf(store).clear();
  },
});
