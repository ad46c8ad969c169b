/**
 * The projector at real size: a 700-card board with 200-character titles shows, column by column, the cards that
 * fit whole on the screen and how many more there are; the facilitator presents the metrics or the decision log,
 * never a confidential rationale; and when the facilitator closes the board, the projector clears.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BoardDocument, Decision } from '../../domain';
import {
  conversionLeftOutNote,
  DEFAULT_REGIMES,
  countByStage,
  formatBoardDate,
  governanceFigures,
  NO_FILTERS,
  pilotToProduction,
  portfolioHeadline,
  shownCounts,
  shownCountText,
  STAGE_IDS,
  stageLabel,
  stalledLeftOutNote,
  undatedPilots,
  visibleStages,
} from '../../domain';
import { realSizeBoard } from '../support/real-size-board';
import { seriousViolations } from './harness/accessibility';
import type { AppInstance } from './harness/app-harness';
import { launchWithBoard } from './harness/app-harness';
import { launchChromium } from './harness/chromium';

const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');
const SECRET = 'Vendor price of 1.2m agreed in confidence';
const OPEN_RATIONALE = 'Data owner named and KPI agreed with the room';

const LOCALE = 'en-GB';

/**
 * 700 cards, half of them imported without a stage date, every seventh classified high-risk under the EU AI Act and
 * the rest minimal, none yet under the US high-impact determination; two decisions in the log, one on a card that keeps its rationale (and owner) from the room.
 */
function boardWithDecisions(): BoardDocument {
  const board = realSizeBoard(700, { undatedShare: 0.5, locale: LOCALE });
  const [secretive, open] = board.initiatives.filter((i) => i.stage === 'pilot');
  const decision = (id: string, card: typeof secretive, rationale: string): Decision => ({
    id,
    initiativeId: card!.id,
    initiativeTitle: card!.title,
    at: '2026-10-30T10:00:00.000Z',
    kind: 'go-with-exception',
    from: 'idea',
    to: 'pilot',
    by: 'Steering group',
    rationale,
    unmetCriteria: ['Data ≥ 2'],
  });
  return {
    ...board,
    // The generated board classifies under the one regime its inventory answers; this one uses both defaults.
    workshop: { ...board.workshop, regimes: [...DEFAULT_REGIMES] },
    // The generated inventory's own US high-impact answers are set aside: these are the board's classifications.
    initiatives: board.initiatives.map(({ usHighImpact: _generated, practices: _practices, ...i }, n) => ({
      ...i,
      euAiAct: n % 7 === 0 ? ('high-risk' as const) : ('minimal' as const),
      ...(i.id === secretive!.id
        ? { owner: 'Dana Secret', confidential: ['rationale' as const, 'owner' as const] }
        : {}),
    })),
    decisions: [decision('d1', secretive, SECRET), decision('d2', open, OPEN_RATIONALE)],
  };
}

let browser: Browser;
let root: string;
let app: AppInstance;
let audience: Page;
const board = boardWithDecisions();
const counts = countByStage(board);

beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-projector-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  app = await launchWithBoard({
    browser,
    root,
    board,
    fileName: 'portfolio.scaleboard',
    viewport: { width: 1920, height: 1080 },
  });
  await app.page.waitForSelector('.card-title');
  await app.page.getByRole('button', { name: 'Audience window' }).click();
  while (app.electron.windows.length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
  audience = await app.electron.windows[1]!.loaded;
  await audience.waitForSelector('.audience .card-title');
});

