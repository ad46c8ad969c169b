/**
 * The leaders' brief's words, as plain text: its headings, its figures in sentences and what a cut list says it
 * left out. The Markdown, the workbook's Brief sheet and the printed brief all say these, so they read alike; each
 * adds its own emphasis and escaping.
 */
import type {
  BriefAction,
  BriefException,
  BriefLackingPractice,
  BriefMatrix,
  BriefProhibited,
  BriefQuadrant,
  LeadersBrief,
} from './brief';
import { counted, formatAmount, formatBoardDate, formatBoardDateTime, formatBoardNumber } from './board-locale';
import type { StageConfig } from './board-schema';
import { stageLabel } from './board';
import { PRACTICE_IDS } from './governance';

/** A day in the room's time zone ("1 Jun 2026"): the brief's "since" is a local instant, often a local midnight. */
function localDay(iso: string, locale?: string): string {
  const time = Date.parse(iso);
  return Number.isFinite(time) ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(time) : iso;
}

/** Headings of the brief's sections that say the same whatever the brief holds. */
export const BRIEF_HEADINGS = {
  portfolio: 'Portfolio',
  exceptions: 'Exceptions and their conditions',
  heatmap: 'Foundation readiness (mean level, 0–4)',
  blockers: 'Top blockers',
  governance: 'Governance: high-impact and high-risk use cases',
  matrix: 'Where to invest: value against readiness',
} as const;

/** What the brief calls its decisions: since when, and why from then. */
export function sinceHeading(brief: LeadersBrief): string {
  const { locale } = brief;
  switch (brief.sinceFrom) {
    case 'snapshot':
      return `Decisions since the workshop started (${formatBoardDateTime(brief.since, locale)})`;
    case 'given':
      return `Decisions since ${formatBoardDateTime(brief.since, locale)}`;
    case 'workshop-date':
      return `Decisions since the workshop day began (${localDay(brief.since, locale)})`;
    case 'today':
      return `Decisions today (${localDay(brief.since, locale)})`;
  }
}

/** Where the reader finds what a cut list of the brief left out. */
export const BRIEF_LEFT_OUT_WHERE = {
  decisions: 'the workbook’s Decisions sheet lists every one',
  exceptions: 'see the Decisions sheet',
  actions: 'the workbook’s Actions sheet lists every one',
  lackingPractice: 'the workbook’s Initiatives sheet has every card’s practices',
  prohibited: 'the workbook’s Initiatives sheet has every card’s classification',
} as const;

/** "…and 3 more decisions, not listed here (where).", or null when the list was not cut. */
export function leftOutWords(n: number, noun: string, plural: string, where: string, locale?: string): string | null {
  return n ? `…and ${formatBoardNumber(n, locale)} more ${n === 1 ? noun : plural}, not listed here (${where}).` : null;
}

/**
 * What the headline figures are called, in the brief and in a comparison's "then and now" alike; each says its
 * value in the words below, so that the brief and its "What changed" never say one figure two ways.
 */
export const FIGURE_LABELS = {
  initiatives: 'Initiatives',
  pilotsPerProduction: 'Pilots per production system',
  conversion: 'Pilot-to-production conversion',
  stalledPilots: 'Stalled pilots',
} as const;

/** "2.5", or "none in production" rather than a ratio with nothing under it. */
export function pilotsPerProductionWords(value: number | null, locale?: string): string {
  return value === null ? 'none in production' : formatBoardNumber(value, locale, 1);
}

/**
 * "40% (2 of 5 that entered Pilot reached Production)", as the metrics panel says it; its left-out note apart.
 * `short` gives "40% (2 of 5)", for a place whose label already says what is counted (the then-and-now figures).
 */
export function conversionWords(
  conversion: { rate: number | null; reached: number; entered: number },
  locale?: string,
  { short = false }: { short?: boolean } = {},
): string {
  const { rate, reached, entered } = conversion;
  if (rate === null) return short ? 'none entered Pilot' : 'no card with a known path has entered Pilot yet';
  const n = (value: number) => formatBoardNumber(value, locale);
  const counts = `${n(reached)} of ${n(entered)}${short ? '' : ' that entered Pilot reached Production'}`;
  return `${n(Math.round(rate * 100))}% (${counts})`;
}

/** "3 (over 90 days in Pilot, no decision in 30)"; its left-out note is said apart. */
export function stalledWords(brief: LeadersBrief): string {
  const { locale } = brief;
  const s = brief.figures.stalledPilots;
  return `${formatBoardNumber(s.count, locale)} (over ${counted(s.afterDays, 'day', 'days', locale)} in Pilot, no decision in ${formatBoardNumber(s.quietDays, locale)})`;
}

