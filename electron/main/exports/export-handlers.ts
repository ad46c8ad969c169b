import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { app } from 'electron';
import path from 'node:path';
import type { Result } from '../../../domain';
import type { ExportResult } from '../../../contract';
import { BRIEF_PAGE, err, fileNameFor, ok } from '../../../domain';
import { EVENTS } from '../../../contract';
import type { MainContext } from '../context';
import { writeFileAtomically } from '../files/atomic-write';
import { describeFsError } from '../files/board-file-service';
import { handlerFor } from '../ipc/handle';
import { showSaveDialog } from '../windows/dialogs';

/** Page setup for the PDF: landscape A3, which also prints legibly scaled to A4; room below for the footer. */
export const PDF_OPTIONS = {
  landscape: true,
  pageSize: 'A3',
  printBackground: true,
  margins: { marginType: 'custom', top: 0.4, bottom: 0.6, left: 0.4, right: 0.4 },
} as const;

/**
 * Page setup for the leaders' brief: A4 portrait, the paper it is read and filed on, margins wide enough to hold
 * it and to punch; room below for the footer. Its print view keeps it to one or two pages.
 */
export const BRIEF_PDF_OPTIONS = {
  landscape: false,
  pageSize: 'A4',
  printBackground: true,
  // The window lays the brief out at this page's width (BRIEF_PAGE), so the two must agree.
  margins: { marginType: 'custom', ...BRIEF_PAGE.margins },
} as const;

/** The brief's file name: the board's, then what it is, kept whole however long the board's title. */
export function briefFileName(boardTitle: string): string {
  return `${fileNameFor(boardTitle)} — leaders’ brief`;
}

/** The matrix image's file name: the board's, then what it is, kept whole however long the board's title. */
export function matrixFileName(boardTitle: string): string {
  return `${fileNameFor(boardTitle)} matrix`;
}

/** A printout that runs onto a second page by a little is printed smaller, down to this, to fit on one. */
const FIT_ONE_PAGE_SCALES = [0.9, 0.8, 0.7] as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Chromium's footer on every page: the board's title and "page n of N". Its template has its own tiny default
 * font size, and no access to the page's stylesheet, so it says its own.
 */
export function pdfFooter(title: string): string {
  return `<div style="font: 9px 'DejaVu Sans', Arial, sans-serif; color: #444; width: 100%; padding: 0 0.4in; display: flex; justify-content: space-between;"><span>${escapeHtml(title)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

/** The number of pages of a PDF Chromium made (its page objects are not compressed). */
export function pdfPageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page[^s]/g)?.length ?? 0
  );
}

/** export:* — the board for leaders: xlsx, CSV (of the initiatives or the actions), PDF and PNG, each to a file the user chose in main's dialog. */
export function setupExportHandlers(context: MainContext): void {
  const { ipcMain, windows, spreadsheets } = context;
  const on = handlerFor(ipcMain, windows.allows);

  const saveAs = async (
    event: IpcMainInvokeEvent,
    /** The file's name without its extension, as the dialog first offers it (see fileNameFor). */
    fileBase: string,
    extension: string,
    label: string,
    /** Makes the file's contents once the user has chosen where; its error is the export's. */
    data: () => Promise<Result<string | Uint8Array>>,
  ): Promise<Result<ExportResult>> => {
    const win: BrowserWindow | undefined = windows.windowOf(event.sender);
    const options = {
      title: `Export ${label}`,
      defaultPath: path.join(app.getPath('documents'), `${fileBase}.${extension}`),
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
    saveAs(event, fileNameFor(board.title), 'xlsx', 'Excel workbook', () =>
      spreadsheets.call('xlsx', [board, now()], ({ done, total }) => {
        if (!event.sender.isDestroyed()) event.sender.send(EVENTS.exportProgress, { done, total });
      }),
    ),
  );
  on('export:csv', (event, board) =>
    saveAs(event, fileNameFor(board.title), 'csv', 'CSV', () => spreadsheets.call('csv', [board, now()])),
  );
  on('export:actions-csv', (event, board) =>
    saveAs(event, fileNameFor(`${board.title} actions`), 'csv', 'CSV', () =>
      spreadsheets.call('actionsCsv', [board, now()]),
    ),
  );
  on('export:pdf', (event, title) =>
    // The window prints itself: its print stylesheet lays out the whole board with a title, date and legend.
    saveAs(event, fileNameFor(title), 'pdf', 'PDF', async () => {
      try {
        const options = {
          ...PDF_OPTIONS,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: pdfFooter(title),
        };
        const pdf = await event.sender.printToPDF(options);
        // One card alone on a second page helps no one: a board that nearly fits one page is printed to fit it.
        if (pdfPageCount(pdf) === 2) {
          for (const scale of FIT_ONE_PAGE_SCALES) {
            const smaller = await event.sender.printToPDF({ ...options, scale });
            if (pdfPageCount(smaller) === 1) return ok(smaller);
          }
        }
        return ok(pdf);
      } catch (error) {
        return err(
          'export-failed',
          `The PDF could not be made: ${(error as Error).message}. Try again, or export a PNG.`,
        );
      }
    }),
  );
  on('export:brief-pdf', (event, title) =>
    // The window shows the leaders' brief in place of the board while it prints (brief-print-view.tsx), laid out
    // to fit one or two A4 pages; no shrinking here, so its type stays the size it was set for.
    saveAs(event, briefFileName(title), 'pdf', 'PDF', async () => {
      try {
        return ok(
          await event.sender.printToPDF({
            ...BRIEF_PDF_OPTIONS,
            displayHeaderFooter: true,
            headerTemplate: '<span></span>',
            footerTemplate: pdfFooter(`${title} — leaders’ brief`),
          }),
        );
      } catch (error) {
        return err(
          'export-failed',
          `The brief could not be made: ${(error as Error).message}. Try again, or export the workbook, whose Brief sheet holds the same.`,
        );
      }
    }),
  );
  on('export:png', (event, title, base64, subject = 'board') =>
    saveAs(event, subject === 'matrix' ? matrixFileName(title) : fileNameFor(title), 'png', 'PNG image', async () =>
      ok(Buffer.from(base64, 'base64')),
    ),
  );
  // The window drew the SVG; the contract checked it is one, within its size. Written whole, or not at all.
  on('export:matrix-svg', (event, title, svg) =>
    saveAs(event, matrixFileName(title), 'svg', 'SVG image', async () => ok(svg)),
  );
}
