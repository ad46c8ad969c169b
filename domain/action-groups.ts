/** How the actions panel lists a board's actions: grouped by owner, by when they are due, or by card. */
import type { Action, BoardDocument } from './board-schema';
import { byDue, isOverdue } from './actions';

export type ActionGrouping = 'owner' | 'due' | 'initiative';

export const ACTION_GROUPING_LABELS: Record<ActionGrouping, string> = {
  owner: 'Owner',
  due: 'Due date',
  initiative: 'Initiative',
};

export interface ActionGroup {
  key: string;
  title: string;
  actions: Action[];
}

/** The panel's header: how many actions are open, and how many of those are overdue. */
export function actionTotals(actions: readonly Action[], today: string): { open: number; overdue: number } {
  let open = 0;
  let overdue = 0;
  for (const action of actions) {
    if (action.status !== 'open') continue;
    open += 1;
    if (isOverdue(action, today)) overdue += 1;
  }
  return { open, overdue };
}

/** The day `days` after a `YYYY-MM-DD` day. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const DUE_GROUPS = [
  { key: 'overdue', title: 'Overdue' },
  { key: 'week', title: 'Due in the next 7 days' },
  { key: 'later', title: 'Due later' },
  { key: 'undated', title: 'No due date' },
  { key: 'closed', title: 'Closed' },
] as const;

function dueGroup(action: Action, today: string): (typeof DUE_GROUPS)[number]['key'] {
  if (action.status !== 'open') return 'closed';
  if (action.due === undefined) return 'undated';
  if (isOverdue(action, today)) return 'overdue';
  return action.due <= addDays(today, 7) ? 'week' : 'later';
}

/** Open actions first, soonest due first; then the closed ones, most recently closed first. */
function openFirst(a: Action, b: Action): number {
  if ((a.status === 'open') !== (b.status === 'open')) return a.status === 'open' ? -1 : 1;
  if (a.status !== 'open') return (b.closedAt ?? '').localeCompare(a.closedAt ?? '');
  return byDue(a, b);
}

/**
 * The actions in groups, in the order the panel shows them: by due date from overdue to undated (closed ones
 * last, together); by owner or card alphabetically, with the actions that have none last. Empty groups are left out.
 */
export function groupActions(
  board: Pick<BoardDocument, 'initiatives'>,
  actions: readonly Action[],
  by: ActionGrouping,
  today: string,
): ActionGroup[] {
  if (by === 'due') {
    return DUE_GROUPS.map(({ key, title }) => ({
      key,
      title,
      actions: actions.filter((a) => dueGroup(a, today) === key).sort(openFirst),
    })).filter((g) => g.actions.length);
  }
  const titles = new Map(board.initiatives.map((i) => [i.id, i.title]));
  const nameOf = (action: Action): string | undefined =>
    by === 'owner' ? action.owner : action.initiativeId && titles.get(action.initiativeId);
  const groups = new Map<string, Action[]>();
  for (const action of actions) {
    const name = nameOf(action) ?? '';
    // The same card title twice is two cards: they are grouped by id, and named by title.
    const key = by === 'initiative' && name ? `${action.initiativeId}` : name;
    const list = groups.get(key);
    if (list) list.push(action);
    else groups.set(key, [action]);
  }
  const none = by === 'owner' ? 'No owner' : 'No initiative';
  return [...groups.entries()]
    .map(([key, list]) => ({
      key: key || '(none)',
      title: key ? nameOf(list[0]!)! : none,
      actions: list.sort(openFirst),
    }))
    .sort((a, b) => {
      if ((a.title === none) !== (b.title === none)) return a.title === none ? 1 : -1;
      return a.title.localeCompare(b.title);
    });
}
