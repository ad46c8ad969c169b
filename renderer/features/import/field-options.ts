import type { ImportField } from '../../../domain';
import { FOUNDATION_IDS, IMPORT_FIELD_LABELS } from '../../../domain';

/** The board fields a column can fill, grouped as the mapping menu shows them. */
export const FIELD_GROUPS: { label: string; fields: ImportField[] }[] = [
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
    ],
  },
  {
    label: 'Stage and dates',
    fields: ['stage', 'stageEnteredAt', 'dateIdea', 'datePilot', 'dateScaling', 'dateProduction', 'dateStopped'],
  },
  { label: 'Risk and value', fields: ['riskTier', 'valueEstimate', 'costEstimate', 'currency', 'votes'] },
  { label: 'Readiness (0–4)', fields: FOUNDATION_IDS.map((f) => `readiness.${f}` as const) },
  { label: 'Evidence', fields: FOUNDATION_IDS.map((f) => `evidence.${f}` as const) },
];

export const fieldLabel = (field: ImportField) => IMPORT_FIELD_LABELS[field];

/** The select value for a column: a field, or keep it as a custom field, or leave it out. */
export const KEEP = '__keep';
export const SKIP = '__skip';
