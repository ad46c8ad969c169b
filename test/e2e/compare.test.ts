/**
 * "Since the last workshop": Start workshop takes the snapshot, the Compare view lists what the room changed since
 * then or since another board file, and a file that cannot be read leaves everything as it was. Screenshots of the
 * view with a busy quarter on a 300-card board, at the laptop's and the projector's size.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BoardDocument, Decision, StageId } from '../../domain';
import {
  addActions,
  calendarDay,
  countByStage,
  diffBoards,
  createExampleBoard,
  decideMove,
  FOUNDATION_IDS,
  FOUNDATIONS,
  moveInitiative,
  removeInitiative,
  serializeBoard,
  addInitiative as addCard,
  takeSnapshot,
  updateInitiative,
} from '../../domain';
import { realSizeBoard } from '../support/real-size-board';
import { seriousViolations } from './harness/accessibility';
import type { AppInstance } from './harness/app-harness';
import { launchExample, launchWithBoard } from './harness/app-harness';
import { addInitiative } from './harness/board-actions';
import { launchChromium } from './harness/chromium';
import { recordDecision } from './harness/gate';
import { moveRightByKeyboard } from './harness/keyboard-move';

const IMAGES = path.resolve(__dirname, '../../docs/images');
const SHOTS = process.env.COMPARE_SHOTS ?? path.resolve(__dirname, '../../test-results/screenshots');
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
let browser: Browser;
let root: string;

beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-compare-e2e-'));
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

const compareView = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });
const section = (dialog: ReturnType<typeof compareView>, heading: string) =>
  dialog.locator('section', { has: dialog.page().getByRole('heading', { name: heading, exact: true }) });
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return element ? `${element.tagName.toLowerCase()}:${element.textContent?.trim()}` : '';
  });

describe('the Compare view on the example board', () => {
  let app: AppInstance;
  let page: Page;
  const example = createExampleBoard(new Date().toISOString());
  const broker = example.initiatives.find((i) => i.title === 'Broker email triage')!;
  // The first foundation the card can still rise on.
  const foundation = FOUNDATION_IDS.find((f) => broker.readiness[f] < 4)!;
  const level = broker.readiness[foundation];
  const then = countByStage(example);

  beforeAll(async () => {
    app = await launchExample({ browser, root, viewport: SIZES[0] });
    page = app.page;
  });
  afterAll(async () => {
    app?.electron.dialogAnswers.message.push(1); // Don't Save
    await app?.electron.quit();
  });

  it('says the workshop has not started until it has, then when it started', async () => {
    app.electron.clickMenu('File', 'Compare with Start of Workshop');
    await expect.poll(() => page.locator('.notice').textContent()).toContain('The workshop has not started');
    expect(await page.locator('dialog[open]').count()).toBe(0);

    await page.getByRole('button', { name: 'Start workshop' }).click();
    await expect.poll(() => page.locator('.workshop-started').textContent()).toMatch(/^Started \d{1,2}[:.]\d{2}/);
    expect(await focused(page)).toBe('button:Since start');
    await page.screenshot({ path: path.join(SHOTS, 'compare-toolbar-started-1366x768.png') });
    // One undoable change: undo takes the start back.
    app.electron.clickMenu('Edit', 'Undo');
    await page.getByRole('button', { name: 'Start workshop' }).waitFor();
    app.electron.clickMenu('Edit', 'Redo');
    await page.locator('.workshop-started').waitFor();
  });

  it('asks before replacing the start, saying when it was taken', async () => {
    app.electron.clickMenu('File', 'Start Workshop');
    const ask = page.getByRole('alertdialog', { name: 'Start the workshop again?' });
    await ask.waitFor();
    const shown = await page.locator('.workshop-started').textContent();
    expect(await ask.textContent()).toContain(`The workshop started at ${shown!.replace('Started ', '')}`);
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await ask.waitFor({ state: 'detached' });
  });

  it('lists a card moved and a readiness level raised since the start, and follows the board', async () => {
    await moveRightByKeyboard(page, page.locator('li[data-initiative-id]', { hasText: broker.title }), 'pilot');
    // Its readiness meets the gate to Pilot: the room says Go.
    await recordDecision(page, /^Go(?! with)/);
    await page.locator('li[data-initiative-id]', { hasText: broker.title }).click();
    await page
      .getByRole('radiogroup', { name: FOUNDATIONS[foundation].label })
      .getByRole('radio')
      .nth(level + 1)
      .check();
    await page.keyboard.press('Escape');

    const since = page.getByRole('button', { name: 'Since start' });
    await since.focus();
    await page.keyboard.press('Enter');
    const view = compareView(page, 'Since the start of the workshop');
    await view.waitFor();
    // The view takes the focus; Escape closes it and gives the focus back.
    expect(await focused(page)).toBe('button:Close');
    const moved = await section(view, 'Moved between stages').locator('li').allTextContents();
    expect(moved.some((line) => line.startsWith(broker.title) && line.endsWith('Ideas → Pilot'))).toBe(true);
    const raised = await section(view, 'Readiness raised').locator('li').allTextContents();
    expect(raised.some((l) => l.includes(`${FOUNDATIONS[foundation].label} ${level} → ${level + 1}`))).toBe(true);
    expect(await section(view, 'Decisions taken').textContent()).toContain(`· Go · ${broker.title}`);
    const counts = view.locator('.compare-counts');
    const pilotColumn = await counts.locator('thead th').allTextContents();
    const pilotIndex = pilotColumn.indexOf('Pilot') + 1; // the row headings come first
    expect(await counts.locator('tbody tr').nth(0).locator('> *').nth(pilotIndex).textContent()).toBe(
      String(then.pilot),
    );
    expect(await counts.locator('tbody tr').nth(1).locator('> *').nth(pilotIndex).textContent()).toBe(
      String(then.pilot + 1),
    );
    expect(await seriousViolations(page, '.modal.compare')).toEqual([]);
    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('button:Since start');
  });

  it('compares with a saved file, then with the board as the room changes it', async () => {
    const saved = path.join(root, 'after the move.scaleboard');
    app.electron.dialogAnswers.save.push(saved);
    app.electron.clickMenu('File', 'Save As…');
    await expect.poll(() => page.title()).toMatch(/^after the move\.scaleboard/);
    await addInitiative(page, 'Compare test: a new idea from the room');

    app.electron.dialogAnswers.open.push(saved);
    app.electron.clickMenu('File', 'Compare with…');
    const view = compareView(page, 'Since after the move.scaleboard');
    await view.waitFor();
    expect(await section(view, 'New').locator('li').allTextContents()).toEqual([
      'Compare test: a new idea from the room, in Ideas',
    ]);
    // The move was saved in the file: it is not a change since.
    expect(await section(view, 'Moved between stages').count()).toBe(0);
    expect(await view.locator('.compare-about').textContent()).toContain('a card only on this board is listed as new');
    await view.getByRole('button', { name: 'Close' }).click();
    await view.waitFor({ state: 'detached' });

    // Still loaded: it opens again, following the board.
    await addInitiative(page, 'Compare test: and another');
    await page.getByRole('button', { name: 'Since file' }).click();
    await view.waitFor();
    expect(await section(view, 'New').locator('li').count()).toBe(2);
    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'detached' });
  });

  it('names a damaged file in the notice, and changes nothing else', async () => {
    const damaged = path.join(root, 'damaged.scaleboard');
    writeFileSync(damaged, '{"schemaVersion": 1, "initiatives": [');
    const cards = await page.locator('li[data-initiative-id]').count();
    app.electron.dialogAnswers.open.push(damaged);
    app.electron.clickMenu('File', 'Compare with…');
    await expect.poll(() => page.locator('.notice.error').textContent()).toContain('damaged.scaleboard');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await page.locator('li[data-initiative-id]').count()).toBe(cards);
    // The comparison loaded before is still the one shown.
    await page.getByRole('button', { name: 'Since file' }).click();
    await compareView(page, 'Since after the move.scaleboard').waitFor();
    await page.keyboard.press('Escape');
  });
});

/** A busy quarter on `board`: about forty changes of every kind the Compare view lists. */
function busyQuarter(board: BoardDocument): BoardDocument {
  let next = board;
  let clock = Date.parse(board.updatedAt);
  const at = () => ({ now: new Date((clock += 60_000)).toISOString() });
  const inStage = (stage: StageId) => next.initiatives.filter((i) => i.stage === stage);
  for (const card of inStage('pilot').slice(0, 8)) {
    const decided = decideMove(next, card.id, 'scaling', 0, { kind: 'go', by: 'Steering group' }, at());
    next = decided.ok ? decided.value : moveInitiative(next, card.id, 'scaling', 0, at());
  }
  for (const card of inStage('scaling').slice(0, 3)) next = moveInitiative(next, card.id, 'production', 0, at());
  for (const card of inStage('pilot').slice(0, 5)) {
    const decided = decideMove(next, card.id, 'stopped', 0, { kind: 'stop', rationale: 'No owner' }, at());
    if (decided.ok) next = decided.value;
  }
  for (const card of inStage('idea').slice(0, 4)) next = removeInitiative(next, card.id, at());
  for (const card of inStage('idea').slice(0, 3)) {
    next = updateInitiative(next, card.id, { title: `${card.title.slice(0, 120)} — renamed at the workshop` }, at());
  }
  for (const [n, card] of inStage('pilot').slice(0, 10).entries()) {
    const foundation = FOUNDATION_IDS[n % FOUNDATION_IDS.length]!;
    const level = card.readiness[foundation];
    const to = n % 3 === 2 ? Math.max(0, level - 1) : Math.min(4, level + 1);
    if (to !== level) {
      next = updateInitiative(next, card.id, { readiness: { ...card.readiness, [foundation]: to } }, at());
    }
  }
  for (let n = 1; n <= 5; n++) next = addCard(next, { title: `New idea from the floor number ${n}` }, at());
  return next;
}

