/**
 * Actions: what the room agreed someone will do, usually to build a foundation a gate found missing. They are
 * part of the board, so saving, undo and recovery keep them like everything else; a closed action stays on the
 * board, marked done or dropped, for the next workshop to see.
 */
import { isProhibited, practiceWords, PROHIBITED_REASON, REGIME_LABELS } from './governance';
import type { Action, ActionStatus, BoardDocument, DecisionKind, GateField, Initiative } from './board-schema';
import { BOARD_LIMITS, isCalendarDay } from './board-schema';
import type { ChangeContext } from './board';
import { patched } from './board';
import { cutText } from './cut-text';
import type { CriterionResult } from './gate-evaluation';
import { FOUNDATIONS } from './foundations';
import { levelWords } from './labels';
import { newId } from './ids';

/** What a caller gives to add an action: a title, and whatever else is known. */
export type NewAction = Partial<Omit<Action, 'id' | 'status' | 'createdAt' | 'updatedAt' | 'closedAt'>> & {
  title: string;
};

/** The fields an edit may change; status changes only through `setActionStatus`, which dates the closing. */
export type ActionPatch = Partial<Omit<Action, 'id' | 'status' | 'createdAt' | 'updatedAt' | 'closedAt'>>;

/** What to do to meet a field criterion: the start of an action's title. */
const FIELD_ACTIONS: Record<GateField, string> = {
  problem: 'Describe the problem',
  outcome: 'Describe the desired outcome',
  kpi: 'Set the KPI',
  owner: 'Name an owner',
  businessUnit: 'Name the business unit',
  sponsor: 'Name a sponsor',
  riskTier: 'Assess the risk tier',
  valueEstimate: 'Estimate the value',
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

/** The decisions that must leave at least one action behind: moving on regardless, or waiting for something. */
export function actionsRequired(kind: DecisionKind | null): boolean {
  return kind === 'go-with-exception' || kind === 'hold';
}

/**
 * The calendar day of an instant where the app runs, `YYYY-MM-DD`: the day a due date is compared with. An
 * action due on the 26th is not overdue until the 27th begins, in the room's own time zone.
 */
export function calendarDay(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** Open and due before `today` (a `YYYY-MM-DD` day). Done, dropped and undated actions are never overdue. */
export function isOverdue(action: Action, today: string): boolean {
  return action.status === 'open' && action.due !== undefined && action.due < today;
}

/** The ids of cards with at least one overdue action, for the filter and the cards' badges. */
export function cardsWithOverdueActions(board: Pick<BoardDocument, 'actions'>, today: string): Set<string> {
  const ids = new Set<string>();
  for (const action of board.actions) {
    if (action.initiativeId !== undefined && isOverdue(action, today)) ids.add(action.initiativeId);
  }
  return ids;
}

/** What a card's badge says: how many of its actions are open, and how many of those are overdue. */
export interface CardActionCounts {
  open: number;
  overdue: number;
}

/** Open and overdue actions per card with any open, in one pass over the board's actions. */
export function actionCountsByCard(actions: readonly Action[], today: string): Map<string, CardActionCounts> {
  const counts = new Map<string, CardActionCounts>();
  for (const action of actions) {
    if (action.initiativeId === undefined || action.status !== 'open') continue;
    const card = counts.get(action.initiativeId) ?? { open: 0, overdue: 0 };
    card.open += 1;
    if (isOverdue(action, today)) card.overdue += 1;
    counts.set(action.initiativeId, card);
  }
  return counts;
}

/** Soonest due first; undated actions after dated ones; then by title, so the order is stable. */
export function byDue(a: Action, b: Action): number {
  if (a.due !== b.due) {
    if (a.due === undefined) return 1;
    if (b.due === undefined) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return a.title.localeCompare(b.title);
}

/**
 * Starting points for the actions a gate decision leaves behind: one per unmet criterion, titled by what would
 * meet it, for the foundation it names, owned by the card's owner. The room edits them before they are recorded.
 */
export function suggestedActions(initiative: Initiative, results: readonly CriterionResult[]): NewAction[] {
  return suggestedActionsByCriterion(initiative, results).map((s) => s.action);
}

/**
 * suggestedActions, each with the criterion it answers (its label), so the gate dialog can drop a suggestion once
 * the room meets its criterion. A prohibited card goes nowhere whatever its readiness: it is offered the one
 * action it waits for, the classification's review, answering the prohibition itself.
 */
export function suggestedActionsByCriterion(
  initiative: Initiative,
  results: readonly CriterionResult[],
): { action: NewAction; criterion: string }[] {
  const suggestions = isProhibited(initiative)
    ? [{ action: PROHIBITED_REVIEW, criterion: PROHIBITED_REASON }]
    : results.filter((r) => !r.met).flatMap((r) => unmetActions([r]).map((action) => ({ action, criterion: r.label })));
  return suggestions.map(({ action, criterion }) => ({
    action: { ...action, ...(initiative.owner ? { owner: initiative.owner } : {}), initiativeId: initiative.id },
    criterion,
  }));
}

/** What the room is offered to do about a prohibited card held at the gate. */
export const PROHIBITED_ACTION = 'Review the EU AI Act classification (prohibited practice)';
const PROHIBITED_REVIEW: NewAction = { title: PROHIBITED_ACTION, foundation: 'governance' };

function unmetActions(results: readonly CriterionResult[]): NewAction[] {
  return results
    .filter((r) => !r.met)
    .flatMap((r): NewAction[] => {
      switch (r.kind) {
        case 'readiness':
          return [
            {
              title: `Raise ${FOUNDATIONS[r.criterion.foundation].label} to ${levelWords(r.required)} (now ${levelWords(r.level)})`,
              foundation: r.criterion.foundation,
            },
          ];
        case 'field':
          return [{ title: FIELD_ACTIONS[r.criterion.field] }];
        case 'classification':
          return r.unassessed.map((regime) => ({
            title: `Classify under ${REGIME_LABELS[regime]}`,
            foundation: 'governance' as const,
          }));
        case 'practices':
          return r.missing.map((m) => ({
            title: `Complete ${practiceWords(m.practice, m.status)}`,
            foundation: 'governance' as const,
          }));
      }
    });
}

/**
 * Adds actions, open, in the order given. Titles are trimmed and cut to the schema's limit; an empty title, or a
 * due date that is not a real `YYYY-MM-DD` day, throws.
 */
export function addActions(board: BoardDocument, inputs: readonly NewAction[], context: ChangeContext): BoardDocument {
  if (inputs.length === 0) return board;
  const added = inputs.map((input): Action =>
    checked({
      ...withoutBlanks(input),
      id: (context.newId ?? newId)(),
      title: actionTitle(input.title),
      status: 'open',
      createdAt: context.now,
      updatedAt: context.now,
    }),
  );
  return { ...board, updatedAt: context.now, actions: [...board.actions, ...added] };
}

/** Changes an action's fields as addActions takes them: an emptied field is removed, the title trimmed and cut. */
export function updateAction(
  board: BoardDocument,
  id: string,
  patch: ActionPatch,
  context: ChangeContext,
): BoardDocument {
  const index = indexOfAction(board, id);
  const current = board.actions[index]!;
  const next: Action = { ...patched(current, patch), updatedAt: context.now };
  if (patch.title !== undefined) next.title = actionTitle(patch.title);
  checked(next);
  const actions = board.actions.slice();
  actions[index] = next;
  return { ...board, updatedAt: context.now, actions };
}

/** Marks an action done, dropped or open again; closing dates it, reopening clears the date. */
export function setActionStatus(
  board: BoardDocument,
  id: string,
  status: ActionStatus,
  context: ChangeContext,
): BoardDocument {
  const index = indexOfAction(board, id);
  const current = board.actions[index]!;
  if (current.status === status) return board;
  const { closedAt: _, ...rest } = current;
  const next: Action = status === 'open' ? { ...rest, status } : { ...rest, status, closedAt: context.now };
  next.updatedAt = context.now;
  const actions = board.actions.slice();
  actions[index] = next;
  return { ...board, updatedAt: context.now, actions };
}

export function removeAction(board: BoardDocument, id: string, context: ChangeContext): BoardDocument {
  indexOfAction(board, id);
  return { ...board, updatedAt: context.now, actions: board.actions.filter((a) => a.id !== id) };
}

function actionTitle(title: string): string {
  return cutText(title.trim(), BOARD_LIMITS.titleLength).trim();
}

/** The action, when the save would take it; else a clear error, as the editor says it. */
function checked(action: Action): Action {
  if (!action.title) throw new Error('An action needs a title');
  if (action.due !== undefined && !isCalendarDay(action.due)) {
    throw new Error(`An action’s due date must be a day written YYYY-MM-DD, such as 2026-06-30 (not “${action.due}”)`);
  }
  return action;
}

function withoutBlanks(input: NewAction): Partial<Action> {
  const out: Partial<Action> = {};
  for (const [key, value] of Object.entries(input) as [keyof NewAction, unknown][]) {
    if (value === undefined) continue;
    const kept = typeof value === 'string' ? value.trim() : value;
    if (kept !== '') (out as Record<string, unknown>)[key] = kept;
  }
  return out;
}

function indexOfAction(board: BoardDocument, id: string): number {
  const index = board.actions.findIndex((a) => a.id === id);
  if (index < 0) throw new Error(`No action with id ${id} on this board`);
  return index;
}
