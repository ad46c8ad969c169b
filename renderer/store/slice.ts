import type { TemporalState } from 'zundo';
import type { StateCreator, StoreApi } from 'zustand';
import type { BoardState } from './board-store';

/** One part of the board store: it sees the whole state, and the store applies the undo middleware once, at its root. */
export type Slice<T> = StateCreator<BoardState, [['temporal', unknown]], [], T>;

/** What undo and redo track: the board document alone. */
export type Tracked = Pick<BoardState, 'board'>;

/**
 * The store's undo history, for a slice that starts it afresh. zundo types its history on the store it returns,
 * not on the store the slices are given (there it is `unknown`), so its type is stated here, once.
 */
export function historyOf(store: Parameters<Slice<unknown>>[2]): TemporalState<Tracked> {
  return (store.temporal as StoreApi<TemporalState<Tracked>>).getState();
}

/** The time each change is stamped with. */
export const now = () => new Date().toISOString();
