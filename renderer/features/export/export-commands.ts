import type { AppError, LeftOutReason, Result } from '../../../domain';
import { counted, formatBoardNumber, LEFT_OUT_REASONS } from '../../../domain';
import type { ExportResult } from '../../../contract';
import { api } from '../../lib/api';
import { useBoardStore } from '../../store/board-store';
import { boardPng } from './board-image';
import { matrixPicture, pictureHeight, svgToPngBase64 } from '../matrix/matrix-picture';
import { matrixSvg } from '../matrix/matrix-svg';

const store = () => useBoardStore.getState();

function report(result: Result<ExportResult>): void {
  if (!result.ok) return fail(result.error);
  if (result.value) store().notify('info', `Exported ${result.value.fileName}`);
}

function fail(error: AppError): void {
  store().notify('error', error.message);
}

export async function exportXlsx(): Promise<void> {
  const board = store().board;
  if (!board) return;
  // Written in main's spreadsheet worker; a large board shows how far it has got.
  const stop = api().on.exportProgress(({ done, total }) => {
    if (total > 0) store().notify('info', `Writing the workbook… ${Math.round((done / total) * 100)}%`);
  });
  try {
    report(await api().export.xlsx(board));
  } finally {
    stop();
  }
}

export async function exportCsv(): Promise<void> {
  const board = store().board;
  if (board) report(await api().export.csv(board));
}

/** Every action on the board, open or closed, as the workbook's Actions sheet lists them. */
export async function exportActionsCsv(): Promise<void> {
  const board = store().board;
  if (board) report(await api().export.actionsCsv(board));
}

/** The window prints itself to PDF; its print stylesheet shows the whole board with a title, date and legend. */
export async function exportPdf(): Promise<void> {
  const { board, select, setPrinting } = store();
  if (!board) return;
  select(null); // the editor panel is not part of the printout
  // Columns in view show only the cards on screen; the printout lays out all of them first.
  setPrinting('board');
  try {
    await nextFrames(2);
    report(await api().export.pdf(board.title));
  } finally {
    setPrinting(null);
  }
}

/**
 * The leaders' brief as an A4 PDF: the window shows the brief in place of the board, fits it to two pages
 * (brief-print-view.tsx), then prints itself.
 */
export async function exportBriefPdf(): Promise<void> {
  const { board, select, setPrinting } = store();
  if (!board) return;
  select(null);
  setPrinting('brief');
  try {
    await briefFitted();
    report(await api().export.briefPdf(board.title));
  } finally {
    setPrinting(null);
  }
}

/** The brief marks itself fitted once it has tried its shorter steps; a few frames each, at most. */
async function briefFitted(): Promise<void> {
  for (let frame = 0; frame < 60; frame++) {
    await nextFrames(1);
    if (document.querySelector('.brief-print[data-fitted]')) break;
  }
  // One more frame, so that what was measured is what is painted.
  await nextFrames(1);
}

export async function exportPng(): Promise<void> {
  const board = store().board;
  if (!board) return;
  try {
    const image = await boardPng(board, new Date().toISOString());
    const result = await api().export.png(board.title, image.base64);
    if (result.ok && result.value && image.omitted) {
      // Said plainly, as the image says it: a slide that silently drops cards misleads the room.
      store().notify(
        'error',
        `Exported ${result.value.fileName}, without ${counted(image.omitted, 'card', 'cards', board.workshop.locale)}: the board is too tall for one image. The PDF and the workbook list every card.`,
      );
    } else report(result);
  } catch (error) {
    fail({ code: 'png-failed', message: `The board image could not be made: ${(error as Error).message}` });
  }
}

/** The exported matrix: a chart of this size and type, which reads on a slide and prints on a page. */
export const MATRIX_EXPORT = { width: 1600, chartHeight: 1000, fontSize: 18, named: 6 } as const;
/** Chromium's largest canvas side; the PNG is drawn at twice its size, for sharp slides, when that fits. */
const CANVAS_MAX_SIDE = 16_384;
const PNG_SCALE = 2;

/** The matrix of the cards the board shows (its filters and search), read as the matrix view reads it. */
function exportedMatrix() {
  const { board, filters, matrixView } = store();
  if (!board) return null;
  const { picture, data } = matrixPicture(board, filters, matrixView, {
    ...MATRIX_EXPORT,
    now: new Date().toISOString(),
  });
  // A chart with nothing on it would say nothing true: the window says why instead.
  if (!data.points.length) {
    fail({
      code: 'matrix-empty',
      message: `Nothing to export: no initiative shown has a value estimate to place on the matrix (${counted(data.leftOut.length, 'initiative', 'initiatives', board.workshop.locale)} listed beside it). Give cards a value estimate in the editor, or clear the filters, and export again.`,
    });
    return null;
  }
  return { board, data, svg: matrixSvg(picture), width: picture.scene.width, height: pictureHeight(picture) };
}

/** "Exported Q4 matrix.png; 3 initiatives are listed beside the chart, not placed on it (no value estimate 2, …)". */
function reportMatrix(result: Result<ExportResult>, leftOut: { reason: LeftOutReason }[], locale?: string): void {
  if (!result.ok) return fail(result.error);
  if (!result.value) return;
  if (!leftOut.length) return store().notify('info', `Exported ${result.value.fileName}`);
  const reasons = (Object.keys(LEFT_OUT_REASONS) as LeftOutReason[])
    .map((reason) => [reason, leftOut.filter((entry) => entry.reason === reason).length] as const)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${LEFT_OUT_REASONS[reason].toLowerCase()}: ${formatBoardNumber(count, locale)}`);
  const listed = counted(leftOut.length, 'initiative is', 'initiatives are', locale);
  store().notify(
    'info',
    `Exported ${result.value.fileName}; ${listed} listed beside the chart rather than placed on it (${reasons.join('; ')}).`,
  );
}

/** File › Export › Matrix as PNG…: the matrix picture, drawn by the window's own SVG renderer onto a canvas. */
export async function exportMatrixPng(): Promise<void> {
  const made = exportedMatrix();
  if (!made) return;
  const { board, data, svg, width, height } = made;
  try {
    const scale = Math.max(width, height) * PNG_SCALE <= CANVAS_MAX_SIDE ? PNG_SCALE : 1;
    const base64 = await svgToPngBase64(svg, scale);
    reportMatrix(await api().export.png(board.title, base64, 'matrix'), data.leftOut, board.workshop.locale);
  } catch (error) {
    fail({ code: 'png-failed', message: `The matrix image could not be made: ${(error as Error).message}` });
  }
}

/** File › Export › Matrix as SVG…: the same picture as a vector file, for a slide deck or a report. */
export async function exportMatrixSvg(): Promise<void> {
  const made = exportedMatrix();
  if (!made) return;
  const { board, data, svg } = made;
  reportMatrix(await api().export.matrixSvg(board.title, svg), data.leftOut, board.workshop.locale);
}

/**
 * Waits for `count` frames. A window that is hidden or minimised gets no animation frames at all, so each frame
 * is also given up on after a tenth of a second: an export never waits for a window the user moved away from.
 */
function nextFrames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => {
      if (left === 0) return resolve();
      let done = false;
      const next = () => {
        if (done) return;
        done = true;
        step(left - 1);
      };
      requestAnimationFrame(next);
      setTimeout(next, 100);
    };
    step(count);
  });
}
