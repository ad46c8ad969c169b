/**
 * A soak that would notice lost work: a few hundred random facilitator actions (moves across gates, edits, new
 * cards, dots, imports, undo, redo, saves), then a crash at a random point, a restart and Restore. The board must
 * come back as it was before the crash. Seeded: SOAK_SEED replays a run, SOAK_ACTIONS sets its length, and a
 * failure names the seed and the actions.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BoardDocument } from '../../domain';
import { createExampleBoard, parseBoardFile, serializeBoard } from '../../domain';
import type { AppInstance } from './harness/app-harness';
import { launchApp } from './harness/app-harness';
import { addInitiative, currentRecoveryCopies } from './harness/board-actions';
import { seededRandom } from '../support/generated-inventory';
import { launchChromium } from './harness/chromium';
import { recordDecision } from './harness/gate';
import { moveRightByKeyboard } from './harness/keyboard-move';

const SEED = Number(process.env.SOAK_SEED ?? Date.now() % 1_000_000);
const ACTIONS = Number(process.env.SOAK_ACTIONS ?? 200);
const STAGES = ['idea', 'pilot', 'scaling', 'production', 'stopped'] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** What a person sees of the board: each column's cards, in order, with everything each card shows. */
async function visibleBoard(page: Page): Promise<Record<string, string[]>> {
  const board: Record<string, string[]> = {};
  for (const stage of STAGES) {
    board[stage] = await page
      .locator(`section[data-stage="${stage}"] li[data-initiative-id]`)
      .evaluateAll((items) => items.map((li) => `${li.getAttribute('data-initiative-id')} ${li.textContent}`));
  }
  return board;
}

const titlesOf = (page: Page, stage: string) =>
  page.locator(`section[data-stage="${stage}"] li[data-initiative-id] .card-title`).allTextContents();

async function clickEmptyBoard(page: Page): Promise<void> {
  await page
    .locator('.board-header h1, .board-header')
    .first()
    .click({ position: { x: 2, y: 2 } });
}

interface Soak {
  app: AppInstance;
  random: () => number;
  pick: <T>(items: readonly T[]) => T;
  csv: string;
  log: string[];
}

type Action = (soak: Soak, step: number) => Promise<void>;

const ACTIONS_BY_NAME: Record<string, Action> = {
  async move({ app: { page }, pick }) {
    const from = pick(['idea', 'pilot', 'scaling'] as const);
    const titles = await titlesOf(page, from);
    if (!titles.length) return;
    const title = pick(titles);
    const to = STAGES[STAGES.indexOf(from) + 1]!;
    await clickEmptyBoard(page);
    await moveRightByKeyboard(
      page,
      page.locator(`section[data-stage="${from}"] li[data-initiative-id]`, { hasText: title }).first(),
      to,
    );
    const gate = page.getByRole('dialog', { name: /^Gate decision/ });
    const asked = await gate.waitFor({ timeout: 2000 }).then(
      () => true,
      () => false,
    );
    if (asked) {
      await recordDecision(page, pick([/Go with exception/, /Hold/, /Recycle/]), `Soak decision on ${title}`);
    }
  },
  async edit({ app: { page }, pick }, step) {
    const stage = pick(STAGES);
    const titles = await titlesOf(page, stage);
    if (!titles.length) return;
    await page
      .locator(`section[data-stage="${stage}"] li[data-initiative-id]`, { hasText: pick(titles) })
      .first()
      .locator('.card-title')
      .click();
    const title = page.getByRole('textbox', { name: 'Title', exact: true });
    await title.fill(`Edited ${step}`);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Close the editor' }).click();
  },
  async add({ app: { page }, pick }, step) {
    await addInitiative(page, `New ${step}`, pick(['idea', 'pilot', 'scaling'] as const));
  },
  async vote({ app: { page }, pick }) {
    await page.getByRole('button', { name: 'Dot voting' }).click();
    const who = pick(['CFO', 'CIO']);
    await page.getByRole('radio', { name: new RegExp(`^${who}`) }).click();
    const dots = page.getByRole('button', { name: new RegExp(`^Add a dot of ${who} on `) });
    const count = await dots.count();
    if (count) await dots.nth(Math.floor(pick([0, 0.3, 0.6, 0.9]) * count)).click();
    await page.getByRole('button', { name: 'Close dot voting' }).click();
  },
  async import({ app: { page, electron }, csv }) {
    electron.dialogAnswers.open.push(csv);
    electron.clickMenu('File', 'Import Spreadsheet…');
    const dialog = page.getByRole('dialog', { name: /^Import soak\.csv/ });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: /^Import \d+ rows?$/ }).click();
    const report = page.getByRole('dialog', { name: 'Import complete' });
    await report.waitFor();
    await report.getByRole('button', { name: 'Done' }).click();
  },
  async undo({ app: { page } }) {
    await clickEmptyBoard(page);
    await page.keyboard.press('Control+z');
  },
  async redo({ app: { page } }) {
    await clickEmptyBoard(page);
    await page.keyboard.press('Control+Shift+z');
  },
  async save({ app: { page, electron } }) {
    if (!(await page.title()).startsWith('• ')) return;
    electron.clickMenu('File', 'Save');
    await expect.poll(() => page.title()).not.toMatch(/^• /);
  },
};

