/**
 * Starting the real Electron for `npm run test:electron`: the built app through Playwright's `_electron` (which
 * drives main too, so dialogs and menus can be answered), and the packaged app in dist/ through the DevTools
 * protocol alone, because its fuses turn off the `--inspect` that `_electron` needs.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
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
  if (process.platform === 'linux' && process.getuid?.() !== 0 && userNamespacesRestricted()) {
    return 'This Linux (Ubuntu 24.04 and later) refuses Electron’s sandbox the user namespaces it needs: run sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0 first.';
  }
  return undefined;
}

/** AppArmor's restriction, which stops an unpacked Electron (its chrome-sandbox not setuid root) from starting. */
function userNamespacesRestricted(): boolean {
  try {
    return readFileSync('/proc/sys/kernel/apparmor_restrict_unprivileged_userns', 'utf8').trim() === '1';
  } catch {
    return false;
  }
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

/** This environment without what would change how Electron runs the app (a dev server's URL, Node's options). */
function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  for (const key of ['ELECTRON_RENDERER_URL', 'ELECTRON_RUN_AS_NODE', 'NODE_OPTIONS']) delete env[key];
  return env;
}

/**
 * The app's own switches for a test: its settings, recent files and recovery copies in `profile`, never the
 * user's (and the single-instance lock with them, so a Scaleboard the user has open is not disturbed).
 */
function appArgs(profile: string): string[] {
  mkdirSync(profile, { recursive: true });
  // Chromium refuses to run as root with its sandbox; a CI container may be root.
  return [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), `--user-data-dir=${profile}`];
}

/** The built app (out/), as `npm start` runs it: `electron .` from the project folder. */
export async function launchBuilt(profile: string): Promise<ElectronApplication> {
  return _electron.launch({
    executablePath: process.env.ELECTRON_EXEC_PATH!,
    args: [ROOT, ...appArgs(profile)],
    cwd: ROOT,
    env: cleanEnv(),
    // Playwright would turn Chromium's sandbox off on Linux; the app runs with it.
    chromiumSandbox: true,
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
  browser: Browser;
  firstWindow(): Promise<Page>;
  close(): Promise<void>;
}

/** The packaged app, started as a user would (its fuses on), and watched through the DevTools protocol. */
export async function launchPackaged(executable: string, profile: string): Promise<PackagedApp> {
  const child = spawn(executable, [...appArgs(profile), '--remote-debugging-port=0'], {
    env: cleanEnv(),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    const endpoint = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`The packaged app did not open DevTools:\n${output}`)), 30_000);
      child.stderr!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = /DevTools listening on (ws:\/\/\S+)\r?\n/.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]!);
        }
      });
      child.on('exit', (code) => reject(new Error(`The packaged app exited with ${code}:\n${output}`)));
    });
    const browser = await chromium.connectOverCDP(endpoint);
    return {
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
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}

/**
 * Runs the app a second time with these arguments, as a double-click would, and resolves with its exit code once
 * it has handed them to the first and quit; null (and the process ended) if it has not within 30 s.
 */
export function secondInstance(executable: string, args: string[], profile: string): Promise<number | null> {
  const child = spawn(executable, [...args, ...appArgs(profile)], { env: cleanEnv(), stdio: 'ignore' });
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(null);
    }, 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** Collects what goes wrong in a window (page errors, console errors, CSP violations), to be checked at the end. */
export function watchForErrors(page: Page, into: string[]): void {
  page.on('pageerror', (error) => into.push(`page error in ${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') into.push(`console error in ${page.url()}: ${message.text()}`);
  });
}
