/**
 * A board of thousands of cards: columns are virtualised, so only the cards in view are in the page; scrolling
 * brings the rest, dragging by keyboard still reaches the next column, and the PDF still prints every card.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { columns } from '../../domain';
import { generatedBoard } from '../support/generated-inventory';
import type { AppInstance } from './harness/app-harness';
import { launchWithBoard } from './harness/app-harness';
import { launchChromium } from './harness/chromium';
import { moveRightByKeyboard } from './harness/keyboard-move';

const CARDS = 2000;
let browser: Browser;
let root: string;
let app: AppInstance;
const board = generatedBoard(CARDS);
const ideas = columns(board).idea;

beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-large-e2e-'));
  app = await launchWithBoard({
    browser,
    root,
    board,
    fileName: 'large.scaleboard',
    viewport: { width: 1920, height: 1080 },
  });
  await app.page.waitForSelector('.card-title');
});

afterAll(async () => {
  await app?.electron.quit();
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

const ideaColumn = () => app.page.locator('section[data-stage="idea"]');

it('keeps only the cards in view in the page, and scrolling brings the last card', async () => {
  const { page } = app;
  await expect(ideaColumn().locator('.column-count').textContent()).resolves.toBe(String(ideas.length));
  const inPage = await page.locator('li[data-initiative-id]').count();
  expect(inPage).toBeGreaterThan(10);
  expect(inPage).toBeLessThan(150);
  // Screen readers hear each card's place in the whole column, not in the page.
  await expect(ideaColumn().locator('li[data-initiative-id]').first().getAttribute('aria-setsize')).resolves.toBe(
    String(ideas.length),
  );

  const last = ideas[ideas.length - 1]!;
  expect(await page.locator(`li[data-initiative-id="${last.id}"]`).count()).toBe(0);
  await ideaColumn()
    .locator('.column-body')
    .evaluate((body) => body.scrollTo(0, body.scrollHeight));
  await expect.poll(() => page.locator(`li[data-initiative-id="${last.id}"]`).count()).toBe(1);
  await expect(page.locator(`li[data-initiative-id="${last.id}"] .card-title`).textContent()).resolves.toBe(last.title);
  await ideaColumn()
    .locator('.column-body')
    .evaluate((body) => body.scrollTo(0, 0));
  await expect.poll(() => page.locator(`li[data-initiative-id="${ideas[0]!.id}"]`).count()).toBe(1);
});

it('drags a card by keyboard into the next column, whose cards are mostly not in the page', async () => {
  const { page } = app;
  const first = ideas[0]!;
  await moveRightByKeyboard(page, page.locator(`li[data-initiative-id="${first.id}"]`), 'pilot');
  const gate = page.getByRole('dialog', { name: /^Gate decision/ });
  await gate.waitFor();
  await gate.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => ideaColumn().locator(`li[data-initiative-id="${first.id}"]`).count()).toBe(1);
});

it('prints every card to PDF, not only the ones in view', async () => {
  const pdfPath = path.join(root, 'docs', 'large.pdf');
  app.electron.dialogAnswers.save.push(pdfPath);
  app.electron.clickMenu('File', 'Export', 'PDF…');
  await expect.poll(() => existsSync(pdfPath), { timeout: 60_000 }).toBe(true);
  const pdf = readFileSync(pdfPath).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  // Ideas alone hold about 800 cards: at a few dozen cards per A3 page that is many pages, where the cards in
  // view would fit on one.
  expect(pages).toBeGreaterThan(10);
  // And the board is back to drawing only what is in view.
  await expect.poll(() => app.page.locator('li[data-initiative-id]').count()).toBeLessThan(150);
});

it('shows the projector the cards of each long column that fit, and says how many more there are', async () => {
  await app.page.getByRole('button', { name: 'Audience window' }).click();
  await expect.poll(() => app.electron.windows.length).toBe(2);
  const audience = await app.electron.windows[1]!.loaded;
  const ideasOnScreen = audience.locator('.audience section[data-stage="idea"]');
  await expect.poll(() => ideasOnScreen.locator('.audience-more').textContent()).toMatch(/^\+ [\d,]+ more$/);
  const shown = await ideasOnScreen.locator('li').count();
  expect(shown).toBeGreaterThan(0);
  await expect(ideasOnScreen.locator('.audience-more').textContent()).resolves.toBe(
    `+ ${(ideas.length - shown).toLocaleString('en')} more`,
  );
  // Every card shown is whole on the screen.
  const last = await ideasOnScreen.locator('li').last().boundingBox();
  expect(last!.y + last!.height).toBeLessThanOrEqual(1080);
});
