/**
 * Gates that know the law, at the laptop's 1366×768: the gate into Production lists the regimes a card is not
 * classified under and each minimum practice it lacks, with why the practices bind it; a use case the EU AI Act
 * prohibits may only be held or stopped, and the dialog says why; the board setup chooses the regimes and puts the
 * governance criteria on a gate; the metrics panel counts what lacks a practice. Screenshots to be looked at.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BoardDocument } from '../../domain';
import { addInitiative, createBoard, PROHIBITED_REASON } from '../../domain';
import { seriousViolations } from './harness/accessibility';
import type { AppInstance } from './harness/app-harness';
import { launchWithBoard } from './harness/app-harness';
import { launchChromium } from './harness/chromium';
import { moveRightByKeyboard } from './harness/keyboard-move';

const SHOTS = process.env.SCALEBOARD_SHOTS ?? path.resolve(__dirname, '../../test-results/screenshots');
const NOW = '2026-06-01T09:00:00.000Z';
const READY = { data: 3, integration: 3, governance: 3, process: 3, people: 3, performance: 3 } as const;
let browser: Browser;
let app: AppInstance;
let page: Page;

/**
 * An insurer's board: a life pricing model in Scaling, EU high-risk, not yet assessed under the US high-impact
 * determination, with two practices unsettled; a social-scoring pilot the EU AI Act prohibits; a chatbot.
 */
function insurerBoard(): BoardDocument {
  let board = createBoard('Insurer — AI governance review', { now: NOW });
  const add = (input: Parameters<typeof addInitiative>[1]) => (board = addInitiative(board, input, { now: NOW }));
  add({
    title: 'Life insurance pricing model',
    stage: 'scaling',
    owner: 'Priya Nair',
    businessUnit: 'Life',
    riskTier: 'high',
    readiness: READY,
    euAiAct: 'high-risk',
    practices: {
      testing: { status: 'done', evidence: 'Back-test report Q1' },
      'impact-assessment': { status: 'not-started' },
      'independent-review': { status: 'in-progress' },
      monitoring: { status: 'done' },
      training: { status: 'done' },
      'fail-safe': { status: 'done' },
      appeal: { status: 'not-applicable' },
    },
  });
  add({
    title: 'Customer social scoring',
    stage: 'pilot',
    owner: 'Marc Dubois',
    businessUnit: 'Retail',
    kpi: 'Churn',
    readiness: READY,
    euAiAct: 'prohibited',
    usHighImpact: 'not-high-impact',
  });
  add({ title: 'Broker chatbot', stage: 'pilot', owner: 'Ana Ruiz', euAiAct: 'limited' });
  return board;
}

const card = (title: string) => page.locator('li[data-initiative-id]', { hasText: title });
const gate = () => page.getByRole('dialog', { name: /^Gate decision/ });

/** Focus starts on a decision, far down a long dialog: the criteria are what the picture is for. */
const scrollGateToTop = () =>
  gate()
    .locator('.gate-dialog')
    .evaluate((box) => box.scrollTo(0, 0));

async function noSeriousViolations(selector: string): Promise<void> {
  const found = await seriousViolations(page, selector);
  if (found.length) console.error(found.join('\n'));
  expect(found).toEqual([]);
}

beforeAll(async () => {
  browser = await launchChromium();
  const root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-governance-'));
  mkdirSync(SHOTS, { recursive: true });
  app = await launchWithBoard({ browser, root, board: insurerBoard(), viewport: { width: 1366, height: 768 } });
  page = app.page;
});
afterAll(async () => {
  await app?.electron.crash();
  await browser?.close();
});

