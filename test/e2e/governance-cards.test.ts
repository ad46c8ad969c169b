/**
 * The regulatory classification on the cards of a 300-card board at 1366×768: the editor classifies a card and
 * records a practice with its evidence, the card's badge says what binds it and how many practices are open, the
 * projector leaves out practices the card keeps from the room, undo takes each step back, the governance filter
 * narrows the board and the swimlanes group it by EU AI Act category, most severe first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BoardDocument, Initiative } from '../../domain';
import {
  columns,
  DEFAULT_REGIMES,
  lanesOf,
  laneOf,
  laneTitle,
  NO_FILTERS,
  PRACTICE_IDS,
  shownCounts,
  shownCountText,
  visibleStages,
} from '../../domain';
import { realSizeBoard } from '../support/real-size-board';
import { seriousViolations } from './harness/accessibility';
import type { AppInstance } from './harness/app-harness';
import { launchWithBoard } from './harness/app-harness';
import { launchChromium } from './harness/chromium';

/** Every tenth card high-risk with some practices done, one in thirty prohibited, others minimal or unassessed. */
function classified(card: Initiative, n: number): Initiative {
  const done = Object.fromEntries(PRACTICE_IDS.slice(0, n % 8).map((p) => [p, { status: 'done' as const }]));
  if (n % 30 === 2) return { ...card, euAiAct: 'prohibited', usHighImpact: 'not-high-impact' };
  if (n % 10 === 0) return { ...card, euAiAct: 'high-risk', usHighImpact: 'not-high-impact', practices: done };
  if (n % 10 === 1) return { ...card, euAiAct: 'minimal', usHighImpact: 'high-impact', practices: done };
  if (n % 10 === 3) return { ...card, euAiAct: 'limited', usHighImpact: 'presumed-not' };
  if (n % 10 === 4) return { ...card, euAiAct: 'minimal', usHighImpact: 'not-high-impact' };
  return card;
}

const generated = realSizeBoard(300);
// The generated inventory's import chose US high-impact alone, the one regime its file answers; this board uses both.
const board: BoardDocument = {
  ...generated,
  workshop: { ...generated.workshop, regimes: [...DEFAULT_REGIMES] },
  initiatives: generated.initiatives.map(classified),
};
/** The card the test classifies: the first of Pilot, so on screen on the board and on the projector. */
const target = columns(board).pilot.find((card) => laneOf(card, 'euAiAct') !== 'prohibited')!;
const unclassified = {
  ...board,
  initiatives: board.initiatives.map((i) => {
    if (i.id !== target.id) return i;
    const { euAiAct: _eu, usHighImpact: _us, practices: _practices, ...rest } = i;
    return rest;
  }),
};

let browser: Browser;
let root: string;
let app: AppInstance;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-governance-'));
  app = await launchWithBoard({ browser, root, board: unclassified, viewport: { width: 1366, height: 768 } });
  page = app.page;
  await page.waitForSelector('.card-title');
});

afterAll(async () => {
  await app?.electron.crash();
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

const slot = () => page.locator(`li[data-initiative-id="${target.id}"]`);
const badge = () => slot().locator('.card-governance');
const undoButton = () => page.getByRole('button', { name: 'Undo', exact: true });

it('classifies a card and records a practice with evidence in the editor, and undo takes each step back', async () => {
  expect(await badge().count()).toBe(0);
  await slot().locator('.card-handle').click();
  const editor = page.locator('.editor');
  const practices = editor.locator('details.practices-editor');
  expect(await practices.getAttribute('open')).toBeNull();
  expect(await practices.locator('summary').textContent()).toContain(
    'Needed if the card is high-impact or high-risk: its classification is not assessed yet',
  );

  await editor.getByRole('combobox', { name: 'EU AI Act' }).selectOption({ label: 'High-risk' });
  expect(await badge().textContent()).toBe('EU high-risk, 7 of 7 practices open');
  expect(await practices.getAttribute('open')).not.toBeNull();

  await editor.getByRole('combobox', { name: 'AI impact assessment' }).selectOption({ label: 'Done' });
  const evidence = editor.getByRole('textbox', { name: 'Evidence for AI impact assessment' });
  await evidence.fill('https://intranet.example/dpia-417');
  await evidence.press('Enter');
  expect(await badge().textContent()).toBe('EU high-risk, 6 of 7 practices open');
  expect(await seriousViolations(page, '.editor')).toEqual([]);

  // Kept from the room: the projector's card names the classification but counts no practice.
  await editor
    .getByRole('group', { name: 'Hidden on the audience screen' })
    .getByRole('checkbox', { name: 'Practices' })
    .check();
  await page.getByRole('button', { name: 'Audience window' }).click();
  while (app.electron.windows.length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
  const audience = await app.electron.windows[1]!.loaded;
  const onProjector = audience
    .locator('.audience li', { hasText: target.title.slice(0, 30) })
    .locator('.card-governance');
  await onProjector.waitFor();
  expect(await onProjector.textContent()).toBe('EU high-risk');

  await undoButton().click();
  await expect.poll(() => onProjector.textContent()).toBe('EU high-risk, 6 of 7 practices open');
  await undoButton().click();
  expect(await evidence.inputValue()).toBe('');
  await undoButton().click();
  expect(await badge().textContent()).toBe('EU high-risk, 7 of 7 practices open');
  await undoButton().click();
  expect(await badge().count()).toBe(0);
  expect(await editor.getByRole('combobox', { name: 'EU AI Act' }).inputValue()).toBe('');
  await page.getByRole('button', { name: 'Close the editor' }).click();
});

it('narrows the board to the cards missing a practice, and counts what it hides', async () => {
  await page.getByRole('button', { name: 'Filters' }).click();
  await page
    .getByRole('group', { name: 'Regulatory classification' })
    .getByRole('checkbox', { name: 'Missing a practice' })
    .check();
  await page.keyboard.press('Escape');
  const counts = shownCounts(unclassified, { ...NO_FILTERS, governance: ['missing-practice'] }, 'none').stages;
  const stages = visibleStages(unclassified);
  expect(await page.locator('section[data-stage] .column-count').allTextContents()).toEqual(
    stages.map((s) => shownCountText(counts[s.id])),
  );
  // The filter hides most of the board: a tenth of the cards are high-risk, a tenth high-impact, some settled.
  expect(counts.pilot.shown).toBeLessThan(counts.pilot.total / 3);
  expect(counts.pilot.shown).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Clear' }).click();
});

it('groups the board in a lane per EU AI Act category, most severe first, "Not assessed" last', async () => {
  await page.getByRole('combobox', { name: 'Swimlanes' }).selectOption({ label: 'EU AI Act' });
  const lanes = lanesOf(unclassified, 'euAiAct');
  expect(lanes.map((lane) => laneTitle(lane, 'euAiAct'))).toEqual([
    'Prohibited',
    'High-risk',
    'Limited (transparency)',
    'Minimal',
    'Not assessed',
  ]);
  // Lanes are virtualised: fold each as it comes into the page, until every lane is a heading.
  for (const lane of lanes) {
    const toggle = page.locator(`.lane[data-lane="${lane}"] .lane-toggle`);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  }
  const sizes = lanes.map((lane) => unclassified.initiatives.filter((i) => laneOf(i, 'euAiAct') === lane).length);
  expect(await page.locator('.lane .lane-title').allTextContents()).toEqual(
    lanes.map((lane, i) => `${laneTitle(lane, 'euAiAct')} · ${sizes[i]} cards`),
  );
  await page.getByRole('combobox', { name: 'Swimlanes' }).selectOption({ label: 'None' });
});
