/**
 * What the app calls each value of the board's enums, said once for the editor, the filters, the cards and the
 * gate dialog. Each record is keyed by its schema enum, so a value added there does not compile until it has a
 * label here.
 */
import type { DecisionKind, GateField, InitiativeSource, RiskTier } from './board-schema';
import { riskTierSchema } from './board-schema';
import type { ReadinessLevel } from './foundations';

export const RISK_TIER_LABELS: Record<RiskTier, string> = {
  unassessed: 'Not assessed',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

/** The schema lists tiers from unassessed upwards; a room scanning for risk reads the most severe first. */
export const RISK_TIERS_BY_SEVERITY: readonly RiskTier[] = [...riskTierSchema.options].reverse();

export const SOURCE_LABELS: Record<InitiativeSource, string> = {
  frontline: 'Frontline idea',
  central: 'Central team',
  vendor: 'Vendor',
  partner: 'Partner',
  other: 'Other',
};

export const READINESS_LEVEL_LABELS: Record<ReadinessLevel, string> = {
  0: 'Not started',
  1: 'Emerging',
  2: 'Developing',
  3: 'Established',
  4: 'Scaled',
};

/** A readiness level as the app says it: "2 Developing". */
export function levelWords(level: ReadinessLevel): string {
  return `${level} ${READINESS_LEVEL_LABELS[level]}`;
}

/** A field criterion of a gate, named for what it asks of the card. */
export const GATE_FIELD_LABELS: Record<GateField, string> = {
  problem: 'Problem described',
  outcome: 'Desired outcome described',
  kpi: 'KPI set',
  owner: 'Owner named',
  businessUnit: 'Business unit named',
  sponsor: 'Sponsor named',
  riskTier: 'Risk tier assessed',
  valueEstimate: 'Value estimated',
};

export const DECISION_LABELS: Record<DecisionKind, string> = {
  move: 'Moved',
  go: 'Go',
  'go-with-exception': 'Go with exception',
  hold: 'Hold',
  recycle: 'Recycle',
  stop: 'Stop',
};

/** Enum values with their labels, in the order given: the choices of a menu. */
export function labelled<T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
