import { defaultStages, stageLabel } from '../board';
import type { InitiativeSource, Regime, RiskTier, StageConfig } from '../board-schema';
import { BOARD_LIMITS } from '../board-schema';
import { cutText } from '../cut-text';
import type { FoundationId, ReadinessLevel } from '../foundations';
import { FOUNDATION_IDS } from '../foundations';
import type { StageId } from '../stages';
import { STAGE_IDS } from '../stages';
import type { ColumnMapping } from './column-mapping';
import { readDate } from './dates';
import type { Reading } from './field-values';
import { readAmount, readReadiness, readRiskTier, readSource, readTags, readVotes } from './field-values';
import { columnLetter, distinctHeaders } from './header-text';
import type { ImportField } from './import-fields';
import { IMPORT_FIELD_LABELS, STAGE_DATE_FIELDS } from './import-fields';
import type { GovernanceFields } from './import-governance';
import { governanceRowReader, importedRegimes, splitColumnProblem } from './import-governance';
import { customColumnsWithinLimits, formatCount, keptTags, keptVotes } from './import-limits';
import { stageValueKey } from './stage-suggestion';
import { emptyTitleColumnProblem, isColumnEmpty } from './title-column';
import type { TableRow } from './table';
import { cellText, isEmptyCell, isEmptyRow } from './table';

/** The limits of the board document, applied with a reported problem rather than a refused file. */
const {
  titleLength: MAX_TITLE,
  shortTextLength: MAX_SHORT,
  longTextLength: MAX_LONG,
  idLength: MAX_ID,
  currencyLength: MAX_CURRENCY,
  initiatives: MAX_CARDS,
} = BOARD_LIMITS;

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
  /** The board's stages, whose labels problems name; the default labels when left out. */
  stages?: readonly StageConfig[];
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
  /** The dates the file gives for entering each stage, the card's own and earlier ones. */
  stageDates?: Partial<Record<StageId, string>>;
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
  } & GovernanceFields;
  custom: Record<string, string>;
}

export interface RowProblem {
  /** The spreadsheet row, 1-based; the header row for a problem with a whole column. */
  row: number;
  column?: string;
  message: string;
  /** True when the row was not imported at all: only rows past the most cards a board holds. */
  skipped: boolean;
}

export interface BuiltImport {
  cards: ImportedCard[];
  problems: RowProblem[];
  /** Non-empty rows under the header. */
  rows: number;
  /** The header row, 1-based, as the user sees it. */
  headerRow: number;
  /** Custom fields the import brings, as key and header, with the column each comes from for reports. */
  customFields: { key: string; label: string; column: string }[];
  stages: Record<StageId, number>;
  /** Rows whose stage cell was blank, placed in the blank stage. */
  blankStage: number;
  /** The regimes whose classification the import maps a column to: the board is to use them. */
  regimes: Regime[];
}

