/**
 * Gates on the path from pilot to production (DESIGN.md §1): which criteria a move must pass, whether the card
 * meets each one today, and what the room's decision does to the board.
 */
import type { BoardDocument, DecisionKind, Gate, GateCriterion, Initiative } from './board-schema';
import type { ChangeContext } from './board';
import { columnOf, decisionEntry, findInitiative, moveInitiative, updateInitiative } from './board';
import type { FoundationId, ReadinessLevel } from './foundations';
import { FOUNDATIONS } from './foundations';
import { GATE_FIELD_LABELS } from './labels';
import type { StageId } from './stages';
import { FORWARD_STAGES } from './stages';

export function describeCriterion(criterion: GateCriterion): string {
  return criterion.kind === 'readiness'
    ? `${FOUNDATIONS[criterion.foundation].label} ≥ ${criterion.min}`
    : GATE_FIELD_LABELS[criterion.field];
}

/** What kind of move this is, and so what the gate dialog asks. */
export type MoveKind = 'forward' | 'backward' | 'stop' | 'restart' | 'same';

export function classifyMove(from: StageId, to: StageId): MoveKind {
  if (from === to) return 'same';
  if (to === 'stopped') return 'stop';
  if (from === 'stopped') return 'restart';
  return FORWARD_STAGES.indexOf(to) > FORWARD_STAGES.indexOf(from) ? 'forward' : 'backward';
}

/** The gates a forward move crosses: idea → scaling passes both idea → pilot and pilot → scaling. */
export function gatesCrossed(board: BoardDocument, from: StageId, to: StageId): Gate[] {
  if (classifyMove(from, to) !== 'forward') return [];
  const start = FORWARD_STAGES.indexOf(from);
  const end = FORWARD_STAGES.indexOf(to);
  const crossed: Gate[] = [];
  for (let i = start; i < end; i += 1) {
    const gate = board.gates.find((g) => g.from === FORWARD_STAGES[i] && g.to === FORWARD_STAGES[i + 1]);
    if (gate) crossed.push(gate);
  }
  return crossed;
}

export interface CriterionResult {
  criterion: GateCriterion;
  label: string;
  met: boolean;
  /** The card's value now, in words: "1 Emerging", "not set", "set". */
  current: string;
}

export function evaluateCriterion(initiative: Initiative, criterion: GateCriterion): CriterionResult {
  const label = describeCriterion(criterion);
  if (criterion.kind === 'readiness') {
    const level = initiative.readiness[criterion.foundation];
    return { criterion, label, met: level >= criterion.min, current: String(level) };
  }
  const value = initiative[criterion.field];
  const met =
    criterion.field === 'riskTier' ? value !== 'unassessed' : value !== undefined && String(value).trim() !== '';
  return { criterion, label, met, current: met ? String(value) : 'not set' };
}

/** Every criterion of every gate the move crosses, each met or unmet with the card's current value. */
export function evaluateMove(board: BoardDocument, initiative: Initiative, to: StageId): CriterionResult[] {
  const results: CriterionResult[] = [];
  const seen = new Set<string>();
  for (const gate of gatesCrossed(board, initiative.stage, to)) {
    for (const criterion of gate.criteria) {
      const key = JSON.stringify(criterion);
      if (seen.has(key)) continue;
      seen.add(key);
      results.push(evaluateCriterion(initiative, criterion));
    }
  }
  return results;
}

/** The decision the room took on a proposed move. */
export interface GateDecision {
  kind: DecisionKind;
  rationale?: string;
  by?: string;
  /** Readiness the room agreed to raise in the dialog, applied before the move. */
  raise?: Partial<Record<FoundationId, ReadinessLevel>>;
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

/**
 * Records the room's decision on moving a card towards `to` at `toIndex`, as one change: readiness raised in the
 * dialog, then the move the decision implies (none for hold), and a decision-log entry in every case, with the
 * unmet criteria for a go-with-exception. Throws when the decision lacks a rationale it needs.
 */
export function decideMove(
  board: BoardDocument,
  id: string,
  to: StageId,
  toIndex: number,
  decision: GateDecision,
  context: ChangeContext,
): BoardDocument {
  let next = board;
  const initiative = findInitiative(board, id);
  if (!initiative) throw new Error(`No initiative with id ${id} on this board`);
  const move = classifyMove(initiative.stage, to);
  const rationale = decision.rationale?.trim();
  if (rationaleRequired(decision.kind, move) && !rationale) throw new Error('This decision needs a rationale');

  if (decision.raise && Object.keys(decision.raise).length) {
    next = updateInitiative(next, id, { readiness: { ...initiative.readiness, ...decision.raise } }, context);
  }
  const raised = findInitiative(next, id)!;
  const unmet =
    decision.kind === 'go-with-exception'
      ? evaluateMove(next, raised, to)
          .filter((r) => !r.met)
          .map((r) => r.label)
      : [];
  const destination = destinationOf(decision.kind, initiative.stage, to);
  const logged = { kind: decision.kind, by: decision.by, rationale, unmetCriteria: unmet };

  if (destination === initiative.stage) {
    // Hold, or a recycle from Ideas: the card stays, and the decision is still on record.
    const entry = decisionEntry(initiative, initiative.stage, { ...context, decision: logged });
    return { ...next, updatedAt: context.now, decisions: [...next.decisions, entry] };
  }
  const index = destination === to ? toIndex : columnOf(next, destination).length;
  return moveInitiative(next, id, destination, index, { ...context, decision: logged });
}
