/**
 * The governance part of an import: each row's classification under the regimes and its minimum practices, read
 * from the columns mapped to them, with every answer the rules cannot read reported and left out (see
 * governance-values.ts for what each answer means).
 */
import type {
  BoardDocument,
  EuAiActCategory,
  Practice,
  PracticeId,
  Regime,
  UsHighImpact,
  UsRightsSafety,
} from '../board-schema';
import { PRACTICE_IDS, REGIMES } from '../board-schema';
import { boardRegimes, REGIME_LABELS, unassessedRegimes } from '../governance';
import type { ColumnMapping } from './column-mapping';
import type { ClassificationReading, PracticeAnswer } from './governance-values';
import {
  combineRightsSafety,
  isInvertedPracticeQuestion,
  readEuAiAct,
  readPractice,
  readUsHighImpact,
  readUsRightsSafety,
  readYesNo,
} from './governance-values';
import type { Reading } from './field-values';
import type { ImportField } from './import-fields';
import { IMPORT_FIELD_LABELS, REGIME_IMPORT_FIELDS } from './import-fields';

export interface GovernanceFields {
  euAiAct?: EuAiActCategory;
  usHighImpact?: UsHighImpact;
  usRightsSafety?: UsRightsSafety;
  practices?: Partial<Record<PracticeId, Practice>>;
}

/** What the row reader needs of buildImport: a field's cell, and how it reports and shortens. */
export interface GovernanceRowAccess {
  text: (field: ImportField) => string;
  raw: (field: ImportField) => string;
  report: (field: ImportField, message: string) => void;
  limited: (field: ImportField, value: string, max: number) => string;
  columnName: (field: ImportField) => string;
}

/** The regimes whose classification the mapping fills: the board is to use them. */
export function importedRegimes(mapping: ColumnMapping): Regime[] {
  const mapped = (field: ImportField) => mapping[field] !== undefined;
  return REGIMES.filter((regime) =>
    // DHS 2024's two Yes/No halves classify only together: one alone is reported, and classifies no card.
    regime === 'us-rights-safety'
      ? mapped('usRightsSafety') || (mapped('usRightsImpacting') && mapped('usSafetyImpacting'))
      : REGIME_IMPORT_FIELDS[regime].some(mapped),
  );
}

/** How an import changes the regimes a board uses: those it adds, those it leaves out, and the result. */
export interface RegimeChange {
  added: Regime[];
  /** Defaults a board used without choosing them, left out because no card was classified under them. */
  dropped: Regime[];
  regimes: Regime[];
}

/**
 * The regimes the board uses once an import classifies its cards under `imported`. A board that chose its regimes
 * keeps them and gains the imported ones. A board that never chose and has no card classified yet takes exactly
 * the imported ones: a US inventory does not leave every card "not assessed" under the EU AI Act, and the reverse.
 * Null when nothing changes.
 */
export function regimeChange(
  board: Pick<BoardDocument, 'workshop' | 'initiatives'>,
  imported: readonly Regime[],
): RegimeChange | null {
  if (!imported.length) return null;
  const current = boardRegimes(board);
  const untouched =
    board.workshop.regimes === undefined &&
    board.initiatives.every((card) => unassessedRegimes(card, REGIMES).length === REGIMES.length);
  const regimes = untouched
    ? REGIMES.filter((regime) => imported.includes(regime))
    : REGIMES.filter((regime) => current.includes(regime) || imported.includes(regime));
  const added = regimes.filter((regime) => !current.includes(regime));
  const dropped = current.filter((regime) => !regimes.includes(regime));
  if (!added.length && !dropped.length) return null;
  return { added, dropped, regimes };
}

/** regimeChange for the regimes the mapping's columns classify under. */
export function regimeChangeFor(
  board: Pick<BoardDocument, 'workshop' | 'initiatives'>,
  mapping: ColumnMapping,
): RegimeChange | null {
  return regimeChange(board, importedRegimes(mapping));
}

const names = (regimes: readonly Regime[]) => regimes.map((regime) => REGIME_LABELS[regime]).join(' and ');

