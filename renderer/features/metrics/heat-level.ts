import type { ReadinessLevel } from '../../../domain';

/** The readiness level whose colour a mean readiness takes in the heatmap: the nearest level, 0 to 4. */
export function heatLevel(mean: number): ReadinessLevel {
  return Math.max(0, Math.min(4, Math.floor(mean + 0.5))) as ReadinessLevel;
}
