import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { BOARD_LIMITS, parseBoardFile } from '../../domain';
import { inventoryWorkbook } from '../support/messy-workbooks';
import { launchApp } from './harness/app-harness';
import { importIntoNewBoard } from './harness/board-actions';
import { launchChromium } from './harness/chromium';

const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');
let browser: Browser;
let root: string;

beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-import-e2e-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const titlesIn = (page: Page, stage: string) =>
  page.locator(`section[data-stage="${stage}"] .card-title`).allTextContents();

async function waitForFile(file: string): Promise<Buffer> {
  await expect.poll(() => existsSync(file), { timeout: 20_000 }).toBe(true);
  return readFileSync(file);
}

it('imports a messy workbook through the dialog, then exports xlsx, CSV, PDF and PNG', async () => {
  const source = path.join(root, 'doj-inventory.xlsx');
  writeFileSync(source, inventoryWorkbook());
  const { page, electron } = await launchApp({
    browser,
    userData: path.join(root, 'user'),
    documents: path.join(root, 'docs'),
    viewport: { width: 1920, height: 1080 },
  });
  const dialog = await importIntoNewBoard({ page, electron }, source);
  await expect.poll(() => dialog.locator('.preview-cards li').count()).toBe(5);
  // The dialog found the data sheet past the empty and hidden ones, and the headers under the banners.
  expect(await dialog.getByLabel('Sheet').inputValue()).toBe('Reportable AI Use Cases');
  expect(await dialog.getByLabel('Headers on row').inputValue()).toBe('2');
  expect(await dialog.locator('.problem-list li').first().textContent()).toMatch(/^Row 7.*“Ongoing” is not a date/);

  // One mapping changed: the bureau becomes the owner. One stage suggestion changed: Deployed goes to Scaling.
  await dialog.getByLabel('Field for column C, Bureau/Component').selectOption('owner');
  await dialog.getByLabel(/^Stage for “c\) Deployed/).selectOption('scaling');
  await expect.poll(() => dialog.locator('.preview-counts').textContent()).toContain('Scaling 1');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'import-dialog-1920x1080.png') });

  await dialog.getByRole('button', { name: 'Import 5 rows' }).click();
  const report = page.getByRole('dialog', { name: 'Import complete' });
  await report.waitFor();
  expect(await report.textContent()).toMatch(/5 added, 0 updated, 0 skipped\. 1 problem was reported/);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'import-report-1920x1080.png') });
  await report.getByRole('button', { name: 'Done' }).click();

  expect(await titlesIn(page, 'scaling')).toEqual(['Mail routing']);
  expect(await titlesIn(page, 'pilot')).toEqual(['Claims triage']);
  expect(await titlesIn(page, 'idea')).toEqual(['Fraud analytics', 'Chat assistant']);
  expect(await titlesIn(page, 'stopped')).toEqual(['Translation']);
  expect(
    await page.locator('li[data-initiative-id]', { hasText: 'Claims triage' }).locator('.card-owner').textContent(),
  ).toBe('FBI');

  // The whole import is one undo step.
  await page.locator('body').click({ position: { x: 5, y: 1070 } });
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.locator('li[data-initiative-id]').count()).toBe(0);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => page.locator('li[data-initiative-id]').count()).toBe(5);

  const xlsxPath = path.join(root, 'docs', 'board.xlsx');
  electron.dialogAnswers.save.push(xlsxPath);
  electron.clickMenu('File', 'Export', 'Excel Workbook (.xlsx)…');
  const workbook = XLSX.read(await waitForFile(xlsxPath));
  expect(workbook.SheetNames).toEqual(['Initiatives', 'Decisions', 'Readiness', 'Summary', 'Brief', 'Actions']);
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(workbook.Sheets.Initiatives!);
  expect(rows.map((r) => [r.Title, r.Stage, r.Owner])).toContainEqual(['Mail routing', 'Scaling', 'BOP']);
  // The high-impact answer filled its field, and went out under the field's name.
  expect(rows.map((r) => [r.Title, r['US high-impact (OMB M-25-21)']])).toContainEqual(['Mail routing', 'High-impact']);
  // The columns that fill no field came along as custom fields and went out again.
  const headers = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets.Initiatives!, { header: 1 })[0];
  expect(headers).toEqual(expect.arrayContaining(['If Other, please explain.', 'If Other, please explain. (2)']));
  expect(headers).not.toContain('Is the AI use case high-impact?');

  const csvPath = path.join(root, 'docs', 'board.csv');
  electron.dialogAnswers.save.push(csvPath);
  electron.clickMenu('File', 'Export', 'CSV…');
  expect((await waitForFile(csvPath)).toString('utf8')).toMatch(/^\uFEFFReference,Title,Stage,/);

  const pdfPath = path.join(root, 'docs', 'board.pdf');
  electron.dialogAnswers.save.push(pdfPath);
  electron.clickMenu('File', 'Export', 'PDF…');
  const pdf = await waitForFile(pdfPath);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const mediaBox = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  // A3 landscape: 420 × 297 mm, in points.
  expect(Number(mediaBox?.[1])).toBeCloseTo(1190.55, -1);
  expect(Number(mediaBox?.[2])).toBeCloseTo(841.89, -1);
  writeFileSync(path.join(SCREENSHOTS, 'board-export.pdf'), pdf);

  const pngPath = path.join(root, 'docs', 'board.png');
  electron.dialogAnswers.save.push(pngPath);
  electron.clickMenu('File', 'Export', 'PNG Image…');
  const png = await waitForFile(pngPath);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThan(1000); // width: every column
  writeFileSync(path.join(SCREENSHOTS, 'board-export.png'), png);
  await electron.crash();
});

