/**
 * The leaders' brief: what a workshop decided and what it left to do, with the portfolio's figures, for the people
 * who were not in the room. One plain object that the Markdown, the workbook's Brief sheet and `scaleboard brief
 * --json` all write out, so they never disagree about a figure.
 */
import type { Action, BoardDocument, Decision, DecisionKind, Initiative } from './board-schema';
import { stageLabel } from './board';
import { boardLocale } from './board-locale';
import { byDue, isOverdue } from './actions';
import type { FoundationId } from './foundations';
import { FOUNDATION_IDS, FOUNDATIONS } from './foundations';
import { portfolioHeadline } from './headline';
import { DECISION_LABELS } from './labels';
import { liveStagesWords } from './brief-wording';
import { PRACTICES, REGIME_LABELS, missingPractices } from './governance';
import { conversionLeftOutNote, stalledLeftOutNote, unassessedNote } from './metric-notes';
import {
  blockingFoundations,
  countByStage,
  DEFAULT_QUIET_FOR_DAYS,
  DEFAULT_STALLED_AFTER_DAYS,
  governanceFigures,
  pilotsPerProduction,
  pilotToProduction,
  readinessHeatmap,
  stalledPilots,
  undatedPilots,
} from './metrics';
import type { StageId } from './stages';
import { diffBoards } from './board-diff';
import type { DiffSection } from './describe-diff';
import { describeDiff } from './describe-diff';
import { boardAtSnapshot, snapshotIsFrom } from './snapshot';
import type { LeftOutReason, QuadrantId } from './matrix';
import { DEFAULT_MATRIX_VIEW, isInvestable, LEFT_OUT_REASONS, matrixData, QUADRANT_LABELS, QUADRANTS } from './matrix';
import { STAGE_IDS } from './stages';

/**
 * How much of each list the brief shows, so that it stays within one or two A4 pages; what is left out is counted
 * in the text ("…and 4 more"), and the workbook's Decisions and Actions sheets list everything.
 */
export const BRIEF_CAPS = {
  decisions: 12,
  exceptions: 6,
  actions: 15,
  blockers: 5,
  changeLines: 10,
  lackingPractice: 10,
  prohibited: 10,
  /** The cards each quadrant of "Where to invest" names, highest value first. */
  quadrantTop: 3,
} as const;

/** Where the brief's "since" came from, so the text can say what it counts from. */
export type BriefSince = 'given' | 'snapshot' | 'workshop-date' | 'today';

export interface BriefDecision {
  id: string;
  at: string;
  initiativeId: string;
  /** The card's reference, when the card is still on the board and has one. */
  ref?: string;
  /** The card's title as the log recorded it. */
  title: string;
  kind: DecisionKind;
  kindLabel: string;
  /** Stage labels, as the board names its stages. */
  from: string;
  to: string;
  by?: string;
  rationale?: string;
}

export interface BriefAction {
  id: string;
  title: string;
  status: Action['status'];
  owner?: string;
  due?: string;
  overdue: boolean;
  initiativeRef?: string;
  initiativeTitle?: string;
  /** The foundation's label. */
  foundation?: string;
}

/** A go with exception and the conditions it was given on: the criteria it did not meet, the actions it left. */
export interface BriefException extends BriefDecision {
  unmetCriteria: string[];
  actions: BriefAction[];
}

/** A high-impact or high-risk card in Scaling or Production with a minimum practice not done, n/a or waived. */
export interface BriefLackingPractice {
  id: string;
  ref?: string;
  title: string;
  /** Its stage, as the board names it. */
  stage: string;
  /** The practices it lacks, by label, in checklist order. */
  missing: string[];
}

/** A card prohibited under the EU AI Act and not stopped: the room has yet to stop it. */
export interface BriefProhibited {
  id: string;
  ref?: string;
  title: string;
  /** Its stage, as the board names it. */
  stage: string;
}

/** Governance at a glance, the figures the metrics panel shows (governanceFigures). */
export interface BriefGovernance {
  /** The regimes the board classifies under, by label; none when it chose none. */
  regimes: string[];
  /** High-impact or high-risk cards under those regimes, in all and per stage. */
  highImpact: number;
  stages: { stage: StageId; label: string; count: number }[];
  /** Where a missing practice reaches people, as the board names the stages: "Scaling or Production". */
  live: string;
  /** Every such card there lacking a practice, in board order; each output lists BRIEF_CAPS.lackingPractice. */
  lackingPractice: BriefLackingPractice[];
  /** Every prohibited card outside Stopped, in board order; each output lists BRIEF_CAPS.prohibited, and says
   * nothing of them when there are none. */
  prohibited: BriefProhibited[];
  /** Cards outside Stopped not classified under every regime in use, and the note that says so per regime. */
  unassessed: number;
  unassessedNote: string | null;
}

