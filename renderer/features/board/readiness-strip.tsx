import type { Readiness } from '../../../domain';
import { FOUNDATION_IDS, FOUNDATIONS, READINESS_LEVEL_LABELS } from '../../../domain';

/** Six cells, one per foundation, each showing its readiness level 0–4 by number and by colour. */
export function ReadinessStrip({ readiness }: { readiness: Readiness }) {
  const summary = FOUNDATION_IDS.map((f) => `${FOUNDATIONS[f].label} ${readiness[f]}`).join(', ');
  return (
    <div className="readiness-strip" role="img" aria-label={`Readiness: ${summary}`}>
      {FOUNDATION_IDS.map((f) => (
        <span
          key={f}
          className={`readiness-cell level-${readiness[f]}`}
          title={`${FOUNDATIONS[f].label}: ${readiness[f]} ${READINESS_LEVEL_LABELS[readiness[f]]}`}
        >
          <span className="readiness-label">{FOUNDATIONS[f].short}</span>
          <span className="readiness-level">{readiness[f]}</span>
        </span>
      ))}
    </div>
  );
}
