/**
 * A workshop with the keyboard alone, at 1366×768, on a board of real size: after launch the test only presses
 * keys (File › Import is its menu accelerator, which the stand-in cannot receive from the page, so the menu item is
 * invoked as the accelerator would). After each dialog or panel opens and closes it asks where focus is, by the
 * focused element's role and accessible name, as a screen reader would announce it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { columns, laneOf, lanesOf, visibleStages } from '../../domain';
import { realSizeBoard } from '../support/real-size-board';
import { PARTICIPANTS, realSizeWorkbook } from '../support/real-size-workshop';
import { seriousViolations } from './harness/accessibility';
import type { AppInstance } from './harness/app-harness';
import { launchWithBoard } from './harness/app-harness';
import { launchChromium } from './harness/chromium';

const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');
const CARDS = 240;

let browser: Browser;
let root: string;
let app: AppInstance;
let page: Page;
const board = realSizeBoard(CARDS, { participants: PARTICIPANTS, facilitator: 'Facilitator', spread: 'as-imported' });

/** The focused element as a screen reader announces it: its role and accessible name (Playwright's aria snapshot). */
async function focused(): Promise<{ role: string; name: string }> {
  const snapshot = await page.locator(':focus').ariaSnapshot({ timeout: 5000 });
  // A line with a colon or a quote in it is quoted again by YAML: - 'button "A: b"'.
  const line = (snapshot.split('\n')[0] ?? '').replace(
    /^- '(.*)'(:?)$/,
    (_, inner: string) => `- ${inner.replace(/''/g, "'")}`,
  );
  const match = /^- ([\w-]+)(?: "((?:[^"\\]|\\.)*)")?/.exec(line);
  if (!match) throw new Error(`Cannot read the focused element from ${snapshot}`);
  return { role: match[1]!, name: (match[2] ?? '').replace(/\\"/g, '"') };
}

const focusIsIn = (selector: string) =>
  page.evaluate((s) => document.activeElement?.closest(s) !== null && document.activeElement !== null, selector);
/**
 * Focus is in the open modal dialog, or for a moment in the browser's own frame between its last and first control
 * (the document has no focus then); never on a control the dialog covers.
 */
const focusStaysInDialog = () =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active === null || active === document.body || active.closest('dialog[open]') !== null;
  });
const focusedCardId = () =>
  page.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-initiative-id]')?.dataset.initiativeId);
const title = (id: string) => board.initiatives.find((i) => i.id === id)!.title;

/** Presses Tab (or Shift+Tab) until the focused element is what is wanted; how many presses it took. */
async function tabUntil(wanted: (f: { role: string; name: string }) => boolean, back = false, max = 80) {
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (wanted(await focused())) return presses;
  }
  throw new Error(
    `Not reached in ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}; focus is on ${JSON.stringify(await focused())}`,
  );
}

/** A card's handle is named by all it shows, its title first. */
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

async function expectFocus(role: string, name: string | RegExp) {
  const wanted = typeof name === 'string' ? (n: string) => n === name : (n: string) => name.test(n);
  // Polled as text, so that a failure says where focus is instead.
  await expect
    .poll(
      async () => {
        const f = await focused().catch(async () => ({
          role: 'nothing',
          name: String(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 100))),
        }));
        return f.role === role && wanted(f.name) ? 'as wanted' : `${f.role} "${f.name.slice(0, 100)}"`;
      },
      { timeout: 10_000 },
    )
    .toBe('as wanted');
}

beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-keyboard-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  app = await launchWithBoard({
    browser,
    root,
    board,
    fileName: 'workshop.scaleboard',
    viewport: { width: 1366, height: 768 },
  });
  page = app.page;
  await page.waitForSelector('.card-title');
});

