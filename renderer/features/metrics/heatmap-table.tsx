import type { BoardDocument } from '../../../domain';
import {
  FOUNDATION_IDS,
  FOUNDATIONS,
  formatBoardNumber,
  readinessHeatmap,
  stageLabel,
  STAGE_IDS,
} from '../../../domain';
import { heatLevel } from './heat-level';

/**
 * Mean readiness per stage and foundation, one colour scale where worse looks worse: the same table in the metrics
 * panel and on the projector, its means written in the board's locale.
 */
export function HeatmapTable({
  board,
  className = 'heatmap',
  labelledBy,
}: {
  board: BoardDocument;
  className?: string;
  labelledBy?: string;
}) {
  const heat = readinessHeatmap(board);
  const locale = board.workshop.locale;
  return (
    <table className={className} aria-labelledby={labelledBy}>
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
                  {v === null ? '—' : formatBoardNumber(v, locale, 1)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
