import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentEntry } from '../../../contract';

export interface AppMenuOptions {
  appName: string;
  isMac: boolean;
  isDev: boolean;
  recent: RecentEntry[];
  send: (command: MenuCommand) => void;
  clearRecent: () => void;
}

/**
 * The app menu. File commands go to the window, which knows whether the board has unsaved changes; undo and
 * redo too, since they act on the board, not on the focused text field alone. Their keys are handled in the
 * window (registerAccelerator: false), so one key press is never undone twice.
 */
export function buildAppMenu(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const { send, isMac } = options;
  const recentItems: MenuItemConstructorOptions[] = options.recent.length
    ? options.recent.map((entry) => ({
        label: `${entry.title} — ${entry.fileName}`,
        enabled: entry.exists,
        click: () => send({ command: 'open-recent', recentId: entry.id }),
      }))
    : [{ label: 'No recent boards', enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'New Board', accelerator: 'CmdOrCtrl+N', click: () => send({ command: 'new' }) },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => send({ command: 'open' }) },
      {
        label: 'Open Recent',
        submenu: [...recentItems, { type: 'separator' }, { label: 'Clear Recent', click: options.clearRecent }],
      },
      { label: 'Open Example Board', click: () => send({ command: 'open-example' }) },
      { type: 'separator' },
      { label: 'Import Spreadsheet…', accelerator: 'CmdOrCtrl+I', click: () => send({ command: 'import' }) },
      {
        label: 'Export',
        submenu: [
          { label: 'Excel Workbook (.xlsx)…', click: () => send({ command: 'export-xlsx' }) },
          { label: 'CSV…', click: () => send({ command: 'export-csv' }) },
          { label: 'Actions (CSV)…', click: () => send({ command: 'export-actions-csv' }) },
          { label: 'PDF…', click: () => send({ command: 'export-pdf' }) },
          { label: 'Leaders’ Brief (PDF)…', click: () => send({ command: 'export-brief' }) },
          { label: 'PNG Image…', click: () => send({ command: 'export-png' }) },
          { label: 'Matrix as PNG…', click: () => send({ command: 'export-matrix-png' }) },
          { label: 'Matrix as SVG…', click: () => send({ command: 'export-matrix-svg' }) },
        ],
      },
      { type: 'separator' },
      { label: 'Start Workshop', click: () => send({ command: 'start-workshop' }) },
      { label: 'Compare with Start of Workshop', click: () => send({ command: 'compare-start' }) },
      { label: 'Compare with…', click: () => send({ command: 'compare' }) },
      { label: 'Combine Boards…', click: () => send({ command: 'combine' }) },
      { type: 'separator' },
      { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => send({ command: 'save' }) },
      { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => send({ command: 'save-as' }) },
      { label: 'Revert to Saved', click: () => send({ command: 'revert' }) },
      { type: 'separator' },
      { label: 'Close Board', accelerator: 'CmdOrCtrl+W', click: () => send({ command: 'close' }) },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => send({ command: 'undo' }) },
      {
        label: 'Redo',
        accelerator: isMac ? 'Cmd+Shift+Z' : 'Ctrl+Shift+Z',
        registerAccelerator: false,
        click: () => send({ command: 'redo' }),
      },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { label: 'Actions', accelerator: 'CmdOrCtrl+Shift+A', click: () => send({ command: 'toggle-actions' }) },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.isDev ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: options.appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [...appMenu, file, edit, view, { role: 'windowMenu' }];
}