/**
 * Turns the rows under the header into cards, with every problem reported by spreadsheet row number: a row with
 * no title is named after its reference or its row; an unreadable number, date, level or tier leaves that field
 * empty. Columns that fill no field are kept on each card as custom fields. What would pass a limit of the board
 * is shortened, cut or left out and reported (see import-limits.ts); nothing is lost without a word.
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
  const headerRow = options.headerRow + 1;
  const { columns: customs, leftOut } = customColumnsWithinLimits(rows, options, labels);
  const keptCustoms = new Set<number>();
  const cards: ImportedCard[] = [];
  const problems: RowProblem[] = [];
  const stages = Object.fromEntries(STAGE_IDS.map((s) => [s, 0])) as Record<StageId, number>;
  let blankStage = 0;
  let dataRows = 0;
  const blankLabel = stageLabel(options.stages ?? defaultStages(), options.blankStage);
  // A title column empty on every row is one problem with the column, said once, not one per row.
  const emptyTitles =
    mapping.title !== undefined && isColumnEmpty(rows, options.headerRow, mapping.title)
      ? emptyTitleColumnProblem(rows, options.headerRow, labels, mapping, options.ignoredColumns)
      : null;

  // The readers of a row's fields, made once rather than for each row: on 20,000 rows that is what a preview waits on.
  let cells: TableRow = [];
  let row = 0;
  const raw = (field: ImportField): string => {
    const column = mapping[field];
    return column === undefined ? '' : cellText(cells[column]);
  };
  const text = (field: ImportField): string => raw(field).trim();
  const columnName = (field: ImportField) => {
    const column = mapping[field];
    return column === undefined ? IMPORT_FIELD_LABELS[field] : `${labels[column]} (${columnLetter(column)})`;
  };
  const report = (field: ImportField, message: string, skipped = false) =>
    problems.push({ row, column: columnName(field), message, skipped });
  const limited = (field: ImportField, value: string, max: number): string => {
    if (value.length <= max) return value;
    report(field, tooLong(value, max));
    return cutText(value, max);
  };
  const typed = <T>(field: ImportField, read: (text: string) => Reading<T>): T | undefined => {
    const value = text(field);
    if (!value) return undefined;
    const reading = read(value);
    if ('error' in reading) report(field, `${reading.error}; left empty`);
    return 'value' in reading ? reading.value : undefined;
  };
  const foundations = FOUNDATION_IDS.map((foundation) => ({
    foundation,
    level: `readiness.${foundation}` as const,
    evidence: `evidence.${foundation}` as const,
  })).filter(({ level, evidence }) => mapping[level] !== undefined || mapping[evidence] !== undefined);
  const readGovernance = governanceRowReader(mapping, labels, { text, raw, report, limited, columnName }, MAX_LONG);

  for (let index = options.headerRow + 1; index < rows.length; index += 1) {
    if ((index - options.headerRow) % chunk === 0)
      yield { done: index - options.headerRow, total: rows.length - options.headerRow - 1 };
    if (isEmptyRow(rows[index])) continue;
    cells = rows[index]!;
    dataRows += 1;
    row = index + 1;
    if (cards.length === MAX_CARDS) {
      problems.push({ row, message: TOO_MANY_ROWS, skipped: true });
      continue;
    }

    // A row with data but no title is still an initiative: it is named after its reference or its row, and said so.
    let title = text('title');
    if (!title) {
      title = text('ref') || `Untitled (row ${row})`;
      if (!emptyTitles) report('title', `no title; named “${title.slice(0, MAX_TITLE)}”`);
    }

    const stageText = text('stage');
    let stage = options.blankStage;
    if (!stageText) {
      blankStage += 1;
    } else {
      const mapped = options.stageMap[stageValueKey(stageText)];
      if (mapped) stage = mapped;
      else report('stage', `unknown stage “${stageText}”; placed in ${blankLabel}`);
    }
    stages[stage] += 1;

    // Cut short, a title loses the spaces at its end too: the schema trims titles.
    const card: ImportedCard = {
      row,
      title: limited('title', title, MAX_TITLE).trimEnd(),
      stage,
      fields: {},
      custom: {},
    };
    // A longer ID is none that Scaleboard gave, and cut short it could match another card.
    const id = text('id');
    if (id.length > MAX_ID) {
      report(
        'id',
        `the ID is ${formatCount(id.length)} characters, longer than the ${MAX_ID} an ID can have; it was ignored`,
      );
    } else if (id) card.id = id;
    const ref = text('ref');
    if (ref) card.ref = limited('ref', ref, MAX_SHORT);

    const enteredAt = readStageDate(cells, mapping, stage, options.date1904);
    if (enteredAt.error && enteredAt.field)
      report(enteredAt.field, `${enteredAt.error}; the stage date is left unknown`);
    if (enteredAt.value) card.stageEnteredAt = enteredAt.value;
    // Every stage's date the file gives is kept: a pilot date on a card now in Production is what shows that
    // this card went through Pilot, for the conversion figure.
    for (const dated of STAGE_IDS) {
      const field = STAGE_DATE_FIELDS[dated];
      const column = mapping[field];
      if (column === undefined) continue;
      const reading = readDate(cells[column], options.date1904);
      if ('value' in reading && reading.value) (card.stageDates ??= {})[dated] = reading.value;
      else if ('error' in reading && reading.error && dated !== stage)
        report(field, `${reading.error}; it was left out`);
    }

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
    if (currency) f.currency = limited('currency', currency, MAX_CURRENCY);
    const source = typed('source', readSource);
    if (source) f.source = source;
    const riskTier = typed('riskTier', readRiskTier);
    if (riskTier) f.riskTier = riskTier;
    const value = typed('valueEstimate', readAmount);
    if (value !== undefined) f.valueEstimate = value;
    const cost = typed('costEstimate', readAmount);
    if (cost !== undefined) f.costEstimate = cost;
    const tags = text('tags');
    if (tags) {
      const kept = keptTags(readTags(tags));
      for (const message of kept.problems) report('tags', message);
      f.tags = kept.value;
    }
    const votes = typed('votes', readVotes);
    if (votes) {
      const kept = keptVotes(votes);
      for (const message of kept.problems) report('votes', message);
      f.votes = kept.value;
    }
    for (const { foundation, level: levelField, evidence } of foundations) {
      const level = typed(levelField, readReadiness);
      if (level !== undefined) f.readiness = { ...f.readiness, [foundation]: level };
      if (text(evidence)) {
        f.readinessNotes = { ...f.readinessNotes, [foundation]: limited(evidence, raw(evidence), MAX_LONG) };
      }
    }
    readGovernance?.(f);

    for (const custom of customs) {
      const cell = cells[custom.index];
      if (isEmptyCell(cell)) continue;
      const value = cellText(cell);
      if (value.length > MAX_LONG) {
        problems.push({ row, column: custom.column, message: tooLong(value, MAX_LONG), skipped: false });
      }
      card.custom[custom.key] = cutText(value, MAX_LONG);
      keptCustoms.add(custom.index);
    }
    cards.push(card);
  }

  const kept = customs.filter((custom) => keptCustoms.has(custom.index));
  // Problems with whole columns come first, on the header row, in column order.
  const columnProblems = [...kept.filter((custom) => custom.problem), ...leftOut]
    .sort((a, b) => a.index - b.index)
    .map(({ column, problem }) => ({ row: headerRow, column, message: problem!, skipped: false }));
  const split = splitColumnProblem(mapping);
  if (split)
    columnProblems.unshift({ row: headerRow, column: columnName(split.field), message: split.message, skipped: false });
  if (emptyTitles) {
    const column = `${labels[mapping.title!]} (${columnLetter(mapping.title!)})`;
    columnProblems.unshift({ row: headerRow, column, message: emptyTitles, skipped: false });
  }
  return {
    cards,
    problems: [...columnProblems, ...problems],
    rows: dataRows,
    headerRow,
    customFields: kept.map(({ key, label, column }) => ({ key, label, column })),
    stages,
    blankStage,
    regimes: importedRegimes(mapping),
  };
}

const TOO_MANY_ROWS = `a board holds at most ${formatCount(MAX_CARDS)} cards; this row was not imported`;

function tooLong(value: string, max: number): string {
  return `the text is ${formatCount(value.length)} characters; only the first ${formatCount(max)} were kept`;
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