export function openActionsHeading(brief: LeadersBrief): string {
  const { locale } = brief;
  return `Open actions (${formatBoardNumber(brief.openActions.length, locale)}, ${formatBoardNumber(brief.overdueActions, locale)} overdue)`;
}

export function blockerWords(blocker: LeadersBrief['blockers'][number], locale?: string): string {
  return `${blocker.label} — ${counted(blocker.cards, 'card', 'cards', locale)} below what their next gate asks`;
}

export function changesHeading(brief: LeadersBrief): string {
  return `What changed since ${brief.changesSince ?? 'then'}`;
}

/** An action's due day in the board's locale, or "no date"; whether it is overdue is said apart, in words. */
export function dueDay(action: BriefAction, locale?: string): string {
  return action.due ? formatBoardDate(action.due, locale) : 'no date';
}

/**
 * Words in parts, in order; a part with `stress` is one each output stresses in its own way (bold in Markdown, a
 * strong word on paper), and text from the board is in the parts as the board has it, for each output to escape.
 */
export type WordParts = { text: string; stress?: true }[];

/** The parts as plain text, as the workbook writes them. */
export function plainWords(parts: WordParts): string {
  return parts.map((part) => part.text).join('');
}

/** An action in one line: "Name a data owner — Ana, overdue 1 Jun 2026", with "(done)" when it is closed. */
export function actionWords(action: BriefAction, locale?: string): WordParts {
  const closed = action.status === 'open' ? '' : ` (${action.status})`;
  return [
    { text: `${action.title} — ${action.owner ?? 'no owner'}, ` },
    ...(action.overdue ? [{ text: 'overdue', stress: true as const }, { text: ' ' }] : []),
    { text: `${dueDay(action, locale)}${closed}` },
  ];
}

/**
 * Where a decision took a card: "Pilot → Scaling", or "stays in Pilot" for a hold (and a recycle from Ideas),
 * which "Pilot → Pilot" would misread as a move.
 */
export function pathWords(from: string, to: string): string {
  return from === to ? `stays in ${from}` : `${from} → ${to}`;
}

/** A card as the brief names it: its reference, when it has one, then its title. */
export function cardWords(item: { ref?: string | undefined; title?: string | undefined }): string {
  if (!item.title) return '';
  return item.ref ? `${item.ref} ${item.title}` : item.title;
}

/** What heads an exception: "C-2 Mail routing — Pilot → Scaling, CFO", the card stressed. */
export function exceptionHeadline(exception: Pick<BriefException, 'ref' | 'title' | 'from' | 'to' | 'by'>): WordParts {
  return [
    { text: cardWords(exception), stress: true },
    { text: ` — ${pathWords(exception.from, exception.to)}${exception.by ? `, ${exception.by}` : ''}` },
  ];
}

/** What the brief says where a section has nothing to show. */
export const BRIEF_NONE = {
  decisions: 'No decisions were logged.',
  exceptions: 'No go with exception was decided.',
  exceptionActions: 'No action was recorded with it.',
  unmetCriteria: 'none recorded',
  actions: 'No open actions.',
  cards: 'No cards on the board.',
  blockers: 'No card falls short of a foundation its next gate asks for.',
  matrix: 'No initiative has a value estimate to place, so the brief cannot say where to invest.',
} as const;

/** What the governance figures are called, in the brief, the metrics panel and the projector alike. */
export const GOVERNANCE_LABELS = {
  highImpact: 'High-impact or high-risk',
  /** True whether or not the cards keep a classification: with no regime in use, none is counted. */
  regimesNone: 'No regulatory regime chosen in Setup › Regulatory regimes, so no classification is counted.',
  /** Prohibited cards not stopped: isHighImpact leaves them out, and each is one the room must stop. */
  prohibited: 'Prohibited (EU AI Act), not stopped',
} as const;

/** Where a missing practice reaches people, as the board names the stages: "Scaling or Production". */
export function liveStagesWords(stages: readonly StageConfig[]): string {
  return `${stageLabel(stages, 'scaling')} or ${stageLabel(stages, 'production')}`;
}

/** "In Scaling or Production, lacking a practice", the stages as the board names them (BriefGovernance.live). */
export function lackingLabel(live: string): string {
  return `In ${live}, lacking a practice`;
}

