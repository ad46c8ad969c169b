import { z } from 'zod';
import { FOUNDATION_IDS } from './foundations';
import { STAGE_IDS } from './stages';

/** The schema version this build writes and the newest it reads. */
export const CURRENT_SCHEMA_VERSION = 4;

/**
 * The limits of a board document, named once: the schema below enforces them, the fast check in
 * board-fast-path.ts follows them, and the importer cuts or skips what would pass them, saying so.
 */
export const BOARD_LIMITS = {
  /** Characters in a board's title. */
  boardTitleLength: 200,
  /** Characters in an initiative's or a decision's id. */
  idLength: 100,
  /** Characters in an initiative's title. */
  titleLength: 500,
  /** Characters in names, references, tags and other one-line text. */
  shortTextLength: 500,
  /** Characters in problems, outcomes, notes, rationales and custom values. */
  longTextLength: 20_000,
  currencyLength: 10,
  /** Characters in a board's locale tag. */
  localeLength: 35,
  tagsPerInitiative: 100,
  /** Fields one card marks confidential. */
  confidentialFields: 50,
  /** Characters in the name a vote is recorded under. */
  voterNameLength: 200,
  /** Characters in a custom field's key and in its label. */
  customFieldKeyLength: 500,
  customFieldLabelLength: 500,
  rankLength: 200,
  initiatives: 100_000,
  decisions: 1_000_000,
  actions: 100_000,
  readinessChanges: 1_000_000,
  customFields: 1000,
} as const;

const isoDateTime = z.iso.datetime({ offset: true });
/** A calendar day, `2026-11-26`: an action is due on a day, not at an instant. */
const isoDate = z.iso.date();

/** Whether `value` is a real calendar day written `YYYY-MM-DD` (not 2026-02-30): the schema's rule for a due date. */
export function isCalendarDay(value: string): boolean {
  return isoDate.safeParse(value).success;
}
const shortText = z.string().max(BOARD_LIMITS.shortTextLength);
const longText = z.string().max(BOARD_LIMITS.longTextLength);

export const stageIdSchema = z.enum(STAGE_IDS);
export const foundationIdSchema = z.enum(FOUNDATION_IDS);
export const readinessLevelSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export const riskTierSchema = z.enum(['unassessed', 'low', 'medium', 'high']);
export const initiativeSourceSchema = z.enum(['frontline', 'central', 'vendor', 'partner', 'other']);

/**
 * The regulatory regimes a board classifies its use cases under (see governance.ts): the EU AI Act's risk
 * categories, the US high-impact determination of OMB memorandum M-25-21, and the rights-/safety-impacting
 * determination of its predecessor M-24-10 that the 2024 federal inventories answer.
 */
export const REGIMES = ['eu-ai-act', 'us-high-impact', 'us-rights-safety'] as const;
export const regimeSchema = z.enum(REGIMES);
/** An EU AI Act category; absent on a card means not assessed. */
export const euAiActCategorySchema = z.enum(['prohibited', 'high-risk', 'limited', 'minimal']);
/** The M-25-21 determination, as the 2025 inventories answer it; absent means not assessed. */
export const usHighImpactSchema = z.enum(['high-impact', 'presumed-not', 'not-high-impact']);
/** The M-24-10 determination, as the 2024 inventories answer it; absent means not assessed. */
export const usRightsSafetySchema = z.enum(['rights', 'safety', 'both', 'neither']);
/** The minimum practices for a high-impact or high-risk use case (see governance.ts for what each means). */
export const PRACTICE_IDS = [
  'testing',
  'impact-assessment',
  'independent-review',
  'monitoring',
  'training',
  'fail-safe',
  'appeal',
] as const;
export const practiceIdSchema = z.enum(PRACTICE_IDS);
/** Where a practice stands; a practice a card does not list is not started. */
export const practiceStatusSchema = z.enum(['not-started', 'in-progress', 'done', 'not-applicable', 'waived']);
export const practiceSchema = z.object({
  status: practiceStatusSchema,
  /** A link or a note: the document, the review, the inventory's own answer. */
  evidence: longText.optional(),
});

