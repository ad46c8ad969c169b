/* eslint-disable @typescript-eslint/no-this-alias -- the stand-in hands itself to the nested classes and getters it builds */
/**
 * A stand-in for the `electron` module, so the real main entry runs in Node: BrowserWindow is a Playwright page
 * running the built renderer with the real preload bundle, ipcMain handlers are called from that page, and
 * dialogs answer with what the test queued. Only the Electron binary is replaced.
 */
import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';

type Handler = (event: unknown, ...args: unknown[]) => unknown;
type MenuItem = { label?: string; role?: string; enabled?: boolean; click?: () => void; submenu?: MenuItem[] };
type MenuTemplate = MenuItem[];

export interface DialogAnswers {
  open: (string | null)[];
  save: (string | null)[];
  /** Button indexes for showMessageBox, in order. */
  message: number[];
}

export interface FakeElectronOptions {
  browser: Browser;
  userData: string;
  documents: string;
  preloadSource: string;
  viewport: { width: number; height: number };
  /** What requestSingleInstanceLock answers: false when another instance already runs. */
  singleInstanceLock?: boolean;
}

export class FakeElectron {
  readonly dialogAnswers: DialogAnswers = { open: [], save: [], message: [] };
  readonly messageBoxes: { message: string; buttons: string[] }[] = [];
  readonly errorBoxes: { title: string; content: string }[] = [];
  readonly handlers = new Map<string, Handler>();
  readonly windows: FakeBrowserWindow[] = [];
  /** The utility processes the app started, so a test can end them as a crash would. */
  readonly utilityProcesses: ChildProcess[] = [];
  applicationMenu: { template: MenuTemplate } | null = null;
  dead = false;
  quitRequests = 0;
  readonly module: Record<string, unknown>;

