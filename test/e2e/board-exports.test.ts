/**
 * The board for leaders, at real size: the PDF prints only the board, with its stage headings and page numbers
 * on every page, the example board on one page and a 700-card board as a compact table per stage; the PNG holds
 * every card, or says in the image and in the message how many it leaves out; an error's dismiss button shows.
 * Reads the PDFs with poppler's pdftotext and pdftoppm (apt-get install poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { BoardDocument } from '../../domain';
import {
  columns,
  countByStage,
  createExampleBoard,
  moveInitiative,
  printPlan,
  serializeBoard,
  visibleStages,
} from '../../domain';
import { realSizeBoard } from '../support/real-size-board';
import { seriousViolations } from './harness/accessibility';
import type { AppInstance } from './harness/app-harness';
import { launchApp } from './harness/app-harness';
import { launchChromium } from './harness/chromium';

const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');
let browser: Browser;
let root: string;
let app: AppInstance;

beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-exports-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  app = await launchApp({
    browser,
    userData: path.join(root, 'user'),
    documents: path.join(root, 'docs'),
    viewport: { width: 1366, height: 768 },
  });
});

afterAll(async () => {
  await app?.electron.crash();
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

async function exported(name: string, menu: string): Promise<Buffer> {
  const target = path.join(root, 'docs', name);
  app.electron.dialogAnswers.save.push(target);
  app.electron.clickMenu('File', 'Export', menu);
  await expect.poll(() => existsSync(target), { timeout: 120_000 }).toBe(true);
  await expect.poll(() => app.page.locator('.notice').textContent(), { timeout: 30_000 }).toContain(name);
  return readFileSync(target);
}

/** The text of each page of a PDF, by poppler's pdftotext (pages end with a form feed). */
function pdfPages(pdf: Buffer, name: string): string[] {
  const file = path.join(root, `${name}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return text.split('\f').filter((page) => page.trim());
}

/** Pages of a PDF as PNGs in the screenshots folder, to look at. */
function pdfPictures(pdf: Buffer, name: string, pages: string): void {
  const file = path.join(root, `${name}.pdf`);
  writeFileSync(file, pdf);
  const [first, last] = pages.split('-');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '50',
    '-f',
    first!,
    '-l',
    last ?? first!,
    file,
    path.join(SCREENSHOTS, name),
  ]);
}

async function openBoard(board: BoardDocument, name: string): Promise<void> {
  const file = path.join(root, name);
  writeFileSync(file, serializeBoard(board));
  // Leaving a board with unsaved changes asks first: Don't Save.
  if (await app.page.locator('.unsaved').count()) app.electron.dialogAnswers.message.push(1);
  app.electron.dialogAnswers.open.push(file);
  app.electron.clickMenu('File', 'Open…');
  await expect.poll(() => app.page.locator('.board-title-field input').inputValue()).toBe(board.title);
}

const TOOLBAR_WORDS = ['Audience window', 'Dot voting', 'Undo', 'Filters', 'Setup'];

describe('the PDF', () => {
  it('prints the example board on one page: only the board, its headings and a page number', async () => {
    await app.page.getByRole('button', { name: 'Open example' }).click();
    await app.page.waitForSelector('.board-screen');
    const pdf = await exported('example.pdf', 'PDF…');
    const pages = pdfPages(pdf, 'example');
    expect(pages).toHaveLength(1);
    for (const word of TOOLBAR_WORDS) expect(pages[0]).not.toContain(word);
    expect(pages[0]).toMatch(/Page 1 of 1/);
    pdfPictures(pdf, 'pdf-example-board', '1');
  });

  it('prints a board that would run onto a second page by a card or two a little smaller, on one page', async () => {
    const now = '2026-11-01T09:00:00.000Z';
    let board = { ...createExampleBoard(now), title: 'Ten pilots' };
    // Ideas moved into Pilot until it holds ten, where eight fill the page.
    const toMove = columns(board).idea.slice(0, 10 - columns(board).pilot.length);
    for (const idea of toMove) board = moveInitiative(board, idea.id, 'pilot', 0, { now });
    expect(columns(board).pilot).toHaveLength(10);
    await openBoard(board, 'ten-pilots.scaleboard');
    const pages = pdfPages(await exported('ten-pilots.pdf', 'PDF…'), 'ten-pilots');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatch(/Page 1 of 1/);
  });

  it('says "stage date unknown" on a printed card whose stage date is unknown, never a bare "days"', async () => {
    const board = { ...realSizeBoard(24, { undatedShare: 0.5, locale: 'en-GB' }), title: 'Imported pilots' };
    expect(printPlan(board).layout).toBe('cards');
    const undated = board.initiatives.filter((i) => !i.stageEnteredAt).length;
    expect(undated).toBeGreaterThan(0);
    await openBoard(board, 'undated.scaleboard');
    const pdf = await exported('undated.pdf', 'PDF…');
    const all = pdfPages(pdf, 'undated').join('\n');
    expect(all.match(/stage date unknown/g)).toHaveLength(undated);
    expect(all).not.toMatch(/·\s+days in stage/);
    pdfPictures(pdf, 'pdf-undated-cards', '1');
  });

  it('prints a 700-card board as a table per stage, with headings and page numbers on every page', async () => {
    const board = realSizeBoard(700, { undatedShare: 0.5, locale: 'en-GB' });
    expect(printPlan(board).layout).toBe('table');
    await openBoard(board, 'portfolio.scaleboard');
    const pdf = await exported('portfolio.pdf', 'PDF…');
    const pages = pdfPages(pdf, 'portfolio');
    const labels = visibleStages(board).map((s) => s.label);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      // A page carries its stage's heading and the column headings, repeated from the table's header.
      expect(labels.some((label) => new RegExp(`^\\s*${label}\\s+[\\d,]+\\s*$`, 'm').test(page))).toBe(true);
      expect(page).toMatch(/Ref\s+Initiative\s+Business unit · owner/);
      for (const word of TOOLBAR_WORDS) expect(page).not.toContain(word);
    });
    // Every card is there: its number is at the end of its title.
    const all = pages.join('\n');
    for (const n of [1, 350, 700]) expect(all).toContain(`(#${n})`);
    // A card without a stage date says so in the days column, rather than print a blank or a made-up number.
    expect(all).toMatch(/·\s+unknown/);
    // Far fewer pages than the 63 A3 pages of cards it used to take for a board this size.
    expect(pages.length).toBeLessThan(40);
    console.log(`700-card PDF: ${pages.length} A3 pages`);
    pdfPictures(pdf, 'pdf-700-cards', '1-3');
  });
});

