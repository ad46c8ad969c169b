import './gates.css';
import { useState } from 'react';
import type { StageId, DecisionKind, FoundationId, ReadinessLevel } from '../../../domain';
import {
  classifyMove,
  DECISION_LABELS,
  destinationOf,
  evaluateMove,
  FOUNDATIONS,
  rationaleRequired,
  READINESS_LEVEL_LABELS,
  stageLabel,
} from '../../../domain';
import { useBoardStore } from '../../store/board-store';

const FORWARD_CHOICES: { kind: DecisionKind; hint: string }[] = [
  { kind: 'go', hint: 'Every criterion is met.' },
  { kind: 'go-with-exception', hint: 'Move on although criteria are unmet; the unmet ones are recorded.' },
  { kind: 'hold', hint: 'Stay in the current stage for now.' },
  { kind: 'recycle', hint: 'Go back one stage to rework.' },
  { kind: 'stop', hint: 'Stop the initiative; it is kept for the record.' },
];

/**
 * The room decides on a move across a gate: the gate's criteria, each met or unmet with the card's value now;
 * readiness raised here when the room agrees the evidence is there; and the decision, with a rationale where one
 * is needed. Cancel changes nothing.
 */
export function GateDialog() {
  const pending = useBoardStore((s) => s.pendingMove);
  const board = useBoardStore((s) => s.board);
  const decide = useBoardStore((s) => s.decide);
  const cancel = () => useBoardStore.getState().proposeMove(null);
  const [raise, setRaise] = useState<Partial<Record<FoundationId, ReadinessLevel>>>({});
  const [kind, setKind] = useState<DecisionKind | null>(null);
  const [rationale, setRationale] = useState('');
  const [by, setBy] = useState(board?.workshop.facilitator ?? '');
  const initiative = board?.initiatives.find((i) => i.id === pending?.id);
  if (!pending || !board || !initiative) return null;

  const label = (stage: StageId | string) => stageLabel(board.stages, stage);
  const move = classifyMove(initiative.stage, pending.to);
  const raised = { ...initiative, readiness: { ...initiative.readiness, ...raise } };
  const results = evaluateMove(board, raised, pending.to);
  const allMet = results.every((r) => r.met);
  const choices: { kind: DecisionKind; hint: string }[] =
    move === 'forward'
      ? FORWARD_CHOICES
      : [
          {
            kind: move === 'stop' ? 'stop' : 'move',
            hint:
              move === 'stop' ? 'Stop the initiative; it is kept for the record.' : `Move it to ${label(pending.to)}.`,
          },
        ];
  const chosen = kind ?? (move === 'forward' ? (allMet ? 'go' : null) : choices[0]!.kind);
  const needsRationale = chosen !== null && rationaleRequired(chosen, move);
  const blocked = chosen === 'go' && !allMet;
  const canRecord = chosen !== null && !blocked && (!needsRationale || rationale.trim() !== '');
  const title =
    move === 'forward'
      ? `${label(initiative.stage)} → ${label(pending.to)}`
      : move === 'stop'
        ? `Stop from ${label(initiative.stage)}`
        : `${label(initiative.stage)} → ${label(pending.to)} (${move === 'backward' ? 'back' : 'restart'})`;

  const record = () => {
    if (!chosen || !canRecord) return;
    decide({ kind: chosen, rationale: rationale.trim() || undefined, by: by.trim() || undefined, raise });
  };

  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && cancel()}>
      <div
        className="modal gate-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="gate-title"
        aria-describedby="gate-card"
      >
        <p className="gate-kicker">{title}</p>
        <h2 id="gate-title">Gate decision: {initiative.title}</h2>
        <p id="gate-card" className="muted">
          {[initiative.owner, initiative.businessUnit].filter(Boolean).join(' · ') || 'No owner or unit yet'}
        </p>
        {move === 'forward' ? (
          <section aria-labelledby="gate-criteria-title">
            <h3 id="gate-criteria-title">
              Criteria {allMet ? '— all met' : `— ${results.filter((r) => !r.met).length} unmet`}
            </h3>
            {results.length === 0 ? <p className="muted">This gate has no criteria.</p> : null}
            <ul className="criteria">
              {results.map((r) => {
                const readiness = r.criterion.kind === 'readiness' ? r.criterion : null;
                const wasUnmet = readiness ? initiative.readiness[readiness.foundation] < readiness.min : false;
                return (
                  <li key={r.label} className={r.met ? 'met' : 'unmet'}>
                    <span className="criterion-mark" aria-hidden="true">
                      {r.met ? '✓' : '✗'}
                    </span>
                    <span className="criterion-label">
                      {r.label} <span className="visually-hidden">{r.met ? 'met' : 'not met'}</span>
                    </span>
                    <span className="criterion-current">
                      {readiness
                        ? `now ${r.current} ${READINESS_LEVEL_LABELS[Number(r.current) as ReadinessLevel]}`
                        : r.met
                          ? r.current
                          : 'not set'}
                    </span>
                    {readiness && wasUnmet ? (
                      <button
                        type="button"
                        className="button small"
                        aria-pressed={raise[readiness.foundation] !== undefined}
                        title={FOUNDATIONS[readiness.foundation].rubric[readiness.min]}
                        onClick={() => {
                          const next = { ...raise };
                          if (next[readiness.foundation] !== undefined) delete next[readiness.foundation];
                          else next[readiness.foundation] = readiness.min;
                          setRaise(next);
                        }}
                      >
                        {raise[readiness.foundation] !== undefined
                          ? 'Undo raise'
                          : `Evidence agreed: raise to ${readiness.min}`}
                      </button>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}
        <fieldset className="decision-choices">
          <legend>Decision</legend>
          {choices.map((choice) => {
            const disabled = choice.kind === 'go' && !allMet;
            return (
              <label key={choice.kind} className={`decision-choice${disabled ? ' disabled' : ''}`}>
                <input
                  type="radio"
                  name="decision"
                  value={choice.kind}
                  checked={chosen === choice.kind}
                  disabled={disabled}
                  onChange={() => setKind(choice.kind)}
                />
                <span>
                  <strong>
                    {choice.kind === 'recycle'
                      ? `Recycle (back to ${label(destinationOf('recycle', initiative.stage, pending.to))})`
                      : DECISION_LABELS[choice.kind]}
                  </strong>
                  <span className="muted"> — {disabled ? 'not every criterion is met.' : choice.hint}</span>
                </span>
              </label>
            );
          })}
        </fieldset>
        <div className="field">
          <label htmlFor="gate-rationale">Rationale{needsRationale ? ' (required)' : ''}</label>
          <textarea
            id="gate-rationale"
            rows={2}
            value={rationale}
            onChange={(e) => setRationale(e.target.value)}
            aria-required={needsRationale}
          />
        </div>
        <div className="field">
          <label htmlFor="gate-by">Decided by</label>
          <input id="gate-by" value={by} onChange={(e) => setBy(e.target.value)} placeholder="e.g. Portfolio board" />
        </div>
        <div className="modal-actions">
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
          <button type="button" className="button primary" disabled={!canRecord} onClick={record}>
            Record decision
          </button>
        </div>
      </div>
    </div>
  );
}
