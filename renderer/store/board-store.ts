import { temporal } from 'zundo';
import { create } from 'zustand';
import type { BoardDocument } from '../../domain';
import { createBoard, createExampleBoard } from '../../domain';
import type { CombineSlice } from './combine-slice';
import { createCombineSlice } from './combine-slice';
import type { CompareSlice } from './compare-slice';
import { createCompareSlice } from './compare-slice';
import type { DocumentSlice } from './document-slice';
import { createDocumentSlice } from './document-slice';
import type { FileSlice } from './file-slice';
import { createFileSlice } from './file-slice';
import type { Tracked } from './slice';
import { now } from './slice';
import type { UiSlice } from './ui-slice';
import { createUiSlice } from './ui-slice';
import type { WorkshopSlice } from './workshop-slice';
import { createWorkshopSlice } from './workshop-slice';

export type BoardState = DocumentSlice & FileSlice & UiSlice & WorkshopSlice & CompareSlice & CombineSlice;

/** One store from slices; middleware once, here. Undo and redo track the board document alone. */
export const useBoardStore = create<BoardState>()(
  temporal(
    (...a) => ({
      ...createDocumentSlice(...a),
      ...createFileSlice(...a),
      ...createUiSlice(...a),
      ...createWorkshopSlice(...a),
      ...createCompareSlice(...a),
      ...createCombineSlice(...a),
    }),
    {
      partialize: (state): Tracked => ({ board: state.board }),
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
