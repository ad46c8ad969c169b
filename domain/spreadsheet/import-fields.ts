import type { PracticeId, Regime } from '../board-schema';
import type { FoundationId } from '../foundations';
import { FOUNDATION_IDS, FOUNDATIONS } from '../foundations';
import { PRACTICE_IDS, PRACTICES, REGIME_LABELS } from '../governance';
import type { StageId } from '../stages';
import { headerKey } from './header-text';

/** Every board field a spreadsheet column can fill, grouped as the import dialog's mapping menu shows them. */
const GROUPS = [
  {
    label: 'Initiative',
    fields: [
      'title',
      'ref',
      'id',
      'problem',
      'outcome',
      'kpi',
      'owner',
      'businessUnit',
      'sponsor',
      'source',
      'approach',
      'tags',
    ] as const,
  },
  {
    label: 'Stage and dates',
    fields: [
      'stage',
      'stageEnteredAt',
      'dateIdea',
      'datePilot',
      'dateScaling',
      'dateProduction',
      'dateStopped',
    ] as const,
  },
  { label: 'Risk and value', fields: ['riskTier', 'valueEstimate', 'costEstimate', 'currency', 'votes'] as const },
  { label: 'Readiness (0–4)', fields: FOUNDATION_IDS.map((f) => `readiness.${f}` as const) },
  { label: 'Evidence', fields: FOUNDATION_IDS.map((f) => `evidence.${f}` as const) },
  {
    label: 'Governance',
    fields: [
      'euAiAct',
      'usHighImpact',
      'usRightsSafety',
      'usRightsImpacting',
      'usSafetyImpacting',
      ...PRACTICE_IDS.map((p) => `practice.${p}` as const),
      ...PRACTICE_IDS.map((p) => `practiceEvidence.${p}` as const),
    ] as const,
  },
] as const;

export type ImportField = (typeof GROUPS)[number]['fields'][number];
export const IMPORT_FIELD_GROUPS: readonly { label: string; fields: readonly ImportField[] }[] = GROUPS;
/** The same fields in one list, for schemas and command-line checks. */
export const IMPORT_FIELDS = GROUPS.flatMap((group) => group.fields) as unknown as readonly [
  ImportField,
  ...ImportField[],
];

export const STAGE_DATE_FIELDS: Record<StageId, ImportField> = {
  idea: 'dateIdea',
  pilot: 'datePilot',
  scaling: 'dateScaling',
  production: 'dateProduction',
  stopped: 'dateStopped',
};

/** The regime whose classification each field fills: an import that maps one makes the board use that regime. */
export const REGIME_IMPORT_FIELDS: Record<Regime, readonly ImportField[]> = {
  'eu-ai-act': ['euAiAct'],
  'us-high-impact': ['usHighImpact'],
  'us-rights-safety': ['usRightsSafety', 'usRightsImpacting', 'usSafetyImpacting'],
};

const foundationLabel = (f: FoundationId) => FOUNDATIONS[f].label;
const practiceLabel = (p: PracticeId) => PRACTICES[p].label;

/** What each field is called in the import dialog and in Scaleboard's own export. */
export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  id: 'Scaleboard ID',
  ref: 'Reference',
  title: 'Title',
  problem: 'Problem',
  outcome: 'Desired outcome',
  kpi: 'KPI',
  owner: 'Owner',
  businessUnit: 'Business unit',
  sponsor: 'Sponsor',
  source: 'Source',
  approach: 'Approach',
  stage: 'Stage',
  stageEnteredAt: 'Stage entered',
  dateIdea: 'Date entered Ideas',
  datePilot: 'Date entered Pilot',
  dateScaling: 'Date entered Scaling',
  dateProduction: 'Date entered Production',
  dateStopped: 'Date stopped',
  riskTier: 'Risk tier',
  valueEstimate: 'Value estimate',
  costEstimate: 'Cost estimate',
  currency: 'Currency',
  tags: 'Tags',
  votes: 'Votes',
  ...(Object.fromEntries(FOUNDATION_IDS.map((f) => [`readiness.${f}`, `Readiness: ${foundationLabel(f)}`])) as Record<
    `readiness.${FoundationId}`,
    string
  >),
  ...(Object.fromEntries(FOUNDATION_IDS.map((f) => [`evidence.${f}`, `Evidence: ${foundationLabel(f)}`])) as Record<
    `evidence.${FoundationId}`,
    string
  >),
  euAiAct: REGIME_LABELS['eu-ai-act'],
  usHighImpact: REGIME_LABELS['us-high-impact'],
  usRightsSafety: REGIME_LABELS['us-rights-safety'],
  usRightsImpacting: 'US rights-impacting (yes/no)',
  usSafetyImpacting: 'US safety-impacting (yes/no)',
  ...(Object.fromEntries(PRACTICE_IDS.map((p) => [`practice.${p}`, `Practice: ${practiceLabel(p)}`])) as Record<
    `practice.${PracticeId}`,
    string
  >),
  // Not "Evidence: …", which is a foundation's readiness evidence.
  ...(Object.fromEntries(
    PRACTICE_IDS.map((p) => [`practiceEvidence.${p}`, `Practice evidence: ${practiceLabel(p)}`]),
  ) as Record<`practiceEvidence.${PracticeId}`, string>),
};

