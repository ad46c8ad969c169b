/**
 * The leaders' brief on paper: A4 portrait, one or two pages. The window lays the brief out at the page's width,
 * and while it is taller than two pages tries the next, shorter step of BRIEF_PRINT_STEPS; every list it cuts
 * says how many it left out, and the workbook lists everything.
 */
import type {
  BriefAction,
  BriefDecision,
  BriefException,
  BriefLackingPractice,
  BriefProhibited,
  LeadersBrief,
} from './brief';
import { BRIEF_CAPS, capped } from './brief';

/** The page, in inches: A4 portrait with margins to punch and file it, and room at the foot for the page number. */
export const BRIEF_PAGE = {
  width: 8.27,
  height: 11.69,
  margins: { top: 0.5, bottom: 0.6, left: 0.55, right: 0.55 },
  /** Pages at most; a brief is read in a minute, and the workbook holds the rest. */
  pages: 2,
} as const;

/** CSS pixels to the inch, as Chromium prints. */
const PX_PER_INCH = 96;

/** The printable box of one page in CSS pixels: the width the brief is laid out at, the height a page holds. */
export function briefPageBox(): { width: number; height: number } {
  const { width, height, margins } = BRIEF_PAGE;
  return {
    width: Math.floor((width - margins.left - margins.right) * PX_PER_INCH),
    height: Math.floor((height - margins.top - margins.bottom) * PX_PER_INCH),
  };
}

/**
 * Below this share of the pages' height the brief counts as fitting: rows are not split across pages, so a page
 * breaks early by up to a row, and the heading before a list moves with it.
 */
export const BRIEF_PAGE_FILL = 0.9;

/** Whether a brief laid out `height` CSS pixels tall fits within BRIEF_PAGE.pages pages. */
export function briefFits(height: number): boolean {
  return height <= briefPageBox().height * BRIEF_PAGE.pages * BRIEF_PAGE_FILL;
}

/** How much of each list a printed brief shows: BRIEF_CAPS, and each exception's actions. */
export interface BriefPrintCaps {
  decisions: number;
  exceptions: number;
  /** Actions listed under each exception. */
  exceptionActions: number;
  actions: number;
  changeLines: number;
  /** High-impact or high-risk use cases in Scaling or Production lacking a practice. */
  lackingPractice: number;
  /** Prohibited use cases not stopped. */
  prohibited: number;
  /** Characters of a decision's rationale printed before an ellipsis (the workbook has it whole). */
  rationale: number;
  /** Cards each quadrant of "Where to invest" names. */
  quadrantTop: number;
  /** The height of the matrix chart, in CSS pixels; 0 leaves the chart out (and the brief says so). */
  chart: number;
}

/** A rationale as the Markdown cuts it; the printed brief cuts it shorter at its shorter steps. */
export const BRIEF_RATIONALE_LENGTH = 200;

/** The matrix chart's height on the page: full, then shorter, the first thing a long brief gives up room from. */
export const BRIEF_CHART = { tall: 330, short: 230 } as const;

const LONGEST: BriefPrintCaps = {
  decisions: BRIEF_CAPS.decisions,
  exceptions: BRIEF_CAPS.exceptions,
  exceptionActions: 4,
  actions: BRIEF_CAPS.actions,
  changeLines: BRIEF_CAPS.changeLines,
  lackingPractice: BRIEF_CAPS.lackingPractice,
  prohibited: BRIEF_CAPS.prohibited,
  rationale: BRIEF_RATIONALE_LENGTH,
  quadrantTop: BRIEF_CAPS.quadrantTop,
  chart: BRIEF_CHART.tall,
};
/** A few of each, which two pages hold even with every title and rationale at its longest. */
const SHORTEST: BriefPrintCaps = {
  decisions: 3,
  exceptions: 2,
  exceptionActions: 1,
  actions: 4,
  changeLines: 1,
  lackingPractice: 3,
  prohibited: 3,
  rationale: 80,
  quadrantTop: 0,
  chart: 0,
};
/** The share of the longest lists each step between keeps: fine enough that two pages end up nearly full. */
const SHARES = [0.85, 0.7, 0.6, 0.5, 0.4, 0.3] as const;

/** Lists kept at this share of their longest or more still leave room for the shorter chart; below, it goes. */
const CHART_KEPT_TO = 0.6;

/**
 * The steps the printed brief tries, longest first: the Markdown's caps with the tall chart; the same lists with
 * the shorter chart; then every list a little shorter, step by step, the chart left out from CHART_KEPT_TO down,
 * to SHORTEST. Each step shows no more of anything than the one before, and less of something.
 */
export const BRIEF_PRINT_STEPS: readonly BriefPrintCaps[] = [
  { ...LONGEST, chart: BRIEF_CHART.short },
  ...SHARES.map(scaled),
  SHORTEST,
].reduce((steps, step) => (shorter(step, steps.at(-1)!) ? [...steps, step] : steps), [LONGEST]);

function scaled(share: number): BriefPrintCaps {
  const caps = { ...LONGEST };
  for (const key of Object.keys(caps) as (keyof BriefPrintCaps)[]) {
    caps[key] = Math.max(SHORTEST[key], Math.round(LONGEST[key] * share));
  }
  caps.chart = share >= CHART_KEPT_TO ? BRIEF_CHART.short : 0;
  return caps;
}

/** No list longer than in `before`, and at least one shorter. */
function shorter(step: BriefPrintCaps, before: BriefPrintCaps): boolean {
  const keys = Object.keys(step) as (keyof BriefPrintCaps)[];
  return keys.every((k) => step[k] <= before[k]) && keys.some((k) => step[k] < before[k]);
}

export interface CutList<T> {
  shown: T[];
  /** How many were left out. */
  more: number;
}

/** The brief's lists as a printed brief shows them, each cut to its caps with the count it left out. */
export interface PrintedBrief {
  decisions: CutList<BriefDecision>;
  exceptions: CutList<Omit<BriefException, 'actions'> & { actions: CutList<BriefAction> }>;
  actions: CutList<BriefAction>;
  lackingPractice: CutList<BriefLackingPractice>;
  prohibited: CutList<BriefProhibited>;
}

/** The brief's lists cut to `caps`; the changes were cut when the brief was made (leadersBrief's changeLines). */
export function printedBrief(brief: LeadersBrief, caps: BriefPrintCaps): PrintedBrief {
  const exceptions = capped(brief.exceptions, caps.exceptions);
  return {
    decisions: capped(brief.decisions, caps.decisions),
    exceptions: {
      shown: exceptions.shown.map((e) => ({ ...e, actions: capped(e.actions, caps.exceptionActions) })),
      more: exceptions.more,
    },
    actions: capped(brief.openActions, caps.actions),
    lackingPractice: capped(brief.governance.lackingPractice, caps.lackingPractice),
    prohibited: capped(brief.governance.prohibited, caps.prohibited),
  };
}
