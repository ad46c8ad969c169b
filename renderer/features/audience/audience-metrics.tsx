import '../metrics/metrics.css';
import type { BoardDocument } from '../../../domain';
import {
  blockingFoundations,
  DEFAULT_QUIET_FOR_DAYS,
  DEFAULT_STALLED_AFTER_DAYS,
  FOUNDATION_IDS,
  FOUNDATIONS,
  pilotsPerProduction,
  pilotToProduction,
  readinessHeatmap,
  stageLabel,
  stalledPilots,
  STAGE_IDS,
} from '../../../domain';
import { heatLevel } from '../metrics/heat-level';

/**
 * The metrics the facilitator presents, for the back of the room: the pilot-fatigue figures and the foundation
 * heatmap, from the board as the audience may see it (no value or cost estimates, which a card can keep
 * confidential).
 */
export function AudienceMetrics({ board }: { board: BoardDocument }) {
  const now = new Date().toISOString();
  const ratio = pilotsPerProduction(board);
  const conversion = pilotToProduction(board);
  const stalled = stalledPilots(board, now);
  const heat = readinessHeatmap(board);
  const blockers = blockingFoundations(board).slice(0, 3);
  return (
    <section className="audience-metrics" aria-label="Portfolio metrics">
      <div className="audience-figures">
        <p className="audience-figure">
          <span className="figure-number">{ratio === null ? '—' : ratio.toFixed(1)}</span>
          <span className="figure-words">pilots per production system</span>
        </p>
        <p className="audience-figure">
          <span className="figure-number">
            {conversion.rate === null ? '—' : `${Math.round(conversion.rate * 100)}%`}
          </span>
          <span className="figure-words">
            of the {conversion.entered.toLocaleString('en')} that entered pilot reached production
          </span>
        </p>
        <p className="audience-figure">
          <span className="figure-number">{stalled.length.toLocaleString('en')}</span>
          <span className="figure-words">
            stalled pilots (over {board.workshop.stalledAfterDays ?? DEFAULT_STALLED_AFTER_DAYS} days, no decision in{' '}
            {board.workshop.quietForDays ?? DEFAULT_QUIET_FOR_DAYS})
          </span>
        </p>
      </div>
      <h2 className="audience-heatmap-title" id="audience-heatmap-title">
        Mean readiness by stage, 0 (not started) to 4 (scaled)
      </h2>
      <table className="heatmap audience-heatmap" aria-labelledby="audience-heatmap-title">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            {FOUNDATION_IDS.map((f) => (
              <th key={f} scope="col">
                {FOUNDATIONS[f].label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {STAGE_IDS.map((s) => (
            <tr key={s}>
              <th scope="row">{stageLabel(board.stages, s)}</th>
              {FOUNDATION_IDS.map((f) => {
                const v = heat[s][f];
                return (
                  <td key={f} className={v === null ? 'empty' : `level-${heatLevel(v)}`}>
                    {v === null ? '—' : v.toFixed(1)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {blockers.length ? (
        <p className="audience-blockers">
          Most often below the next gate:{' '}
          {blockers
            .map((b) => `${FOUNDATIONS[b.foundation].label} (${b.cards.toLocaleString('en')} cards)`)
            .join(' · ')}
        </p>
      ) : null}
    </section>
  );
}
