/**
 * What main pushes to the window without being asked: menu commands and progress (DESIGN.md §4). This module
 * imports nothing, so the sandboxed preload may bundle its values (EVENTS) without bringing zod along.
 */

/** Commands main sends to the window, from the app menu or the close prompt. */
export const MENU_COMMANDS = [
  'new',
  'open',
  'open-recent',
  'open-example',
  'save',
  'save-as',
  'revert',
  'close',
  'undo',
  'redo',
  'save-then-close',
  'import',
  'export-xlsx',
  'export-csv',
  'export-actions-csv',
  'export-pdf',
  'export-brief',
  'export-png',
  'export-matrix-png',
  'export-matrix-svg',
  'toggle-actions',
  /** Takes the workshop snapshot (asking first when one was taken already). */
  'start-workshop',
  /** Reads another board file and shows what changed since it. */
  'compare',
  /** Shows what changed since the workshop snapshot. */
  'compare-start',
  /** Reads several board files and opens them combined into one new board, with the report of conflicts. */
  'combine',
] as const;
export type MenuCommandName = (typeof MENU_COMMANDS)[number];
export interface MenuCommand {
  command: MenuCommandName;
  /** For `open-recent`: which entry of the recent list. */
  recentId?: string;
}

/** Events main pushes to the window, with the shape of their payload. */
export const EVENTS = {
  menuCommand: 'menu:command',
  boardOpened: 'board:opened',
  importProgress: 'spreadsheet:progress',
  exportProgress: 'export:progress',
  audienceState: 'audience:state',
} as const;

/** How far an import has got, for the progress bar. */
export interface ImportProgress {
  token: string;
  phase: 'reading' | 'building';
  done: number;
  total: number;
}

/** How far an export has got: rows written of all the sheets' rows. */
export interface ExportProgress {
  done: number;
  total: number;
}
