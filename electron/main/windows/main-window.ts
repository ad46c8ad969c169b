import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { BrowserWindow, screen } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Settings, WindowBounds } from '../settings/settings';

const DEFAULT_SIZE = { width: 1440, height: 900 };

/** Where the renderer is loaded from: the dev server while developing, else the built files. */
export function rendererLocation(): { url: string } | { file: string } {
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  return devUrl ? { url: devUrl } : { file: path.join(__dirname, '../renderer/index.html') };
}

/** True for a URL of the app's own renderer, and nothing else (no remote page, no other local file). */
export function isAppUrl(url: string): boolean {
  const location = rendererLocation();
  const base = 'url' in location ? location.url : pathToFileURL(location.file).href;
  return url === base || url.startsWith(`${base}#`) || url.startsWith(`${base}?`);
}

/**
 * The one place a window is made, with the secure settings of DESIGN.md §4 written out as a literal, so that a
 * reader and Electronegativity see them at the constructor. `lockDown` then denies new windows, navigation away,
 * webviews and permission requests.
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
      spellcheck: true,
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
  const location = rendererLocation();
  void ('url' in location
    ? win.loadURL(`${location.url}#audience`)
    : win.loadFile(location.file, { hash: 'audience' }));
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

  const location = rendererLocation();
  void ('url' in location ? win.loadURL(location.url) : win.loadFile(location.file));
  return win;
}

/** No navigation away from the app, no new windows, no permissions: the app shows only its own page. */
function lockDown(win: BrowserWindow): void {
  const contents = win.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
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