describe('the PNG', () => {
  it('draws every card of a 700-card board, titles whole', async () => {
    const board = realSizeBoard(700);
    await openBoard(board, 'portfolio-png.scaleboard');
    const png = await exported('portfolio.png', 'PNG Image…');
    expect(await app.page.locator('.notice').textContent()).not.toContain('without');
    const height = png.readUInt32BE(20);
    const tallest = Math.max(...Object.values(columns(board)).map((cards) => cards.length));
    // Each card's row holds a 200-character title on several lines: at least 40 px a card.
    expect(height).toBeGreaterThan(tallest * 40);
    writeFileSync(path.join(SCREENSHOTS, 'png-700-cards.png'), png);
    console.log(`700-card PNG: ${png.readUInt32BE(16)} × ${height} px`);
  });

  it('says in the message how many cards a board too tall for one image leaves out', async () => {
    const board = realSizeBoard(1800);
    await openBoard(board, 'huge.scaleboard');
    writeFileSync(path.join(SCREENSHOTS, 'png-1800-cards-omitted.png'), await exported('huge.png', 'PNG Image…'));
    const notice = (await app.page.locator('.notice').textContent()) ?? '';
    const omitted = Number(/without ([\d,]+) cards/.exec(notice)?.[1]?.replace(/,/g, ''));
    expect(omitted).toBeGreaterThan(0);
    const counts = countByStage(board);
    expect(omitted).toBeLessThan(counts.idea + counts.pilot);
    await app.page.screenshot({ path: path.join(SCREENSHOTS, 'png-omitted-notice-1366x768.png') });
  });
});

describe('an error message', () => {
  it('has a dismiss button that shows and is named', async () => {
    app.electron.dialogAnswers.save.push(path.join(root, 'no such folder', 'board.png'));
    app.electron.clickMenu('File', 'Export', 'PNG Image…');
    const notice = app.page.locator('.notice.error');
    await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toContain('Could not write');
    const dismiss = notice.getByRole('button', { name: 'Dismiss message' });
    expect(await dismiss.textContent()).toMatch(/\S/);
    // Under the pointer, where it is when it is wanted, the × still reads against the button.
    await dismiss.hover();
    expect(await seriousViolations(app.page, '.notice')).toEqual([]);
    await app.page.screenshot({ path: path.join(SCREENSHOTS, 'error-notice-hover-1366x768.png') });
    await dismiss.click();
    await expect.poll(() => notice.count()).toBe(0);
  });
});
