import type { StageConfig } from '../board-schema';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { StageId } from '../stages';
import type { BuiltImport, ImportOptions } from './build-import';
import { buildImport } from './build-import';
import type { ColumnChoices, ColumnMapping } from './column-mapping';
import { assignColumn } from './column-mapping';
import { detectHeaderRow } from './header-detection';
import type { ImportField } from './import-fields';
import { IMPORT_FIELDS } from './import-fields';
import type { Inspection, WorkbookTables } from './inspect';
import { inspectWorkbook } from './inspect';
import { distinctStageValues, suggestedStageMap } from './stage-suggestion';
import type { TableRow } from './table';

/**
 * The choices an import is made with, in the import dialog or on the command line; anything left out takes the
 * importer's suggestion. The one declaration of them: the contract checks what the window sends against it.
 */
export interface ImportChoices extends Partial<ColumnChoices> {
  sheet?: string;
  /** Zero-based index of the header row; found in the sheet when left out. */
  headerRow?: number;
  /**
   * Fields set by header text, over the mapping, as the command line takes them: `{ title: 'Use Case Name' }`;
   * null clears a field.
   */
  map?: Partial<Record<ImportField, string | null>>;
  /** Stage for each stage value, by stageValueKey, over the suggestions. */
  stageMap?: Record<string, StageId>;
  /** Stage for rows whose stage is blank or unknown; `idea` when left out. */
  blankStage?: StageId;
  /** The board's stages, whose labels a stage value may name. */
  stages?: StageConfig[];
}

export interface PreparedImport {
  inspection: Inspection;
  mapping: ColumnMapping;
  stageMap: Record<string, StageId>;
  blankStage: StageId;
  /** What buildImport takes: the sheet's rows, the headers and the settled options. */
  rows: TableRow[];
  options: ImportOptions;
}

export interface ImportPlan extends Omit<PreparedImport, 'rows' | 'options'> {
  built: BuiltImport;
}

/** Inspects the workbook, settles the mapping and stage choices, and reads every data row into cards. */
export function planImport(workbook: WorkbookTables, choices: ImportChoices = {}): Result<ImportPlan> {
  const prepared = prepareImport(workbook, choices);
  return prepared.ok ? ok(readRows(prepared.value)) : prepared;
}

/**
 * planImport from an inspection already made of the workbook (with the choices' sheet and header row), for a
 * caller that shows what the inspection found even when the plan fails.
 */
export function planInspectedImport(
  workbook: WorkbookTables,
  inspection: Inspection,
  choices: ImportChoices = {},
): Result<ImportPlan> {
  const prepared = settleChoices(workbook, inspection, choices);
  return prepared.ok ? ok(readRows(prepared.value)) : prepared;
}

/** Everything up to reading the rows: the sheet, the header row, the mapping and the stage choices. */
export function prepareImport(workbook: WorkbookTables, choices: ImportChoices = {}): Result<PreparedImport> {
  const inspected = inspectWorkbook(workbook, {
    sheet: choices.sheet,
    headerRow: choices.headerRow,
    stages: choices.stages,
  });
  if (!inspected.ok) return err(inspected.error.code, inspected.error.message);
  return settleChoices(workbook, inspected.value, choices);
}

/** prepareImport from an inspection already made of the workbook with the choices' sheet, header row and stages. */
export function prepareInspectedImport(
  workbook: WorkbookTables,
  inspection: Inspection,
  choices: ImportChoices = {},
): Result<PreparedImport> {
  return settleChoices(workbook, inspection, choices);
}

function readRows({ rows, options, ...plan }: PreparedImport): ImportPlan {
  return { ...plan, built: buildImport(rows, plan.inspection.headers, options) };
}

/** The mapping and stage choices over what the inspection suggested; the inspection itself is left as it was. */
function settleChoices(
  workbook: WorkbookTables,
  inspection: Inspection,
  choices: ImportChoices,
): Result<PreparedImport> {
  let columns: ColumnChoices = {
    mapping: { ...(choices.mapping ?? inspection.mapping) },
    ignoredColumns: choices.ignoredColumns ?? [],
  };
  for (const [field, header] of Object.entries(choices.map ?? {}) as [ImportField, string | null][]) {
    if (!IMPORT_FIELDS.includes(field)) {
      return err('unknown-field', `There is no board field called “${field}”. Fields: ${IMPORT_FIELDS.join(', ')}.`);
    }
    if (header === null) {
      delete columns.mapping[field];
      continue;
    }
    const column = inspection.headers.findIndex((h) => h === header || h.toLowerCase() === header.toLowerCase());
    if (column < 0) {
      return err(
        'unknown-column',
        `${workbook.fileName} has no column “${header}” in “${inspection.sheet}”. Columns: ${inspection.headers.join(' | ')}.`,
      );
    }
    columns = assignColumn(columns, column, field);
  }
  const { mapping, ignoredColumns } = columns;
  if (mapping.title === undefined) return err('no-title-column', noTitleMessage(workbook, inspection));
  const sheet = workbook.sheets.find((s) => s.name === inspection.sheet)!;
  // A stage column other than the suggested one has values of its own.
  const stageValues =
    mapping.stage === inspection.mapping.stage
      ? inspection.stageValues
      : distinctStageValues(sheet.rows, inspection.headerRow, mapping.stage, choices.stages);
  const stageMap = { ...suggestedStageMap(stageValues), ...choices.stageMap };
  const blankStage = choices.blankStage ?? 'idea';
  const options: ImportOptions = {
    headerRow: inspection.headerRow,
    mapping,
    ignoredColumns,
    stageMap,
    blankStage,
    date1904: workbook.date1904,
    ...(choices.stages ? { stages: choices.stages } : {}),
  };
  return ok({ inspection: { ...inspection, stageValues }, mapping, stageMap, blankStage, rows: sheet.rows, options });
}

/** Headers named in a message, each cut short: a data row taken for headers must not fill the message. */
const MESSAGE_HEADERS = 8;
const MESSAGE_HEADER_LENGTH = 40;

/**
 * Why no column is the title, in one line. A header row chosen by hand in which no cell is a heading Scaleboard
 * knows is most likely a data row or a banner: that is said, with the row found by content, instead of its cells.
 */
function noTitleMessage(workbook: WorkbookTables, inspection: Inspection): string {
  const where = `“${inspection.sheet}” in ${workbook.fileName}`;
  const rows = workbook.sheets.find((s) => s.name === inspection.sheet)?.rows ?? [];
  const detected = detectHeaderRow(rows);
  if (Object.keys(inspection.mapping).length === 0 && detected !== null && detected !== inspection.headerRow) {
    return `Row ${inspection.headerRow + 1} of ${where} does not look like the header row (none of its cells is a heading Scaleboard knows); the headers seem to be on row ${detected + 1}.`;
  }
  const named = inspection.headers
    .slice(0, MESSAGE_HEADERS)
    .map((h) => (h.length > MESSAGE_HEADER_LENGTH ? `${h.slice(0, MESSAGE_HEADER_LENGTH - 1)}…` : h));
  const more = inspection.headers.length > MESSAGE_HEADERS ? ' | …' : '';
  return `No column of ${where} was recognised as the initiatives' titles; choose one (headers: ${named.join(' | ')}${more}).`;
}
