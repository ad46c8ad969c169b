import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { AppInstance } from './app-harness';
import { expect } from 'vitest';

const STAGE_LABELS: Record<string, string> = {
  idea: 'Ideas',
  pilot: 'Pilot',
  scaling: 'Scaling',
  production: 'Production',
};

/** Adds a card by its column's "+ Add initiative" form, as a facilitator does. */
export async function addInitiative(page: Page, title: string, stage = 'idea'): Promise<void> {
  await page.locator(`section[data-stage="${stage}"]`).getByRole('button', { name: '+ Add initiative' }).click();
  await page.getByLabel(`Title of the new initiative in ${STAGE_LABELS[stage]}`).fill(title);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Done' }).click();
}

/** The window's own recovery copies (not those set aside to be offered) in a user-data folder. */
export function currentRecoveryCopies(userData: string): string[] {
  const folder = path.join(userData, 'recovery');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /^[0-9a-f]{32}\.json$/.test(name))
    .map((name) => readFileSync(path.join(folder, name), 'utf8'));
}

/** Waits until the window's recovery copy holds the given text, as it will a few seconds after the change. */
export async function waitForRecoveryCopyWith(userData: string, text: string): Promise<void> {
  await expect
    .poll(() => currentRecoveryCopies(userData).some((copy) => copy.includes(text)), { timeout: 15_000 })
    .toBe(true);
}

/**
 * Opens a new board and File › Import Spreadsheet… on `file`, as a user picking it in the open dialog, and waits
 * for the import dialog, which is named after the file.
 */
export async function importIntoNewBoard({ page, electron }: AppInstance, file: string): Promise<Locator> {
  electron.clickMenu('File', 'New Board');
  await page.waitForSelector('.board-screen');
  electron.dialogAnswers.open.push(file);
  electron.clickMenu('File', 'Import Spreadsheet…');
  const dialog = page.getByRole('dialog', { name: `Import ${path.basename(file)}` });
  await dialog.waitFor();
  return dialog;
}
