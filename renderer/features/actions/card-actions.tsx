import './actions.css';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { byDue, calendarDay } from '../../../domain';
import { useBoardStore } from '../../store/board-store';
import { ActionItem } from './action-item';

/** A card's actions in its editor, open ones first, with the controls the actions panel has, and a quick add. */
export function CardActions({ initiativeId, owner }: { initiativeId: string; owner?: string }) {
  const all = useBoardStore((s) => s.board?.actions);
  const addActions = useBoardStore((s) => s.addActions);
  const [showClosed, setShowClosed] = useState(false);
  const [title, setTitle] = useState('');
  const today = calendarDay(new Date());
  const mine = (all ?? []).filter((a) => a.initiativeId === initiativeId);
  const open = mine.filter((a) => a.status === 'open').sort(byDue);
  const closed = mine.filter((a) => a.status !== 'open');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    addActions([{ title, owner, initiativeId }]);
    setTitle('');
  };
  return (
    <fieldset className="card-actions-editor">
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
