import './actions.css';
import { useRef } from 'react';
import { flushSync } from 'react-dom';
import type { NewAction } from '../../../domain';
import { useToday } from '../../lib/use-today';

/** An action the gate dialog is writing, before the decision records it; `key` keeps a row's fields in place. */
export interface ActionDraft extends NewAction {
  key: string;
  /** For a row offered from an unmet criterion: that criterion, and the row as it was offered. */
  suggested?: { criterion: string; as: NewAction };
}

/** Text fields hold '' where the action has no value; the domain drops blanks when it records them. */
export function toNewActions(drafts: readonly ActionDraft[]): NewAction[] {
  return drafts.map(({ key: _key, suggested: _suggested, ...action }) => action);
}

/**
 * The rows still worth recording once the room has raised readiness in the dialog: a row offered for a criterion
 * that is now met goes, unless the room changed it (then it is the room's own action, and stays).
 */
export function withoutMetSuggestions(drafts: readonly ActionDraft[], met: ReadonlySet<string>): ActionDraft[] {
  return drafts.filter((draft) => {
    const offered = draft.suggested;
    if (!offered || !met.has(offered.criterion)) return true;
    const { key: _key, suggested: _suggested, ...now } = draft;
    const same = (field: keyof NewAction) => (now[field] ?? '') === (offered.as[field] ?? '');
    return !(same('title') && same('owner') && same('due'));
  });
}

/**
 * The actions a decision leaves behind, one row each: title, owner, due day and a remove button. The owner of
 * the rows (the gate dialog) holds the list; every change here hands a new list back.
 */
export function ActionDraftRows({
  drafts,
  required,
  newDraft,
  onChange,
}: {
  drafts: readonly ActionDraft[];
  /** Whether the decision needs at least one: the legend says so. */
  required: boolean;
  /** A blank row for "Add action", with what is known (the card's owner). */
  newDraft: () => ActionDraft;
  onChange: (drafts: ActionDraft[]) => void;
}) {
  const today = useToday();
  const edit = (key: string, patch: Partial<NewAction>) =>
    onChange(drafts.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  const ref = useRef<HTMLFieldSetElement>(null);
  // The removed row took the focused button with it: focus goes to the row that takes its place, or to Add.
  const remove = (index: number) => {
    flushSync(() => onChange(drafts.filter((_, i) => i !== index)));
    const titles = ref.current?.querySelectorAll<HTMLInputElement>('.action-draft-title');
    (titles?.[index] ?? ref.current?.querySelector<HTMLButtonElement>('.add-action-draft'))?.focus();
  };
  // A new row takes the focus at its title: typing goes there, never into presses of the Add button.
  const add = () => {
    flushSync(() => onChange([...drafts, newDraft()]));
    const titles = ref.current?.querySelectorAll<HTMLInputElement>('.action-draft-title');
    titles?.[titles.length - 1]?.focus();
  };
  return (
    <fieldset ref={ref} className="action-drafts">
      <legend>Actions{required ? ' (at least one)' : ''}</legend>
      {drafts.length ? (
        <ol className="action-draft-list">
          {drafts.map((draft, index) => {
            const n = index + 1;
            return (
              <li key={draft.key} className="action-draft">
                <input
                  className="action-draft-title"
                  aria-label={`Action ${n}: title`}
                  placeholder="What will be done"
                  value={draft.title}
                  onChange={(e) => edit(draft.key, { title: e.target.value })}
                />
                <input
                  className="action-draft-owner"
                  aria-label={`Action ${n}: owner`}
                  placeholder="Owner"
                  value={draft.owner ?? ''}
                  onChange={(e) => edit(draft.key, { owner: e.target.value })}
                />
                <input
                  type="date"
                  className="action-draft-due"
                  aria-label={`Action ${n}: due`}
                  aria-describedby={draft.due && draft.due < today ? `${draft.key}-past` : undefined}
                  value={draft.due ?? ''}
                  onChange={(e) => edit(draft.key, { due: e.target.value })}
                />
                <button
                  type="button"
                  className="button ghost small"
                  aria-label={`Remove action ${n}`}
                  title="Remove this action"
                  onClick={() => remove(index)}
                >
                  ×
                </button>
                {draft.due && draft.due < today ? (
                  // Allowed (the room may record what is late already), but never by a slip of the year.
                  <p id={`${draft.key}-past`} className="action-draft-past">
                    Due before today: overdue as soon as it is recorded.
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="muted">No actions. A decision may leave some: what will be done, by whom, by when.</p>
      )}
      <button type="button" className="button small add-action-draft" onClick={add}>
        + Add action
      </button>
    </fieldset>
  );
}