/** A rank orders cards within a column: lowercase base-36 digits compared as strings (see rank.ts). */
export const rankSchema = z
  .string()
  .regex(/^[0-9a-z]*[1-9a-z]$/, 'a rank is base-36 digits not ending in 0')
  .max(BOARD_LIMITS.rankLength);

export const readinessSchema = z.record(foundationIdSchema, readinessLevelSchema);

export const initiativeSchema = z.object({
  id: z.string().min(1).max(BOARD_LIMITS.idLength),
  ref: shortText.optional(),
  title: z.string().trim().min(1, 'an initiative needs a title').max(BOARD_LIMITS.titleLength),
  problem: longText.optional(),
  outcome: longText.optional(),
  kpi: longText.optional(),
  owner: shortText.optional(),
  businessUnit: shortText.optional(),
  sponsor: shortText.optional(),
  source: initiativeSourceSchema.optional(),
  approach: shortText.optional(),
  stage: stageIdSchema,
  rank: rankSchema,
  /**
   * When the card entered its stage. Absent means unknown (since schema 2): a card imported from a file that gives
   * no date. Figures leave such cards out and say how many, rather than count them as entering today.
   */
  stageEnteredAt: isoDateTime.optional(),
  /**
   * When the card entered the stages it has been in, as a file said (its "Date entered Pilot" and like columns).
   * The board's own moves are in the decision log; together they are what the figures know of a card's path.
   */
  stageDates: z.partialRecord(stageIdSchema, isoDateTime).optional(),
  readiness: readinessSchema,
  readinessNotes: z.partialRecord(foundationIdSchema, longText).optional(),
  riskTier: riskTierSchema,
  /** Since schema 4: the card's regulatory classification under each regime, absent while not assessed. */
  euAiAct: euAiActCategorySchema.optional(),
  usHighImpact: usHighImpactSchema.optional(),
  usRightsSafety: usRightsSafetySchema.optional(),
  /** Since schema 4: the minimum practices, each with its status and evidence; absent ones are not started. */
  practices: z.partialRecord(practiceIdSchema, practiceSchema).optional(),
  valueEstimate: z.number().finite().optional(),
  costEstimate: z.number().finite().optional(),
  currency: z.string().max(BOARD_LIMITS.currencyLength).optional(),
  tags: z.array(shortText).max(BOARD_LIMITS.tagsPerInitiative),
  votes: z.record(z.string().max(BOARD_LIMITS.voterNameLength), z.number().int().min(0)),
  custom: z.record(z.string().max(BOARD_LIMITS.customFieldKeyLength), longText),
  /** Field names hidden from the audience view. */
  confidential: z.array(z.string().max(100)).max(BOARD_LIMITS.confidentialFields).optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

/** The card fields a gate can require. */
export const gateFieldSchema = z.enum([
  'problem',
  'outcome',
  'kpi',
  'owner',
  'businessUnit',
  'sponsor',
  'riskTier',
  'valueEstimate',
]);

export const gateCriterionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('readiness'), foundation: foundationIdSchema, min: readinessLevelSchema }),
  z.object({ kind: z.literal('field'), field: gateFieldSchema }),
  /** Since schema 4: the card is classified under every regime the board uses. */
  z.object({ kind: z.literal('classification') }),
  /** Since schema 4: a high-impact or high-risk card has each minimum practice done, not applicable or waived. */
  z.object({ kind: z.literal('practices') }),
]);

export const gateSchema = z.object({
  from: stageIdSchema,
  to: stageIdSchema,
  criteria: z.array(gateCriterionSchema).max(50),
});

export const decisionKindSchema = z.enum(['move', 'go', 'go-with-exception', 'hold', 'recycle', 'stop']);

export const decisionSchema = z.object({
  id: z.string().min(1).max(BOARD_LIMITS.idLength),
  initiativeId: z.string().min(1).max(BOARD_LIMITS.idLength),
  /** The card's title when the entry was written, so the log still reads after a card is deleted. */
  initiativeTitle: z.string().max(BOARD_LIMITS.titleLength),
  at: isoDateTime,
  kind: decisionKindSchema,
  from: stageIdSchema,
  to: stageIdSchema,
  by: shortText.optional(),
  rationale: longText.optional(),
  unmetCriteria: z.array(z.string().max(500)).max(50),
});