/** Scaleboard's own export header for a field, as a header key. */
const ownHeader = (field: ImportField) => headerKey(IMPORT_FIELD_LABELS[field]);

/**
 * The governance columns by meaning. The 2025 template's practice questions end in a practice name, and the same
 * name ("Practice: Complete AI Impact Assessment") closes several of them, so they are matched on the question.
 * Left as custom fields on purpose: the 2024 "Presumed … Category" and "Justification" columns, the "What steps …
 * feedback" question (free text, not a status), the extension request, and the 2023 "able to conduct ongoing
 * testing / monitor" questions, which ask about access to the code, not the minimum practices.
 */
const GOVERNANCE_SYNONYMS: Partial<Record<ImportField, string[]>> = {
  euAiAct: [
    ownHeader('euAiAct'),
    'eu ai act category',
    'eu ai act risk category',
    'eu ai act classification',
    'eu ai act risk',
    'ai act category',
    'ai act risk category',
    'ai act classification',
  ],
  usHighImpact: [
    ownHeader('usHighImpact'),
    'is the ai use case high impact',
    'high impact status',
    'high impact indicator',
    'high impact',
    'us high impact',
  ],
  usRightsSafety: [
    ownHeader('usRightsSafety'),
    'is the ai use case rights impacting safety impacting both or neither',
    'rights safety impacting',
    'rights or safety impacting',
    'us rights safety impacting',
  ],
  usRightsImpacting: [ownHeader('usRightsImpacting'), 'is the use case rights impacting', 'rights impacting'],
  usSafetyImpacting: [ownHeader('usSafetyImpacting'), 'is the use case safety impacting', 'safety impacting'],
  'practice.testing': [
    ownHeader('practice.testing'),
    'has pre deployment testing been conducted*',
    'has the ai use case been tested in operational or real world environments*',
    'predeployment testing indicator',
    'pre deployment testing',
  ],
  'practice.impact-assessment': [
    ownHeader('practice.impact-assessment'),
    'has an ai impact assessment been*',
    'ai impact assessment indicator',
  ],
  'practice.independent-review': [
    ownHeader('practice.independent-review'),
    // "as" for "an": the 2025 template's own typo.
    'has as independent review*',
    'has an independent review*',
    'has an independent evaluation*',
    'independent review indicator',
    'independent review',
  ],
  'practice.monitoring': [
    ownHeader('practice.monitoring'),
    'is there a process to conduct ongoing monitoring*',
    'is there a process to monitor performance*',
    'ongoing monitoring indicator',
    'ongoing monitoring',
  ],
  'practice.training': [
    ownHeader('practice.training'),
    'has the agency established sufficient and periodic training*',
    'operator training indicator',
    'operator training',
  ],
  // 2024 asked for human oversight the other way round (see isInvertedPracticeQuestion).
  'practice.fail-safe': [
    ownHeader('practice.fail-safe'),
    'does this ai use case have an appropriate fail safe*',
    'for this particular use case can the ai carry out a decision or action without direct human involvement*',
    'fail safe indicator',
    'fail safe',
  ],
  // DHS 2024 has the fallback question twice; suggestMapping takes the copy whose values read as answers.
  'practice.appeal': [
    ownHeader('practice.appeal'),
    'is there an established appeal process*',
    'is there an established fallback and escalation process*',
    'appeal process indicator',
    'appeal process',
  ],
  ...Object.fromEntries(PRACTICE_IDS.map((p) => [`practiceEvidence.${p}`, [ownHeader(`practiceEvidence.${p}`)]])),
};

/**
 * Headers that mean a field, best first, as header keys (see headerKey). They include the headings of the US
 * federal AI use-case inventories (2023 to 2025 templates and agency variants) and of Scaleboard's own export.
 * An entry ending in `*` matches any header that starts with it.
 */
