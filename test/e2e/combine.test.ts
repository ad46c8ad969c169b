/**
 * File › Combine Boards…: the open board and the board files chosen become one new, unsaved board, after the
 * usual question about unsaved changes, and a dialog lists every conflict with the rule applied. A file that cannot
 * be read changes nothing. Screenshot of the report for a 300-card board and a second workshop's copy of it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BoardDocument } from '../../domain';
import {
  addInitiative as addCard,
  createExampleBoard,
  moveInitiative,
  parseBoardFile,
  serializeBoard,
  SOURCE_BOARD_FIELD,
  updateInitiative,
} from '../../domain';
import { realSizeBoard } from '../support/real-size-board';
import { seriousViolations } from './harness/accessibility';
import type { AppInstance } from './harness/app-harness';
import { launchWithBoard } from './harness/app-harness';
import { addInitiative } from './harness/board-actions';
import { launchChromium } from './harness/chromium';

const SHOTS = process.env.COMBINE_SHOTS ?? path.resolve(__dirname, '../../test-results/screenshots');
let browser: Browser;
let root: string;

beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-combine-e2e-'));
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

const NORTH = realSizeBoard(300, { now: '2026-03-01T09:00:00.000Z' });
const MOVED = 40;
const RESCORED = 25;
const RENAMED = 10;
const ADDED = 50;

/**
 * The south workshop's copy of the north board, a month on: MOVED pilots moved on to Scaling (logged), RESCORED
 * cards' Data raised without a log entry, RENAMED cards renamed, and ADDED cards of its own.
 */
function south(): BoardDocument {
  let board: BoardDocument = { ...NORTH, id: 'south-board', title: 'South workshop' };
  let clock = Date.parse('2026-04-01T09:00:00.000Z');
  const at = () => ({ now: new Date((clock += 60_000)).toISOString() });
  const pilots = board.initiatives.filter((c) => c.stage === 'pilot').slice(0, MOVED);
  for (const card of pilots) board = moveInitiative(board, card.id, 'scaling', 0, at());
  const rescored = board.initiatives.filter((c) => c.readiness.data < 4).slice(0, RESCORED);
  board = {
    ...board,
    initiatives: board.initiatives.map((c) =>
      rescored.includes(c) ? { ...c, readiness: { ...c.readiness, data: (c.readiness.data + 1) as 1 } } : c,
    ),
  };
  for (const card of board.initiatives.slice(-RENAMED)) {
    board = updateInitiative(board, card.id, { title: `${card.title} (south)` }, at());
  }
  for (let i = 0; i < ADDED; i += 1) board = addCard(board, { title: `South idea ${i + 1}` }, at());
  return board;
}

