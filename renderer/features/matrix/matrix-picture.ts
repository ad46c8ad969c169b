/**
 * The matrix as a picture of its own (the exports, the brief, the projector): the chart with a title, a stage
 * legend and the cards it cannot place, named. Built from the board and the view's filters, as the screen shows it.
 */
import type { BoardDocument, Filters, Initiative, MatrixData, MatrixView, MatrixZoom } from '../../../domain';
import {
  counted,
  formatBoardDate,
  leftOutLines,
  matrixData,
  matrixLayout,
  MATRIX_SIZE_LABELS,
  oneLine,
  shownInitiatives,
  matrixStages,
} from '../../../domain';
import type { MatrixPicture } from './matrix-svg';
import { PICTURE_HEADER, pictureFooter } from './matrix-svg';

export interface PictureOptions {
  width: number;
  /**
   * The chart's own height, without the title and notes around it; or a function of how many lines of notes there
   * are, for a picture that must fill a given height (the projector's).
   */
  chartHeight: number | ((noteLines: number) => number);
  fontSize: number;
  /** Cards named per line of the notes before "and N more". */
  named?: number;
  zoom?: MatrixZoom;
  /** The day the picture is of, for its subtitle (an ISO date-time). */
  now?: string;
}

/** "24 initiatives placed · bubble size: cost estimate · 3 listed below": what the picture shows, in one line. */
export function matrixSubtitle(data: MatrixData, locale?: string): string {
  const parts = [
    `${counted(data.points.length, 'initiative', 'initiatives', locale)} placed`,
    `bubble size: ${MATRIX_SIZE_LABELS[data.view.size].toLowerCase()}`,
  ];
  if (data.view.size === 'cost' && data.points.some((p) => p.size === undefined))
    parts.push('outline: no cost estimate');
  if (data.leftOut.length)
    parts.push(`${counted(data.leftOut.length, 'initiative', 'initiatives', locale)} listed below`);
  return parts.join(' · ');
}

export function matrixPicture(
  board: BoardDocument,
  filters: Filters | undefined,
  view: MatrixView,
  options: PictureOptions,
): { picture: MatrixPicture; data: MatrixData } {
  return matrixPictureOf(board, shownInitiatives(board, filters), view, options);
}

/** The picture of the matrix of `cards`, chosen by the caller (the brief's: every card not stopped). */
export function matrixPictureOf(
  board: BoardDocument,
  cards: readonly Initiative[],
  view: MatrixView,
  options: PictureOptions,
): { picture: MatrixPicture; data: MatrixData } {
  const locale = board.workshop.locale;
  const data = matrixData(board, cards, view);
  // One line per reason; a line is cut to what the picture's width holds at its type size.
  const characters = Math.floor(options.width / (options.fontSize * 0.55));
  const notes = leftOutLines(data, options.named ?? 4, locale, characters).map((line) => oneLine(line, characters));
  const { chartHeight } = options;
  const scene = matrixLayout(data, {
    width: options.width,
    height: typeof chartHeight === 'function' ? chartHeight(notes.length) : chartHeight,
    fontSize: options.fontSize,
    locale,
    zoom: options.zoom,
  });
  const date = options.now ? ` · ${formatBoardDate(options.now, locale)}` : '';
  return {
    data,
    picture: {
      scene,
      title: `${board.title}: value against readiness`,
      subtitle: matrixSubtitle(data, locale) + date,
      notes,
      titles: new Map(data.points.map((p) => [p.id, p.ref ? `${p.ref} ${p.title}` : p.title])),
      stages: matrixStages(board).map((stage) => ({ id: stage.id, label: stage.label })),
    },
  };
}

/** The whole picture's height for a chart of `chartHeight`: what the header and the notes add. */
export function pictureHeight(picture: MatrixPicture): number {
  return picture.scene.height + picture.scene.fontSize * (PICTURE_HEADER + pictureFooter(picture.notes.length));
}

/**
 * An SVG document as PNG bytes (base64), drawn at `scale` times its size: the browser's own SVG renderer paints it
 * onto a canvas, so the PNG is the SVG, pixel for pixel, and works offline (a data: URL, which the CSP allows).
 */
export async function svgToPngBase64(svg: string, scale = 1): Promise<string> {
  const image = new Image();
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(image.width * scale);
  canvas.height = Math.round(image.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas to draw the chart on');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
}
