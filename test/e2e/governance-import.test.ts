/**
 * The acceptance, through the app: import the 2025 federal inventory through the dialog, filter to the
 * high-impact use cases, try to move one whose AI impact assessment is not done into Production, and see the gate
 * name that practice. The figures the test checks are the board's own, read back from the saved file.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BoardDocument } from '../../domain';
import {
  boardRegimes,
  isHighImpact,
  missingPractices,
  parseBoardFile,
  PRACTICE_STATUS_LABELS,
  practiceStatus,
} from '../../domain';
import { realFixturePath } from '../support/real-fixtures';
import type { AppInstance } from './harness/app-harness';
import { launchApp } from './harness/app-harness';
import { importIntoNewBoard } from './harness/board-actions';
import { launchChromium } from './harness/chromium';

const INVENTORY = realFixturePath('us-omb-2025-consolidated-ai-use-cases.xlsx');
const IMAGES = path.resolve(__dirname, '../../docs/images');
let browser: Browser;
let root: string;
let app: AppInstance;
let page: Page;
let board: BoardDocument;

const gate = () => page.getByRole('dialog', { name: /^Gate decision/ });
const shownIn = (stage: string) => page.locator(`section[data-stage="${stage}"] li[data-initiative-id]`);

beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-governance-import-'));
  app = await launchApp({
    browser,
    userData: path.join(root, 'user'),
    documents: root,
    viewport: { width: 1366, height: 768 },
  });
  page = app.page;
});
afterAll(async () => {
  await app?.electron.crash();
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

describe.skipIf(!INVENTORY)('governance from the 2025 federal inventory to the gate', () => {
  it('imports the inventory with its high-impact answers and minimum practices, and the board classifies under M-25-21 alone', async () => {
    const dialog = await importIntoNewBoard(app, INVENTORY!);
    // The high-impact question and the impact-assessment practice fill their fields, by meaning.
    await expect
      .poll(() => dialog.getByLabel(/^Field for column \w+, Is the AI use case high-impact/).inputValue(), {
        timeout: 60_000,
      })
      .toBe('usHighImpact');
    expect(
      await dialog.getByLabel(/^Field for column \w+, Has an AI impact assessment been completed/).inputValue(),
    ).toBe('practice.impact-assessment');
    await dialog.getByRole('button', { name: /^Import [\d,]+ rows$/ }).click();
    const report = page.getByRole('dialog', { name: 'Import complete' });
    await report.waitFor({ timeout: 60_000 });
    // A new board had chosen no regimes: it takes the one the file answers and says what it leaves out.
    expect(await report.textContent()).toMatch(
      /classifies under US high-impact \(OMB M-25-21\) alone, as the file does, leaving out EU AI Act;/,
    );
    await report.getByRole('button', { name: 'Done' }).click();

    const file = path.join(root, 'inventory.scaleboard');
    app.electron.dialogAnswers.save.push(file);
    app.electron.clickMenu('File', 'Save As…');
    await expect.poll(() => page.title()).toMatch(/^inventory\.scaleboard/);
    const parsed = parseBoardFile(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    board = parsed.value;
    expect(boardRegimes(board)).toEqual(['us-high-impact']);
    // Every high-impact answer the file gives is on a card (SOURCES.md and the real-corpus test count 445).
    expect(board.initiatives.filter((i) => i.usHighImpact === 'high-impact')).toHaveLength(445);
  });

  it('filters the board to the high-impact use cases', async () => {
    await page.getByRole('button', { name: 'Filters' }).click();
    await page
      .getByRole('group', { name: 'Filters' })
      .getByRole('checkbox', { name: 'High-impact or high-risk' })
      .check();
    await page.keyboard.press('Escape');
    const regimes = boardRegimes(board);
    const pilots = board.initiatives.filter((i) => i.stage === 'pilot' && isHighImpact(i, regimes));
    expect(pilots.length).toBeGreaterThan(0);
    const all = board.initiatives.filter((i) => i.stage === 'pilot').length;
    const count = page.locator('section[data-stage="pilot"] .column-count');
    await expect.poll(() => count.getAttribute('aria-label')).toBe(`${pilots.length} shown of ${all} initiatives`);
    // What the column shows is high-impact, every card of it.
    for (const id of await shownIn('pilot').evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-initiative-id')),
    )) {
      const card = board.initiatives.find((i) => i.id === id)!;
      expect(isHighImpact(card, regimes)).toBe(true);
    }
  });

  it('names the missing impact assessment when a high-impact pilot is moved into Production', async () => {
    const regimes = boardRegimes(board);
    const shown = await shownIn('pilot').evaluateAll((els) => els.map((el) => el.getAttribute('data-initiative-id')));
    const id = shown.find((shownId) => {
      const card = board.initiatives.find((i) => i.id === shownId)!;
      return missingPractices(card, regimes).includes('impact-assessment');
    });
    expect(id).toBeDefined();
    const card = board.initiatives.find((i) => i.id === id)!;
    const status = PRACTICE_STATUS_LABELS[practiceStatus(card, 'impact-assessment')].toLowerCase();

    // By keyboard: pick it up, two columns right, drop on Production.
    await page.locator(`li[data-initiative-id="${id}"] .card-handle`).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('li.dragging').count(), { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(300);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(200);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.locator('section[data-stage="production"] li.dragging').count(), { timeout: 10_000 })
      .toBe(1);
    await page.waitForTimeout(100);
    await page.keyboard.press('Space');

    await gate().waitFor();
    const missing = gate().getByRole('list', { name: 'Practices open' });
    await expect.poll(() => missing.textContent()).toContain(`AI impact assessment (${status})`);
    expect(await gate().textContent()).toContain('Required by US high-impact (OMB M-25-21): High-impact');
    // Go is closed: not every criterion is met.
    expect(
      await gate()
        .getByRole('radio', { name: /^Go\b(?! with)/ })
        .isDisabled(),
    ).toBe(true);
    await page.screenshot({ path: path.join(IMAGES, 'gate-governance.png') });

    await gate().getByRole('button', { name: 'Cancel' }).click();
    await gate().waitFor({ state: 'detached' });
    expect(await page.locator(`section[data-stage="pilot"] li[data-initiative-id="${id}"]`).count()).toBe(1);
  });
});
