/**
 * The governance columns of every federal layout in the shared fixtures, with their headers as the files write
 * them (line breaks, double spaces, curly quotes), map to the governance fields by meaning.
 */
import type { ImportField, TableRow, WorkbookTables } from '../../../../domain';
import {
  distinctHeaders,
  IMPORT_FIELD_GROUPS,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  inspectWorkbook,
  suggestMapping,
} from '../../../../domain';

/** The field each header maps to, among headers as inspect makes them (normalised, duplicates numbered). */
function mapped(raw: string[]): Record<string, ImportField | undefined> {
  const headers = distinctHeaders(raw);
  const mapping = suggestMapping(headers);
  const byColumn = new Map(Object.entries(mapping).map(([field, column]) => [column, field as ImportField]));
  return Object.fromEntries(raw.map((header, column) => [header, byColumn.get(column)]));
}

const TEMPLATE_2025: [string, ImportField][] = [
  ['Is the AI use case high-impact?', 'usHighImpact'],
  [
    'Has pre-deployment testing been conducted for this AI  use case? \n\n\n\n\nPractice: Complete AI Impact Assessment',
    'practice.testing',
  ],
  [
    'Has an AI impact assessment been completed for this AI use case? \n\n\n\nPractice: Complete AI Impact Assessment',
    'practice.impact-assessment',
  ],
  [
    'Has as independent review  of the AI use case been  conducted?    \n\n\n\n\nSub practice Complete AI  Impact Assessment',
    'practice.independent-review',
  ],
  [
    'Is there a process to conduct\nongoing monitoring to\nidentify any adverse impacts\nto the performance and\nsecurity of the AI functionality, as well as to privacy, civil rights, and civil liberties?\n\nPractice: Conduct Ongoing Monitoring for Performance and Potential Adverse Impacts',
    'practice.monitoring',
  ],
  [
    'Has the agency established sufficient and periodic  training for operators of the  AI to interpret and act on the  its output and managed associated risks?\n\n\nPractice: Ensure Adequate Human Training and Assessment',
    'practice.training',
  ],
  [
    'Does this AI use case have an appropriate fail-safe that minimizes the risk of significant harm?\n\n\n\n\n\nPractice: Provide Additional Human Oversight, Intervention, and Accountability',
    'practice.fail-safe',
  ],
  [
    'Is there an established appeal process in the event that an impacted individual would like to appeal or  contest the AI system’s  outcome?\n\n\nPractice: Offer Consistent Remedies or Appeals',
    'practice.appeal',
  ],
];

const CONSOLIDATED_2024: [string, ImportField][] = [
  ['Is the AI use case rights-impacting, safety-impacting, both, or neither?', 'usRightsSafety'],
  ['Has an AI impact assessment been conducted for this AI use case?', 'practice.impact-assessment'],
  [
    'Has the AI use case been tested in operational or real-world environments to understand the performance and impact it may have on affected individuals or communities?',
    'practice.testing',
  ],
  ['Has an independent evaluation of the AI use case been conducted?', 'practice.independent-review'],
  [
    'Is there a process to monitor performance of the AI system’s functionality and changes to its impact on rights or safety as part of the post-deployment plan for the AI use case?',
    'practice.monitoring',
  ],
  [
    'For this particular use case, can the AI carry out a decision or action without direct human involvement that could result in a significant impact on rights or safety?',
    'practice.fail-safe',
  ],
  [
    'Is there an established fallback and escalation process for this AI use case in the event that an impacted individual or group would like to appeal or contest the AI system’s outcome?',
    'practice.appeal',
  ],
];

const DOT_SOCRATA: [string, ImportField][] = [
  ['High Impact Indicator', 'usHighImpact'],
  ['Predeployment Testing Indicator', 'practice.testing'],
  ['AI Impact Assessment Indicator', 'practice.impact-assessment'],
  ['Independent Review Indicator', 'practice.independent-review'],
  ['Ongoing Monitoring Indicator', 'practice.monitoring'],
  ['Operator Training Indicator', 'practice.training'],
  ['Fail Safe Indicator', 'practice.fail-safe'],
  ['Appeal Process Indicator', 'practice.appeal'],
];

/** Columns that stay custom fields on purpose: they are not a classification nor a practice's status. */
const LEFT_CUSTOM = [
  'What are the potential  impacts of using the AI for  this particular use case and  how were they identified?    \n\n\n\nSubpractice: Complete AI  Impact Assessment',
  'What steps has the agency taken to consult and incorporate feedback from end users of this AI use case and the public?\n\n\n\n\nPractice: Consult and Incorporate Feedback from End Users and the Public',
  'Justification',
  'High Impact Justification',
  'Presumed Rights-Impacting Category',
  'Presumed Safety-Impacting Category',
  'Provide the CAIO Determination Justification if the Use Case does not satisfy the definition of a Safety or Rights Impacting Use Case.',
  'Has your agency requested an extension to implement the minimum risk management practices for this AI use case?',
  'What are the key risks from using the AI for this particular use case and how were they identified?',
  'Is this AI use case supporting a High-Impact Service Provider (HISP) public-facing service?',
  'End User Feedback Description',
  'Potential Impact Description',
  '7D. Is the agency able to conduct ongoing testing on the code?',
];

