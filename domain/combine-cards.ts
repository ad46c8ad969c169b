/**
 * How the versions of one card found on several boards become one card (see combine.ts): a rule for every field
 * of an initiative, written once here, and each disagreement returned as a conflict with the rule applied, never
 * settled silently. A value one board has and another lacks is taken, not a conflict: only two values differ.
 */
import type { BoardDocument, Initiative, Practice, StageConfig } from './board-schema';
import { BOARD_LIMITS } from './board-schema';
import { stageLabel } from './board';
import type { CardName } from './board-diff';
import { cutText } from './cut-text';
import type { FoundationId, ReadinessLevel } from './foundations';
import { FOUNDATION_IDS, FOUNDATIONS } from './foundations';
import {
  PRACTICE_IDS,
  PRACTICE_STATUS_LABELS,
  PRACTICES,
  REGIME_FIELDS,
  REGIME_LABELS,
  REGIME_VALUE_LABELS,
  REGIME_VALUES,
} from './governance';
import { levelWords, RISK_TIER_LABELS, RISK_TIERS_BY_SEVERITY, SOURCE_LABELS } from './labels';
import { SOURCE_BOARD_FIELD } from './source-board';

/** The rules, in the words the report and the README use. */
export const COMBINE_RULES = {
  stage:
    'the stage the card entered most recently is kept (the time of the move in its board’s decision log, else the card’s own stage date); with neither, the first board’s',
  readiness:
    'the level changed most recently is kept (its board’s readiness log); with no change logged, the lower level: a foundation is not proven until every board agrees',
  first: 'the first board’s value is kept; the others are kept in the card’s “Other boards’ values” field',
  severest: 'the most severe assessment is kept: a card is not safer until every board agrees',
  votes: 'a voter on several boards counts once, with their highest count',
  earliest: 'the earliest date is kept',
  action: 'the most recently updated version of the action is kept',
} as const;
export type CombineRule = keyof typeof COMBINE_RULES;

/**
 * The rule for each field of a card; keyed by the schema's fields, so a field added there does not compile until it
 * has a rule here. `identity` and `order` are the combine's own: the card keeps the first board's id unless it is
 * taken, and goes to the end of its column unless it stays where the first board had it. `union` keeps every tag
 * and every field marked confidential; `span` the earliest creation and the latest change.
 */
export const CARD_FIELD_RULES = {
  id: 'identity',
  rank: 'order',
  ref: 'first',
  title: 'first',
  problem: 'first',
  outcome: 'first',
  kpi: 'first',
  owner: 'first',
  businessUnit: 'first',
  sponsor: 'first',
  source: 'first',
  approach: 'first',
  stage: 'stage',
  stageEnteredAt: 'stage',
  stageDates: 'earliest',
  readiness: 'readiness',
  readinessNotes: 'first',
  riskTier: 'severest',
  euAiAct: 'severest',
  usHighImpact: 'severest',
  usRightsSafety: 'severest',
  practices: 'first',
  valueEstimate: 'first',
  costEstimate: 'first',
  currency: 'first',
  tags: 'union',
  votes: 'votes',
  custom: 'first',
  confidential: 'union',
  createdAt: 'span',
  updatedAt: 'span',
} as const satisfies Record<keyof Initiative, CombineRule | 'identity' | 'order' | 'union' | 'span'>;

/** Where a card keeps the values its other boards gave, when they differ from the one kept. */
export const OTHER_VALUES_FIELD = { key: 'combine-other-values', label: 'Other boards’ values' } as const;

/** One field of one card on which the boards disagree, with every board's value and what was kept. */
export interface CombineConflict {
  card: CardName;
  /** The field as the app names it: "Stage", "Readiness: Data", "Votes: Ana", "Custom: Agency". */
  field: string;
  values: { source: string; value: string }[];
  kept: string;
  rule: CombineRule;
  /** The rule in words. */
  ruleText: string;
}

