import type { ImportField } from './import-fields';
import { DERIVED_EXPORT_HEADERS, IMPORT_FIELDS, synonymScore } from './import-fields';
import { headerKey } from './header-text';

/** Which column (by index) fills each board field; a field with no column is absent. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** A mapping the user saved for a sheet layout, by header text, so it survives columns being moved. */
export type SavedMapping = Partial<Record<ImportField, string>>;

/**
 * Matches board fields to columns: first the user's saved mapping for this layout, then synonyms, best match
 * first. A column fills at most one field. When a field's best synonym matches several columns (a duplicated
 * header), `fit` says how many of each column's values the field reads, and the column that reads most wins;
 * without it, or on a tie, the leftmost.
 */
export function suggestMapping(
  headers: string[],
  saved?: SavedMapping,
  fit?: (field: ImportField, column: number) => number,
): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  if (saved) {
    for (const [field, header] of Object.entries(saved) as [ImportField, string][]) {
      const index = headers.findIndex((h, i) => !used.has(i) && h === header);
      if (index >= 0 && IMPORT_FIELDS.includes(field)) {
        mapping[field] = index;
        used.add(index);
      }
    }
  }
  const candidates: { field: ImportField; column: number; score: number }[] = [];
  for (const field of IMPORT_FIELDS) {
    if (mapping[field] !== undefined) continue;
    headers.forEach((header, column) => {
      const score = synonymScore(field, header);
      if (score > 0) candidates.push({ field, column, score });
    });
  }
  // A field's columns that tie for its best score are ranked by how many of their values the field reads.
  const rank = new Map<(typeof candidates)[number], number>();
  if (fit) {
    const tied = new Map<string, (typeof candidates)[number][]>();
    for (const candidate of candidates) {
      const key = `${candidate.field} ${candidate.score}`;
      tied.set(key, [...(tied.get(key) ?? []), candidate]);
    }
    for (const group of tied.values()) {
      if (group.length < 2) continue;
      const fits = group.map((candidate) => ({ candidate, fit: fit(candidate.field, candidate.column) }));
      fits.sort((a, b) => b.fit - a.fit || a.candidate.column - b.candidate.column);
      fits.forEach(({ candidate }, i) => rank.set(candidate, i));
    }
  }
  // Best score first; on a tie, the leftmost column, which is usually the primary one.
  candidates.sort((a, b) => b.score - a.score || (rank.get(a) ?? 0) - (rank.get(b) ?? 0) || a.column - b.column);
  for (const { field, column } of candidates) {
    if (mapping[field] !== undefined || used.has(column)) continue;
    mapping[field] = column;
    used.add(column);
  }
  return mapping;
}

/** What a column becomes in an import: the board field it fills, a custom field of its own, or nothing. */
export type ColumnUse = ImportField | 'custom' | 'left-out';

/** The columns' part of an import's choices (ImportChoices). */
export interface ColumnChoices {
  /** The column each field is read from, by index, as the import dialog sends it. */
  mapping: ColumnMapping;
  /** Columns kept neither as a field nor as a custom field. */
  ignoredColumns: number[];
}

/**
 * Gives a column one use. As in suggestMapping, a column fills at most one field and a field has one column: the
 * field the column filled before loses it, and a field given to it leaves the column it had.
 */
export function assignColumn(columns: ColumnChoices, column: number, use: ColumnUse): ColumnChoices {
  const mapping: ColumnMapping = { ...columns.mapping };
  for (const [field, index] of Object.entries(mapping)) if (index === column) delete mapping[field as ImportField];
  const ignoredColumns = columns.ignoredColumns.filter((c) => c !== column);
  if (use === 'left-out') ignoredColumns.push(column);
  else if (use !== 'custom') mapping[use] = column;
  return { mapping, ignoredColumns };
}

/** The use a column has among the choices: the field it fills, else left out or kept as a custom field. */
export function columnUse(columns: ColumnChoices, column: number): ColumnUse {
  for (const [field, index] of Object.entries(columns.mapping)) if (index === column) return field as ImportField;
  return columns.ignoredColumns.includes(column) ? 'left-out' : 'custom';
}

/** The mapping as header text, for saving and for reports. */
export function mappingByHeader(mapping: ColumnMapping, headers: string[]): SavedMapping {
  const saved: SavedMapping = {};
  for (const [field, column] of Object.entries(mapping) as [ImportField, number][]) {
    if (headers[column] !== undefined) saved[field] = headers[column];
  }
  return saved;
}

/**
 * Columns kept as custom fields: every column that fills no field and that the user did not set aside. In a
 * Scaleboard export (it has a Scaleboard ID column), the columns worked out from other fields are not read back.
 */
export function customColumns(headers: string[], mapping: ColumnMapping, ignored: readonly number[] = []): number[] {
  const mapped = new Set(Object.values(mapping));
  const skip = new Set(ignored);
  const ownExport = mapping.id !== undefined;
  return headers
    .map((header, index) => ({ header, index }))
    .filter(({ index }) => !mapped.has(index) && !skip.has(index))
    .filter(({ header }) => !(ownExport && DERIVED_EXPORT_HEADERS.has(headerKey(header))))
    .map(({ index }) => index);
}

/** What the user chose for columns, by header text, so the choices outlive a change of sheet or header row. */
export type ColumnUsesByHeader = Record<string, ColumnUse>;

/**
 * The choices with the user's own column uses laid over them, matched by header text: after a change of header
 * row the columns are read afresh, and a header that is still there keeps what the user chose for it.
 */
export function withColumnUses(
  columns: ColumnChoices,
  headers: readonly string[],
  uses: ColumnUsesByHeader,
): ColumnChoices {
  let result = columns;
  headers.forEach((header, column) => {
    const use = Object.hasOwn(uses, header) ? uses[header] : undefined;
    if (use !== undefined) result = assignColumn(result, column, use);
  });
  return result;
}
