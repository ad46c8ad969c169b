import type { CriterionResult, FoundationId, ReadinessLevel, ReadinessRaise } from '../../../domain';
import { FOUNDATIONS, openPracticesWords, practiceWords, REGIME_LABELS } from '../../../domain';

/**
 * The criteria of the gates a move crosses, each met or unmet with the card's value now. The governance criteria
 * say what is missing one item at a time, as lists a screen reader counts: the regimes the card is not classified
 * under, and each minimum practice not settled with its status and why the practices bind the card.
 */
export function CriteriaList({
  results,
  raise,
  onRaise,
}: {
  results: readonly CriterionResult[];
  raise: ReadinessRaise;
  onRaise: (raise: ReadinessRaise) => void;
}) {
  return (
    <ul className="criteria">
      {results.map((r) => (
        <li key={r.label} className={r.met ? 'met' : 'unmet'}>
          <span className="criterion-mark" aria-hidden="true">
            {r.met ? '✓' : '✗'}
          </span>
          <span className="criterion-label">
            {r.label} <span className="visually-hidden">{r.met ? 'met' : 'not met'}</span>
          </span>
          <span className="criterion-current">{currentWords(r)}</span>
          {r.kind === 'readiness' && r.raisable ? (
            <RaiseButton foundation={r.criterion.foundation} required={r.required} raise={raise} onRaise={onRaise} />
          ) : null}
          <CriterionDetails result={r} />
        </li>
      ))}
    </ul>
  );
}

/** The card's value now; an unmet governance criterion counts what is missing and lists it below. */
function currentWords(r: CriterionResult): string {
  if (r.kind === 'readiness') return `now ${r.current}`;
  if (r.kind === 'classification' && !r.met) return `${r.unassessed.length} not assessed`;
  if (r.kind === 'practices' && !r.met) return openPracticesWords(r.missing.length);
  return r.current;
}

function CriterionDetails({ result: r }: { result: CriterionResult }) {
  if (r.kind === 'classification' && !r.met) {
    const id = 'criterion-unassessed';
    return (
      <div className="criterion-details">
        <p id={id}>Not assessed under:</p>
        <ul aria-labelledby={id}>
          {r.unassessed.map((regime) => (
            <li key={regime}>{REGIME_LABELS[regime]}</li>
          ))}
        </ul>
      </div>
    );
  }
  if (r.kind === 'practices' && r.requiredBy.length > 0) {
    const id = 'criterion-practices-missing';
    return (
      <div className="criterion-details">
        <p>Required by {r.requiredBy.join('; ')}.</p>
        {r.missing.length ? (
          <>
            <p id={id} className="visually-hidden">
              Practices open
            </p>
            <ul aria-labelledby={id}>
              {r.missing.map((m) => (
                <li key={m.practice}>{practiceWords(m.practice, m.status)}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    );
  }
  return null;
}

/** Raises a foundation to the gate's level when the room agrees the evidence is there, and takes the raise back. */
function RaiseButton({
  foundation,
  required,
  raise,
  onRaise,
}: {
  foundation: FoundationId;
  required: ReadinessLevel;
  raise: ReadinessRaise;
  onRaise: (raise: ReadinessRaise) => void;
}) {
  const raised = raise[foundation] !== undefined;
  return (
    <button
      type="button"
      className="button small"
      aria-pressed={raised}
      title={FOUNDATIONS[foundation].rubric[required]}
      onClick={() => {
        const next = { ...raise };
        if (raised) delete next[foundation];
        else next[foundation] = required;
        onRaise(next);
      }}
    >
      {raised ? 'Undo raise' : `Evidence agreed: raise to ${required}`}
    </button>
  );
}
