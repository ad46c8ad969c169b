import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { ScaleboardApi } from '../../contract';
import { createExampleBoard, serializeBoard } from '../../domain';
import { launchApp, startMain } from './harness/app-harness';
import { launchChromium } from './harness/chromium';

let browser: Browser;
let root: string;
beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-boundary-'));
});
afterAll(async () => {
  await browser?.close();
});

const dirs = (name: string) => ({ userData: path.join(root, name, 'user'), documents: path.join(root, name, 'docs') });

describe('the main process at its boundary', () => {
  it('opens a board file named on the command line, and one the OS hands over later', async () => {
    const first = path.join(root, 'from-shell.scaleboard');
    const second = path.join(root, 'from-finder.scaleboard');
    writeFileSync(
      first,
      serializeBoard({ ...createExampleBoard('2026-02-01T00:00:00.000Z'), title: 'From the shell' }),
    );
    writeFileSync(second, serializeBoard({ ...createExampleBoard('2026-02-01T00:00:00.000Z'), title: 'From Finder' }));
    const { page, electron } = await launchApp({ browser, ...dirs('cli'), args: ['--some-flag', first] });
    await page.waitForSelector('.board-screen');
    expect(await page.locator('#board-title').inputValue()).toBe('From the shell');

    const app = electron.module.app as NodeJS.EventEmitter;
    app.emit('open-file', { preventDefault: () => undefined }, second);
    await expect.poll(() => page.locator('#board-title').inputValue()).toBe('From Finder');
    expect(await page.title()).toBe('from-finder.scaleboard — From Finder — Scaleboard');
    expect(await electron.quit()).toBe(true);
    // The window's size and place are remembered for the next start.
    const settings = JSON.parse(readFileSync(path.join(dirs('cli').userData, 'settings.json'), 'utf8'));
    expect(settings.windowBounds).toMatchObject({ width: 1440, height: 900 });
    expect(settings.recentFiles.map((f: { title: string }) => f.title)).toEqual(['From Finder', 'From the shell']);
  });

  it('keeps its settings in the folder --user-data-dir names, creating it', async () => {
    const profile = path.join(root, 'profile', 'nested');
    const { electron } = await launchApp({ browser, ...dirs('profile-default'), args: [`--user-data-dir=${profile}`] });
    expect((electron.module.app as { getPath: (name: string) => string }).getPath('userData')).toBe(profile);
    expect(await electron.quit()).toBe(true);
    expect(JSON.parse(readFileSync(path.join(profile, 'settings.json'), 'utf8')).windowBounds).toBeDefined();
    expect(() => readFileSync(path.join(dirs('profile-default').userData, 'settings.json'))).toThrow();
  });

  it('says in one box that a --user-data-dir it cannot use stops it, and opens no window', async () => {
    const aFile = path.join(root, 'not-a-folder');
    writeFileSync(aFile, '');
    const electron = startMain({ browser, ...dirs('bad-profile'), args: [`--user-data-dir=${aFile}/profile`] });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(electron.errorBoxes).toEqual([
      {
        title: 'Scaleboard cannot start',
        content: `The folder given with --user-data-dir cannot be used: ${aFile}/profile (ENOTDIR). Name a folder you may write to.`,
      },
    ]);
    expect(electron.windows).toEqual([]);
    expect(electron.dead).toBe(true);
  });

  it('gives way to the instance already running: a second start quits and opens no window', async () => {
    const electron = startMain({ browser, ...dirs('second'), singleInstanceLock: false });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(electron.quitRequests).toBe(1);
    expect(electron.windows).toEqual([]);
    expect(electron.handlers.size).toBe(0);
  });

  it('refuses requests from a frame that is not the app’s window, and malformed ones, changing nothing', async () => {
    const { page, electron } = await launchApp({ browser, ...dirs('hostile') });
    const win = electron.windows[0]!;
    const target = path.join(root, 'must-not-exist.scaleboard');
    const board = createExampleBoard('2026-02-01T00:00:00.000Z');
    const foreignFrame = { url: 'https://attacker.example/' };
    const fromOtherFrame = await electron.invoke(win.webContents, foreignFrame, 'recent:list', []);
    expect(fromOtherFrame).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });

    // From the real page, through the real bridge: hostile arguments are refused by the schemas.
    const results = await page.evaluate(
      async ({ target, board }) => {
        const api = (window as unknown as { scaleboard: ScaleboardApi }).scaleboard;
        return [
          await api.board.save(target, board as never),
          await api.board.save('h1', { ...(board as object), __proto__: { polluted: true } } as never),
          await api.board.openRecent('x'.repeat(10_000)),
          await api.recovery.discard('' as never, false),
          await api.board.revert({ constructor: 'x' } as never),
        ];
      },
      { target, board },
    );
    expect(results.map((r) => (r as { ok: boolean; error?: { code: string } }).error?.code)).toEqual([
      'invalid-request',
      'unknown-handle',
      'invalid-request',
      'invalid-request',
      'invalid-request',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(() => readFileSync(target)).toThrow();
    // The page has only the named methods: no ipcRenderer, no generic invoke.
    const surface = await page.evaluate(() => ({
      keys: Object.keys((window as unknown as { scaleboard: object }).scaleboard).sort(),
      ipc: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
      frozen: Object.isFrozen((window as unknown as { scaleboard: object }).scaleboard),
    }));
    expect(surface).toEqual({
      keys: ['app', 'audience', 'board', 'combine', 'export', 'on', 'recent', 'recovery', 'spreadsheet', 'window'],
      ipc: 'undefined',
      frozen: true,
    });
    await electron.crash();
  });
});
