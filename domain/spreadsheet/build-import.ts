import type { InitiativeSource, RiskTier } from '../board-schema';
import type { FoundationId, ReadinessLevel } from '../foundations';
import { FOUNDATION_IDS } from '../foundations';
import type { StageId } from '../stages';
import { STAGE_IDS } from '../stages';
import type { ColumnMapping } from './column-mapping';
import { customColumns } from './column-mapping';
import { readDate } from './dates';
import type { Reading } from './field-values';
import { readAmount, readReadiness, readRiskTier, readSource, readTags, readVotes } from './field-values';
import { columnLetter, distinctHeaders } from './header-text';
import type { ImportField } from './import-fields';
import { IMPORT_FIELD_LABELS, STAGE_DATE_FIELDS } from './import-fields';
import { stageValueKey } from './stage-suggestion';
import type { TableRow } from './table';
import { cellText, isEmptyCell, isEmptyRow } from './table';
import { safeRecordKey } from '../records';

/** The limits of the board document, applied with a reported problem rather than a refused file. */
const MAX_TITLE = 500;
const MAX_SHORT = 500;
const MAX_LONG = 20_000;

export interface ImportOptions {
  /** Zero-based index of the header row in the table. */
  headerRow: number;
  mapping: ColumnMapping;
  /** Columns the user chose not to keep at all. */
  ignoredColumns?: number[];
  /** Stage for each distinct stage value, keyed by stageValueKey. */
  stageMap: Record<string, StageId>;
  /** Stage for rows whose stage is blank, and for values the stage map does not cover. */
  blankStage: StageId;
  date1904: boolean;
}

/** A card as read from one row: the fields it sets, ready to add to a board or to update a card with. */
export interface ImportedCard {
  /** The spreadsheet row number, 1-based, as the user sees it. */
  row: number;
  id?: string;
  ref?: string;
  title: string;
  stage: StageId;
  stageEnteredAt?: string;
  fields: {
    problem?: string;
    outcome?: string;
    kpi?: string;
    owner?: string;
    businessUnit?: string;
    sponsor?: string;
    source?: InitiativeSource;
    approach?: string;
    riskTier?: RiskTier;
    valueEstimate?: number;
    costEstimate?: number;
    currency?: string;
    tags?: string[];
    votes?: Record<string, number>;
    readiness?: Partial<Record<FoundationId, ReadinessLevel>>;
    readinessNotes?: Partial<Record<FoundationId, string>>;
  };
  custom: Record<string, string>;
}

export interface RowProblem {
  row: number;
  column?: string;
  message: string;
  /** True when the row was not imported at all (kept for reports; no row is skipped today). */
  skipped: boolean;
}

export interface BuiltImport {
  cards: ImportedCard[];
  problems: RowProblem[];
  /** Non-empty rows under the header. */
  rows: number;
  /** Custom fields the import brings, as key and header. */
  customFields: { key: string; label: string }[];
  stages: Record<StageId, number>;
  /** Rows whose stage cell was blank, placed in the blank stage. */
  blankStage: number;
}

/** A custom field key from a header: stable across imports of the same layout. */
export function customFieldKey(label: string): string {
  return safeRecordKey(label.trim().slice(0, 500));
}

/**
 * Turns the rows under the header into cards, with every problem reported by spreadsheet row number: a row with
 * no title is skipped; an unreadable number, date, level or tier leaves that field empty; nothing else is lost.
 * Columns that fill no field are kept on each card as custom fields.
 */
export function buildImport(
  rows: TableRow[],
  headers: string[],
  options: ImportOptions,
  onProgress?: (done: number, total: number) => void,
): BuiltImport {
  const steps = buildImportSteps(rows, headers, options);
  for (;;) {
    const step = steps.next();
    if (step.done) {
      onProgress?.(rows.length, rows.length);
      return step.value;
    }
    onProgress?.(step.value.done, step.value.total);
  }
}

/**
 * buildImport in steps: yields how many rows are done every `chunk` rows, so a caller can report progress and
 * let other work run between steps; returns the same result.
 */
