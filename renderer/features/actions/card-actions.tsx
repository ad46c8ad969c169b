import './actions.css';
import type { FormEvent } from 'react';
import { useId, useMemo, useState } from 'react';
import type { Action } from '../../../domain';
import { byDue } from '../../../domain';
import { useToday } from '../../lib/use-today';
import { useBoardStore } from '../../store/board-store';
import { ActionItem } from './action-item';

/** A card's actions in its editor, open ones first, with the controls the actions panel has, and a quick add. */
export function CardActions({ initiativeId, owner }: { initiativeId: string; owner?: string }) {
  const all = useBoardStore((s) => s.board?.actions);
  const addActions = useBoardStore((s) => s.addActions);
  const [showClosed, setShowClosed] = useState(false);
  const [title, setTitle] = useState('');
  const today = useToday();
  const newTitleId = useId();
  const { open, closed } = useMemo(() => actionsOfCard(all ?? [], initiativeId), [all, initiativeId]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    addActions([{ title, owner, initiativeId }]);
    setTitle('');
  };
  return (
    <fieldset className="card-actions-editor" data-action-scope data-action-fallback={newTitleId}>
      <legend>Actions</legend>
      {open.length ? null : <p className="muted">No open actions.</p>}
      <ul className="action-list">
        {[...open, ...(showClosed ? closed : [])].map((action) => (
          <ActionItem key={action.id} action={action} today={today} />
        ))}
      </ul>
      {closed.length ? (
        <label className="show-closed">
          <input type="checkbox" checked={showClosed} onChange={(e) => setShowClosed(e.target.checked)} /> Show{' '}
          {closed.length} closed
        </label>
      ) : null}
      <form className="card-action-add" onSubmit={submit}>
        <input
          id={newTitleId}
          aria-label="New action for this initiative"
          placeholder="New action…"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <button type="submit" className="button small" disabled={!title.trim()}>
          Add action
        </button>
      </form>
    </fieldset>
  );
}

/** The card's open actions, soonest due first, and its closed ones, in one pass over the board's actions. */
function actionsOfCard(actions: readonly Action[], initiativeId: string): { open: Action[]; closed: Action[] } {
  const open: Action[] = [];
  const closed: Action[] = [];
  for (const action of actions) {
    if (action.initiativeId !== initiativeId) continue;
    (action.status === 'open' ? open : closed).push(action);
  }
  return { open: open.sort(byDue), closed };
}
