/**
 * Portfolio figures for the room and for leaders: where cards sit, how many pilots reach production, how long
 * cards stay in each stage, and which foundations are weakest. Pure functions of the board.
 */
import type { BoardDocument, Initiative } from './board-schema';
import { daysInStage } from './board';
import type { FoundationId } from './foundations';
import { FOUNDATION_IDS } from './foundations';
import type { StageId } from './stages';
import { STAGE_IDS } from './stages';

export function countByStage(board: BoardDocument): Record<StageId, number> {
  const counts = Object.fromEntries(STAGE_IDS.map((s) => [s, 0])) as Record<StageId, number>;
  for (const initiative of board.initiatives) counts[initiative.stage] += 1;
  return counts;
}

/** The stages each card has been in: its current one and every stage the decision log saw it enter or leave. */
export function stagesVisited(board: BoardDocument): Map<string, Set<StageId>> {
  const visited = new Map<string, Set<StageId>>(board.initiatives.map((i) => [i.id, new Set([i.stage])]));
  for (const decision of board.decisions) {
    const set = visited.get(decision.initiativeId);
    if (set) set.add(decision.from).add(decision.to);
  }
  return visited;
}

/** Of the initiatives that ever entered Pilot, how many reached Production. Null when none entered Pilot. */
export function pilotToProduction(board: BoardDocument): { entered: number; reached: number; rate: number | null } {
  let entered = 0;
  let reached = 0;
  for (const stages of stagesVisited(board).values()) {
    const piloted = stages.has('pilot') || stages.has('scaling') || stages.has('production');
    if (!piloted) continue;
    entered += 1;
    if (stages.has('production')) reached += 1;
  }
  return { entered, reached, rate: entered ? reached / entered : null };
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median whole days the cards now in each stage have spent there. */
export function medianDaysInStage(board: BoardDocument, now: string): Record<StageId, number | null> {
  return Object.fromEntries(
    STAGE_IDS.map((stage) => [
      stage,
      median(board.initiatives.filter((i) => i.stage === stage).map((i) => daysInStage(i, now))),
    ]),
  ) as Record<StageId, number | null>;
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

/** Total value estimate of the cards in each stage. */
export function valueByStage(board: BoardDocument): Record<StageId, number> {
  const totals = Object.fromEntries(STAGE_IDS.map((s) => [s, 0])) as Record<StageId, number>;
  for (const initiative of board.initiatives) totals[initiative.stage] += initiative.valueEstimate ?? 0;
  return totals;
}

export const DEFAULT_STALLED_AFTER_DAYS = 180;
export const DEFAULT_QUIET_FOR_DAYS = 90;

/**
 * Pilots that have stalled: in Pilot longer than the board's threshold (180 days unless set) with no decision
 * about them in the last 90 days (unless set). The longest-stalled first.
 */
export function stalledPilots(board: BoardDocument, now: string): Initiative[] {
  const stalledAfter = board.workshop.stalledAfterDays ?? DEFAULT_STALLED_AFTER_DAYS;
  const quietFor = board.workshop.quietForDays ?? DEFAULT_QUIET_FOR_DAYS;
  const nowMs = Date.parse(now);
  const lastDecision = new Map<string, number>();
  for (const d of board.decisions)
    lastDecision.set(d.initiativeId, Math.max(lastDecision.get(d.initiativeId) ?? 0, Date.parse(d.at)));
  return board.initiatives
    .filter((i) => i.stage === 'pilot' && daysInStage(i, now) > stalledAfter)
    .filter((i) => nowMs - (lastDecision.get(i.id) ?? 0) > quietFor * 86_400_000)
    .sort((a, b) => daysInStage(b, now) - daysInStage(a, now));
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
