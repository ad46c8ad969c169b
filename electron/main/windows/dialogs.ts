/**
 * Electron's dialogs, for a window when there is one (then modal to it, a sheet on macOS), else for the app.
 * Electron's types take the window only as an extra first argument, never as undefined, so the choice between the
 * two forms is made here, once. `dialog` is read at each call, so a test that replaces its methods is heard.
 */
import type {
  BrowserWindow,
  MessageBoxOptions,
  MessageBoxReturnValue,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { dialog } from 'electron';

export function showMessageBox(
  win: BrowserWindow | undefined,
  options: MessageBoxOptions,
): Promise<MessageBoxReturnValue> {
  return win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
}

export function showOpenDialog(
  win: BrowserWindow | undefined,
  options: OpenDialogOptions,
): Promise<OpenDialogReturnValue> {
  return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
}

export function showSaveDialog(
  win: BrowserWindow | undefined,
  options: SaveDialogOptions,
): Promise<SaveDialogReturnValue> {
  return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
}