/** A quadrant of "Where to invest": its name and advice, how many cards are in it, and the highest valued. */
export interface BriefQuadrant {
  id: QuadrantId;
  name: string;
  advice: string;
  count: number;
  /** Its cards of highest value, highest first: BRIEF_CAPS.quadrantTop of them at most. */
  top: { id: string; ref?: string; title: string; value: number }[];
}

/**
 * Where to invest: the cards not stopped, placed by value estimate against readiness (the mean of the six
 * foundations), in the matrix's four quadrants; the cards it cannot place counted by reason.
 */
export interface BriefMatrix {
  /** The cards it places, and those it considered (every card outside Stopped). */
  placed: number;
  considered: number;
  /** What the board calls the stage it leaves out. */
  stopped: string;
  /** The currency of the values: the one most cards use. */
  currency?: string;
  /** The value splitting high from low: the median of those placed. */
  valueSplit: number;
  quadrants: BriefQuadrant[];
  /** Cards outside Stopped with no value estimate. */
  noValue: number;
  /** The others it cannot place (another currency; zero or less on a log scale), by reason; none with no card. */
  otherLeftOut: { reason: LeftOutReason; label: string; count: number }[];
}

export interface LeadersBrief {
  title: string;
  boardTitle: string;
  /** The day the brief is for, `YYYY-MM-DD`. */
  date: string;
  /** The instant it was made. */
  generatedAt: string;
  locale?: string;
  figures: {
    /** "12 initiatives · 7 in pilot · 3 scaling · 4 in production", in the board's locale. */
    headline: string;
    initiatives: number;
    stages: { stage: StageId; label: string; count: number }[];
    /** Null with nothing in production. */
    pilotsPerProduction: number | null;
    conversion: { entered: number; reached: number; rate: number | null; leftOut: string | null };
    stalledPilots: { count: number; afterDays: number; quietDays: number; leftOut: string | null };
  };
  /** Decisions logged at or after this instant are the ones the brief reports. */
  since: string;
  sinceFrom: BriefSince;
  /** Every decision since `since`, oldest first. */
  decisions: BriefDecision[];
  /** The go-with-exception decisions among them. */
  exceptions: BriefException[];
  /** Every open action, overdue first, then soonest due; undated last. */
  openActions: BriefAction[];
  overdueActions: number;
  /** Mean readiness per stage and foundation, null where a stage has no cards. */
  heatmap: { stage: StageId; label: string; cards: number; mean: Record<FoundationId, number | null> }[];
  /** The foundations most cards fall short of at their next gate, most first (at most BRIEF_CAPS.blockers). */
  blockers: { foundation: FoundationId; label: string; cards: number }[];
  governance: BriefGovernance;
  matrix: BriefMatrix;
  /** What changed since `changesSince`, as describeDiff says it; absent when there is nothing to compare with. */
  changes?: DiffSection[];
  /** What the changes are counted from: "the start of the workshop", or the other board's file name. */
  changesSince?: string;
}

export interface BriefOptions {
  /** The instant the brief is made, ISO. */
  now: string;
  /** The room's calendar day, `YYYY-MM-DD`: what an action's due date is compared with. */
  today: string;
  /** The start of the workshop, ISO; see `briefSince` for what it is when not given. */
  since?: string;
  /**
   * The board to say what changed since, such as last quarter's (File › Compare with…), and what to call it. When
   * not given, the board's own snapshot from Start workshop, if it was taken `today`; null for no changes at all.
   */
  compareWith?: { board: BoardDocument; name: string } | null;
  /** Lines each section of the changes shows before "…and N more"; BRIEF_CAPS.changeLines unless set. */
  changeLines?: number;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight where the app runs, at the start of a `YYYY-MM-DD` day; null for anything else. */
function startOfDay(day: string | undefined): string | null {
  const match = day ? DAY.exec(day.trim()) : null;
  if (!match) return null;
  const start = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(start.getTime()) ? start.toISOString() : null;
}

/**
 * Where "today's decisions" start: the given instant; else when Start workshop was pressed, if that was `today`
 * (an older snapshot is an earlier workshop's start); else the start of the workshop's date, when the board names
 * one as a day; else the start of `today`.
 */
export function briefSince(
  board: BoardDocument,
  options: Pick<BriefOptions, 'since' | 'today'>,
): { since: string; from: BriefSince } {
  if (options.since) return { since: options.since, from: 'given' };
  if (board.snapshot && snapshotIsFrom(board, options.today))
    return { since: board.snapshot.takenAt, from: 'snapshot' };
  const workshopDay = startOfDay(board.workshop.date);
  if (workshopDay) return { since: workshopDay, from: 'workshop-date' };
  return { since: startOfDay(options.today) ?? options.today, from: 'today' };
}

/** The first `cap` items and how many were left out: what every capped list of the brief shows. */
export function capped<T>(items: readonly T[], cap: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, cap), more: Math.max(0, items.length - cap) };
}

