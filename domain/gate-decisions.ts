/**
 * What the room may decide on a move across a gate, and what the decision does to the board: the choices the gate
 * dialog offers, the rule that refuses a decision it cannot record, and the change that records one.
 */
import type { BoardDocument, DecisionKind, Initiative } from './board-schema';
import type { ChangeContext } from './board';
import { columnOf, decisionEntry, findInitiative, moveInitiative, stageLabel, updateInitiative } from './board';
import type { CriterionResult, MoveKind, ReadinessRaise } from './gate-evaluation';
import { classifyMove, evaluateMove } from './gate-evaluation';
import type { NewAction } from './actions';
import { actionsRequired, addActions } from './actions';
import { isProhibited, PROHIBITED_REASON } from './governance';
import { newId } from './ids';
import { DECISION_LABELS } from './labels';
import type { AppError, Result } from './result';
import { err, ok } from './result';
import type { StageId } from './stages';
import { FORWARD_STAGES } from './stages';

/** The decision the room took on a proposed move. */
export interface GateDecision {
  kind: DecisionKind;
  rationale?: string;
  by?: string;
  /** Readiness the room agreed to raise in the dialog, applied before the move and logged with the decision. */
  raise?: ReadinessRaise;
  /** What the room agreed to do; a go with exception and a hold need at least one (see `actionsRequired`). */
  actions?: readonly NewAction[];
}

/** Whether a decision needs a written rationale before it can be recorded. */
export function rationaleRequired(kind: DecisionKind, move: MoveKind): boolean {
  return (
    kind === 'go-with-exception' || kind === 'stop' || move === 'backward' || move === 'stop' || move === 'restart'
  );
}

/** Where a card goes for each decision on a move from `from` towards `to`. */
export function destinationOf(kind: DecisionKind, from: StageId, to: StageId): StageId {
  switch (kind) {
    case 'go':
    case 'go-with-exception':
    case 'move':
      return to;
    case 'hold':
      return from;
    case 'recycle':
      return from === 'stopped' ? 'idea' : (FORWARD_STAGES[Math.max(0, FORWARD_STAGES.indexOf(from) - 1)] ?? 'idea');
    case 'stop':
      return 'stopped';
  }
}

export interface DecisionOption {
  kind: DecisionKind;
  /** What the dialog calls it; a recycle names the stage the card goes back to. */
  label: string;
  /** When to choose it or, when it cannot be chosen now, why not. */
  hint: string;
  /** False while the card does not qualify for it: a go with a criterion unmet. */
  open: boolean;
}

/** What the room is asked about a card's move towards a stage. */
export interface MoveOptions {
  move: MoveKind;
  /** Every criterion of the gates the move crosses, with the readiness the room raised counted. */
  results: CriterionResult[];
  /** The decisions on offer, in the order the dialog lists them. */
  options: DecisionOption[];
  /** The decision taken until the room picks one: go when every criterion is met, the one choice of any other move. */
  preselected: DecisionKind | null;
  /** Why the card may not move forward at all, whatever the criteria say: a practice the EU AI Act prohibits. */
  blocked?: string;
}

const offer = (kind: DecisionKind, hint: string, open = true, label = DECISION_LABELS[kind]): DecisionOption => ({
  kind,
  label,
  hint,
  open,
});
const STOP_HINT = 'Stop the initiative; it is kept for the record.';

/**
 * The decisions a move across gates offers: go only when every criterion is met, go with exception to move on
 * regardless with the unmet ones recorded, hold, recycle and stop. A move back, a restart or a stop offers the one
 * decision that makes it.
 */
export function moveOptions(
  board: BoardDocument,
  initiative: Initiative,
  to: StageId,
  raise: ReadinessRaise = {},
): MoveOptions {
  const move = classifyMove(initiative.stage, to);
  const results = evaluateMove(board, initiative, to, raise);
  if ((move === 'forward' || move === 'restart') && isProhibited(initiative)) {
    // Only hold or stop: a go, even with exception, or a recycle back into the pipeline would take it forward.
    const stay = stageLabel(board.stages, initiative.stage);
    const options = [
      offer('go', 'prohibited under the EU AI Act.', false),
      offer('go-with-exception', 'prohibited under the EU AI Act: no exception can be made.', false),
      offer('hold', `Stay in ${stay} while the classification is reviewed.`),
      ...(move === 'forward' ? [offer('stop', STOP_HINT)] : []),
    ];
    return { move, results, options, preselected: null, blocked: PROHIBITED_REASON };
  }
  if (move !== 'forward') {
    const only =
      move === 'stop' ? offer('stop', STOP_HINT) : offer('move', `Move it to ${stageLabel(board.stages, to)}.`);
    return { move, results, options: [only], preselected: only.kind };
  }
  const allMet = results.every((r) => r.met);
  const back = stageLabel(board.stages, destinationOf('recycle', initiative.stage, to));
  const options = [
    allMet ? offer('go', 'Every criterion is met.') : offer('go', 'not every criterion is met.', false),
    offer('go-with-exception', 'Move on although criteria are unmet; the unmet ones are recorded.'),
    offer('hold', 'Stay in the current stage for now.'),
    offer('recycle', 'Go back one stage to rework.', true, `Recycle (back to ${back})`),
    offer('stop', STOP_HINT),
  ];
  return { move, results, options, preselected: allMet ? 'go' : null };
}

