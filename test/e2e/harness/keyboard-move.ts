import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Moves a card one column to the right by keyboard, as a person does: focus its handle, Space to pick it up, the
 * arrow key, Space to drop. The sensor measures the columns after the pick-up, and a person waits a moment too,
 * so each step waits for the page before the next key.
 */
export async function moveRightByKeyboard(page: Page, card: Locator, toStage: string): Promise<void> {
  await card.locator('.card-handle').focus();
  await page.keyboard.press('Space');
  await expect.poll(() => page.locator('li.dragging').count(), { timeout: 10_000 }).toBe(1);
  await page.waitForTimeout(300);
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() => page.locator(`section[data-stage="${toStage}"] li.dragging`).count(), { timeout: 10_000 })
    .toBe(1);
  await page.waitForTimeout(100);
  await page.keyboard.press('Space');
}