describe('the Compare view at real size', () => {
  it('shows a busy quarter on a 300-card board, whole, on a laptop and a projector', async () => {
    const before = realSizeBoard(300);
    const after = busyQuarter(before);
    const folder = path.join(root, 'size');
    mkdirSync(folder, { recursive: true });
    const lastQuarter = path.join(folder, 'last quarter.scaleboard');
    writeFileSync(lastQuarter, serializeBoard(before));
    const app = await launchWithBoard({ browser, root: folder, board: after, viewport: SIZES[0] });
    const { page } = app;
    try {
      await page.waitForSelector('.card-title');
      app.electron.dialogAnswers.open.push(lastQuarter);
      app.electron.clickMenu('File', 'Compare with…');
      const view = compareView(page, 'Since last quarter.scaleboard');
      await view.waitFor();
      expect(await section(view, 'No longer on the board').locator('li').count()).toBe(4);
      expect(await section(view, 'Renamed').locator('li').count()).toBe(3);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        const box = (await view.locator('.modal.compare').boundingBox())!;
        // The whole view is on screen, and its body scrolls: nothing is cut off at the window's edge.
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(size.height);
        expect(box.x + box.width).toBeLessThanOrEqual(size.width);
        const body = view.locator('.compare-body');
        expect(await body.evaluate((b) => b.scrollWidth <= b.clientWidth)).toBe(true);
        await page.screenshot({ path: path.join(SHOTS, `compare-${size.width}x${size.height}.png`) });
        await body.evaluate((b) => b.scrollTo(0, b.scrollHeight));
        await page.screenshot({ path: path.join(SHOTS, `compare-${size.width}x${size.height}-end.png`) });
        await body.evaluate((b) => b.scrollTo(0, 0));
      }
      expect(await seriousViolations(page, '.modal.compare')).toEqual([]);
    } finally {
      app.electron.dialogAnswers.message.push(1);
      await app.electron.quit();
    }
  });
});

