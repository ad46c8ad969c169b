/**
 * The window shows the app's own page and nothing else: what a page could try (a new window, a link or a script
 * leading elsewhere, a permission, a request to another origin or to a file) is put to the app's own handlers
 * and refused, and the page stays the app. The audience window may call only what it shows.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Channel, ScaleboardApi } from '../../contract';
import { CHANNELS } from '../../contract';
import type { AppInstance } from './harness/app-harness';
import { launchApp } from './harness/app-harness';
import { launchChromium } from './harness/chromium';
import { PAGE_ORIGIN } from './harness/page-origin';
import { takeViolations } from './harness/page-violations';

let browser: Browser;
let root: string;
let app: AppInstance;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-lockdown-'));
  // Whoever could set this would get the bridge for a remote page; the packaged app does not listen to it.
  process.env.ELECTRON_RENDERER_URL = 'https://attacker.example/';
  try {
    app = await launchApp({ browser, userData: path.join(root, 'user'), documents: path.join(root, 'docs') });
  } finally {
    delete process.env.ELECTRON_RENDERER_URL;
  }
  page = app.page;
});
afterAll(async () => {
  await app?.electron.crash();
  await browser?.close();
});

/** The page is still the app's start screen, at the app's own URL, in the one window. */
async function expectStillTheApp(): Promise<void> {
  expect(page.url()).toBe(`${PAGE_ORIGIN}/index.html`);
  expect(app.electron.windows[0]!.webContents.mainFrame.url).toBe('scaleboard://app/index.html');
  expect(await page.locator('.start').count()).toBe(1);
  expect(page.context().pages()).toEqual([page]);
}

/**
 * What the pages report, once `expected` holds of it, until they have been quiet for a second: so that messages
 * this test caused on purpose are all taken here, none left for the guard after the test.
 */
async function reportsUntilQuiet(expected: (reported: string[]) => boolean): Promise<string[]> {
  const reported: string[] = [];
  await expect
    .poll(() => {
      reported.push(...takeViolations());
      return expected(reported);
    })
    .toBe(true);
  for (let quietSince = Date.now(); Date.now() - quietSince < 1000;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const more = takeViolations();
    if (more.length) {
      reported.push(...more);
      quietSince = Date.now();
    }
  }
  return reported;
}

const refusals = (kind: string) => app.electron.refusals.filter((r) => r.kind === kind).map((r) => r.what);

