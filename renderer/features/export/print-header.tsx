import './export.css';
import { PortfolioHeadline } from '../board/portfolio-headline';
import type { BoardDocument } from '../../../domain';
import { FOUNDATION_IDS, FOUNDATIONS, levelWords, READINESS_LEVELS } from '../../../domain';

/** Shown only on paper: the board's title, the date and a legend of the readiness strip. */
export function PrintHeader({ board }: { board: BoardDocument }) {
  return (
    <div className="print-header" aria-hidden="true">
      <div>
        <h1>{board.title}</h1>
        <p>
          {new Date().toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' })} ·{' '}
          <PortfolioHeadline board={board} />
        </p>
      </div>
      <div className="print-legend">
        <p>
          Readiness, left to right:{' '}
          {FOUNDATION_IDS.map((f) => `${FOUNDATIONS[f].short} ${FOUNDATIONS[f].label}`).join(' · ')}
        </p>
        <p className="legend-levels">
          {READINESS_LEVELS.map((level) => (
            <span key={level} className={`readiness-cell level-${level}`}>
              {levelWords(level)}
            </span>
          ))}
        </p>
      </div>
    </div>
  );
}