/**
 * Why a decision cannot be recorded as it stands, in words the gate dialog shows; null when it can. decideMove
 * refuses exactly these, so what the dialog would not record is never recorded.
 */
export function decisionRefusal(
  asked: MoveOptions,
  decision: { kind: DecisionKind | null; rationale?: string; actions?: readonly NewAction[] },
): AppError | null {
  const { kind } = decision;
  if (kind === null) return { code: 'no-decision', message: 'Choose a decision to record.' };
  const option = asked.options.find((o) => o.kind === kind);
  if (!option) {
    const offered = asked.options.map((o) => o.label).join(', ');
    return {
      code: 'decision-not-offered',
      message: `“${DECISION_LABELS[kind]}” is not a decision on this move; the choices are: ${offered}.`,
    };
  }
  if (!option.open && asked.blocked) return { code: 'prohibited', message: asked.blocked };
  if (!option.open) {
    const unmet = asked.results.filter((r) => !r.met).map((r) => r.label);
    return {
      code: 'criteria-unmet',
      message: `A go needs every criterion met, and ${unmet.join(', ')} ${unmet.length === 1 ? 'is' : 'are'} not; a go with exception records them.`,
    };
  }
  if (rationaleRequired(kind, asked.move) && !decision.rationale?.trim()) {
    return {
      code: 'rationale-required',
      message: 'This decision needs a rationale: the log keeps why the room took it.',
    };
  }
  if (actionsRequired(kind) && !decision.actions?.some((a) => a.title.trim())) {
    return {
      code: 'actions-required',
      message: `A ${DECISION_LABELS[kind].toLowerCase()} needs at least one action: what will be done, by whom, by when.`,
    };
  }
  if (decision.actions?.some((a) => !a.title.trim())) {
    return { code: 'action-untitled', message: 'Every action needs a title; remove the empty one or name it.' };
  }
  return null;
}

/**
 * Records the room's decision on moving a card towards `to` at `toIndex`, as one change: readiness raised in the
 * dialog, then the move the decision implies (none for hold), and a decision-log entry in every case, with the
 * unmet criteria for a go-with-exception. Refuses what decisionRefusal refuses, and leaves the board as it was.
 */
export function decideMove(
  board: BoardDocument,
  id: string,
  to: StageId,
  toIndex: number,
  decision: GateDecision,
  context: ChangeContext,
): Result<BoardDocument> {
  const initiative = findInitiative(board, id);
  if (!initiative) return err('no-initiative', `No initiative with id ${id} on this board.`);
  const raise = decision.raise ?? {};
  const asked = moveOptions(board, initiative, to, raise);
  const refusal = decisionRefusal(asked, decision);
  if (refusal) return { ok: false, error: refusal };

  const decisionId = (context.newId ?? newId)();
  const rationale = decision.rationale?.trim();
  const reason = { by: decision.by, rationale, decisionId };
  let next = Object.keys(raise).length
    ? updateInitiative(board, id, { readiness: { ...initiative.readiness, ...raise } }, { ...context, reason })
    : board;
  const unmet = decision.kind === 'go-with-exception' ? asked.results.filter((r) => !r.met).map((r) => r.label) : [];
  const destination = destinationOf(decision.kind, initiative.stage, to);
  const logged = { id: decisionId, kind: decision.kind, by: decision.by, rationale, unmetCriteria: unmet };
  const actions = (decision.actions ?? []).map((a) => ({ initiativeId: id, ...a, decisionId }));

  if (destination === initiative.stage) {
    // Hold, or a recycle from Ideas: the card stays, and the decision is still on record.
    const entry = decisionEntry(initiative, initiative.stage, { ...context, decision: logged });
    next = { ...next, updatedAt: context.now, decisions: [...next.decisions, entry] };
  } else {
    const index = destination === to ? toIndex : columnOf(next, destination).length;
    next = moveInitiative(next, id, destination, index, { ...context, decision: logged });
  }
  return ok(addActions(next, actions, context));
}
