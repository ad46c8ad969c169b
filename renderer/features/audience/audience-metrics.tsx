import '../metrics/metrics.css';
import type { BoardDocument } from '../../../domain';
import {
  blockingFoundations,
  conversionLeftOutNote,
  counted,
  DEFAULT_QUIET_FOR_DAYS,
  DEFAULT_STALLED_AFTER_DAYS,
  formatBoardNumber,
  FOUNDATIONS,
  GOVERNANCE_LABELS,
  governanceConfidentialNote,
  highImpactByStageWords,
  lackingLabel,
  liveStagesWords,
  stageLabel,
  STAGE_IDS,
  pilotsPerProduction,
  pilotToProduction,
  stalledLeftOutNote,
  stalledPilots,
  undatedPilots,
} from '../../../domain';
import { boardGovernanceFigures } from '../metrics/board-governance-figures';
import { HeatmapTable } from '../metrics/heatmap-table';
import { MetricNote } from '../metrics/metric-note';

/**
 * The metrics the facilitator presents, for the back of the room: the pilot-fatigue figures, with what each leaves
 * out as the metrics panel says it, the foundation heatmap, and once the room has begun to classify, the governance
 * counts; all from the board as the audience may see it (no value or cost estimates, which a card can keep
 * confidential). The governance line gives counts only, never the names of the cards lacking a practice.
 */
export function AudienceMetrics({ board }: { board: BoardDocument }) {
  const now = new Date().toISOString();
  const locale = board.workshop.locale;
  const number = (n: number) => formatBoardNumber(n, locale);
  const ratio = pilotsPerProduction(board);
  const conversion = pilotToProduction(board);
  const stalled = stalledPilots(board, now);
  const blockers = blockingFoundations(board).slice(0, 3);
  const governance = boardGovernanceFigures(board, { leaveOutConfidential: true });
  const highImpact = {
    highImpact: governance.highImpact,
    stages: STAGE_IDS.map((s) => ({ label: stageLabel(board.stages, s), count: governance.highImpactByStage[s] })),
  };
  return (
    <section className="audience-metrics" aria-label="Portfolio metrics">
      <div className="audience-figures">
        <div className="audience-figure" data-figure="ratio">
          <span className="figure-number">{ratio === null ? '—' : formatBoardNumber(ratio, locale, 1)}</span>
          <span className="figure-words">pilots per production system</span>
        </div>
        <div className="audience-figure" data-figure="conversion">
          <span className="figure-number">
            {conversion.rate === null ? '—' : `${number(Math.round(conversion.rate * 100))}%`}
          </span>
          <span className="figure-words">
            {conversion.entered
              ? `${number(conversion.reached)} of the ${number(conversion.entered)} that entered pilot reached production`
              : 'no card is known to have entered pilot'}
          </span>
          <MetricNote text={conversionLeftOutNote(conversion, locale)} />
        </div>
        <div className="audience-figure" data-figure="stalled">
          <span className="figure-number">{number(stalled.length)}</span>
          <span className="figure-words">
            stalled pilots (over{' '}
            {counted(board.workshop.stalledAfterDays ?? DEFAULT_STALLED_AFTER_DAYS, 'day', 'days', locale)}, no decision
            in {number(board.workshop.quietForDays ?? DEFAULT_QUIET_FOR_DAYS)})
          </span>
          <MetricNote text={stalledLeftOutNote(undatedPilots(board), locale)} />
        </div>
      </div>
      <h2 className="audience-heatmap-title" id="audience-heatmap-title">
        Mean readiness by stage, 0 (not started) to 4 (scaled)
      </h2>
      <HeatmapTable board={board} className="heatmap audience-heatmap" labelledBy="audience-heatmap-title" />
      {blockers.length ? (
        <p className="audience-blockers">
          Most often below the next gate:{' '}
          {blockers
            .map((b) => `${FOUNDATIONS[b.foundation].label} (${counted(b.cards, 'card', 'cards', locale)})`)
            .join(' · ')}
        </p>
      ) : null}
      {governance.classified ? (
        <div className="audience-blockers audience-governance">
          <span>
            {GOVERNANCE_LABELS.highImpact}: {highImpactByStageWords(highImpact, locale)}
          </span>
          <span>
            {lackingLabel(liveStagesWords(board.stages))}: {number(governance.lackingPractice.length)}
            {governance.unassessed ? ` · ${counted(governance.unassessed, 'card', 'cards', locale)} not assessed` : ''}
            {governance.prohibited.length
              ? ` · ${GOVERNANCE_LABELS.prohibited}: ${number(governance.prohibited.length)}`
              : ''}
          </span>
          <MetricNote text={governanceConfidentialNote(governance.confidential, locale)} />
        </div>
      ) : null}
    </section>
  );
}