it('imports a row with more tags than a card holds, says which it dropped, and the board saves', async () => {
  const source = path.join(root, 'tags.csv');
  const tags = Array.from({ length: BOARD_LIMITS.tagsPerInitiative + 50 }, (_, i) => `tag ${i + 1}`);
  writeFileSync(source, `Title,Tags\r\nClaims triage,${tags.join('; ')}\r\n`);
  const { page, electron } = await launchApp({
    browser,
    userData: path.join(root, 'user3'),
    documents: path.join(root, 'docs3'),
  });
  const dialog = await importIntoNewBoard({ page, electron }, source);
  await expect.poll(() => dialog.locator('.preview-cards li').count()).toBe(1);
  await dialog.getByRole('button', { name: 'Import 1 row' }).click();
  const report = page.getByRole('dialog', { name: 'Import complete' });
  await report.waitFor();
  const reported = await report.textContent();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'import-report-limits.png') });
  await report.getByRole('button', { name: 'Done' }).click();

  // The board is one a save accepts: before the limits were kept, every save of it was refused.
  const file = path.join(root, 'docs3', 'tags.scaleboard');
  electron.dialogAnswers.save.push(file);
  electron.clickMenu('File', 'Save As…');
  await expect.poll(() => page.title()).toMatch(/^tags\.scaleboard — /);
  const saved = parseBoardFile(readFileSync(file, 'utf8'));
  expect(saved.ok && saved.value.initiatives[0]!.tags).toEqual(tags.slice(0, BOARD_LIMITS.tagsPerInitiative));
  expect(reported).toMatch(/1 added, 0 updated, 0 skipped\. 1 problem was reported:/);
  expect(reported).toContain(
    `Row 2Tags (B)${tags.length} tags, more than the ${BOARD_LIMITS.tagsPerInitiative} a card can hold; the first ${BOARD_LIMITS.tagsPerInitiative} were kept and 50 dropped`,
  );
  await electron.crash();
});

it('refuses a bad file with a clear message and leaves the board as it was', async () => {
  const bad = path.join(root, 'broken.xlsx');
  writeFileSync(bad, inventoryWorkbook().subarray(0, 700));
  const { page, electron } = await launchApp({
    browser,
    userData: path.join(root, 'user2'),
    documents: path.join(root, 'docs2'),
  });
  await page.getByRole('button', { name: 'Open example' }).click();
  const before = await page.locator('li[data-initiative-id]').count();
  // The example board as leaders would print it.
  const examplePdf = path.join(root, 'docs2', 'example.pdf');
  electron.dialogAnswers.save.push(examplePdf);
  electron.clickMenu('File', 'Export', 'PDF…');
  writeFileSync(path.join(SCREENSHOTS, 'example-board.pdf'), await waitForFile(examplePdf));

  electron.dialogAnswers.open.push(bad);
  electron.clickMenu('File', 'Import Spreadsheet…');
  await expect
    .poll(() => page.getByRole('alert').textContent())
    .toMatch(/^broken\.xlsx could not be read as a workbook: it is damaged or incomplete/);
  expect(await page.getByRole('dialog').count()).toBe(0);
  expect(await page.locator('li[data-initiative-id]').count()).toBe(before);
  await electron.crash();
});
