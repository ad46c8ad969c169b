/**
 * A fast check that a parsed board is already exactly what the schema would return: every field of the right
 * type and length, no unknown keys, nothing for the schema to trim or strip. A board saved by Scaleboard always
 * is, so opening it costs one pass over the data instead of the schema's full parse (a 20,000-card board opens in
 * about a third of the time). Whatever this check does not accept goes through `boardDocumentSchema`, which stays
 * the definition: it decides, strips and explains. The property test in test/unit/property holds this check to
 * that: every document it accepts, the schema accepts and returns unchanged.
 */
import type { BoardDocument } from './board-schema';
import {
  actionSchema,
  actionStatusSchema,
  BOARD_LIMITS,
  boardDocumentSchema,
  decisionKindSchema,
  decisionSchema,
  euAiActCategorySchema,
  gateCriterionSchema,
  gateSchema,
  initiativeSchema,
  initiativeSourceSchema,
  CURRENT_SCHEMA_VERSION,
  isCanonicalLocale,
  practiceIdSchema,
  practiceSchema,
  practiceStatusSchema,
  readinessChangeSchema,
  regimeSchema,
  riskTierSchema,
  snapshotCardSchema,
  stageConfigSchema,
  usHighImpactSchema,
  usRightsSafetySchema,
  workshopSnapshotSchema,
} from './board-schema';
import { FOUNDATION_IDS } from './foundations';
import { STAGE_IDS } from './stages';

type Rec = Record<string, unknown>;

// Every enum and every object's keys are read from the schema itself, so this check follows it as it changes.
const [readinessCriterionSchema, fieldCriterionSchema, classificationCriterionSchema, practicesCriterionSchema] =
  gateCriterionSchema.options;
const { workshop: workshopSchema, customFields: customFieldsSchema } = boardDocumentSchema.shape;
const valuesOf = (schema: { options: readonly unknown[] }) => new Set<unknown>(schema.options);
const keysOf = (schema: { shape: object }) => new Set(Object.keys(schema.shape));

const STAGES = new Set<unknown>(STAGE_IDS);
const FOUNDATIONS = new Set<unknown>(FOUNDATION_IDS);
const RISK_TIERS = valuesOf(riskTierSchema);
const SOURCES = valuesOf(initiativeSourceSchema);
const DECISION_KINDS = valuesOf(decisionKindSchema);
const CRITERION_FIELDS = valuesOf(fieldCriterionSchema.shape.field);
const INITIATIVE_KEYS = keysOf(initiativeSchema);
const DECISION_KEYS = keysOf(decisionSchema);
const STAGE_KEYS = keysOf(stageConfigSchema);
const GATE_KEYS = keysOf(gateSchema);
const READINESS_CRITERION_KEYS = keysOf(readinessCriterionSchema);
const FIELD_CRITERION_KEYS = keysOf(fieldCriterionSchema);
const KIND_ONLY_CRITERIA = new Set<unknown>([
  classificationCriterionSchema.shape.kind.value,
  practicesCriterionSchema.shape.kind.value,
]);
const KIND_ONLY_CRITERION_KEYS = keysOf(classificationCriterionSchema);
const EU_AI_ACT = valuesOf(euAiActCategorySchema);
const US_HIGH_IMPACT = valuesOf(usHighImpactSchema);
const US_RIGHTS_SAFETY = valuesOf(usRightsSafetySchema);
const PRACTICE_IDS = valuesOf(practiceIdSchema);
const PRACTICE_STATUSES = valuesOf(practiceStatusSchema);
const PRACTICE_KEYS = keysOf(practiceSchema);
const REGIMES = valuesOf(regimeSchema);
const CUSTOM_FIELD_KEYS = keysOf(customFieldsSchema.element);
const WORKSHOP_KEYS = keysOf(workshopSchema);
const BOARD_KEYS = keysOf(boardDocumentSchema);
const ACTION_KEYS = keysOf(actionSchema);
const ACTION_STATUSES = valuesOf(actionStatusSchema);
const READINESS_CHANGE_KEYS = keysOf(readinessChangeSchema);
const SNAPSHOT_KEYS = keysOf(workshopSnapshotSchema);
const SNAPSHOT_CARD_KEYS = keysOf(snapshotCardSchema);
const SNAPSHOT_ACTION_KEYS = keysOf(workshopSnapshotSchema.shape.actions.element);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const RANK = /^[0-9a-z]*[1-9a-z]$/;
const { idLength: ID, titleLength: TITLE, shortTextLength: SHORT, longTextLength: LONG } = BOARD_LIMITS;

const isRecord = (value: unknown): value is Rec =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;
const text = (value: unknown, max: number): boolean => typeof value === 'string' && value.length <= max;
const optionalText = (value: unknown, max: number): boolean => value === undefined || text(value, max);
const nonEmpty = (value: unknown, max: number): boolean =>
  typeof value === 'string' && value.length >= 1 && value.length <= max;
