/**
 * Governance designed in: each card's regulatory classification and the minimum practices a high-impact or
 * high-risk use case needs before it reaches people. The words here are the app's, not legal advice: they name
 * the regimes' categories so a room can record what its governance function decided.
 *
 * - The EU AI Act sorts AI systems into risk categories: prohibited practices (Article 5), high-risk systems
 *   (Article 6 and Annex III, which names life and health insurance pricing and risk assessment), systems with
 *   transparency obligations ("limited"), and the rest ("minimal").
 * - OMB memorandum M-25-21 asks US agencies whether each use case is high-impact; the 2025 inventories answer
 *   "a) High-impact", "b) Presumed high-impact, but determined not high impact" or "c) Not high-impact", and
 *   report the minimum practices of a high-impact use case one by one.
 * - Its predecessor M-24-10 asked whether a use case is rights-impacting, safety-impacting, both or neither; the
 *   2024 inventories answer that.
 */
import type {
  BoardDocument,
  EuAiActCategory,
  Initiative,
  PracticeId,
  PracticeStatus,
  Regime,
  UsHighImpact,
  UsRightsSafety,
} from './board-schema';
import { euAiActCategorySchema, PRACTICE_IDS, practiceStatusSchema, REGIMES, usHighImpactSchema } from './board-schema';

export { PRACTICE_IDS, REGIMES };

/** The regimes of a board that has not chosen: the EU AI Act and the US high-impact determination. */
export const DEFAULT_REGIMES: readonly Regime[] = ['eu-ai-act', 'us-high-impact'];

/** The regimes the board classifies under, in the order REGIMES lists them. */
export function boardRegimes(board: Pick<BoardDocument, 'workshop'>): readonly Regime[] {
  return regimesChosen(board.workshop.regimes);
}

/** The regimes of a board whose setting (`workshop.regimes`) is this: absent means DEFAULT_REGIMES. */
export function regimesChosen(chosen: readonly Regime[] | undefined): readonly Regime[] {
  if (!chosen) return DEFAULT_REGIMES;
  return REGIMES.filter((regime) => chosen.includes(regime));
}

export const REGIME_LABELS: Record<Regime, string> = {
  'eu-ai-act': 'EU AI Act',
  'us-high-impact': 'US high-impact (OMB M-25-21)',
  'us-rights-safety': 'US rights/safety-impacting (OMB M-24-10)',
};

/** The card field that holds each regime's classification. */
export const REGIME_FIELDS = {
  'eu-ai-act': 'euAiAct',
  'us-high-impact': 'usHighImpact',
  'us-rights-safety': 'usRightsSafety',
} as const satisfies Record<Regime, keyof Initiative>;

export const NOT_ASSESSED = 'Not assessed';

export const EU_AI_ACT_LABELS: Record<EuAiActCategory, string> = {
  prohibited: 'Prohibited',
  'high-risk': 'High-risk',
  limited: 'Limited (transparency)',
  minimal: 'Minimal',
};

export const US_HIGH_IMPACT_LABELS: Record<UsHighImpact, string> = {
  'high-impact': 'High-impact',
  'presumed-not': 'Presumed high-impact, determined not',
  'not-high-impact': 'Not high-impact',
};

export const US_RIGHTS_SAFETY_LABELS: Record<UsRightsSafety, string> = {
  rights: 'Rights-impacting',
  safety: 'Safety-impacting',
  both: 'Rights- and safety-impacting',
  neither: 'Neither',
};

/** Each regime's values, most severe first, as the editor's menus and the swimlanes list them. */
export const REGIME_VALUES = {
  'eu-ai-act': euAiActCategorySchema.options,
  'us-high-impact': usHighImpactSchema.options,
  'us-rights-safety': ['both', 'rights', 'safety', 'neither'],
} as const satisfies { [R in Regime]: readonly NonNullable<Initiative[(typeof REGIME_FIELDS)[R]]>[] };

/** The words of each regime's values, keyed by regime then value: the editor's menus, the lanes, the gate. */
export const REGIME_VALUE_LABELS: {
  [R in Regime]: Record<NonNullable<Initiative[(typeof REGIME_FIELDS)[R]]>, string>;
} = {
  'eu-ai-act': EU_AI_ACT_LABELS,
  'us-high-impact': US_HIGH_IMPACT_LABELS,
  'us-rights-safety': US_RIGHTS_SAFETY_LABELS,
};