/**
 * What the import dialog and the command line say of the regimes an import changes on the board, before (`will`)
 * or after (`did`) it; null when it changes none.
 */
export function regimesNote(change: RegimeChange | null, tense: 'will' | 'did'): string | null {
  if (!change || (!change.added.length && !change.dropped.length)) return null;
  const { added, dropped, regimes } = change;
  const again =
    dropped.length === 1
      ? 'choose it again in Setup › Regulatory regimes if it applies'
      : 'choose them again in Setup › Regulatory regimes if they apply';
  if (dropped.length) {
    // A board that never chose takes the file's regimes alone: one sentence, so nothing reads as "also".
    return tense === 'will'
      ? `No card on the board is classified yet, so it will classify under ${names(regimes)} alone, as the file does, and leave out ${names(dropped)}; ${again}.`
      : `No card on the board was classified, so it now classifies under ${names(regimes)} alone, as the file does, leaving out ${names(dropped)}; ${again}.`;
  }
  return tense === 'will'
    ? `Columns classify the cards under ${names(added)}, which the board does not use yet: the import adds ${added.length === 1 ? 'it' : 'them'} to the board's regimes.`
    : `The board now also classifies under ${names(added)}, as the import classified its cards.`;
}

/** The fields whose problems depend on one another's columns, as the preview reads them together. */
export const RIGHTS_SAFETY_FIELDS = ['usRightsSafety', 'usRightsImpacting', 'usSafetyImpacting'] as const;
export const practiceFields = (practice: PracticeId) =>
  [`practice.${practice}`, `practiceEvidence.${practice}`] as const;

/**
 * DHS 2024 answers rights-impacting and safety-impacting in two columns; one of them alone says nothing of the
 * other, so mapping only one is a problem with that column, said once.
 */
export function splitColumnProblem(mapping: ColumnMapping): { field: ImportField; message: string } | null {
  const rights = mapping.usRightsImpacting !== undefined;
  const safety = mapping.usSafetyImpacting !== undefined;
  if (rights === safety) return null;
  const [field, other] = rights
    ? (['usRightsImpacting', 'usSafetyImpacting'] as const)
    : (['usSafetyImpacting', 'usRightsImpacting'] as const);
  return {
    field,
    message: `this column is read together with “${IMPORT_FIELD_LABELS[other]}”, which no column fills; rights/safety-impacting is left not assessed`,
  };
}

/** A reader that remembers what it read: an inventory repeats a handful of answers down thousands of rows. */
function remembered<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let reading = cache.get(text);
    if (reading === undefined) {
      reading = read(text);
      if (cache.size < 5000) cache.set(text, reading);
    }
    return reading;
  };
}

const NOT_ASSESSED_LEFT = 'left not assessed';

/**
 * A function that reads a row's governance fields through `access`, or null when the mapping has none. Made once
 * per import; the fail-safe column's question is looked at here, not on every row.
 */
