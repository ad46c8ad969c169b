import type { IpcMain } from 'electron';
import type { BoardFileService } from './files/board-file-service';
import type { RecoveryStore } from './files/recovery-store';
import type { Settings } from './settings/settings';
import type { SpreadsheetWorkerClient } from './spreadsheets/spreadsheet-worker-client';
import type { AppWindows } from './windows/app-windows';

/** The services every capability's setup receives from index.ts. */
export interface MainContext {
  ipcMain: Pick<IpcMain, 'handle'>;
  windows: AppWindows;
  settings: Settings;
  files: BoardFileService;
  recovery: RecoveryStore;
  /** Reading, importing and exporting spreadsheets, off main's event loop. */
  spreadsheets: SpreadsheetWorkerClient;
}
