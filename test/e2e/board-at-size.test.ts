/**
 * The board at real size (700 cards, 80 business units, 200-character titles, half the stage dates unknown), at
 * the laptop's 1366×768 and the projector's 1920×1080: swimlanes grow to their cards and collapse, filtered
 * columns say "8 of 412", the business-unit filter can be searched, and the metrics leave unknown dates out.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  columns,
  countByStage,
  createExampleBoard,
  formatAmount,
  formatBoardDate,
  laneOf,
  lanesOf,
  laneTitle,
  matchesFilters,
  NO_FILTERS,
  pilotToProduction,
  timeInStage,
  undatedPilots,
} from '../../domain';
import { boardAtSize, EIGHT_PILOT_UNIT } from '../support/board-at-size';
import { seriousViolations } from './harness/accessibility';
import type { AppInstance } from './harness/app-harness';
import { launchWithBoard } from './harness/app-harness';
import { launchChromium } from './harness/chromium';

const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');
const NOW = new Date().toISOString();
const board = boardAtSize(NOW);
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
let browser: Browser;
let root: string;
let app: AppInstance;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-size-e2e-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  app = await launchWithBoard({ browser, root, board, fileName: 'portfolio.scaleboard', viewport: SIZES[0] });
  page = app.page;
  await page.waitForSelector('.card-title');
});

afterAll(async () => {
  // Votes changed the board: quitting asks whether to save it.
  app?.electron.dialogAnswers.message.push(1); // Don't Save
  await app?.electron.quit();
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, name) });
const sizeName = ({ width, height }: { width: number; height: number }) => `${width}x${height}`;

/**
 * Every card, cell and lane in the page that is cut off: a card whose box leaves its cell's or its lane's, or a
 * cell that scrolls. Empty when nothing is clipped.
 */
function clippedInLanes(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const found: string[] = [];
    const inside = (a: DOMRect, b: DOMRect) =>
      a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
    for (const lane of document.querySelectorAll<HTMLElement>('.lane')) {
      const laneBox = lane.getBoundingClientRect();
      for (const cell of lane.querySelectorAll<HTMLElement>('.column.lane-cell')) {
        const cellBox = cell.getBoundingClientRect();
        const body = cell.querySelector<HTMLElement>('.column-body')!;
        if (body.scrollHeight > body.clientHeight + 1) found.push(`cell ${cell.dataset.container} scrolls`);
        if (!inside(cellBox, laneBox)) found.push(`cell ${cell.dataset.container} leaves lane ${lane.dataset.lane}`);
        for (const card of cell.querySelectorAll<HTMLElement>('li[data-initiative-id]')) {
          const box = card.getBoundingClientRect();
          if (!inside(box, cellBox) || !inside(box, laneBox))
            found.push(`card ${card.dataset.initiativeId} is cut off in ${cell.dataset.container}`);
        }
      }
    }
    return found;
  });
}

/** Scrolls the swimlane board from top to bottom, checking each screenful; the lanes the page held on the way. */
async function scrollThroughLanes(
  p: Page,
): Promise<{ clipped: string[]; seen: Set<string>; cards: Set<string>; mostInPage: number }> {
  const clipped: string[] = [];
  const seen = new Set<string>();
  const cards = new Set<string>();
  let mostInPage = 0;
  const scroller = p.locator('.board.lanes');
  for (;;) {
    await p.waitForTimeout(30);
    clipped.push(...(await clippedInLanes(p)));
    for (const lane of await p.locator('.lane').evaluateAll((ls) => ls.map((l) => (l as HTMLElement).dataset.lane!)))
      seen.add(lane);
    mostInPage = Math.max(mostInPage, await p.locator('li[data-initiative-id]').count());
    // A card counts as shown when its readiness strip and its risk are drawn with it.
    const whole = await p
      .locator('.lane-cell li[data-initiative-id]:has(.readiness-strip):has(.risk)')
      .evaluateAll((ls) => ls.map((l) => (l as HTMLElement).dataset.initiativeId!));
    for (const id of whole) cards.add(id);
    const atEnd = await scroller.evaluate((el) => {
      const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
      el.scrollTop += el.clientHeight;
      return end;
    });
    if (atEnd) break;
  }
  await scroller.evaluate((el) => (el.scrollTop = 0));
  return { clipped, seen, cards, mostInPage };
}

