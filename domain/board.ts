import type {
  BoardDocument,
  Decision,
  DecisionKind,
  Initiative,
  Readiness,
  ReadinessChange,
  StageConfig,
} from './board-schema';
import { BOARD_LIMITS, CURRENT_SCHEMA_VERSION } from './board-schema';
import { cutText } from './cut-text';
import { FOUNDATION_IDS } from './foundations';
import { defaultGates } from './gates';
import { newId } from './ids';
import { compareRanks, rankBetween } from './rank';
import type { StageId } from './stages';
import { DEFAULT_STAGE_LABELS, STAGE_IDS } from './stages';

/** When a change happens and, for ids, what to call new things; injected so changes stay pure and testable. */
export interface ChangeContext {
  now: string;
  newId?: () => string;
}

export function defaultStages(): StageConfig[] {
  return STAGE_IDS.map((id) => ({ id, label: DEFAULT_STAGE_LABELS[id], visible: true }));
}

export function emptyReadiness(): Readiness {
  return Object.fromEntries(FOUNDATION_IDS.map((id) => [id, 0])) as Readiness;
}

export function createBoard(title: string, context: ChangeContext): BoardDocument {
  return {
    format: 'scaleboard',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: (context.newId ?? newId)(),
    // Named after a file, a title may be longer than a board's: the start of it names the board.
    title: cutText(title.trim(), BOARD_LIMITS.boardTitleLength).trimEnd() || 'Untitled board',
    createdAt: context.now,
    updatedAt: context.now,
    workshop: { participants: [] },
    stages: defaultStages(),
    gates: defaultGates(),
    initiatives: [],
    decisions: [],
    actions: [],
    readinessLog: [],
    customFields: [],
  };
}

/** What the board calls a stage: its own label, or the stage id for a stage it does not list. */
export function stageLabel(stages: readonly StageConfig[], stage: StageId | string): string {
  return stages.find((s) => s.id === stage)?.label ?? stage;
}

/** The cards of one column, in board order. */
export function columnOf(board: BoardDocument, stage: StageId): Initiative[] {
  return board.initiatives.filter((i) => i.stage === stage).sort(byRank);
}

/** Every column's cards in board order, in one pass over the board. */
export function columns(board: BoardDocument): Record<StageId, Initiative[]> {
  const result = Object.fromEntries(STAGE_IDS.map((id) => [id, [] as Initiative[]])) as Record<StageId, Initiative[]>;
  for (const initiative of board.initiatives) result[initiative.stage].push(initiative);
  for (const id of STAGE_IDS) result[id].sort(byRank);
  return result;
}

function byRank(a: Initiative, b: Initiative): number {
  return compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id);
}

/** What a caller gives to add a card: everything optional except the title. */
export type NewInitiative = Partial<Omit<Initiative, 'createdAt' | 'updatedAt' | 'rank' | 'stageEnteredAt'>> & {
  title: string;
  stageEnteredAt?: string;
};

/** Adds a card at the end of its column (Ideas unless given). */
export function addInitiative(board: BoardDocument, input: NewInitiative, context: ChangeContext): BoardDocument {
  const stage = input.stage ?? 'idea';
  const column = columnOf(board, stage);
  const last = column[column.length - 1];
  const initiative: Initiative = {
    riskTier: 'unassessed',
    tags: [],
    votes: {},
    custom: {},
    ...input,
    readiness: { ...emptyReadiness(), ...input.readiness },
    id: input.id ?? (context.newId ?? newId)(),
    title: input.title.trim(),
    stage,
    rank: rankBetween(last?.rank ?? null, null),
    stageEnteredAt: input.stageEnteredAt ?? context.now,
    createdAt: context.now,
    updatedAt: context.now,
  };
  if (!initiative.title) throw new Error('An initiative needs a title');
  if (board.initiatives.some((i) => i.id === initiative.id)) {
    throw new Error(`An initiative with id ${initiative.id} is already on the board`);
  }
  return { ...board, updatedAt: context.now, initiatives: [...board.initiatives, initiative] };
}

/** The fields an edit may change; stage and order change only through `moveInitiative`. */
export type InitiativePatch = Partial<
  Omit<Initiative, 'id' | 'stage' | 'rank' | 'stageEnteredAt' | 'createdAt' | 'updatedAt'>
>;

/** Who changed a card's readiness and why, for the readiness log. */
export interface ReadinessReason {
  by?: string;
  rationale?: string;
  /** The gate decision the change was made in. */
  decisionId?: string;
}

/**
 * Edits a card. A change of any foundation's level is appended to the readiness log, from the old level to the
 * new, with `context.reason` saying who and why; an edit that leaves every level as it was logs nothing.
 */
/**
 * `current` with `patch` applied, where a field the patch empties (undefined or "") is removed: an emptied optional
 * field is not set, and the document never carries "" where the schema means "not set".
 */
export function patched<T extends object>(current: T, patch: Partial<NoInfer<T>>): T {
  const next: Partial<T> = { ...current, ...patch };
  for (const key of Object.keys(patch) as (keyof T)[]) {
    if (patch[key] === undefined || patch[key] === '') delete next[key];
  }
  return next as T;
}

