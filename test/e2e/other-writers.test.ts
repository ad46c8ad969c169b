/**
 * Two facilitators, one board in a synced folder: Save asks before it overwrites what the other one saved.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createExampleBoard, serializeBoard, updateBoard } from '../../domain';
import type { AppInstance } from './harness/app-harness';
import { launchApp } from './harness/app-harness';
import { addInitiative } from './harness/board-actions';
import { launchChromium } from './harness/chromium';

const NOW = '2026-06-01T10:00:00.000Z';
const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');
const BOARD = createExampleBoard(NOW);
const CHANGED_MESSAGE = /^shared\.scaleboard was changed on disk since you opened it/;

let browser: Browser;
let root: string;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

function setUp(): { userData: string; documents: string; target: string } {
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-writers-e2e-'));
  const documents = path.join(root, 'documents');
  mkdirSync(documents, { recursive: true });
  const target = path.join(documents, 'shared.scaleboard');
  writeFileSync(target, serializeBoard(BOARD));
  return { userData: path.join(root, 'user-data'), documents, target };
}

/** The other facilitator saves their version: the board renamed. */
function theySave(target: string, title: string): string {
  const text = serializeBoard(updateBoard(BOARD, { title }, { now: NOW }));
  writeFileSync(target, text);
  return text;
}

const titleOnDisk = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { title: string }).title;

describe('a board someone else saved meanwhile', () => {
  it('asks before Save overwrites it: Cancel keeps theirs, Save as a Copy keeps both, Open Theirs keeps mine aside', async () => {
    const { userData, documents, target } = setUp();
    let app: AppInstance = await launchApp({ browser, userData, documents, args: [target] });
    const { page, electron } = app;
    await page.waitForSelector('.board-screen');
    await addInitiative(page, 'My unsaved idea');
    const theirs = theySave(target, 'Their version');

    electron.dialogAnswers.message.push(0); // Cancel
    electron.clickMenu('File', 'Save');
    await expect.poll(() => electron.messageBoxes.length).toBe(1);
    expect(electron.messageBoxes[0]!.message).toMatch(CHANGED_MESSAGE);
    expect(electron.messageBoxes[0]!.buttons).toEqual(['Cancel', 'Save as a Copy…', 'Open Theirs', 'Overwrite']);
    await expect.poll(() => page.title()).toMatch(/^• shared\.scaleboard/);
    expect(readFileSync(target, 'utf8')).toBe(theirs);

    const copy = path.join(documents, 'shared (my copy).scaleboard');
    electron.dialogAnswers.message.push(1); // Save as a Copy…
    electron.dialogAnswers.save.push(copy);
    electron.clickMenu('File', 'Save');
    await expect.poll(() => page.title()).toBe(`shared (my copy).scaleboard — ${BOARD.title} — Scaleboard`);
    expect(readFileSync(copy, 'utf8')).toContain('My unsaved idea');
    expect(readFileSync(target, 'utf8')).toBe(theirs);

    // Now the copy changes under us too, and this time we look at theirs.
    await addInitiative(page, 'A second idea');
    theySave(copy, 'Their copy');
    electron.dialogAnswers.message.push(2); // Open Theirs
    electron.clickMenu('File', 'Save');
    await expect.poll(() => page.title()).toBe('shared (my copy).scaleboard — Their copy — Scaleboard');
    expect(await page.locator('.card-title', { hasText: 'A second idea' }).count()).toBe(0);
    await app.electron.crash();

    // Mine was kept, and is offered back.
    app = await launchApp({ browser, userData, documents });
    await app.page.getByRole('alertdialog', { name: 'Restore unsaved changes?' }).waitFor();
    expect(await app.page.locator('#recovery-body').textContent()).toMatch(
      /You opened the version of .* on disk in place of yours\. Your version from/,
    );
    await app.page.screenshot({ path: path.join(SCREENSHOTS, 'recovery-offer-their-version-1366x768.png') });
    await app.page.getByRole('button', { name: 'Restore' }).click();
    await app.page.locator('.card-title', { hasText: 'A second idea' }).waitFor();
    // Saving it over theirs asks again: the copy on disk is still not what mine was read from.
    app.electron.dialogAnswers.message.push(3); // Overwrite
    app.electron.clickMenu('File', 'Save');
    await expect.poll(() => titleOnDisk(copy)).toBe(BOARD.title);
    expect(app.electron.messageBoxes.map((box) => box.message)).toEqual([expect.stringMatching(/^shared \(my copy\)/)]);
    expect(readFileSync(copy, 'utf8')).toContain('A second idea');
    await app.electron.crash();
  });

  it('saves without asking when nobody else wrote to the file', async () => {
    const { userData, documents, target } = setUp();
    const { page, electron } = await launchApp({ browser, userData, documents, args: [target] });
    await page.waitForSelector('.board-screen');
    await addInitiative(page, 'Only mine');
    electron.clickMenu('File', 'Save');
    await expect.poll(() => readFileSync(target, 'utf8').includes('Only mine')).toBe(true);
    await addInitiative(page, 'Mine again');
    electron.clickMenu('File', 'Save');
    await expect.poll(() => readFileSync(target, 'utf8').includes('Mine again')).toBe(true);
    expect(electron.messageBoxes).toEqual([]);
    await electron.crash();
  });
});
