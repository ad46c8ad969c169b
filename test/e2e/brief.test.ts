/**
 * File › Export › Leaders' Brief (PDF)…: an A4 portrait PDF of one or two pages with the brief's figures, today's
 * exception and its conditions, the open actions with overdue said in words, the heatmap and the blockers; a
 * 700-card board with 40 decisions today still fits two pages and says what it left out. Read back with poppler
 * (pdftotext, pdfinfo, pdftoppm); the pages are drawn in colour and in grey to be looked at (test/e2e/closing-workshop.test.ts draws the
 * guide's pictures).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { BoardDocument, GateDecision, LeadersBrief } from '../../domain';
import {
  addActions,
  BRIEF_CAPS,
  BRIEF_HEADINGS,
  DEFAULT_REGIMES,
  calendarDay,
  columns,
  conversionWords,
  createExampleBoard,
  decideMove,
  dueDay,
  formatBoardNumber,
  GOVERNANCE_LABELS,
  highImpactByStageWords,
  lackingLabel,
  leadersBrief,
  pilotsPerProductionWords,
  takeSnapshot,
} from '../../domain';
import { realSizeBoard } from '../support/real-size-board';
import type { AppInstance } from './harness/app-harness';
import { launchWithBoard } from './harness/app-harness';
import { launchChromium } from './harness/chromium';

const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');
let browser: Browser;
let root: string;

beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-brief-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let ids = 0;
const at = (instant: number) => ({ now: new Date(instant).toISOString(), newId: () => `brief-${++ids}` });

/**
 * When the workshop started: `span` before `now`, but never before today began. The brief reads "today" from the
 * app's clock, so a snapshot taken an hour ago at half past midnight would belong to yesterday's workshop.
 */
function sessionStart(now: number, span: number): number {
  const midnight = new Date(now).setHours(0, 0, 0, 0);
  return Math.max(now - span, midnight + 1000);
}
/** The instant `share` of the way from the workshop's start to now. */
const during = (start: number, now: number, share: number) => Math.round(start + (now - start) * share);

function decided(board: BoardDocument, id: string, to: 'pilot' | 'scaling', decision: GateDecision, when: number) {
  const result = decideMove(board, id, to, 0, decision, at(when));
  return result.ok ? result.value : null;
}

/**
 * The example board as the room leaves it: Start workshop an hour ago, then a go with exception to Scaling for a
 * pilot, with two actions, one of them already overdue, and one more action on another card with no date.
 */
function workshopExample(now: number): { board: BoardDocument; card: string } {
  const start = sessionStart(now, HOUR);
  let board = takeSnapshot(createExampleBoard(new Date(now - 30 * DAY).toISOString()), at(start));
  const pilot = columns(board).pilot[0]!;
  board = decided(
    board,
    pilot.id,
    'scaling',
    {
      kind: 'go-with-exception',
      by: 'Chief Operating Officer',
      rationale: 'The claims backlog cannot wait for the data contract',
      actions: [
        {
          title: 'Sign the data-sharing contract with the insurer',
          owner: 'Ana Ruiz',
          due: calendarDay(new Date(now - 3 * DAY)),
        },
        {
          title: 'Run a bias review of the triage model',
          owner: 'Risk office',
          due: calendarDay(new Date(now + 14 * DAY)),
        },
      ],
    },
    during(start, now, 0.5),
  )!;
  board = addActions(
    board,
    [{ title: 'Find a sponsor for the chatbot', owner: 'Li Wei' }],
    at(during(start, now, 0.67)),
  );
  return { board, card: pilot.title };
}

async function exportBrief(app: AppInstance, name: string): Promise<string> {
  const target = path.join(root, name);
  app.electron.dialogAnswers.save.push(target);
  // Just launched, the window may not yet listen for menu commands (it subscribes in an effect, after the board
  // is drawn): a command sent before then is lost, as in Electron. Ask again until the save dialog is asked.
  // The command has arrived once the window lays the brief out to print (or has asked where to save it).
  const arrived = async () =>
    app.electron.dialogAnswers.save.length === 0 || (await app.page.locator('.brief-print').count()) > 0;
  for (let attempt = 0; attempt < 5 && !(await arrived()); attempt += 1) {
    app.electron.clickMenu('File', 'Export', 'Leaders’ Brief (PDF)…');
    await expect
      .poll(arrived, { timeout: 3000 })
      .toBe(true)
      .catch(() => undefined);
  }
  await expect.poll(() => existsSync(target), { timeout: 120_000 }).toBe(true);
  await expect.poll(() => app.page.locator('.notice').textContent(), { timeout: 30_000 }).toContain(name);
  return target;
}

/** pdftotext's pages, each ending at a form feed; with -layout, wrapped lines keep their columns. */
function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return text.split('\f').filter((page) => page.trim());
}

