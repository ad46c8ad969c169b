import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { app } from 'electron';
import path from 'node:path';
import type { Result } from '../../../domain';
import type { ExportResult } from '../../../contract';
import { err, fileNameFor, ok } from '../../../domain';
import { EVENTS } from '../../../contract';
import type { MainContext } from '../context';
import { writeFileAtomically } from '../files/atomic-write';
import { describeFsError } from '../files/board-file-service';
import { handlerFor } from '../ipc/handle';
import { showSaveDialog } from '../windows/dialogs';

/** Page setup for the PDF: landscape A3, which also prints legibly scaled to A4. */
export const PDF_OPTIONS = {
  landscape: true,
  pageSize: 'A3',
  printBackground: true,
  margins: { marginType: 'custom', top: 0.4, bottom: 0.4, left: 0.4, right: 0.4 },
} as const;

/** export:* — the board for leaders: xlsx, CSV, PDF and PNG, each to a file the user chose in main's dialog. */
export function setupExportHandlers(context: MainContext): void {
  const { ipcMain, windows, spreadsheets } = context;
  const on = handlerFor(ipcMain, windows.allows);

  const saveAs = async (
    event: IpcMainInvokeEvent,
    title: string,
    extension: string,
    label: string,
    /** Makes the file's contents once the user has chosen where; its error is the export's. */
    data: () => Promise<Result<string | Uint8Array>>,
  ): Promise<Result<ExportResult>> => {
    const win: BrowserWindow | undefined = windows.windowOf(event.sender);
    const options = {
      title: `Export ${label}`,
      defaultPath: path.join(app.getPath('documents'), `${fileNameFor(title)}.${extension}`),
      filters: [{ name: label, extensions: [extension] }],
    };
    const choice = await showSaveDialog(win, options);
    if (choice.canceled || !choice.filePath) return ok(null);
    const target = path.extname(choice.filePath) ? choice.filePath : `${choice.filePath}.${extension}`;
    const made = await data();
    if (!made.ok) return made;
    try {
      await writeFileAtomically(target, made.value);
    } catch (error) {
      return err('export-failed', `Could not write ${path.basename(target)}: ${describeFsError(error)}`);
    }
    return ok({ fileName: path.basename(target), folder: path.dirname(target) });
  };
  const now = () => new Date().toISOString();

  // The workbook and the CSV are written in the spreadsheet process: a 20,000-card board takes about a second.
  on('export:xlsx', (event, board) =>
    saveAs(event, board.title, 'xlsx', 'Excel workbook', () =>
      spreadsheets.call('xlsx', [board, now()], ({ done, total }) => {
        if (!event.sender.isDestroyed()) event.sender.send(EVENTS.exportProgress, { done, total });
      }),
    ),
  );
  on('export:csv', (event, board) =>
    saveAs(event, board.title, 'csv', 'CSV', () => spreadsheets.call('csv', [board, now()])),
  );
  on('export:pdf', (event, title) =>
    // The window prints itself: its print stylesheet lays out the whole board with a title, date and legend.
    saveAs(event, title, 'pdf', 'PDF', async () => {
      try {
        return ok(await event.sender.printToPDF(PDF_OPTIONS));
      } catch (error) {
        return err(
          'export-failed',
          `The PDF could not be made: ${(error as Error).message}. Try again, or export a PNG.`,
        );
      }
    }),
  );
  on('export:png', (event, title, base64) =>
    saveAs(event, title, 'png', 'PNG image', async () => ok(Buffer.from(base64, 'base64'))),
  );
}