const SECRET_OWNER = 'Dana Secretowner';
const SECRET_RATIONALE = 'Vendor price of 1.2m agreed in confidence';
const SECRET_NOTE = 'Call the vendor before Friday';

/**
 * The busy quarter, and one more card that keeps its owner and rationale from the room: moved to Pilot with a
 * decision whose rationale is confidential, a readiness level raised for a confidential reason, and an action owned
 * by its confidential owner; beside it, an action on another card whose owner the room may see.
 */
function quarterWithSecrets(before: BoardDocument): { after: BoardDocument; secret: string } {
  let after = busyQuarter(before);
  const untouched = new Set(before.initiatives.filter((i) => i.stage === 'idea').map((i) => i.title));
  const card = after.initiatives.filter((i) => i.stage === 'idea' && untouched.has(i.title)).at(-1)!;
  const open = after.initiatives.find((i) => i.stage === 'scaling')!;
  const now = { now: new Date(Date.parse(after.updatedAt) + 60_000).toISOString() };
  after = moveInitiative(after, card.id, 'pilot', 0, now);
  const decision: Decision = {
    id: 'secret-decision',
    initiativeId: card.id,
    initiativeTitle: card.title,
    at: now.now,
    kind: 'go-with-exception',
    from: 'idea',
    to: 'pilot',
    by: 'Steering group',
    rationale: SECRET_RATIONALE,
    unmetCriteria: [],
  };
  after = { ...after, decisions: [...after.decisions, decision] };
  after = updateInitiative(
    after,
    card.id,
    {
      owner: SECRET_OWNER,
      confidential: ['owner', 'rationale'],
      readiness: { ...card.readiness, data: Math.min(4, card.readiness.data + 1) as 0 | 1 | 2 | 3 | 4 },
    },
    { ...now, reason: { rationale: SECRET_RATIONALE } },
  );
  after = addActions(
    after,
    [
      { title: 'Agree the vendor terms', owner: SECRET_OWNER, note: SECRET_NOTE, initiativeId: card.id },
      { title: 'Name a data steward', owner: 'Sam Visible', note: SECRET_NOTE, initiativeId: open.id },
    ],
    now,
  );
  return { after, secret: card.id };
}

