/**
 * The heavy spreadsheet work, done in the spreadsheet worker (spreadsheet-worker.ts) so that main's event loop,
 * and with it every window, stays responsive while a 20,000-row file is read or a board is written out: reading
 * and inspecting a file, previewing and building an import, and writing the xlsx and CSV exports. The workbook
 * an import dialog is looking at stays here under a token; only small answers cross back to main. No Electron.
 */
import type {
  BoardDocument,
  BuiltImport,
  ImportChoices,
  Inspection,
  InspectOptions,
  Result,
  SavedMapping,
  StageConfig,
  TableRow,
  WorkbookTables,
} from '../../../domain';
import type { ImportInspection, ImportPreview } from '../../../contract';
import {
  actionsCsv,
  buildImport,
  cellText,
  err,
  exportSheet,
  exportSheets,
  ImportPreviewer,
  inspectWorkbook,
  mappingByHeader,
  ok,
  prepareImport,
  prepareInspectedImport,
  sheetToCsv,
} from '../../../domain';
import { readSpreadsheetFile } from './read-spreadsheet';
import { writeXlsx } from './xlsx-writer';

const SAMPLES_PER_COLUMN = 3;
const PREVIEW_CARDS = 6;
const PREVIEW_PROBLEMS = 500;

export type Progress = (phase: 'reading' | 'building' | 'writing', done: number, total: number) => void;
export type SavedMappings = Record<string, SavedMapping>;

export interface BuiltForBoard {
  built: BuiltImport;
  /** The mapping the user settled on, to offer again for sheets with the same headers. */
  remember: { signature: string; mapping: SavedMapping };
}

/** The operations main may ask of the worker, each with its arguments and its answer. */
export interface SpreadsheetOperations {
  /** The whole file as tables, for the command-line tool, which works on them in its own process. */
  read: { args: [filePath: string]; result: WorkbookTables };
  open: { args: [filePath: string, stages: StageConfig[] | undefined, saved: SavedMappings]; result: ImportInspection };
  inspect: {
    args: [token: string, choices: Pick<InspectOptions, 'sheet' | 'headerRow' | 'stages'>, saved: SavedMappings];
    result: ImportInspection;
  };
  preview: { args: [token: string, choices: ImportChoices]; result: ImportPreview };
  build: { args: [token: string, choices: ImportChoices]; result: BuiltForBoard };
  close: { args: [token: string]; result: null };
  xlsx: { args: [board: BoardDocument, now: string]; result: Uint8Array };
  csv: { args: [board: BoardDocument, now: string]; result: string };
  actionsCsv: { args: [board: BoardDocument, now: string]; result: string };
}
export type OperationName = keyof SpreadsheetOperations;

export class SpreadsheetWork {
  private readonly sessions = new Map<string, WorkbookTables>();
  private readonly previews = new Map<
    string,
    { key: string; value: { inspection: Inspection; previewer: ImportPreviewer } }
  >();
  private nextToken = 1;

  read(filePath: string): Promise<Result<WorkbookTables>> {
    return readSpreadsheetFile(filePath);
  }

  async open(filePath: string, stages: StageConfig[] | undefined, saved: SavedMappings, progress: Progress) {
    progress('reading', 0, 1);
    const workbook = await readSpreadsheetFile(filePath);
    if (!workbook.ok) return workbook;
    progress('reading', 1, 1);
    const inspected = inspectWorkbook(workbook.value, { stages, savedMapping: (signature) => saved[signature] });
    if (!inspected.ok) return err(inspected.error.code, inspected.error.message);
    const token = `s${this.nextToken++}`;
    this.sessions.set(token, workbook.value);
    return ok(describe(token, workbook.value, inspected.value));
  }

  inspect(token: string, choices: Pick<InspectOptions, 'sheet' | 'headerRow' | 'stages'>, saved: SavedMappings) {
    const workbook = this.session(token);
    if (!workbook.ok) return workbook;
    const inspected = inspectWorkbook(workbook.value, {
      sheet: choices.sheet,
      headerRow: choices.headerRow,
      stages: choices.stages,
      savedMapping: (signature) => saved[signature],
    });
    if (!inspected.ok) return err(inspected.error.code, inspected.error.message);
    return ok(describe(token, workbook.value, inspected.value));
  }