export function* buildImportSteps(
  rows: TableRow[],
  headers: string[],
  options: ImportOptions,
  chunk = 2000,
): Generator<{ done: number; total: number }, BuiltImport, void> {
  const labels = distinctHeaders(headers);
  const { mapping } = options;
  const customs = customColumns(labels, mapping, options.ignoredColumns);
  const keptCustoms = new Set<number>();
  const cards: ImportedCard[] = [];
  const problems: RowProblem[] = [];
  const stages = Object.fromEntries(STAGE_IDS.map((s) => [s, 0])) as Record<StageId, number>;
  let blankStage = 0;
  let dataRows = 0;

  for (let index = options.headerRow + 1; index < rows.length; index += 1) {
    if ((index - options.headerRow) % chunk === 0)
      yield { done: index - options.headerRow, total: rows.length - options.headerRow - 1 };
    const cells = rows[index];
    if (isEmptyRow(cells)) continue;
    dataRows += 1;
    const row = index + 1;
    const raw = (field: ImportField): string => {
      const column = mapping[field];
      return column === undefined ? '' : cellText(cells![column]);
    };
    const text = (field: ImportField): string => raw(field).trim();
    const report = (field: ImportField, message: string, skipped = false) =>
      problems.push({ row, column: columnName(field), message, skipped });
    const columnName = (field: ImportField) => {
      const column = mapping[field];
      return column === undefined ? IMPORT_FIELD_LABELS[field] : `${labels[column]} (${columnLetter(column)})`;
    };
    const limited = (field: ImportField, value: string, max: number): string => {
      if (value.length <= max) return value;
      report(
        field,
        `the text is ${value.length.toLocaleString('en')} characters; only the first ${max.toLocaleString('en')} were kept`,
      );
      return value.slice(0, max);
    };
    const typed = <T>(field: ImportField, read: (text: string) => Reading<T>): T | undefined => {
      const value = text(field);
      if (!value) return undefined;
      const reading = read(value);
      if ('error' in reading) report(field, `${reading.error}; left empty`);
      return 'value' in reading ? reading.value : undefined;
    };

    // A row with data but no title is still an initiative: it is named after its reference or its row, and said so.
    let title = text('title');
    if (!title) {
      title = text('ref') || `Untitled (row ${row})`;
      report('title', `no title; named “${title.slice(0, MAX_TITLE)}”`);
    }

    const stageText = text('stage');
    let stage = options.blankStage;
    if (!stageText) {
      blankStage += 1;
    } else {
      const mapped = options.stageMap[stageValueKey(stageText)];
      if (mapped) stage = mapped;
      else report('stage', `unknown stage “${stageText}”; placed in ${options.blankStage}`);
    }
    stages[stage] += 1;

    const card: ImportedCard = { row, title: limited('title', title, MAX_TITLE), stage, fields: {}, custom: {} };
    const id = text('id');
    if (id) card.id = id.slice(0, 100);
    const ref = text('ref');
    if (ref) card.ref = limited('ref', ref, MAX_SHORT);

    const enteredAt = readStageDate(cells!, mapping, stage, options.date1904);
    if (enteredAt.error && enteredAt.field)
      report(enteredAt.field, `${enteredAt.error}; the stage date is left as the import date`);
    if (enteredAt.value) card.stageEnteredAt = enteredAt.value;

    const f = card.fields;
    // Long text is kept as written; names are trimmed, so "Claims " and "Claims" are one business unit.
    for (const field of ['problem', 'outcome', 'kpi'] as const) {
      if (text(field)) f[field] = limited(field, raw(field), MAX_LONG);
    }
    for (const field of ['owner', 'businessUnit', 'sponsor', 'approach'] as const) {
      const value = text(field);
      if (value) f[field] = limited(field, value, MAX_SHORT);
    }
    const currency = text('currency');
    if (currency) f.currency = currency.slice(0, 10);
    const source = typed('source', readSource);
    if (source) f.source = source;
    const riskTier = typed('riskTier', readRiskTier);
    if (riskTier) f.riskTier = riskTier;
    const value = typed('valueEstimate', readAmount);
    if (value !== undefined) f.valueEstimate = value;
    const cost = typed('costEstimate', readAmount);
    if (cost !== undefined) f.costEstimate = cost;
    const tags = text('tags');
    if (tags) f.tags = readTags(tags).map((t) => t.slice(0, MAX_SHORT));
    const votes = typed('votes', readVotes);
    if (votes) f.votes = votes;
    for (const foundation of FOUNDATION_IDS) {
      const level = typed(`readiness.${foundation}`, readReadiness);
      if (level !== undefined) f.readiness = { ...f.readiness, [foundation]: level };
      if (text(`evidence.${foundation}`)) {
        f.readinessNotes = {
          ...f.readinessNotes,
          [foundation]: limited(`evidence.${foundation}`, raw(`evidence.${foundation}`), MAX_LONG),
        };
      }
    }

    for (const column of customs) {
      const cell = cells![column];
      if (isEmptyCell(cell)) continue;
      const value = cellText(cell);
      const label = labels[column]!;
      if (value.length > MAX_LONG) {
        problems.push({
          row,
          column: `${label} (${columnLetter(column)})`,
          message: `the text is ${value.length.toLocaleString('en')} characters; only the first ${MAX_LONG.toLocaleString('en')} were kept`,
          skipped: false,
        });
      }
      card.custom[customFieldKey(label)] = value.slice(0, MAX_LONG);
      keptCustoms.add(column);
    }
    cards.push(card);
  }

  const customFields = customs
    .filter((column) => keptCustoms.has(column))
    .map((column) => ({ key: customFieldKey(labels[column]!), label: labels[column]! }));
  return { cards, problems, rows: dataRows, customFields, stages, blankStage };
}

/** The date a row entered its stage: that stage's own date column, else the general one. */
function readStageDate(
  cells: TableRow,
  mapping: ColumnMapping,
  stage: StageId,
  date1904: boolean,
): { value?: string; error?: string; field?: ImportField } {
  for (const field of [STAGE_DATE_FIELDS[stage], 'stageEnteredAt'] as ImportField[]) {
    const column = mapping[field];
    if (column === undefined) continue;
    const reading = readDate(cells[column], date1904);
    if ('value' in reading) return { value: reading.value };
    if ('error' in reading) return { error: reading.error, field };
  }
  return {};
}
