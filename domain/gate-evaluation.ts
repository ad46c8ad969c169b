/**
 * Gates on the path from pilot to production (DESIGN.md §1): what kind of move a card makes, which criteria it
 * must pass, and whether the card meets each one today. What the room may decide is in gate-decisions.ts.
 */
import type {
  BoardDocument,
  Gate,
  GateCriterion,
  Initiative,
  PracticeId,
  PracticeStatus,
  Regime,
} from './board-schema';
import type { FoundationId, ReadinessLevel } from './foundations';
import { FOUNDATIONS } from './foundations';
import {
  boardRegimes,
  classificationLine,
  missingPractices,
  openPracticesWords,
  practicesRequiredBy,
  practiceStatus,
  practiceWords,
  PRACTICES,
  REGIME_LABELS,
  unassessedRegimes,
} from './governance';
import { GATE_FIELD_LABELS, levelWords, RISK_TIER_LABELS } from './labels';
import type { StageId } from './stages';
import { FORWARD_STAGES } from './stages';

/** The two governance criteria, named for what they ask of the card. */
export const GOVERNANCE_CRITERION_LABELS = {
  classification: 'Regulatory classification assessed',
  practices: 'Minimum practices done (high-impact or high-risk)',
} as const;

export function describeCriterion(criterion: GateCriterion): string {
  switch (criterion.kind) {
    case 'readiness':
      return `${FOUNDATIONS[criterion.foundation].label} ≥ ${criterion.min}`;
    case 'field':
      return GATE_FIELD_LABELS[criterion.field];
    case 'classification':
    case 'practices':
      return GOVERNANCE_CRITERION_LABELS[criterion.kind];
  }
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
    | {
        kind: 'classification';
        criterion: Extract<GateCriterion, { kind: 'classification' }>;
        /** The regimes the board uses under which the card is not assessed. */
        unassessed: Regime[];
      }
    | {
        kind: 'practices';
        criterion: Extract<GateCriterion, { kind: 'practices' }>;
        /** Why the practices bind this card ("EU AI Act: High-risk"); empty when they do not. */
        requiredBy: string[];
        /** Each practice not yet done, not applicable or waived, with where it stands. */
        missing: { practice: PracticeId; label: string; status: PracticeStatus }[];
      }
  );

const NO_REGIME = 'no regime chosen in Setup › Regulatory regimes';

/** Why the practices do not bind a card, without calling one that is not classified "not high-impact". */
function notBoundWords(initiative: Initiative, regimes: readonly Regime[]): string {
  if (regimes.length === 0) return NO_REGIME;
  const unassessed = unassessedRegimes(initiative, regimes);
  if (unassessed.length === 0) return 'not high-impact or high-risk';
  const names = unassessed.map((regime) => REGIME_LABELS[regime]).join(', ');
  return unassessed.length === regimes.length
    ? `not assessed under ${names}`
    : `not high-impact or high-risk where classified; not assessed under ${names}`;
}

/** How the card stands against one criterion, with readiness the room raised counted as the card's level. */
export function evaluateCriterion(
  initiative: Initiative,
  criterion: GateCriterion,
  raise: ReadinessRaise,
  regimes: readonly Regime[],
): CriterionResult {
  const label = describeCriterion(criterion);
  if (criterion.kind === 'classification') {
    const unassessed = unassessedRegimes(initiative, regimes);
    const current = regimes.length === 0 ? NO_REGIME : classificationLine(initiative, regimes);
    return { kind: 'classification', criterion, label, met: unassessed.length === 0, current, unassessed };
  }
  if (criterion.kind === 'practices') {
    const requiredBy = practicesRequiredBy(initiative, regimes);
    const missing = missingPractices(initiative, regimes).map((practice) => ({
      practice,
      label: PRACTICES[practice].label,
      status: practiceStatus(initiative, practice),
    }));
    const current =
      requiredBy.length === 0
        ? notBoundWords(initiative, regimes)
        : `${openPracticesWords(missing.length)}${missing.length ? `: ${missing.map((m) => practiceWords(m.practice, m.status)).join(', ')}` : ''}`;
    return { kind: 'practices', criterion, label, met: missing.length === 0, current, requiredBy, missing };
  }
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
  const regimes = boardRegimes(board);
  for (const gate of gatesCrossed(board, initiative.stage, to)) {
    for (const criterion of gate.criteria) {
      const key = JSON.stringify(criterion);
      if (seen.has(key)) continue;
      seen.add(key);
      results.push(evaluateCriterion(initiative, criterion, raise, regimes));
    }
  }
  return results;
}
