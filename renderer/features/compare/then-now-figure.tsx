import type { FigureRow } from '../../../domain';

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