/** A trimmed, non-empty label: the schema's `.trim().min(1)` would change or refuse anything else. */
const label = (value: unknown, max: number): boolean =>
  typeof value === 'string' && value.length <= max && value.length > 0 && value.trim() === value;
const int = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
const optionalInt = (value: unknown, min: number, max: number): boolean => value === undefined || int(value, min, max);
const level = (value: unknown): boolean => value === 0 || value === 1 || value === 2 || value === 3 || value === 4;
const finite = (value: unknown): boolean =>
  value === undefined || (typeof value === 'number' && Number.isFinite(value));

/** True when the object has no keys but these (each of which the caller has checked). */
function onlyKeys(object: Rec, known: ReadonlySet<string>): boolean {
  for (const key in object) if (!known.has(key)) return false;
  return true;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const digits = (s: string, from: number, count: number): number => {
  let n = 0;
  for (let i = from; i < from + count; i += 1) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
};

/**
 * The form Scaleboard writes, `2026-11-25T09:30:00.000Z` (what `toISOString` gives), with a real calendar date;
 * a subset of what the schema's ISO date-time accepts. Any other form is left to the schema.
 */
function isoInstant(value: unknown): boolean {
  if (typeof value !== 'string' || value.length !== 24) return false;
  if (value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':' || value[16] !== ':') return false;
  if (value[19] !== '.' || value[23] !== 'Z') return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return false;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return false;
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  return (
    hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 && digits(value, 20, 3) >= 0
  );
}

function stageDates(value: unknown): boolean {
  if (!isRecord(value)) return false;
  for (const key in value) if (!STAGES.has(key) || !isoInstant(value[key])) return false;
  return true;
}

function readiness(value: unknown): boolean {
  if (!isRecord(value)) return false;
  let count = 0;
  for (const key in value) {
    if (!FOUNDATIONS.has(key)) return false;
    if (!level(value[key])) return false;
    count += 1;
  }
  return count === FOUNDATION_IDS.length;
}

function textRecord(value: unknown, keyMax: number, valueMax: number, keys?: ReadonlySet<unknown>): boolean {
  if (!isRecord(value)) return false;
  for (const key in value) {
    if (key.length > keyMax || (keys && !keys.has(key)) || !text(value[key], valueMax)) return false;
  }
  return true;
}

function textList(value: unknown, maxItems: number, maxLength: number): boolean {
  if (!Array.isArray(value) || value.length > maxItems) return false;
  for (const item of value) if (!text(item, maxLength)) return false;
  return true;
}

function initiative(i: unknown): boolean {
  if (!isRecord(i) || !onlyKeys(i, INITIATIVE_KEYS)) return false;
  if (!nonEmpty(i.id, ID) || !label(i.title, TITLE)) return false;
  if (!STAGES.has(i.stage) || !RISK_TIERS.has(i.riskTier)) return false;
  if (typeof i.rank !== 'string' || i.rank.length > BOARD_LIMITS.rankLength || !RANK.test(i.rank)) return false;
  if (
    (i.stageEnteredAt !== undefined && !isoInstant(i.stageEnteredAt)) ||
    !isoInstant(i.createdAt) ||
    !isoInstant(i.updatedAt)
  )
    return false;
  if (i.stageDates !== undefined && !stageDates(i.stageDates)) return false;
  if (!readiness(i.readiness) || !textList(i.tags, BOARD_LIMITS.tagsPerInitiative, SHORT)) return false;
  if (!optionalText(i.ref, SHORT) || !optionalText(i.owner, SHORT)) return false;
  if (!optionalText(i.businessUnit, SHORT) || !optionalText(i.sponsor, SHORT)) return false;
  if (!optionalText(i.approach, SHORT) || !optionalText(i.currency, BOARD_LIMITS.currencyLength)) return false;
  if (!optionalText(i.problem, LONG) || !optionalText(i.outcome, LONG) || !optionalText(i.kpi, LONG)) return false;
  if (i.source !== undefined && !SOURCES.has(i.source)) return false;
  if (!finite(i.valueEstimate) || !finite(i.costEstimate)) return false;
  if (i.readinessNotes !== undefined && !textRecord(i.readinessNotes, Infinity, LONG, FOUNDATIONS)) return false;
  if (i.confidential !== undefined && !textList(i.confidential, 50, 100)) return false;
  if (i.euAiAct !== undefined && !EU_AI_ACT.has(i.euAiAct)) return false;
  if (i.usHighImpact !== undefined && !US_HIGH_IMPACT.has(i.usHighImpact)) return false;
  if (i.usRightsSafety !== undefined && !US_RIGHTS_SAFETY.has(i.usRightsSafety)) return false;
  if (i.practices !== undefined && !practices(i.practices)) return false;
  if (!textRecord(i.custom, BOARD_LIMITS.customFieldKeyLength, LONG)) return false;
  if (!isRecord(i.votes)) return false;
  for (const key in i.votes) {
    if (key.length > BOARD_LIMITS.voterNameLength || !int(i.votes[key], 0, Number.MAX_SAFE_INTEGER)) return false;
  }
  return true;
}

function practices(value: unknown): boolean {
  if (!isRecord(value)) return false;
  for (const key in value) {
    const p = value[key];
    if (!PRACTICE_IDS.has(key) || !isRecord(p) || !onlyKeys(p, PRACTICE_KEYS)) return false;
    if (!PRACTICE_STATUSES.has(p.status) || !optionalText(p.evidence, LONG)) return false;
  }
  return true;
}

function decision(d: unknown): boolean {
  return (
    isRecord(d) &&
    onlyKeys(d, DECISION_KEYS) &&
    nonEmpty(d.id, ID) &&
    nonEmpty(d.initiativeId, ID) &&
    text(d.initiativeTitle, TITLE) &&
    isoInstant(d.at) &&
    DECISION_KINDS.has(d.kind) &&
    STAGES.has(d.from) &&
    STAGES.has(d.to) &&
    optionalText(d.by, SHORT) &&
    optionalText(d.rationale, LONG) &&
    textList(d.unmetCriteria, 50, 500)
  );
}

/** A calendar day `YYYY-MM-DD` that exists. */
function isoDay(value: unknown): boolean {
  return typeof value === 'string' && ISO_DATE.test(value) && isoInstant(`${value}T00:00:00.000Z`);
}

const optionalId = (value: unknown): boolean => value === undefined || nonEmpty(value, ID);

function action(a: unknown): boolean {
  return (
    isRecord(a) &&
    onlyKeys(a, ACTION_KEYS) &&
    nonEmpty(a.id, ID) &&
    label(a.title, TITLE) &&
    optionalText(a.owner, SHORT) &&
    (a.due === undefined || isoDay(a.due)) &&
    ACTION_STATUSES.has(a.status) &&
    optionalId(a.initiativeId) &&
    (a.foundation === undefined || FOUNDATIONS.has(a.foundation)) &&
    optionalId(a.decisionId) &&
    optionalText(a.note, LONG) &&
    isoInstant(a.createdAt) &&
    isoInstant(a.updatedAt) &&
    (a.closedAt === undefined || isoInstant(a.closedAt))
  );
}

function readinessChange(c: unknown): boolean {
  return (
    isRecord(c) &&
    onlyKeys(c, READINESS_CHANGE_KEYS) &&
    nonEmpty(c.id, ID) &&
    nonEmpty(c.initiativeId, ID) &&
    text(c.initiativeTitle, TITLE) &&
    FOUNDATIONS.has(c.foundation) &&
    level(c.from) &&
    level(c.to) &&
    isoInstant(c.at) &&
    optionalText(c.by, SHORT) &&
    optionalText(c.rationale, LONG) &&
    optionalId(c.decisionId)
  );
}

function snapshot(s: unknown): boolean {
  if (!isRecord(s) || !onlyKeys(s, SNAPSHOT_KEYS) || !isoInstant(s.takenAt)) return false;
  const { cards, actions } = s;
  if (!Array.isArray(cards) || cards.length > BOARD_LIMITS.initiatives) return false;
  if (!Array.isArray(actions) || actions.length > BOARD_LIMITS.actions) return false;
  for (const c of cards as unknown[]) {
    if (!isRecord(c) || !onlyKeys(c, SNAPSHOT_CARD_KEYS) || !nonEmpty(c.id, ID) || !text(c.title, TITLE)) return false;
    if (!optionalText(c.ref, SHORT) || !STAGES.has(c.stage) || !readiness(c.readiness)) return false;
    if (c.stageEnteredAt !== undefined && !isoInstant(c.stageEnteredAt)) return false;
  }
  for (const a of actions as unknown[]) {
    if (!isRecord(a) || !onlyKeys(a, SNAPSHOT_ACTION_KEYS) || !nonEmpty(a.id, ID) || !ACTION_STATUSES.has(a.status))
      return false;
  }
  return true;
}

function stages(value: unknown): boolean {
  if (!Array.isArray(value) || value.length !== STAGE_IDS.length) return false;
  const seen = new Set<unknown>();
  for (const s of value) {
    if (!isRecord(s) || !onlyKeys(s, STAGE_KEYS) || !STAGES.has(s.id) || !label(s.label, 60)) return false;
    if (typeof s.visible !== 'boolean' || !optionalInt(s.wipLimit, 1, Number.MAX_SAFE_INTEGER)) return false;
    seen.add(s.id);
  }
  return seen.size === STAGE_IDS.length;
}

function gates(value: unknown): boolean {
  if (!Array.isArray(value) || value.length > 10) return false;
  for (const gate of value) {
    if (!isRecord(gate) || !onlyKeys(gate, GATE_KEYS) || !STAGES.has(gate.from) || !STAGES.has(gate.to)) return false;
    if (!Array.isArray(gate.criteria) || gate.criteria.length > 50) return false;
    for (const c of gate.criteria as unknown[]) {
      if (!isRecord(c)) return false;
      const ok =
        c.kind === 'readiness'
          ? onlyKeys(c, READINESS_CRITERION_KEYS) && FOUNDATIONS.has(c.foundation) && int(c.min, 0, 4)
          : c.kind === 'field'
            ? onlyKeys(c, FIELD_CRITERION_KEYS) && CRITERION_FIELDS.has(c.field)
            : KIND_ONLY_CRITERIA.has(c.kind) && onlyKeys(c, KIND_ONLY_CRITERION_KEYS);
      if (!ok) return false;
    }
  }
  return true;
}

function workshop(w: unknown): boolean {
  return (
    isRecord(w) &&
    onlyKeys(w, WORKSHOP_KEYS) &&
    optionalText(w.date, 40) &&
    optionalText(w.facilitator, 500) &&
    textList(w.participants, 200, 500) &&
    optionalText(w.notes, 20_000) &&
    optionalInt(w.dotsPerParticipant, 1, 50) &&
    optionalInt(w.stalledAfterDays, 1, 3650) &&
    optionalInt(w.quietForDays, 1, 3650) &&
    (w.regimes === undefined ||
      (Array.isArray(w.regimes) && w.regimes.length <= REGIMES.size && w.regimes.every((r) => REGIMES.has(r)))) &&
    (w.locale === undefined ||
      (typeof w.locale === 'string' && w.locale.length <= BOARD_LIMITS.localeLength && isCanonicalLocale(w.locale)))
  );
}

/** True when `raw` is a board the schema would accept and return unchanged. */
export function isCanonicalBoard(raw: unknown): raw is BoardDocument {
  if (!isRecord(raw) || !onlyKeys(raw, BOARD_KEYS)) return false;
  if (raw.format !== 'scaleboard' || raw.schemaVersion !== CURRENT_SCHEMA_VERSION) return false;
  if (
    !nonEmpty(raw.id, 100) ||
    !label(raw.title, BOARD_LIMITS.boardTitleLength) ||
    !isoInstant(raw.createdAt) ||
    !isoInstant(raw.updatedAt)
  ) {
    return false;
  }
  if (!workshop(raw.workshop) || !stages(raw.stages) || !gates(raw.gates)) return false;
  const { initiatives, decisions, customFields } = raw;
  if (!Array.isArray(initiatives) || initiatives.length > BOARD_LIMITS.initiatives) return false;
  if (!Array.isArray(decisions) || decisions.length > BOARD_LIMITS.decisions) return false;
  if (!Array.isArray(customFields) || customFields.length > BOARD_LIMITS.customFields) return false;
  for (const field of customFields) {
    if (!isRecord(field) || !onlyKeys(field, CUSTOM_FIELD_KEYS)) return false;
    if (!nonEmpty(field.key, BOARD_LIMITS.customFieldKeyLength)) return false;
    if (!text(field.label, BOARD_LIMITS.customFieldLabelLength)) return false;
  }
  const ids = new Set<unknown>();
  for (const i of initiatives) {
    if (!initiative(i)) return false;
    ids.add((i as Rec).id);
  }
  if (ids.size !== initiatives.length) return false;
  for (const d of decisions) if (!decision(d)) return false;
  const { actions, readinessLog } = raw;
  if (!Array.isArray(actions) || actions.length > BOARD_LIMITS.actions) return false;
  if (!Array.isArray(readinessLog) || readinessLog.length > BOARD_LIMITS.readinessChanges) return false;
  for (const a of actions) if (!action(a)) return false;
  for (const c of readinessLog) if (!readinessChange(c)) return false;
  if (raw.snapshot !== undefined && !snapshot(raw.snapshot)) return false;
  return true;
}

/**
 * Validates a parsed board: the fast check for a document already in the schema's form, else the schema itself,
 * which normalises (trims, strips unknown keys) or refuses with its issues.
 */
export function validateBoard(raw: unknown): ReturnType<typeof boardDocumentSchema.safeParse> {
  if (isCanonicalBoard(raw)) return { success: true, data: raw } as ReturnType<typeof boardDocumentSchema.safeParse>;
  return boardDocumentSchema.safeParse(raw);
}