describe('the app window', () => {
  it('loads the app from its own scheme, in a secure context, whatever ELECTRON_RENDERER_URL says', async () => {
    await expectStillTheApp();
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    // Nothing more: not CORS-enabled (any origin could read it), no CSP bypass, no service workers.
    expect(app.electron.privilegedSchemes.get('scaleboard')).toEqual({
      standard: true,
      secure: true,
      supportFetchAPI: true,
    });
  });

  it('refuses new windows, from script and from links, through the app’s window-open handler', async () => {
    await page.evaluate(() => void window.open('https://example.com/popup'));
    await page.evaluate(() => {
      const link = Object.assign(document.createElement('a'), { href: 'https://example.com/tab', target: '_blank' });
      document.body.append(link);
      link.click();
      link.remove();
    });
    await expect.poll(() => refusals('window')).toEqual(['https://example.com/popup', 'https://example.com/tab']);
    await expect.poll(() => app.electron.windows[0]!.closedPopups).toBe(2);
    await expectStillTheApp();
  });

  it('refuses navigation away, by link, by script and to another page of its own, through will-navigate', async () => {
    await page.evaluate(() => {
      const link = Object.assign(document.createElement('a'), { href: 'https://example.com/link' });
      document.body.append(link);
      link.click();
      link.remove();
    });
    await expect.poll(() => refusals('navigation')).toEqual(['https://example.com/link']);
    // One at a time: a second navigation started at once would cancel the first before the stand-in sees it.
    await page.evaluate(() => void (window.location.href = 'https://example.com/script'));
    await expect.poll(() => refusals('navigation')).toHaveLength(2);
    await page.evaluate(() => void (window.location.href = '/assets/'));
    await expect
      .poll(() => refusals('navigation'))
      .toEqual(['https://example.com/link', 'https://example.com/script', 'scaleboard://app/assets/']);
    await expectStillTheApp();
  });

  it('refuses notifications and geolocation through the app’s permission handlers', async () => {
    const answers = await page.evaluate(async () => ({
      checked: Notification.permission,
      asked: await Notification.requestPermission(),
      queried: (await navigator.permissions.query({ name: 'geolocation' })).state,
      located: await new Promise<string>((resolve) =>
        navigator.geolocation.getCurrentPosition(
          () => resolve('located'),
          (error) => resolve(`error ${error.code}`),
        ),
      ),
    }));
    expect(answers).toEqual({ checked: 'denied', asked: 'denied', queried: 'denied', located: 'error 1' });
    expect(refusals('permission')).toEqual(['notifications', 'geolocation']);
    await expectStillTheApp();
  });

  it('cannot reach another origin or a file: the CSP blocks the request before it leaves', async () => {
    const results = await page.evaluate(async () => {
      const attempt = (url: string) =>
        fetch(url).then(
          () => 'fetched',
          () => 'refused',
        );
      return [await attempt('https://example.com/data.json'), await attempt('file:///etc/hostname')];
    });
    expect(results).toEqual(['refused', 'refused']);
    // Reported once by the policy in the response header and once by the meta tag, and in the console: all taken
    // here, as this test expects them.
    const blocked = (reported: string[]) =>
      reported.filter((v) => v.startsWith('CSP violation')).map((v) => v.split(' blocked ')[1]);
    const reported = await reportsUntilQuiet((r) => blocked(r).length >= 4);
    expect(blocked(reported)).toEqual([
      'https://example.com/data.json',
      'https://example.com/data.json',
      'file',
      'file',
    ]);
    expect(reported.filter((v) => !/^CSP violation|Content Security Policy/.test(v))).toEqual([]);
    await expectStillTheApp();
  });
});

describe('the guard every e2e test runs under', () => {
  it('records a page error, an unhandled rejection and a console error, so the test that caused them fails', async () => {
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('thrown on purpose');
      });
      void Promise.reject(new Error('rejected on purpose'));
      console.error('logged on purpose');
    });
    const kinds = ['page error', 'unhandled rejection', 'console error'];
    const reported = await reportsUntilQuiet((r) =>
      kinds.every((kind) => r.some((v) => v.startsWith(kind) && v.includes('on purpose'))),
    );
    expect(reported.filter((v) => !v.includes('on purpose'))).toEqual([]);
    await expectStillTheApp();
  });
});

describe('the audience window', () => {
  it('may call only what it shows; every other channel refuses it by sender', async () => {
    await page.getByRole('button', { name: 'Open example' }).click();
    await page.waitForSelector('.board-screen');
    await page.getByRole('button', { name: 'Audience window' }).click();
    await expect.poll(() => app.electron.windows.length).toBe(2);
    const audienceWindow = app.electron.windows[1]!;
    const audience = await audienceWindow.loaded;
    await audience.waitForSelector('.audience .column');
    expect(audienceWindow.webContents.mainFrame.url).toBe('scaleboard://app/index.html#audience');

    const allowed: string[] = [];
    for (const channel of Object.keys(CHANNELS) as Channel[]) {
      const result = (await app.electron.invoke(
        audienceWindow.webContents,
        audienceWindow.webContents.mainFrame,
        channel,
        [],
      )) as { ok: boolean; error?: { code: string } };
      if (result.ok || result.error?.code !== 'forbidden-sender') allowed.push(channel);
    }
    expect(allowed).toEqual(['audience:current']);

    // Through the real bridge, as a script in the audience page would try.
    const fromPage = await audience.evaluate(async () => {
      const api = (window as unknown as { scaleboard: ScaleboardApi }).scaleboard;
      return [await api.board.open(), await api.recent.list(), await api.audience.open()].map((r) =>
        r.ok ? 'ok' : r.error.code,
      );
    });
    expect(fromPage).toEqual(['forbidden-sender', 'forbidden-sender', 'forbidden-sender']);
    expect(app.electron.windows).toHaveLength(2);
  });
});
