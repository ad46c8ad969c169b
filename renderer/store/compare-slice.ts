import type { BoardDocument } from '../../domain';
import type { Slice } from './slice';

/**
 * What the Compare view compares the board with: another board file as it was read, or the board's own workshop
 * snapshot, which is read from the live board each time so that a snapshot taken again is the one compared with.
 */
export type ComparisonSource = { kind: 'file'; fileName: string; board: BoardDocument } | { kind: 'start' };

/**
 * The comparison loaded for the board on screen: view state, never undone, kept until the board is closed or
 * another comparison is loaded (file-slice clears it with the board).
 */
export interface CompareSlice {
  comparison: ComparisonSource | null;
  compareOpen: boolean;
  /** Start workshop pressed on a board that already has a snapshot: the window asks before replacing it. */
  restartAsked: boolean;
  /** Loads another board to compare with, and shows the comparison. */
  compareWithFile: (fileName: string, board: BoardDocument) => void;
  /** Shows what changed since the workshop started; false (and nothing changes) when it has not started. */
  compareWithStart: () => boolean;
  setCompareOpen: (open: boolean) => void;
  setRestartAsked: (asked: boolean) => void;
}

export const createCompareSlice: Slice<CompareSlice> = (set, get) => ({
  comparison: null,
  compareOpen: false,
  restartAsked: false,
  compareWithFile: (fileName, board) => set({ comparison: { kind: 'file', fileName, board }, compareOpen: true }),
  compareWithStart: () => {
    if (!get().board?.snapshot) return false;
    set({ comparison: { kind: 'start' }, compareOpen: true });
    return true;
  },
  setCompareOpen: (compareOpen) => set({ compareOpen: compareOpen && get().comparison !== null }),
  setRestartAsked: (restartAsked) => set({ restartAsked }),
});