describe('the governance columns of the federal inventories', () => {
  it.each([
    ['the 2025 template (consolidated, DHS, DOJ, ED)', TEMPLATE_2025],
    ['the 2024 consolidated inventory', CONSOLIDATED_2024],
    ['DOT’s Socrata export', DOT_SOCRATA],
  ])('maps each governance column of %s by meaning', (_, columns) => {
    const raw = ['Use Case Name', ...columns.map(([header]) => header), ...LEFT_CUSTOM];
    const fields = mapped(raw);
    for (const [header, field] of columns) expect(fields[header], header).toBe(field);
    for (const header of LEFT_CUSTOM) expect(fields[header], header).toBeUndefined();
  });

  it('maps VA’s renamed high-impact column', () => {
    expect(mapped(['Use Case Name', 'High-Impact Status'])['High-Impact Status']).toBe('usHighImpact');
  });

  it('maps DHS 2024’s two Yes/No columns to the rights and safety halves', () => {
    const fields = mapped([
      'Use Case Name',
      'Is the Use Case Rights-Impacting?',
      'Presumed Rights-Impacting Category',
      'Is the Use Case Safety-Impacting?',
      'Presumed Safety-Impacting Category',
    ]);
    expect(fields['Is the Use Case Rights-Impacting?']).toBe('usRightsImpacting');
    expect(fields['Is the Use Case Safety-Impacting?']).toBe('usSafetyImpacting');
    expect(fields['Presumed Rights-Impacting Category']).toBeUndefined();
  });

  it('does not take a practice for the impact assessment because its header ends in “Practice: Complete AI Impact Assessment”', () => {
    const fields = mapped(['Use Case Name', TEMPLATE_2025[1]![0]]);
    expect(fields[TEMPLATE_2025[1]![0]]).toBe('practice.testing');
  });

  it('maps Scaleboard’s own export headers back to their fields', () => {
    const governance = IMPORT_FIELD_GROUPS.find((group) => group.label === 'Governance')!.fields;
    const headers = ['Title', ...governance.map((field) => IMPORT_FIELD_LABELS[field])];
    const mapping = suggestMapping(headers);
    for (const field of governance) expect(headers[mapping[field]!], field).toBe(IMPORT_FIELD_LABELS[field]);
  });

  it('labels practice evidence apart from a foundation’s readiness evidence', () => {
    const labels = IMPORT_FIELDS.map((field) => IMPORT_FIELD_LABELS[field]);
    expect(new Set(labels).size).toBe(labels.length);
    expect(IMPORT_FIELD_LABELS['practice.impact-assessment']).toBe('Practice: AI impact assessment');
    expect(IMPORT_FIELD_LABELS['practiceEvidence.impact-assessment']).toBe('Practice evidence: AI impact assessment');
  });
});

describe('DHS 2024’s appeal question, asked twice', () => {
  const appeal =
    'Is there an established fallback and escalation process for this AI use case in the event that an impacted individual or group would like to appeal or contest the AI system’s outcome?';
  const note =
    '(N/A - Affected groups in this use case are CSEA victims. Other investigative methods are always paired with use of this tool.';

  /** Columns 65 and 66 of the file, in miniature: the first holds one stray note, the second the answers. */
  function workbook(first: (string | null)[], second: (string | null)[]): WorkbookTables {
    const rows: TableRow[] = [
      ['Use Case Name', appeal, appeal, 'If No, please explain.'],
      ...first.map((cell, i): TableRow => [`Use case ${i + 1}`, cell, second[i] ?? null, null]),
    ];
    return { fileName: 'dhs-2024.csv', date1904: false, sheets: [{ name: 'dhs-2024', hidden: false, rows }] };
  }

  it('takes the copy whose values are answers, and keeps the other as a custom field', () => {
    const inspected = inspectWorkbook(
      workbook([null, note, null, null], ['Yes', 'No - it is not operationally practical to offer this', null, 'Yes']),
    );
    if (!inspected.ok) throw new Error(inspected.error.message);
    const { mapping, headers } = inspected.value;
    expect(mapping['practice.appeal']).toBe(2);
    expect(headers[2]).toBe(`${appeal.replace('’', "'")} (2)`);
    expect(Object.values(mapping)).not.toContain(1);
  });

  it('takes the first copy when it is the one that holds the answers', () => {
    const inspected = inspectWorkbook(workbook(['Yes', 'No', null, 'Yes'], [null, note, null, null]));
    if (!inspected.ok) throw new Error(inspected.error.message);
    expect(inspected.value.mapping['practice.appeal']).toBe(1);
  });

  it('takes the leftmost copy when neither reads better', () => {
    expect(suggestMapping(distinctHeaders(['Use Case Name', appeal, appeal]))['practice.appeal']).toBe(1);
  });
});
