/**
 * Starts the real, built main entry (out/main/index.js) against the stand-in `electron` module and waits for
 * its window. Several instances can run one after another against the same user-data folder, which is how the
 * tests quit, crash and start the app again.
 */
import { createRequire } from 'node:module';
import Module from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BoardDocument } from '../../../domain';
import { serializeBoard } from '../../../domain';
import { FakeElectron } from './fake-electron';

export const OUT_DIR = path.resolve(__dirname, '../../../out');
const MAIN_ENTRY = path.join(OUT_DIR, 'main', 'index.js');
const requireFromHere = createRequire(__filename);

let current: FakeElectron | null = null;
let hooked = false;

/** Routes `require('electron')` from the main bundle to the running instance's stand-in. */
function hookElectron(): void {
  if (hooked) return;
  hooked = true;
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    if (request === 'electron') {
      if (!current) throw new Error('No app instance is running');
      return current.module;
    }
    return original.call(this, request, ...rest);
  };
}

export interface AppInstance {
  electron: FakeElectron;
  page: Page;
}

export interface LaunchOptions {
  browser: Browser;
  userData: string;
  documents: string;
  viewport?: { width: number; height: number };
  /** Arguments after the executable, as the OS or a shell would pass them. */
  args?: string[];
  /** False to start as a second instance while another one runs. */
  singleInstanceLock?: boolean;
  /** Another build of the main entry (the one unpacked from a packaged app.asar, say); out/main/index.js by default. */
  mainEntry?: string;
}

/** Runs the main entry once against a new stand-in and returns the stand-in, without waiting for a window. */
export function startMain(options: LaunchOptions): FakeElectron {
  hookElectron();
  mkdirSync(options.userData, { recursive: true });
  mkdirSync(options.documents, { recursive: true });
  const electron = new FakeElectron({
    browser: options.browser,
    userData: options.userData,
    documents: options.documents,
    viewport: options.viewport ?? { width: 1366, height: 768 },
    singleInstanceLock: options.singleInstanceLock,
  });
  current = electron;
  // A fresh start: the main bundle runs its top level again, as a new process would.
  const mainEntry = options.mainEntry ?? MAIN_ENTRY;
  delete requireFromHere.cache[mainEntry];
  const argv = process.argv;
  process.argv = ['scaleboard', ...(options.args ?? [])];
  try {
    requireFromHere(mainEntry);
  } finally {
    process.argv = argv;
  }
  return electron;
}

export async function launchApp(options: LaunchOptions): Promise<AppInstance> {
  const electron = startMain(options);
  const window = await waitFor(() => electron.windows[0], 'the main window');
  const page = await window.loaded;
  await page.waitForSelector('.start, .board-screen');
  return { electron, page };
}

/** Starts the app with folders of its own in `root` and opens the example board from the start screen. */
export async function launchExample(options: {
  browser: Browser;
  root: string;
  viewport?: { width: number; height: number };
}): Promise<AppInstance> {
  const app = await launchApp({
    browser: options.browser,
    userData: path.join(options.root, 'user'),
    documents: path.join(options.root, 'docs'),
    ...(options.viewport ? { viewport: options.viewport } : {}),
  });
  await app.page.getByRole('button', { name: 'Open example' }).click();
  await app.page.waitForSelector('.board-screen');
  return app;
}

/**
 * Writes `board` to a .scaleboard file in `root` and starts the app on it, as opening the file from the desktop
 * would, with user-data and documents folders of its own in `root`.
 */
export async function launchWithBoard(options: {
  browser: Browser;
  root: string;
  board: BoardDocument;
  fileName?: string;
  viewport?: { width: number; height: number };
}): Promise<AppInstance> {
  mkdirSync(options.root, { recursive: true });
  const file = path.join(options.root, options.fileName ?? 'board.scaleboard');
  writeFileSync(file, serializeBoard(options.board));
  return launchApp({
    browser: options.browser,
    userData: path.join(options.root, 'user'),
    documents: path.join(options.root, 'docs'),
    ...(options.viewport ? { viewport: options.viewport } : {}),
    args: [file],
  });
}

async function waitFor<T>(get: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = get();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