describe('the Changes view on the projector', () => {
  it('presents the figures and what changed, without what a card keeps from the room, and says what it leaves out', async () => {
    const before = realSizeBoard(300);
    // Then, the card hid nothing: what it hides now stays hidden "then" all the same.
    const { after, secret } = quarterWithSecrets(before);
    const then = {
      ...before,
      initiatives: before.initiatives.map((i) => (i.id === secret ? { ...i, owner: SECRET_OWNER } : i)),
    };
    const secretCard = after.initiatives.find((i) => i.id === secret)!;
    const folder = path.join(root, 'changes');
    mkdirSync(folder, { recursive: true });
    const lastQuarter = path.join(folder, 'last quarter.scaleboard');
    writeFileSync(lastQuarter, serializeBoard(then));
    const app = await launchWithBoard({
      browser,
      root: folder,
      board: after,
      viewport: { width: 1920, height: 1080 },
    });
    const { page } = app;
    try {
      await page.waitForSelector('.card-title');
      await page.getByRole('button', { name: 'Audience window' }).click();
      while (app.electron.windows.length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
      const audience = await app.electron.windows[1]!.loaded;
      await audience.setViewportSize({ width: 1920, height: 1080 });
      await audience.waitForSelector('.audience .card-title');

      const present = page.getByRole('group', { name: 'Present on the audience window' });
      const changes = present.getByRole('button', { name: 'Changes' });
      // Nothing to compare with yet.
      expect(await changes.isDisabled()).toBe(true);

      app.electron.dialogAnswers.open.push(lastQuarter);
      app.electron.clickMenu('File', 'Compare with…');
      const view = compareView(page, 'Since last quarter.scaleboard');
      await view.waitFor();
      await page.keyboard.press('Escape');
      await view.waitFor({ state: 'detached' });
      await changes.click();
      expect(await changes.getAttribute('aria-pressed')).toBe('true');

      const shown = audience.getByRole('region', { name: 'Since last quarter.scaleboard' });
      await shown.waitFor();
      await expect.poll(() => audience.locator('[data-measuring]').count()).toBe(0);
      await audience.screenshot({ path: path.join(IMAGES, 'projector-changes.png') });
      const moved = audience.getByRole('region', { name: 'Moved between stages' });
      // Its 200-character title cut between words for the projector, its reference whole.
      const movedLines = await moved.locator('li').allTextContents();
      const line = movedLines.find((l) => l.endsWith(`(${secretCard.ref}): Ideas → Pilot`));
      expect(line).toMatch(/^\S.*\S… \(/);
      expect(secretCard.title.startsWith(line!.slice(0, line!.indexOf('…')))).toBe(true);
      // The figures then and now, in large type.
      const pilots = countByStage(after).pilot;
      const counts = shown.locator('.audience-change-counts');
      const headings = await counts.locator('thead th').allTextContents();
      const pilotCell = counts
        .locator('tbody tr')
        .nth(1)
        .locator('> *')
        .nth(headings.indexOf('Pilot') + 1);
      expect(await pilotCell.textContent()).toBe(String(pilots));
      const stalled = shown.locator('[data-figure="stalled-pilots"] .figure-now');
      expect(Number.parseFloat(await stalled.evaluate((e) => getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(40);

      // The action the room agreed is there with its owner; the confidential owner, rationale and notes are not.
      const text = (await audience.locator('body').textContent()) ?? '';
      expect(text).toContain('Opened: Agree the vendor terms');
      expect(text).toContain('Name a data steward (Sam Visible');
      for (const secretText of [SECRET_OWNER, SECRET_RATIONALE, SECRET_NOTE]) {
        expect(text).not.toContain(secretText);
        const current = await audience.evaluate(async () =>
          JSON.stringify(await window.scaleboard!.audience.current()),
        );
        expect(current).not.toContain(secretText);
      }

      // What does not fit is counted: shown lines and "…and N more" add up to the section.
      const movedCount = await moved.locator('li').count();
      const more = await moved.locator('.audience-more').textContent();
      expect(movedCount + Number(/…and (\d+) more/.exec(more ?? '')?.[1] ?? 0)).toBe(
        diffBoards(then, after, { today: calendarDay(new Date()), now: new Date().toISOString() }).cards.moved.length,
      );
      // Every line shown is whole, inside its section and the screen.
      const cut = await audience.locator('.audience-change-section').evaluateAll((sections) =>
        sections.flatMap((section) => {
          const list = section.querySelector('ul')!.getBoundingClientRect();
          return Array.from(section.querySelectorAll('li'))
            .filter((li) => li.getBoundingClientRect().bottom > Math.min(list.bottom, window.innerHeight) + 0.5)
            .map((li) => li.textContent);
        }),
      );
      expect(cut).toEqual([]);
      expect(await audience.locator('.audience-changes-left-out').textContent()).toMatch(/^Not shown here/);

      expect(await seriousViolations(audience)).toEqual([]);

      // Back to the board: the projector no longer carries the comparison.
      await present.getByRole('button', { name: 'Board' }).click();
      await audience.locator('.audience section[data-stage="idea"]').waitFor();
      const current = await audience.evaluate(async () => window.scaleboard!.audience.current());
      expect(current.ok && current.value?.changes).toBeNull();
    } finally {
      app.electron.dialogAnswers.message.push(1);
      await app.electron.quit();
    }
  });
});

describe('a start left from an earlier workshop', () => {
  it('shows its date and time, and offers Start workshop again, asking before replacing it', async () => {
    const lastQuarter = new Date(2025, 8, 3, 14, 5).toISOString();
    const board = takeSnapshot(createExampleBoard(lastQuarter), { now: lastQuarter });
    const folder = path.join(root, 'stale');
    const app = await launchWithBoard({ browser, root: folder, board, viewport: SIZES[0] });
    const { page } = app;
    try {
      const started = page.locator('.workshop-started');
      await started.waitFor();
      // The day as well as the time: "Started 3 Sept 2025, 14:05" in en-GB.
      expect(await started.textContent()).toMatch(/^Started .*2025.*\d{1,2}[:.]05/);
      await page.getByRole('button', { name: 'Since start' }).waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'compare-toolbar-stale-start-1366x768.png') });

      await page.getByRole('button', { name: 'Start workshop' }).click();
      const ask = page.getByRole('alertdialog', { name: 'Start the workshop again?' });
      await ask.getByRole('button', { name: 'Start again' }).click();
      await expect.poll(() => started.textContent()).toMatch(/^Started \d{1,2}[:.]\d{2}( [AP]M)?$/);
      expect(await page.getByRole('button', { name: 'Start workshop' }).count()).toBe(0);
      expect(await focused(page)).toBe('button:Since start');
    } finally {
      app.electron.dialogAnswers.message.push(1);
      await app.electron.quit();
    }
  });
});
