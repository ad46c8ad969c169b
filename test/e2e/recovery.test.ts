/**
 * Crash recovery as a facilitator meets it: the app or its page ends with unsaved work, and whatever they do
 * next (open the same board from the command line, pick it from Open Recent, close the window), the work comes
 * back when they choose Restore.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createExampleBoard, parseBoardFile, serializeBoard } from '../../domain';
import type { AppInstance } from './harness/app-harness';
import { launchApp } from './harness/app-harness';
import { addInitiative, waitForRecoveryCopyWith } from './harness/board-actions';
import { launchChromium } from './harness/chromium';

const NOW = '2026-06-01T10:00:00.000Z';
const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');
const EXAMPLE_TITLE = createExampleBoard(NOW).title;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

interface Workspace {
  userData: string;
  documents: string;
  boardPath: string;
}

/** A user-data folder of its own and a saved example board, so each test starts from a clean slate. */
function workspace(): Workspace {
  const root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-recovery-e2e-'));
  const documents = path.join(root, 'documents');
  const boardPath = path.join(documents, 'Harbourline.scaleboard');
  return { userData: path.join(root, 'user-data'), documents, boardPath };
}

function start(ws: Workspace, args: string[] = []): Promise<AppInstance> {
  return launchApp({ browser, userData: ws.userData, documents: ws.documents, args });
}

function saveExampleBoard(ws: Workspace): void {
  mkdirSync(ws.documents, { recursive: true });
  writeFileSync(ws.boardPath, serializeBoard(createExampleBoard(NOW)));
}

const titlesIn = (page: Page, stage: string) =>
  page.locator(`section[data-stage="${stage}"]`).locator('.card-title').allTextContents();

/** The recovery folder's files: this run's current copies, and copies set aside to be offered. */
const recoveryFiles = (ws: Workspace) =>
  existsSync(path.join(ws.userData, 'recovery')) ? readdirSync(path.join(ws.userData, 'recovery')) : [];

async function restoreOffer(page: Page): Promise<void> {
  await page.getByRole('alertdialog', { name: 'Restore unsaved changes?' }).waitFor();
  await page.getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('alertdialog').waitFor({ state: 'detached' });
}

