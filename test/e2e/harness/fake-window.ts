/**
 * The stand-in's BrowserWindow and webContents: a Playwright page in its own browser context, whose every request
 * is answered by the app's scheme handler and whose navigations, new windows and permission requests are put to
 * the app's own handlers (see fake-electron.ts).
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page, Request as PlaywrightRequest, Route } from 'playwright-core';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../electron/main/windows/app-scheme';
import type { FakeElectron } from './fake-electron';
import { PAGE_ORIGIN, toAppUrl, toPageUrl } from './page-origin';
import { PERMISSIONS, pageGuardScript, preloadShimScript } from './page-scripts';
import { recordViolation } from './page-violations';

export type WindowOpenHandler = (details: {
  url: string;
  frameName: string;
  features: string;
  disposition: string;
}) => {
  action: 'allow' | 'deny';
};

/** The options of Electron's webContents.printToPDF that the app can give. */
export interface ElectronPdfOptions {
  landscape?: boolean;
  displayHeaderFooter?: boolean;
  printBackground?: boolean;
  scale?: number;
  pageSize?: string | { width: number; height: number };
  margins?: {
    marginType?: 'default' | 'none' | 'printableArea' | 'custom';
    top?: number;
    bottom?: number;
    left?: number;
    right?: number;
  };
  pageRanges?: string;
  headerTemplate?: string;
  footerTemplate?: string;
  preferCSSPageSize?: boolean;
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
    this.session = owner.electron.session;
    const pageUrl = () => this.page?.url() ?? '';
    this.mainFrame = {
      get url() {
        return toAppUrl(pageUrl());
      },
    };
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  /** Electron's reload: after a crash, the page comes back in a new renderer. */
  reload(): void {
    void this.owner.reload();
  }

  /** Electron's forcefullyCrashRenderer: the page's renderer ends, and render-process-gone follows. */
  forcefullyCrashRenderer(): void {
    void this.owner.crashPage();
  }

  /** A window's contents go with the window. */
  isDestroyed(): boolean {
    return this.owner.isDestroyed();
  }

  /**
   * Electron's printToPDF, done by the same Chromium engine through Playwright, with Electron's options and
   * defaults: margins in inches, the page size from `pageSize` (the page's CSS @page size only when
   * `preferCSSPageSize`, which Electron leaves off), header and footer templates only with `displayHeaderFooter`.
   */
  async printToPDF(options: ElectronPdfOptions): Promise<Buffer> {
    if (!this.page) throw new Error('The window has no page');
    const margins = options.margins;
    const inches = (value: number | undefined) => `${value ?? 0}in`;
    const size = options.pageSize ?? 'Letter';
    return this.page.pdf({
      landscape: options.landscape ?? false,
      ...(typeof size === 'string'
        ? { format: size }
        : { width: `${size.width / 1000}mm`, height: `${size.height / 1000}mm` }),
      printBackground: options.printBackground ?? false,
      scale: options.scale ?? 1,
      pageRanges: options.pageRanges ?? '',
      displayHeaderFooter: options.displayHeaderFooter ?? false,
      headerTemplate: options.headerTemplate ?? '',
      footerTemplate: options.footerTemplate ?? '',
      preferCSSPageSize: options.preferCSSPageSize ?? false,
      // Electron's 'default' margins are about 1 cm (0.4 in); 'none' is none; 'custom' says each in inches.
      margin:
        margins?.marginType === 'custom'
          ? {
              top: inches(margins.top),
              bottom: inches(margins.bottom),
              left: inches(margins.left),
              right: inches(margins.right),
            }
          : margins?.marginType === 'none'
            ? { top: '0', bottom: '0', left: '0', right: '0' }
            : { top: '0.4in', bottom: '0.4in', left: '0.4in', right: '0.4in' },
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
  /** How many windows Chromium made for the page and the stand-in closed (see the opening comment, point 3). */
  closedPopups = 0;
  /** The URL the window itself is loading (loadURL), which is not a navigation the page started. */
  private loading: string | null = null;
  /** The URL given to loadURL, which a reload loads again. */
  private url: string | null = null;
  /** True while the stand-in opens the window's own page, which is not a popup. */
  private opening = false;
  /** Pages loaded in this window: 1 after loadURL, one more after each reload. */
  pageLoads = 0;
  reloads = 0;
  private cdp: CDPSession | null = null;
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
    this.url = url;
    this.context = await browser.newContext({ viewport });
    await this.context.route('**/*', (route, request) => this.route(route, request));
    // A window the app refuses is closed as soon as Chromium makes it (see the opening comment, point 3).
    this.context.on('page', (other) => {
      if (other === this.webContents.page || this.opening) return;
      void other.close().then(() => (this.closedPopups += 1));
    });
    const page = await this.openPage();
    this.emit('ready-to-show');
    this.resolveLoaded(page);
  }

  /**
   * Electron's reload of a page that crashed: a new renderer for the same URL. The stand-in opens a new page in
   * the window's context (a crashed Playwright page cannot be used again), with the same preload and bindings.
   */
  async reload(): Promise<void> {
    if (!this.context || this.destroyed) return;
    const old = this.webContents.page;
    this.reloads += 1;
    await old?.close().catch(() => undefined);
    await this.openPage();
  }

  /** Waits for the page of the given load (1 the first, 2 after one reload, …) and returns it. */
  async pageOfLoad(load: number, timeoutMs = 20_000): Promise<Page> {
    const started = Date.now();
    while (this.pageLoads < load) {
      if (Date.now() - started > timeoutMs) throw new Error(`The window did not load its page ${load} times`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.webContents.page!;
  }

  /** Ends the page's renderer as a crash would (Chromium's own crash, through CDP). */
  async crashPage(): Promise<void> {
    if (!this.cdp) throw new Error('The window has no page');
    // Through the session opened with the page: attaching a new one would wait for a hung page's main thread.
    await this.cdp.send('Page.crash').catch(() => undefined); // the session ends with the renderer
  }

  private async openPage(): Promise<Page> {
    const context = this.context!;
    const preferences = (this.windowOptions.webPreferences ?? {}) as { preload?: string };
    if (!preferences.preload) throw new Error('The window has no preload');
    const preloadSource = readFileSync(preferences.preload, 'utf8');
    this.opening = true;
    const page = await context.newPage().finally(() => (this.opening = false));
    this.webContents.page = page;
    page.on('pageerror', (error) => recordViolation(`page error in ${toAppUrl(page.url())}: ${error.stack ?? error}`));
    page.on('console', (message) => {
      if (message.type() === 'error') recordViolation(`console error in ${toAppUrl(page.url())}: ${message.text()}`);
    });
    // As Electron: a renderer that ends is reported on the window's webContents, with why.
    page.once('crash', () => {
      if (this.webContents.page !== page || this.destroyed) return;
      this.webContents.emit(
        'render-process-gone',
        { preventDefault: () => undefined },
        {
          reason: 'crashed',
          exitCode: 1,
        },
      );
    });
    const cdp = await context.newCDPSession(page);
    this.cdp = cdp;
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
    await page.addInitScript(pageGuardScript(checks));
    await page.addInitScript(preloadShimScript(preloadSource));
    const target = toPageUrl(this.url!);
    this.loading = target.split('#')[0]!;
    await page.goto(target);
    this.pageLoads += 1;
    return page;
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
