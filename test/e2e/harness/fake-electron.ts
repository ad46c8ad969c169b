/* eslint-disable @typescript-eslint/no-this-alias -- the stand-in hands itself to the nested classes it builds */
/**
 * A stand-in for the `electron` module, so the real main entry runs in Node: BrowserWindow is a Playwright page
 * running the built renderer with the real preload bundle (fake-window.ts), ipcMain handlers are called from that
 * page, and dialogs answer with what the test queued. Only the Electron binary is replaced, and the stand-in is
 * never kinder than Electron:
 *
 * - The page is served by the app's own `protocol.handle` handler, the very function main registers: every
 *   request of the page is routed to it (Playwright's route), and nothing else answers. The scheme must have been
 *   registered before `ready` as standard and secure (without which Electron gives the page no origin to run its
 *   module scripts from) and fetch-capable, or it is not served.
 * - Chromium runs with no flag that grants the page anything (no file access, no web-security switch).
 * - The app's own `setWindowOpenHandler`, `will-navigate` and session permission handlers decide what the page
 *   really tries: a navigation of the window, a new window (Chromium's Page.windowOpen), a permission asked or
 *   checked. What they refuse does not happen; a request that would leave the app's origin anyway is stopped and
 *   fails the test, as do page errors, unhandled rejections, console errors and CSP violations (page-violations.ts,
 *   checked after every test by page-guard.ts).
 *
 * What still differs from Electron, and why each is safe:
 * 1. The page's own URL is `https://scaleboard.invalid/…` where Electron's is `scaleboard://app/…`; the stand-in
 *    translates in both directions, so main (isAppUrl, will-navigate, the sender check) only ever sees
 *    `scaleboard://app/…`, and the handler receives `scaleboard://app/…` requests. Both are secure contexts, and
 *    the CSP's 'self' means the one origin in each. The renderer never reads its own origin. Chromium's own
 *    favicon request skips the route; it goes to that name, which never resolves.
 * 2. The preload runs in the page's own world (an init script), not an isolated one, beside the harness's
 *    bindings, which a page script could call (a generic invoke no Electron page has: main's sender check and
 *    schemas still judge every call). Messages cross by Playwright's serialisation, not structured clone. The
 *    preload is the built bundle and may require only `electron` (as sandboxed), and the tests check that the page
 *    sees `window.scaleboard` alone, frozen.
 * 3. A new window the app refuses is still created by Chromium for an instant, then closed before its request
 *    leaves (window.open returns a window, not null). will-navigate is raised when a navigation's request reaches
 *    the stand-in, not when the navigation starts: one that makes no request (about:blank, data:, blob:), or that
 *    a second navigation cancels at once, is never seen. The app opens no windows and navigates nowhere.
 * 4. Permission requests are answered by wrapping the page's Notification, geolocation, permissions.query and
 *    getUserMedia APIs; Chromium's headless defaults (deny) answer the rest.
 * 5. Each window has its own browser context, so web storage is neither shared nor kept (the app uses none), and
 *    Chromium is Debian's, not Electron 45's.
 * 6. Dialogs, menus and screens are scripted; the utility process is a forked Node child (no Electron sandbox or
 *    memory cap); printToPDF is Playwright's pdf (Chromium's Page.printToPDF, as Electron's), given Electron's
 *    options and defaults (fake-window.ts); main runs on the test's Node, not Electron's. The fuses and the
 *    asar are not exercised here: test/e2e/packaging.test.ts checks them on the packed app, and
 *    `npm run test:electron` runs the real binary where it can be had.
 * 7. A page's crash is Chromium's own (CDP Page.crash), reported as Electron does, on the window's webContents as
 *    `render-process-gone` with reason `crashed`; its reload opens a new page in the window's context, with the
 *    same preload and bindings, where Electron starts a new renderer for the same webContents. `unresponsive` is
 *    raised by the test (the page is made to hang first): Chromium's hang detection is not simulated, and Electron
 *    raises it only after some seconds.
 */
import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Request as PlaywrightRequest, Route } from 'playwright-core';
import { APP_ORIGIN, APP_SCHEME } from '../../../electron/main/windows/app-scheme';
import { FakeBrowserWindow } from './fake-window';
import type { FakeWebContents } from './fake-window';
import { toAppUrl } from './page-origin';
import { recordViolation } from './page-violations';

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

type MessageBox = { message: string; buttons: string[] };

export interface DialogAnswers {
  /** A path, several paths (for a dialog that allows several: multiSelections), or null to cancel. */
  open: (string | string[] | null)[];
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
  /** The file name each save dialog first offered (its defaultPath's last part), in order. */
  readonly savesOffered: string[] = [];
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
  /** What main last put on the clipboard (Electron's `clipboard.writeText`). */
  clipboardText = '';
  dead = false;
  quitRequests = 0;
  readonly module: Record<string, unknown>;
  private ready = false;

  constructor(readonly options: FakeElectronOptions) {
    const fake = this;
    const appEmitter = new EventEmitter();
    const paths = new Map<string, string>([
      ['userData', options.userData],
      ['documents', options.documents],
    ]);
    const app = Object.assign(appEmitter, {
      isPackaged: true,
      getName: () => 'Scaleboard',
      getVersion: () => '0.0.0-test',
      getPath: (name: string) => paths.get(name) ?? path.join(paths.get('userData')!, name),
      setPath: (name: string, value: string) => {
        // As Electron: the folder must exist.
        if (!existsSync(value)) throw new Error(`Failed to set path: ${value} does not exist`);
        paths.set(name, value);
      },
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
        // As Electron's, the window is an optional first argument. Several paths answer only a dialog that allows them.
        showOpenDialog: async (...args: unknown[]) => {
          const options = args.at(-1) as { properties?: string[] } | undefined;
          const answer = next(fake.dialogAnswers.open, 'an open dialog');
          if (Array.isArray(answer) && answer.length > 1 && !options?.properties?.includes('multiSelections')) {
            throw new Error('The test chose several files in an open dialog that allows one');
          }
          if (!answer) return { canceled: true, filePaths: [] };
          return { canceled: false, filePaths: Array.isArray(answer) ? answer : [answer] };
        },
        // As Electron's, the window is an optional first argument (dialogs.ts).
        showSaveDialog: async (...args: [unknown, { defaultPath?: string }] | [{ defaultPath?: string }]) => {
          const offered = (args.at(-1) as { defaultPath?: string }).defaultPath;
          if (offered) fake.savesOffered.push(offered.split(/[\\/]/).pop()!);
          const answer = next(fake.dialogAnswers.save, 'a save dialog');
          return answer ? { canceled: false, filePath: answer } : { canceled: true, filePath: '' };
        },
        // As Electron's, the window is an optional first argument: main passes it when there is one (dialogs.ts).
        showMessageBox: async (...args: [unknown, MessageBox] | [MessageBox]) => {
          const box = args.at(-1) as MessageBox;
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
      clipboard: {
        writeText: (text: string) => {
          fake.clipboardText = text;
        },
        readText: () => fake.clipboardText,
      },
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
    // The pages go first, as they do with a crashed app, so none is left waiting on a call that cannot answer.
    await Promise.all(this.windows.map((w) => w.kill()));
    this.dead = true;
    this.handlers.clear();
    // The OS ends a crashed app's child processes with it.
    for (const child of this.utilityProcesses) child.kill();
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
    const needed = ['standard', 'secure', 'supportFetchAPI'];
    if (!handler || !needed.every((privilege) => privileges?.[privilege])) {
      recordViolation(
        `${request.url()}: the ${APP_SCHEME}: scheme needs a handler and the privileges ${needed.join(', ')}`,
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
