/**
 * The user flows of the e2e suite, in the real Electron: the check to run before every release, and in the hosted
 * CI workflow. Here the window is Electron's own, loading the renderer from the app's scheme, with Electron's
 * sandbox, IPC and dialogs; the packaged app in dist/ (when `npm run dist` made one) also has its fuses on.
 *
 * Where no Electron binary can be had, each test reports itself skipped with the reason, never passed.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ElectronApplication, Page } from 'playwright-core';
import { createExampleBoard, parseBoardFile, serializeBoard } from '../../domain';
import { recordDecision } from '../e2e/harness/gate';
import { moveRightByKeyboard } from '../e2e/harness/keyboard-move';
import {
  answerDialogs,
  clickMenu,
  launchBuilt,
  launchPackaged,
  packagedExecutable,
  ROOT,
  secondInstance,
  skipUnless,
  unavailableReason,
  watchForErrors,
} from './electron-app';

const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');
const unavailable = unavailableReason();
let work: string;

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-electron-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const column = (page: Page, stage: string) => page.locator(`section[data-stage="${stage}"]`);
const titlesIn = (page: Page, stage: string) => column(page, stage).locator('.card-title').allTextContents();

/** The start screen has drawn itself: the page is the app's, from its scheme, and not blank. */
async function expectStartScreen(page: Page, shot: string): Promise<void> {
  await page.waitForSelector('.start', { timeout: 30_000 });
  expect(page.url()).toBe('scaleboard://app/index.html');
  expect((await page.locator('body').innerText()).trim().length).toBeGreaterThan(20);
  await page.screenshot({ path: path.join(SCREENSHOTS, shot) });
}

/** Moves a pilot of the example board across the pilot → scaling gate by keyboard and records the decision. */
async function moveAcrossGateByKeyboard(page: Page): Promise<void> {
  const title = 'Motor damage photo estimation';
  await moveRightByKeyboard(page, page.locator('li[data-initiative-id]', { hasText: title }), 'scaling');
  await recordDecision(page, /Go with exception/, 'Integration is contracted for next quarter');
  await expect.poll(() => titlesIn(page, 'scaling')).toContain(title);
}

/** Opens the audience window from the board: it shows the board, from the app's scheme, at #audience. */
async function openAudience(page: Page, nextWindow: () => Promise<Page>, shot: string): Promise<void> {
  const opened = nextWindow();
  await page.getByRole('button', { name: 'Audience window' }).click();
  const audience = await opened;
  watchForErrors(audience, errors);
  await audience.waitForSelector('.audience .column');
  expect(audience.url()).toBe('scaleboard://app/index.html#audience');
  await audience.screenshot({ path: path.join(SCREENSHOTS, shot) });
}

/** The example board under another title, in a file a second start can hand over. */
function writeExampleBoard(title: string): string {
  const file = path.join(work, `${title}.scaleboard`);
  writeFileSync(file, serializeBoard({ ...createExampleBoard('2026-02-01T00:00:00.000Z'), title }));
  return file;
}

async function waitForFile(file: string): Promise<void> {
  await expect.poll(() => existsSync(file), { timeout: 20_000 }).toBe(true);
}

/** Quits the app, or ends it when a question (an unsaved board) would keep it open. */
async function quit(app: ElectronApplication): Promise<void> {
  const closed = app.close().then(() => true);
  const timedOut = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 15_000));
  if (!(await Promise.race([closed, timedOut]))) app.process().kill('SIGKILL');
}

/** What went wrong in the app's windows during a test; each test ends by checking it is empty. */
let errors: string[] = [];
beforeEach(() => {
  errors = [];
});

describe('the built app in Electron', () => {
  let app: ElectronApplication | undefined;
  afterEach(async () => {
    if (app) await quit(app);
    app = undefined;
  });

  it('starts, moves a card across a gate, saves, reopens from Recent, exports, presents and takes a file from a second start', async (context) => {
    skipUnless(context, unavailable);
    const profile = path.join(work, 'built-profile');
    const saved = path.join(work, 'Q4 portfolio.scaleboard');
    const workbook = path.join(work, 'Q4 portfolio.xlsx');

    app = await launchBuilt(profile);
    let page = await app.firstWindow();
    watchForErrors(page, errors);
    await expectStartScreen(page, 'electron-start.png');
    await page.getByRole('button', { name: 'Open example' }).click();
    await page.waitForSelector('.board-screen');
    await moveAcrossGateByKeyboard(page);
    await answerDialogs(app, { save: [saved] });
    await clickMenu(app, 'File', 'Save As…');
    await waitForFile(saved);
    const board = parseBoardFile(readFileSync(saved, 'utf8'));
    if (!board.ok) throw new Error(board.error.message);
    expect(board.value.decisions.at(-1)).toMatchObject({ kind: 'go-with-exception', from: 'pilot', to: 'scaling' });
    await quit(app);
    app = undefined;

    app = await launchBuilt(profile);
    page = await app.firstWindow();
    watchForErrors(page, errors);
    await expectStartScreen(page, 'electron-restart.png');
    await clickMenu(app, 'File', 'Open Recent', `${board.value.title} — Q4 portfolio.scaleboard`);
    await page.waitForSelector('.board-screen');
    expect(await titlesIn(page, 'scaling')).toContain('Motor damage photo estimation');

    await answerDialogs(app, { save: [workbook] });
    await clickMenu(app, 'File', 'Export', 'Excel Workbook');
    await waitForFile(workbook);
    expect(readFileSync(workbook).subarray(0, 2).toString('latin1')).toBe('PK');

    await openAudience(page, () => app!.waitForEvent('window'), 'electron-audience.png');

    const other = writeExampleBoard('From the desktop');
    expect(await secondInstance(process.env.ELECTRON_EXEC_PATH!, [ROOT, other], profile)).toBe(0);
    await expect.poll(() => page.locator('#board-title').inputValue(), { timeout: 20_000 }).toBe('From the desktop');
    expect(errors).toEqual([]);
  });
});

describe('the packaged app in dist/, fuses on', () => {
  it('starts from its asar through the scheme, takes a file from a second start, moves a card across a gate and presents', async (context) => {
    skipUnless(context, unavailable);
    const executable = packagedExecutable();
    skipUnless(context, executable ? undefined : 'No packaged app in dist/: run npm run dist first.');
    const profile = path.join(work, 'packaged-profile');
    const packaged = await launchPackaged(executable!, profile);
    try {
      const page = await packaged.firstWindow();
      watchForErrors(page, errors);
      await expectStartScreen(page, 'electron-packaged-start.png');
      const other = writeExampleBoard('Packaged second start');
      expect(await secondInstance(executable!, [other], profile)).toBe(0);
      await expect
        .poll(() => page.locator('#board-title').inputValue(), { timeout: 20_000 })
        .toBe('Packaged second start');

      await moveAcrossGateByKeyboard(page);
      await openAudience(
        page,
        () => packaged.browser.contexts()[0]!.waitForEvent('page'),
        'electron-packaged-audience.png',
      );
      expect(errors).toEqual([]);
    } finally {
      // The board has unsaved changes, so a polite quit would wait on the question.
      await packaged.close();
    }
  });
});
