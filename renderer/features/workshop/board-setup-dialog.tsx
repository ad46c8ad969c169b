import './workshop.css';
import { useState } from 'react';
import type { StageId, BoardDocument, Gate, GateCriterion, ReadinessLevel } from '../../../domain';
import {
  describeCriterion,
  FOUNDATION_IDS,
  FOUNDATIONS,
  DEFAULT_QUIET_FOR_DAYS,
  DEFAULT_STALLED_AFTER_DAYS,
  gateFieldSchema,
  localeChoiceLabel,
  OFFERED_LOCALES,
  READINESS_LEVELS,
  stageLabel,
} from '../../../domain';
import { DiscardConfirm } from '../../components/discard-confirm';
import { ModalDialog } from '../../components/modal-dialog';
import { useBoardStore } from '../../store/board-store';
import { RegimeSettings } from './regime-settings';

const FIELDS = gateFieldSchema.options;
/** The criteria that take no parameter: a field to fill in, or a governance check. */
type PlainCriterion = Exclude<GateCriterion, { kind: 'readiness' }>;
const PLAIN_CRITERIA: readonly PlainCriterion[] = [
  ...FIELDS.map((field) => ({ kind: 'field' as const, field })),
  { kind: 'classification' },
  { kind: 'practices' },
];
const sameCriterion = (a: GateCriterion, b: PlainCriterion) =>
  a.kind === b.kind && (a.kind !== 'field' || b.kind !== 'field' || a.field === b.field);

/** The date each locale choice is shown with, so the room sees which way round day and month go. */
const LOCALE_SAMPLE_DATE = '2025-03-04T00:00:00.000Z';