export const actionStatusSchema = z.enum(['open', 'done', 'dropped']);

/**
 * What the room agreed someone will do: typically to build a foundation a gate found missing. An action may serve
 * one initiative and one of its foundations, and come from one decision; it stays on the board when it is closed.
 */
export const actionSchema = z.object({
  id: z.string().min(1).max(BOARD_LIMITS.idLength),
  title: z.string().trim().min(1, 'an action needs a title').max(BOARD_LIMITS.titleLength),
  owner: shortText.optional(),
  /** The day it is due, `YYYY-MM-DD`; it is overdue from the day after, while it is open. */
  due: isoDate.optional(),
  status: actionStatusSchema,
  initiativeId: z.string().min(1).max(BOARD_LIMITS.idLength).optional(),
  foundation: foundationIdSchema.optional(),
  /** The decision-log entry the action came from. */
  decisionId: z.string().min(1).max(BOARD_LIMITS.idLength).optional(),
  note: longText.optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** When it was marked done or dropped; absent while it is open. */
  closedAt: isoDateTime.optional(),
});

/** One change of a foundation's readiness level on one card, logged like a decision: from, to, who, why, when. */
export const readinessChangeSchema = z.object({
  id: z.string().min(1).max(BOARD_LIMITS.idLength),
  initiativeId: z.string().min(1).max(BOARD_LIMITS.idLength),
  /** The card's title when the change was made, so the log still reads after a card is deleted. */
  initiativeTitle: z.string().max(BOARD_LIMITS.titleLength),
  foundation: foundationIdSchema,
  from: readinessLevelSchema,
  to: readinessLevelSchema,
  at: isoDateTime,
  by: shortText.optional(),
  rationale: longText.optional(),
  /** The gate decision the level was raised in, when it was raised in the gate dialog. */
  decisionId: z.string().min(1).max(BOARD_LIMITS.idLength).optional(),
});

/** What a card was when a workshop started: enough to show what the day changed (see snapshot.ts). */
export const snapshotCardSchema = z.object({
  id: z.string().min(1).max(BOARD_LIMITS.idLength),
  ref: shortText.optional(),
  title: z.string().max(BOARD_LIMITS.titleLength),
  stage: stageIdSchema,
  stageEnteredAt: isoDateTime.optional(),
  readiness: readinessSchema,
});

/**
 * The board as it stood when the facilitator pressed Start workshop, kept inside the document so "since the start
 * of today" needs no second file. Decisions, readiness changes and actions carry their own times, so only what
 * changes in place is kept: each card's stage and readiness, and each action's status.
 */
export const workshopSnapshotSchema = z.object({
  takenAt: isoDateTime,
  cards: z.array(snapshotCardSchema).max(BOARD_LIMITS.initiatives),
  actions: z
    .array(z.object({ id: z.string().min(1).max(BOARD_LIMITS.idLength), status: actionStatusSchema }))
    .max(BOARD_LIMITS.actions),
});

export const stageConfigSchema = z.object({
  id: stageIdSchema,
  label: z.string().trim().min(1).max(60),
  visible: z.boolean(),
  wipLimit: z.number().int().positive().optional(),
});

/** A locale tag that Intl knows, kept as Intl spells it ("en-gb" is refused: the file holds "en-GB"). */
export const localeSchema = z
  .string()
  .max(BOARD_LIMITS.localeLength)
  .refine(isCanonicalLocale, 'a locale is a language tag such as "en-GB" or "de-DE"');

export function isCanonicalLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag)[0] === tag;
  } catch {
    return false;
  }
}

/** A board's id. The recovery store names its files by a hash of it, so any id the schema accepts is safe there. */
export const boardIdSchema = z.string().min(1).max(100);