/**
 * The short words a card's badge shows for each classification that binds it (see `bindsUnder`), beside the full
 * labels above: a card has room for "Rights+safety", the editor for "Rights- and safety-impacting".
 */
export const BINDING_SHORT_LABELS: {
  [R in Regime]: Partial<Record<NonNullable<Initiative[(typeof REGIME_FIELDS)[R]]>, string>>;
} = {
  'eu-ai-act': { 'high-risk': 'EU high-risk' },
  'us-high-impact': { 'high-impact': 'High-impact' },
  'us-rights-safety': { rights: 'Rights-impacting', safety: 'Safety-impacting', both: 'Rights+safety' },
};

/** A card's classification under one regime, in words: "High-risk", or "Not assessed". */
export function classificationWords(initiative: Initiative, regime: Regime): string {
  const value = initiative[REGIME_FIELDS[regime]];
  return value === undefined ? NOT_ASSESSED : (REGIME_VALUE_LABELS[regime] as Record<string, string>)[value]!;
}

/** The card's classification under one regime, named: "EU AI Act: High-risk". */
export function regimeClassificationWords(initiative: Initiative, regime: Regime): string {
  return `${REGIME_LABELS[regime]}: ${classificationWords(initiative, regime)}`;
}

/** The card's classification under each regime the board uses, on one line: "EU AI Act: High-risk; US …". */
export function classificationLine(initiative: Initiative, regimes: readonly Regime[]): string {
  return regimes.map((regime) => regimeClassificationWords(initiative, regime)).join('; ');
}

export interface PracticeInfo {
  id: PracticeId;
  label: string;
  /** What the practice asks, in the words a room uses; the inventories' questions say the same at length. */
  question: string;
}

/**
 * The minimum practices, as M-25-21 lists them and the 2025 inventories report them. An EU high-risk system's
 * obligations cover the same ground (testing, a fundamental-rights impact assessment, conformity assessment,
 * post-market monitoring, AI literacy, human oversight, the right to an explanation), so one checklist serves both.
 */
export const PRACTICES: Record<PracticeId, PracticeInfo> = {
  testing: {
    id: 'testing',
    label: 'Pre-deployment testing',
    question: 'Has it been tested in conditions like real use before it reaches people?',
  },
  'impact-assessment': {
    id: 'impact-assessment',
    label: 'AI impact assessment',
    question: 'Has an impact assessment been completed: purpose, data, risks to people, and how they are mitigated?',
  },
  'independent-review': {
    id: 'independent-review',
    label: 'Independent review',
    question: 'Has someone not involved in building it reviewed it?',
  },
  monitoring: {
    id: 'monitoring',
    label: 'Ongoing monitoring',
    question: 'Is it monitored for adverse impacts to performance, security, privacy, rights and safety?',
  },
  training: {
    id: 'training',
    label: 'Operator training',
    question: 'Are its operators trained to interpret and act on its output?',
  },
  'fail-safe': {
    id: 'fail-safe',
    label: 'Fail-safe and human oversight',
    question: 'Can a person intervene, and does it fail safely, to keep the risk of significant harm low?',
  },
  appeal: {
    id: 'appeal',
    label: 'Appeal and remedy',
    question: 'Can a person affected contest its outcome and get it reviewed?',
  },
};

export const PRACTICE_STATUSES: readonly PracticeStatus[] = practiceStatusSchema.options;

export const PRACTICE_STATUS_LABELS: Record<PracticeStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  'not-applicable': 'Not applicable',
  waived: 'Waived',
};

/** A practice and where it stands, in one form everywhere: "AI impact assessment (in progress)". */
export function practiceWords(practice: PracticeId, status: PracticeStatus): string {
  return `${PRACTICES[practice].label} (${PRACTICE_STATUS_LABELS[status].toLowerCase()})`;
}

/** How many of the minimum practices are open, in one form everywhere: "3 of 7 practices open", "No practice open". */
export function openPracticesWords(open: number): string {
  return open ? `${open} of ${PRACTICE_IDS.length} practices open` : NO_PRACTICE_OPEN;
}

/** What a high-impact card with every practice done, not applicable or waived shows. */
export const NO_PRACTICE_OPEN = 'No practice open';