  /**
   * What the dialog's choices give, worked out again only where they changed it: the sheet is inspected once per
   * sheet and header row, and a change of mapping or stage reads only the columns it touched (ImportPreviewer).
   */
  preview(token: string, choices: ImportChoices): Result<ImportPreview> {
    const workbook = this.session(token);
    if (!workbook.ok) return workbook;
    const looked = this.lookedAt(token, workbook.value, choices);
    if (!looked.ok) return ok(emptyPreview(looked.error.message));
    const prepared = prepareInspectedImport(workbook.value, looked.value.inspection, choices);
    if (!prepared.ok) return ok(emptyPreview(prepared.error.message));
    const { options, inspection } = prepared.value;
    const built = looked.value.previewer.preview(options, { cards: PREVIEW_CARDS, problems: PREVIEW_PROBLEMS });
    return ok({
      rows: built.rows,
      stageValues: inspection.stageValues,
      stages: built.stages,
      blankStage: built.blankStage,
      problems: built.problems,
      cards: built.cards.map((card) => ({
        row: card.row,
        title: card.title,
        stage: card.stage,
        ...(card.fields.owner ? { owner: card.fields.owner } : {}),
        ...(card.fields.businessUnit ? { businessUnit: card.fields.businessUnit } : {}),
      })),
      error: null,
    });
  }

  build(token: string, choices: ImportChoices, progress: Progress): Result<BuiltForBoard> {
    const workbook = this.session(token);
    if (!workbook.ok) return workbook;
    const prepared = prepareImport(workbook.value, choices);
    if (!prepared.ok) return prepared;
    const { rows, options, inspection, mapping } = prepared.value;
    const built = buildImport(rows, inspection.headers, options, (done, total) => progress('building', done, total));
    return ok({
      built,
      remember: { signature: inspection.signature, mapping: mappingByHeader(mapping, inspection.headers) },
    });
  }

  close(token: string): Result<null> {
    this.sessions.delete(token);
    this.previews.delete(token);
    return ok(null);
  }

  /** The inspection and previewer of the sheet and header row the choices name, made once for each. */
  private lookedAt(
    token: string,
    workbook: WorkbookTables,
    choices: ImportChoices,
  ): Result<{ inspection: Inspection; previewer: ImportPreviewer }> {
    const key = JSON.stringify([choices.sheet, choices.headerRow, choices.stages]);
    const seen = this.previews.get(token);
    if (seen?.key === key) return ok(seen.value);
    const inspected = inspectWorkbook(workbook, {
      sheet: choices.sheet,
      headerRow: choices.headerRow,
      stages: choices.stages,
    });
    if (!inspected.ok) return err(inspected.error.code, inspected.error.message);
    const inspection = inspected.value;
    const rows = workbook.sheets.find((s) => s.name === inspection.sheet)!.rows;
    const value = { inspection, previewer: new ImportPreviewer(rows, inspection.headers, inspection.headerRow) };
    // One sheet and header row at a time: the dialog looks at one.
    this.previews.set(token, { key, value });
    return ok(value);
  }

  xlsx(board: BoardDocument, now: string, progress: Progress): Result<Uint8Array> {
    return ok(writeXlsx(exportSheets(board, now), (done, total) => progress('writing', done, total)));
  }

  csv(board: BoardDocument, now: string): Result<string> {
    return ok(sheetToCsv(exportSheet(board, 'Initiatives', now)));
  }

  actionsCsv(board: BoardDocument, now: string): Result<string> {
    return ok(actionsCsv(board, now));
  }

  private session(token: string): Result<WorkbookTables> {
    const workbook = this.sessions.get(token);
    return workbook
      ? ok(workbook)
      : err('no-import', 'That import was closed; choose File › Import Spreadsheet… again.');
  }
}

function describe(token: string, workbook: WorkbookTables, inspection: Inspection): ImportInspection {
  return {
    token,
    ...inspection,
    samples: samplesOf(
      workbook.sheets.find((s) => s.name === inspection.sheet)!.rows,
      inspection.headerRow,
      inspection.headers.length,
    ),
  };
}

function emptyPreview(error: string): ImportPreview {
  return {
    rows: 0,
    stageValues: [],
    stages: { idea: 0, pilot: 0, scaling: 0, production: 0, stopped: 0 },
    blankStage: 0,
    problems: [],
    cards: [],
    error,
  };
}

/** The first few non-empty values under each header, shortened, for the mapping table. */
function samplesOf(rows: TableRow[], headerRow: number, width: number): string[][] {
  const samples: string[][] = Array.from({ length: width }, () => []);
  for (let r = headerRow + 1; r < rows.length && samples.some((s) => s.length < SAMPLES_PER_COLUMN); r += 1) {
    const row = rows[r];
    if (!row) continue;
    for (let c = 0; c < width; c += 1) {
      const text = cellText(row[c]).trim();
      if (text && samples[c]!.length < SAMPLES_PER_COLUMN)
        samples[c]!.push(text.length > 80 ? `${text.slice(0, 79)}…` : text);
    }
  }
  return samples;
}
