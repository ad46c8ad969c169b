/**
 * The renderer side of `npm run bench`: the built app (real main, preload and renderer; only Electron replaced,
 * as in the e2e tests) opens a board given on the command line in Chromium at 1920×1080. Measured: time to the
 * first card painted, script time per frame while a card is dragged across three columns, and the JS heap.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { BoardDocument } from '../domain';
import { serializeBoard } from '../domain';
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
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === name)?.value ?? NaN;
}

/** When the first card title was painted, after navigation started (Element Timing). */
async function firstCardPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const times = list.getEntries().map((e) => (e as PerformanceEntry & { renderTime: number }).renderTime);
          resolve(Math.min(...times));
        }).observe({ type: 'element', buffered: true });
      }),
  );
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
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number; counting: boolean };
    w.frames_ = 0;
    w.counting = true;
    const tick = () => {
      w.frames_ += 1;
      if (w.counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const before = await metric(cdp, 'ScriptDuration');
  const steps = 60;
  for (let i = 1; i <= steps; i += 1) {
    const x = from.x + from.width / 2 + ((to.x + to.width / 2 - from.x - from.width / 2) * i) / steps;
    const y = from.y + 20 + ((to.y + 200 - from.y - 20) * i) / steps;
    await page.mouse.move(x, y);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  const after = await metric(cdp, 'ScriptDuration');
  const frames = await page.evaluate(() => {
    const w = window as unknown as { frames_: number; counting: boolean };
    w.counting = false;
    return w.frames_;
  });
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
  };
}