describe('swimlanes by business unit on 700 cards in 80 units', () => {
  const lanes = lanesOf(board, 'businessUnit');

  it('grows every lane to its cards, so that no card is cut off, at both sizes', async () => {
    const started = Date.now();
    await page.getByRole('combobox', { name: 'Swimlanes' }).selectOption('businessUnit');
    await page.waitForSelector('.lane .lane-cell li[data-initiative-id]');
    console.info(`swimlanes of ${lanes.length} lanes shown in ${Date.now() - started} ms`);
    expect(lanes.length).toBe(81);
    expect(await seriousViolations(page, '.board.lanes')).toEqual([]);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.waitForTimeout(200);
      await shot(`swimlanes-business-unit-${sizeName(size)}.png`);
      const { clipped, seen, mostInPage } = await scrollThroughLanes(page);
      expect(clipped).toEqual([]);
      // Every lane was reached by scrolling, yet the page never held all the cards at once.
      expect([...seen].sort()).toEqual([...lanes].sort());
      expect(mostInPage).toBeLessThan(board.initiatives.length / 2);
    }
    await page.setViewportSize(SIZES[0]);
  });

  it('counts each lane per stage in its heading, and collapses a lane to that heading', async () => {
    await page.getByRole('combobox', { name: 'Swimlanes' }).selectOption('businessUnit');
    const lane = lanes[0]!;
    const row = page.locator(`.lane[data-lane="${lane}"]`);
    await row.waitFor();
    const cards = board.initiatives.filter((i) => laneOf(i, 'businessUnit') === lane);
    const perStage = board.stages.map(
      (s) => `${s.label} ${cards.filter((i) => i.stage === s.id).length.toLocaleString('en')}`,
    );
    expect(await row.locator('.lane-stage-counts li').allTextContents()).toEqual(perStage);
    expect(await row.locator('.lane-title').textContent()).toBe(
      `${laneTitle(lane, 'businessUnit')} · ${cards.length} ${cards.length === 1 ? 'card' : 'cards'}`,
    );
    const open = (await row.boundingBox())!.height;
    await row.locator('.lane-toggle').click();
    expect(await row.locator('.lane-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(await row.locator('.lane-cell').count()).toBe(0);
    expect(await row.locator('.lane-stage-counts li').allTextContents()).toEqual(perStage);
    expect((await row.boundingBox())!.height).toBeLessThan(open / 2);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await shot(`swimlanes-collapsed-lane-${sizeName(size)}.png`);
    }
    await page.setViewportSize(SIZES[0]);
    await row.locator('.lane-toggle').click();
    expect(await row.locator('.lane-cell').count()).toBe(board.stages.length);
    await page.getByRole('combobox', { name: 'Swimlanes' }).selectOption('none');
  });
});

describe('dragging in swimlanes at size', () => {
  it('drags a card from one stage to the next within its lane, across the gate', async () => {
    await page.getByRole('combobox', { name: 'Swimlanes' }).selectOption('businessUnit');
    const lane = lanesOf(board, 'businessUnit')[1]!;
    const idea = board.initiatives.find((i) => i.stage === 'idea' && laneOf(i, 'businessUnit') === lane)!;
    await page.locator(`li[data-initiative-id="${idea.id}"]`).scrollIntoViewIfNeeded();
    const from = (await page.locator(`li[data-initiative-id="${idea.id}"]`).boundingBox())!;
    const to = (await page.locator(`[data-container="pilot|${lane}"] .column-body`).boundingBox())!;
    const started = Date.now();
    await page.mouse.move(from.x + from.width / 2, from.y + 20);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 10, from.y + 20, { steps: 3 });
    await page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 20 });
    await page.mouse.up();
    const gate = page.getByRole('dialog', { name: /^Gate decision/ });
    await gate.waitFor();
    console.info(
      `a drag of 23 moves across ${lanesOf(board, 'businessUnit').length} lanes took ${Date.now() - started} ms`,
    );
    expect(await gate.textContent()).toContain(idea.title);
    await gate.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.locator(`[data-container="idea|${lane}"] li[data-initiative-id="${idea.id}"]`).count()).toBe(1);
    await page.getByRole('combobox', { name: 'Swimlanes' }).selectOption('none');
  });
});

