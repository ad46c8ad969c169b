/**
 * The app's windows, the facilitator's and the projector's, both made by the one factory here: no window can be
 * made without the secure settings, the navigation lock and the one page it may show.
 */
import type { BrowserWindowConstructorOptions, Rectangle, Session } from 'electron';
import { app, BrowserWindow, screen } from 'electron';
import path from 'node:path';
import type { Settings, WindowBounds } from '../settings/settings';
import { APP_ENTRY_URL } from './app-scheme';

const DEFAULT_SIZE = { width: 1440, height: 900 };

/**
 * The page both windows load: the app's own scheme, or the dev server's page while developing. The packaged
 * app never takes a URL from the environment: whoever could set ELECTRON_RENDERER_URL would get a remote page
 * with the whole `window.scaleboard` bridge.
 */
export function rendererEntryUrl(): string {
  const devServer = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  return devServer ? new URL('/', devServer).href : APP_ENTRY_URL;
}

/** True for the app's own page (with any hash), and nothing else: no other path, query, host or scheme. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  parsed.hash = '';
  return parsed.href === rendererEntryUrl();
}

/**
 * The one place a window is made, with the secure settings of DESIGN.md §4 written out as a literal, so that a
 * reader and Electronegativity see them at the constructor. `lockDown` then denies new windows, navigation away
 * and webviews; `denyPermissions` has denied every permission for the session since start-up.
 */
function createSecureWindow(options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>): BrowserWindow {
  const win = new BrowserWindow({
    ...options,
    webPreferences: {
      // Our own preload (electron/preload): it exposes named, schema-checked calls and never ipcRenderer itself.
      preload: path.join(__dirname, '../preload/index.cjs'), // eng-disable PRELOAD_JS_CHECK: reviewed, see above
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      webviewTag: false,
      // Middle-click on a link would otherwise open it in a new window.
      disableBlinkFeatures: 'Auxclick',
      // Chromium's spellchecker downloads its dictionaries on Linux and Windows: the app makes no requests.
      spellcheck: false,
    },
  });
  lockDown(win);
  return win;
}

/** The projector's window: the same page in its read-only audience view, a second window beside the facilitator's. */
export function createAudienceWindow(): BrowserWindow {
  const display = screen.getAllDisplays().at(-1);
  const win = createSecureWindow({
    width: 1600,
    height: 900,
    ...(display ? { x: display.workArea.x + 40, y: display.workArea.y + 40 } : {}),
    title: 'Scaleboard — audience',
    backgroundColor: '#0f1420',
    show: false,
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${rendererEntryUrl()}#audience`);
  return win;
}

export function createMainWindow(settings: Settings): BrowserWindow {
  const bounds = visibleBounds(settings.windowBounds());
  const win = createSecureWindow({
    ...DEFAULT_SIZE,
    ...(bounds ? { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height } : {}),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Scaleboard',
    backgroundColor: '#f6f7f9',
  });
  if (bounds?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    settings.setWindowBounds({ ...win.getNormalBounds(), maximized: win.isMaximized() });
  });

  void win.loadURL(rendererEntryUrl());
  return win;
}

/** No navigation away from the app, no new windows, no webviews: the window shows only the app's own page. */
function lockDown(win: BrowserWindow): void {
  const contents = win.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** No permissions for any page of the session the windows share, whether asked for or merely checked. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Saved bounds, if they are still on a connected display (a projector may have been unplugged). */
function visibleBounds(bounds: WindowBounds | undefined): WindowBounds | undefined {
  if (!bounds) return undefined;
  const onScreen = screen.getAllDisplays().some((display) => intersects(display.workArea, bounds));
  return onScreen ? bounds : undefined;
}

function intersects(a: Rectangle, b: Rectangle): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