describe('gates that know the law', () => {
  it('lists the regime not assessed and each missing practice, with why the practices bind', async () => {
    await moveRightByKeyboard(page, card('Life insurance pricing model'), 'production');
    await gate().waitFor();
    const classification = gate().locator('.criteria > li', { hasText: 'Regulatory classification assessed' });
    expect(await classification.getByRole('list', { name: 'Not assessed under:' }).textContent()).toBe(
      'US high-impact (OMB M-25-21)',
    );
    const practices = gate().locator('.criteria > li', { hasText: 'Minimum practices done' });
    expect(await practices.textContent()).toContain('Required by EU AI Act: High-risk.');
    expect(
      await practices.getByRole('list', { name: 'Practices open' }).getByRole('listitem').allTextContents(),
    ).toEqual(['AI impact assessment (not started)', 'Independent review (in progress)']);
    expect(
      await gate()
        .getByRole('heading', { name: /^Criteria/ })
        .textContent(),
    ).toBe('Criteria — 2 unmet');
    await scrollGateToTop();
    await page.screenshot({ path: path.join(SHOTS, 'gate-dialog-practices-1366x768.png') });
    await noSeriousViolations('.gate-dialog');

    // A go with exception starts from one action per regime not assessed and per practice missing.
    await gate()
      .getByRole('radio', { name: /^Go with exception/ })
      .check();
    const titles = gate().getByRole('textbox', { name: /^Action \d+: title$/ });
    await expect.poll(() => titles.count()).toBe(3);
    expect(await Promise.all((await titles.all()).map((t) => t.inputValue()))).toEqual([
      'Classify under US high-impact (OMB M-25-21)',
      'Complete AI impact assessment (not started)',
      'Complete Independent review (in progress)',
    ]);
    await gate().getByRole('button', { name: 'Cancel' }).click();
    await gate().waitFor({ state: 'detached' });
  });

  it('offers only hold or stop for a prohibited use case, and says why as the dialog opens', async () => {
    await moveRightByKeyboard(page, card('Customer social scoring'), 'scaling');
    await gate().waitFor();
    expect(await gate().locator('.gate-blocked').textContent()).toBe(`Prohibited use case. ${PROHIBITED_REASON}`);
    const description = await gate().evaluate((dialog) =>
      (dialog.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' '),
    );
    expect(description).toContain(PROHIBITED_REASON);
    const radios = gate().getByRole('radio');
    const open: string[] = [];
    for (const radio of await radios.all()) if (await radio.isEnabled()) open.push(await radio.inputValue());
    expect(open).toEqual(['hold', 'stop']);
    await scrollGateToTop();
    await page.screenshot({ path: path.join(SHOTS, 'gate-dialog-prohibited-1366x768.png') });
    await noSeriousViolations('.gate-dialog');

    await gate().getByRole('radio', { name: /^Stop/ }).check();
    await gate()
      .getByLabel(/Rationale/)
      .fill('A prohibited practice under the EU AI Act');
    await gate().getByRole('button', { name: 'Record decision' }).click();
    await gate().waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('section[data-stage="stopped"] li[data-initiative-id]').allTextContents())
      .toEqual([expect.stringContaining('Customer social scoring')]);
  });

  it('chooses the regimes in the board setup and puts the governance criteria on a gate', async () => {
    await page.getByRole('button', { name: 'Setup' }).click();
    const setup = page.getByRole('dialog', { name: 'Board setup' });
    const regimes = setup.getByRole('group', { name: 'Regulatory regimes' });
    await regimes.getByLabel('US high-impact (OMB M-25-21)').uncheck();
    await setup
      .getByRole('group', { name: 'Pilot → Scaling' })
      .getByLabel('Regulatory classification assessed')
      .check();
    await regimes.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'board-setup-regimes-1366x768.png') });
    await noSeriousViolations('.setup');
    await setup.getByRole('button', { name: 'Save setup' }).click();
    await setup.waitFor({ state: 'detached' });

    // The chatbot is classified under the EU AI Act, the one regime left: the new criterion is met.
    await moveRightByKeyboard(page, card('Broker chatbot'), 'scaling');
    await gate().waitFor();
    const classification = gate().locator('.criteria > li', { hasText: 'Regulatory classification assessed' });
    expect(await classification.getAttribute('class')).toBe('met');
    expect(await classification.locator('.criterion-current').textContent()).toBe('EU AI Act: Limited (transparency)');
    await gate().getByRole('button', { name: 'Cancel' }).click();
    await gate().waitFor({ state: 'detached' });
  });

  it('counts the use cases in Scaling or Production lacking a practice in the metrics panel', async () => {
    await page.getByRole('button', { name: 'Metrics' }).click();
    const metrics = page.getByRole('dialog', { name: /Portfolio metrics/ });
    const lacking = metrics.getByRole('region', { name: 'In Scaling or Production, lacking a practice' });
    await lacking.scrollIntoViewIfNeeded();
    expect(await lacking.locator('.big-number').textContent()).toBe('1');
    expect(await lacking.getByRole('listitem').allTextContents()).toEqual(['Life insurance pricing model']);
    await page.screenshot({ path: path.join(SHOTS, 'metrics-governance-1366x768.png') });
    await noSeriousViolations('.metrics');
  });
});
