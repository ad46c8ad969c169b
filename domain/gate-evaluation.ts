/**
 * Gates on the path from pilot to production (DESIGN.md §1): what kind of move a card makes, which criteria it
 * must pass, and whether the card meets each one today. What the room may decide is in gate-decisions.ts.
 */
import type { BoardDocument, Gate, GateCriterion, Initiative } from './board-schema';
import type { FoundationId, ReadinessLevel } from './foundations';
import { FOUNDATIONS } from './foundations';
import { GATE_FIELD_LABELS, levelWords, RISK_TIER_LABELS } from './labels';
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

/** Readiness the room agreed in the gate dialog to raise, foundation by foundation. */
export type ReadinessRaise = Partial<Record<FoundationId, ReadinessLevel>>;

interface Verdict {
  label: string;
  met: boolean;
  /** The card's value now, in words: "1 Emerging", a field's value ("Ana", "High"), or "not set". */
  current: string;
}

/** One criterion, met or not by the card as it stands. */
export type CriterionResult = Verdict &
  (
    | {
        kind: 'readiness';
        criterion: Extract<GateCriterion, { kind: 'readiness' }>;
        /** The card's level now, with any raise. */
        level: ReadinessLevel;
        /** The level the gate requires. */
        required: ReadinessLevel;
        /** The card's own level is below the gate's, so the room may raise it here when the evidence is agreed. */
        raisable: boolean;
      }
    | { kind: 'field'; criterion: Extract<GateCriterion, { kind: 'field' }> }
  );

/** How the card stands against one criterion, with readiness the room raised counted as the card's level. */
export function evaluateCriterion(
  initiative: Initiative,
  criterion: GateCriterion,
  raise: ReadinessRaise = {},
): CriterionResult {
  const label = describeCriterion(criterion);
  if (criterion.kind === 'readiness') {
    const own = initiative.readiness[criterion.foundation];
    const level = raise[criterion.foundation] ?? own;
    const required = criterion.min;
    const current = levelWords(level);
    return {
      kind: 'readiness',
      criterion,
      label,
      met: level >= required,
      current,
      level,
      required,
      raisable: own < required,
    };
  }
  const value = initiative[criterion.field];
  if (criterion.field === 'riskTier') {
    const met = initiative.riskTier !== 'unassessed';
    return { kind: 'field', criterion, label, met, current: met ? RISK_TIER_LABELS[initiative.riskTier] : 'not set' };
  }
  const met = value !== undefined && String(value).trim() !== '';
  return { kind: 'field', criterion, label, met, current: met ? String(value) : 'not set' };
}

/** Every criterion of every gate the move crosses, once each, with readiness the room raised counted. */
export function evaluateMove(
  board: BoardDocument,
  initiative: Initiative,
  to: StageId,
  raise: ReadinessRaise = {},
): CriterionResult[] {
  const results: CriterionResult[] = [];
  const seen = new Set<string>();
  for (const gate of gatesCrossed(board, initiative.stage, to)) {
    for (const criterion of gate.criteria) {
      const key = JSON.stringify(criterion);
      if (seen.has(key)) continue;
      seen.add(key);
      results.push(evaluateCriterion(initiative, criterion, raise));
    }
  }
  return results;
}