describe('crash recovery', () => {
  it('keeps the copy when the crashed board is opened again from the command line, and Restore brings the work back', async () => {
    const ws = workspace();
    saveExampleBoard(ws);
    let app = await start(ws, [ws.boardPath]);
    await app.page.waitForSelector('.board-screen');
    await addInitiative(app.page, 'Unsaved idea one');
    await waitForRecoveryCopyWith(ws.userData, 'Unsaved idea one');
    await app.electron.crash();

    // A double-click on the board: it opens from its file, clean, and the offer shows over it.
    app = await start(ws, [ws.boardPath]);
    await app.page.waitForSelector('.board-screen');
    expect(await titlesIn(app.page, 'idea')).not.toContain('Unsaved idea one');
    await restoreOffer(app.page);
    expect(await titlesIn(app.page, 'idea')).toContain('Unsaved idea one');
    await expect.poll(() => app.page.title()).toBe(`• Harbourline.scaleboard — ${EXAMPLE_TITLE} — Scaleboard`);

    // The copy stays until the board is saved.
    expect(recoveryFiles(ws).some((name) => name.startsWith('offered-'))).toBe(true);
    app.electron.clickMenu('File', 'Save');
    await expect.poll(() => recoveryFiles(ws)).toEqual([]);
    const saved = parseBoardFile(readFileSync(ws.boardPath, 'utf8'));
    expect(saved.ok && saved.value.initiatives.some((i) => i.title === 'Unsaved idea one')).toBe(true);
    await app.electron.crash();
  });

  it('keeps the copy when the board is opened from Open Recent while the offer shows', async () => {
    const ws = workspace();
    saveExampleBoard(ws);
    let app = await start(ws, [ws.boardPath]);
    await app.page.waitForSelector('.board-screen');
    await addInitiative(app.page, 'Unsaved idea two');
    await waitForRecoveryCopyWith(ws.userData, 'Unsaved idea two');
    await app.electron.crash();

    app = await start(ws);
    await app.page.getByRole('alertdialog', { name: 'Restore unsaved changes?' }).waitFor();
    app.electron.clickMenu('File', 'Open Recent', `${EXAMPLE_TITLE} — Harbourline.scaleboard`);
    await app.page.waitForSelector('.board-screen');
    // The board opened clean from its file, so the window drops its own copy (a call it does not wait for), which
    // must not be the offered one: a moment for that call before Restore, or the test could pass without it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await restoreOffer(app.page);
    expect(await titlesIn(app.page, 'idea')).toContain('Unsaved idea two');
    await app.electron.crash();
  });

  it('reloads a page that crashed and offers its work back; quitting then asks nothing, and reopening the board from the command line still offers it', async () => {
    const ws = workspace();
    saveExampleBoard(ws);
    let app = await start(ws, [ws.boardPath]);
    await app.page.waitForSelector('.board-screen');
    await addInitiative(app.page, 'Unsaved idea three');
    await waitForRecoveryCopyWith(ws.userData, 'Unsaved idea three');
    const win = app.electron.windows[0]!;
    await win.crashPage();

    const reloaded = await win.pageOfLoad(2);
    await reloaded.getByRole('alertdialog', { name: 'Restore unsaved changes?' }).waitFor();
    await reloaded.screenshot({ path: path.join(SCREENSHOTS, 'recovery-after-page-crash-1366x768.png') });
    // The window has nothing unsaved now: quitting asks nothing, and the copy is still there for the next start.
    expect(await app.electron.quit()).toBe(true);
    expect(app.electron.messageBoxes).toEqual([]);

    app = await start(ws, [ws.boardPath]);
    await app.page.waitForSelector('.board-screen');
    await restoreOffer(app.page);
    expect(await titlesIn(app.page, 'idea')).toContain('Unsaved idea three');
    await app.electron.crash();
  });

  it('restores the work of a crashed page at once, in the same window', async () => {
    const ws = workspace();
    saveExampleBoard(ws);
    const app = await start(ws, [ws.boardPath]);
    await app.page.waitForSelector('.board-screen');
    await addInitiative(app.page, 'Unsaved idea four');
    await waitForRecoveryCopyWith(ws.userData, 'Unsaved idea four');
    const win = app.electron.windows[0]!;
    await win.crashPage();
    const page = await win.pageOfLoad(2);
    await restoreOffer(page);
    expect(await titlesIn(page, 'idea')).toContain('Unsaved idea four');
    // It still belongs to its file: Save writes there.
    app.electron.clickMenu('File', 'Save');
    await expect.poll(() => readFileSync(ws.boardPath, 'utf8').includes('Unsaved idea four')).toBe(true);
    await expect.poll(() => recoveryFiles(ws)).toEqual([]);
    await app.electron.crash();
  });

  it('brings a crashed page back to the board it showed, and says why', async () => {
    const ws = workspace();
    saveExampleBoard(ws);
    const app = await start(ws, [ws.boardPath]);
    await app.page.waitForSelector('.board-screen');
    const win = app.electron.windows[0]!;
    // Main has heard from the page which board it shows (its title names the file).
    await expect.poll(() => win.title).toMatch(/^Harbourline\.scaleboard/);
    await win.crashPage();
    const page = await win.pageOfLoad(2);
    await page.waitForSelector('.board-screen');
    await expect.poll(() => page.title()).toBe(`Harbourline.scaleboard — ${EXAMPLE_TITLE} — Scaleboard`);
    expect(await page.getByRole('status').filter({ hasText: 'reloaded' }).textContent()).toMatch(
      /window stopped unexpectedly and was reloaded\. Harbourline\.scaleboard is open again\./,
    );
    expect(await page.getByRole('alertdialog').count()).toBe(0); // nothing was unsaved
    await page.screenshot({ path: path.join(SCREENSHOTS, 'page-reloaded-notice-1366x768.png') });
    await app.electron.crash();
  });

  it('offers restored work once: a second crash offers the newer copy alone, and Don’t Save declines it', async () => {
    const ws = workspace();
    saveExampleBoard(ws);
    let app = await start(ws, [ws.boardPath]);
    await app.page.waitForSelector('.board-screen');
    await addInitiative(app.page, 'Unsaved idea six');
    await waitForRecoveryCopyWith(ws.userData, 'Unsaved idea six');
    await app.electron.crash();

    app = await start(ws, [ws.boardPath]);
    await restoreOffer(app.page);
    await addInitiative(app.page, 'Unsaved idea seven');
    await waitForRecoveryCopyWith(ws.userData, 'Unsaved idea seven');
    await app.electron.crash();

    app = await start(ws, [ws.boardPath]);
    await app.page.getByRole('alertdialog', { name: 'Restore unsaved changes?' }).waitFor();
    expect(await app.page.locator('#recovery-body').textContent()).not.toMatch(/more after this one/);
    await restoreOffer(app.page);
    expect(await titlesIn(app.page, 'idea')).toEqual(
      expect.arrayContaining(['Unsaved idea six', 'Unsaved idea seven']),
    );
    // Restored and not changed since: the window writes no copy of its own; Don't Save declines the offered one.
    app.electron.dialogAnswers.message.push(1); // Don't Save
    await app.electron.quit(); // the window closes once the question is answered
    await expect.poll(() => app.electron.windows[0]!.isDestroyed()).toBe(true);

    app = await start(ws);
    expect(await app.page.getByRole('alertdialog').count()).toBe(0);
    expect(recoveryFiles(ws)).toEqual([]);
    await app.electron.crash();
  });

  it('says once, in words a facilitator can act on, when the recovery copy cannot be written', async () => {
    const ws = workspace();
    saveExampleBoard(ws);
    mkdirSync(ws.userData, { recursive: true });
    writeFileSync(path.join(ws.userData, 'recovery'), 'a file where the recovery folder goes');
    const app = await start(ws, [ws.boardPath]);
    await app.page.waitForSelector('.board-screen');
    await addInitiative(app.page, 'Unsaved idea eight');
    const alert = app.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /^The recovery copy could not be written: a file is in the way where a folder should be\. Save your work to keep it\./,
    );
    await app.electron.crash();
  });

  it('offers to reload a page that stops responding, and brings its work back', async () => {
    const ws = workspace();
    saveExampleBoard(ws);
    const app = await start(ws, [ws.boardPath]);
    await app.page.waitForSelector('.board-screen');
    await addInitiative(app.page, 'Unsaved idea five');
    await waitForRecoveryCopyWith(ws.userData, 'Unsaved idea five');
    const win = app.electron.windows[0]!;
    // The page hangs; Chromium tells Electron, which tells main.
    await app.page.evaluate(
      () =>
        void setTimeout(() => {
          for (;;);
        }, 0),
    );
    app.electron.dialogAnswers.message.push(1); // Reload the Window
    win.emit('unresponsive');
    const page = await win.pageOfLoad(2);
    expect(app.electron.messageBoxes.map((box) => box.message)).toEqual(['Scaleboard’s window is not responding.']);
    await restoreOffer(page);
    expect(await titlesIn(page, 'idea')).toContain('Unsaved idea five');
    await app.electron.crash();
  });
});