/** "Classified under EU AI Act, US high-impact (OMB M-25-21).", or that the board chose none. */
export function regimesWords(regimes: readonly string[]): string {
  return regimes.length ? `Classified under ${regimes.join(', ')}.` : GOVERNANCE_LABELS.regimesNone;
}

/** "6 — Ideas 1 · Pilot 1 · Scaling 2 · Production 1 · Stopped 1", as the portfolio's line says its cards. */
export function highImpactByStageWords(
  governance: { highImpact: number; stages: readonly { label: string; count: number }[] },
  locale?: string,
): string {
  const n = (value: number) => formatBoardNumber(value, locale);
  return `${n(governance.highImpact)} — ${governance.stages.map((s) => `${s.label} ${n(s.count)}`).join(' · ')}`;
}

/** The practices a card lacks: up to three by name, more as a count, so that one card stays on one line. */
export function missingWords(missing: readonly string[]): string {
  if (missing.length <= 3) return missing.join(', ');
  return missing.length === PRACTICE_IDS.length
    ? `all ${PRACTICE_IDS.length} practices`
    : `${missing.length} of the ${PRACTICE_IDS.length} practices`;
}

/** A prohibited card not stopped: "C-9 Social scoring — Pilot", the card stressed. */
export function prohibitedWords(item: BriefProhibited): WordParts {
  return [{ text: cardWords(item), stress: true }, { text: ` — ${item.stage}` }];
}

/** A card lacking a practice: "C-7 Life pricing — Production; lacks AI impact assessment", the card stressed. */
export function lackingWords(item: BriefLackingPractice): WordParts {
  return [{ text: cardWords(item), stress: true }, { text: ` — ${item.stage}; lacks ${missingWords(item.missing)}` }];
}

/**
 * What "Where to invest" places and how: "24 of 30 initiatives outside Stopped placed: value estimate against
 * readiness (mean of the six foundations); high value is above the median, €1.2M."
 */
export function matrixIntroWords(matrix: BriefMatrix, locale?: string): string {
  if (!matrix.placed) return BRIEF_NONE.matrix;
  const split = formatAmount(matrix.valueSplit, matrix.currency, locale, true);
  return `${formatBoardNumber(matrix.placed, locale)} of ${counted(matrix.considered, 'initiative', 'initiatives', locale)} outside ${matrix.stopped} placed: value estimate against readiness (mean of the six foundations); high value is above the median, ${split}.`;
}

/** A quadrant's cards by value, its first `cap` named: "C-3 Claims triage (€2.4M); C-7 Fraud (€1.1M); and 3 more". */
export function quadrantCardsWords(
  quadrant: BriefQuadrant,
  cap: number,
  currency: string | undefined,
  locale?: string,
): string {
  if (quadrant.count === 0) return 'none';
  const named = quadrant.top.slice(0, cap);
  const cards = named.map((card) => `${cardWords(card)} (${formatAmount(card.value, currency, locale, true)})`);
  const more = quadrant.count - named.length;
  if (more > 0) cards.push(`${named.length ? 'and ' : ''}${formatBoardNumber(more, locale)} more`);
  return cards.join('; ');
}

/**
 * A quadrant in one line: "High value, ready (5) — Scale it: C-3 Claims triage (€2.4M); and 4 more", its name
 * stressed; with a `cap` of 0, its name, count and advice alone.
 */
export function quadrantWords(
  quadrant: BriefQuadrant,
  cap: number,
  currency: string | undefined,
  locale?: string,
): WordParts {
  return [
    { text: `${quadrant.name} (${formatBoardNumber(quadrant.count, locale)})`, stress: true },
    { text: ` — ${quadrant.advice}${cap > 0 ? `: ${quadrantCardsWords(quadrant, cap, currency, locale)}` : ''}` },
  ];
}

/** How many cards the matrix could not place: "5 initiatives have no value estimate; 1 is valued in another currency." */
export function matrixLeftOutWords(matrix: BriefMatrix, locale?: string): string {
  const n = (value: number) => formatBoardNumber(value, locale);
  const parts = [
    matrix.noValue
      ? `${counted(matrix.noValue, 'initiative has', 'initiatives have', locale)} no value estimate and ${matrix.noValue === 1 ? 'is' : 'are'} not placed`
      : `Every initiative outside ${matrix.stopped} has a value estimate`,
    ...matrix.otherLeftOut.map((entry) => `${entry.label}, not placed: ${n(entry.count)}`),
  ];
  return `${parts.join('; ')}.`;
}