afterAll(async () => {
  await app?.electron.crash();
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Each column's cards on the projector, how many more it says there are, and the bottom of its last card. */
async function columnsOnScreen(): Promise<{ stage: string; shown: number; more: number; bottom: number }[]> {
  return audience.locator('.audience section[data-stage]').evaluateAll((sections) =>
    sections.map((section) => {
      const items = section.querySelectorAll('li');
      const note = section.querySelector('.audience-more')?.textContent ?? '';
      const more = /^\+ ([\d,]+) more$/.exec(note)?.[1]?.replace(/,/g, '');
      const last = items[items.length - 1];
      return {
        stage: (section as HTMLElement).dataset.stage!,
        shown: items.length,
        more: more ? Number(more) : 0,
        bottom: last ? last.getBoundingClientRect().bottom : 0,
      };
    }),
  );
}

async function expectEveryCardAccountedFor(height: number): Promise<void> {
  await expect.poll(() => audience.locator('.card-list[data-measuring]').count()).toBe(0);
  const columns = await columnsOnScreen();
  expect(columns.map((c) => c.stage)).toEqual(visibleStages(board).map((s) => s.id));
  for (const column of columns) {
    // What is shown and what is said to be left out add up to the column, and every card shown is whole.
    expect(column.shown + column.more).toBe(counts[column.stage as keyof typeof counts]);
    expect(column.shown).toBeGreaterThan(0);
    expect(column.bottom).toBeLessThanOrEqual(height);
  }
}

describe('the projector with a 700-card board', () => {
  it('shows each column’s cards that fit whole, and says honestly how many more', async () => {
    await expectEveryCardAccountedFor(1080);
    const idea = (await columnsOnScreen()).find((c) => c.stage === 'idea')!;
    // A column that holds hundreds says so, rather than claiming a first forty it cannot show.
    expect(idea.more).toBeGreaterThan(200);
    expect(await audience.locator('.audience-summary').textContent()).toBe(portfolioHeadline(board).text);
    // The cards write dates in the board's locale, which this window, with no board store, is given.
    const shown = audience
      .locator('.audience .card')
      .filter({ has: audience.locator('.days[title^="In this stage"]') });
    const cardTitle = await shown.first().locator('.card-title').textContent();
    const card = board.initiatives.find((i) => i.title === cardTitle)!;
    expect(await shown.first().locator('.days').getAttribute('title')).toBe(
      `In this stage since ${formatBoardDate(card.stageEnteredAt!, LOCALE)}`,
    );
    await audience.screenshot({ path: path.join(SCREENSHOTS, 'projector-700-cards-1920x1080.png') });
    // Legible from the back of the room: every text, readiness labels included, passes axe's contrast check.
    expect(await seriousViolations(audience)).toEqual([]);
  });

  it('measures again on a 1366×768 projector', async () => {
    await audience.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(async () => (await columnsOnScreen())[0]!.bottom).toBeLessThanOrEqual(768);
    await expectEveryCardAccountedFor(768);
    await audience.screenshot({ path: path.join(SCREENSHOTS, 'projector-700-cards-1366x768.png') });
    await audience.setViewportSize({ width: 1920, height: 1080 });
  });

  it('counts "8 of 406" in each column while the facilitator’s filters hide cards, as the board does', async () => {
    const search = 'Business unit 07';
    await app.page.getByRole('searchbox', { name: 'Search initiatives' }).fill(search);
    const expected = shownCounts(board, { ...NO_FILTERS, search }, 'none').stages;
    const wanted = visibleStages(board).map((s) => shownCountText(expected[s.id], LOCALE));
    expect(wanted.every((text) => / of /.test(text))).toBe(true);
    await expect
      .poll(() => audience.locator('.audience section[data-stage] .column-count').allTextContents())
      .toEqual(wanted);
    await audience.screenshot({ path: path.join(SCREENSHOTS, 'projector-filtered-1920x1080.png') });
    await app.page.getByRole('searchbox', { name: 'Search initiatives' }).fill('');
    await expect
      .poll(() => audience.locator('.audience section[data-stage] .column-count').allTextContents())
      .toEqual(visibleStages(board).map((s) => counts[s.id].toLocaleString(LOCALE)));
  });

  it('presents the metrics when the facilitator switches to them', async () => {
    const present = app.page.getByRole('group', { name: 'Present on the audience window' });
    await present.getByRole('button', { name: 'Metrics' }).click();
    const metrics = audience.getByRole('region', { name: 'Portfolio metrics' });
    await metrics.waitFor();
    expect(await metrics.locator('.audience-heatmap tbody tr').count()).toBe(5);
    // What the conversion and the stall count leave out, said as the metrics panel says it.
    expect(await metrics.locator('.metric-note').allTextContents()).toEqual([
      conversionLeftOutNote(pilotToProduction(board), LOCALE),
      stalledLeftOutNote(undatedPilots(board), LOCALE),
    ]);
    // The governance counts, never a card's name: high-impact by stage, those lacking a practice, those unclassified.
    const governance = governanceFigures(board);
    const highImpact = STAGE_IDS.map((s) => `${stageLabel(board.stages, s)} ${governance.highImpactByStage[s]}`);
    expect(await metrics.locator('.audience-governance span').allTextContents()).toEqual([
      `High-impact or high-risk: ${governance.highImpact} — ${highImpact.join(' · ')}`,
      `In Scaling or Production, lacking a practice: ${governance.lackingPractice.length} · ` +
        `${governance.unassessed.toLocaleString(LOCALE)} cards not assessed`,
    ]);
    await audience.screenshot({ path: path.join(SCREENSHOTS, 'projector-metrics-1920x1080.png') });
    await audience.setViewportSize({ width: 1366, height: 768 });
    await audience.screenshot({ path: path.join(SCREENSHOTS, 'projector-metrics-1366x768.png') });
    await audience.setViewportSize({ width: 1920, height: 1080 });
    await app.page.screenshot({ path: path.join(SCREENSHOTS, 'facilitator-present-switch-1920x1080.png') });
    expect(await seriousViolations(app.page, '.workshop-bar')).toEqual([]);
    const found = await seriousViolations(audience);
    expect(found).toEqual([]);
  });

  it('presents the decision log without the rationale a card keeps confidential', async () => {
    const present = app.page.getByRole('group', { name: 'Present on the audience window' });
    await present.getByRole('button', { name: 'Decision log' }).click();
    const log = audience.getByRole('region', { name: 'Decision log' });
    await log.waitFor();
    await expect.poll(() => log.locator('li').count()).toBe(2);
    const text = (await log.textContent()) ?? '';
    expect(text).toContain(OPEN_RATIONALE);
    expect(text).not.toContain(SECRET);
    // Nor anywhere in the window, nor in what main keeps for it.
    expect(await audience.locator('body').textContent()).not.toContain(SECRET);
    expect(await audience.locator('body').textContent()).not.toContain('Dana Secret');
    const current = await audience.evaluate(async () => JSON.stringify(await window.scaleboard!.audience.current()));
    expect(current).not.toContain(SECRET);
    expect(current).not.toContain('Dana Secret');
    await audience.screenshot({ path: path.join(SCREENSHOTS, 'projector-decision-log-1920x1080.png') });
    expect(await seriousViolations(audience)).toEqual([]);
    await present.getByRole('button', { name: 'Board' }).click();
    await audience.locator('.audience section[data-stage="idea"]').waitFor();
  });

  it('clears when the facilitator closes the board, and shows the next board opened', async () => {
    app.electron.clickMenu('File', 'Close Board');
    await app.page.getByRole('button', { name: 'Open example' }).waitFor();
    await expect
      .poll(() => audience.locator('.audience.waiting p').textContent())
      .toBe('The facilitator closed the board.');
    expect(await audience.locator('.card').count()).toBe(0);
    // A window that opens now hears the same from main.
    expect(await audience.evaluate(async () => window.scaleboard!.audience.current())).toEqual({
      ok: true,
      value: null,
    });
    await audience.screenshot({ path: path.join(SCREENSHOTS, 'projector-after-close-1920x1080.png') });

    await app.page.getByRole('button', { name: 'Open example' }).click();
    await expect.poll(() => audience.locator('.audience h1').textContent()).not.toBe(board.title);
    await audience.locator('.audience .card-title').first().waitFor();
  });
});
