/**
 * The value × readiness matrix beside the board: on the example board, switched to the weakest foundation, a card
 * opened from its bubble by keyboard alone, overlapping bubbles chosen from a list, and the same figures as a
 * table; then a real-size board of 700 cards with values over four orders of magnitude, at the laptop's and the
 * projector's size.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BoardDocument } from '../../domain';
import {
  createExampleBoard,
  DEFAULT_MATRIX_VIEW,
  matrixData,
  matrixOrder,
  NO_FILTERS,
  shownInitiatives,
} from '../../domain';
import { realSizeBoard } from '../support/real-size-board';
import { seriousViolations } from './harness/accessibility';
import { launchExample, launchWithBoard } from './harness/app-harness';
import { launchChromium } from './harness/chromium';

const SHOTS = process.env.MATRIX_SHOTS ?? path.resolve(__dirname, '../../test-results/screenshots');

let browser: Browser;
let root: string;
beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-matrix-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return errors;
}

const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active?.classList.contains('matrix-bubble') ? active.getAttribute('aria-label') : null;
  });

/**
 * Where the bubble of the card titled `title` is across: the keyboard walks the bubbles from the first until the
 * one named for it has focus (only the bubble with focus is named), then its centre is read.
 */
async function bubbleCx(page: Page, ref: string | undefined, title: string): Promise<number> {
  const name = `${ref ? `${ref} ` : ''}${title},`;
  await page.getByRole('button', { name: 'Show as table' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Home');
  for (let step = 0; step < 100; step += 1) {
    if ((await focusedLabel(page))?.startsWith(name)) {
      return page.evaluate(() => Number(document.activeElement!.getAttribute('cx')));
    }
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`no bubble is named ${name}`);
}

describe('the value × readiness matrix', () => {
  it('opens on the example board, switches its axis, opens a card by keyboard and lists overlapping bubbles', async () => {
    const app = await launchExample({
      browser,
      root: path.join(root, 'example'),
      viewport: { width: 1366, height: 768 },
    });
    const { page } = app;
    const errors = watchErrors(page);
    // The example's cards and figures do not depend on the day it is made.
    const example = createExampleBoard(new Date().toISOString());
    const mean = matrixData(example, shownInitiatives(example, NO_FILTERS), DEFAULT_MATRIX_VIEW);
    const weakest = matrixData(example, shownInitiatives(example, NO_FILTERS), {
      ...DEFAULT_MATRIX_VIEW,
      readiness: 'weakest',
    });

    await page.click('button[data-portfolio-view="matrix"]');
    await expect.poll(() => page.locator('circle.matrix-bubble').count()).toBe(mean.points.length);
    // Every card the board shows is placed or listed beside: the example's cards without a value are named.
    expect(mean.points.length + mean.leftOut.length).toBe(example.initiatives.length);
    for (const entry of mean.leftOut) await page.locator('.matrix-left-out').getByText(entry.title).waitFor();
    expect(await seriousViolations(page, '.matrix-screen')).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'matrix-example-1366.png') });

    // A card whose weakest foundation is below its mean moves left when the axis switches.
    const lopsided = mean.points.find((p) => weakest.points.find((w) => w.id === p.id)!.readiness < p.readiness)!;
    // The app made its own example, with ids of its own: cards are found by reference and title.
    const before = await bubbleCx(page, lopsided.ref, lopsided.title);
    await page.click('button[data-matrix-readiness="weakest"]');
    await expect.poll(() => page.locator('.matrix-chart').textContent()).toContain('weakest foundation');
    expect(await bubbleCx(page, lopsided.ref, lopsided.title)).toBeLessThan(before);

    // Keyboard alone: Tab from the last control reaches the chart's one stop, the arrows walk the bubbles in
    // readiness order, Enter opens the card.
    const order = matrixOrder(weakest.points, 'x');
    // (The Tab stop is the bubble last reached; Home goes to the first.)
    await page.getByRole('button', { name: 'Show as table' }).focus();
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toContain(lopsided.title);
    await page.keyboard.press('Home');
    expect(await focusedLabel(page)).toContain(order[0]!.title);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focusedLabel(page)).toContain(order[2]!.title);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.editor').getByLabel('Title', { exact: true }).inputValue())
      .toBe(order[2]!.title);
    await page.screenshot({ path: path.join(SHOTS, 'matrix-example-opened-1366.png') });
    // Closing the editor gives focus back to the bubble it was opened from.
    await page.getByRole('button', { name: 'Close the editor' }).click();
    await expect.poll(() => focusedLabel(page)).toContain(order[2]!.title);

    // Overlap: under the weakest foundation several cards share a point; a click there lists each of them.
    const crowded = await page.evaluate(() => {
      const circles = [...document.querySelectorAll<SVGCircleElement>('circle.matrix-bubble')];
      for (const a of circles) {
        const ax = Number(a.getAttribute('cx'));
        const ay = Number(a.getAttribute('cy'));
        const under = circles.filter((b) => {
          const dx = Number(b.getAttribute('cx')) - ax;
          const dy = Number(b.getAttribute('cy')) - ay;
          return Math.hypot(dx, dy) <= Number(b.getAttribute('r'));
        });
        if (under.length > 1) {
          const box = document.querySelector('svg.matrix-chart')!.getBoundingClientRect();
          return { x: box.left + ax, y: box.top + ay, count: under.length };
        }
      }
      return null;
    });
    expect(crowded).not.toBeNull();
    await page.mouse.click(crowded!.x, crowded!.y);
    const choices = page.getByRole('dialog', { name: /initiatives here/ });
    await choices.waitFor();
    expect(await choices.getByRole('button').count()).toBeGreaterThanOrEqual(crowded!.count + 1);
    await page.keyboard.press('Escape');
    await choices.waitFor({ state: 'detached' });
    // Escape gives focus back to the chart, not to the page.
    const reached = await focusedLabel(page);
    expect(reached).not.toBeNull();
    // Zooming from the keyboard redraws every bubble; focus stays on the same card's.
    await page.keyboard.press('+');
    await expect.poll(() => page.locator('button[data-matrix-zoom="whole"]').isDisabled()).toBe(false);
    await expect.poll(() => focusedLabel(page)).toBe(reached);
    await page.keyboard.press('0');

    // The same figures as a table, one row per card placed.
    await page.getByRole('button', { name: 'Show as table' }).click();
    expect(await page.locator('.matrix-table tbody tr').count()).toBe(weakest.points.length);
    expect(await seriousViolations(page, '.matrix-screen')).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('draws a real-size portfolio at the laptop’s and the projector’s size, and keeps the board’s filters', async () => {
    const board: BoardDocument = realSizeBoard(700);
    // Values over four orders of magnitude (a log scale), costs on two cards in three.
    board.initiatives = board.initiatives.map((card, i) => ({
      ...card,
      valueEstimate: Math.round(10 ** (4 + ((i * 7919) % 400) / 100)),
      costEstimate: i % 3 ? Math.round(10 ** (3 + ((i * 104_729) % 300) / 100)) : undefined,
      currency: 'USD',
    }));
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      const app = await launchWithBoard({ browser, root: path.join(root, `big-${viewport.width}`), board, viewport });
      const { page } = app;
      const errors = watchErrors(page);
      await page.click('button[data-portfolio-view="matrix"]');
      const data = matrixData(board, shownInitiatives(board, NO_FILTERS), DEFAULT_MATRIX_VIEW);
      expect(data.scale).toBe('log');
      await expect.poll(() => page.locator('circle.matrix-bubble').count()).toBe(data.points.length);
      await expect.poll(() => page.locator('.matrix-chart').textContent()).toContain('log scale');
      await page.screenshot({ path: path.join(SHOTS, `matrix-700-${viewport.width}.png`) });

      // The board's search narrows the matrix too.
      const word = board.initiatives[0]!.title.split(/\s+/)[0]!;
      await page.getByRole('searchbox').fill(word);
      const filtered = matrixData(board, shownInitiatives(board, { ...NO_FILTERS, search: word }), DEFAULT_MATRIX_VIEW);
      await expect.poll(() => page.locator('circle.matrix-bubble').count()).toBe(filtered.points.length);
      expect(filtered.points.length).toBeLessThan(data.points.length);

      // Zoomed in and dragged, the chart shows another part; Whole chart brings it all back.
      await page.getByRole('searchbox').fill('');
      await page.click('button[data-matrix-zoom="in"]');
      const chart = (await page.locator('svg.matrix-chart').boundingBox())!;
      await page.mouse.move(chart.x + chart.width / 2, chart.y + chart.height / 2);
      await page.mouse.down();
      await page.mouse.move(chart.x + chart.width / 2 + 200, chart.y + chart.height / 2 + 100, { steps: 8 });
      await page.mouse.up();
      await page.click('button[data-matrix-zoom="whole"]');
      await expect.poll(() => page.locator('button[data-matrix-zoom="whole"]').isDisabled()).toBe(true);
      expect(errors).toEqual([]);
      await app.electron.quit();
    }
  }, 120_000);
});
