/* eslint-disable @typescript-eslint/no-this-alias -- the stand-in hands itself to the nested classes and getters it builds */
/**
 * A stand-in for the `electron` module, so the real main entry runs in Node: BrowserWindow is a Playwright page
 * running the built renderer with the real preload bundle, ipcMain handlers are called from that page, and
 * dialogs answer with what the test queued. Only the Electron binary is replaced, and the stand-in is never
 * kinder than Electron:
 *
 * - The page is served by the app's own `protocol.handle` handler, the very function main registers: every
 *   request of the page is routed to it (Playwright's route), and nothing else answers. A scheme not registered
 *   as privileged (standard, secure, fetch) before `ready` is not served, as Electron would not.
 * - Chromium runs with no flag that grants the page anything (no file access, no web-security switch).
 * - The app's own `setWindowOpenHandler`, `will-navigate` and session permission handlers decide what the page
 *   really tries: a navigation of the window, a new window (Chromium's Page.windowOpen), a permission asked or
 *   checked. What they refuse does not happen; a request that would leave the app's origin anyway is stopped and
 *   fails the test, as do page errors, unhandled rejections, console errors and CSP violations (takeViolations,
 *   checked after every test by page-guard.ts).
 *
 * What still differs from Electron, and why each is safe:
 * 1. The page's own URL is `https://scaleboard.invalid/…` where Electron's is `scaleboard://app/…`; the stand-in
 *    translates in both directions, so main (isAppUrl, will-navigate, the sender check) only ever sees
 *    `scaleboard://app/…`, and the handler receives `scaleboard://app/…` requests. Both are secure contexts, and
 *    the CSP's 'self' means the one origin in each. The renderer never reads its own origin.
 * 2. The preload runs in the page's own world (an init script), not an isolated one, beside the harness's
 *    bindings. The preload is the built bundle and may require only `electron` (as sandboxed), and the tests check
 *    that the page sees `window.scaleboard` alone, frozen; the app's page is our own code.
 * 3. A new window the app refuses is still created by Chromium for an instant, then closed before its request
 *    leaves (window.open returns a window, not null). The app never opens windows from the page.
 * 4. Permission requests are answered by wrapping the page's Notification, geolocation, permissions.query and
 *    getUserMedia APIs; Chromium's headless defaults (deny) answer the rest.
 * 5. Dialogs, menus and screens are scripted; the utility process is a forked Node child (no Electron sandbox or
 *    memory cap); printToPDF is Playwright's pdf; main runs on the test's Node, not Electron's. The fuses and the
 *    asar are not exercised here: test/e2e/packaging.test.ts checks them on the packed app, and
 *    `npm run test:electron` runs the real binary where it can be had.
 */
import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page, Request as PlaywrightRequest, Route } from 'playwright-core';
import { APP_ENTRY_URL, APP_SCHEME } from '../../../electron/main/windows/app-scheme';

type Handler = (event: unknown, ...args: unknown[]) => unknown;
type MenuItem = { label?: string; role?: string; enabled?: boolean; click?: () => void; submenu?: MenuItem[] };
type MenuTemplate = MenuItem[];
type ProtocolHandler = (request: Request) => Response | Promise<Response>;
type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean },
) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string, details: object) => boolean;
type WindowOpenHandler = (details: { url: string; frameName: string; features: string; disposition: string }) => {
  action: 'allow' | 'deny';
};

/** Where the stand-in's pages live: a name that never resolves, so nothing could leave even if a route missed. */
export const PAGE_ORIGIN = 'https://scaleboard.invalid';
const APP_ORIGIN = `${APP_SCHEME}://app`;

/** The page's URL as main sees it (Electron's `scaleboard://app/…`). */
export function toAppUrl(pageUrl: string): string {
  return pageUrl.startsWith(`${PAGE_ORIGIN}/`) ? APP_ORIGIN + pageUrl.slice(PAGE_ORIGIN.length) : pageUrl;
}

/** What the page in Chromium loads for an app URL. */
function toPageUrl(appUrl: string): string {
  return appUrl.startsWith(`${APP_ORIGIN}/`) ? PAGE_ORIGIN + appUrl.slice(APP_ORIGIN.length) : appUrl;
}

/** The permissions the stand-in puts to the app's handlers; see the opening comment, point 4. */
const PERMISSIONS = ['notifications', 'geolocation', 'media', 'clipboard-read'] as const;

