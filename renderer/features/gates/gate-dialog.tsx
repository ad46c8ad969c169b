import './gates.css';
import { useState } from 'react';
import type { DecisionKind, ReadinessRaise, StageId } from '../../../domain';
import {
  actionsRequired,
  decisionRefusal,
  findInitiative,
  moveOptions,
  newId,
  rationaleRequired,
  stageLabel,
  suggestedActionsByCriterion,
} from '../../../domain';
import type { ActionDraft } from '../actions/action-drafts';
import { ActionDraftRows, toNewActions, withoutMetSuggestions } from '../actions/action-drafts';
import { DiscardConfirm } from '../../components/discard-confirm';
import { ModalDialog } from '../../components/modal-dialog';
import { cardHandle } from '../../components/return-focus';
import { useBoardStore } from '../../store/board-store';
import { CriteriaList } from './criteria-list';

/**
 * The room decides on a move across a gate: the gate's criteria, each met or unmet with the card's value now;
 * readiness raised here when the room agrees the evidence is there; and the decision, with a rationale where one
 * is needed, and the actions it leaves behind. Cancel changes nothing. What is offered and what may be recorded is the domain's (gate-decisions.ts).
 */
export function GateDialog() {
  const pending = useBoardStore((s) => s.pendingMove);
  const board = useBoardStore((s) => s.board);
  const decide = useBoardStore((s) => s.decide);
  const cancel = () => useBoardStore.getState().proposeMove(null);
  const [raise, setRaise] = useState<ReadinessRaise>({});
  const [kind, setKind] = useState<DecisionKind | null>(null);
  const [rationale, setRationale] = useState('');
  const [by, setBy] = useState(board?.workshop.facilitator ?? '');
  // Null until the room edits the actions: until then they follow the decision and the unmet criteria.
  const [edited, setEdited] = useState<ActionDraft[] | null>(null);
  // Escape after the room has written something asks first: a stray key never throws a decision away.
  const [confirming, setConfirming] = useState(false);
  const initiative = board && pending ? findInitiative(board, pending.id) : undefined;
  if (!pending || !board || !initiative) return null;

  const label = (stage: StageId | string) => stageLabel(board.stages, stage);
  const asked = moveOptions(board, initiative, pending.to, raise);
  const { move, results, options } = asked;
  const unmet = results.filter((r) => !r.met).length;
  const chosen = kind ?? asked.preselected;
  const firstOpen = options.find((o) => o.open)?.kind;
  const needsRationale = chosen !== null && rationaleRequired(chosen, move);
  // Why Record is disabled is said beside it, in its tooltip and to screen readers.
  const required = actionsRequired(chosen);
  const newDraft = (key = newId()): ActionDraft => ({ key, title: '', owner: initiative.owner ?? '' });
  // A decision that needs actions starts from those offered for the unmet criteria (one per regime not assessed and
  // per practice missing, one for any other), or one blank row when every one is met.
  const suggested = suggestedActionsByCriterion(initiative, results).map(
    ({ action: as, criterion }, i): ActionDraft => ({
      ...as,
      key: `suggested-${i}`,
      suggested: { criterion, as },
    }),
  );
  // Rows the room edited stay; a row offered for a criterion the room has since met by raising it goes.
  const met = new Set(results.filter((r) => r.met).map((r) => r.label));
  const drafts = edited
    ? withoutMetSuggestions(edited, met)
    : required
      ? suggested.length
        ? suggested
        : [newDraft('blank')]
      : [];
  const actions = toNewActions(drafts);
  const refusal = decisionRefusal(asked, { kind: chosen, rationale, actions });
  const title =
    move === 'forward'
      ? `${label(initiative.stage)} → ${label(pending.to)}`
      : move === 'stop'
        ? `Stop from ${label(initiative.stage)}`
        : `${label(initiative.stage)} → ${label(pending.to)} (${move === 'backward' ? 'back' : 'restart'})`;

  const record = () => {
    if (!chosen || refusal) return;
    decide({ kind: chosen, rationale: rationale.trim() || undefined, by: by.trim() || undefined, raise, actions });
  };

  const written = rationale.trim() !== '' || edited !== null || Object.keys(raise).length > 0;
  const escape = () => (written ? setConfirming(!confirming) : cancel());

  return (
    // Escape cancels the move, as Cancel does (asking first when the room wrote something): nothing is recorded,
    // and the card stays where it was.
    <ModalDialog
      labelledBy="gate-title"
      describedBy={asked.blocked ? 'gate-card gate-blocked' : 'gate-card'}
      onCancel={escape}
      fallbackFocus={() => cardHandle(initiative.id)}
    >
      <div className="modal gate-dialog">
        <p className="gate-kicker">{title}</p>
        <h2 id="gate-title">Gate decision: {initiative.title}</h2>
        <p id="gate-card" className="muted">
          {[initiative.owner, initiative.businessUnit].filter(Boolean).join(' · ') || 'No owner or unit yet'}
        </p>
        {asked.blocked ? (
          // Part of the dialog's description, so a screen reader says it as the dialog opens.
          <p id="gate-blocked" className="gate-blocked">
            <strong>Prohibited use case.</strong> {asked.blocked}
          </p>
        ) : null}
        {move === 'forward' ? (
          <section aria-labelledby="gate-criteria-title">
            <h3 id="gate-criteria-title">Criteria {unmet === 0 ? '— all met' : `— ${unmet} unmet`}</h3>
            {results.length === 0 ? <p className="muted">This gate has no criteria.</p> : null}
            <CriteriaList results={results} raise={raise} onRaise={setRaise} />
          </section>
        ) : null}
        <fieldset className="decision-choices">
          <legend>Decision</legend>
          {options.map((option) => (
            <label key={option.kind} className={`decision-choice${option.open ? '' : ' disabled'}`}>
              <input
                type="radio"
                name="decision"
                value={option.kind}
                checked={chosen === option.kind}
                // Focus starts on the decision the room is asked for: the one suggested, else the first open one.
                data-autofocus={option.kind === (chosen ?? firstOpen) ? '' : undefined}
                disabled={!option.open}
                onChange={() => setKind(option.kind)}
              />
              <span>
                <strong>{option.label}</strong>
                <span className="muted"> — {option.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="field-row gate-why">
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
        </div>
        <ActionDraftRows drafts={drafts} required={required} newDraft={newDraft} onChange={setEdited} />
        {confirming ? (
          <DiscardConfirm
            question={`Discard this decision? Nothing is recorded, and the card stays in ${label(initiative.stage)}.`}
            onDiscard={cancel}
            onKeep={() => setConfirming(false)}
          />
        ) : null}
        <div className="modal-actions">
          {refusal ? (
            <p id="gate-refusal" className="gate-refusal">
              {refusal.message}
            </p>
          ) : null}
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
          <button
            type="button"
            className="button primary"
            disabled={refusal !== null}
            title={refusal?.message}
            aria-describedby={refusal ? 'gate-refusal' : undefined}
            onClick={record}
          >
            Record decision
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