  constructor(readonly options: FakeElectronOptions) {
    const fake = this;
    const appEmitter = new EventEmitter();
    let ready = false;
    const app = Object.assign(appEmitter, {
      isPackaged: true,
      getName: () => 'Scaleboard',
      getVersion: () => '0.0.0-test',
      getPath: (name: string) =>
        name === 'userData'
          ? options.userData
          : name === 'documents'
            ? options.documents
            : path.join(options.userData, name),
      requestSingleInstanceLock: () => options.singleInstanceLock ?? true,
      isReady: () => ready,
      whenReady: () =>
        new Promise<void>((resolve) =>
          setImmediate(() => {
            ready = true;
            appEmitter.emit('ready');
            resolve();
          }),
        ),
      quit: () => {
        fake.quitRequests += 1;
        void fake.quit();
      },
      exit: () => void fake.crash(),
    });
    class BrowserWindow extends FakeBrowserWindow {
      constructor(windowOptions: Record<string, unknown>) {
        super(fake, windowOptions);
      }
      static getAllWindows = () => fake.windows.filter((w) => !w.isDestroyed());
      static fromWebContents = (contents: unknown) => fake.windows.find((w) => w.webContents === contents) ?? null;
    }
    const next = <T>(queue: T[], what: string): T => {
      if (!queue.length) throw new Error(`The test did not queue an answer for ${what}`);
      return queue.shift()!;
    };
    this.module = {
      app,
      BrowserWindow,
      ipcMain: {
        handle: (channel: string, handler: Handler) => {
          if (fake.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
          fake.handlers.set(channel, handler);
        },
        removeHandler: (channel: string) => fake.handlers.delete(channel),
        on: () => undefined,
      },
      Menu: {
        buildFromTemplate: (template: MenuTemplate) => ({ template }),
        setApplicationMenu: (menu: { template: MenuTemplate } | null) => {
          fake.applicationMenu = menu;
        },
      },
      dialog: {
        showOpenDialog: async () => {
          const answer = next(fake.dialogAnswers.open, 'an open dialog');
          return answer ? { canceled: false, filePaths: [answer] } : { canceled: true, filePaths: [] };
        },
        showSaveDialog: async () => {
          const answer = next(fake.dialogAnswers.save, 'a save dialog');
          return answer ? { canceled: false, filePath: answer } : { canceled: true, filePath: '' };
        },
        showMessageBox: async (_win: unknown, box: { message: string; buttons: string[] }) => {
          fake.messageBoxes.push({ message: box.message, buttons: box.buttons });
          return { response: next(fake.dialogAnswers.message, `the message box “${box.message}”`) };
        },
        showErrorBox: (title: string, content: string) => fake.errorBoxes.push({ title, content }),
      },
      screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
      utilityProcess: {
        /** Electron's utility process, as a forked Node child with the same message and exit events. */
        fork: (modulePath: string, args: string[] = [], forkOptions: { execArgv?: string[] } = {}) => {
          const child = fork(modulePath, args, {
            execArgv: forkOptions.execArgv ?? [],
            serialization: 'advanced',
            stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
          });
          fake.utilityProcesses.push(child);
          // As Electron's postMessage, a message to a process that has died is dropped, not thrown.
          child.on('error', () => undefined);
          const utility = Object.assign(new EventEmitter(), {
            pid: child.pid,
            postMessage: (message: unknown) => child.send(message as never),
            kill: () => child.kill(),
          });
          child.on('message', (message) => utility.emit('message', message));
          child.on('exit', (code) => utility.emit('exit', code ?? 1));
          return utility;
        },
      },
      shell: { openPath: async () => '' },
    };
  }

  /** Clicks a menu item by its labels, e.g. `clickMenu('File', 'Save As…')`. */
  clickMenu(...labels: string[]): void {
    let items = this.applicationMenu?.template ?? [];
    let item: MenuItem | undefined;
    for (const label of labels) {
      item = items.find((i) => i.label === label || (i.label ?? '').startsWith(label));
      if (!item) throw new Error(`No menu item “${label}” in ${labels.join(' › ')}`);
      items = item.submenu ?? [];
    }
    if (!item?.click || item.enabled === false) throw new Error(`Menu item ${labels.join(' › ')} cannot be clicked`);
    item.click();
  }

  menuLabels(...labels: string[]): string[] {
    let items = this.applicationMenu?.template ?? [];
    for (const label of labels) items = items.find((i) => i.label === label)?.submenu ?? [];
    return items.map((i) => i.label ?? i.role ?? '');
  }

  async quit(): Promise<boolean> {
    const app = this.module.app as EventEmitter;
    app.emit('before-quit', { preventDefault: () => undefined });
    for (const win of [...this.windows]) if (!win.isDestroyed()) await win.requestClose();
    return this.windows.every((w) => w.isDestroyed());
  }

  /** Ends the app the way a crash or power cut would: no close events, no prompts, nothing saved. */
  async crash(): Promise<void> {
    this.dead = true;
    this.handlers.clear();
    // The OS ends a crashed app's child processes with it.
    for (const child of this.utilityProcesses) child.kill();
    await Promise.all(this.windows.map((w) => w.kill()));
  }

  /** Calls a handler as the given frame would; used by the page binding and by hostile-sender tests. */
  async invoke(sender: FakeWebContents, frame: unknown, channel: string, args: unknown[]): Promise<unknown> {
    if (this.dead) throw new Error('The app has ended');
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ sender, senderFrame: frame }, ...args);
  }
}

export class FakeWebContents extends EventEmitter {
  private static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly mainFrame: { readonly url: string };
  readonly session = { setPermissionRequestHandler: () => undefined };
  page: Page | null = null;

  constructor(private readonly owner: FakeBrowserWindow) {
    super();
    const contents = this;
    this.mainFrame = {
      get url() {
        return contents.page?.url() ?? '';
      },
    };
  }

  setWindowOpenHandler(): void {}

  /** A window's contents go with the window. */
  isDestroyed(): boolean {
    return this.owner.isDestroyed();
  }

  /** Electron's printToPDF, done by the same Chromium engine through Playwright. */
  async printToPDF(options: { landscape?: boolean; pageSize?: string; printBackground?: boolean }): Promise<Buffer> {
    if (!this.page) throw new Error('The window has no page');
    return this.page.pdf({
      landscape: options.landscape ?? false,
      format: options.pageSize ?? 'A4',
      printBackground: options.printBackground ?? false,
      preferCSSPageSize: true,
    });
  }

