/**
 * The Actions sheet and its CSV: every action on the board, open or closed, for the people who follow them up
 * after the workshop. Exported only: the importer reads initiatives, not actions.
 */
import type { Action, BoardDocument } from '../board-schema';
import { ACTION_STATUS_LABELS, byDue, calendarDay, isOverdue } from '../actions';
import { FOUNDATIONS } from '../foundations';
import { DECISION_LABELS } from '../labels';
import type { ExportCell, ExportColumn, ExportSheet } from './export-tables';

const text = (header: string, width = 18): ExportColumn => ({ header, width, kind: 'text' });
const date = (header: string): ExportColumn => ({ header, width: 18, kind: 'date' });

/** Open actions first, then done, then dropped; soonest due first within each. */
const STATUS_ORDER: Record<Action['status'], number> = { open: 0, done: 1, dropped: 2 };

/**
 * One row per action. Like the Initiatives sheet, a reader meets the title first and the Scaleboard ID last; an
 * action is overdue when it is open and its day has passed on `now`'s calendar day where the export runs.
 */
export function actionsSheet(board: BoardDocument, now: string): ExportSheet {
  const today = calendarDay(new Date(now));
  const decisions = new Map(board.decisions.map((d) => [d.id, d]));
  const cards = new Map(board.initiatives.map((i) => [i.id, i]));
  const actions = [...board.actions].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byDue(a, b));
  return {
    name: 'Actions',
    columns: [
      text('Title', 50),
      text('Status', 10),
      text('Owner'),
      date('Due'),
      text('Overdue', 9),
      text('Initiative reference', 14),
      text('Initiative', 40),
      text('Foundation', 14),
      text('Decision', 30),
      text('Note', 40),
      date('Created'),
      date('Closed'),
      text('Scaleboard ID', 38),
    ],
    rows: actions.map((a): ExportCell[] => {
      const card = a.initiativeId === undefined ? undefined : cards.get(a.initiativeId);
      const decision = a.decisionId === undefined ? undefined : decisions.get(a.decisionId);
      return [
        a.title,
        ACTION_STATUS_LABELS[a.status],
        a.owner ?? null,
        a.due ? { date: a.due } : null,
        isOverdue(a, today) ? 'yes' : null,
        card?.ref ?? null,
        // A card deleted since is still named by the decision the action came from.
        card?.title ?? decision?.initiativeTitle ?? null,
        a.foundation ? FOUNDATIONS[a.foundation].label : null,
        decision ? `${DECISION_LABELS[decision.kind]}, ${calendarDay(new Date(decision.at))}` : null,
        a.note ?? null,
        { date: a.createdAt },
        a.closedAt ? { date: a.closedAt } : null,
        a.id,
      ];
    }),
  };
}
