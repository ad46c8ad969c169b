import type { Readiness } from '../../../domain';
import { FOUNDATION_IDS, FOUNDATIONS, levelWords } from '../../../domain';

/** Six cells, one per foundation, each showing its readiness level 0–4 by number and by colour. */
export function ReadinessStrip({ readiness, id, hidden }: { readiness: Readiness; id?: string; hidden?: boolean }) {
  const summary = FOUNDATION_IDS.map((f) => `${FOUNDATIONS[f].label} ${readiness[f]}`).join(', ');
  return (
    <div id={id} className="readiness-strip" aria-hidden={hidden} role="img" aria-label={`Readiness: ${summary}`}>
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
