/**
 * The renderer side of `npm run bench`: the built app (real main, preload and renderer; only Electron replaced,
 * as in the e2e tests) opens a board given on the command line in Chromium at 1920×1080. Measured: time to the
 * first card painted, script time per frame while a card is dragged across three columns, and the JS heap; then,
 * on the value × readiness matrix, the time from switching to it to its bubbles painted, and script time per frame
 * while the zoomed chart is panned by mouse.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { BoardDocument } from '../domain';
import { serializeBoard } from '../domain';
import { BOARD_LOADED_MARK } from '../renderer/lib/performance-marks';
import { launchApp } from '../test/e2e/harness/app-harness';
import { launchChromium } from '../test/e2e/harness/chromium';
import { median } from './measure';

export interface RendererFigures {
  cards: number;
  firstRenderMs: number;
  dragScriptMsPerFrame: number;
  dragFrames: number;
  heapMb: number;
  /** Card elements in the page, however many the board holds. */
  cardsInPage: number;
  /** The matrix's figures; absent when the app has no matrix view to switch to. */
  matrix?: MatrixFigures;
}

export interface MatrixFigures {
  /** From the click on "Matrix" to the frame after its bubbles are in the page. */
  switchMs: number;
  panScriptMsPerFrame: number;
  panFrames: number;
  /** Bubbles in the page once it is drawn. */
  bubbles: number;
}

/** The matrix view's handles (matrix-view.tsx): the switch, the chart, its bubbles and its zoom button. */
export const MATRIX_SELECTORS = {
  switch: 'button[data-portfolio-view="matrix"]',
  chart: 'svg.matrix-chart',
  bubble: 'circle.matrix-bubble',
  zoomIn: 'button[data-matrix-zoom="in"]',
} as const;

/**
 * Clicks "Matrix" from inside the page and waits, frame by frame, for its first bubble; the time is taken at the
 * next frame after that, once the frame holding the bubbles has been painted. Inside the page, as firstCardPaint.
 */
async function matrixSwitch(page: Page): Promise<number> {
  return (await page.evaluate(`new Promise((resolve) => {
    const start = performance.now();
    document.querySelector('${MATRIX_SELECTORS.switch}').click();
    const wait = () => {
      if (document.querySelector('${MATRIX_SELECTORS.bubble}'))
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
      else requestAnimationFrame(wait);
    };
    requestAnimationFrame(wait);
  })`)) as number;
}

/** Zooms the chart in twice, then drags it by mouse across most of its width and height, a frame per step. */
async function panMatrix(page: Page, cdp: CDPSession): Promise<{ perFrame: number; frames: number }> {
  const zoomIn = page.locator(MATRIX_SELECTORS.zoomIn);
  await zoomIn.click();
  await zoomIn.click();
  const chart = (await page.locator(MATRIX_SELECTORS.chart).boundingBox())!;
  const start = { x: chart.x + chart.width * 0.7, y: chart.y + chart.height * 0.65 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.evaluate(
    'window.benchFrames = 0; window.benchCounting = true; (function tick() { window.benchFrames += 1; if (window.benchCounting) requestAnimationFrame(tick); })();',
  );
  const before = await metric(cdp, 'ScriptDuration');
  const steps = 60;
  for (let i = 1; i <= steps; i += 1) {
    await page.mouse.move(start.x - (chart.width * 0.5 * i) / steps, start.y - (chart.height * 0.4 * i) / steps);
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  }
  const after = await metric(cdp, 'ScriptDuration');
  const frames = (await page.evaluate('window.benchCounting = false; window.benchFrames')) as number;
  await page.mouse.up();
  return { perFrame: ((after - before) * 1000) / frames, frames };
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === name)?.value ?? NaN;
}

/**
 * From the board arriving in the window (the store's User Timing mark) to its first card painted (Element
 * Timing). Measured inside the window because the harness carries IPC through Playwright, far slower for a large
 * document than Electron's own IPC, and that is not the app's time.
 */