/** A card as one source board has it, with what that board's logs say about it. */
export interface CardVersion {
  /** The source's name, as the report and the card's source field write it. */
  source: string;
  card: Initiative;
  board: BoardDocument;
  /** When the card entered its stage on that board: its latest logged move there, else its stage date. */
  enteredStageAt?: string;
  /** When each foundation got its level on that board, when its readiness log says so. */
  levelSetAt: Partial<Record<FoundationId, string>>;
}

/** What the logs of a board say about its cards: the latest move into each card's stage, and level changes. */
export interface BoardHistory {
  movedAt: Map<string, string>;
  levelSetAt: Map<string, string>;
}

export function boardHistory(board: BoardDocument): BoardHistory {
  const stageOf = new Map(board.initiatives.map((card) => [card.id, card]));
  const movedAt = new Map<string, string>();
  for (const decision of board.decisions) {
    const card = stageOf.get(decision.initiativeId);
    if (!card || decision.to !== card.stage) continue;
    const known = movedAt.get(card.id);
    if (!known || decision.at > known) movedAt.set(card.id, decision.at);
  }
  const levelSetAt = new Map<string, string>();
  // The latest change of each foundation counts only when it set the level the card has now.
  const latest = new Map<string, { at: string; to: number }>();
  for (const change of board.readinessLog) {
    const key = `${change.initiativeId}\u0000${change.foundation}`;
    const known = latest.get(key);
    if (!known || change.at >= known.at) latest.set(key, { at: change.at, to: change.to });
  }
  for (const [key, { at, to }] of latest) {
    const [id, foundation] = key.split('\u0000') as [string, FoundationId];
    if (stageOf.get(id)?.readiness[foundation] === to) levelSetAt.set(key, at);
  }
  return { movedAt, levelSetAt };
}

export function cardVersion(
  source: string,
  card: Initiative,
  board: BoardDocument,
  history: BoardHistory,
): CardVersion {
  const levelSetAt: CardVersion['levelSetAt'] = {};
  for (const foundation of FOUNDATION_IDS) {
    const at = history.levelSetAt.get(`${card.id}\u0000${foundation}`);
    if (at) levelSetAt[foundation] = at;
  }
  const enteredStageAt = history.movedAt.get(card.id) ?? card.stageEnteredAt;
  return { source, card, board, levelSetAt, ...(enteredStageAt ? { enteredStageAt } : {}) };
}

export interface MergedCard {
  card: Initiative;
  conflicts: CombineConflict[];
  /** The stage is another board's than the first's: the card leaves the place the first board gave it. */
  stageFromLater: boolean;
  /** The "Other boards' values" field ran past a custom value's length and was cut (its lines are in the report). */
  otherValuesCut: boolean;
}

/** The card's free-text fields, by the names the report gives them: the first board's words are kept. */
const TEXT_FIELDS = [
  ['title', 'Title'],
  ['problem', 'Problem'],
  ['outcome', 'Desired outcome'],
  ['kpi', 'KPI'],
  ['owner', 'Owner'],
  ['businessUnit', 'Business unit'],
  ['sponsor', 'Sponsor'],
  ['approach', 'Approach'],
] as const satisfies readonly (readonly [keyof Initiative, string])[];

/**
 * One card from its versions, the first (in source order) being the base. `id` is the card's id on the combined
 * board; `stages` names stages as the combined board does.
 */
