/**
 * Starting the real Electron for `npm run test:electron`: the built app through Playwright's `_electron` (which
 * drives main too, so dialogs and menus can be answered), and the packaged app in dist/ through the DevTools
 * protocol alone, because its fuses turn off the `--inspect` that `_electron` needs.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, ElectronApplication, Page } from 'playwright-core';
import { _electron, chromium } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '../..');

/**
 * Skips the test, saying why, where the real Electron cannot run; fails instead where it must (the hosted CI
 * workflow sets SCALEBOARD_REQUIRE_ELECTRON), so a skip is never mistaken for a pass there.
 */
export function skipUnless(context: { skip: (note: string) => never }, reason: string | undefined): void {
  if (!reason) return;
  if (process.env.SCALEBOARD_REQUIRE_ELECTRON) throw new Error(`The real-Electron suite must run here: ${reason}`);
  context.skip(reason);
}

/** Why the suite cannot run here, or undefined when it can. */
export function unavailableReason(): string | undefined {
  if (process.env.SCALEBOARD_ELECTRON_UNAVAILABLE) return process.env.SCALEBOARD_ELECTRON_UNAVAILABLE;
  const binary = process.env.ELECTRON_EXEC_PATH;
  if (!binary) return 'No Electron binary was named: run this suite with npm run test:electron, which fetches it.';
  if (!existsSync(binary)) return `The Electron binary ${binary} does not exist.`;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'There is no display: on Linux run it under xvfb-run (xvfb-run -a npm run test:electron).';
  }
  return undefined;
}

/** The packaged app electron-builder left in dist/ for this platform, if any. */
export function packagedExecutable(): string | undefined {
  const dist = path.join(ROOT, 'dist');
  if (!existsSync(dist)) return undefined;
  const candidates = readdirSync(dist).flatMap((folder) => [
    path.join(dist, folder, 'scaleboard'), // linux-unpacked
    path.join(dist, folder, 'Scaleboard.exe'), // win-unpacked
    path.join(dist, folder, 'Scaleboard.app', 'Contents', 'MacOS', 'Scaleboard'), // mac, mac-arm64
  ]);
  return candidates.find((file) => existsSync(file));
}

/**
 * An environment whose user-data folder is `home` (Linux and Windows read it from there; macOS has no such
 * variable, and uses the user's own Application Support folder), and never a dev server's URL.
 */
export function isolatedEnv(home: string): Record<string, string> {
  mkdirSync(home, { recursive: true });
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  delete env.ELECTRON_RENDERER_URL;
  delete env.ELECTRON_RUN_AS_NODE;
  return { ...env, XDG_CONFIG_HOME: home, APPDATA: home };
}

/** Chromium refuses to run as root with its sandbox; a CI container may be root. */
function sandboxArgs(): string[] {
  return process.getuid?.() === 0 ? ['--no-sandbox'] : [];
}

/** The built app (out/), as `npm start` runs it: `electron .` from the project folder. */
export async function launchBuilt(home: string, args: string[] = []): Promise<ElectronApplication> {
  return _electron.launch({
    executablePath: process.env.ELECTRON_EXEC_PATH!,
    args: [...sandboxArgs(), ROOT, ...args],
    cwd: ROOT,
    env: isolatedEnv(home),
  });
}

/** Answers the next open and save dialogs in main with these paths, in order. */
export async function answerDialogs(app: ElectronApplication, answers: { save?: string[]; open?: string[] }) {
  await app.evaluate(({ dialog }, queued) => {
    const save = [...(queued.save ?? [])];
    const open = [...(queued.open ?? [])];
    dialog.showSaveDialog = (async () => {
      const filePath = save.shift();
      return filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' };
    }) as typeof dialog.showSaveDialog;
    dialog.showOpenDialog = (async () => {
      const filePath = open.shift();
      return filePath ? { canceled: false, filePaths: [filePath] } : { canceled: true, filePaths: [] };
    }) as typeof dialog.showOpenDialog;
  }, answers);
}

/** Clicks an item of the application menu by its labels, as a person would. */
export async function clickMenu(app: ElectronApplication, ...labels: string[]): Promise<void> {
  await app.evaluate(({ Menu }, path) => {
    let items = Menu.getApplicationMenu()?.items ?? [];
    let item: (typeof items)[number] | undefined;
    for (const label of path) {
      item = items.find((candidate) => candidate.label === label || candidate.label.startsWith(label));
      if (!item) throw new Error(`No menu item ${label} in ${path.join(' › ')}`);
      items = item.submenu?.items ?? [];
    }
    item!.click();
  }, labels);
}

export interface PackagedApp {
  process: ChildProcess;
  browser: Browser;
  firstWindow(): Promise<Page>;
  close(): Promise<void>;
}

/** The packaged app, started as a user would (its fuses on), and watched through the DevTools protocol. */
export async function launchPackaged(executable: string, home: string, args: string[] = []): Promise<PackagedApp> {
  const child = spawn(executable, [...sandboxArgs(), '--remote-debugging-port=0', ...args], {
    env: isolatedEnv(home),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The packaged app did not open DevTools:\n${output}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`The packaged app exited with ${code}:\n${output}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  return {
    process: child,
    browser,
    firstWindow: async () => {
      const context = browser.contexts()[0]!;
      return context.pages()[0] ?? (await context.waitForEvent('page'));
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      child.kill('SIGKILL');
    },
  };
}

/** Runs the app a second time with these arguments, as a double-click would, and waits for it to end. */
export function secondInstance(executable: string, args: string[], home: string): Promise<number | null> {
  const child = spawn(executable, [...sandboxArgs(), ...args], { env: isolatedEnv(home), stdio: 'ignore' });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}
