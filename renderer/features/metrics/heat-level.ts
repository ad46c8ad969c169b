import type { ReadinessLevel } from '../../../domain';

/**
 * The readiness level whose colour a mean readiness takes in the heatmap: the level nearest the mean as the cell
 * shows it (one decimal), so that a cell reading 0.5 is coloured as 1, as every other 0.5 is.
 */
export function heatLevel(mean: number): ReadinessLevel {
  const shown = Math.round(mean * 10) / 10;
  return Math.max(0, Math.min(4, Math.floor(shown + 0.5))) as ReadinessLevel;
}
