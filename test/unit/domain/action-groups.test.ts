import type { BoardDocument } from '../../../domain';
import {
  actionTotals,
  addActions,
  addDays,
  addInitiative,
  createBoard,
  groupActions,
  setActionStatus,
} from '../../../domain';

const NOW = '2026-06-01T09:00:00.000Z';
const TODAY = '2026-06-01';
let ids = 0;
const context = { now: NOW, newId: () => `id-${++ids}` };

function board(): BoardDocument {
  let b = createBoard('Groups', context);
  b = addInitiative(b, { id: 'claims', title: 'Claims triage' }, context);
  b = addInitiative(b, { id: 'mail', title: 'Mail room' }, context);
  b = addActions(
    b,
    [
      { title: 'Late', owner: 'Ben', due: '2026-05-30', initiativeId: 'mail' },
      { title: 'Soon', owner: 'Ana', due: '2026-06-05', initiativeId: 'claims' },
      { title: 'Later', owner: 'Ben', due: '2026-09-01', initiativeId: 'claims' },
      { title: 'Whenever' },
      { title: 'Finished', owner: 'Ana', due: '2026-05-01', initiativeId: 'mail' },
    ],
    context,
  );
  return setActionStatus(b, b.actions[4]!.id, 'done', context);
}
const shape = (groups: ReturnType<typeof groupActions>) => groups.map((g) => [g.title, g.actions.map((a) => a.title)]);

describe('grouping actions', () => {
  it('groups by due date from overdue to undated, closed ones last and never overdue', () => {
    const b = board();
    expect(shape(groupActions(b, b.actions, 'due', TODAY))).toEqual([
      ['Overdue', ['Late']],
      ['Due in the next 7 days', ['Soon']],
      ['Due later', ['Later']],
      ['No due date', ['Whenever']],
      ['Closed', ['Finished']],
    ]);
  });

  it('groups by owner and by card alphabetically, with those that have none last, open before closed', () => {
    const b = board();
    expect(shape(groupActions(b, b.actions, 'owner', TODAY))).toEqual([
      ['Ana', ['Soon', 'Finished']],
      ['Ben', ['Late', 'Later']],
      ['No owner', ['Whenever']],
    ]);
    expect(shape(groupActions(b, b.actions, 'initiative', TODAY))).toEqual([
      ['Claims triage', ['Soon', 'Later']],
      ['Mail room', ['Late', 'Finished']],
      ['No initiative', ['Whenever']],
    ]);
  });

  it('counts open and overdue actions for the panel header', () => {
    expect(actionTotals(board().actions, TODAY)).toEqual({ open: 4, overdue: 1 });
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
  });
});
