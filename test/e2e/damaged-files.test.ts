/**
 * Files that will not open: a damaged board offers its backup and any recovery copy in one message; a board
 * from a newer Scaleboard is refused and left as it is.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createExampleBoard, CURRENT_SCHEMA_VERSION, serializeBoard, updateBoard } from '../../domain';
import { launchApp } from './harness/app-harness';
import { addInitiative } from './harness/board-actions';
import { launchChromium } from './harness/chromium';

const NOW = '2026-06-01T10:00:00.000Z';
const OLDER = serializeBoard(updateBoard(createExampleBoard(NOW), { title: 'Yesterday’s board' }, { now: NOW }));
const CURRENT = serializeBoard(createExampleBoard(NOW));
const TRUNCATED = CURRENT.slice(0, Math.floor(CURRENT.length / 2));

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function setUp() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-damaged-e2e-'));
  const documents = path.join(root, 'documents');
  mkdirSync(documents, { recursive: true });
  return { userData: path.join(root, 'user-data'), documents, target: path.join(documents, 'q4.scaleboard') };
}

describe('a board file that will not open', () => {
  it('offers the backup; saving it keeps the damaged file aside and the good backup as it was', async () => {
    const { userData, documents, target } = setUp();
    writeFileSync(`${target}.bak`, OLDER);
    writeFileSync(target, TRUNCATED);
    const { page, electron } = await launchApp({ browser, userData, documents });
    electron.dialogAnswers.message.push(1); // Open the Backup
    electron.dialogAnswers.open.push(target);
    electron.clickMenu('File', 'Open…');
    await page.waitForSelector('.board-screen');
    const [box] = electron.messageBoxes;
    expect(box?.message).toMatch(/^Could not open q4\.scaleboard\. The file ends part-way through the board/);
    expect(box?.buttons).toEqual(['Cancel', 'Open the Backup']);
    await expect.poll(() => page.title()).toBe('• q4.scaleboard — Yesterday’s board — Scaleboard');

    electron.clickMenu('File', 'Save');
    await expect.poll(() => page.title()).toBe('q4.scaleboard — Yesterday’s board — Scaleboard');
    expect(readFileSync(`${target}.damaged`, 'utf8')).toBe(TRUNCATED);
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe(OLDER);
    expect(JSON.parse(readFileSync(target, 'utf8')).title).toBe('Yesterday’s board');
    await electron.crash();
  });

  it('offers the backup and the recovery copy in the same message', async () => {
    const { userData, documents, target } = setUp();
    writeFileSync(target, CURRENT);
    let app = await launchApp({ browser, userData, documents, args: [target] });
    await app.page.waitForSelector('.board-screen');
    await addInitiative(app.page, 'Work the crash left unsaved');
    const recovery = path.join(userData, 'recovery');
    await expect
      .poll(
        () => readdirSync(recovery).some((n) => readFileSync(path.join(recovery, n), 'utf8').includes('left unsaved')),
        {
          timeout: 15_000,
        },
      )
      .toBe(true);
    await app.electron.crash();
    writeFileSync(`${target}.bak`, OLDER);
    writeFileSync(target, '{"format": "scaleboard", "schemaVersion": 1, "title": 42}');

    app = await launchApp({ browser, userData, documents });
    await app.page.getByRole('alertdialog', { name: 'Restore unsaved changes?' }).waitFor();
    app.electron.dialogAnswers.message.push(2); // Restore the Recovery Copy
    app.electron.dialogAnswers.open.push(target);
    app.electron.clickMenu('File', 'Open…');
    await app.page.locator('.card-title', { hasText: 'Work the crash left unsaved' }).waitFor();
    const [box] = app.electron.messageBoxes;
    expect(box?.message).toMatch(/^Could not open q4\.scaleboard\. The board is damaged/);
    expect(box?.buttons).toEqual(['Cancel', 'Open the Backup', 'Restore the Recovery Copy']);
    await expect.poll(() => app.page.title()).toMatch(/^• q4\.scaleboard/);
    await app.electron.crash();
  });

  it('refuses a board from a newer Scaleboard and leaves the file as it is', async () => {
    const { userData, documents, target } = setUp();
    const newer = CURRENT.replace(/"schemaVersion":\d+/, '"schemaVersion":99').replace('{', '{"futureField":[1,2],');
    expect(newer).toContain('"schemaVersion":99');
    writeFileSync(target, newer);
    const { page, electron } = await launchApp({ browser, userData, documents, args: [target] });
    await expect.poll(() => electron.errorBoxes.length).toBe(1);
    expect(electron.errorBoxes[0]!.content).toMatch(
      new RegExp(
        `saved by a newer version of Scaleboard \\(schema 99\\); this version reads up to ${CURRENT_SCHEMA_VERSION}\\. Update Scaleboard to open it\\.`,
      ),
    );
    expect(await page.locator('.board-screen').count()).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(newer);
    await electron.crash();
  });
});
