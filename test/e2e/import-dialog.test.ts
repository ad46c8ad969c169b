/**
 * The import dialog with a spreadsheet at real size: 700 rows, 29 stage wordings (five no rule knows), 321 blank
 * stages, 80 offices and titles of 200 characters without a break, on a laptop screen and on a projector's.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { StageId } from '../../domain';
import { DEFAULT_STAGE_LABELS, STAGE_IDS, suggestStage } from '../../domain';
import {
  realSizeInventoryRows,
  rowsToCsv,
  STAGE_WORDINGS,
  UNKNOWN_STAGE_WORDINGS,
} from '../support/real-size-inventory';
import { seriousViolations } from './harness/accessibility';
import { launchApp } from './harness/app-harness';
import { importIntoNewBoard } from './harness/board-actions';
import { launchChromium } from './harness/chromium';

const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');
const ROWS = 700;
const BLANK = 321;
let browser: Browser;
let root: string;

beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-import-dialog-e2e-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const rows = realSizeInventoryRows(ROWS, BLANK);
const stageCells = rows.slice(1).map((row) => String(row[5] ?? ''));
/** Rows per stage as the suggestions place them, the unknown values and the blanks in `rest`. */
function expectedCounts(rest: StageId, unknownTo: StageId = rest): Record<StageId, number> {
  const counts = Object.fromEntries(STAGE_IDS.map((s) => [s, 0])) as Record<StageId, number>;
  for (const cell of stageCells) {
    if (!cell) counts[rest] += 1;
    else counts[suggestStage(cell) ?? unknownTo] += 1;
  }
  return counts;
}
const countsText = (counts: Record<StageId, number>) =>
  STAGE_IDS.map((s) => `${DEFAULT_STAGE_LABELS[s]} ${counts[s].toLocaleString()}`).join(' · ');

/** A click that Playwright must be able to make as a user would: visible, in view, not covered. No force. */
async function choose(select: Locator, stage: StageId): Promise<void> {
  await select.click();
  await select.selectOption(stage);
}

/** True when the element lies wholly inside the dialog and the window. */
async function inView(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const dialog = await page.locator('.import-dialog').boundingBox();
  const viewport = page.viewportSize()!;
  if (!box || !dialog) return false;
  return (
    box.x >= dialog.x &&
    box.y >= dialog.y &&
    box.x + box.width <= dialog.x + dialog.width + 0.5 &&
    box.y + box.height <= dialog.y + dialog.height + 0.5 &&
    box.y + box.height <= viewport.height
  );
}