export function mergeCard(id: string, versions: readonly CardVersion[], stages: readonly StageConfig[]): MergedCard {
  const base = versions[0]!;
  const card: Initiative = { ...base.card, id };
  const conflicts: CombineConflict[] = [];
  const others: string[] = [];
  if (versions.length === 1) return { card, conflicts, stageFromLater: false, otherValuesCut: false };
  const name = (): CardName => ({ id, ...(card.ref ? { ref: card.ref } : {}), title: card.title });
  const conflict = (field: string, values: { source: string; value: string }[], kept: string, rule: CombineRule) =>
    conflicts.push({ card: name(), field, values, kept, rule, ruleText: COMBINE_RULES[rule] });

  /**
   * The first board's value (of those that have one); the others that differ are listed and kept aside. `key` says
   * which values are the same: by default their words with any run of white space (a non-breaking space, a line
   * break) read as one space, so that two files' spacing of the same answer is no conflict.
   */
  const first = <T>(
    field: string,
    read: (c: Initiative) => T | undefined,
    words: (value: T) => string,
    key: (value: T) => string = (value) => words(value).replace(/\s+/g, ' ').trim(),
  ) => {
    const present = versions
      .map((v) => ({ source: v.source, value: read(v.card) }))
      .filter((v): v is { source: string; value: T } => v.value !== undefined && words(v.value).trim() !== '');
    if (!present.length) return undefined;
    const kept = present[0]!;
    const differing = present.filter((v) => key(v.value) !== key(kept.value));
    if (differing.length) {
      const values = present.map((v) => ({ source: v.source, value: words(v.value) }));
      conflict(field, values, words(kept.value), 'first');
      for (const v of differing) others.push(`${field} (${v.source}): ${words(v.value)}`);
    }
    return kept.value;
  };
  const text = (value: string) => value;
  const set = <K extends keyof Initiative>(key: K, value: Initiative[K] | undefined) => {
    if (value !== undefined) card[key] = value;
  };

  // The card's words, each kept from the first board that has them.
  for (const [key, field] of TEXT_FIELDS)
    set(
      key,
      first(field, (c) => c[key], text),
    );
  // References match trimmed and in any case: written otherwise, they are still the same reference.
  set(
    'ref',
    first(
      'Reference',
      (c) => c.ref,
      text,
      (ref) => ref.trim().toLowerCase(),
    ),
  );
  set(
    'source',
    first(
      'Source',
      (c) => c.source,
      (s) => SOURCE_LABELS[s],
    ),
  );
  // Value, cost and currency go together: an amount is in its own board's currency, so all three are one board's.
  const estimates = (c: Initiative): Estimates => ({
    valueEstimate: c.valueEstimate,
    costEstimate: c.costEstimate,
    currency: c.currency,
  });
  const hasAmount = (e: Estimates) => e.valueEstimate !== undefined || e.costEstimate !== undefined;
  const withEstimates = versions
    .map((v) => ({ source: v.source, value: estimates(v.card) }))
    .filter((v) => hasAmount(v.value) || !!v.value.currency?.trim());
  const keptEstimates = withEstimates.find((v) => hasAmount(v.value)) ?? withEstimates[0];
  if (keptEstimates) {
    const key = (e: Estimates) => `${e.valueEstimate}\u0000${e.costEstimate}\u0000${e.currency?.trim() ?? ''}`;
    const differing = withEstimates.filter((v) => key(v.value) !== key(keptEstimates.value));
    if (differing.length) {
      // Each board's three together: one conflict, and one line per other board in "Other boards' values".
      const values = withEstimates.map((v) => ({ source: v.source, value: estimateWords(v.value) }));
      conflict(ESTIMATES_FIELD, values, estimateWords(keptEstimates.value), 'first');
      for (const v of differing) others.push(`${ESTIMATES_FIELD} (${v.source}): ${estimateWords(v.value)}`);
    }
    for (const field of ['valueEstimate', 'costEstimate', 'currency'] as const) {
      const value = keptEstimates.value[field];
      if (value === undefined) delete card[field];
      else (card as Record<string, unknown>)[field] = value;
    }
  }

  // Stage: the version that entered its stage last; a tie or no time at all leaves the earlier board's.
  const stageWinner = versions.reduce((best, v) =>
    v.enteredStageAt && (!best.enteredStageAt || v.enteredStageAt > best.enteredStageAt) ? v : best,
  );
  const stageWords = (v: CardVersion) => stageLabel(stages, v.card.stage);
  if (versions.some((v) => v.card.stage !== base.card.stage)) {
    conflict(
      'Stage',
      versions.map((v) => ({ source: v.source, value: stageWords(v) })),
      stageWords(stageWinner),
      'stage',
    );
  }
  card.stage = stageWinner.card.stage;
  const sameStage = versions.filter((v) => v.card.stage === card.stage);
  const entered = sameStage.map((v) => v.card.stageEnteredAt).filter((at): at is string => !!at);
  if (new Set(entered).size > 1) {
    const earliest = entered.reduce((a, b) => (b < a ? b : a));
    conflict(
      'Date entered stage',
      sameStage.filter((v) => v.card.stageEnteredAt).map((v) => ({ source: v.source, value: v.card.stageEnteredAt! })),
      earliest,
      'earliest',
    );
    card.stageEnteredAt = earliest;
  } else if (entered.length) card.stageEnteredAt = entered[0]!;
  else delete card.stageEnteredAt;

  const stageDates = { ...base.card.stageDates };
  for (const v of versions.slice(1)) {
    for (const [stage, at] of Object.entries(v.card.stageDates ?? {}) as [keyof typeof stageDates, string][]) {
      const known = stageDates[stage];
      if (known === undefined) stageDates[stage] = at;
      else if (known !== at) {
        const kept = at < known ? at : known;
        conflict(
          `Date entered ${stageLabel(stages, stage)}`,
          versions
            .filter((w) => w.card.stageDates?.[stage])
            .map((w) => ({ source: w.source, value: w.card.stageDates![stage]! })),
          kept,
          'earliest',
        );
        stageDates[stage] = kept;
      }
    }
  }
  if (Object.keys(stageDates).length) card.stageDates = stageDates;

  // Readiness: per foundation, the level logged last; with none logged, the lowest.
  const readiness = { ...base.card.readiness };
  for (const foundation of FOUNDATION_IDS) {
    const levels = versions.map((v) => v.card.readiness[foundation]);
    if (levels.every((level) => level === levels[0])) continue;
    const logged = versions.filter((v) => v.levelSetAt[foundation]);
    const winner: ReadinessLevel = logged.length
      ? logged.reduce((best, v) => (v.levelSetAt[foundation]! > best.levelSetAt[foundation]! ? v : best)).card
          .readiness[foundation]
      : (Math.min(...levels) as ReadinessLevel);
    conflict(
      `Readiness: ${FOUNDATIONS[foundation].label}`,
      versions.map((v) => ({
        source: v.source,
        value:
          levelWords(v.card.readiness[foundation]) +
          (v.levelSetAt[foundation] ? ` (set ${v.levelSetAt[foundation]})` : ''),
      })),
      levelWords(winner),
      'readiness',
    );
    readiness[foundation] = winner;
  }
  card.readiness = readiness;

  const notes: Partial<Record<FoundationId, string>> = {};
  for (const foundation of FOUNDATION_IDS) {
    const note = first(`Readiness note: ${FOUNDATIONS[foundation].label}`, (c) => c.readinessNotes?.[foundation], text);
    if (note !== undefined) notes[foundation] = note;
  }
  if (Object.keys(notes).length) card.readinessNotes = notes;

  // Risk and classification: the most severe assessed value; unassessed is no value.
  const tiers: string[] = versions.map((v) => v.card.riskTier).filter((tier) => tier !== 'unassessed');
  if (tiers.length) {
    const kept = RISK_TIERS_BY_SEVERITY.find((tier) => tiers.includes(tier))!;
    if (new Set(tiers).size > 1) {
      conflict(
        'Risk tier',
        versions.map((v) => ({ source: v.source, value: RISK_TIER_LABELS[v.card.riskTier] })),
        RISK_TIER_LABELS[kept],
        'severest',
      );
    }
    card.riskTier = kept;
  }
  for (const regime of Object.keys(REGIME_FIELDS) as (keyof typeof REGIME_FIELDS)[]) {
    const field = REGIME_FIELDS[regime];
    const labels: Record<string, string> = REGIME_VALUE_LABELS[regime];
    const values = versions.map((v): string | undefined => v.card[field]).filter((value) => value !== undefined);
    if (!values.length) continue;
    const order: readonly string[] = REGIME_VALUES[regime];
    // Rights-impacting on one board and safety-impacting on another is both, the severest of the four.
    let kept = order.find((value) => values.includes(value))!;
    if (field === 'usRightsSafety' && values.includes('rights') && values.includes('safety')) kept = 'both';
    if (new Set(values).size > 1) {
      conflict(
        REGIME_LABELS[regime],
        versions.filter((v) => v.card[field]).map((v) => ({ source: v.source, value: labels[v.card[field]!]! })),
        labels[kept]!,
        'severest',
      );
    }
    (card as Record<string, unknown>)[field] = kept;
  }

  const practiceText = (p: Practice) => PRACTICE_STATUS_LABELS[p.status] + (p.evidence ? `: ${p.evidence}` : '');
  const practices: NonNullable<Initiative['practices']> = {};
  for (const practice of PRACTICE_IDS) {
    const kept = first(`Practice: ${PRACTICES[practice].label}`, (c) => c.practices?.[practice], practiceText);
    if (kept) practices[practice] = kept;
  }
  if (Object.keys(practices).length) card.practices = practices;

  const tags = [...new Set(versions.flatMap((v) => v.card.tags))];
  card.tags = tags;
  const confidential = [...new Set(versions.flatMap((v) => v.card.confidential ?? []))];
  if (confidential.length) card.confidential = confidential;

  const votes: Record<string, number> = {};
  for (const v of versions) {
    for (const [voter, count] of Object.entries(v.card.votes)) votes[voter] = Math.max(votes[voter] ?? 0, count);
  }
  for (const voter of Object.keys(votes)) {
    const counts = versions.filter((v) => voter in v.card.votes);
    if (new Set(counts.map((v) => v.card.votes[voter])).size > 1) {
      conflict(
        `Votes: ${voter}`,
        counts.map((v) => ({ source: v.source, value: String(v.card.votes[voter]) })),
        String(votes[voter]),
        'votes',
      );
    }
  }
  card.votes = votes;

  const custom: Record<string, string> = {};
  const keys = new Set(versions.flatMap((v) => Object.keys(v.card.custom)));
  for (const key of keys) {
    if (key === SOURCE_BOARD_FIELD.key || key === OTHER_VALUES_FIELD.key) continue;
    const label = fieldLabel(base.board, versions, key);
    const kept = first(`Custom: ${label}`, (c) => c.custom[key], text);
    if (kept !== undefined) custom[key] = kept;
  }
  // Lines kept aside before (a board that was itself combined) stay, each once, before this combine's.
  const earlier = versions.flatMap((v) => v.card.custom[OTHER_VALUES_FIELD.key]?.split('\n') ?? []);
  const lines = [...new Set([...earlier, ...others].filter((line) => line.trim() !== ''))];
  let otherValuesCut = false;
  if (lines.length) {
    const joined = lines.join('\n');
    otherValuesCut = joined.length > BOARD_LIMITS.longTextLength;
    custom[OTHER_VALUES_FIELD.key] = cutText(joined, BOARD_LIMITS.longTextLength);
  }
  card.custom = custom;

  card.createdAt = versions.map((v) => v.card.createdAt).reduce((a, b) => (b < a ? b : a));
  card.updatedAt = versions.map((v) => v.card.updatedAt).reduce((a, b) => (b > a ? b : a));
  return { card, conflicts, stageFromLater: card.stage !== base.card.stage, otherValuesCut };
}

type Estimates = Pick<Initiative, 'valueEstimate' | 'costEstimate' | 'currency'>;

/** The conflict's field when boards disagree about a card's value, cost or currency: the three are settled as one. */
export const ESTIMATES_FIELD = 'Value, cost and currency';

/** "value 900000, cost 50000, currency EUR"; "value 1000000, no cost, no currency". */
function estimateWords(e: Estimates): string {
  return [
    e.valueEstimate === undefined ? 'no value' : `value ${e.valueEstimate}`,
    e.costEstimate === undefined ? 'no cost' : `cost ${e.costEstimate}`,
    e.currency?.trim() ? `currency ${e.currency}` : 'no currency',
  ].join(', ');
}

/** A custom field's label on the first board that defines it, else its key. */
function fieldLabel(first: BoardDocument, versions: readonly CardVersion[], key: string): string {
  for (const board of [first, ...versions.map((v) => v.board)]) {
    const label = board.customFields.find((field) => field.key === key)?.label;
    if (label) return label;
  }
  return key;
}
