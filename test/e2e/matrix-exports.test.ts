/**
 * The value × readiness matrix out of the app: File › Export › Matrix as PNG… and as SVG… on the example board,
 * the files read back (the PNG's size, the SVG parsed, a bubble per card placed), and the projector presenting the
 * matrix at 1920×1080 from the board the room may see: a card keeping its value from the room is not placed, and
 * is counted as kept from it.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BoardDocument } from '../../domain';
import {
  audienceBoard,
  createExampleBoard,
  DEFAULT_MATRIX_VIEW,
  leftOutLines,
  matrixData,
  NO_FILTERS,
  QUADRANT_LABELS,
  shownInitiatives,
} from '../../domain';
import { PICTURE_HEADER, pictureFooter } from '../../renderer/features/matrix/matrix-svg';
import { MATRIX_EXPORT } from '../../renderer/features/export/export-commands';
import type { AppInstance } from './harness/app-harness';
import { launchWithBoard } from './harness/app-harness';
import { launchChromium } from './harness/chromium';

const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');
let browser: Browser;
let root: string;
let app: AppInstance;

/** The example board, one valued card keeping its value from the room (the facilitator's exports still place it). */
function exampleBoard(): { board: BoardDocument; secret: string } {
  const example = createExampleBoard(new Date().toISOString());
  const secret = example.initiatives.find((card) => card.valueEstimate !== undefined)!;
  return {
    board: {
      ...example,
      initiatives: example.initiatives.map((card) =>
        card.id === secret.id ? { ...card, confidential: ['valueEstimate'] } : card,
      ),
    },
    secret: secret.id,
  };
}
const { board, secret } = exampleBoard();
const data = matrixData(board, shownInitiatives(board, NO_FILTERS), DEFAULT_MATRIX_VIEW);

beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-matrix-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  app = await launchWithBoard({
    browser,
    root,
    board,
    fileName: 'example.scaleboard',
    viewport: { width: 1920, height: 1080 },
  });
  await app.page.waitForSelector('.card-title');
});

afterAll(async () => {
  await app?.electron.crash();
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Exports through the menu, answering the save dialog with `name`; the file's bytes once the notice names it. */
async function exported(name: string, menu: string): Promise<Buffer> {
  const target = path.join(root, 'docs', name);
  app.electron.dialogAnswers.save.push(target);
  app.electron.clickMenu('File', 'Export', menu);
  await expect.poll(() => existsSync(target), { timeout: 60_000 }).toBe(true);
  await expect.poll(() => app.page.locator('.notice').textContent(), { timeout: 30_000 }).toContain(name);
  return readFileSync(target);
}

describe('the matrix exports', () => {
  it('sanity: the example board has cards placed and cards listed beside', () => {
    expect(data.points.length).toBeGreaterThan(5);
    expect(data.points.map((p) => p.id)).toContain(secret);
  });

  it('writes the matrix as a PNG twice the picture’s size, named after the board, saying what it lists beside', async () => {
    const png = await exported('example matrix.png', 'Matrix as PNG…');
    expect(app.electron.savesOffered.at(-1)).toBe(`${board.title} matrix.png`);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    // The picture: the chart, its header and a footer with the legend and a line per reason for listing beside.
    const notes = leftOutLines(data, MATRIX_EXPORT.named).length;
    const pictureHeight = MATRIX_EXPORT.chartHeight + MATRIX_EXPORT.fontSize * (PICTURE_HEADER + pictureFooter(notes));
    expect(width).toBe(MATRIX_EXPORT.width * 2);
    expect(Math.abs(height - pictureHeight * 2)).toBeLessThanOrEqual(1);
    writeFileSync(path.join(SCREENSHOTS, 'matrix-export-example.png'), png);
    const notice = (await app.page.locator('.notice').textContent()) ?? '';
    if (data.leftOut.length) expect(notice).toContain(`${data.leftOut.length} initiatives are listed beside the chart`);
    else expect(notice).not.toContain('listed beside');
    console.log(`matrix PNG: ${width} × ${height} px; notice: ${notice}`);
  });

  it('writes the matrix as an SVG that parses, with a bubble per card placed and the quadrants named', async () => {
    const svg = (await exported('example matrix.svg', 'Matrix as SVG…')).toString('utf8');
    expect(app.electron.savesOffered.at(-1)).toBe(`${board.title} matrix.svg`);
    expect(svg.startsWith('<svg')).toBe(true);
    const parsed = (await app.page.evaluate(`(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(svg)}, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        bubbles: doc.querySelectorAll('svg > g circle').length,
        text: doc.documentElement.textContent,
      };
    })()`)) as { error: string | null; root: string; bubbles: number; text: string };
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.bubbles).toBe(data.points.length);
    for (const q of Object.values(QUADRANT_LABELS)) expect(parsed.text).toContain(q.advice);
    expect(parsed.text).toContain(`${board.title}: value against readiness`);
  });
});

describe('the projector presenting the matrix', () => {
  let audience: Page;

  it('fills the 1920×1080 screen with the room’s matrix, in type readable from the back', async () => {
    await app.page.getByRole('button', { name: 'Audience window' }).click();
    while (app.electron.windows.length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
    audience = await app.electron.windows[1]!.loaded;
    await audience.waitForSelector('.audience');
    const present = app.page.getByRole('group', { name: 'Present on the audience window' });
    await present.getByRole('button', { name: 'Matrix' }).click();
    await audience.waitForSelector('.audience-matrix svg > g circle');

    const room = audienceBoard(board, { hideVotes: false });
    const shown = matrixData(room, shownInitiatives(room, NO_FILTERS), DEFAULT_MATRIX_VIEW);
    expect(shown.points).toHaveLength(data.points.length - 1);
    expect(await audience.locator('.audience-matrix svg > g circle').count()).toBe(shown.points.length);
    const text = (await audience.locator('.audience-matrix').textContent()) ?? '';
    // The card keeping its value from the room is counted as such, never as lacking a value, and not named.
    expect(text).toContain('Value kept from the room: 1 initiative');
    expect(text).not.toContain(board.initiatives.find((card) => card.id === secret)!.title);
    const picture = await audience.locator('.audience-matrix svg').boundingBox();
    const screen = audience.viewportSize()!;
    // It fills the screen below the header: most of its width and height.
    expect(picture!.width).toBeGreaterThan(screen.width * 0.9);
    expect(picture!.height).toBeGreaterThan(screen.height * 0.7);
    // Quadrant names at 22 px or more, the ticks at about the audience's own type size.
    const names = await audience
      .locator('.audience-matrix svg text[font-weight="700"]')
      .evaluateAll((texts) => texts.map((t) => (t as SVGTextElement).getBBox().height));
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const height of names) expect(height).toBeGreaterThanOrEqual(22);
    await audience.screenshot({ path: path.join(SCREENSHOTS, 'projector-matrix-1920x1080.png') });
  });

  it('keeps the facilitator’s Present switch, Matrix among its buttons, within a 1366×768 window', async () => {
    await app.page.setViewportSize({ width: 1366, height: 768 });
    const present = app.page.getByRole('group', { name: 'Present on the audience window' });
    const matrix = present.getByRole('button', { name: 'Matrix' });
    expect(await matrix.getAttribute('aria-pressed')).toBe('true');
    const box = (await present.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1366);
    await app.page.screenshot({ path: path.join(SCREENSHOTS, 'facilitator-present-matrix-1366x768.png') });
  });
});
