/**
 * Readers for the governance columns of an inventory: the regulatory classification (EU AI Act, US high-impact,
 * US rights/safety-impacting) and the minimum practices' answers, read by meaning. The federal inventories answer
 * from lists with letter prefixes ("a) Yes", "b)  In-progress"), with curly or straight quotes, en dashes or
 * hyphens, and now and then with a value from a neighbouring question's list; each of those reads as what it says.
 * Whatever says nothing these rules know is an error for the importer to report, never a guess.
 */
import type { EuAiActCategory, PracticeStatus, UsHighImpact, UsRightsSafety } from '../board-schema';
import type { Reading } from './field-values';
import { headerKey, normalizeHeader } from './header-text';
import type { ImportField } from './import-fields';

const EMPTY = { empty: true } as const;

/**
 * An answer as the rules compare it: lower case, quotes and dashes folded, spaces single, without its letter
 * prefix ("a) ", "b)  ") or trailing full stops.
 */
export function answerKey(text: string): string {
  return normalizeHeader(text)
    .toLowerCase()
    .replace(/^[a-z]\)\s*/, '')
    .replace(/[.\s]+$/, '');
}

/** The same with every run of punctuation a space: "High-impact" and "high impact" compare equal. */
const wordKey = (text: string): string =>
  answerKey(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * An inventory's explicit "not assessed" (the 2024 answer "No, use case is too new to fully assess impacts; will
 * be reassessed…", or Scaleboard's own words): the classification stays absent, and that is no problem.
 */
const NOT_ASSESSED_ANSWER = /^not assessed$|^unassessed$|too new to (fully )?assess/;

/** A reading that is an explicit "not assessed": read, with nothing to set. */
export const NOT_ASSESSED_READING = { notAssessed: true } as const;
export type ClassificationReading<T> = Reading<T> | typeof NOT_ASSESSED_READING;

function classify<T>(text: string, rules: readonly (readonly [RegExp, T])[], what: string): ClassificationReading<T> {
  const trimmed = text.trim();
  if (!trimmed) return EMPTY;
  const key = wordKey(trimmed);
  if (NOT_ASSESSED_ANSWER.test(key)) return NOT_ASSESSED_READING;
  for (const [pattern, value] of rules) if (pattern.test(key)) return { value };
  return { error: `“${trimmed}” is not ${what}` };
}

const US_HIGH_IMPACT_RULES = [
  // "b) Presumed high-impact, but determined not high impact", and Scaleboard's "Presumed high-impact, determined not".
  // A determination still to be made ("…; determination not yet made") is no answer: it needs "determined not".
  [/^presumed high impact\b.*\bdetermined not\b/, 'presumed-not'],
  [/^not high impact( use case)?$|^no$|^false$/, 'not-high-impact'],
  // The column asks "Is the AI use case high-impact?": a plain yes is the answer "high-impact".
  [/^high impact( use case)?$|^yes$|^true$/, 'high-impact'],
] as const satisfies readonly (readonly [RegExp, UsHighImpact])[];

/** "a) High-impact", "b) Presumed high-impact but determined not high-impact", "c) Not high-impact". */
export function readUsHighImpact(text: string): ClassificationReading<UsHighImpact> {
  return classify(
    text,
    US_HIGH_IMPACT_RULES,
    'a high-impact determination (high-impact, presumed high-impact but determined not, not high-impact)',
  );
}

const EU_AI_ACT_RULES = [
  [/^(prohibited|unacceptable)( risk| practice| ai practice)?$/, 'prohibited'],
  [/^high risk( ai system)?$/, 'high-risk'],
  // Scaleboard writes "Limited (transparency)"; the Act's own words are "transparency obligations".
  [/^(limited|transparency)( risk| transparency| obligations| transparency risk)?$/, 'limited'],
  [/^(minimal|minimal or no)( risk)?$|^no risk$/, 'minimal'],
] as const satisfies readonly (readonly [RegExp, EuAiActCategory])[];

/** "Prohibited", "High-risk", "Limited" or "Transparency", "Minimal", with or without "risk". */
export function readEuAiAct(text: string): ClassificationReading<EuAiActCategory> {
  return classify(text, EU_AI_ACT_RULES, 'an EU AI Act category (prohibited, high-risk, limited, minimal)');
}

const US_RIGHTS_SAFETY_RULES = [
  [/^neither\b/, 'neither'],
  // "Both", and Scaleboard's "Rights- and safety-impacting".
  [/^both\b|^rights and safety impacting$/, 'both'],
  [/^rights impacting$/, 'rights'],
  [/^safety impacting$/, 'safety'],
] as const satisfies readonly (readonly [RegExp, UsRightsSafety])[];

/** The 2024 answer to "rights-impacting, safety-impacting, both, or neither?". */
export function readUsRightsSafety(text: string): ClassificationReading<UsRightsSafety> {
  return classify(
    text,
    US_RIGHTS_SAFETY_RULES,
    'a rights/safety-impacting answer (rights-impacting, safety-impacting, both, neither)',
  );
}

/** A Yes/No answer, as DHS's 2024 inventory gives rights-impacting and safety-impacting apart. */
export function readYesNo(text: string): ClassificationReading<boolean> {
  // "N/A" is neither: it reads as a problem, not as "no".
  return classify(
    text,
    [[/^(yes|true|y)$|^yes\b/, true] as const, [/^(no|false|n)$|^no\b/, false] as const],
    'a yes or no answer',
  );
}

/** The two Yes/No answers as one classification: yes and yes is both, yes and no rights, no and yes safety. */
export function combineRightsSafety(rights: boolean, safety: boolean): UsRightsSafety {
  if (rights && safety) return 'both';
  if (rights) return 'rights';
  return safety ? 'safety' : 'neither';
}

/** A practice's status read from an answer, and the answer itself when it says more than the bare status. */
export interface PracticeAnswer {
  status: PracticeStatus;
  evidence?: string;
}

/**
 * The answers each status has, first match wins. Besides the 2025 template's lists ("a) Yes", "b) In-progress",
 * "b) Not applicable", "e) Agency CAIO has waived…"), the 2024 inventories answered some practices with a
 * description of what was done; each is read as the practice it reports:
 * - testing: "Performance/Impact evaluation in operational environment" is done; "Benchmark evaluation … but has not
 *   been tested in an operational environment" is in progress (tested, not yet as the practice asks); "No testing"
 *   is not started;
 * - monitoring: "Intermittent and Manually Updated", "Automated and Regularly Scheduled Updates" and "Established
 *   Process of Machine Learning Operations" are done; "No monitoring protocols have been established" is not started;
 * - human oversight (the fail-safe practice): "No - Some individual decisions or actions require direct human
 *   oversight" and "Other – … an appropriate fail-safe has been implemented" are done; "Yes - All individual
 *   decisions or actions are automated…" is not started;
 * - appeal: "No – Law, operational limitations, or governmentwide guidance precludes…" is not applicable (the
 *   exemption the practice allows); "No – it is not operationally practical to offer this" is not started (no
 *   process, for a reason that is no exemption), with the reason kept as evidence.
 * An answer that the use case is not rights- or safety-impacting, or not high-impact, is "not applicable".
 */
const PRACTICE_RULES: readonly (readonly [RegExp, PracticeStatus])[] = [
  // The template's "Agency CAIO has waived this minimum practice…", or a bare "Waived"; never "Not waived".
  [/^(agency )?caio has waived\b|^waived$/, 'waived'],
  [/^(no - )?law, operational limitations,? or governmentwide guidance precludes\b/, 'not-applicable'],
  [/\b(is not|does not impact|neither) (safety|rights)\b|\bnot (a )?high-impact\b/, 'not-applicable'],
  [/^yes - all individual decisions or actions are automated\b/, 'not-started'],
  [/^no - some individual decisions or actions require direct human oversight\b/, 'done'],
  [/\bappropriate fail-safe has been implemented\b/, 'done'],
  [/^(n\/?a|not applicable|does not apply)\b/, 'not-applicable'],
  [/\bin[- ]?progr?ess\b|^planned$|\bunder development\b/, 'in-progress'],
  [/^benchmark evaluation\b/, 'in-progress'],
  [
    /^no testing\b|^no monitoring protocols have been established\b|^no - it is not operationally practical\b/,
    'not-started',
  ],
  [/^(performance|impact) evaluation in operational environment\b/, 'done'],
  [
    /^(intermittent and manually updated|automated and regularly scheduled updates|established process of machine learning operations)\b/,
    'done',
  ],
  // A hedged yes ("Yes, planned", "Yes (pending review)", "Done?") is not done: it falls through to a problem.
  [
    /^(?!.*(\bplanned\b|\bpending\b|\bnot yet\b|\bwill be\b|\bpartial(ly)?\b|\btbd\b|\?))(yes|true|done|completed?)\b|^y$/,
    'done',
  ],
  [/^(no|false|none|not started)\b|^n$/, 'not-started'],
];

/** Answers that are the status and nothing more: no evidence to keep. */
const BARE_ANSWER =
  /^(yes|y|true|done|completed?|no|n|false|none|not started|(planned or )?in[- ]?progr?ess|planned|n\/?a|not applicable|waived)$/;

/**
 * The 2024 question for the fail-safe practice asks the opposite way round: "can the AI carry out a decision or
 * action without direct human involvement…?". Under it a plain "Yes" means no human oversight, and "No" means it.
 */
export function isInvertedPracticeQuestion(header: string): boolean {
  return headerKey(header).startsWith('for this particular use case can the ai carry out a decision or action');
}

/**
 * A minimum practice's answer as a status: "a) Yes", "Yes – by the CAIO", "b) In-progress", "Planned or
 * in-progress", "N/A", "d) Law … precludes…", "…has waived this minimum practice…", "No", and the 2024 descriptive
 * answers (see PRACTICE_RULES). `inverted` is for a column that asks whether the AI acts without a person.
 */
export function readPractice(text: string, inverted = false): Reading<PracticeAnswer> {
  const trimmed = text.trim();
  if (!trimmed) return EMPTY;
  const key = answerKey(trimmed);
  let status = PRACTICE_RULES.find(([pattern]) => pattern.test(key))?.[1];
  if (status === undefined) {
    return {
      error: `“${trimmed}” is not a practice status (yes, in progress, not applicable, waived, no)`,
    };
  }
  const bare = BARE_ANSWER.test(key);
  if (inverted && bare && (status === 'done' || status === 'not-started')) {
    status = status === 'done' ? 'not-started' : 'done';
  }
  return { value: bare ? { status } : { status, evidence: trimmed } };
}

/**
 * Whether a governance field reads a cell's text as an answer (explicit "not assessed" included); null for a
 * field with no reader of its own. suggestMapping uses it to choose between two columns of the same header.
 */
export function governanceValueReads(field: ImportField): ((text: string) => boolean) | null {
  const reads = (reading: { error: string } | object) => !('error' in reading) && !('empty' in reading);
  if (field === 'euAiAct') return (text) => reads(readEuAiAct(text));
  if (field === 'usHighImpact') return (text) => reads(readUsHighImpact(text));
  if (field === 'usRightsSafety') return (text) => reads(readUsRightsSafety(text));
  if (field === 'usRightsImpacting' || field === 'usSafetyImpacting') return (text) => reads(readYesNo(text));
  if (field.startsWith('practice.')) return (text) => reads(readPractice(text));
  return null;
}