afterAll(async () => {
  await app?.electron.crash();
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the board with the keyboard', () => {
  it('has the landmarks, headings and roles a screen reader moves by', async () => {
    const found = await seriousViolations(page);
    if (found.length) console.error(found.join('\n'));
    expect(found).toEqual([]);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(board.title);
  });

  it('is one Tab stop for the cards, named by their titles, and the arrows move between them', async () => {
    const ideas = columns(board).idea;
    const pilots = columns(board).pilot;
    const presses = await tabUntil((f) => f.role === 'button' && f.name.startsWith(ideas[0]!.title));
    // The header and the workshop tools come first, never a card.
    expect(presses).toBeLessThan(25);
    expect(await focusedCardId()).toBe(ideas[0]!.id);

    await page.keyboard.press('ArrowDown');
    await expectFocus('button', startsWith(ideas[1]!.title));
    await page.keyboard.press('ArrowRight');
    await expectFocus('button', startsWith(pilots[1]!.title));
    await page.keyboard.press('End');
    await expectFocus('button', startsWith(pilots[pilots.length - 1]!.title));
    await page.keyboard.press('Home');
    await expectFocus('button', startsWith(pilots[0]!.title));
    await page.keyboard.press('ArrowLeft');
    await expectFocus('button', startsWith(ideas[0]!.title));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'keyboard-card-focus-1366x768.png') });

    // From the card, Tab leaves the cards: what is left in the board is one add button per column.
    let stopsInBoard = 1;
    for (;;) {
      await page.keyboard.press('Tab');
      if (!(await focusIsIn('.board'))) break;
      expect(await focusedCardId()).toBeUndefined();
      stopsInBoard += 1;
    }
    expect(stopsInBoard).toBe(1 + visibleStages(board).length);
    await tabUntil((f) => f.role === 'button' && f.name.startsWith(ideas[0]!.title), true);
  });

  it('in swimlanes by business unit is still one Tab stop, and the arrows cross lanes, pass folded ones and keep focus', async () => {
    const order = lanesOf(board, 'businessUnit');
    expect(order.length).toBe(80);
    const laneIndex = (id: string | undefined) =>
      order.indexOf(
        laneOf(
          board.initiatives.find((i) => i.id === id)!,
          'businessUnit',
        ),
      );
    const start = columns(board).idea[0]!;
    const lanesBoard = page.locator('.board.lanes');
    const inLanes = () => focusIsIn('.board.lanes');

    await tabUntil((f) => f.role === 'combobox' && f.name.startsWith('Swimlanes'), true);
    await page.keyboard.press('ArrowDown');
    await lanesBoard.waitFor();
    // Tab reaches the board in one stop, on the card the stop was on, though its lane may be far down the board;
    // the 80 lane headings are not Tab stops. Between the Swimlanes menu and the board come the workshop tools
    // (the timer's two, Start workshop, Dot voting, Decision log, Actions, Metrics, Setup, Audience window).
    for (let presses = 1; !(await inLanes()); presses += 1) {
      expect(presses).toBeLessThan(16);
      await page.keyboard.press('Tab');
    }
    expect(await focusedCardId()).toBe(start.id);
    await page.keyboard.press('Tab');
    expect(await inLanes()).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedCardId()).toBe(start.id);

    // Down goes on from lane to lane, one at a time, to a lane fifteen below (or above, near the board's end).
    const from = laneIndex(start.id);
    const [key, step] = from < 40 ? (['ArrowDown', 1] as const) : (['ArrowUp', -1] as const);
    let lane = from;
    for (let presses = 0; lane !== from + 15 * step; presses += 1) {
      expect(presses).toBeLessThan(80);
      await page.keyboard.press(key);
      await expect.poll(async () => laneIndex(await focusedCardId())).not.toBe(-1);
      const now = laneIndex(await focusedCardId());
      expect([lane, lane + step]).toContain(now);
      lane = now;
    }
    const deep = (await focusedCardId())!;
    const box = (await page.locator(':focus').boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'keyboard-swimlanes-card-focus-1366x768.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.locator(':focus').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'keyboard-swimlanes-card-focus-1920x1080.png') });
    await page.setViewportSize({ width: 1366, height: 768 });

    // Focus survives the board being scrolled away from its lane, and Tab comes back to it.
    await lanesBoard.evaluate((el, down) => (el.scrollTop = down ? 0 : el.scrollHeight), step > 0);
    await page.waitForTimeout(100);
    expect(await focusedCardId()).toBe(deep);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedCardId()).toBe(deep);

    // Up brings the cards above into view clear of the sticky stage headings, across lanes too.
    const headsBottom = async () => (await page.locator('.lane-stage-heads').boundingBox())!;
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('ArrowUp');
      await page.waitForTimeout(50);
      const heads = await headsBottom();
      const card = (await page.locator(':focus').boundingBox())!;
      expect(card.y).toBeGreaterThanOrEqual(heads.y + heads.height - 1);
    }
    lane = laneIndex(await focusedCardId());

    // Minus folds the card's lane and goes to its heading; up goes to the lane before, down into its cards, and on
    // down the arrows pass over the folded lane.
    const folded = order[lane]!;
    await page.keyboard.press('-');
    await expectFocus('button', new RegExp(`^${folded} `));
    expect(await page.locator(':focus').getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowUp');
    await expectFocus('button', new RegExp(`^${order[lane - 1]} `));
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => laneIndex(await focusedCardId())).toBe(lane - 1);
    for (let presses = 0; laneIndex(await focusedCardId()) === lane - 1; presses += 1) {
      expect(presses).toBeLessThan(10);
      await page.keyboard.press('ArrowDown');
    }
    expect(laneIndex(await focusedCardId())).toBe(lane + 1);

    // A Tab stop in a lane that is folded moves to the first card in reading order, which Tab finds in the page.
    await page.keyboard.press('-');
    await expectFocus('button', new RegExp(`^${order[lane + 1]} `));
    await page.keyboard.press('Shift+Tab');
    await expect.poll(async () => laneIndex(await focusedCardId())).toBe(0);

    // Enter on a heading unfolds its lane, and down goes into its cards; then back to the board without lanes.
    await page.keyboard.press('-');
    await expectFocus('button', new RegExp(`^${order[0]} `));
    await page.keyboard.press('Enter');
    expect(await page.locator(':focus').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => laneIndex(await focusedCardId())).toBe(0);
    await tabUntil((f) => f.role === 'combobox' && f.name.startsWith('Swimlanes'), true);
    await page.keyboard.press('ArrowUp');
    await page.locator('.board.lanes').waitFor({ state: 'detached' });
    await tabUntil((f) => f.role === 'button' && board.initiatives.some((i) => f.name.startsWith(i.title)));
    for (let i = 0; i < visibleStages(board).length; i += 1) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
    await expectFocus('button', startsWith(start.title));
  });

  it('edits a card in the editor: focus goes in, Escape keeps the typing and gives focus back to the card', async () => {
    const card = columns(board).idea[0]!;
    await page.keyboard.press('Enter');
    await expectFocus('complementary', card.title);
    await tabUntil((f) => f.role === 'textbox' && f.name === 'Owner');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Ana Keyboard');

    // Readiness levels are one Tab stop per foundation, and the arrows choose the level.
    await tabUntil((f) => f.role === 'radio' && /^0 /.test(f.name));
    await page.keyboard.press('ArrowRight');
    await expectFocus('radio', /^1 /);
    expect(await page.locator(':focus').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await expectFocus('textbox', /^Evidence for /);
    // Focus moving through the editor scrolls the editor, never the window under the board.
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'keyboard-editor-1366x768.png') });

    // The focus view is a modal dialog too: Close focus has the focus, Escape gives it back to Focus.
    await tabUntil((f) => f.role === 'button' && f.name === 'Focus', true);
    await page.keyboard.press('Enter');
    await expectFocus('button', 'Close focus');
    expect(await focusIsIn('dialog[open]')).toBe(true);
    await page.keyboard.press('Escape');
    await expectFocus('button', 'Focus');

    await tabUntil((f) => f.role === 'textbox' && f.name === 'Owner');
    await page.keyboard.press('End');
    await page.keyboard.type(' (lead)');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.editor').count()).toBe(0);
    await expectFocus('button', startsWith(card.title));
    expect(await page.locator(`[data-initiative-id="${card.id}"] .card-owner`).textContent()).toContain(
      'Ana Keyboard (lead)',
    );
  });

  it('runs a gate decision: the dialog takes focus, keeps it, Escape cancels, a decision moves the card', async () => {
    const card = columns(board).idea[0]!;
    const gate = page.getByRole('dialog', { name: /^Gate decision/ });
    const pickUpAndMoveRight = async () => {
      await page.keyboard.press('Space');
      await expect.poll(() => page.locator('li.dragging').count()).toBe(1);
      await page.waitForTimeout(300);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('section[data-stage="pilot"] li.dragging').count()).toBe(1);
      await page.waitForTimeout(100);
      await page.keyboard.press('Space');
      await gate.waitFor();
    };

    await pickUpAndMoveRight();
    await expectFocus('radio', /.+/);
    expect(await focusIsIn('dialog[open]')).toBe(true);
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      expect(await focusStaysInDialog()).toBe(true);
    }
    await page.keyboard.press('Escape');
    await gate.waitFor({ state: 'detached' });
    await expectFocus('button', startsWith(card.title));
    expect(await page.locator(`section[data-stage="idea"] [data-initiative-id="${card.id}"]`).count()).toBe(1);

    await pickUpAndMoveRight();
    await page.keyboard.press('Tab');
    await expectFocus('textbox', /^Rationale/);
    await page.keyboard.type('Agreed in the room with the keyboard alone');
    await tabUntil((f) => f.role === 'button' && f.name === 'Record decision');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'keyboard-gate-dialog-1366x768.png') });
    await page.keyboard.press('Enter');
    await gate.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator(`section[data-stage="pilot"] [data-initiative-id="${card.id}"]`).count())
      .toBe(1);
    await expectFocus('button', startsWith(card.title));
  });

  it('places a dot: voting is one radio group, the focused card’s buttons are the only ones in the Tab order', async () => {
    const cardId = await focusedCardId();
    await tabUntil((f) => f.role === 'button' && f.name === 'Dot voting', true);
    await page.keyboard.press('Enter');
    await expectFocus('complementary', 'Dot voting');
    await tabUntil((f) => f.role === 'radio' && f.name.startsWith('No one'));
    await page.keyboard.press('ArrowDown');
    await expectFocus('radio', new RegExp(`^${PARTICIPANTS[0]} `));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'keyboard-voting-1366x768.png') });
    await page.keyboard.press('Tab');
    // One Tab leaves the twelve participants.
    expect((await focused()).role).not.toBe('radio');

    const plus = `Add a dot of ${PARTICIPANTS[0]} on ${title(cardId!)}`;
    const presses = await tabUntil((f) => f.role === 'button' && f.name === plus, true);
    expect(presses).toBeLessThan(20);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator(`[data-initiative-id="${cardId}"] .vote-count`).textContent())
      .toBe(`${PARTICIPANTS[0]} 1`);

    await tabUntil((f) => f.role === 'radio' && f.name.startsWith(PARTICIPANTS[0]!));
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.side-panel').count()).toBe(0);
    await expectFocus('button', 'Dot voting');
  });

  it('opens and closes the filters, decision log, metrics and setup with focus going in and coming back', async () => {
    await tabUntil((f) => f.role === 'button' && f.name === 'Filters', true);
    await page.keyboard.press('Enter');
    // The first of the filters is the search among the business units, a list too long to read by scrolling.
    await expectFocus('searchbox', 'Find a business unit');
    expect(await focusIsIn('.filter-panel')).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.filter-panel').count()).toBe(0);
    await expectFocus('button', 'Filters');

    await tabUntil((f) => f.role === 'button' && f.name === 'Decision log');
    await page.keyboard.press('Enter');
    await expectFocus('complementary', 'Decision log');
    await page.keyboard.press('Escape');
    await expectFocus('button', 'Decision log');

    await page.keyboard.press('Tab');
    await expectFocus('button', 'Actions');
    await page.keyboard.press('Enter');
    await expectFocus('complementary', 'Actions');
    await page.keyboard.press('Escape');
    await expectFocus('button', 'Actions');

    await page.keyboard.press('Tab');
    await expectFocus('button', 'Metrics');
    await page.keyboard.press('Enter');
    await expectFocus('button', 'Close');
    expect(await focusIsIn('dialog[open]')).toBe(true);
    await page.keyboard.press('Escape');
    await expectFocus('button', 'Metrics');

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const setup = page.getByRole('dialog', { name: 'Board setup' });
    await setup.waitFor();
    expect(await focusIsIn('dialog[open]')).toBe(true);
    await tabUntil((f) => f.role === 'textbox' && f.name === 'Label of the idea column');
    await page.keyboard.type(' (new)');
    // Escape with an edit asks first, and keeps editing unless told to discard.
    await page.keyboard.press('Escape');
    await expectFocus('button', 'Keep editing');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'keyboard-setup-discard-1366x768.png') });
    await page.keyboard.press('Escape');
    await expectFocus('textbox', 'Label of the idea column');
    expect(await page.locator(':focus').inputValue()).toMatch(/ \(new\)$/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Tab');
    await expectFocus('button', 'Discard changes');
    await page.keyboard.press('Enter');
    await setup.waitFor({ state: 'detached' });
    await expectFocus('button', 'Setup');
    expect(await page.locator('section[data-stage="idea"] h2').textContent()).not.toMatch(/\(new\)/);
  });

  it('imports a spreadsheet: the dialog takes and keeps focus, Escape cancels, the report gives focus back', async () => {
    const rows = 300;
    const source = path.join(root, 'inventory.xlsx');
    writeFileSync(source, realSizeWorkbook(rows));
    const importDialog = page.getByRole('dialog', { name: 'Import inventory.xlsx' });
    const openImport = async () => {
      app.electron.dialogAnswers.open.push(source);
      app.electron.clickMenu('File', 'Import Spreadsheet…');
      await importDialog.waitFor();
      await expect.poll(() => focusIsIn('dialog[open]')).toBe(true);
    };

    await openImport();
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      expect(await focusStaysInDialog()).toBe(true);
    }
    await page.keyboard.press('Escape');
    await importDialog.waitFor({ state: 'detached' });
    await expectFocus('button', 'Setup');

    await openImport();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'keyboard-import-dialog-1366x768.png') });
    await tabUntil((f) => f.role === 'button' && f.name === `Import ${rows} rows`, false, 400);
    await page.keyboard.press('Enter');
    const report = page.getByRole('dialog', { name: 'Import complete' });
    await report.waitFor();
    expect(await report.textContent()).toContain(`${rows} added`);
    await expectFocus('button', 'Done');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expectFocus('button', 'Setup');
  });

  it('shows where focus is at 1920×1080 too: on a card, and in an open dialog', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await tabUntil((f) => f.role === 'button' && f.name === 'Metrics', true);
    await tabUntil((f) => f.role === 'button' && (f.name === 'Setup' || f.name === 'Audience window'));
    // On to the board's one card stop, whichever card it is now.
    await tabUntil((f) => f.role === 'button' && board.initiatives.some((i) => i.title === f.name));
    await page.keyboard.press('ArrowDown');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'keyboard-card-focus-1920x1080.png') });
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('li.dragging').count()).toBe(1);
    await page.waitForTimeout(300);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    await page.keyboard.press('Space');
    const gate = page.getByRole('dialog', { name: /^Gate decision/ });
    await gate.waitFor();
    await expectFocus('radio', /.+/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'keyboard-gate-dialog-1920x1080.png') });
    await page.keyboard.press('Escape');
    await gate.waitFor({ state: 'detached' });
    expect(await focusedCardId()).toBeDefined();
  });

  it('keeps a card in the Tab order when a search that showed one far down a long column is cleared', async () => {
    const longest = Object.values(columns(board)).sort((a, b) => b.length - a.length)[0]!;
    const far = longest[longest.length - 1]!;
    // Its column is long enough to draw only the cards in view: the last one is not in the page by itself.
    expect(await page.locator(`[data-initiative-id="${far.id}"]`).count()).toBe(0);
    expect(board.initiatives.filter((i) => i.title.includes(far.title))).toHaveLength(1);
    const search = page.getByLabel('Search initiatives');
    await search.focus();
    await page.keyboard.type(far.title);
    // The one card shown becomes the board's Tab stop.
    await expect.poll(() => page.locator('[data-initiative-id]').count()).toBe(1);
    await tabUntil((f) => f.role === 'button' && f.name.startsWith(far.title), false, 30);
    await search.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.locator('[data-initiative-id]').count()).toBeGreaterThan(1);
    // With every card back, the Tab stop is still in the page, far down its column, and Tab reaches it.
    await tabUntil((f) => f.role === 'button' && f.name.startsWith(far.title), false, 30);
    expect(await focusedCardId()).toBe(far.id);
  });
});
