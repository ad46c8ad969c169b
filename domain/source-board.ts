import type { BoardDocument, Initiative } from './board-schema';
import { BOARD_EXTENSION } from './file-names';

/**
 * Which workshop's board a card came from, on a board combined from several (File › Combine Boards…,
 * `scaleboard combine`). Kept as an ordinary custom field, so the workbook, the import of that workbook and the
 * editor carry it with no schema change; a card found on several boards lists each, joined by SOURCE_SEPARATOR.
 */
export const SOURCE_BOARD_FIELD = { key: 'source-board', label: 'Source board' } as const;

export const SOURCE_SEPARATOR = ' + ';

/** The board's cards carry a source board: it was combined, and grouping by source means something. */
export function hasSourceBoards(board: BoardDocument): boolean {
  return board.customFields.some((field) => field.key === SOURCE_BOARD_FIELD.key);
}

/** The source board a card is grouped under: the field as written ("North + South" for a card on both). */
export function sourceBoardOf(card: Initiative): string | undefined {
  const value = card.custom[SOURCE_BOARD_FIELD.key]?.trim();
  return value ? value : undefined;
}

/**
 * What a board read from a file is called as a source board, by the app and the command line alike: the file's
 * name without its `.scaleboard` extension, in any case ("North.Scaleboard" → "North"); another extension is part
 * of the name. `fileName` is the name alone, without its folder.
 */
export function sourceBoardName(fileName: string): string {
  return fileName.toLowerCase().endsWith(BOARD_EXTENSION) ? fileName.slice(0, -BOARD_EXTENSION.length) : fileName;
}