describe('File › Combine Boards…', () => {
  let app: AppInstance;
  let page: Page;
  const southFile = () => path.join(root, 'south.scaleboard');
  const exampleFile = () => path.join(root, 'example.scaleboard');
  const example = createExampleBoard('2026-02-01T09:00:00.000Z');

  beforeAll(async () => {
    writeFileSync(southFile(), serializeBoard(south()));
    writeFileSync(exampleFile(), serializeBoard(example));
    app = await launchWithBoard({ browser, root, board: NORTH, fileName: 'north.scaleboard' });
    page = app.page;
  });
  afterAll(async () => {
    app?.electron.dialogAnswers.message.push(1); // Don't Save
    await app?.electron.quit();
  });

  it('names a board that cannot be read, and changes nothing', async () => {
    const broken = path.join(root, 'broken.scaleboard');
    writeFileSync(broken, '{"format": "scaleboard", "schemaVersion": 4, "initiatives": [');
    app.electron.dialogAnswers.open.push([southFile(), broken]);
    app.electron.clickMenu('File', 'Combine Boards…');
    await expect
      .poll(() => page.locator('.notice.error').textContent())
      .toMatch(/^Could not open broken\.scaleboard\. .*Nothing was combined\./);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await page.title()).toMatch(/^north\.scaleboard/);
  });

  it('asks about unsaved changes first: Cancel keeps the board as it is', async () => {
    await addInitiative(page, 'Combine test: an idea from the room');
    app.electron.dialogAnswers.open.push([southFile(), exampleFile()]);
    app.electron.dialogAnswers.message.push(2); // Cancel
    app.electron.clickMenu('File', 'Combine Boards…');
    await expect.poll(() => app.electron.messageBoxes.length).toBe(1);
    // The question was asked, and answered Cancel: the open board stays, its change unsaved, and no report opens.
    await page.waitForTimeout(300);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await page.title()).toMatch(/^• north\.scaleboard — /);
  });

  it('opens the open board and the chosen files combined, as a new unsaved board, and lists every conflict', async () => {
    app.electron.dialogAnswers.open.push([southFile(), exampleFile()]);
    app.electron.dialogAnswers.message.push(1); // Don't Save
    app.electron.clickMenu('File', 'Combine Boards…');
    const report = page.getByRole('dialog', { name: 'Combined 3 boards' });
    await report.waitFor();
    // The open board is combined as it stood on screen, the card added a moment ago too.
    const given = NORTH.initiatives.length + 1 + (NORTH.initiatives.length + ADDED) + example.initiatives.length;
    const cards = NORTH.initiatives.length + 1 + ADDED + example.initiatives.length;
    expect(await report.locator('#combine-summary').textContent()).toContain(
      `3 boards, ${given.toLocaleString('en')} cards, ${NORTH.initiatives.length} matched: ${cards} cards on the combined board; ${MOVED + RESCORED + RENAMED} conflicts.`,
    );
    const rows = report.locator('table.combine-conflicts tbody tr');
    expect(await rows.count()).toBe(MOVED + RESCORED + RENAMED);
    const fields = await report.locator('table.combine-conflicts tbody tr td:nth-child(2)').allTextContents();
    expect(fields.filter((f) => f === 'Stage')).toHaveLength(MOVED);
    expect(fields.filter((f) => f === 'Readiness: Data')).toHaveLength(RESCORED);
    expect(fields.filter((f) => f === 'Title')).toHaveLength(RENAMED);
    expect(await report.getByRole('heading', { name: `Conflicts (${MOVED + RESCORED + RENAMED})` }).count()).toBe(1);
    // A stage conflict: each board's value, the one kept (the later move, south's), and the rule.
    const stageRow = rows.filter({ has: page.locator('td:nth-child(2)', { hasText: /^Stage$/ }) }).first();
    expect(await stageRow.locator('td').allTextContents()).toEqual([
      expect.any(String),
      'Stage',
      'north: Pilotsouth: Scaling',
      'Scaling',
      'latest stage',
    ]);
    // The list scrolls inside the dialog, the title and Close staying in view.
    const body = report.getByRole('region', { name: 'Combine report' });
    expect(await body.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    expect(await seriousViolations(page, '.modal.combine-report')).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'combine-report-1366x768.png') });
    await body.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.screenshot({ path: path.join(SHOTS, 'combine-report-scrolled-1366x768.png') });

    // The report closes with the dialog: Copy report and Save report… keep it, in the words the CLI prints.
    const status = report.getByRole('status');
    await report.getByRole('button', { name: 'Copy report' }).click();
    await expect.poll(() => app.electron.clipboardText).not.toBe('');
    const copied = app.electron.clipboardText;
    expect(copied.startsWith('Combined north + south + example: 3 boards, ')).toBe(true);
    const conflictLines = copied
      .split(`\n\nConflicts (${MOVED + RESCORED + RENAMED})\n`)[1]!
      .trimEnd()
      .split('\n');
    expect(conflictLines).toHaveLength(MOVED + RESCORED + RENAMED);
    expect(
      conflictLines.filter((line) => / · Stage: north Pilot; south Scaling → Scaling kept/.test(line)),
    ).toHaveLength(MOVED);
    expect(await status.textContent()).toBe(
      `Copied the report to the clipboard: ${(copied.split('\n').length - 1).toLocaleString('en')} lines.`,
    );
    await page.screenshot({ path: path.join(SHOTS, 'combine-report-copied-1366x768.png') });
    const reportFile = path.join(root, 'combine report.txt');
    app.electron.dialogAnswers.save.push(reportFile);
    await report.getByRole('button', { name: 'Save report…' }).click();
    await expect.poll(() => status.textContent()).toBe('Saved the report as combine report.txt.');
    expect(readFileSync(reportFile, 'utf8')).toBe(copied);

    await page.keyboard.press('Escape');
    await report.waitFor({ state: 'detached' });
    // New and unsaved: Save As asks where, and the file holds every card once, each naming its boards.
    expect(await page.title()).toMatch(/^• Not saved yet — /);
    const saved = path.join(root, 'portfolio.scaleboard');
    app.electron.dialogAnswers.save.push(saved);
    app.electron.clickMenu('File', 'Save As…');
    await expect.poll(() => page.title()).toMatch(/^portfolio\.scaleboard/);
    const parsed = parseBoardFile(readFileSync(saved, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const sources = parsed.value.initiatives.map((c) => c.custom[SOURCE_BOARD_FIELD.key]);
    expect(sources).toHaveLength(cards);
    expect(sources.filter((s) => s === 'north + south')).toHaveLength(NORTH.initiatives.length);
    expect(sources.filter((s) => s === 'north')).toHaveLength(1);
    expect(sources.filter((s) => s === 'south')).toHaveLength(ADDED);
    expect(sources.filter((s) => s === 'example')).toHaveLength(example.initiatives.length);
    // The board keeps one line about the combine; the report itself is in the file saved above.
    expect(parsed.value.workshop.notes).toMatch(
      new RegExp(`^Combined on \\d{4}-\\d{2}-\\d{2} from north, south, example: 3 boards, .* Settled by rule: `),
    );
  });
});
