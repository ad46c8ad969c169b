/**
 * Facilitation state: what the room is looking at and doing right now. None of it is part of the board document
 * or of undo, except the actions that record decisions and votes, which change the document like any edit.
 */
import type { ActionGrouping, DecisionKind, Filters, GateDecision, MatrixView, StageId, Swimlanes } from '../../domain';
import { decideMove, DEFAULT_MATRIX_VIEW, NO_FILTERS } from '../../domain';
import type { Slice } from './slice';
import { now } from './slice';

export type Panel = 'log' | 'voting' | 'actions' | null;

export interface ActionsView {
  groupBy: ActionGrouping;
  /** Done and dropped actions are listed too, marked closed. */
  showClosed: boolean;
}

/** Which entries the log lists: gate decisions and moves, changes of readiness, or both. */
export type LogEntryKind = 'all' | 'decisions' | 'readiness';

export interface TimerState {
  durationMs: number;
  /** When running: the moment it reaches zero. */
  endsAt: number | null;
  /** When paused or stopped: what is left. */
  remainingMs: number;
}

export interface PendingMove {
  id: string;
  to: StageId;
  index: number;
}

export interface DecisionLogFilter {
  text: string;
  stage: StageId | '';
  kind: DecisionKind | '';
  entries: LogEntryKind;
}

/** Which view of the portfolio the window shows beside its panels: the board's columns, or the matrix. */
export type PortfolioView = 'board' | 'matrix';

export interface WorkshopSlice {
  filters: Filters;
  swimlanes: Swimlanes;
  portfolioView: PortfolioView;
  /** How the value × readiness matrix reads readiness and sizes its bubbles; the projector follows it. */
  matrixView: MatrixView;
  panel: Panel;
  /** The card that was selected when a panel opened: the actions panel adds new actions to it. */
  panelCardId: string | null;
  metricsOpen: boolean;
  setupOpen: boolean;
  focusId: string | null;
  timer: TimerState;
  votingParticipant: string | null;
  /** The stages whose cards take dots while voting; the others show no voting controls. */
  votingStages: StageId[];
  votesHidden: boolean;
  logFilter: DecisionLogFilter;
  actionsView: ActionsView;
  /** A move across a gate, waiting for the room's decision. */
  pendingMove: PendingMove | null;
  setFilters: (filters: Filters) => void;
  setSwimlanes: (lanes: Swimlanes) => void;
  setPortfolioView: (view: PortfolioView) => void;
  setMatrixView: (view: MatrixView) => void;
  setPanel: (panel: Panel) => void;
  setMetricsOpen: (open: boolean) => void;
  setSetupOpen: (open: boolean) => void;
  setFocus: (id: string | null) => void;
  setTimer: (timer: TimerState) => void;
  setVotingParticipant: (participant: string | null) => void;
  setVotingStages: (stages: StageId[]) => void;
  setVotesHidden: (hidden: boolean) => void;
  setLogFilter: (filter: DecisionLogFilter) => void;
  setActionsView: (view: ActionsView) => void;
  proposeMove: (move: PendingMove | null) => void;
  /** Records the room's decision on the pending move, as one undoable change. */
  decide: (decision: GateDecision) => void;
}

export const initialTimer = (minutes = 10): TimerState => ({
  durationMs: minutes * 60_000,
  endsAt: null,
  remainingMs: minutes * 60_000,
});

export const createWorkshopSlice: Slice<WorkshopSlice> = (set, get) => ({
  filters: NO_FILTERS,
  swimlanes: 'none',
  portfolioView: 'board',
  matrixView: DEFAULT_MATRIX_VIEW,
  panel: null,
  panelCardId: null,
  metricsOpen: false,
  setupOpen: false,
  focusId: null,
  timer: initialTimer(),
  votingParticipant: null,
  votingStages: ['idea', 'pilot'],
  votesHidden: false,
  logFilter: { text: '', stage: '', kind: '', entries: 'all' },
  actionsView: { groupBy: 'owner', showClosed: false },
  pendingMove: null,
  setFilters: (filters) => set({ filters }),
  setSwimlanes: (swimlanes) => set({ swimlanes }),
  setPortfolioView: (portfolioView) => set({ portfolioView }),
  setMatrixView: (matrixView) => set({ matrixView }),
  setPanel: (panel) =>
    set({
      panel,
      selectedId: panel ? null : get().selectedId,
      panelCardId: panel ? (get().selectedId ?? (get().panel ? get().panelCardId : null)) : null,
    }),
  setMetricsOpen: (metricsOpen) => set({ metricsOpen }),
  setSetupOpen: (setupOpen) => set({ setupOpen }),
  setFocus: (focusId) => set({ focusId }),
  setTimer: (timer) => set({ timer }),
  setVotingParticipant: (votingParticipant) => set({ votingParticipant }),
  setVotingStages: (votingStages) => set({ votingStages }),
  setVotesHidden: (votesHidden) => set({ votesHidden }),
  setLogFilter: (logFilter) => set({ logFilter }),
  setActionsView: (actionsView) => set({ actionsView }),
  proposeMove: (pendingMove) => set({ pendingMove }),
  decide: (decision) => {
    const { board, pendingMove } = get();
    if (!board || !pendingMove) return;
    const decided = decideMove(board, pendingMove.id, pendingMove.to, pendingMove.index, decision, { now: now() });
    if (!decided.ok) return set({ notice: { kind: 'error', text: decided.error.message } });
    set({ board: decided.value, pendingMove: null });
  },
});
