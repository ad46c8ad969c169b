/**
 * A workshop on the example board from start to close, as the facilitator's guide tells it: save the board as the
 * room starts, Start workshop, take a go with exception with two actions, raise a readiness level in the editor,
 * review the actions, compare with the file saved at the start, and hand out the leaders' brief. The brief's pages
 * are read back with poppler and drawn with pdftoppm into docs/images, beside the guide's other pictures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { AppInstance } from './harness/app-harness';
import { launchExample } from './harness/app-harness';
import { launchChromium } from './harness/chromium';
import { moveRightByKeyboard } from './harness/keyboard-move';

const IMAGES = path.resolve(__dirname, '../../docs/images');
const CARD = 'Motor damage photo estimation';
const RAISED = 'Commercial submission extraction';
let browser: Browser;
let root: string;
let app: AppInstance;
let page: Page;

const card = (title: string) => page.locator('li[data-initiative-id]', { hasText: title });
const gate = () => page.getByRole('dialog', { name: /^Gate decision/ });
const view = (name: string) => page.getByRole('dialog', { name });
const section = (dialog: ReturnType<typeof view>, heading: string) =>
  dialog.locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) });
const flat = (text: string) => text.replace(/\s+/g, ' ');
/** A day `days` from today where the test runs, as a date input takes it. */
const day = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-closing-'));
  app = await launchExample({ browser, root, viewport: { width: 1366, height: 768 } });
  page = app.page;
});
afterAll(async () => {
  await app?.electron.crash();
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('a workshop from start to the leaders’ brief', () => {
  const startFile = () => path.join(root, 'q3 review.scaleboard');

  it('saves the board and starts the workshop', async () => {
    app.electron.dialogAnswers.save.push(startFile());
    app.electron.clickMenu('File', 'Save As…');
    await expect.poll(() => page.title()).toMatch(/^q3 review\.scaleboard/);
    await page.getByRole('button', { name: 'Start workshop' }).click();
    await expect.poll(() => page.locator('.workshop-started').textContent()).toMatch(/^Started /);
  });

  it('takes a go with exception with two actions, and raises a readiness level in the editor', async () => {
    await moveRightByKeyboard(page, card(CARD), 'scaling');
    await gate()
      .getByRole('radio', { name: /Go with exception/ })
      .check();
    await gate()
      .getByLabel(/Rationale/)
      .fill('Claims needs the photo estimates before the winter peak');
    // The unmet criteria are the starting titles: the room edits the first and keeps the second.
    const first = gate().getByRole('textbox', { name: 'Action 1: title' });
    await expect.poll(() => first.inputValue()).toMatch(/^Raise Integration/);
    await first.fill('Sign the vendor API contract');
    await gate().getByLabel('Action 1: due').fill(day(14));
    await gate().getByRole('textbox', { name: 'Action 2: owner' }).fill('Chief Risk Officer');
    await gate().getByLabel('Action 2: due').fill(day(30));
    await gate().getByRole('button', { name: 'Record decision' }).click();
    await gate().waitFor({ state: 'detached' });
    await expect.poll(() => card(CARD).locator('.card-actions').textContent()).toBe('2 actions');

    await card(RAISED).locator('.card-title').click();
    const editor = page.locator('aside.editor');
    await editor.getByLabel('Why (logged with the next level change)').fill('The integration test passed');
    const integration = editor.getByRole('radiogroup', { name: 'Integration' });
    const before = Number(await integration.locator('input:checked').getAttribute('value'));
    await integration.locator(`input[value="${before + 1}"]`).check();
    await page.getByRole('button', { name: 'Close the editor' }).click();
  });

  it('reviews the actions in the panel', async () => {
    await page.getByRole('button', { name: 'Actions', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Actions' });
    await expect.poll(() => panel.locator('.actions-totals').textContent()).toBe('2 open · 0 overdue');
    expect(await panel.getByText('Sign the vendor API contract').count()).toBe(1);
    await page.screenshot({ path: path.join(IMAGES, 'actions-panel.png') });
    await panel.getByRole('button', { name: 'Close the actions' }).click();
  });

  it('compares with the file saved at the start: the move, the decision, the readiness raised and the actions', async () => {
    app.electron.dialogAnswers.open.push(startFile());
    app.electron.clickMenu('File', 'Compare with…');
    const since = view('Since q3 review.scaleboard');
    await since.waitFor();
    expect(await section(since, 'Moved between stages').textContent()).toContain(`${CARD}`);
    expect(await section(since, 'Moved between stages').textContent()).toContain('Pilot → Scaling');
    expect(await section(since, 'Decisions taken').textContent()).toContain(`Go with exception · ${CARD}`);
    const raised = await section(since, 'Readiness raised').textContent();
    expect(raised).toContain(RAISED);
    expect(raised).toMatch(/Integration \d → \d/);
    expect(flat((await section(since, 'Actions').textContent()) ?? '')).toContain('Sign the vendor API contract');
    await page.screenshot({ path: path.join(IMAGES, 'compare-view.png') });
    await page.keyboard.press('Escape');
    await since.waitFor({ state: 'detached' });
  });

  it('hands out the leaders’ brief: A4, the exception with its actions, and what changed since the start file', async () => {
    const pdf = path.join(root, 'brief.pdf');
    app.electron.dialogAnswers.save.push(pdf);
    app.electron.clickMenu('File', 'Export', 'Leaders’ Brief (PDF)…');
    await expect.poll(() => existsSync(pdf), { timeout: 120_000 }).toBe(true);
    await expect.poll(() => page.locator('.notice').textContent(), { timeout: 30_000 }).toContain('brief.pdf');

    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    // A4 portrait, 595 × 842 points, within Chromium's rounding to its inch-based sizes.
    const [width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!.slice(1).map(Number);
    expect(Math.abs(width! - 595.3)).toBeLessThan(2);
    expect(Math.abs(height! - 841.9)).toBeLessThan(2);
    const text = flat(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    expect(text).toContain('Exceptions and their conditions');
    expect(text).toContain(CARD);
    expect(text).toContain('Sign the vendor API contract');
    expect(text).toContain('Chief Risk Officer');
    expect(text).toContain('What changed since q3 review.scaleboard');
    expect(text).toContain('Readiness raised');

    // The pages as pictures for the guide, replacing the last run's.
    for (const old of readdirSync(IMAGES).filter((f) => /^leaders-brief-\d+\.png$/.test(f))) {
      rmSync(path.join(IMAGES, old));
    }
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(IMAGES, 'leaders-brief')]);
    const drawn = readdirSync(IMAGES).filter((f) => /^leaders-brief-\d+\.png$/.test(f));
    expect(drawn).toHaveLength(pages);
  });
});