const SYNONYMS: Partial<Record<ImportField, string[]>> = {
  id: ['scaleboard id'],
  ref: ['reference', 'ref', 'use case id*', 'use case identifier', 'id', 'initiative id', 'project id', 'your ref #'],
  title: [
    'title',
    'use case name',
    'ai use case name',
    'initiative',
    'initiative name',
    'name',
    'project name',
    'project',
    'use case',
    'use case title',
  ],
  problem: [
    'problem',
    'problem statement',
    'problem to be solved',
    'problem description',
    'what problem is the ai intended to solve',
    'summary of use case',
    'summary',
    'description',
    'use case summary',
  ],
  outcome: [
    'desired outcome',
    'outcome',
    'expected outcome',
    'expected benefits',
    'benefit description',
    'what are the expected benefits*',
    'what is the intended purpose and expected benefits of the ai',
    'intended purpose and expected benefits',
    'benefits',
  ],
  kpi: ['kpi', 'kpis', 'success measure', 'success measures', 'success metric', 'metric', 'metrics'],
  // With no owner column, the person to contact is the nearest thing to one: without it, every card imported
  // fails the gate's "owner named" check. A name is better than an e-mail address.
  owner: [
    'owner',
    'business owner',
    'initiative owner',
    'product owner',
    'accountable owner',
    'lead',
    'contact name',
    'point of contact',
    'point of contact name',
    'poc',
    'poc name',
    'contact',
    'last name first name',
    'contact email address',
    'email address',
    'poc email',
    'email',
    'e mail',
    'e mail address',
  ],
  // The most specific organisational unit first (office or bureau before department or agency); the others stay
  // custom fields.
  businessUnit: [
    'business unit',
    'office with ai use case',
    'bureau component',
    'bureau',
    'sub agency',
    'subagency',
    'component',
    'va admin or staff office',
    'office',
    'program office',
    'staff office',
    'division',
    'business area',
    'unit',
    'department',
    'agency with ai use case',
    'agency name',
    'agency',
  ],
  sponsor: ['sponsor', 'executive sponsor', 'business sponsor'],
  source: ['source', 'idea source', 'origin'],
  approach: [
    'approach',
    'ai classification',
    'ai tech classification',
    'technique',
    'ai technique',
    'technology',
    'ai approach',
  ],
  stage: [
    'stage',
    'stage of development',
    'development stage',
    'stage of system development life cycle',
    'what stage of production is the ai in',
    'lifecycle stage',
    'phase',
    'status',
  ],
  stageEnteredAt: [
    'stage entered',
    'date when ai use case became operational or the pilot s start date',
    'date when ai use case became operational*',
    'operation date',
    'stage start date',
  ],
  // The federal development-or-acquisition phase is Ideas (see stage-suggestion.ts), so is the date it began.
  dateIdea: [
    'date entered ideas',
    'date initiated',
    'initiation date',
    'date when acquisition and or development began',
    'date when development and or acquisition began',
  ],
  datePilot: ['date entered pilot', 'pilot start date'],
  dateScaling: ['date entered scaling', 'date implemented', 'implementation date'],
  dateProduction: [
    'date entered production',
    'date deployed into operations',
    'date deployed',
    'go live date',
    'production date',
  ],
  dateStopped: ['date stopped', 'date retired', 'retired date', 'retirement date'],
  riskTier: ['risk tier', 'risk level', 'risk', 'risk rating'],
  valueEstimate: ['value estimate', 'estimated value', 'value', 'annual value', 'expected value', 'benefit value'],
  costEstimate: ['cost estimate', 'estimated cost', 'cost', 'budget'],
  currency: ['currency'],
  tags: ['tags', 'labels', 'use case topic area', 'topic area', 'category'],
  votes: ['votes'],
  ...Object.fromEntries(
    FOUNDATION_IDS.map((f) => [`readiness.${f}`, [headerKey(`Readiness: ${foundationLabel(f)}`), `${f} readiness`]]),
  ),
  ...Object.fromEntries(FOUNDATION_IDS.map((f) => [`evidence.${f}`, [headerKey(`Evidence: ${foundationLabel(f)}`)]])),
  ...GOVERNANCE_SYNONYMS,
};

/** Columns of Scaleboard's own export that are worked out from other fields and are not read back. */
export const DERIVED_EXPORT_HEADERS = new Set(['days in stage', 'created', 'updated']);

/** How well a header means a field: 0 for not at all, higher for an earlier synonym; exact beats prefix. */
export function synonymScore(field: ImportField, header: string): number {
  return keyScore(field, headerKey(header));
}

function keyScore(field: ImportField, key: string): number {
  const list = SYNONYMS[field] ?? [];
  for (let i = 0; i < list.length; i += 1) {
    const synonym = list[i]!;
    const matched = synonym.endsWith('*') ? key.startsWith(synonym.slice(0, -1)) : key === synonym;
    if (matched) return (synonym.endsWith('*') ? 50 : 100) - i;
  }
  return 0;
}

/** Whether a header means some field: the header's key is worked out once, not once per field. */
export function isKnownHeader(header: string): boolean {
  const key = headerKey(header);
  return IMPORT_FIELDS.some((field) => keyScore(field, key) > 0);
}
