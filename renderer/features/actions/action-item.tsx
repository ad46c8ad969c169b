import './actions.css';
import { memo, useRef, useState } from 'react';
import type { Action } from '../../../domain';
import { ACTION_STATUS_LABELS, formatBoardDate, isOverdue } from '../../../domain';
import { useBoardStore } from '../../store/board-store';
import { CommitField } from '../editor/commit-field';
import { changeKeepingFocus } from './focus-after-close';

/**
 * One action in a list (the actions panel, the card editor): what, who, when, overdue said in words, and the
 * buttons that close it, open it again or edit it. Every change is one undo step. Memoised: a drag on the board
 * draws none of the listed actions again.
 */
export const ActionItem = memo(function ActionItem({
  action,
  today,
  cardTitle,
}: {
  action: Action;
  /** `YYYY-MM-DD`: the day overdue is judged on. */
  today: string;
  /** The card it is for, when the list is not the card's own. */
  cardTitle?: string;
}) {
  const { setActionStatus, updateAction } = useBoardStore.getState();
  const locale = useBoardStore((s) => s.board?.workshop.locale);
  const [editing, setEditing] = useState(false);
  const ref = useRef<HTMLLIElement>(null);
  const setStatus = (status: Action['status']) =>
    changeKeepingFocus(ref.current!, () => setActionStatus(action.id, status));
  const overdue = isOverdue(action, today);
  const open = action.status === 'open';
  const name = `“${action.title}”`;
  const meta = [action.owner ?? 'No owner', action.due ? `due ${formatBoardDate(action.due, locale)}` : 'no due date'];
  return (
    <li
      ref={ref}
      data-action-id={action.id}
      className={`action-item${overdue ? ' overdue' : ''}${open ? '' : ' closed'}`}
    >
      <p className="action-line">
        {overdue ? <strong className="action-flag">Overdue</strong> : null}
        {open ? null : <span className="action-status">{ACTION_STATUS_LABELS[action.status]}</span>}
        <span className="action-title">{action.title}</span>
      </p>
      <p className="action-meta">{meta.join(' · ')}</p>
      {/* A 200-character card title on one line: the card is named, and the list stays a list of actions. */}
      {cardTitle ? (
        <p className="action-card" title={cardTitle}>
          {cardTitle}
        </p>
      ) : null}
      <div className="action-controls">
        {open ? (
          <>
            <button
              type="button"
              className="button small"
              aria-label={`Mark ${name} done`}
              onClick={() => setStatus('done')}
            >
              Done
            </button>
            <button
              type="button"
              className="button small"
              aria-label={`Drop ${name}`}
              onClick={() => setStatus('dropped')}
            >
              Drop
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button small"
            aria-label={`Reopen ${name}`}
            onClick={() => setStatus('open')}
          >
            Reopen
          </button>
        )}
        <button
          type="button"
          className="button small ghost"
          aria-expanded={editing}
          aria-label={`Edit ${name}`}
          onClick={() => setEditing(!editing)}
        >
          Edit
        </button>
      </div>
      {editing ? (
        <div className="action-edit">
          <CommitField
            id={`action-title-${action.id}`}
            label="Title"
            value={action.title}
            required
            onCommit={(title) => updateAction(action.id, { title })}
          />
          <div className="field-row">
            <CommitField
              id={`action-owner-${action.id}`}
              label="Owner"
              value={action.owner ?? ''}
              onCommit={(owner) => updateAction(action.id, { owner })}
            />
            <CommitField
              id={`action-due-${action.id}`}
              label="Due"
              type="date"
              value={action.due ?? ''}
              onCommit={(due) => updateAction(action.id, { due })}
            />
          </div>
        </div>
      ) : null}
    </li>
  );
});