/** A practice's status on the card; one it does not list is not started. */
export function practiceStatus(initiative: Initiative, practice: PracticeId): PracticeStatus {
  return initiative.practices?.[practice]?.status ?? 'not-started';
}

/** Whether a status lets the card through the gate: done, not applicable, or formally waived. */
export function practiceSettled(status: PracticeStatus): boolean {
  return status === 'done' || status === 'not-applicable' || status === 'waived';
}

/**
 * Why the card needs the minimum practices, under the regimes the board uses: "EU AI Act: High-risk",
 * "US high-impact (OMB M-25-21): High-impact". Empty when it needs none (or is not assessed: the classification
 * criterion asks for that).
 */
export function practicesRequiredBy(initiative: Initiative, regimes: readonly Regime[]): string[] {
  const reasons: string[] = [];
  for (const regime of regimes) {
    if (bindsUnder(initiative, regime)) {
      reasons.push(regimeClassificationWords(initiative, regime));
    }
  }
  return reasons;
}

/**
 * Whether the card's classification under this regime binds it to the minimum practices: EU high-risk, US
 * high-impact, or rights- or safety-impacting. The one rule; `isHighImpact` asks it under the board's regimes.
 */
export function bindsUnder(initiative: Initiative, regime: Regime): boolean {
  switch (regime) {
    case 'eu-ai-act':
      return initiative.euAiAct === 'high-risk';
    case 'us-high-impact':
      return initiative.usHighImpact === 'high-impact';
    case 'us-rights-safety':
      return initiative.usRightsSafety !== undefined && initiative.usRightsSafety !== 'neither';
  }
}

/** Whether the card is high-impact or high-risk under a regime the board uses: the cards the practices bind. */
export function isHighImpact(initiative: Initiative, regimes: readonly Regime[]): boolean {
  return regimes.some((regime) => bindsUnder(initiative, regime));
}

/** The practices a high-impact or high-risk card has not settled, in checklist order; none for any other card. */
export function missingPractices(initiative: Initiative, regimes: readonly Regime[]): PracticeId[] {
  if (!isHighImpact(initiative, regimes)) return [];
  return PRACTICE_IDS.filter((practice) => !practiceSettled(practiceStatus(initiative, practice)));
}

/** The regimes the board uses under which the card is not assessed. */
export function unassessedRegimes(initiative: Initiative, regimes: readonly Regime[]): Regime[] {
  return regimes.filter((regime) => initiative[REGIME_FIELDS[regime]] === undefined);
}

/**
 * Whether the card is classified as a prohibited practice under the EU AI Act: it may only be stopped or held. This
 * holds whatever regimes the board shows: unticking the EU AI Act in Setup hides its field, it does not lift a
 * prohibition the room recorded (the gate dialog says why the card is blocked).
 */
export function isProhibited(initiative: Initiative): boolean {
  return initiative.euAiAct === 'prohibited';
}

/**
 * Whether the card keeps its classification or its practices from the room (the audience window): such a card is
 * left out of the audience's governance figures, and its classification, or its practices, of its screens.
 */
export function governanceKeptFromRoom(
  initiative: Initiative,
  part: 'classification' | 'practices' | 'either',
): boolean {
  const marks = initiative.confidential ?? [];
  return part === 'either' ? marks.includes('classification') || marks.includes('practices') : marks.includes(part);
}

/** Why a prohibited card cannot move forward, as the gate dialog and a refused decision say it. */
export const PROHIBITED_REASON =
  'It is classified as a prohibited practice under the EU AI Act, so it cannot move forward: the room can only stop it or hold it.';

/**
 * The card's practices with one practice changed: a practice not started and with no evidence is left out, as
 * one the card does not list is not started; undefined when none is left, so the card keeps no empty record.
 */
export function withPractice(
  practices: Initiative['practices'],
  practice: PracticeId,
  change: { status?: PracticeStatus; evidence?: string },
): Initiative['practices'] {
  const current = practices?.[practice];
  const status = change.status ?? current?.status ?? 'not-started';
  const given = 'evidence' in change ? change.evidence : current?.evidence;
  const evidence = given?.trim() ? given : undefined;
  const next = { ...practices };
  if (status === 'not-started' && evidence === undefined) delete next[practice];
  else next[practice] = evidence === undefined ? { status } : { status, evidence };
  return Object.keys(next).length ? next : undefined;
}
