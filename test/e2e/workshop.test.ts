import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import type { BoardDocument, Filters } from '../../domain';
import { matchesFilters, NO_FILTERS, parseBoardFile } from '../../domain';
import { inventoryWorkbook } from '../support/messy-workbooks';
import { seriousViolations } from './harness/accessibility';
import type { AppInstance } from './harness/app-harness';
import { launchExample } from './harness/app-harness';
import { launchChromium } from './harness/chromium';
import { recordDecision } from './harness/gate';
import { moveRightByKeyboard } from './harness/keyboard-move';

const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');
let browser: Browser;
let root: string;
let app: AppInstance;
let page: Page;

const card = (p: Page, title: string) => p.locator('li[data-initiative-id]', { hasText: title });

const column = (p: Page, stage: string) => p.locator(`section[data-stage="${stage}"]`);
const titlesIn = (p: Page, stage: string) => column(p, stage).locator('.card-title').allTextContents();
const gate = () => page.getByRole('dialog', { name: /^Gate decision/ });

async function dragByMouse(title: string, stage: string): Promise<void> {
  const from = await card(page, title).boundingBox();
  const to = await column(page, stage).locator('.column-body').boundingBox();
  if (!from || !to) throw new Error('card or column not visible');
  await page.mouse.move(from.x + from.width / 2, from.y + 20);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + 20, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 20 });
  await page.mouse.up();
  await gate().waitFor();
}

/** Picks a card up with Space, moves it one column right with the arrow key, and drops it with Space. */
async function dragByKeyboard(title: string, toStage: string): Promise<void> {
  await moveRightByKeyboard(page, card(page, title), toStage);
  await gate().waitFor();
}

/** The board the page shows, as saved through File › Save As to a file the test reads. */
async function useBoardOf(p: Page): Promise<BoardDocument> {
  const target = path.join(root, 'docs', `snapshot-${Date.now()}.scaleboard`);
  app.electron.dialogAnswers.save.push(target);
  app.electron.clickMenu('File', 'Save As…');
  await expect.poll(() => existsSync(target)).toBe(true);
  const parsed = parseBoardFile(readFileSync(target, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  expect(p).toBeDefined();
  return parsed.value;
}

async function noSeriousViolations(selector?: string): Promise<void> {
  const found = await seriousViolations(page, selector);
  if (found.length) console.error(found.join('\n'));
  expect(found).toEqual([]);
}

beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-workshop-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  app = await launchExample({ browser, root, viewport: { width: 1920, height: 1080 } });
  page = app.page;
});
afterAll(async () => {
  await app?.electron.crash();
  await browser?.close();
});

