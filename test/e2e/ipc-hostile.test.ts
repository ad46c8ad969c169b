/**
 * Every IPC channel, attacked through the harness with the app's own window as sender (and once from a foreign
 * frame): the wrong number of arguments, and in each argument's place a number, an object carrying `__proto__`
 * and `constructor` keys, a megabyte string, and, where a file or board is named, a path the user never chose.
 * Each message is refused with an error result, and nothing changes: no file, no dialog, no window, no
 * prototype, not the board on screen.
 */
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { AudienceState, Channel } from '../../contract';
import { createExampleBoard, DEFAULT_MATRIX_VIEW, defaultStages, NO_FILTERS } from '../../domain';
import { CHANNELS } from '../../contract';
import { launchApp } from './harness/app-harness';
import { launchChromium } from './harness/chromium';

const board = createExampleBoard('2026-02-01T00:00:00.000Z');
const audience: AudienceState = {
  board,
  focusId: null,
  timer: { durationMs: 600_000, endsAt: null, remainingMs: 600_000 },
  votesHidden: false,
  filters: NO_FILTERS,
  swimlanes: 'none',
  presenting: 'board',
  matrixView: DEFAULT_MATRIX_VIEW,
  changes: null,
};

/** A valid message for each channel; the attacks replace one argument at a time. */
const VALID: Record<Channel, unknown[]> = {
  'app:startup': [],
  'board:open': [],
  'board:open-recent': ['r1'],
  'board:read-other': [],
  'board:read-to-combine': [],
  'combine:copy-report': ['Combined north + south: 2 boards, 3 cards, 1 matched'],
  'combine:save-report': ['Board', 'Combined north + south: 2 boards, 3 cards, 1 matched'],
  'board:save': ['h1', board],
  'board:save-as': [board, null],
  'board:revert': ['h1'],
  'board:release': ['h1'],
  'recent:list': [],
  'recovery:write': [board, null],
  'recovery:discard': [board.id, false],
  'recovery:restore': ['0123456789abcdef0123456789abcdef'],
  'recovery:decline': ['0123456789abcdef0123456789abcdef'],
  'window:set-edited': [{ edited: false, handle: null, boardId: null, boardTitle: '', windowTitle: 'Scaleboard' }],
  'window:confirm-discard': ['Board'],
  'window:close-after-save': [],
  'spreadsheet:open': [defaultStages()],
  'spreadsheet:inspect': ['s1', {}],
  'spreadsheet:preview': ['s1', {}],
  'spreadsheet:build': ['s1', {}],
  'spreadsheet:close': ['s1'],
  'audience:open': [],
  'audience:publish': [audience],
  'audience:current': [],
  'export:xlsx': [board],
  'export:csv': [board],
  'export:actions-csv': [board],
  'export:pdf': ['Board'],
  'export:brief-pdf': ['Board'],
  'export:png': ['Board', 'iVBORw0KGgo=', 'matrix'],
  'export:matrix-svg': ['Board', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>'],
};

/** Arguments that name a file, a board or an import: a path must never get through them. */
const NAMING: Partial<Record<Channel, number[]>> = {
  'board:open-recent': [0],
  'board:save': [0],
  'board:save-as': [1],
  'board:revert': [0],
  'board:release': [0],
  'recovery:write': [1],
  'recovery:discard': [0],
  'recovery:restore': [0],
  'recovery:decline': [0],
  'spreadsheet:inspect': [0],
  'spreadsheet:preview': [0],
  'spreadsheet:build': [0],
  'spreadsheet:close': [0],
};

const PROTO = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
const HUGE = `\u0000${'x'.repeat(1_000_000)}`;

function attacks(channel: Channel): { what: string; args: unknown[] }[] {
  const valid = VALID[channel];
  const list: { what: string; args: unknown[] }[] = [
    { what: 'the wrong number of arguments', args: valid.length ? [] : [42] },
  ];
  valid.forEach((_, i) => {
    const swap = (value: unknown) => valid.map((v, j) => (j === i ? value : v));
    list.push({ what: `a number as argument ${i}`, args: swap(42) });
    list.push({ what: `__proto__ and constructor keys as argument ${i}`, args: swap(PROTO) });
    list.push({ what: `a megabyte string as argument ${i}`, args: swap(HUGE) });
    if (NAMING[channel]?.includes(i)) {
      list.push({ what: `a path as argument ${i}`, args: swap('/etc/passwd') });
      list.push({ what: `a relative path as argument ${i}`, args: swap('../../settings.json') });
    }
  });
  return list;
}

/** Every file under a folder, with its size and modification time. */
function snapshot(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      const stat = statSync(file);
      if (stat.isDirectory()) walk(file);
      else out.push(`${path.relative(folder, file)} ${stat.size} ${stat.mtimeMs}`);
    }
  };
  walk(folder);
  return out.sort();
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it('refuses every hostile message on every channel and changes nothing', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-hostile-'));
  const { page, electron } = await launchApp({
    browser,
    userData: path.join(root, 'user'),
    documents: path.join(root, 'docs'),
  });
  await page
    .getByRole('button', { name: /example/i })
    .first()
    .click();
  await page.waitForSelector('.board-screen');
  // The example, untouched, has no recovery copy: nothing is written while the attacks run.
  const win = electron.windows[0]!;
  const appFrame = win.webContents.mainFrame;
  const before = snapshot(root);
  const screenBefore = await page.locator('.board-screen').innerText();
  const windowsBefore = electron.windows.length;

  const accepted: string[] = [];
  let attacksSent = 0;
  for (const channel of Object.keys(CHANNELS) as Channel[]) {
    expect(electron.handlers.has(channel)).toBe(true);
    const foreign = await electron.invoke(
      win.webContents,
      { url: 'https://attacker.example/' },
      channel,
      VALID[channel],
    );
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    for (const attack of attacks(channel)) {
      attacksSent += 1;
      const result = (await electron.invoke(win.webContents, appFrame, channel, attack.args)) as {
        ok: boolean;
        error?: { code: string; message: string };
      };
      if (
        result.ok ||
        !['invalid-request', 'unknown-handle', 'unknown-recent', 'no-import'].includes(result.error!.code)
      ) {
        accepted.push(`${channel} with ${attack.what}: ${JSON.stringify(result).slice(0, 200)}`);
      }
    }
  }
  expect(accepted).toEqual([]);
  expect(attacksSent).toBeGreaterThan(100);

  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  expect(snapshot(root)).toEqual(before);
  expect(electron.windows.length).toBe(windowsBefore);
  expect(electron.dialogAnswers).toEqual({ open: [], save: [], message: [] });
  expect(await page.locator('.board-screen').innerText()).toBe(screenBefore);
  await electron.crash();
});