export function updateInitiative(
  board: BoardDocument,
  id: string,
  patch: InitiativePatch,
  context: ChangeContext & { reason?: ReadinessReason },
): BoardDocument {
  const index = indexOfInitiative(board, id);
  const current = board.initiatives[index]!;
  const next: Initiative = { ...patched(current, patch), updatedAt: context.now };
  if (patch.title !== undefined) {
    next.title = patch.title.trim();
    if (!next.title) throw new Error('An initiative needs a title');
  }
  const initiatives = board.initiatives.slice();
  initiatives[index] = next;
  const changes = patch.readiness ? readinessChanges(current, next.readiness, context) : [];
  const readinessLog = changes.length ? [...board.readinessLog, ...changes] : board.readinessLog;
  return { ...board, updatedAt: context.now, initiatives, readinessLog };
}

/** The log entries for a card's readiness becoming `next`: one per foundation whose level changed, in board order. */
function readinessChanges(
  card: Initiative,
  next: Readiness,
  context: ChangeContext & { reason?: ReadinessReason },
): ReadinessChange[] {
  const changes: ReadinessChange[] = [];
  for (const foundation of FOUNDATION_IDS) {
    const from = card.readiness[foundation];
    const to = next[foundation];
    if (from === to) continue;
    const change: ReadinessChange = {
      id: (context.newId ?? newId)(),
      initiativeId: card.id,
      initiativeTitle: card.title,
      foundation,
      from,
      to,
      at: context.now,
    };
    const by = context.reason?.by?.trim();
    const rationale = context.reason?.rationale?.trim();
    if (by) change.by = by;
    if (rationale) change.rationale = rationale;
    if (context.reason?.decisionId) change.decisionId = context.reason.decisionId;
    changes.push(change);
  }
  return changes;
}

export function removeInitiative(board: BoardDocument, id: string, context: ChangeContext): BoardDocument {
  indexOfInitiative(board, id);
  return { ...board, updatedAt: context.now, initiatives: board.initiatives.filter((i) => i.id !== id) };
}

/** How a stage change was decided; without one, a plain `move` is logged. */
export interface MoveDecision {
  /** The entry's id, when the caller needs it before the entry exists (to link actions and readiness to it). */
  id?: string;
  kind: DecisionKind;
  by?: string;
  rationale?: string;
  unmetCriteria?: string[];
}

/**
 * Moves a card to `toIndex` among the other cards of `toStage` (0 = top). The card gets one new rank between
 * its new neighbours; nothing else is renumbered. A change of stage resets `stageEnteredAt` and is appended to
 * the decision log.
 */
export function moveInitiative(
  board: BoardDocument,
  id: string,
  toStage: StageId,
  toIndex: number,
  context: ChangeContext & { decision?: MoveDecision },
): BoardDocument {
  const index = indexOfInitiative(board, id);
  const current = board.initiatives[index]!;
  const others = columnOf(board, toStage).filter((i) => i.id !== id);
  const position = Math.max(0, Math.min(Math.trunc(toIndex), others.length));
  const before = others[position - 1] ?? null;
  const after = others[position] ?? null;
  const stageChanged = current.stage !== toStage;
  if (!stageChanged && columnOf(board, toStage).indexOf(current) === position) return board;

  const next: Initiative = {
    ...current,
    stage: toStage,
    rank: rankBetween(before?.rank ?? null, after?.rank ?? null),
    updatedAt: context.now,
    ...(stageChanged ? { stageEnteredAt: context.now } : {}),
  };
  const initiatives = board.initiatives.slice();
  initiatives[index] = next;
  const decisions = stageChanged ? [...board.decisions, decisionEntry(current, toStage, context)] : board.decisions;
  return { ...board, updatedAt: context.now, initiatives, decisions };
}

/** A decision-log entry about a card: from its current stage to `to`, as the decision (or a plain move) says. */
export function decisionEntry(
  initiative: Initiative,
  to: StageId,
  context: ChangeContext & { decision?: MoveDecision },
): Decision {
  const decision = context.decision;
  const entry: Decision = {
    id: decision?.id ?? (context.newId ?? newId)(),
    initiativeId: initiative.id,
    initiativeTitle: initiative.title,
    at: context.now,
    kind: decision?.kind ?? 'move',
    from: initiative.stage,
    to,
    unmetCriteria: decision?.unmetCriteria ?? [],
  };
  if (decision?.by) entry.by = decision.by;
  if (decision?.rationale) entry.rationale = decision.rationale;
  return entry;
}

export type BoardPatch = Partial<Pick<BoardDocument, 'title' | 'workshop' | 'stages' | 'gates'>>;

export function updateBoard(board: BoardDocument, patch: BoardPatch, context: ChangeContext): BoardDocument {
  const next = { ...board, ...patch, updatedAt: context.now };
  next.title = next.title.trim() || board.title;
  return next;
}

/** Whole days a card has spent in its current stage; null when the date it entered the stage is unknown. */
export function daysInStage(initiative: Initiative, now: string): number | null {
  if (initiative.stageEnteredAt === undefined) return null;
  const elapsed = Date.parse(now) - Date.parse(initiative.stageEnteredAt);
  return Number.isFinite(elapsed) ? Math.max(0, Math.floor(elapsed / 86_400_000)) : null;
}

export function findInitiative(board: BoardDocument, id: string): Initiative | undefined {
  return board.initiatives.find((i) => i.id === id);
}

function indexOfInitiative(board: BoardDocument, id: string): number {
  const index = board.initiatives.findIndex((i) => i.id === id);
  if (index < 0) throw new Error(`No initiative with id ${id} on this board`);
  return index;
}