describe('filters at size', () => {
  it('finds a business unit among 80 by searching, and counts "8 of 412" in the columns', async () => {
    await page.getByRole('button', { name: 'Filters' }).click();
    const panel = page.getByRole('group', { name: 'Filters' });
    const units = panel.getByRole('group', { name: /^Business unit/ });
    expect(await units.getByRole('checkbox').count()).toBe(80);
    await units.getByRole('searchbox', { name: 'Find a business unit' }).fill('claims nor');
    expect(await units.getByRole('checkbox').count()).toBe(1);
    await units.getByRole('checkbox', { name: EIGHT_PILOT_UNIT }).check();
    expect(await units.locator('legend').textContent()).toBe('Business unit · 1 chosen');

    // Nothing in the panel spills out of it, "Foundation below a level" included.
    for (const size of SIZES) {
      await page.setViewportSize(size);
      const spilled = await panel.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return [...el.querySelectorAll('select, input, label, legend')]
          .filter((c) => {
            const r = c.getBoundingClientRect();
            const group = c.closest('fieldset')?.getBoundingClientRect() ?? box;
            const out = (b: DOMRect) => r.right > b.right + 0.5 || r.left < b.left - 0.5;
            return r.width > 0 && (out(box) || out(group));
          })
          .map((c) => c.outerHTML.slice(0, 80));
      });
      expect(spilled).toEqual([]);
      expect((await panel.boundingBox())!.width).toBeLessThanOrEqual(size.width);
      await shot(`filter-business-unit-search-${sizeName(size)}.png`);
    }

    const filters = { ...NO_FILTERS, businessUnits: [EIGHT_PILOT_UNIT] };
    const held = countByStage(board);
    const shown = board.initiatives.filter((i) => i.stage === 'pilot' && matchesFilters(i, filters)).length;
    expect(shown).toBe(8);
    const pilotCount = page.locator('section[data-stage="pilot"] .column-count');
    expect(await pilotCount.textContent()).toBe(`8 of ${held.pilot}`);
    expect(await page.locator('section[data-stage="pilot"] li[data-initiative-id]').count()).toBe(8);
    await page.getByRole('button', { name: 'Filters (on)' }).click();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await shot(`filtered-board-counts-${sizeName(size)}.png`);
    }
    await page.setViewportSize(SIZES[0]);
    await page.getByRole('button', { name: 'Clear' }).click();
    expect(await pilotCount.textContent()).toBe(String(held.pilot));
  });
});

describe('metrics of a board with unknown stage dates', () => {
  it('leaves unknown dates out of the medians, the stall count and the conversion, and says how many', async () => {
    await page.getByRole('button', { name: 'Metrics' }).click();
    const metrics = page.getByRole('dialog', { name: /Portfolio metrics/ });
    await metrics.waitFor();
    const conversion = pilotToProduction(board);
    const times = timeInStage(board, NOW);
    const undatedCards = Object.values(times).reduce((sum, t) => sum + t.unknown, 0);
    expect(conversion.unknownPath).toBeGreaterThan(0);
    const text = (await metrics.textContent()) ?? '';
    expect(text).toContain(`${conversion.reached} of ${conversion.entered} that entered Pilot reached Production`);
    expect(text).toContain(`${conversion.unknownPath} cards left out`);
    expect(text).toContain(`${undatedPilots(board)} pilots with an unknown stage date left out`);
    expect(text).toContain(`${undatedCards} cards with an unknown stage date left out`);
    expect(await metrics.locator('.big-number').nth(1).textContent()).toBe(`${Math.round(conversion.rate! * 100)}%`);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await shot(`metrics-unknown-dates-${sizeName(size)}.png`);
      await metrics.locator('.metric-note').last().scrollIntoViewIfNeeded();
      await shot(`metrics-unknown-dates-medians-${sizeName(size)}.png`);
      await metrics.evaluate((el) => (el.scrollTop = 0));
    }
    await page.setViewportSize(SIZES[0]);
    await metrics.getByRole('button', { name: 'Close' }).click();
    const undated = board.initiatives.find((i) => i.stage === 'idea' && !i.stageEnteredAt)!;
    expect(await page.locator(`li[data-initiative-id="${undated.id}"] .days`).textContent()).toBe('in stage: unknown');
  });
});