// The shared record of what a page did wrong, read after every test by page-guard.ts.
const violations: string[] = [];
export function recordViolation(what: string): void {
  violations.push(what);
}
/** What pages reported since the last call: errors, CSP violations, requests that would have left the app. */
export function takeViolations(): string[] {
  return violations.splice(0);
}

export interface DialogAnswers {
  open: (string | null)[];
  save: (string | null)[];
  /** Button indexes for showMessageBox, in order. */
  message: number[];
}

/** What the app's own handlers refused, as the page tried it. */
export interface Refusal {
  kind: 'navigation' | 'window' | 'permission';
  what: string;
}

export interface FakeElectronOptions {
  browser: Browser;
  userData: string;
  documents: string;
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
  readonly refusals: Refusal[] = [];
  /** The utility processes the app started, so a test can end them as a crash would. */
  readonly utilityProcesses: ChildProcess[] = [];
  /** Schemes registered as privileged, with their privileges, and the handlers registered for schemes. */
  readonly privilegedSchemes = new Map<string, Record<string, boolean>>();
  readonly protocolHandlers = new Map<string, ProtocolHandler>();
  /** The default session every window shares, with the permission handlers the app sets on it. */
  readonly session = {
    requestHandler: null as PermissionRequestHandler | null,
    checkHandler: null as PermissionCheckHandler | null,
    setPermissionRequestHandler: (handler: PermissionRequestHandler | null) => {
      this.session.requestHandler = handler;
    },
    setPermissionCheckHandler: (handler: PermissionCheckHandler | null) => {
      this.session.checkHandler = handler;
    },
  };
  applicationMenu: { template: MenuTemplate } | null = null;
  dead = false;
  quitRequests = 0;
  readonly module: Record<string, unknown>;
  private ready = false;

