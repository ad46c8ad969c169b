import type { ColumnItems } from '../../domain';
import type { ImportInspection, RecoveryEntry } from '../../contract';
import type { Slice } from './slice';

/** What a printout shows: the whole board (File › Export › PDF…) or the leaders' brief. */
export type PrintMode = 'board' | 'brief';

/** What the window shows around the board: selection, a drag in progress, dialogs, notices. Never undone. */
export interface UiSlice {
  /** The spreadsheet the import dialog is showing, if it is open. */
  importSession: ImportInspection | null;
  setImportSession: (session: ImportInspection | null) => void;
  selectedId: string | null;
  /** The card the board's one Tab stop is on: arrow keys move it, focusing a card sets it (roving tabindex). */
  cardTabStop: string | null;
  setCardTabStop: (id: string | null) => void;
  /** Swimlanes folded to their heading, by lane key: the board's Tab stop and the arrow keys pass over them. */
  collapsedLanes: string[];
  toggleLane: (lane: string) => void;
  /** Card ids per column while a card is being dragged; the board itself changes only on drop. */
  dragItems: ColumnItems | null;
  setDragItems: (items: ColumnItems | null) => void;
  /** Unsaved work found at start after a crash, offered for restoring. */
  recoveries: RecoveryEntry[];
  setRecoveries: (entries: RecoveryEntry[]) => void;
  notice: { kind: 'error' | 'info'; text: string } | null;
  /**
   * What the window is printing itself to PDF as, if anything: 'board' lays out every card rather than the ones
   * in view; 'brief' shows the leaders' brief, A4 portrait, in place of the board.
   */
  printing: PrintMode | null;
  setPrinting: (printing: PrintMode | null) => void;
  select: (id: string | null) => void;
  notify: (kind: 'error' | 'info', text: string) => void;
  dismissNotice: () => void;
}

export const createUiSlice: Slice<UiSlice> = (set) => ({
  importSession: null,
  setImportSession: (session) => set({ importSession: session }),
  selectedId: null,
  cardTabStop: null,
  setCardTabStop: (id) => set({ cardTabStop: id }),
  collapsedLanes: [],
  toggleLane: (lane) =>
    set((s) => ({
      collapsedLanes: s.collapsedLanes.includes(lane)
        ? s.collapsedLanes.filter((l) => l !== lane)
        : [...s.collapsedLanes, lane],
    })),
  dragItems: null,
  setDragItems: (items) => set({ dragItems: items }),
  recoveries: [],
  setRecoveries: (entries) => set({ recoveries: entries }),
  notice: null,
  printing: null,
  setPrinting: (printing) => set({ printing }),
  select: (id) => set({ selectedId: id }),
  notify: (kind, text) => set({ notice: { kind, text } }),
  dismissNotice: () => set({ notice: null }),
});
