/**
 * The main process: it only wires the capabilities together. Each capability lives in its own folder and
 * exposes a setup function; the IPC contract is in contract/ (channels.ts, api.ts, events.ts).
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import ElectronStore from 'electron-store';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { MenuCommand } from '../../contract';
import { EVENTS } from '../../contract';
import { setupExportHandlers } from './exports/export-handlers';
import { setupBoardHandlers } from './files/board-handlers';
import { setupSpreadsheetHandlers } from './spreadsheets/spreadsheet-handlers';
import { SpreadsheetWorkerClient } from './spreadsheets/spreadsheet-worker-client';
import { utilityHost } from './spreadsheets/utility-host';
import { BoardFileService } from './files/board-file-service';
import { RecoveryStore } from './files/recovery-store';
import { boardPathsIn, userDataDirIn } from './command-line';
import { buildAppMenu } from './menu/app-menu';
import type { KeyValueStore, SettingsShape } from './settings/settings';
import { Settings } from './settings/settings';
import { openSettingsStore, SETTINGS_DEFAULTS } from './settings/settings-file';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppRequestHandler } from './windows/app-scheme';
import { AppWindows } from './windows/app-windows';
import { setupAudienceHandlers } from './windows/audience-handlers';
import { createMainWindow, denyPermissions } from './windows/secure-window';
import { showMessageBox } from './windows/dialogs';
import { watchRenderer } from './windows/renderer-watch';
import { setupWindowHandlers } from './windows/window-handlers';

// Before the single-instance lock, which belongs to the user-data folder: one instance per folder.
const userDataDir = userDataDirIn(process.argv.slice(1));
if (userDataDir && !useUserDataDir(userDataDir)) {
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

/**
 * Keeps the app's data in the folder --user-data-dir names (Electron has usually created it from the same switch;
 * setPath refuses one that does not exist). False, once said, when the folder cannot be used.
 */
function useUserDataDir(folder: string): boolean {
  try {
    mkdirSync(folder, { recursive: true });
    app.setPath('userData', folder);
    return true;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    dialog.showErrorBox(
      'Scaleboard cannot start',
      `The folder given with --user-data-dir cannot be used: ${folder} (${reason}). Name a folder you may write to.`,
    );
    return false;
  }
}

function start(): void {
  // Before `ready`, as Electron requires: the scheme the windows load the renderer from.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  const windows = new AppWindows();
  let settings: Settings;
  const files = new BoardFileService();
  let recovery: RecoveryStore;
  const pendingPaths: string[] = boardPathsIn(process.argv.slice(1));

  const sendCommand = (command: MenuCommand): void => {
    const win = windows.first();
    if (win) win.webContents.send(EVENTS.menuCommand, command);
  };
  const refreshMenu = (): void => {
    const template = buildAppMenu({
      appName: app.getName(),
      isMac: process.platform === 'darwin',
      isDev: !app.isPackaged,
      recent: settings.recentFiles(),
      send: sendCommand,
      clearRecent: () => settings.clearRecent(),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const openWindow = (): BrowserWindow => {
    const win = createMainWindow(settings);
    windows.add(win);
    windowHandlers.attachClosePrompt(win);
    watchRenderer(win, { windows, dialog });
    return win;
  };

  // macOS hands files over before `ready`, and later through this event.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (!app.isReady()) pendingPaths.push(filePath);
    else void windowHandlers.openFromSystem(filePath);
  });
  app.on('second-instance', (_event, argv) => {
    const win = windows.first();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    for (const filePath of boardPathsIn(argv.slice(1))) void windowHandlers.openFromSystem(filePath);
  });

  let windowHandlers: ReturnType<typeof setupWindowHandlers>;
  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, createAppRequestHandler(path.join(__dirname, '../renderer')));
    denyPermissions(session.defaultSession);
    const userData = app.getPath('userData');
    // Our own handling of a damaged file keeps it beside (clearInvalidConfig would lose it): see openSettingsStore.
    const opened = openSettingsStore(path.join(userData, 'settings.json'), () => {
      const options = { cwd: userData, name: 'settings', defaults: SETTINGS_DEFAULTS, clearInvalidConfig: false };
      return new ElectronStore<SettingsShape>(options) as unknown as KeyValueStore;
    });
    // The menu's Open Recent follows the list: a board opened or saved, the list cleared, a board found gone or back.
    settings = new Settings(opened.store, { onRecentChange: () => refreshMenu() });
    recovery = new RecoveryStore(path.join(userData, 'recovery'));
    const spreadsheets = new SpreadsheetWorkerClient(path.join(__dirname, 'spreadsheet-worker.js'), {
      start: utilityHost,
    });
    app.on('will-quit', () => spreadsheets.stop());
    const context = { ipcMain, windows, settings, files, recovery, spreadsheets };
    setupBoardHandlers(context);
    setupSpreadsheetHandlers(context);
    setupExportHandlers(context);
    setupAudienceHandlers(context);
    windowHandlers = setupWindowHandlers({ ...context, pendingPaths });
    refreshMenu();
    const win = openWindow();
    if (opened.notice) {
      const detail = opened.notice;
      win.once('ready-to-show', () => {
        void showMessageBox(win, {
          type: 'warning',
          message: 'Scaleboard started with default settings',
          detail,
        });
      });
    }
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