export const boardDocumentSchema = z
  .object({
    format: z.literal('scaleboard'),
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    id: boardIdSchema,
    title: z.string().trim().min(1).max(BOARD_LIMITS.boardTitleLength),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    workshop: z.object({
      date: z.string().max(40).optional(),
      facilitator: shortText.optional(),
      participants: z.array(shortText).max(200),
      notes: longText.optional(),
      /** Dots each participant may place in dot voting. */
      dotsPerParticipant: z.number().int().min(1).max(50).optional(),
      /** A pilot is stalled after this many days in Pilot… */
      stalledAfterDays: z.number().int().min(1).max(3650).optional(),
      /** …with no decision about it in this many days. */
      quietForDays: z.number().int().min(1).max(3650).optional(),
      /** How the board writes dates and numbers (a BCP 47 tag such as "en-GB"); the system's when not set. */
      locale: localeSchema.optional(),
      /**
       * Since schema 4: the regimes the board classifies under, so a European board is not cluttered with US
       * fields. Absent means DEFAULT_REGIMES (governance.ts).
       */
      regimes: z.array(regimeSchema).max(REGIMES.length).optional(),
    }),
    stages: z.array(stageConfigSchema).length(STAGE_IDS.length),
    gates: z.array(gateSchema).max(10),
    initiatives: z.array(initiativeSchema).max(BOARD_LIMITS.initiatives),
    decisions: z.array(decisionSchema).max(BOARD_LIMITS.decisions),
    /** Since schema 3: what the room agreed to do, and every change of a readiness level made on the board. */
    actions: z.array(actionSchema).max(BOARD_LIMITS.actions),
    readinessLog: z.array(readinessChangeSchema).max(BOARD_LIMITS.readinessChanges),
    /** Since schema 3: the board when the workshop started, absent until Start workshop is pressed. */
    snapshot: workshopSnapshotSchema.optional(),
    customFields: z
      .array(
        z.object({
          key: z.string().min(1).max(BOARD_LIMITS.customFieldKeyLength),
          label: z.string().max(BOARD_LIMITS.customFieldLabelLength),
        }),
      )
      .max(BOARD_LIMITS.customFields),
  })
  .superRefine((board, ctx) => {
    const stageIds = new Set(board.stages.map((s) => s.id));
    if (stageIds.size !== STAGE_IDS.length) {
      ctx.addIssue({ code: 'custom', path: ['stages'], message: 'each of the five stages must appear exactly once' });
    }
    const seen = new Set<string>();
    board.initiatives.forEach((initiative, index) => {
      if (seen.has(initiative.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['initiatives', index, 'id'],
          message: `the initiative id "${initiative.id}" is used twice`,
        });
      }
      seen.add(initiative.id);
    });
  });

export type RiskTier = z.infer<typeof riskTierSchema>;
export type Regime = z.infer<typeof regimeSchema>;
export type EuAiActCategory = z.infer<typeof euAiActCategorySchema>;
export type UsHighImpact = z.infer<typeof usHighImpactSchema>;
export type UsRightsSafety = z.infer<typeof usRightsSafetySchema>;
export type PracticeId = z.infer<typeof practiceIdSchema>;
export type PracticeStatus = z.infer<typeof practiceStatusSchema>;
export type Practice = z.infer<typeof practiceSchema>;
export type InitiativeSource = z.infer<typeof initiativeSourceSchema>;
export type Readiness = z.infer<typeof readinessSchema>;
export type Initiative = z.infer<typeof initiativeSchema>;
export type GateField = z.infer<typeof gateFieldSchema>;
export type GateCriterion = z.infer<typeof gateCriterionSchema>;
export type Gate = z.infer<typeof gateSchema>;
export type DecisionKind = z.infer<typeof decisionKindSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type ActionStatus = z.infer<typeof actionStatusSchema>;
export type Action = z.infer<typeof actionSchema>;
export type ReadinessChange = z.infer<typeof readinessChangeSchema>;
export type SnapshotCard = z.infer<typeof snapshotCardSchema>;
export type WorkshopSnapshot = z.infer<typeof workshopSnapshotSchema>;
export type StageConfig = z.infer<typeof stageConfigSchema>;
export type BoardDocument = z.infer<typeof boardDocumentSchema>;
