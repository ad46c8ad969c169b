import type { IpcMainInvokeEvent } from 'electron';
import type { ImportProgress } from '../../../contract';
import { ok } from '../../../domain';
import { EVENTS } from '../../../contract';
import type { MainContext } from '../context';
import { handlerFor } from '../ipc/handle';
import { showOpenDialog } from '../windows/dialogs';
import { SPREADSHEET_EXTENSIONS } from './spreadsheet-limits';
import type { WorkerProgress } from './spreadsheet-worker-client';

/**
 * spreadsheet:* — the import dialog's view of a file. The spreadsheet worker reads the file once and keeps it for
 * the dialog's session under a token; the dialog sends its choices and gets back what they give, with progress
 * while a large file is read or built. The board is not touched here: the window applies the finished import as
 * one undoable change.
 */
export function setupSpreadsheetHandlers(context: MainContext): void {
  const { ipcMain, windows, settings, spreadsheets } = context;
  const on = handlerFor(ipcMain, windows.allows);
  const progressTo =
    (event: IpcMainInvokeEvent, token: string) =>
    ({ phase, done, total }: WorkerProgress): void => {
      if (phase === 'writing' || event.sender.isDestroyed()) return;
      event.sender.send(EVENTS.importProgress, { token, phase, done, total } satisfies ImportProgress);
    };

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
    const choice = await showOpenDialog(win, options);
    const filePath = choice.filePaths[0];
    if (choice.canceled || !filePath) return ok(null);
    // The token is not known until the file is read; the dialog shows any progress while it waits.
    return spreadsheets.call('open', [filePath, stages, settings.savedMappings()], progressTo(event, ''));
  });

  on('spreadsheet:inspect', (_event, token, choices) =>
    spreadsheets.call('inspect', [
      token,
      { sheet: choices.sheet, headerRow: choices.headerRow, stages: choices.stages },
      settings.savedMappings(),
    ]),
  );

  on('spreadsheet:preview', (_event, token, choices) => spreadsheets.call('preview', [token, choices]));

  on('spreadsheet:build', async (event, token, choices) => {
    const built = await spreadsheets.call('build', [token, choices], progressTo(event, token));
    if (!built.ok) return built;
    // The user's mapping is offered again the next time a sheet with these headers is imported.
    settings.saveMapping(built.value.remember.signature, built.value.remember.mapping);
    return ok(built.value.built);
  });

  on('spreadsheet:close', (_event, token) => spreadsheets.call('close', [token]));
}