describe('dot voting at size', () => {
  it('shows compact voting controls only while voting, and only on the stages voted on', async () => {
    const ideaCard = page.locator('section[data-stage="idea"] li[data-initiative-id]').first();
    expect(await page.locator('.vote-buttons').count()).toBe(0);
    await page.getByRole('button', { name: 'Dot voting' }).click();
    await page.getByLabel('New participant').fill('CFO');
    await page.keyboard.press('Enter');
    expect(await page.locator('.vote-buttons').count()).toBe(0);
    await page.getByRole('radio', { name: /^CFO/ }).click();
    await page.getByRole('group', { name: 'Vote on' }).getByLabel('Pilot').uncheck();
    expect(await page.locator('section[data-stage="pilot"] .vote-buttons').count()).toBe(0);
    expect(await page.locator('section[data-stage="scaling"] .vote-buttons').count()).toBe(0);
    expect(await ideaCard.locator('.vote-buttons').count()).toBe(1);
    await ideaCard.getByRole('button', { name: /^Add a dot of CFO/ }).click();
    expect(await ideaCard.locator('.vote-count').textContent()).toBe('CFO 1');
    // A slim row under the card: well under a fifth of the card's own height.
    const row = (await ideaCard.locator('.vote-buttons').boundingBox())!.height;
    const cardHeight = (await ideaCard.locator('.card').boundingBox())!.height;
    expect(row).toBeLessThan(cardHeight / 5);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await shot(`dot-voting-ideas-only-${sizeName(size)}.png`);
    }
    await page.setViewportSize(SIZES[0]);
    await page.getByRole('button', { name: 'Close dot voting' }).click();
    expect(await page.locator('.vote-buttons').count()).toBe(0);
  });
});

describe('the board locale', () => {
  it('writes dates and amounts the way the board setup says, on cards and in the editor', async () => {
    await page.getByRole('button', { name: 'Setup' }).click();
    const setup = page.getByRole('dialog', { name: 'Board setup' });
    await setup.getByLabel('Written as').selectOption('de-DE');
    await setup.getByRole('button', { name: 'Save setup' }).click();
    const dated = columns(board).pilot.find((i) => i.stageEnteredAt && i.valueEstimate)!;
    const card = page.locator(`li[data-initiative-id="${dated.id}"]`);
    expect(await card.locator('.days').getAttribute('title')).toBe(
      `In this stage since ${formatBoardDate(dated.stageEnteredAt!, 'de-DE')}`,
    );
    await card.locator('.card-title').click();
    const editor = page.locator('.editor');
    expect(await editor.locator('.editor-stage').textContent()).toContain(
      `(since ${formatBoardDate(dated.stageEnteredAt!, 'de-DE')})`,
    );
    expect(await editor.locator('#field-valueEstimate-hint').textContent()).toBe(
      formatAmount(dated.valueEstimate!, dated.currency, 'de-DE'),
    );
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await shot(`board-locale-de-DE-editor-${sizeName(size)}.png`);
    }
    await page.setViewportSize(SIZES[0]);
  });
});

describe('the example board by business unit', () => {
  let example: AppInstance;

  afterAll(async () => {
    await example?.electron.quit();
  });

  it('shows every card of every lane whole, readiness strip and risk included', async () => {
    const exampleBoard = createExampleBoard(NOW);
    example = await launchWithBoard({
      browser,
      root: path.join(root, 'example'),
      board: exampleBoard,
      fileName: 'example.scaleboard',
      viewport: SIZES[0],
    });
    const p = example.page;
    await p.waitForSelector('.card-title');
    await p.getByRole('combobox', { name: 'Swimlanes' }).selectOption('businessUnit');
    await p.waitForSelector('.lane .lane-cell li[data-initiative-id]');
    for (const size of SIZES) {
      await p.setViewportSize(size);
      await p.waitForTimeout(200);
      await p.screenshot({ path: path.join(SCREENSHOTS, `swimlanes-example-board-${sizeName(size)}.png`) });
      const { clipped, seen, cards } = await scrollThroughLanes(p);
      expect(clipped).toEqual([]);
      expect([...seen].sort()).toEqual(lanesOf(exampleBoard, 'businessUnit').sort());
      // Every card is reached, each whole: none hidden in a cell, none without its strip and its risk.
      expect([...cards].sort()).toEqual(exampleBoard.initiatives.map((i) => i.id).sort());
    }
  });
});
