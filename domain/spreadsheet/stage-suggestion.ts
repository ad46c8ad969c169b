import type { StageConfig } from '../board-schema';
import type { StageId } from '../stages';
import { STAGE_IDS } from '../stages';
import type { TableRow } from './table';
import { cellText } from './table';

/**
 * Keyword rules, checked in this order, so that "Planned (not in production)" is an idea, not production. The
 * federal life-cycle phase of development or acquisition is one phase however it is worded: the 2025 template
 * calls it pre-deployment ("in a development or acquisition status"), the 2024 one "Acquisition and/or
 * Development"; both are ideas, before the pilot.
 */
const RULES: [StageId, RegExp][] = [
  [
    'stopped',
    /\b(retired?|stopped|cancell?ed|discontinued|decommissioned|disposal|terminated|shelved|rejected|sunset)\b/,
  ],
  [
    'idea',
    /\b(pre deployment|initiated|initiation|planned|planning|ideas?|ideation|proposed|proposal|backlog|intake|not started|(?<!of )concepts?|(development|acquisition) (and\/or|and|or|&) (development|acquisition))\b/,
  ],
  [
    'pilot',
    /\b(pilots?|piloting|development|developing|proof of concept|poc|prototype|prototyping|acquisition|experiment|trial|mvp|beta|testing|test (and|&) evaluation|limited (deployment|release|roll ?out|use))\b/,
  ],
  ['scaling', /\b(implementation|implementing|assessment|roll ?out|rolling out|scaling|scale up|expansion)\b/],
  [
    'production',
    /\b(operations?|operational|deployed|deployment|in production|production|in use|live|in mission|maintenance|business as usual|bau|completed)\b/,
  ],
];

/** "Not in production", "not yet deployed": a value that says it is not there yet is never production. */
const NOT_THERE_YET =
  /\b(not|never) (yet )?(been )?(in |into )?(production|deployed|deployment|operational|operations?|live|in use|used|released|launched)\b/g;

/** A stage value folded for comparison: lower case, spaces and dashes collapsed, a leading "a)" or "1." removed. */
export function stageValueKey(value: string): string {
  return value
    .toLowerCase()
    .replace(/[\u2010-\u2015_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[a-z0-9][).]\s+/, '');
}

/**
 * The board stage a spreadsheet's stage value most likely means, or null when no rule knows it. The board's own
 * labels win; then the lead term before a dash ("Pilot – deployed in a limited test" is a pilot, whatever follows);
 * then the whole text.
 */
export function suggestStage(value: string, stages?: StageConfig[]): StageId | null {
  const key = stageValueKey(value);
  if (!key) return null;
  for (const stage of stages ?? []) if (stageValueKey(stage.label) === key) return stage.id;
  const exact = STAGE_IDS.find((id) => id === key);
  if (exact) return exact;
  const lead = stageValueKey(
    value
      .trim()
      .replace(/^[a-z0-9][).]\s+/i, '')
      .split(/\s[\u2013\u2014-]\s|:\s/)[0]!,
  );
  // A value that says anywhere that it is not in production is not, whatever its lead term.
  const notThereYet = key.replace(NOT_THERE_YET, ' ') !== key;
  for (const text of lead === key ? [key] : [lead, key]) {
    const stage = stageByRules(text);
    if (stage && !(notThereYet && stage === 'production')) return stage;
  }
  return notThereYet ? 'idea' : null;
}

/** The first rule that matches, with any "not yet in production" taken out first; such a value is at most an idea. */
function stageByRules(text: string): StageId | null {
  const affirmed = text.replace(NOT_THERE_YET, ' ');
  const negated = affirmed !== text;
  for (const [stage, pattern] of RULES) {
    if (negated && stage === 'production') continue;
    if (pattern.test(affirmed)) return stage;
  }
  return negated ? 'idea' : null;
}

export interface StageValue {
  /** The value as first written in the sheet. */
  value: string;
  key: string;
  count: number;
  suggested: StageId | null;
}

/** The distinct values of the stage column, most frequent first, each with its suggested stage. */
export function distinctStageValues(
  rows: TableRow[],
  headerRow: number,
  column: number | undefined,
  stages?: StageConfig[],
): StageValue[] {
  if (column === undefined) return [];
  const byKey = new Map<string, StageValue>();
  for (let i = headerRow + 1; i < rows.length; i += 1) {
    const text = cellText(rows[i]?.[column]).trim();
    if (!text) continue;
    const key = stageValueKey(text);
    const entry = byKey.get(key);
    if (entry) entry.count += 1;
    else byKey.set(key, { value: text, key, count: 1, suggested: suggestStage(text, stages) });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** The stage map the suggestions make; values with no suggestion are left out and go to the blank stage. */
export function suggestedStageMap(values: StageValue[]): Record<string, StageId> {
  const map: Record<string, StageId> = {};
  for (const v of values) if (v.suggested) map[v.key] = v.suggested;
  return map;
}

/** The values no rule knows: the ones the user must place, or send all at once to one stage. */
export function unknownStageValues(values: readonly StageValue[]): StageValue[] {
  return values.filter((v) => v.suggested === null);
}

/** The stage map with every value no rule knows sent to one stage. */
export function withUnknownValuesIn(
  stageMap: Record<string, StageId>,
  values: readonly StageValue[],
  stage: StageId,
): Record<string, StageId> {
  const map = { ...stageMap };
  for (const v of unknownStageValues(values)) map[v.key] = stage;
  return map;
}