/** The text with line breaks and runs of spaces as single spaces, for phrases a column may wrap. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

function pageSize(file: string): { width: number; height: number; pages: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  return { width: Number(size[1]), height: Number(size[2]), pages: Number(/Pages:\s+(\d+)/.exec(info)![1]) };
}

function briefNow(board: BoardDocument, now: Date): LeadersBrief {
  return leadersBrief(board, { now: now.toISOString(), today: calendarDay(now) });
}

describe('the leaders’ brief as a PDF', () => {
  it('prints the example board’s brief on one or two A4 portrait pages, with today’s exception and its actions', async () => {
    const now = Date.now();
    const { board, card } = workshopExample(now);
    const app = await launchWithBoard({ browser, root: path.join(root, 'example'), board });
    try {
      const file = await exportBrief(app, 'example brief.pdf');
      const size = pageSize(file);
      // A4 portrait: 210 × 297 mm, 595 × 842 points, within Chromium's rounding to its inch-based sizes.
      expect(Math.abs(size.width - 595.3)).toBeLessThan(2);
      expect(Math.abs(size.height - 841.9)).toBeLessThan(2);
      expect(size.pages).toBeGreaterThanOrEqual(1);
      expect(size.pages).toBeLessThanOrEqual(2);

      const pages = pdfPages(file);
      expect(pages).toHaveLength(size.pages);
      pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
      const text = flat(pages.join('\n'));
      const brief = briefNow(board, new Date(now));
      expect(text).toContain(`Leaders’ brief — ${board.title}`);
      expect(text).toContain(brief.figures.headline);
      expect(text).toContain(
        `Pilots per production system ${pilotsPerProductionWords(brief.figures.pilotsPerProduction, brief.locale)}`,
      );
      expect(text).toContain(conversionWords(brief.figures.conversion, brief.locale));
      for (const s of brief.figures.stages) expect(text).toContain(`${s.label} ${formatBoardNumber(s.count)}`);
      expect(text).toContain(`Stalled pilots ${formatBoardNumber(brief.figures.stalledPilots.count)}`);

      // Today's decision, and the exception with what it did not meet and the actions it left, overdue in words.
      expect(brief.exceptions).toHaveLength(1);
      expect(text).toContain('Exceptions and their conditions');
      expect(text).toContain(card);
      expect(text).toContain(`Not met: ${brief.exceptions[0]!.unmetCriteria[0]}`);
      const [late, later] = brief.exceptions[0]!.actions;
      expect(late!.overdue).toBe(true);
      expect(text).toContain(`${late!.title} — Ana Ruiz, OVERDUE ${dueDay(late!, brief.locale)}`);
      expect(text).toContain(`${later!.title} — Risk office, ${dueDay(later!, brief.locale)}`);
      // Open actions: three, the overdue one first, the undated one with "no date".
      expect(text).toContain('Open actions (3, 1 overdue)');
      const actions = text.slice(text.indexOf('Open actions (3'));
      expect(actions.indexOf('OVERDUE')).toBeLessThan(actions.indexOf('Run a bias review'));
      expect(actions).toMatch(/no date Find a sponsor for the chatbot Li Wei/);
      // The heatmap and the blockers; and what changed since Start workshop, which the snapshot gives.
      expect(text).toContain('Foundation readiness (mean level, 0–4)');
      expect(text).toContain('Darker shading, lower readiness');
      for (const b of brief.blockers) expect(text).toContain(b.label);
      expect(text).toContain('What changed since the start of the workshop');
      expect(text).not.toMatch(/more decisions?, not listed here/);

      // Pictures to look at: in colour for the docs, and in grey as a black-and-white printer would print it.
      execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(SCREENSHOTS, 'leaders-brief-example')]);
      execFileSync('pdftoppm', ['-png', '-gray', '-r', '60', file, path.join(SCREENSHOTS, 'leaders-brief-gray')]);
      // pdftoppm numbers pages with as many digits as the count needs: "-1" for a brief of one or two pages.
      expect(existsSync(path.join(SCREENSHOTS, 'leaders-brief-example-1.png'))).toBe(true);
    } finally {
      await app.electron.crash();
    }
  });

  it('keeps a 700-card board with 40 decisions and 60 open actions today to two pages, saying what it left out', async () => {
    const now = Date.now();
    const start = sessionStart(now, 2 * HOUR);
    let board = takeSnapshot(
      realSizeBoard(700, { locale: 'en-GB', now: new Date(now - 60 * DAY).toISOString() }),
      at(start),
    );
    const candidates = [...columns(board).pilot, ...columns(board).idea];
    let taken = 0;
    for (const card of candidates) {
      if (taken === 40) break;
      const to = card.stage === 'pilot' ? 'scaling' : 'pilot';
      const when = during(start, now, 0.5 + taken / 100);
      const next =
        decided(
          board,
          card.id,
          to,
          {
            kind: 'go-with-exception',
            by: 'Portfolio board',
            rationale: `${card.title} — agreed on the condition that its gaps are closed within the quarter`,
            actions: [
              {
                title: `Close the gaps of ${card.title}`,
                owner: 'Portfolio office',
                due: calendarDay(new Date(now + 30 * DAY)),
              },
            ],
          },
          when,
        ) ?? decided(board, card.id, to, { kind: 'go', by: 'Portfolio board' }, when);
      if (next) {
        board = next;
        taken++;
      }
    }
    expect(taken).toBe(40);
    const more = 60 - board.actions.filter((a) => a.status === 'open').length;
    board = addActions(
      board,
      Array.from({ length: Math.max(0, more) }, (_, i) => ({
        title: `Follow-up ${i + 1}: ${'agree the data owner, the integration plan and the review date with the business unit '.repeat(2).trim()}`,
        owner: `Owner ${i + 1}`,
        due: calendarDay(new Date(now + (i % 2 ? 10 : -5) * DAY)),
        initiativeId: candidates[i]!.id,
      })),
      at(during(start, now, 0.95)),
    );
    // Every third card in Scaling or Production is high-risk under the EU AI Act with no practice started, the
    // generated inventory's own US answers set aside: the governance section names as many as the page holds and
    // counts the rest.
    let live = 0;
    board = {
      ...board,
      // The generated board classifies under the one regime its inventory answers; this one uses both defaults.
      workshop: { ...board.workshop, regimes: [...DEFAULT_REGIMES] },
      initiatives: board.initiatives.map(({ usHighImpact: _generated, practices: _practices, ...card }) =>
        card.stage === 'scaling' || card.stage === 'production'
          ? live++ % 3 === 0
            ? { ...card, euAiAct: 'high-risk' as const }
            : { ...card, euAiAct: 'minimal' as const }
          : card,
      ),
    };
    // Nine cards in ten valued, from thousands to millions, so that "Where to invest" draws its chart (on a log
    // scale) and names each quadrant's first cards; the tenth has no value, which the section counts.
    board = {
      ...board,
      initiatives: board.initiatives.map((card, i) =>
        i % 10 === 9
          ? card
          : {
              ...card,
              valueEstimate: Math.round(5_000 * 10 ** (((i * 7) % 30) / 10)),
              currency: 'EUR',
              costEstimate: 20_000 + ((i * 13) % 50) * 10_000,
            },
      ),
    };
    const brief = briefNow(board, new Date(now));
    expect(brief.governance.lackingPractice.length).toBe(Math.ceil(live / 3));
    expect(brief.governance.lackingPractice.length).toBeGreaterThan(BRIEF_CAPS.lackingPractice);
    expect(brief.decisions).toHaveLength(40);
    expect(brief.openActions.length).toBeGreaterThanOrEqual(60);

    const app = await launchWithBoard({ browser, root: path.join(root, 'real-size'), board });
    try {
      const file = await exportBrief(app, 'portfolio brief.pdf');
      // Drawn first, to be looked at even when a check below fails.
      execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(SCREENSHOTS, 'leaders-brief-700')]);
      execFileSync('pdftoppm', ['-png', '-gray', '-r', '60', file, path.join(SCREENSHOTS, 'leaders-brief-700-gray')]);
      const size = pageSize(file);
      expect(size.pages).toBeLessThanOrEqual(2);
      expect(Math.abs(size.height - 841.9)).toBeLessThan(2);
      const text = flat(pdfPages(file).join('\n'));
      // What it cut, counted, and where the rest is: the decisions and the open actions at least.
      const decisionsLeft = Number(
        /…and (\d+) more decisions, not listed here \(the workbook’s Decisions sheet lists every one\)/.exec(text)?.[1],
      );
      const actionsLeft = Number(
        /…and (\d+) more open actions, not listed here \(the workbook’s Actions sheet lists every one\)/.exec(
          text,
        )?.[1],
      );
      const figures = `700-card brief: ${size.pages} pages, ${decisionsLeft} decisions and ${actionsLeft} actions left out`;
      expect(decisionsLeft, figures).toBeGreaterThan(0);
      expect(actionsLeft, figures).toBeGreaterThan(0);
      expect(text).toContain(`Open actions (${brief.openActions.length}, ${brief.overdueActions} overdue)`);
      expect(text).toContain(brief.figures.headline);
      // The governance section, on the page with its figures and its cut list counted.
      expect(text).toContain(BRIEF_HEADINGS.governance);
      expect(text).toContain(
        `${GOVERNANCE_LABELS.highImpact} ${highImpactByStageWords(brief.governance, brief.locale)}`,
      );
      expect(text).toContain(`${lackingLabel(brief.governance.live)} ${brief.governance.lackingPractice.length}`);
      expect(text).toMatch(
        /…and \d+ more use cases, not listed here \(the workbook’s Initiatives sheet has every card’s practices\)/,
      );
      // Where to invest: its heading and the count of cards with no value, whether or not the chart kept its room.
      expect(text).toContain(BRIEF_HEADINGS.matrix);
      expect(brief.matrix.placed).toBeGreaterThan(0);
      expect(text).toContain(`${brief.matrix.noValue} initiatives have no value estimate and are not placed`);
      console.info(
        `700-card brief: ${size.pages} pages; the matrix chart ${text.includes('The chart is left out') ? 'left out' : 'drawn'}`,
      );
    } finally {
      await app.electron.crash();
    }
  });
});
