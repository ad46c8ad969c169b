import type { Readiness } from '../../../domain';
import { FOUNDATION_IDS, FOUNDATIONS, levelWords } from '../../../domain';

/** Six cells, one per foundation, each showing its readiness level 0–4 by number and by colour. */
export function ReadinessStrip({ readiness }: { readiness: Readiness }) {
  const summary = FOUNDATION_IDS.map((f) => `${FOUNDATIONS[f].label} ${readiness[f]}`).join(', ');
  return (
    <div className="readiness-strip" role="img" aria-label={`Readiness: ${summary}`}>
      {FOUNDATION_IDS.map((f) => (
        <span
          key={f}
          className={`readiness-cell level-${readiness[f]}`}
          title={`${FOUNDATIONS[f].label}: ${levelWords(readiness[f])}`}
        >
          <span className="readiness-label">{FOUNDATIONS[f].short}</span>
          <span className="readiness-level">{readiness[f]}</span>
        </span>
      ))}
    </div>
  );
}
