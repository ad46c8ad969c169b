import type { FigureRow } from '../../../domain';
import { STAGE_IDS } from '../../../domain';

/** The pilot-fatigue figures, each a tile; then the counts, a table of the initiatives in all and per stage. */
const HEADLINE_KEYS = ['pilots-per-production', 'conversion', 'stalled-pilots'] as const;
const COUNT_KEYS = ['initiatives', ...STAGE_IDS] as const;

/**
 * One headline figure as it was and as it is, "Then 3.5  Now 2.8", the now the larger: the Compare view and the
 * projector's Changes each lay it out in their own type (`className` names the box; its parts are `figure-then`,
 * `figure-now` and `figure-when`).
 */
export function ThenNowFigure({ figure, className }: { figure: FigureRow; className: string }) {
  return (
    <dl className={className} data-figure={figure.key}>
      <dt>{figure.label}</dt>
      <dd>
        <span className="figure-then">
          <span className="figure-when">Then</span> {figure.then}
        </span>
        <span className="figure-now">
          <span className="figure-when">Now</span> {figure.now}
        </span>
      </dd>
    </dl>
  );
}

/**
 * The headline figures then and now as the Compare view and the projector both show them: the three pilot-fatigue
 * tiles (`<prefix>-headline`, each a `<prefix>-figure`), then the counts per stage (`<prefix>-counts`, its now row
 * `figures-now`). A figure the rows do not hold is left out rather than drawn empty.
 */
export function ThenNowFigures({ figures, prefix }: { figures: readonly FigureRow[]; prefix: string }) {
  const rows = new Map(figures.map((f) => [f.key, f]));
  const counts = COUNT_KEYS.filter((key) => rows.has(key));
  return (
    <>
      <div className={`${prefix}-headline`}>
        {HEADLINE_KEYS.map((key) => {
          const figure = rows.get(key);
          return figure ? <ThenNowFigure key={key} figure={figure} className={`${prefix}-figure`} /> : null;
        })}
      </div>
      <table className={`${prefix}-counts`}>
        <caption className="visually-hidden">Initiatives per stage, then and now</caption>
        <thead>
          <tr>
            <td />
            {counts.map((key) => (
              <th key={key} scope="col">
                {rows.get(key)!.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Then</th>
            {counts.map((key) => (
              <td key={key}>{rows.get(key)!.then}</td>
            ))}
          </tr>
          <tr className="figures-now">
            <th scope="row">Now</th>
            {counts.map((key) => (
              <td key={key}>{rows.get(key)!.now}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </>
  );
}
