/** The path from pilot to production, in order. */
const PATH = ['idea', 'pilot', 'scaling', 'production'] as const;

/** Board columns, left to right: the path, then Stopped. Ids are stable; labels are per board. */
export const STAGE_IDS = [...PATH, 'stopped'] as const;
export type StageId = (typeof STAGE_IDS)[number];

/**
 * The stages a card moves forward through, in order. Stopped is not among them: a card can be stopped from any
 * stage, and a stopped one restarts rather than moving forward or back.
 */
export const FORWARD_STAGES: readonly StageId[] = PATH;

export const DEFAULT_STAGE_LABELS: Record<StageId, string> = {
  idea: 'Ideas',
  pilot: 'Pilot',
  scaling: 'Scaling',
  production: 'Production',
  stopped: 'Stopped',
};

export const STAGE_MEANINGS: Record<StageId, string> = {
  idea: 'Proposed, not yet piloted',
  pilot: 'Running as an experiment in a limited setting',
  scaling: 'Being rolled out beyond the pilot',
  production: 'Part of day-to-day operations, owned and measured',
  stopped: 'Deliberately stopped or retired; kept for the record',
};

export function isStageId(value: unknown): value is StageId {
  return typeof value === 'string' && (STAGE_IDS as readonly string[]).includes(value);
}
