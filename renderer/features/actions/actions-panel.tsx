import './actions.css';
import type { FormEvent } from 'react';
import { useId, useMemo, useState } from 'react';
import type { ActionGrouping, Initiative } from '../../../domain';
import { ACTION_GROUPING_LABELS, actionTotals, formatBoardNumber, groupActions } from '../../../domain';
import { SidePanel } from '../../components/side-panel';
import { useToday } from '../../lib/use-today';
import { useBoardStore } from '../../store/board-store';
import { ActionItem } from './action-item';

const GROUPINGS = Object.keys(ACTION_GROUPING_LABELS) as ActionGrouping[];
const NO_CARDS: Initiative[] = [];

/**
 * The board's actions, grouped by owner, due date or card: overdue ones flagged in words, each one closed,
 * reopened or edited where it is listed. Closed actions stay on the board and are listed on request.
 */
export function ActionsPanel() {
  const board = useBoardStore((s) => s.board)!;
  const view = useBoardStore((s) => s.actionsView);
  const { setActionsView, setPanel } = useBoardStore.getState();
  const today = useToday();
  const groupIds = useId();
  const locale = board.workshop.locale;
  const number = (n: number) => formatBoardNumber(n, locale);
  const { actions, initiatives } = board;
  // A card moved changes the board but not its actions: the groups are not worked out again for every move. Only
  // grouping by card reads the cards (their titles).
  const cards = view.groupBy === 'initiative' ? initiatives : NO_CARDS;
  const totals = useMemo(() => actionTotals(actions, today), [actions, today]);
  const closed = actions.length - totals.open;
  const groups = useMemo(() => {
    const listed = view.showClosed ? actions : actions.filter((a) => a.status === 'open');
    return groupActions({ initiatives: cards }, listed, view.groupBy, today);
  }, [actions, cards, view, today]);
  const titles = useMemo(() => new Map(initiatives.map((i) => [i.id, i.title])), [initiatives]);

  return (
    <SidePanel className="side-panel actions-panel" labelledBy="actions-title" onClose={() => setPanel(null)}>
      <header className="side-panel-header">
        {/* Where focus goes when the last listed action is closed. */}
        <h2 id="actions-title" tabIndex={-1}>
          Actions
        </h2>
        <button type="button" className="button ghost" onClick={() => setPanel(null)} aria-label="Close the actions">
          ×
        </button>
      </header>
      <p className="actions-totals" aria-live="polite">
        {number(totals.open)} open ·{' '}
        <span className={totals.overdue ? 'overdue-count' : ''}>{number(totals.overdue)} overdue</span>
        {closed ? <span className="muted"> · {number(closed)} closed</span> : null}
      </p>
      <div className="actions-view">
        <fieldset className="segmented">
          <legend>Group by</legend>
          {GROUPINGS.map((g) => (
            <label key={g} className={view.groupBy === g ? 'checked' : ''}>
              <input
                type="radio"
                name="action-grouping"
                checked={view.groupBy === g}
                onChange={() => setActionsView({ ...view, groupBy: g })}
              />
              {ACTION_GROUPING_LABELS[g]}
            </label>
          ))}
        </fieldset>
        <label className="show-closed">
          <input
            type="checkbox"
            checked={view.showClosed}
            onChange={(e) => setActionsView({ ...view, showClosed: e.target.checked })}
          />{' '}
          Show closed
        </label>
      </div>
      <AddActionForm />
      {groups.length === 0 ? (
        <p className="muted">
          {board.actions.length ? 'No open actions.' : 'No actions yet. A go with exception or a hold leaves some.'}
        </p>
      ) : null}
      <div className="action-groups" data-action-scope data-action-fallback="actions-title">
        {groups.map((group, index) => (
          // An owner's name is no id ("Ana Lima" has a space): the heading is named by its place.
          <section key={group.key} className="action-group" aria-labelledby={`${groupIds}group-${index}`}>
            <h3 id={`${groupIds}group-${index}`} className="action-group-title">
              {/* A 200-character card title on two lines at most: the full one is its tooltip and its name. */}
              <span className="action-group-name" title={group.title}>
                {group.title}
              </span>{' '}
              <span className="muted">({number(group.actions.length)})</span>
            </h3>
            <ul className="action-list">
              {group.actions.map((action) => (
                <ActionItem
                  key={action.id}
                  action={action}
                  today={today}
                  cardTitle={
                    view.groupBy === 'initiative' || !action.initiativeId ? undefined : titles.get(action.initiativeId)
                  }
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </SidePanel>
  );
}

/** A new action: what, who, by when, and for which card (the one selected when the panel opened, if any). */
function AddActionForm() {
  const board = useBoardStore((s) => s.board)!;
  const panelCardId = useBoardStore((s) => s.panelCardId);
  const addActions = useBoardStore((s) => s.addActions);
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [cardId, setCardId] = useState(panelCardId ?? '');
  const cards = useMemo(
    () => board.initiatives.slice().sort((a, b) => a.title.localeCompare(b.title)),
    [board.initiatives],
  );
  if (!open) {
    return (
      <button type="button" className="button small add-action" onClick={() => setOpen(true)}>
        + Add action
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    addActions([{ title, owner, due, initiativeId: cardId || undefined }]);
    setTitle('');
    setDue('');
  };
  return (
    <form className="add-action-form" aria-label="Add an action" onSubmit={submit}>
      <div className="field">
        <label htmlFor="new-action-title">Action</label>
        <input
          id="new-action-title"
          value={title}
          required
          autoFocus
          placeholder="What will be done"
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="new-action-owner">Owner</label>
          <input id="new-action-owner" value={owner} onChange={(e) => setOwner(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="new-action-due">Due</label>
          <input id="new-action-due" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="new-action-card">Initiative</label>
        <select id="new-action-card" value={cardId} onChange={(e) => setCardId(e.target.value)}>
          <option value="">None</option>
          {cards.map((card) => (
            <option key={card.id} value={card.id}>
              {card.title}
            </option>
          ))}
        </select>
      </div>
      <div className="modal-actions">
        <button type="button" className="button small" onClick={() => setOpen(false)}>
          Close
        </button>
        <button type="submit" className="button small primary" disabled={!title.trim()}>
          Add
        </button>
      </div>
    </form>
  );
}
