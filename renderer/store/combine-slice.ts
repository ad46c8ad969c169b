import type { CombineReport } from '../../domain';
import type { Slice } from './slice';

/**
 * The report of the combine that made the board on screen (File › Combine Boards…): view state, never undone,
 * shown until the facilitator closes it; file-slice clears it when another board is loaded.
 */
export interface CombineSlice {
  combineReport: CombineReport | null;
  setCombineReport: (report: CombineReport | null) => void;
}

export const createCombineSlice: Slice<CombineSlice> = (set) => ({
  combineReport: null,
  setCombineReport: (combineReport) => set({ combineReport }),
});
