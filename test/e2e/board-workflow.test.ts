import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createExampleBoard, parseBoardFile } from '../../domain';
import type { AppInstance } from './harness/app-harness';
import { launchApp } from './harness/app-harness';
import { launchChromium } from './harness/chromium';
import { recordDecision } from './harness/gate';
import { moveRightByKeyboard } from './harness/keyboard-move';

const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');

let browser: Browser;
let root: string;
let userData: string;
let documents: string;

beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-e2e-'));
  userData = path.join(root, 'user-data');
  documents = path.join(root, 'documents');
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const column = (page: Page, stage: string) => page.locator(`section[data-stage="${stage}"]`);
const card = (page: Page, title: string) => page.locator('li[data-initiative-id]', { hasText: title });
const titlesIn = (page: Page, stage: string) => column(page, stage).locator('.card-title').allTextContents();

async function start(viewport = { width: 1366, height: 768 }): Promise<AppInstance> {
  return launchApp({ browser, userData, documents, viewport });
}

async function dragByMouse(page: Page, title: string, stage: string): Promise<void> {
  const from = await card(page, title).boundingBox();
  const to = await column(page, stage).locator('.column-body').boundingBox();
  if (!from || !to) throw new Error('card or column not visible');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 20 });
  await page.mouse.up();
}

/** Answers the gate dialog with a go-with-exception and its rationale. */
async function recordException(page: Page, rationale: string): Promise<void> {
  await recordDecision(page, /Go with exception/, rationale);
}

