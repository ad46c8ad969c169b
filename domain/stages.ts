/** Board columns, left to right. Ids are stable; labels are per board. */
export const STAGE_IDS = ['idea', 'pilot', 'scaling', 'production', 'stopped'] as const;
export type StageId = (typeof STAGE_IDS)[number];

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

/** Position of a stage on the pilot-to-production path; `stopped` sits outside it. */
export function stageOrder(stage: StageId): number {
  return STAGE_IDS.indexOf(stage);
}

export function isStageId(value: unknown): value is StageId {
  return typeof value === 'string' && (STAGE_IDS as readonly string[]).includes(value);
}