const WEIGHTS: [string, number][] = [
  ['move', 5],
  ['edit', 4],
  ['add', 3],
  ['vote', 3],
  ['import', 1],
  ['undo', 4],
  ['redo', 3],
  ['save', 2],
];

function weighted(random: () => number): string {
  const total = WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let at = random() * total;
  for (const [name, weight] of WEIGHTS) if ((at -= weight) < 0) return name;
  return WEIGHTS[0]![0];
}

/** The window's own recovery copy, once it holds the board as it is now (written a few seconds after a change). */
async function settledCopy(userData: string): Promise<BoardDocument | null> {
  const read = () => currentRecoveryCopies(userData)[0] ?? null;
  let last = read();
  // Unchanged over more than the recovery delay (2 s): the copy has caught up with the last change.
  for (let i = 0; i < 20; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const now = read();
    if (now === last) break;
    last = now;
  }
  return last ? (JSON.parse(last) as { document: BoardDocument }).document : null;
}

it(
  `survives ${ACTIONS} random facilitator actions and a crash (seed ${SEED})`,
  async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-soak-'));
    const userData = path.join(root, 'user-data');
    const documents = path.join(root, 'documents');
    mkdirSync(documents, { recursive: true });
    const boardPath = path.join(documents, 'soak.scaleboard');
    writeFileSync(boardPath, serializeBoard(createExampleBoard('2026-06-01T10:00:00.000Z')));
    const csv = path.join(documents, 'soak.csv');
    writeFileSync(csv, 'Title,Stage,Owner\nSoak import A,Pilot,Ops\nSoak import B,Idea,Finance\n');

    const random = seededRandom(SEED);
    const log: string[] = [];
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const viewport = { width: 1920, height: 1080 };
    let app = await launchApp({ browser, userData, documents, args: [boardPath], viewport });
    const soak: Soak = { app, random, pick, csv, log };
    const crashAt = Math.floor(ACTIONS / 2 + random() * (ACTIONS / 2));
    try {
      await app.page.waitForSelector('.board-screen');
      await app.page.getByRole('button', { name: 'Dot voting' }).click();
      for (const name of ['CFO', 'CIO']) {
        await app.page.getByLabel('New participant').fill(name);
        await app.page.keyboard.press('Enter');
      }
      await app.page.getByRole('button', { name: 'Close dot voting' }).click();

      for (let step = 0; step < crashAt; step += 1) {
        const name = weighted(random);
        log.push(`${step} ${name}`);
        await ACTIONS_BY_NAME[name]!(soak, step);
      }
      const before = await visibleBoard(app.page);
      const counts = log.reduce<Record<string, number>>((all, line) => {
        const name = line.split(' ')[1]!;
        return { ...all, [name]: (all[name] ?? 0) + 1 };
      }, {});
      console.info(`soak seed ${SEED}: crash after ${crashAt} actions ${JSON.stringify(counts)}`);
      // The actions did change the board: new cards, edited titles.
      expect(Object.values(before).flat().join('\n')).toMatch(/New \d+|Edited \d+|Soak import/);
      const dirty = (await app.page.title()).startsWith('• ');
      const copy = dirty ? await settledCopy(userData) : null;
      await app.electron.crash();

      app = await launchApp({ browser, userData, documents, args: [boardPath], viewport });
      await app.page.waitForSelector('.board-screen');
      if (dirty) {
        await app.page.getByRole('alertdialog', { name: 'Restore unsaved changes?' }).waitFor();
        await app.page.getByRole('button', { name: 'Restore' }).click();
        await app.page.getByRole('alertdialog').waitFor({ state: 'detached' });
      }
      expect(await visibleBoard(app.page)).toStrictEqual(before);
      if (dirty) {
        // What Save writes is exactly the copy the crash left.
        app.electron.clickMenu('File', 'Save');
        await expect.poll(() => app.page.title()).not.toMatch(/^• /);
        const saved = parseBoardFile(readFileSync(boardPath, 'utf8'));
        expect(saved.ok && serializeBoard(saved.value)).toBe(serializeBoard(copy!));
      }
      await app.electron.crash();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(
        `Soak failed with SOAK_SEED=${SEED} SOAK_ACTIONS=${ACTIONS} (crash after action ${crashAt}); last actions: ${log.slice(-8).join(', ')}\n${message}`,
        { cause: error },
      );
    }
  },
  30 * 60_000,
);