async function waitForFile(folder: string, predicate: (name: string) => boolean, timeoutMs = 15_000): Promise<string> {
  const started = Date.now();
  for (;;) {
    const found = existsSync(folder) ? readdirSync(folder).find(predicate) : undefined;
    if (found) return path.join(folder, found);
    if (Date.now() - started > timeoutMs) throw new Error(`No file appeared in ${folder}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a facilitator’s board, from start to crash recovery', () => {
  const boardPath = () => path.join(documents, 'Q4 portfolio.scaleboard');

  it('opens the example board with every stage filled', async () => {
    const app = await start({ width: 1920, height: 1080 });
    const { page } = app;
    await page.screenshot({ path: path.join(SCREENSHOTS, 'start-1920x1080.png') });
    await page.getByRole('button', { name: 'Open example' }).click();
    await page.waitForSelector('.board-screen');
    for (const stage of ['idea', 'pilot', 'scaling', 'production', 'stopped']) {
      expect((await titlesIn(page, stage)).length).toBeGreaterThan(0);
    }
    // Every card of the example the app ships, none left out of the board.
    const shipped = createExampleBoard(new Date().toISOString()).initiatives.length;
    expect(await page.locator('li[data-initiative-id]').count()).toBe(shipped);
    await card(page, 'Motor damage photo estimation').click();
    await expect.poll(() => page.locator('#editor-title').textContent()).toBe('Motor damage photo estimation');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'example-board-1920x1080.png') });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'example-board-1366x768.png') });
    await app.electron.crash();
  });

  it('builds a new board, moves cards by mouse and keyboard, undoes, redoes and saves it', async () => {
    const app = await start();
    const { page, electron } = app;
    electron.clickMenu('File', 'New Board');
    await page.waitForSelector('.board-screen');

    await column(page, 'pilot').getByRole('button', { name: '+ Add initiative' }).click();
    for (const title of ['Claims triage', 'Invoice matching', 'Churn model']) {
      await page.getByLabel('Title of the new initiative in Pilot').fill(title);
      await page.keyboard.press('Enter');
    }
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await titlesIn(page, 'pilot')).toEqual(['Claims triage', 'Invoice matching', 'Churn model']);

    await dragByMouse(page, 'Claims triage', 'scaling');
    // Crossing the pilot → scaling gate asks the room; these new cards meet none of its criteria.
    await recordException(page, 'Sponsor accepts the risk for one quarter');
    await expect.poll(() => titlesIn(page, 'scaling')).toEqual(['Claims triage']);
    expect(await titlesIn(page, 'pilot')).toEqual(['Invoice matching', 'Churn model']);

    await moveRightByKeyboard(page, card(page, 'Churn model'), 'scaling');
    const announcements = await page.locator('[role="status"][aria-live]').allTextContents();
    expect(announcements.join(' ')).toMatch(/Churn model dropped in Scaling/);
    await recordException(page, 'Data owner joins next month');
    await expect.poll(() => titlesIn(page, 'scaling')).toHaveLength(2);
    expect(await titlesIn(page, 'pilot')).toEqual(['Invoice matching']);

    // The keyboard move is one undo step, and so was the whole mouse drag.
    await page.locator('body').click({ position: { x: 5, y: 760 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => titlesIn(page, 'pilot')).toEqual(['Invoice matching', 'Churn model']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => titlesIn(page, 'pilot')).toEqual(['Claims triage', 'Invoice matching', 'Churn model']);
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => titlesIn(page, 'scaling')).toHaveLength(2);
    // Edit › Undo and Redo do the same from the menu.
    electron.clickMenu('Edit', 'Undo');
    await expect.poll(() => titlesIn(page, 'pilot')).toEqual(['Invoice matching', 'Churn model']);
    electron.clickMenu('Edit', 'Redo');
    await expect.poll(() => titlesIn(page, 'scaling')).toHaveLength(2);
    expect(await page.title()).toMatch(/^• Not saved yet/);

    electron.dialogAnswers.save.push(boardPath());
    electron.clickMenu('File', 'Save As…');
    await expect.poll(() => page.title()).toBe('Q4 portfolio.scaleboard — Untitled board — Scaleboard');
    const saved = parseBoardFile(readFileSync(boardPath(), 'utf8'));
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.initiatives.map((i) => [i.title, i.stage]).sort()).toEqual([
      ['Churn model', 'scaling'],
      ['Claims triage', 'scaling'],
      ['Invoice matching', 'pilot'],
    ]);
    expect(saved.value.decisions.map((d) => [d.initiativeTitle, d.kind, d.from, d.to, d.rationale])).toEqual([
      ['Claims triage', 'go-with-exception', 'pilot', 'scaling', 'Sponsor accepts the risk for one quarter'],
      ['Churn model', 'go-with-exception', 'pilot', 'scaling', 'Data owner joins next month'],
    ]);
    expect(saved.value.decisions[0]!.unmetCriteria).toEqual([
      'KPI set',
      'Data ≥ 2',
      'Integration ≥ 2',
      'Governance ≥ 3',
      'Performance ≥ 2',
    ]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'new-board-1366x768.png') });
    expect(await electron.quit()).toBe(true);
    expect(electron.messageBoxes).toEqual([]); // nothing unsaved, so no prompt
  });

  it('reopens the saved board from Recent in a fresh instance', async () => {
    const { page, electron } = await start();
    const recent = page.getByRole('button', { name: /Untitled board.*Q4 portfolio\.scaleboard/ });
    await recent.click();
    await page.waitForSelector('.board-screen');
    expect(await titlesIn(page, 'scaling')).toHaveLength(2);
    expect(await titlesIn(page, 'pilot')).toEqual(['Invoice matching']);
    expect(electron.menuLabels('File', 'Open Recent')[0]).toBe('Untitled board — Q4 portfolio.scaleboard');
    expect(await page.title()).toBe('Q4 portfolio.scaleboard — Untitled board — Scaleboard');
    await electron.crash();
  });

  it('asks before closing with unsaved changes', async () => {
    const { page, electron } = await start();
    await page.getByRole('button', { name: /Q4 portfolio\.scaleboard/ }).click();
    await column(page, 'idea').getByRole('button', { name: '+ Add initiative' }).click();
    await page.getByLabel('Title of the new initiative in Ideas').fill('Unsaved idea');
    await page.keyboard.press('Enter');
    // Main learns of the change from the window (its title gains the •), as a person sees it before closing.
    await expect.poll(() => electron.windows[0]!.title).toMatch(/^• /);
    electron.dialogAnswers.message.push(2); // Cancel
    expect(await electron.quit()).toBe(false);
    expect(electron.messageBoxes[0]?.message).toBe('Save the changes to “Untitled board”?');
    // A crash now leaves that unsaved idea in a recovery copy.
    await waitForFile(path.join(userData, 'recovery'), (name) => name.endsWith('.json'));
    await electron.crash();
  });

  it('offers the unsaved work back after a crash', async () => {
    let app = await start();
    // The copy left by the previous test is declined: it goes, and the board file keeps its saved version.
    await app.page.getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => readdirSync(path.join(userData, 'recovery'))).toEqual([]);
    await app.page.getByRole('button', { name: /Q4 portfolio\.scaleboard/ }).click();
    await app.page.waitForSelector('.board-screen');
    await column(app.page, 'production').getByRole('button', { name: '+ Add initiative' }).click();
    await app.page.getByLabel('Title of the new initiative in Production').fill('Mail room routing');
    await app.page.keyboard.press('Enter');
    await waitForFile(path.join(userData, 'recovery'), (name) => name.endsWith('.json'));
    await app.electron.crash();

    app = await start();
    await app.page.getByRole('alertdialog', { name: 'Restore unsaved changes?' }).waitFor();
    await app.page.screenshot({ path: path.join(SCREENSHOTS, 'recovery-offer-1366x768.png') });
    await app.page.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => titlesIn(app.page, 'production')).toEqual(['Mail room routing']);
    expect(await app.page.title()).toBe('• Q4 portfolio.scaleboard — Untitled board — Scaleboard');
    // The restored board still belongs to its file: Save writes there.
    app.electron.clickMenu('File', 'Save');
    await expect.poll(() => readFileSync(boardPath(), 'utf8').includes('Mail room routing')).toBe(true);
    expect(existsSync(`${boardPath()}.bak`)).toBe(true);
    await expect.poll(() => readdirSync(path.join(userData, 'recovery')).length).toBe(0);
    // The menu's recent list follows the settings at once: Clear Recent empties it.
    expect(app.electron.menuLabels('File', 'Open Recent')[0]).toBe('Untitled board — Q4 portfolio.scaleboard');
    app.electron.clickMenu('File', 'Open Recent', 'Clear Recent');
    expect(app.electron.menuLabels('File', 'Open Recent')[0]).toBe('No recent boards');
    await app.electron.crash();
  });
});
