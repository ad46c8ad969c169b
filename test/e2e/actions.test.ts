import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './harness/accessibility';
import type { AppInstance } from './harness/app-harness';
import { launchExample } from './harness/app-harness';
import { launchChromium } from './harness/chromium';
import { moveRightByKeyboard } from './harness/keyboard-move';

/** Where the screenshots of the dialog and the panel go, to be looked at. */
const SHOTS = process.env.SCALEBOARD_SHOTS ?? path.resolve(__dirname, '../../test-results/screenshots');
let browser: Browser;
let app: AppInstance;
let page: Page;

const card = (title: string) => page.locator('li[data-initiative-id]', { hasText: title });
const gate = () => page.getByRole('dialog', { name: /^Gate decision/ });
const panel = () => page.getByRole('complementary', { name: 'Actions' });
const undoButton = () => page.getByRole('toolbar', { name: 'Board actions' }).getByRole('button', { name: 'Undo' });

async function noSeriousViolations(selector?: string): Promise<void> {
  const found = await seriousViolations(page, selector);
  if (found.length) console.error(found.join('\n'));
  expect(found).toEqual([]);
}

beforeAll(async () => {
  browser = await launchChromium();
  const root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-actions-'));
  mkdirSync(SHOTS, { recursive: true });
  app = await launchExample({ browser, root, viewport: { width: 1366, height: 768 } });
  page = app.page;
});
afterAll(async () => {
  await app?.electron.crash();
  await browser?.close();
});