/** The brief for a board on a day; see LeadersBrief. */
export function leadersBrief(board: BoardDocument, options: BriefOptions): LeadersBrief {
  const locale = boardLocale(board);
  const { since, from } = briefSince(board, options);
  const sinceMs = Date.parse(since);
  const counts = countByStage(board);
  const conversion = pilotToProduction(board);
  const heatmap = readinessHeatmap(board);
  const label = (stage: StageId) => stageLabel(board.stages, stage);

  const lookup = lookupOf(board);
  const actionsOf = new Map<string, Action[]>();
  for (const a of board.actions) {
    if (a.decisionId === undefined) continue;
    const actions = actionsOf.get(a.decisionId);
    if (actions) actions.push(a);
    else actionsOf.set(a.decisionId, [a]);
  }

  const taken = board.decisions.filter((d) => Date.parse(d.at) >= sinceMs);
  const exceptions = taken
    .filter((d) => d.kind === 'go-with-exception')
    .map((d): BriefException => ({
      ...briefDecision(board, lookup, d),
      unmetCriteria: d.unmetCriteria,
      actions: (actionsOf.get(d.id) ?? []).map((a) => briefAction(lookup, a, options.today)),
    }));
  const openActions = board.actions
    .filter((a) => a.status === 'open')
    .sort((a, b) => Number(isOverdue(b, options.today)) - Number(isOverdue(a, options.today)) || byDue(a, b))
    .map((a) => briefAction(lookup, a, options.today));

  const brief: LeadersBrief = {
    title: `Leaders’ brief — ${board.title}`,
    boardTitle: board.title,
    date: options.today,
    generatedAt: options.now,
    ...(locale ? { locale } : {}),
    figures: {
      headline: portfolioHeadline(board, locale).text,
      initiatives: board.initiatives.length,
      stages: STAGE_IDS.map((stage) => ({ stage, label: label(stage), count: counts[stage] })),
      pilotsPerProduction: pilotsPerProduction(board),
      conversion: {
        entered: conversion.entered,
        reached: conversion.reached,
        rate: conversion.rate,
        leftOut: conversionLeftOutNote(conversion, locale),
      },
      stalledPilots: {
        count: stalledPilots(board, options.now).length,
        afterDays: board.workshop.stalledAfterDays ?? DEFAULT_STALLED_AFTER_DAYS,
        quietDays: board.workshop.quietForDays ?? DEFAULT_QUIET_FOR_DAYS,
        leftOut: stalledLeftOutNote(undatedPilots(board), locale),
      },
    },
    since,
    sinceFrom: from,
    decisions: taken.map((d) => briefDecision(board, lookup, d)),
    exceptions,
    openActions,
    overdueActions: openActions.filter((a) => a.overdue).length,
    heatmap: STAGE_IDS.map((stage) => ({ stage, label: label(stage), cards: counts[stage], mean: heatmap[stage] })),
    blockers: blockingFoundations(board)
      .slice(0, BRIEF_CAPS.blockers)
      .map((b) => ({ ...b, label: FOUNDATIONS[b.foundation].label })),
    governance: briefGovernance(board, locale),
    matrix: briefMatrix(board),
  };
  const compared =
    options.compareWith === undefined ? startOfWorkshop(board, options.today) : (options.compareWith ?? undefined);
  if (compared) {
    const diff = diffBoards(compared.board, board, { today: options.today, now: options.now });
    brief.changes = describeDiff(diff, board, { cap: options.changeLines ?? BRIEF_CAPS.changeLines });
    brief.changesSince = compared.name;
  }
  return brief;
}

function briefGovernance(board: BoardDocument, locale: string | undefined): BriefGovernance {
  const figures = governanceFigures(board);
  const label = (stage: StageId) => stageLabel(board.stages, stage);
  return {
    regimes: figures.regimes.map((r) => REGIME_LABELS[r]),
    highImpact: figures.highImpact,
    stages: STAGE_IDS.map((stage) => ({ stage, label: label(stage), count: figures.highImpactByStage[stage] })),
    live: liveStagesWords(board.stages),
    lackingPractice: figures.lackingPractice.map((card) => ({
      id: card.id,
      ...(card.ref ? { ref: card.ref } : {}),
      title: card.title,
      stage: label(card.stage),
      missing: missingPractices(card, figures.regimes).map((p) => PRACTICES[p].label),
    })),
    prohibited: figures.prohibited.map((card) => ({
      id: card.id,
      ...(card.ref ? { ref: card.ref } : {}),
      title: card.title,
      stage: label(card.stage),
    })),
    unassessed: figures.unassessed,
    unassessedNote: unassessedNote(figures, locale),
  };
}

