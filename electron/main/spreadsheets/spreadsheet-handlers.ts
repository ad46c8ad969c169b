import type { IpcMainInvokeEvent } from 'electron';
import { dialog } from 'electron';
import type { ImportInspection, ImportPreview, Inspection, Result, TableRow, WorkbookTables } from '../../../domain';
import {
  buildImport,
  buildImportSteps,
  cellText,
  EVENTS,
  err,
  inspectWorkbook,
  mappingByHeader,
  ok,
} from '../../../domain';
import type { MainContext } from '../context';
import { handlerFor } from '../ipc/handle';
import { prepareImport } from './plan-import';
import { readSpreadsheetFile, SPREADSHEET_EXTENSIONS } from './read-spreadsheet';

const SAMPLES_PER_COLUMN = 3;
const PREVIEW_CARDS = 6;
const PREVIEW_PROBLEMS = 500;

/**
 * spreadsheet:* — the import dialog's view of a file. Main reads the file once and keeps it for the dialog's
 * session under a token; the dialog sends its choices and gets back what they give. The board is not touched
 * here: the window applies the finished import as one undoable change.
 */
export function setupSpreadsheetHandlers(context: MainContext): void {
  const { ipcMain, windows, settings } = context;
  const sessions = new Map<string, WorkbookTables>();
  let nextToken = 1;
  const on = handlerFor(ipcMain, windows.isAppSender);
  const session = (token: string): Result<WorkbookTables> => {
    const workbook = sessions.get(token);
    return workbook
      ? ok(workbook)
      : err('no-import', 'That import was closed; choose File › Import Spreadsheet… again.');
  };
  const describe = (token: string, workbook: WorkbookTables, inspection: Inspection): ImportInspection => ({
    token,
    ...inspection,
    samples: samplesOf(
      workbook.sheets.find((s) => s.name === inspection.sheet)!.rows,
      inspection.headerRow,
      inspection.headers.length,
    ),
  });

  on('spreadsheet:open', async (event, stages) => {
    const win = windows.windowOf(event.sender);
    const options = {
      title: 'Import spreadsheet',
      properties: ['openFile' as const],
      filters: [
        { name: 'Spreadsheets', extensions: SPREADSHEET_EXTENSIONS.filter((e) => e !== 'txt') },
        { name: 'All files', extensions: ['*'] },
      ],
    };
    const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const filePath = choice.filePaths[0];
    if (choice.canceled || !filePath) return ok(null);
    const workbook = await readSpreadsheetFile(filePath);
    if (!workbook.ok) return workbook;
    const inspected = inspectWorkbook(workbook.value, {
      stages,
      savedMapping: (signature) => settings.savedMapping(signature),
    });
    if (!inspected.ok) return err(inspected.error.code, inspected.error.message);
    const token = `s${nextToken++}`;
    sessions.set(token, workbook.value);
    return ok(describe(token, workbook.value, inspected.value));
  });

  on('spreadsheet:inspect', (_event, token, choices) => {
    const workbook = session(token);
    if (!workbook.ok) return workbook;
    const inspected = inspectWorkbook(workbook.value, {
      sheet: choices.sheet,
      headerRow: choices.headerRow,
      stages: choices.stages,
      savedMapping: (signature) => settings.savedMapping(signature),
    });
    if (!inspected.ok) return err(inspected.error.code, inspected.error.message);
    return ok(describe(token, workbook.value, inspected.value));
  });

  on('spreadsheet:preview', (_event, token, choices) => {
    const workbook = session(token);
    if (!workbook.ok) return workbook;
    const prepared = prepareImport(workbook.value, choices);
    if (!prepared.ok) return ok(emptyPreview(prepared.error.message));
    const { rows, options, inspection } = prepared.value;
    const built = buildImport(rows, inspection.headers, options);
    return ok({
      rows: built.rows,
      stageValues: inspection.stageValues,
      stages: built.stages,
      blankStage: built.blankStage,
      problems: built.problems.slice(0, PREVIEW_PROBLEMS),
      cards: built.cards.slice(0, PREVIEW_CARDS).map((card) => ({
        row: card.row,
        title: card.title,
        stage: card.stage,
        ...(card.fields.owner ? { owner: card.fields.owner } : {}),
        ...(card.fields.businessUnit ? { businessUnit: card.fields.businessUnit } : {}),
      })),
      error: null,
    } satisfies ImportPreview);
  });

  on('spreadsheet:build', async (event, token, choices) => {
    const workbook = session(token);
    if (!workbook.ok) return workbook;
    const prepared = prepareImport(workbook.value, choices);
    if (!prepared.ok) return prepared;
    const { rows, options, inspection, mapping } = prepared.value;
    // The user's mapping is offered again the next time a sheet with these headers is imported.
    settings.saveMapping(inspection.signature, mappingByHeader(mapping, inspection.headers));
    return ok(await buildWithProgress(event, token, rows, inspection.headers, options));
  });

  on('spreadsheet:close', (_event, token) => {
    sessions.delete(token);
    return ok(null);
  });
}

/** Builds in steps, reporting progress to the window and letting main's other work run between steps. */
async function buildWithProgress(
  event: IpcMainInvokeEvent,
  token: string,
  rows: TableRow[],
  headers: string[],
  options: Parameters<typeof buildImportSteps>[2],
) {
  const steps = buildImportSteps(rows, headers, options);
  for (;;) {
    const step = steps.next();
    if (step.done) {
      event.sender.send(EVENTS.importProgress, { token, phase: 'building', done: rows.length, total: rows.length });
      return step.value;
    }
    event.sender.send(EVENTS.importProgress, { token, phase: 'building', ...step.value });
    await new Promise((resolve) => setImmediate(resolve));
  }
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