export function governanceRowReader(
  mapping: ColumnMapping,
  headers: readonly string[],
  access: GovernanceRowAccess,
  maxEvidence: number,
): ((fields: GovernanceFields) => void) | null {
  const mapped = (field: ImportField) => mapping[field] !== undefined;
  const practices = PRACTICE_IDS.filter((p) => practiceFields(p).some(mapped)).map((practice) => {
    const [status, evidence] = practiceFields(practice);
    const column = mapping[status];
    const inverted = column !== undefined && isInvertedPracticeQuestion(headers[column] ?? '');
    return { practice, status, evidence, read: remembered((text: string) => readPractice(text, inverted)) };
  });
  const euAiAct = mapped('euAiAct') ? remembered(readEuAiAct) : null;
  const usHighImpact = mapped('usHighImpact') ? remembered(readUsHighImpact) : null;
  const combined = mapped('usRightsSafety') ? remembered(readUsRightsSafety) : null;
  const split = mapped('usRightsImpacting') && mapped('usSafetyImpacting') ? remembered(readYesNo) : null;
  if (!practices.length && !euAiAct && !usHighImpact && !combined && !split) return null;

  const { text, raw, report, limited, columnName } = access;
  /** A classification's value; an unreadable one is reported, an explicit "not assessed" is not. */
  const classified = <T>(field: ImportField, reading: ClassificationReading<T>): T | undefined => {
    if ('error' in reading) report(field, `${reading.error}; ${NOT_ASSESSED_LEFT}`);
    return 'value' in reading ? reading.value : undefined;
  };
  const classification = <T>(field: ImportField, read: ((text: string) => ClassificationReading<T>) | null) => {
    const answer = read ? text(field) : '';
    return read && answer ? classified(field, read(answer)) : undefined;
  };

  const rightsSafety = (): UsRightsSafety | undefined => {
    // A combined answer in the row wins over the two Yes/No columns.
    const answer = combined ? text('usRightsSafety') : '';
    if (combined && answer) return classified('usRightsSafety', combined(answer));
    if (!split) return undefined;
    const answers = { usRightsImpacting: text('usRightsImpacting'), usSafetyImpacting: text('usSafetyImpacting') };
    if (!answers.usRightsImpacting && !answers.usSafetyImpacting) return undefined;
    const readings = {
      usRightsImpacting: answers.usRightsImpacting ? split(answers.usRightsImpacting) : null,
      usSafetyImpacting: answers.usSafetyImpacting ? split(answers.usSafetyImpacting) : null,
    };
    let unreadable = false;
    for (const field of ['usRightsImpacting', 'usSafetyImpacting'] as const) {
      const reading = readings[field];
      if (reading && 'error' in reading) {
        report(field, `${reading.error}; rights/safety-impacting ${NOT_ASSESSED_LEFT}`);
        unreadable = true;
      }
    }
    if (unreadable) return undefined;
    const rights = readings.usRightsImpacting;
    const safety = readings.usSafetyImpacting;
    if ((rights && 'notAssessed' in rights) || (safety && 'notAssessed' in safety)) return undefined;
    if (!rights || !safety) {
      const [blank, given] = rights
        ? (['usSafetyImpacting', 'usRightsImpacting'] as const)
        : (['usRightsImpacting', 'usSafetyImpacting'] as const);
      report(
        blank,
        `no answer, while ${columnName(given)} says “${answers[given]}”; rights/safety-impacting ${NOT_ASSESSED_LEFT}`,
      );
      return undefined;
    }
    return 'value' in rights && 'value' in safety ? combineRightsSafety(rights.value, safety.value) : undefined;
  };

  const practice = (
    status: ImportField,
    evidenceField: ImportField,
    read: (text: string) => Reading<PracticeAnswer>,
  ): Practice | undefined => {
    const answer = text(status);
    const reading = answer ? read(answer) : null;
    if (reading && 'error' in reading) report(status, `${reading.error}; left not started`);
    const value = reading && 'value' in reading ? reading.value : undefined;
    // A column of evidence says what the evidence is; without one, the answer itself is kept when it says more.
    let evidence: string | undefined;
    if (mapped(evidenceField)) {
      if (text(evidenceField)) evidence = limited(evidenceField, raw(evidenceField), maxEvidence);
    } else if (value?.evidence) {
      evidence = limited(status, value.evidence, maxEvidence);
    }
    if (!value && evidence === undefined) return undefined;
    return { status: value?.status ?? 'not-started', ...(evidence !== undefined ? { evidence } : {}) };
  };

  return (fields) => {
    const eu = classification('euAiAct', euAiAct);
    if (eu) fields.euAiAct = eu;
    const highImpact = classification('usHighImpact', usHighImpact);
    if (highImpact) fields.usHighImpact = highImpact;
    const usRightsSafety = combined || split ? rightsSafety() : undefined;
    if (usRightsSafety) fields.usRightsSafety = usRightsSafety;
    for (const { practice: id, status, evidence, read } of practices) {
      const value = practice(status, evidence, read);
      if (value) fields.practices = { ...fields.practices, [id]: value };
    }
  };
}
