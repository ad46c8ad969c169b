import type { ImportField } from '../../../domain';
import { IMPORT_FIELD_LABELS } from '../../../domain';

export const fieldLabel = (field: ImportField) => IMPORT_FIELD_LABELS[field];

/** The select value for a column: a field, or keep it as a custom field, or leave it out. */
export const KEEP = '__keep';
export const SKIP = '__skip';