it('fits 29 stage values, a blank row of 321 and 200-character titles at 1366×768 and 1920×1080', async () => {
  const source = path.join(root, 'agency-inventory.csv');
  writeFileSync(source, rowsToCsv(rows));
  expect(new Set(stageCells.filter(Boolean)).size).toBe(STAGE_WORDINGS.length);
  const { page, electron } = await launchApp({
    browser,
    userData: path.join(root, 'user'),
    documents: path.join(root, 'docs'),
    viewport: { width: 1366, height: 768 },
  });
  const dialog = await importIntoNewBoard({ page, electron }, source);
  await expect.poll(() => dialog.locator('.preview-cards li').count()).toBe(6);
  const preview = dialog.locator('.preview-counts');
  await expect.poll(() => preview.textContent()).toBe(countsText(expectedCounts('idea')));
  await page.screenshot({ path: path.join(SCREENSHOTS, 'import-dialog-27-values-1366x768.png') });

  // The Blank row, which decides where 321 cards go, is in view without scrolling anything.
  const blank = dialog.getByLabel('Stage for rows with a blank stage');
  expect(await inView(page, blank)).toBe(true);
  // Until they are placed, the values no rule knows go where the blank rows go, and the Blank row says so.
  const blankRow = dialog.locator('.stage-blank th');
  expect(await blankRow.textContent()).toBe(`Blank stageand the ${UNKNOWN_STAGE_WORDINGS.length} values no rule knows`);
  await choose(blank, 'pilot');
  await expect.poll(() => preview.textContent()).toBe(countsText(expectedCounts('pilot', 'pilot')));

  // Every value no rule knows goes to one stage at once.
  const bulk = dialog.getByLabel(/^Send the 5 values no rule knows \(\d+ rows\) to/);
  await choose(bulk, 'stopped');
  await expect.poll(() => preview.textContent()).toBe(countsText(expectedCounts('pilot', 'stopped')));
  for (const value of UNKNOWN_STAGE_WORDINGS) {
    expect(await dialog.getByLabel(`Stage for “${value}”`).inputValue()).toBe('stopped');
  }
  expect(await dialog.locator('.problem-list li', { hasText: 'unknown stage' }).count()).toBe(0);
  expect(await blankRow.textContent()).toBe('Blank stage');

  // Every stage menu can be reached in the dialog's own scroll area and changed, by a click that is not forced.
  const menus = dialog.locator('.stage-values-scroll select');
  expect(await menus.count()).toBe(STAGE_WORDINGS.length);
  for (let i = 0; i < STAGE_WORDINGS.length; i += 1) {
    const menu = menus.nth(i);
    await choose(menu, 'scaling');
    expect(await inView(page, menu), `stage menu ${i + 1}`).toBe(true);
  }
  // Scrolled to the last value, the Blank row is still in view.
  expect(await inView(page, blank)).toBe(true);
  const allScaling = Object.fromEntries(STAGE_IDS.map((s) => [s, 0])) as Record<StageId, number>;
  allScaling.scaling = ROWS - BLANK;
  allScaling.pilot = BLANK;
  await expect.poll(() => preview.textContent()).toBe(countsText(allScaling));
  // A click on the dialog's title closes the last menu's list before the picture.
  await dialog.getByRole('heading', { name: 'Import agency-inventory.csv' }).click();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'import-dialog-27-values-scrolled-1366x768.png') });

  // The scroll areas take focus, so a keyboard can scroll them (axe scrollable-region-focusable).
  expect(await seriousViolations(page, '.import-dialog')).toEqual([]);

  // A mapping change survives a change of header row: a wrong one is said in one line, and going back keeps it.
  const department = () => dialog.getByLabel('Field for column D, Department');
  await department().selectOption('businessUnit');
  const headerRow = dialog.getByLabel('Headers on row');
  await headerRow.fill('40');
  const error = dialog.locator('.import-preview .import-error');
  await expect.poll(() => error.textContent()).toMatch(/^Row 40 of .+ does not look like the header row/);
  const message = (await error.textContent())!;
  expect(message).not.toMatch(/\n/);
  expect(message).toContain('the headers seem to be on row 1');
  expect(message.length).toBeLessThan(200);
  await headerRow.fill('1');
  await expect.poll(() => department().inputValue()).toBe('businessUnit');
  expect(await dialog.getByLabel('Field for column E, Office').inputValue()).toBe('custom');
  await expect.poll(() => dialog.locator('.preview-cards li').count()).toBe(6);

  // On a projector's screen the 200-character titles stay inside their columns.
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const part of ['.import-columns', '.import-stages', '.import-side']) {
    expect(await inView(page, dialog.locator(part)), part).toBe(true);
    // Nothing in the column reaches past its right edge, and the column has nothing to scroll sideways to.
    const overflow = await dialog.locator(part).evaluate((el) => {
      const right = el.getBoundingClientRect().right;
      const past = [...el.querySelectorAll('*')].some((child) => child.getBoundingClientRect().right > right + 1);
      return past || el.scrollWidth > el.clientWidth + 1;
    });
    expect(overflow, `${part} is wider than its column`).toBe(false);
  }
  await page.screenshot({ path: path.join(SCREENSHOTS, 'import-dialog-27-values-1920x1080.png') });

  await dialog.getByRole('button', { name: `Import ${ROWS} rows` }).click();
  const report = page.getByRole('dialog', { name: 'Import complete' });
  await report.waitFor();
  expect(await report.textContent()).toMatch(new RegExp(`${ROWS} added, 0 updated, 0 skipped\\. No problems\\.`));
  await report.getByRole('button', { name: 'Done' }).click();
  await electron.crash();
});

it('says once, before the import and in its report, that the title column is empty, and names another', async () => {
  const source = path.join(root, 'no-titles.csv');
  const blanked = rows.map((row, i) => (i === 0 ? row : row.map((cell, c) => (c === 1 ? '' : cell))));
  writeFileSync(source, rowsToCsv(blanked));
  const { page, electron } = await launchApp({
    browser,
    userData: path.join(root, 'user2'),
    documents: path.join(root, 'docs2'),
    viewport: { width: 1366, height: 768 },
  });
  const dialog = await importIntoNewBoard({ page, electron }, source);
  const warnings = dialog.getByRole('list', { name: 'Problems with whole columns' });
  await expect
    .poll(() => warnings.textContent())
    .toMatch(/^Use Case Name \(B\): the title column is empty on every row/);
  expect(await warnings.textContent()).toMatch(/choose another column for the title, such as “.+” \([A-Z]\)$/);
  const problems = dialog.getByRole('list', { name: 'Row problems' });
  expect(await problems.locator('li', { hasText: 'no title' }).count()).toBe(0);
  expect(await problems.locator('li', { hasText: 'empty on every row' }).count()).toBe(1);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'import-dialog-empty-title-1366x768.png') });

  await dialog.getByRole('button', { name: `Import ${ROWS} rows` }).click();
  const report = page.getByRole('dialog', { name: 'Import complete' });
  await report.waitFor();
  const listed = report.getByRole('list', { name: 'Problems reported' }).locator('li');
  expect(await listed.first().textContent()).toMatch(/^Row 1Use Case Name \(B\)the title column is empty on every row/);
  expect(await listed.filter({ hasText: 'no title' }).count()).toBe(0);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'import-report-empty-title-1366x768.png') });
  await electron.crash();
});
