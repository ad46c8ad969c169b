import type { BoardDocument, Regime } from '../../../domain';
import { boardRegimes, REGIME_LABELS, REGIMES } from '../../../domain';

/**
 * Which regulatory regimes the board classifies its use cases under: a European board need not see the US fields.
 * A board that never chose has the defaults (boardRegimes); the first change writes the choice down.
 */
export function RegimeSettings({
  workshop,
  onChange,
}: {
  workshop: BoardDocument['workshop'];
  onChange: (workshop: BoardDocument['workshop']) => void;
}) {
  const chosen = boardRegimes({ workshop });
  const toggle = (regime: Regime, on: boolean) => {
    const regimes = REGIMES.filter((r) => (r === regime ? on : chosen.includes(r)));
    onChange({ ...workshop, regimes });
  };
  return (
    <>
      <h3 id="setup-regimes">Regulatory regimes</h3>
      <div className="setup-regimes" role="group" aria-labelledby="setup-regimes" aria-describedby="setup-regimes-hint">
        {REGIMES.map((regime) => (
          <label key={regime}>
            <input
              type="checkbox"
              checked={chosen.includes(regime)}
              onChange={(e) => toggle(regime, e.target.checked)}
            />{' '}
            {REGIME_LABELS[regime]}
          </label>
        ))}
      </div>
      <p id="setup-regimes-hint" className="field-hint">
        The cards are classified under the regimes ticked here. A regime the board does not use hides its fields, and
        the gates do not ask for it; a classification already on a card is kept.
        {chosen.length === 0 ? ' With none ticked, the gates’ classification and practices criteria ask nothing.' : ''}
      </p>
    </>
  );
}
