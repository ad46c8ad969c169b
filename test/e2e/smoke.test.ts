import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchApp } from './harness/app-harness';
import { launchChromium } from './harness/chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it('starts', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'sb-e2e-'));
  const { page, electron } = await launchApp({ browser, userData: path.join(root, 'user'), documents: path.join(root, 'docs') });
  await page.getByRole('button', { name: 'Open example' }).click();
  await page.waitForSelector('.board-screen');
  await page.screenshot({ path: '/tmp/smoke.png' });
  console.log(electron.menuLabels('File'));
  await electron.crash();
});