/** The board's setup, edited as a draft and saved in one undoable change: columns, gates and workshop settings. */
export function BoardSetupDialog() {
  const board = useBoardStore((s) => s.board)!;
  const close = () => useBoardStore.getState().setSetupOpen(false);
  const [draft, setDraft] = useState<BoardDocument>(board);
  const [confirming, setConfirming] = useState(false);
  // Every edit makes a new draft; the first Escape after one asks before the edits are thrown away.
  const escape = () => (draft === board ? close() : setConfirming(!confirming));
  const label = (stage: StageId | string) => stageLabel(draft.stages, stage);

  const setGate = (index: number, gate: Gate) =>
    setDraft({ ...draft, gates: draft.gates.map((g, i) => (i === index ? gate : g)) });
  const setMin = (index: number, foundation: (typeof FOUNDATION_IDS)[number], min: number) => {
    const gate = draft.gates[index]!;
    const others = gate.criteria.filter((c) => !(c.kind === 'readiness' && c.foundation === foundation));
    const criteria: GateCriterion[] =
      min > 0 ? [...others, { kind: 'readiness', foundation, min: min as ReadinessLevel }] : others;
    setGate(index, { ...gate, criteria });
  };
  const toggleCriterion = (index: number, criterion: PlainCriterion) => {
    const gate = draft.gates[index]!;
    const has = gate.criteria.some((c) => sameCriterion(c, criterion));
    setGate(index, {
      ...gate,
      criteria: has ? gate.criteria.filter((c) => !sameCriterion(c, criterion)) : [...gate.criteria, criterion],
    });
  };
  const save = () => {
    useBoardStore.getState().updateBoard({ stages: draft.stages, gates: draft.gates, workshop: draft.workshop });
    close();
  };
  const number = (value: string) => (value.trim() === '' ? undefined : Math.max(1, Math.round(Number(value)) || 1));

  return (
    <ModalDialog labelledBy="setup-title" onCancel={escape}>
      <div className="modal setup">
        <h2 id="setup-title">Board setup</h2>
        <div className="setup-body">
          <section aria-labelledby="setup-columns">
            <h3 id="setup-columns">Columns</h3>
            <table className="setup-table">
              <thead>
                <tr>
                  <th scope="col">Label</th>
                  <th scope="col">Shown</th>
                  <th scope="col">Soft WIP limit</th>
                </tr>
              </thead>
              <tbody>
                {draft.stages.map((stage, i) => (
                  <tr key={stage.id}>
                    <td>
                      <input
                        aria-label={`Label of the ${stage.id} column`}
                        value={stage.label}
                        onChange={(e) =>
                          setDraft({
                            ...draft,
                            stages: draft.stages.map((s, j) => (j === i ? { ...s, label: e.target.value } : s)),
                          })
                        }
                      />
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Show ${stage.label}`}
                        checked={stage.visible}
                        onChange={(e) =>
                          setDraft({
                            ...draft,
                            stages: draft.stages.map((s, j) => (j === i ? { ...s, visible: e.target.checked } : s)),
                          })
                        }
                      />
                    </td>
                    <td>
                      <input
                        type="number"
                        min={1}
                        aria-label={`WIP limit of ${stage.label}`}
                        value={stage.wipLimit ?? ''}
                        placeholder="none"
                        onChange={(e) => {
                          const wipLimit = number(e.target.value);
                          setDraft({
                            ...draft,
                            stages: draft.stages.map((s, j) => {
                              if (j !== i) return s;
                              const { wipLimit: _old, ...rest } = s;
                              return wipLimit ? { ...rest, wipLimit } : rest;
                            }),
                          });
                        }}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3>Dates and numbers</h3>
            <div className="field">
              <label htmlFor="board-locale">Written as</label>
              <select
                id="board-locale"
                value={draft.workshop.locale ?? ''}
                onChange={(e) => {
                  const { locale: _old, ...rest } = draft.workshop;
                  setDraft({ ...draft, workshop: e.target.value ? { ...rest, locale: e.target.value } : rest });
                }}
              >
                <option value="">This computer’s: {localeChoiceLabel(undefined, LOCALE_SAMPLE_DATE)}</option>
                {[...new Set([...OFFERED_LOCALES, ...(draft.workshop.locale ? [draft.workshop.locale] : [])])].map(
                  (locale) => (
                    <option key={locale} value={locale}>
                      {localeChoiceLabel(locale, LOCALE_SAMPLE_DATE)}
                    </option>
                  ),
                )}
              </select>
            </div>
            <h3>Stalled pilots</h3>
            <div className="field-row">
              <div className="field">
                <label htmlFor="stalled-after">Days in Pilot</label>
                <input
                  id="stalled-after"
                  type="number"
                  min={1}
                  value={draft.workshop.stalledAfterDays ?? DEFAULT_STALLED_AFTER_DAYS}
                  onChange={(e) =>
                    setDraft({ ...draft, workshop: { ...draft.workshop, stalledAfterDays: number(e.target.value) } })
                  }
                />
              </div>
              <div className="field">
                <label htmlFor="quiet-for">No decision for (days)</label>
                <input
                  id="quiet-for"
                  type="number"
                  min={1}
                  value={draft.workshop.quietForDays ?? DEFAULT_QUIET_FOR_DAYS}
                  onChange={(e) =>
                    setDraft({ ...draft, workshop: { ...draft.workshop, quietForDays: number(e.target.value) } })
                  }
                />
              </div>
            </div>
            <RegimeSettings workshop={draft.workshop} onChange={(workshop) => setDraft({ ...draft, workshop })} />
          </section>
          <section aria-labelledby="setup-gates">
            <h3 id="setup-gates">Gates</h3>
            {draft.gates.map((gate, index) => (
              <fieldset key={`${gate.from}-${gate.to}`} className="gate-editor">
                <legend>
                  {label(gate.from)} → {label(gate.to)}
                </legend>
                <div className="gate-minimums">
                  {FOUNDATION_IDS.map((f) => {
                    const current = gate.criteria.find((c) => c.kind === 'readiness' && c.foundation === f);
                    return (
                      <label key={f}>
                        {FOUNDATIONS[f].label} ≥{' '}
                        <select
                          value={current?.kind === 'readiness' ? current.min : 0}
                          onChange={(e) => setMin(index, f, Number(e.target.value))}
                        >
                          <option value={0}>—</option>
                          {READINESS_LEVELS.filter((l) => l > 0).map((l) => (
                            <option key={l} value={l}>
                              {l}
                            </option>
                          ))}
                        </select>
                      </label>
                    );
                  })}
                </div>
                <div className="gate-fields">
                  {PLAIN_CRITERIA.map((criterion) => (
                    <label key={describeCriterion(criterion)}>
                      <input
                        type="checkbox"
                        checked={gate.criteria.some((c) => sameCriterion(c, criterion))}
                        onChange={() => toggleCriterion(index, criterion)}
                      />{' '}
                      {describeCriterion(criterion)}
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
          </section>
        </div>
        {confirming ? (
          <DiscardConfirm
            question="Discard your changes to the setup?"
            onDiscard={close}
            onKeep={() => setConfirming(false)}
          />
        ) : null}
        <div className="modal-actions">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="button" className="button primary" onClick={save}>
            Save setup
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