  send(channel: string, ...args: unknown[]): void {
    if (!this.page || this.owner.isDestroyed()) return;
    void this.page
      .evaluate(
        ([c, a]) => (window as unknown as { __harnessEmit: (c: string, a: unknown[]) => void }).__harnessEmit(c, a),
        [channel, args] as const,
      )
      .catch(() => undefined);
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  title = '';
  documentEdited = false;
  private destroyed = false;
  private context: BrowserContext | null = null;
  readonly loaded: Promise<Page>;
  private resolveLoaded!: (page: Page) => void;

  constructor(
    private readonly electron: FakeElectron,
    readonly windowOptions: Record<string, unknown>,
  ) {
    super();
    this.webContents = new FakeWebContents(this);
    this.loaded = new Promise((resolve) => (this.resolveLoaded = resolve));
    electron.windows.push(this);
  }

  async loadFile(file: string, options: { hash?: string } = {}): Promise<void> {
    const { browser, viewport, preloadSource } = this.electron.options;
    this.context = await browser.newContext({ viewport });
    const page = await this.context.newPage();
    this.webContents.page = page;
    page.on('pageerror', (error) => console.error('[renderer error]', error));
    page.on('console', (message) => {
      if (message.type() === 'error') console.error('[renderer console]', message.text());
    });
    await page.exposeBinding('__harnessInvoke', (source, channel: string, args: unknown[]) => {
      const frame = source.frame === page.mainFrame() ? this.webContents.mainFrame : { url: source.frame.url() };
      return this.electron.invoke(this.webContents, frame, channel, args);
    });
    await page.addInitScript(preloadShim(preloadSource));
    await page.goto(`${pathToFileURL(file).href}${options.hash ? `#${options.hash}` : ''}`);
    this.emit('ready-to-show');
    this.resolveLoaded(page);
  }

  async loadURL(url: string): Promise<void> {
    throw new Error(`The harness loads the built renderer only, not ${url}`);
  }

  /** What clicking the window's close button does: the 'close' event may prevent it. */
  async requestClose(): Promise<boolean> {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return false;
    await this.kill();
    this.emit('closed');
    return true;
  }

  close(): void {
    void this.requestClose();
  }

  async kill(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    await this.context?.close().catch(() => undefined);
  }

  isDestroyed = () => this.destroyed;
  show = () => undefined;
  focus = () => undefined;
  restore = () => undefined;
  maximize = () => undefined;
  isMinimized = () => false;
  isMaximized = () => false;
  setTitle = (title: string) => void (this.title = title);
  getTitle = () => this.title;
  setDocumentEdited = (edited: boolean) => void (this.documentEdited = edited);
  getNormalBounds = () => ({
    x: 10,
    y: 10,
    width: Number(this.windowOptions.width),
    height: Number(this.windowOptions.height),
  });
}

/** Runs the real preload bundle in the page, with the two Electron APIs a sandboxed preload may use. */
function preloadShim(preloadSource: string): string {
  return `(() => {
  const listeners = new Map();
  window.__harnessEmit = (channel, args) => {
    for (const listener of listeners.get(channel) ?? []) listener({}, ...args);
  };
  const ipcRenderer = {
    invoke: (channel, ...args) => window.__harnessInvoke(channel, args),
    on: (channel, listener) => { listeners.set(channel, [...(listeners.get(channel) ?? []), listener]); },
    removeListener: (channel, listener) => { listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener)); },
  };
  const contextBridge = {
    exposeInMainWorld: (key, value) => Object.defineProperty(window, key, { value: Object.freeze(value), enumerable: true }),
  };
  const module = { exports: {} };
  const require = (name) => {
    if (name === 'electron') return { ipcRenderer, contextBridge };
    throw new Error('A sandboxed preload cannot require ' + name);
  };
  (function (require, module, exports) {\n${preloadSource}\n})(require, module, module.exports);
})();`;
}

export function readPreload(outDir: string): string {
  return readFileSync(path.join(outDir, 'preload', 'index.cjs'), 'utf8');
}