describe('actions', () => {
  it('records a go with exception with two actions, one overdue, and shows them on the card and in the panel', async () => {
    await moveRightByKeyboard(page, card('Motor damage photo estimation'), 'scaling');
    await gate().waitFor();
    await gate()
      .getByRole('radio', { name: /Go with exception/ })
      .check();
    await gate()
      .getByLabel(/Rationale/)
      .fill('Vendor integration is contracted for Q1');
    // The two unmet criteria are offered as the starting titles, owned by the card's owner.
    const title1 = gate().getByRole('textbox', { name: 'Action 1: title' });
    await expect.poll(() => title1.inputValue()).toMatch(/^Raise Integration to 2/);
    expect(await gate().getByRole('textbox', { name: 'Action 2: title' }).inputValue()).toMatch(/^Raise Governance/);
    expect(await gate().getByRole('textbox', { name: 'Action 1: owner' }).inputValue()).toBe('Elena Rossi');
    await title1.fill('Sign the vendor API contract');
    await gate().getByRole('textbox', { name: 'Action 2: owner' }).fill('Tomas Berg');
    await gate().getByLabel('Action 2: due').fill('2020-01-15');
    await gate()
      .locator('.gate-dialog')
      .evaluate((box) => box.scrollTo(0, box.scrollHeight));
    await page.screenshot({ path: path.join(SHOTS, 'gate-dialog-actions-1366x768.png') });
    await noSeriousViolations('.gate-dialog');
    // Without an action the decision is refused, in words the room can read.
    await gate().getByRole('button', { name: 'Remove action 2' }).click();
    await gate().getByRole('button', { name: 'Remove action 1' }).click();
    await expect.poll(() => gate().locator('.gate-refusal').textContent()).toMatch(/needs at least one action/);
    expect(await gate().getByRole('button', { name: 'Record decision' }).isDisabled()).toBe(true);
    await gate().getByRole('button', { name: '+ Add action' }).click();
    await gate().getByRole('textbox', { name: 'Action 1: title' }).fill('Sign the vendor API contract');
    await gate().getByRole('button', { name: '+ Add action' }).click();
    await gate().getByRole('textbox', { name: 'Action 2: title' }).fill('Name a model risk reviewer');
    await gate().getByRole('textbox', { name: 'Action 2: owner' }).fill('Tomas Berg');
    await gate().getByLabel('Action 2: due').fill('2020-01-15');
    await gate().getByRole('button', { name: 'Record decision' }).click();
    await gate().waitFor({ state: 'detached' });

    const moved = page.locator('section[data-stage="scaling"] li[data-initiative-id]', {
      hasText: 'Motor damage photo estimation',
    });
    await expect.poll(() => moved.locator('.card-actions').textContent()).toBe('2 actions, 1 overdue');

    app.electron.clickMenu('View', 'Actions');
    await panel().waitFor();
    await expect.poll(() => panel().locator('.actions-totals').textContent()).toBe('2 open · 1 overdue');
    const overdue = panel().locator('.action-item.overdue');
    expect(await overdue.count()).toBe(1);
    expect(await overdue.textContent()).toMatch(
      /^Overdue.*Name a model risk reviewer.*Tomas Berg · due .*2020Motor damage photo estimation/,
    );
    expect(await panel().getByText('Sign the vendor API contract').count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'actions-panel-1366x768.png') });
    await noSeriousViolations('.actions-panel');
  });

  it('marks an action done, keeps it listed as closed, and brings it back open with undo', async () => {
    await panel().getByRole('button', { name: 'Mark “Name a model risk reviewer” done' }).click();
    await expect.poll(() => panel().locator('.actions-totals').textContent()).toMatch(/^1 open · 0 overdue · 1 closed/);
    expect(await panel().getByText('Name a model risk reviewer').count()).toBe(0);
    await panel().getByRole('checkbox', { name: 'Show closed' }).check();
    const closed = panel().locator('.action-item.closed');
    await expect.poll(() => closed.textContent()).toMatch(/^Done.*Name a model risk reviewer/);
    await expect
      .poll(() => card('Motor damage photo estimation').locator('.card-actions').textContent())
      .toBe('1 action');

    await undoButton().click();
    await expect.poll(() => panel().locator('.actions-totals').textContent()).toBe('2 open · 1 overdue');
    expect(await panel().locator('.action-item.overdue').textContent()).toMatch(/Name a model risk reviewer/);
    await expect
      .poll(() => card('Motor damage photo estimation').locator('.card-actions').textContent())
      .toBe('2 actions, 1 overdue');
    await panel().getByRole('button', { name: 'Close the actions' }).click();

    // The card's editor lists the same actions, soonest due first, with the same controls.
    await card('Motor damage photo estimation').locator('.card-title').click();
    const actions = page.getByRole('group', { name: 'Actions' });
    await actions.scrollIntoViewIfNeeded();
    expect(await actions.locator('.action-title').allTextContents()).toEqual([
      'Name a model risk reviewer',
      'Sign the vendor API contract',
    ]);
    await page.screenshot({ path: path.join(SHOTS, 'editor-actions-1366x768.png') });
    await actions.getByRole('button', { name: 'Drop “Sign the vendor API contract”' }).click();
    await expect.poll(() => actions.locator('.action-title').allTextContents()).toEqual(['Name a model risk reviewer']);
    await undoButton().click();
    await expect.poll(() => actions.locator('.action-title').count()).toBe(2);
    await noSeriousViolations('.editor');
    await page.getByRole('button', { name: 'Close the editor' }).click();
  });

  it('finds the card by its overdue action in the filters', async () => {
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('checkbox', { name: 'Has overdue actions' }).check();
    await expect.poll(() => page.locator('li[data-initiative-id]').count()).toBe(1);
    expect(await page.locator('li[data-initiative-id] .card-title').textContent()).toBe(
      'Motor damage photo estimation',
    );
    await page.getByRole('checkbox', { name: 'Has overdue actions' }).press('Escape');
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => page.locator('.filter-panel').count()).toBe(0);
  });

  it('logs a readiness level raised in the editor, with who and why, under Readiness in the log', async () => {
    await card('Broker email triage').click();
    const editor = page.locator('aside.editor');
    await editor.getByLabel('Why (logged with the next level change)').fill('Data audit passed');
    const data = editor.getByRole('radiogroup', { name: 'Data' });
    const checked = await data.locator('input:checked').getAttribute('value');
    const raised = Number(checked) + 1;
    await data.locator(`input[value="${raised}"]`).check();
    await page.getByRole('button', { name: 'Close the editor' }).click();

    await page.getByRole('button', { name: 'Decision log' }).click();
    const log = page.getByRole('complementary', { name: 'Decision log' });
    await log.getByRole('radio', { name: 'Readiness' }).check();
    const entries = log.locator('.log-entry');
    await expect.poll(() => entries.count()).toBe(1);
    expect(await entries.first().textContent()).toMatch(
      new RegExp(
        `Broker email triage.*Readiness: Data raised.*${checked} .*→ ${raised} .*Chief Data Officer.*“Data audit passed”`,
      ),
    );
    await log.getByRole('radio', { name: 'Decisions' }).check();
    await expect.poll(() => entries.first().textContent()).toMatch(/Motor damage photo estimation.*Go with exception/);
    await noSeriousViolations('.side-panel');
  });
});