/** The cards "Where to invest" considers: every card but those stopped, which are no longer an investment. */
export function investableCards(board: BoardDocument): Initiative[] {
  return board.initiatives.filter(isInvestable);
}

function briefMatrix(board: BoardDocument): BriefMatrix {
  const cards = investableCards(board);
  const data = matrixData(board, cards, DEFAULT_MATRIX_VIEW);
  const byId = new Map(data.points.map((point) => [point.id, point]));
  const count = (reason: LeftOutReason) => data.leftOut.filter((entry) => entry.reason === reason).length;
  return {
    placed: data.points.length,
    considered: cards.length,
    stopped: stageLabel(board.stages, 'stopped'),
    ...(data.currency ? { currency: data.currency } : {}),
    valueSplit: data.valueSplit,
    quadrants: QUADRANTS.map((id) => ({
      id,
      ...QUADRANT_LABELS[id],
      count: data.quadrants[id].length,
      top: data.quadrants[id].slice(0, BRIEF_CAPS.quadrantTop).map((cardId) => {
        const point = byId.get(cardId)!;
        return { id: point.id, ...(point.ref ? { ref: point.ref } : {}), title: point.title, value: point.value };
      }),
    })),
    noValue: count('no-value'),
    otherLeftOut: (['other-currency', 'not-positive', 'kept-from-room'] as const)
      .map((reason) => ({ reason, label: LEFT_OUT_REASONS[reason], count: count(reason) }))
      .filter((entry) => entry.count > 0),
  };
}

/** The board as this workshop started, when Start workshop was pressed `today`. */
function startOfWorkshop(board: BoardDocument, today: string): { board: BoardDocument; name: string } | undefined {
  const atStart = snapshotIsFrom(board, today) ? boardAtSnapshot(board) : null;
  return atStart ? { board: atStart, name: 'the start of the workshop' } : undefined;
}

/** The board's cards and decisions by id, made once per brief: every decision and action names its card by id. */
interface BoardLookup {
  cards: Map<string, Initiative>;
  decisions: Map<string, Decision>;
}

function lookupOf(board: BoardDocument): BoardLookup {
  const cards = new Map<string, Initiative>();
  for (const card of board.initiatives) cards.set(card.id, card);
  const decisions = new Map<string, Decision>();
  for (const d of board.decisions) decisions.set(d.id, d);
  return { cards, decisions };
}

function briefDecision(board: BoardDocument, lookup: BoardLookup, d: Decision): BriefDecision {
  const ref = lookup.cards.get(d.initiativeId)?.ref;
  return {
    id: d.id,
    at: d.at,
    initiativeId: d.initiativeId,
    ...(ref ? { ref } : {}),
    title: d.initiativeTitle,
    kind: d.kind,
    kindLabel: DECISION_LABELS[d.kind],
    from: stageLabel(board.stages, d.from),
    to: stageLabel(board.stages, d.to),
    ...(d.by ? { by: d.by } : {}),
    ...(d.rationale ? { rationale: d.rationale } : {}),
  };
}

/** An action as the brief shows it: its card by reference and title, its foundation by label. */
function briefAction(lookup: BoardLookup, a: Action, today: string): BriefAction {
  const card = a.initiativeId === undefined ? undefined : lookup.cards.get(a.initiativeId);
  // A card deleted since keeps its name through the decision that made the action, when there was one.
  const title =
    card?.title ?? (a.decisionId === undefined ? undefined : lookup.decisions.get(a.decisionId)?.initiativeTitle);
  const out: BriefAction = { id: a.id, title: a.title, status: a.status, overdue: isOverdue(a, today) };
  if (a.owner) out.owner = a.owner;
  if (a.due) out.due = a.due;
  if (card?.ref) out.initiativeRef = card.ref;
  if (title) out.initiativeTitle = title;
  if (a.foundation) out.foundation = FOUNDATIONS[a.foundation].label;
  return out;
}

/** The foundations in the board's order, with their labels: the heatmap's columns. */
export const BRIEF_FOUNDATIONS = FOUNDATION_IDS.map((id) => ({ id, label: FOUNDATIONS[id].label }));