describe('a workshop on the example board', () => {
  it('has no serious accessibility problems on the board or in the editor', async () => {
    await noSeriousViolations();
    await card(page, 'Broker email triage').click();
    await noSeriousViolations('.editor');
    await page.getByRole('button', { name: 'Close the editor' }).click();
  });

  it('drags across the pilot → scaling gate with unmet criteria and records a go-with-exception; cancel changes nothing', async () => {
    const before = await titlesIn(page, 'pilot');
    await dragByMouse('Motor damage photo estimation', 'scaling');
    await gate().getByRole('button', { name: 'Cancel' }).click();
    await gate().waitFor({ state: 'detached' });
    expect(await titlesIn(page, 'pilot')).toEqual(before);

    await dragByMouse('Motor damage photo estimation', 'scaling');
    const unmet = await gate().locator('.criteria li.unmet .criterion-label').allTextContents();
    expect(unmet.map((t) => t.replace(' not met', ''))).toEqual(['Integration ≥ 2', 'Governance ≥ 3']);
    expect(await gate().getByRole('radio', { name: /^Go —/ }).isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'gate-dialog-1920x1080.png') });
    await noSeriousViolations('.gate-dialog');
    await gate()
      .getByRole('radio', { name: /Go with exception/ })
      .check();
    expect(await gate().getByRole('button', { name: 'Record decision' }).isDisabled()).toBe(true);
    await recordDecision(page, /Go with exception/, 'Vendor integration is contracted for Q1');
    await expect.poll(() => titlesIn(page, 'scaling')).toContain('Motor damage photo estimation');

    await page.getByRole('button', { name: 'Decision log' }).click();
    expect(await page.locator('.log-entry').first().textContent()).toMatch(
      /Motor damage photo estimation.*Go with exception.*Pilot → Scaling.*Vendor integration is contracted for Q1.*Unmet: Integration ≥ 2, Governance ≥ 3/,
    );
    await page.getByRole('button', { name: 'Close the decision log' }).click();
  });

  it('takes decisions by keyboard too, raising readiness in the dialog when the room agrees', async () => {
    await dragByKeyboard('Home insurance churn prediction', 'scaling');
    await gate()
      .getByRole('button', { name: /raise to 2/ })
      .first()
      .click();
    await recordDecision(page, /Go with exception/, 'Process redesign starts with the rollout');
    await expect.poll(() => titlesIn(page, 'scaling')).toContain('Home insurance churn prediction');

    await dragByKeyboard('Contact-centre agent assist', 'scaling');
    await recordDecision(page, /Recycle \(back to Ideas\)/);
    await expect.poll(() => titlesIn(page, 'idea')).toContain('Contact-centre agent assist');
  });

  it('stops with a rationale, and undoes and redoes a decision', async () => {
    await dragByMouse('Complaints classification', 'stopped');
    await recordDecision(page, /^Stop/, 'Replaced by the regulator’s new portal');
    await expect.poll(() => titlesIn(page, 'stopped')).toContain('Complaints classification');
    await page.locator('body').click({ position: { x: 5, y: 1075 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => titlesIn(page, 'pilot')).toContain('Complaints classification');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => titlesIn(page, 'stopped')).toContain('Complaints classification');
  });

  it('exports the decisions to the Decisions sheet', async () => {
    const xlsxPath = path.join(root, 'docs', 'workshop.xlsx');
    app.electron.dialogAnswers.save.push(xlsxPath);
    app.electron.clickMenu('File', 'Export', 'Excel Workbook (.xlsx)…');
    await expect.poll(() => existsSync(xlsxPath)).toBe(true);
    const rows = XLSX.utils.sheet_to_json<Record<string, string>>(XLSX.read(readFileSync(xlsxPath)).Sheets.Decisions!);
    expect(rows).toContainEqual(
      expect.objectContaining({
        Initiative: 'Motor damage photo estimation',
        Decision: 'Go with exception',
        From: 'Pilot',
        To: 'Scaling',
        Rationale: 'Vendor integration is contracted for Q1',
        'Unmet criteria': 'Integration ≥ 2; Governance ≥ 3',
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ Initiative: 'Contact-centre agent assist', Decision: 'Recycle', To: 'Ideas' }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ Initiative: 'Complaints classification', Decision: 'Stop', To: 'Stopped' }),
    );
  });

  it('runs dot voting: participants, dots, hidden until revealed, ranking and reset', async () => {
    await page.getByRole('button', { name: 'Dot voting' }).click();
    for (const name of ['CFO', 'CIO']) {
      await page.getByLabel('New participant').fill(name);
      await page.keyboard.press('Enter');
    }
    await page.getByRole('radio', { name: /^CFO/ }).click();
    await page.getByRole('button', { name: 'Add a dot of CFO on Fraud ring network analytics' }).click();
    await page.getByRole('button', { name: 'Add a dot of CFO on Fraud ring network analytics' }).click();
    await page.getByRole('button', { name: 'Add a dot of CFO on Broker email triage' }).click();
    // Three dots each, so a fourth is refused.
    await page.getByRole('button', { name: 'Add a dot of CFO on Broker email triage' }).click();
    expect(await page.getByRole('radio', { name: /^CFO 0 of 3 dots left/ }).count()).toBe(1);
    await page.getByRole('radio', { name: /^CIO/ }).click();
    await page.getByRole('button', { name: 'Add a dot of CIO on Broker email triage' }).click();
    await page.getByRole('button', { name: 'Hide votes' }).click();
    expect(await page.locator('.ranking').count()).toBe(0);
    expect(await card(page, 'Broker email triage').locator('.votes').count()).toBe(0);
    await page.getByRole('button', { name: 'Reveal votes' }).click();
    expect(await page.locator('.ranking li').allTextContents()).toEqual([
      'Broker email triage 2',
      'Fraud ring network analytics 2',
    ]);
    expect(await card(page, 'Fraud ring network analytics').locator('.votes').textContent()).toBe('● 2');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'workshop-board-1920x1080.png') });
    await page.getByRole('button', { name: 'Reset all votes' }).click();
    expect(await page.locator('.ranking li').count()).toBe(0);
    await page.getByRole('button', { name: 'Close dot voting' }).click();
  });

  it('counts down, pauses, and signals the end', async () => {
    await page.clock.install();
    await page.getByLabel('Timer length').selectOption('5');
    await page.getByRole('group', { name: 'Countdown timer' }).getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(61_000);
    await expect.poll(() => page.getByRole('timer').textContent()).toBe('3:59');
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.clock.runFor(30_000);
    expect(await page.getByRole('timer').textContent()).toBe('3:59');
    await page.getByRole('group', { name: 'Countdown timer' }).getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(240_000);
    await expect.poll(() => page.getByRole('timer').textContent()).toBe("Time's up");
    expect(await page.locator('.timer.ended').count()).toBe(1);
    await page.getByRole('group', { name: 'Countdown timer' }).getByRole('button', { name: 'Reset' }).click();
  });

  it('filters, searches and groups in swimlanes', async () => {
    const board = useBoardOf(page);
    const expected = async (filters: Partial<Filters>) =>
      (await board).initiatives.filter((i) => matchesFilters(i, { ...NO_FILTERS, ...filters })).length;
    await page.getByLabel('Search initiatives').fill('motor');
    await expect.poll(() => page.locator('li[data-initiative-id]').count()).toBe(await expected({ search: 'motor' }));
    await page.getByLabel('Search initiatives').fill('');
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('group', { name: 'Filters' }).getByLabel('High', { exact: true }).check();
    await expect
      .poll(() => page.locator('li[data-initiative-id]').count())
      .toBe(await expected({ riskTiers: ['high'] }));
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('combobox', { name: 'Swimlanes' }).selectOption('riskTier');
    const lanes = await page.locator('.lane-title').allTextContents();
    const headed = lanes.map((l) => /^(.*) · (\d+) cards?$/.exec(l)!);
    expect(headed.map((h) => h[1])).toEqual(['High', 'Medium', 'Low', 'Not assessed']);
    const counts = headed.map((h) => Number(h[2]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe((await board).initiatives.length);
    await page.getByRole('combobox', { name: 'Swimlanes' }).selectOption('none');
  });

  it('shows pilot fatigue in the metrics panel', async () => {
    await page.getByRole('button', { name: 'Metrics' }).click();
    const metrics = page.getByRole('dialog', { name: /Portfolio metrics/ });
    await metrics.waitFor();
    expect(await metrics.locator('.big-number').first().textContent()).toMatch(/^\d+\.\d$/);
    expect(await metrics.getByRole('heading', { name: 'Foundation heatmap — mean readiness' }).count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'metrics-1920x1080.png') });
    await noSeriousViolations('.metrics');
    await metrics.getByRole('button', { name: 'Close' }).click();
  });

  it('mirrors the board on the audience window, following focus and hiding confidential fields', async () => {
    await page.getByRole('button', { name: 'Audience window' }).click();
    await expect.poll(() => app.electron.windows.length).toBe(2);
    const audience = await app.electron.windows[1]!.loaded;
    await audience.waitForSelector('.audience .column');
    expect(await audience.locator('section[data-stage="scaling"] .card-title').allTextContents()).toContain(
      'Home claims triage',
    );
    expect(await audience.locator('button, input, select').count()).toBe(0);

    // A change made in the facilitator's window appears on the projector.
    await card(page, 'Fraud ring network analytics').click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Fraud ring analytics (graph)');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => audience.locator('section[data-stage="pilot"] .card-title').allTextContents())
      .toContain('Fraud ring analytics (graph)');

    // Confidential: the owner of one card is hidden from the room.
    await card(page, 'Mail room classification').click();
    await page.getByRole('group', { name: 'Hidden on the audience screen' }).getByLabel('Owner').check();
    await expect
      .poll(() => audience.locator('li', { hasText: 'Mail room classification' }).locator('.card-owner').textContent())
      .toBe('Operations');
    expect(await card(page, 'Mail room classification').locator('.card-owner').textContent()).toBe(
      'Fatima Zahra · Operations',
    );

    // Focus follows the facilitator.
    await page.getByRole('button', { name: 'Focus', exact: true }).click();
    await audience.getByRole('dialog', { name: 'Mail room classification' }).waitFor();
    await audience.screenshot({ path: path.join(SCREENSHOTS, 'audience-1920x1080.png') });
    await page.getByRole('button', { name: 'Close focus' }).click();
    await expect.poll(() => audience.getByRole('dialog').count()).toBe(0);
  });

  it('edits the gates and the soft WIP limits in the board setup, as one undoable change', async () => {
    await page.getByRole('button', { name: 'Setup' }).click();
    const setup = page.getByRole('dialog', { name: 'Board setup' });
    await setup.getByLabel('WIP limit of Ideas').fill('3');
    const gates = setup.getByRole('group', { name: 'Ideas → Pilot' });
    await gates.getByLabel('Data ≥').selectOption('2');
    await gates.getByLabel('Owner named').uncheck();
    await setup.getByRole('button', { name: 'Save setup' }).click();
    expect(await column(page, 'idea').locator('.wip-warning').textContent()).toBe('Over the limit of 3');
    expect(await column(page, 'idea').locator('.column-count').textContent()).toMatch(/^\d+ \/ 3$/);

    await dragByMouse('Broker email triage', 'pilot');
    const labels = await gate().locator('.criterion-label').allTextContents();
    expect(labels.map((l) => l.replace(/ (not )?met$/, ''))).toEqual([
      'Problem described',
      'Desired outcome described',
      'Data ≥ 2',
    ]);
    await gate().getByRole('button', { name: 'Cancel' }).click();
    await gate().waitFor({ state: 'detached' });

    await page.locator('body').click({ position: { x: 5, y: 1075 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => column(page, 'idea').locator('.wip-warning').count()).toBe(0);
  });

  it('has no serious accessibility problems in the import dialog', async () => {
    const source = path.join(root, 'inventory.xlsx');
    writeFileSync(source, inventoryWorkbook());
    app.electron.dialogAnswers.open.push(source);
    app.electron.clickMenu('File', 'Import Spreadsheet…');
    await page.getByRole('dialog', { name: 'Import inventory.xlsx' }).waitFor();
    await noSeriousViolations('.import-dialog');
    await page.getByRole('button', { name: 'Cancel' }).click();
  });
});

describe('closing the workshop', () => {
  it('asks about the unsaved board, then closes the audience window with the facilitator’s', async () => {
    app.electron.dialogAnswers.message.push(1); // Don't Save
    // The facilitator's window closes once the answer comes back, after quit itself has returned.
    await app.electron.quit();
    await expect.poll(() => app.electron.windows.every((w) => w.isDestroyed())).toBe(true);
    expect(app.electron.windows).toHaveLength(2);
  });
});
