/**
 * Portfolio figures for the room and for leaders: where cards sit, how many pilots reach production, how long
 * cards stay in each stage, and which foundations are weakest. Pure functions of the board.
 */
import type { BoardDocument, Initiative, Regime } from './board-schema';
import { daysInStage } from './board';
import type { FoundationId } from './foundations';
import { FOUNDATION_IDS } from './foundations';
import {
  boardRegimes,
  governanceKeptFromRoom,
  isHighImpact,
  isProhibited,
  missingPractices,
  unassessedRegimes,
} from './governance';
import type { StageId } from './stages';
import { STAGE_IDS } from './stages';

export function countByStage(board: BoardDocument): Record<StageId, number> {
  const counts = Object.fromEntries(STAGE_IDS.map((s) => [s, 0])) as Record<StageId, number>;
  for (const initiative of board.initiatives) counts[initiative.stage] += 1;
  return counts;
}

/** The stages the decision log saw each card enter or leave, by card id. */
function loggedStages(board: BoardDocument): Map<string, Set<StageId>> {
  const logged = new Map<string, Set<StageId>>();
  for (const d of board.decisions) {
    const stages = logged.get(d.initiativeId) ?? new Set<StageId>();
    logged.set(d.initiativeId, stages.add(d.from).add(d.to));
  }
  return logged;
}

/** Stages a card goes through to reach a later one: seeing a card here is what says it was (or will be) a pilot. */
const BY_PILOT: ReadonlySet<StageId> = new Set(['idea', 'pilot']);

/**
 * Whether the board knows how a card came to be where it is: the decision log moved it from or into Ideas or
 * Pilot, the file dated its entry into one of them, or it sits in one of them with a known date. A card imported
 * straight into Scaling or Production, or into Pilot with no date, could have got there any way.
 */
export function pathKnown(initiative: Initiative, logged: ReadonlySet<StageId> | undefined): boolean {
  if (logged && [...logged].some((stage) => BY_PILOT.has(stage))) return true;
  if (initiative.stageDates && (initiative.stageDates.idea || initiative.stageDates.pilot)) return true;
  return BY_PILOT.has(initiative.stage) && initiative.stageEnteredAt !== undefined;
}

export interface Conversion {
  /** Cards with a known path that entered Pilot (or went from Ideas to a later stage). */
  entered: number;
  /** …of which reached Production. */
  reached: number;
  /** reached / entered; null when no card with a known path entered Pilot. */
  rate: number | null;
  /** Cards beyond Ideas whose path is unknown, left out of both counts. */
  unknownPath: number;
}

/**
 * Of the initiatives known to have entered Pilot, how many reached Production, counting only cards whose path is
 * known (pathKnown): an imported card says nothing about pilots reaching production, unless the file dates it.
 */