  constructor(readonly options: FakeElectronOptions) {
    const fake = this;
    const appEmitter = new EventEmitter();
    const app = Object.assign(appEmitter, {
      isPackaged: true,
      getName: () => 'Scaleboard',
      getVersion: () => '0.0.0-test',
      getPath: (name: string) =>
        name === 'userData'
          ? options.userData
          : name === 'documents'
            ? options.documents
            : `${options.userData}/${name}`,
      requestSingleInstanceLock: () => options.singleInstanceLock ?? true,
      isReady: () => fake.ready,
      whenReady: () =>
        new Promise<void>((resolve) =>
          setImmediate(() => {
            fake.ready = true;
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
      protocol: {
        // As Electron: privileges only before `ready`, handlers only after.
        registerSchemesAsPrivileged: (schemes: { scheme: string; privileges?: Record<string, boolean> }[]) => {
          if (fake.ready) throw new Error('protocol.registerSchemesAsPrivileged must be called before app is ready');
          for (const { scheme, privileges } of schemes) fake.privilegedSchemes.set(scheme, privileges ?? {});
        },
        handle: (scheme: string, handler: ProtocolHandler) => {
          if (!fake.ready) throw new Error('protocol.handle must be called after app is ready');
          if (fake.protocolHandlers.has(scheme)) throw new Error(`The scheme "${scheme}" is already handled`);
          fake.protocolHandlers.set(scheme, handler);
        },
        isProtocolHandled: (scheme: string) => fake.protocolHandlers.has(scheme),
      },
      session: { defaultSession: this.session },
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

  /** Answers a request of the page with the app's own scheme handler, as Electron's network service would. */
  async serve(route: Route, request: PlaywrightRequest): Promise<void> {
    const handler = this.protocolHandlers.get(APP_SCHEME);
    const privileges = this.privilegedSchemes.get(APP_SCHEME);
    if (!handler || !privileges?.standard || !privileges.secure || !privileges.supportFetchAPI) {
      recordViolation(
        `${request.url()}: the ${APP_SCHEME}: scheme is not registered as standard, secure and fetch-capable with a handler`,
      );
      await route.abort('failed');
      return;
    }
    const response = await handler(new Request(toAppUrl(request.url()), { method: request.method() }));
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    });
  }

  /** Asks the app's permission request handler, as Chromium's permission manager does for the page. */
  requestPermission(contents: FakeWebContents, permission: string): Promise<boolean> {
    const handler = this.session.requestHandler;
    const decided = (granted: boolean) => {
      if (!granted) this.refusals.push({ kind: 'permission', what: permission });
      return granted;
    };
    // Without a handler Electron grants every permission.
    if (!handler) return Promise.resolve(decided(true));
    return new Promise((resolve) =>
      handler(contents, permission, (granted) => resolve(decided(granted)), {
        requestingUrl: contents.mainFrame.url,
        isMainFrame: true,
      }),
    );
  }

  checkPermission(contents: FakeWebContents, permission: string): boolean {
    const handler = this.session.checkHandler;
    return handler ? handler(contents, permission, APP_ORIGIN, { requestingUrl: contents.mainFrame.url }) : true;
  }
}

export class FakeWebContents extends EventEmitter {
  private static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly mainFrame: { readonly url: string };
  readonly session: FakeElectron['session'];
  page: Page | null = null;
  windowOpenHandler: WindowOpenHandler | null = null;

  constructor(private readonly owner: FakeBrowserWindow) {
    super();
    const contents = this;
    this.session = owner.electron.session;
    this.mainFrame = {
      get url() {
        return toAppUrl(contents.page?.url() ?? '');
      },
    };
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

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
  /** The URL the window itself is loading (loadURL), which is not a navigation the page started. */
  private loading: string | null = null;
  readonly loaded: Promise<Page>;
  private resolveLoaded!: (page: Page) => void;

  constructor(
    readonly electron: FakeElectron,
    readonly windowOptions: Record<string, unknown>,
  ) {
    super();
    this.webContents = new FakeWebContents(this);
    this.loaded = new Promise((resolve) => (this.resolveLoaded = resolve));
    electron.windows.push(this);
  }

  async loadURL(url: string): Promise<void> {
    if (!url.startsWith(`${APP_ORIGIN}/`)) {
      throw new Error(`The harness loads the app's own scheme only (${APP_ENTRY_URL}), not ${url}`);
    }
    const { browser, viewport } = this.electron.options;
    const preferences = (this.windowOptions.webPreferences ?? {}) as { preload?: string };
    if (!preferences.preload) throw new Error('The window has no preload');
    const preloadSource = readFileSync(preferences.preload, 'utf8');
    this.context = await browser.newContext({ viewport });
    await this.context.route('**/*', (route, request) => this.route(route, request));
    const page = await this.context.newPage();
    this.webContents.page = page;
    page.on('pageerror', (error) => recordViolation(`page error in ${toAppUrl(page.url())}: ${error.stack ?? error}`));
    page.on('console', (message) => {
      if (message.type() === 'error') recordViolation(`console error in ${toAppUrl(page.url())}: ${message.text()}`);
    });
    // A window the app refuses is closed as soon as Chromium makes it (see the opening comment, point 3).
    this.context.on('page', (other) => {
      if (other !== page) void other.close();
    });
    const cdp = await this.context.newCDPSession(page);
    cdp.on('Page.windowOpen', ({ url: target, windowName, windowFeatures }) =>
      this.windowOpen(target, windowName, windowFeatures),
    );
    await cdp.send('Page.enable');
    await page.exposeBinding('__harnessInvoke', (source, channel: string, args: unknown[]) => {
      const frame =
        source.frame === page.mainFrame() ? this.webContents.mainFrame : { url: toAppUrl(source.frame.url()) };
      return this.electron.invoke(this.webContents, frame, channel, args);
    });
    await page.exposeBinding('__harnessReport', (_source, what: string) => recordViolation(what));
    await page.exposeBinding('__harnessPermission', (_source, permission: string) =>
      this.electron.requestPermission(this.webContents, permission),
    );
    const checks = Object.fromEntries(
      PERMISSIONS.map((permission) => [permission, this.electron.checkPermission(this.webContents, permission)]),
    );
    await page.addInitScript(pageGuard(checks));
    await page.addInitScript(preloadShim(preloadSource));
    const target = toPageUrl(url);
    this.loading = target.split('#')[0]!;
    await page.goto(target);
    this.emit('ready-to-show');
    this.resolveLoaded(page);
  }

  async loadFile(file: string): Promise<void> {
    throw new Error(
      `loadFile(${file}): a packaged window cannot run the app from file:// (its file protocol privileges are off)`,
    );
  }

  /** Every request of the window's context, as Electron's network service would see it. */
  private async route(route: Route, request: PlaywrightRequest): Promise<void> {
    const url = request.url();
    const page = this.webContents.page;
    let frame: ReturnType<PlaywrightRequest['frame']> | null = null;
    try {
      frame = request.frame();
    } catch {
      frame = null; // a new window's first request comes before its frame
    }
    if (!page || !frame || frame.page() !== page) {
      // A window the app's handler refused (Page.windowOpen asked it): none of its requests go anywhere.
      await route.abort('blockedbyclient');
      return;
    }
    if (request.isNavigationRequest() && frame === page.mainFrame()) {
      if (url === this.loading) {
        this.loading = null;
        await this.electron.serve(route, request);
        return;
      }
      const appUrl = toAppUrl(url);
      let prevented = false;
      const event = { url: appUrl, isMainFrame: true, preventDefault: () => void (prevented = true) };
      this.webContents.emit('will-navigate', event, appUrl);
      if (prevented) {
        this.electron.refusals.push({ kind: 'navigation', what: appUrl });
        await route.abort('aborted');
        return;
      }
    }
    if (url.startsWith(`${PAGE_ORIGIN}/`)) {
      await this.electron.serve(route, request);
      return;
    }
    recordViolation(`a request would have left the app: ${request.method()} ${url}`);
    await route.abort('blockedbyclient');
  }

  /** A new window the page asked for: the app's setWindowOpenHandler decides, as in Electron. */
  private windowOpen(url: string, frameName: string, features: string[]): void {
    const handler = this.webContents.windowOpenHandler;
    const decision = handler?.({
      url: toAppUrl(url),
      frameName,
      features: features.join(','),
      disposition: 'new-window',
    });
    if (decision?.action === 'deny') {
      this.electron.refusals.push({ kind: 'window', what: toAppUrl(url) });
    } else {
      recordViolation(`the app let the page open a window (${url}); the stand-in cannot show one`);
    }
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

/**
 * Runs in the page before its own scripts: reports CSP violations and unhandled rejections, and puts the page's
 * permission APIs to the app's session handlers (the check handler's answers, taken when the window loads, and
 * the request handler, asked each time).
 */
function pageGuard(checks: Record<string, boolean>): string {
  return `(() => {
  const report = (what) => window.__harnessReport(what);
  addEventListener('securitypolicyviolation', (e) =>
    report('CSP violation in ' + location.href + ': ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));
  addEventListener('unhandledrejection', (e) =>
    report('unhandled rejection in ' + location.href + ': ' + ((e.reason && e.reason.stack) || e.reason)));
  const checks = ${JSON.stringify(checks)};
  const ask = (permission) => window.__harnessPermission(permission);
  if (window.Notification) {
    Object.defineProperty(Notification, 'permission', { get: () => (checks.notifications ? 'granted' : 'denied') });
    Notification.requestPermission = (callback) =>
      ask('notifications').then((granted) => {
        const answer = granted ? 'granted' : 'denied';
        if (callback) callback(answer);
        return answer;
      });
  }
  if (navigator.geolocation) {
    const denied = { code: 1, message: 'User denied Geolocation', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 };
    const { getCurrentPosition, watchPosition } = navigator.geolocation;
    navigator.geolocation.getCurrentPosition = function (success, error, options) {
      ask('geolocation').then((granted) =>
        granted ? getCurrentPosition.call(navigator.geolocation, success, error, options) : error && error(denied));
    };
    navigator.geolocation.watchPosition = function (success, error, options) {
      ask('geolocation').then((granted) =>
        granted ? watchPosition.call(navigator.geolocation, success, error, options) : error && error(denied));
      return 0;
    };
  }
  if (navigator.permissions) {
    const names = { notifications: 'notifications', geolocation: 'geolocation', camera: 'media', microphone: 'media', 'clipboard-read': 'clipboard-read' };
    navigator.permissions.query = async (descriptor) => {
      const permission = names[descriptor && descriptor.name];
      if (!permission) throw new TypeError('The stand-in does not know the permission ' + (descriptor && descriptor.name));
      return { name: descriptor.name, state: checks[permission] ? 'granted' : 'denied', onchange: null };
    };
  }
  if (navigator.mediaDevices) {
    const { getUserMedia } = navigator.mediaDevices;
    navigator.mediaDevices.getUserMedia = (constraints) =>
      ask('media').then((granted) =>
        granted ? getUserMedia.call(navigator.mediaDevices, constraints)
                : Promise.reject(new DOMException('Permission denied', 'NotAllowedError')));
  }
})();`;
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
