/**
 * The metrics of a board combined from 80 workshops' boards, at real size (3,600 cards): the panel groups its
 * figures by source board in a table that scrolls inside the panel, readable at the laptop's 1366×768 and the
 * projector's 1920×1080, long workshop names on two lines with the whole name in reach. Screenshots to be looked at.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { figuresBySourceBoard, NO_SOURCE_BOARD, stageLabel, STAGE_IDS } from '../../domain';
import { realSizeBoard } from '../support/real-size-board';
import { withSourceBoards } from '../support/source-boards';
import { seriousViolations } from './harness/accessibility';
import type { AppInstance } from './harness/app-harness';
import { launchWithBoard } from './harness/app-harness';
import { launchChromium } from './harness/chromium';

const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');
const NOW = new Date().toISOString();
const SOURCES = 80;
const board = withSourceBoards(realSizeBoard(3_600, { now: NOW }), SOURCES);
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
let browser: Browser;
let root: string;
let app: AppInstance;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-by-source-e2e-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  app = await launchWithBoard({ browser, root, board, fileName: 'portfolio.scaleboard', viewport: SIZES[0] });
  page = app.page;
  await page.waitForSelector('.card-title');
});

afterAll(async () => {
  await app?.electron.quit();
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, name) });

/** Each body row's cells as the page shows them: the source's name, then its figures. */
function bodyRows(table: Locator): Promise<string[][]> {
  return table.evaluate((t) =>
    [...t.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''),
    ),
  );
}

it('groups the metrics by source board: a row per source, its figures from the board, scrolling in the panel', async () => {
  await page.getByRole('button', { name: 'Metrics' }).click();
  const metrics = page.getByRole('dialog', { name: /Portfolio metrics/ });
  await metrics.waitFor();
  const toggle = metrics.getByRole('checkbox', { name: 'Group by source board' });
  // From the keyboard: focus starts on Close; Shift+Tab reaches the toggle just before it, Space turns it on.
  await page.keyboard.press('Shift+Tab');
  expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Space');
  expect(await toggle.isChecked()).toBe(true);

  const table = metrics.getByRole('table', { name: /^By source board/ });
  await table.waitFor();
  const figures = figuresBySourceBoard(board, NOW);
  const named = figures.filter((f) => f.source !== null).length;
  // 80 workshops, the pairs of them a card was found on, and the cards that record none.
  expect(named).toBeGreaterThan(SOURCES);
  expect(await table.locator('caption').textContent()).toBe(
    `By source board — ${named} source boards, ${board.initiatives.length.toLocaleString('en')} cards`,
  );
  const headers = await table.locator('thead tr').nth(1).locator('th').allTextContents();
  expect(headers.slice(0, STAGE_IDS.length)).toEqual(STAGE_IDS.map((s) => stageLabel(board.stages, s)));

  // Every row: the source, its cards and its cards by stage, as the domain counts them from the board.
  const rows = await bodyRows(table);
  expect(rows.map((r) => r.slice(0, 2 + STAGE_IDS.length))).toEqual(
    figures.map((f) => [f.label, String(f.cards), ...STAGE_IDS.map((s) => String(f.byStage[s]))]),
  );
  expect(rows.at(-1)![0]).toBe(NO_SOURCE_BOARD);
  expect(rows.reduce((sum, r) => sum + Number(r[1]), 0)).toBe(board.initiatives.length);
  // The pilot-fatigue ratio, stalled pilots and mean data readiness of a source with production systems.
  const withProduction = figures.findIndex((f) => f.pilotsPerProduction !== null && f.pilotsPerProduction > 0);
  const f = figures[withProduction]!;
  const row = rows[withProduction]!;
  expect(row[7]).toBe(f.pilotsPerProduction!.toFixed(1));
  expect(row[9]).toBe(String(f.stalledPilots));
  expect(row[10]).toBe(f.meanReadiness.data!.toFixed(1));

  // A long workshop name takes two lines; the whole of it is the row header's name and its tooltip.
  const long = figures.find((g) => g.boards.length === 1 && g.label.length > 100)!;
  const longHeader = table.getByRole('rowheader', { name: long.label, exact: true });
  expect(await longHeader.getAttribute('title')).toBe(long.label);
  const lines = (part: Locator) =>
    part.evaluate((el) => ({
      clipped: el.scrollHeight > el.clientHeight + 1,
      lines: Math.round(el.clientHeight / parseFloat(getComputedStyle(el).lineHeight)),
    }));
  expect(await lines(longHeader.locator('.source-part'))).toEqual({ clipped: true, lines: 2 });
  // A card found on a long-named board and another: each board's name on lines of its own, the second in full.
  const pair = figures.find((g) => g.boards.length === 2 && g.boards[0]!.length > 100)!;
  const pairHeader = table.getByRole('rowheader', { name: pair.label, exact: true });
  expect(await pairHeader.getAttribute('title')).toBe(pair.label);
  expect(await pairHeader.locator('.source-part').allTextContents()).toEqual([pair.boards[0], `+ ${pair.boards[1]}`]);
  expect((await lines(pairHeader.locator('.source-part').nth(1))).clipped).toBe(false);

  const region = metrics.getByRole('region', { name: /^By source board/ });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    // The panel fits the window; the rows scroll inside it, not sideways, with the title and Close in view.
    const fit = await page.evaluate(() => {
      const modal = document.querySelector('.modal.metrics')!.getBoundingClientRect();
      const scroller = document.querySelector<HTMLElement>('.source-table-scroll')!;
      return {
        inWindow: modal.top >= 0 && modal.bottom <= window.innerHeight,
        scrolls: scroller.scrollHeight > scroller.clientHeight,
        sideways: scroller.scrollWidth > scroller.clientWidth + 1,
      };
    });
    const name = `${size.width}x${size.height}`;
    await region.evaluate((el) => (el.scrollTop = 0));
    await shot(`metrics-by-source-${name}.png`);
    expect(fit).toEqual({ inWindow: true, scrolls: true, sideways: false });
    await region.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => table.getByRole('rowheader', { name: NO_SOURCE_BOARD }).isVisible()).toBe(true);
    // The header row stays over the rows scrolled under it.
    const header = await table.locator('thead').boundingBox();
    const scroller = await region.boundingBox();
    expect(Math.abs(header!.y - scroller!.y)).toBeLessThanOrEqual(2);
    expect(await metrics.getByRole('button', { name: 'Close' }).isVisible()).toBe(true);
    await shot(`metrics-by-source-end-${name}.png`);
  }
  await page.setViewportSize(SIZES[0]);

  const found = await seriousViolations(page, '.metrics');
  if (found.length) console.error(found.join('\n'));
  expect(found).toEqual([]);

  // Off again: the whole portfolio's figures come back.
  await toggle.press('Space');
  expect(await table.count()).toBe(0);
  await metrics.getByRole('list', { name: 'Initiatives per stage' }).waitFor();
  await metrics.getByRole('button', { name: 'Close' }).click();
});