export function pilotToProduction(board: BoardDocument): Conversion {
  const logged = loggedStages(board);
  let entered = 0;
  let reached = 0;
  let unknownPath = 0;
  for (const initiative of board.initiatives) {
    const seen = logged.get(initiative.id);
    if (!pathKnown(initiative, seen)) {
      if (initiative.stage !== 'idea') unknownPath += 1;
      continue;
    }
    // Every stage it is known to have been in: its own, the log's, and those the file dated.
    const stages = new Set<StageId>([
      initiative.stage,
      ...(seen ?? []),
      ...(Object.keys(initiative.stageDates ?? {}) as StageId[]),
    ]);
    const piloted = stages.has('pilot') || stages.has('scaling') || stages.has('production');
    if (!piloted) continue;
    entered += 1;
    if (stages.has('production')) reached += 1;
  }
  return { entered, reached, rate: entered ? reached / entered : null, unknownPath };
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface TimeInStage {
  /** Median whole days of the cards whose stage date is known; null when none is. */
  median: number | null;
  /** Cards in the stage whose date is known, and those left out because it is not. */
  known: number;
  unknown: number;
}

/** How long the cards now in each stage have spent there, leaving out (and counting) cards with no known date. */
export function timeInStage(board: BoardDocument, now: string): Record<StageId, TimeInStage> {
  const days = Object.fromEntries(STAGE_IDS.map((s) => [s, [] as number[]])) as Record<StageId, number[]>;
  const unknown = Object.fromEntries(STAGE_IDS.map((s) => [s, 0])) as Record<StageId, number>;
  for (const initiative of board.initiatives) {
    const d = daysInStage(initiative, now);
    if (d === null) unknown[initiative.stage] += 1;
    else days[initiative.stage].push(d);
  }
  return Object.fromEntries(
    STAGE_IDS.map((s) => [s, { median: median(days[s]), known: days[s].length, unknown: unknown[s] }]),
  ) as Record<StageId, TimeInStage>;
}

/** Median whole days the cards now in each stage have spent there; cards with an unknown date are left out. */
export function medianDaysInStage(board: BoardDocument, now: string): Record<StageId, number | null> {
  const times = timeInStage(board, now);
  return Object.fromEntries(STAGE_IDS.map((s) => [s, times[s].median])) as Record<StageId, number | null>;
}

/** Mean readiness per stage and foundation; null where a stage has no cards. */
export function readinessHeatmap(board: BoardDocument): Record<StageId, Record<FoundationId, number | null>> {
  const byStage = Object.fromEntries(STAGE_IDS.map((s) => [s, [] as Initiative[]])) as Record<StageId, Initiative[]>;
  for (const initiative of board.initiatives) byStage[initiative.stage].push(initiative);
  return Object.fromEntries(
    STAGE_IDS.map((stage) => {
      const cards = byStage[stage];
      return [
        stage,
        Object.fromEntries(
          FOUNDATION_IDS.map((f) => [
            f,
            cards.length ? cards.reduce((sum, c) => sum + c.readiness[f], 0) / cards.length : null,
          ]),
        ),
      ];
    }),
  ) as Record<StageId, Record<FoundationId, number | null>>;
}

/** Mean readiness of the board's cards on each foundation, every stage together; null when it has no cards. */
export function meanReadiness(board: BoardDocument): Record<FoundationId, number | null> {
  const cards = board.initiatives;
  return Object.fromEntries(
    FOUNDATION_IDS.map((f) => [
      f,
      cards.length ? cards.reduce((sum, c) => sum + c.readiness[f], 0) / cards.length : null,
    ]),
  ) as Record<FoundationId, number | null>;
}

/** For each foundation, how many cards fall short of the readiness their next gate asks for. */
export function foundationGaps(board: BoardDocument): Record<FoundationId, number> {
  const gaps = Object.fromEntries(FOUNDATION_IDS.map((f) => [f, 0])) as Record<FoundationId, number>;
  for (const initiative of board.initiatives) {
    const gate = board.gates.find((g) => g.from === initiative.stage);
    for (const criterion of gate?.criteria ?? []) {
      if (criterion.kind === 'readiness' && initiative.readiness[criterion.foundation] < criterion.min)
        gaps[criterion.foundation] += 1;
    }
  }
  return gaps;
}

/**
 * Total value estimate of the cards in each stage. Given a currency (null: cards that name none), only the cards
 * valued in it are summed, since amounts in different currencies do not add up.
 */
export function valueByStage(board: BoardDocument, currency?: string | null): Record<StageId, number> {
  const totals = Object.fromEntries(STAGE_IDS.map((s) => [s, 0])) as Record<StageId, number>;
  const wanted = currency === undefined ? undefined : currencyKey(currency ?? undefined);
  for (const initiative of board.initiatives) {
    if (wanted !== undefined && currencyKey(initiative.currency) !== wanted) continue;
    totals[initiative.stage] += initiative.valueEstimate ?? 0;
  }
  return totals;
}

/** The currencies the cards with a value estimate are valued in, the most used first; undefined for none named. */
export function valueCurrencies(
  board: Pick<BoardDocument, 'initiatives'>,
): { currency: string | undefined; cards: number }[] {
  const counts = new Map<string, { currency: string | undefined; cards: number }>();
  for (const initiative of board.initiatives) {
    if (initiative.valueEstimate === undefined) continue;
    const key = currencyKey(initiative.currency);
    const entry = counts.get(key) ?? { currency: initiative.currency?.trim() || undefined, cards: 0 };
    entry.cards += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.cards - a.cards);
}

/** "eur", "EUR " and "EUR" are one currency. */
export function currencyKey(currency: string | undefined): string {
  return currency?.trim().toUpperCase() ?? '';
}

export const DEFAULT_STALLED_AFTER_DAYS = 180;
export const DEFAULT_QUIET_FOR_DAYS = 90;

/**
 * Pilots that have stalled: in Pilot longer than the board's threshold (180 days unless set) with no decision
 * about them in the last 90 days (unless set). The longest-stalled first. A pilot whose stage date is unknown is
 * not counted (see `undatedPilots`): nobody knows how long it has been there.
 */
export function stalledPilots(board: BoardDocument, now: string): Initiative[] {
  const stalledAfter = board.workshop.stalledAfterDays ?? DEFAULT_STALLED_AFTER_DAYS;
  const quietFor = board.workshop.quietForDays ?? DEFAULT_QUIET_FOR_DAYS;
  const nowMs = Date.parse(now);
  const lastDecision = new Map<string, number>();
  for (const d of board.decisions)
    lastDecision.set(d.initiativeId, Math.max(lastDecision.get(d.initiativeId) ?? 0, Date.parse(d.at)));
  const days = new Map<string, number>();
  for (const i of board.initiatives) {
    const d = i.stage === 'pilot' ? daysInStage(i, now) : null;
    if (d !== null && d > stalledAfter && nowMs - (lastDecision.get(i.id) ?? 0) > quietFor * 86_400_000)
      days.set(i.id, d);
  }
  return board.initiatives.filter((i) => days.has(i.id)).sort((a, b) => days.get(b.id)! - days.get(a.id)!);
}

/** Pilots whose stage date is unknown, so that whether they have stalled is unknown too. */
export function undatedPilots(board: BoardDocument): number {
  return board.initiatives.filter((i) => i.stage === 'pilot' && i.stageEnteredAt === undefined).length;
}

/** Pilots for every production system: the pilot-fatigue ratio. Null with nothing in production. */
export function pilotsPerProduction(board: BoardDocument): number | null {
  const counts = countByStage(board);
  return counts.production ? counts.pilot / counts.production : null;
}

/** The foundations that most often hold cards back at their next gate, most frequent first. */
export function blockingFoundations(board: BoardDocument): { foundation: FoundationId; cards: number }[] {
  const gaps = foundationGaps(board);
  return FOUNDATION_IDS.map((foundation) => ({ foundation, cards: gaps[foundation] }))
    .filter((g) => g.cards > 0)
    .sort((a, b) => b.cards - a.cards);
}

export interface GovernanceFigures {
  /** The regimes the board classifies under; with none, every count below is 0. */
  regimes: readonly Regime[];
  /** High-impact or high-risk cards (isHighImpact under the board's regimes) in each stage, and in all. */
  highImpactByStage: Record<StageId, number>;
  highImpact: number;
  /** The high-impact or high-risk cards in Scaling or Production with a minimum practice not settled, in board order. */
  lackingPractice: Initiative[];
  /**
   * Cards prohibited (isProhibited under the board's regimes) and not in Stopped, in board order: isHighImpact
   * leaves them out, and each is one the room must stop.
   */
  prohibited: Initiative[];
  /** Cards outside Stopped not classified under every regime the board uses, in all and per regime. */
  unassessed: number;
  unassessedByRegime: Partial<Record<Regime, number>>;
  /** Cards classified under at least one regime the board uses: none means the room has not begun to classify. */
  classified: number;
  /** Cards left out because they keep their classification or practices from the audience (when asked to). */
  confidential: number;
}

/** The stages where a missing practice reaches people: the card is being rolled out or is in use. */
const LIVE_STAGES: ReadonlySet<StageId> = new Set(['scaling', 'production']);

/**
 * Governance at a glance: the high-impact or high-risk use cases by stage, those in Scaling or Production still
 * lacking a minimum practice, and the cards not assessed. A stopped card need not be classified. For the
 * audience (`leaveOutConfidential`), a card that keeps its classification or practices from the screen is left
 * out and counted apart: the audience board has them removed, and would count it as not classified.
 */
export function governanceFigures(
  board: BoardDocument,
  { leaveOutConfidential = false }: { leaveOutConfidential?: boolean } = {},
): GovernanceFigures {
  const regimes = boardRegimes(board);
  const highImpactByStage = Object.fromEntries(STAGE_IDS.map((s) => [s, 0])) as Record<StageId, number>;
  const unassessedByRegime: Partial<Record<Regime, number>> = Object.fromEntries(regimes.map((r) => [r, 0]));
  const lackingPractice: Initiative[] = [];
  const prohibited: Initiative[] = [];
  let unassessed = 0;
  let classified = 0;
  let confidential = 0;
  for (const initiative of board.initiatives) {
    if (leaveOutConfidential && governanceKeptFromRoom(initiative, 'either')) {
      confidential += 1;
      continue;
    }
    if (initiative.stage !== 'stopped' && isProhibited(initiative)) prohibited.push(initiative);
    if (isHighImpact(initiative, regimes)) {
      highImpactByStage[initiative.stage] += 1;
      if (LIVE_STAGES.has(initiative.stage) && missingPractices(initiative, regimes).length)
        lackingPractice.push(initiative);
    }
    const missing = unassessedRegimes(initiative, regimes);
    if (missing.length < regimes.length) classified += 1;
    if (initiative.stage === 'stopped' || !missing.length) continue;
    unassessed += 1;
    for (const regime of missing) unassessedByRegime[regime]! += 1;
  }
  const highImpact = STAGE_IDS.reduce((sum, s) => sum + highImpactByStage[s], 0);
  return {
    regimes,
    highImpactByStage,
    highImpact,
    lackingPractice,
    prohibited,
    unassessed,
    unassessedByRegime,
    classified,
    confidential,
  };
}
