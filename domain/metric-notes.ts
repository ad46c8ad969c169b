/**
 * What a figure leaves out, said once for every view that shows it (the metrics panel, the projector): a card whose
 * stage date or path is unknown is not counted as fresh, and the room is told how many were set aside.
 */
import type { BoardDocument } from './board-schema';
import { stageLabel } from './board';
import { counted, formatBoardNumber } from './board-locale';
import { REGIME_LABELS } from './governance';
import type { Conversion, GovernanceFigures, TimeInStage } from './metrics';
import type { StageId } from './stages';
import { STAGE_IDS } from './stages';

/** The conversion's note: cards whose way to their stage is unknown, or null when every path is known. */
export function conversionLeftOutNote(conversion: Pick<Conversion, 'unknownPath'>, locale?: string): string | null {
  const n = conversion.unknownPath;
  if (!n) return null;
  const [it, them] = n === 1 ? ['it', 'it'] : ['they', 'them'];
  return `${counted(n, 'card', 'cards', locale)} left out: neither the decision log nor a date in the file shows ${them} in Ideas or Pilot, so whether ${it} went through Pilot is unknown`;
}

/** The stalled pilots' note: pilots with an unknown stage date, which nobody can call stalled or fresh. */
export function stalledLeftOutNote(undatedPilots: number, locale?: string): string | null {
  return undatedPilots
    ? `${counted(undatedPilots, 'pilot', 'pilots', locale)} with an unknown stage date left out`
    : null;
}

/** The medians' note: cards with an unknown stage date, in all and per stage ("Pilot 203 · Scaling 40"). */
export function mediansLeftOutNote(
  board: BoardDocument,
  times: Record<StageId, Pick<TimeInStage, 'unknown'>>,
  locale?: string,
): string | null {
  const all = STAGE_IDS.reduce((sum, s) => sum + times[s].unknown, 0);
  if (!all) return null;
  const perStage = STAGE_IDS.filter((s) => times[s].unknown)
    .map((s) => `${stageLabel(board.stages, s)} ${formatBoardNumber(times[s].unknown, locale)}`)
    .join(' · ');
  return `${counted(all, 'card', 'cards', locale)} with an unknown stage date left out (${perStage})`;
}

/**
 * The governance figures' note: cards not assessed under every regime the board uses, in all and per regime
 * ("EU AI Act 2 · US high-impact (OMB M-25-21) 2"), or null when every card is. Stopped cards need no classification.
 */
export function unassessedNote(
  figures: Pick<GovernanceFigures, 'regimes' | 'unassessed' | 'unassessedByRegime'>,
  locale?: string,
): string | null {
  if (!figures.unassessed) return null;
  const perRegime = figures.regimes
    .filter((r) => figures.unassessedByRegime[r])
    .map((r) => `${REGIME_LABELS[r]} ${formatBoardNumber(figures.unassessedByRegime[r]!, locale)}`)
    .join(' · ');
  return `${counted(figures.unassessed, 'card', 'cards', locale)} not assessed under every regime in use (${perRegime}); stopped cards are not counted`;
}

/** The projector's governance note: cards that keep their classification or practices from the screen. */
export function governanceConfidentialNote(confidential: number, locale?: string): string | null {
  return confidential
    ? `${counted(confidential, 'card', 'cards', locale)} keeping ${confidential === 1 ? 'its' : 'their'} classification or practices from this screen not counted`
    : null;
}