async function firstCardPaint(page: Page): Promise<number> {
  return (await page.evaluate(`new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const loaded = performance.getEntriesByName('${BOARD_LOADED_MARK}').at(-1).startTime;
      resolve(Math.min(...list.getEntries().map((entry) => entry.renderTime)) - loaded);
    }).observe({ type: 'element', buffered: true });
  })`)) as number;
}

/** Drags the first card of Ideas to Production by mouse, a frame per step, and cancels; script ms per frame. */
async function dragAcross(page: Page, cdp: CDPSession): Promise<{ perFrame: number; frames: number }> {
  const card = page.locator('section[data-stage="idea"] li[data-initiative-id]').first();
  const from = (await card.boundingBox())!;
  const to = (await page.locator('section[data-stage="production"] .column-body').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + 20);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + 20, { steps: 3 });
  await page.waitForSelector('li.dragging');
  // Scripts as text: the bench runs through tsx, whose helpers (`__name`) do not exist in the page.
  await page.evaluate(
    'window.benchFrames = 0; window.benchCounting = true; (function tick() { window.benchFrames += 1; if (window.benchCounting) requestAnimationFrame(tick); })();',
  );
  const before = await metric(cdp, 'ScriptDuration');
  const steps = 60;
  for (let i = 1; i <= steps; i += 1) {
    const x = from.x + from.width / 2 + ((to.x + to.width / 2 - from.x - from.width / 2) * i) / steps;
    const y = from.y + 20 + ((to.y + 200 - from.y - 20) * i) / steps;
    await page.mouse.move(x, y);
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  }
  const after = await metric(cdp, 'ScriptDuration');
  const frames = (await page.evaluate('window.benchCounting = false; window.benchFrames')) as number;
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await page.waitForSelector('li.dragging', { state: 'detached' });
  return { perFrame: ((after - before) * 1000) / frames, frames };
}

export async function measureRenderer(options: {
  board: BoardDocument;
  folder: string;
  runs: number;
  browser?: Browser;
}): Promise<RendererFigures> {
  const { board, folder, runs } = options;
  const file = path.join(folder, `render-${board.initiatives.length}.scaleboard`);
  writeFileSync(file, serializeBoard(board));
  const browser = options.browser ?? (await launchChromium());
  const firstRender: number[] = [];
  const drags: number[] = [];
  let frames = 0;
  let heap = 0;
  let cardsInPage = 0;
  const switches: number[] = [];
  const pans: number[] = [];
  let panFrames = 0;
  let bubbles = 0;
  try {
    for (let run = 0; run < runs; run += 1) {
      const root = path.join(folder, `app-${board.initiatives.length}-${run}`);
      const app = await launchApp({
        browser,
        userData: path.join(root, 'user'),
        documents: path.join(root, 'docs'),
        viewport: { width: 1920, height: 1080 },
        args: [file],
      });
      const { page } = app;
      await page.waitForSelector('.card-title');
      firstRender.push(await firstCardPaint(page));
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const drag = await dragAcross(page, cdp);
      drags.push(drag.perFrame);
      frames = drag.frames;
      await cdp.send('HeapProfiler.collectGarbage');
      heap = (await metric(cdp, 'JSHeapUsedSize')) / 1024 / 1024;
      cardsInPage = await page.locator('li[data-initiative-id]').count();
      if (await page.locator(MATRIX_SELECTORS.switch).count()) {
        switches.push(await matrixSwitch(page));
        bubbles = await page.locator(MATRIX_SELECTORS.bubble).count();
        const pan = await panMatrix(page, cdp);
        pans.push(pan.perFrame);
        panFrames = pan.frames;
      }
      await app.electron.quit();
    }
  } finally {
    if (!options.browser) await browser.close();
  }
  return {
    cards: board.initiatives.length,
    firstRenderMs: median(firstRender),
    dragScriptMsPerFrame: median(drags),
    dragFrames: frames,
    heapMb: heap,
    cardsInPage,
    ...(switches.length
      ? {
          matrix: {
            switchMs: median(switches),
            panScriptMsPerFrame: median(pans),
            panFrames,
            bubbles,
          },
        }
      : {}),
  };
}
