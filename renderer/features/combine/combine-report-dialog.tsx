import './combine.css';
import { useState } from 'react';
import { counted, describeCombine, COMBINE_RULE_NAMES } from '../../../domain';
import { ModalDialog } from '../../components/modal-dialog';
import { useBoardStore } from '../../store/board-store';
import type { ReportOutcome } from './combine-commands';
import { copyCombineReport, saveCombineReport } from './combine-commands';

/**
 * What the combine that made this board did: its sources, notes, the rules applied and every conflict, with each
 * board's value and the value kept. A combine of big boards can list thousands, so the body scrolls and the
 * heading counts them. The same words as `scaleboard combine` prints (domain/describe-combine.ts), which Copy
 * report puts on the clipboard and Save report… in a text file: the report is gone once the dialog closes, and the
 * board keeps only a line about it in its workshop notes.
 */
export function CombineReportDialog() {
  const report = useBoardStore((s) => s.combineReport)!;
  const close = () => useBoardStore.getState().setCombineReport(null);
  const [outcome, setOutcome] = useState<ReportOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<ReportOutcome | null>) => {
    setBusy(true);
    try {
      const done = await action();
      if (done) setOutcome(done);
    } catch (error) {
      setOutcome({ ok: false, text: `The report could not be kept: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  };
  const described = describeCombine(report);
  const byField = new Map<string, number>();
  for (const conflict of report.conflicts) byField.set(conflict.field, (byField.get(conflict.field) ?? 0) + 1);

  return (
    <ModalDialog labelledBy="combine-title" describedBy="combine-summary" onCancel={close}>
      <div className="modal combine-report">
        <header className="combine-header">
          <h2 id="combine-title">Combined {counted(report.sources.length, 'board')}</h2>
          <p role="status" className={`combine-outcome${outcome && !outcome.ok ? ' error' : ''}`}>
            {outcome?.text}
          </p>
          <div className="combine-actions">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => run(() => copyCombineReport(report))}
            >
              Copy report
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => run(() => saveCombineReport(report))}
            >
              Save report…
            </button>
            <button type="button" className="button" onClick={close} data-autofocus>
              Close
            </button>
          </div>
        </header>
        <p id="combine-summary" className="combine-summary">
          {described.summary} The combined board is new and not saved yet: use Save As… to keep it. Each card names its
          boards in its “Source board” field. This report closes with the dialog: copy or save it to keep every
          conflict.
        </p>
        {/* Focusable, so that the arrow keys and Page Down scroll it for someone who does not use a mouse. */}
        <div className="combine-body" tabIndex={0} role="region" aria-label="Combine report">
          <section aria-labelledby="combine-sources">
            <h3 id="combine-sources">Sources</h3>
            <ul>
              {described.sources.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </section>
          {described.notes.length ? (
            <section aria-labelledby="combine-notes">
              <h3 id="combine-notes">Notes</h3>
              <ul>
                {described.notes.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {described.rules.length ? (
            <section aria-labelledby="combine-rules">
              <h3 id="combine-rules">Rules applied</h3>
              <ul>
                {described.rules.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="combine-conflicts">
            <h3 id="combine-conflicts">Conflicts ({report.conflicts.length.toLocaleString()})</h3>
            {report.conflicts.length ? (
              <>
                <p className="combine-by-field">
                  {[...byField].map(([field, count]) => `${field} ${count.toLocaleString()}`).join(' · ')}
                </p>
                <table className="combine-conflicts">
                  <colgroup>
                    <col className="col-card" />
                    <col className="col-field" />
                    <col className="col-values" />
                    <col className="col-kept" />
                    <col className="col-rule" />
                  </colgroup>
                  <thead>
                    <tr>
                      <th scope="col">Card</th>
                      <th scope="col">Field</th>
                      <th scope="col">Each board’s value</th>
                      <th scope="col">Kept</th>
                      <th scope="col">Rule</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.conflicts.map((conflict, index) => (
                      <tr key={index}>
                        <td>
                          {conflict.card.title}
                          {conflict.card.ref ? <span className="combine-ref"> {conflict.card.ref}</span> : null}
                        </td>
                        <td>{conflict.field}</td>
                        <td>
                          <ul>
                            {conflict.values.map((value, i) => (
                              <li key={i}>
                                <span className="combine-source">{value.source}:</span> {value.value}
                              </li>
                            ))}
                          </ul>
                        </td>
                        <td className="combine-kept">{conflict.kept}</td>
                        <td title={conflict.ruleText}>{COMBINE_RULE_NAMES[conflict.rule]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            ) : (
              <p>None: where the boards have the same card, they agree on it.</p>
            )}
          </section>
        </div>
      </div>
    </ModalDialog>
  );
}
