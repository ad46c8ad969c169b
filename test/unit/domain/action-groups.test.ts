import type { Action, BoardDocument } from '../../../domain';
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

describe('grouping many actions', () => {
  // A board may hold 100,000 actions; copying a group's list for each action added made 20,000 actions with
  // one owner take half a minute.
  it('groups 20,000 actions, 16,000 of them one owner’s on one card, every action once and in its own group', () => {
    const [card] = addInitiative(createBoard('Many', context), { id: 'c', title: 'Card' }, context).initiatives;
    const cards = Array.from({ length: 700 }, (_, i) => ({ ...card!, id: `c${i}`, title: `Card ${i}` }));
    const actions: Action[] = Array.from({ length: 20_000 }, (_, i) => ({
      id: `a${i}`,
      title: `Action ${i}`,
      owner: i < 16_000 ? 'Ana Lima' : i % 2 ? `Owner ${i % 9}` : undefined,
      due: i % 3 ? `2026-0${(i % 9) + 1}-15` : undefined,
      status: i % 7 ? 'open' : 'done',
      initiativeId: i < 16_000 ? 'c0' : i % 2 ? cards[i % cards.length]!.id : undefined,
      createdAt: NOW,
      updatedAt: NOW,
    }));
    const byOwner = groupActions({ initiatives: cards }, actions, 'owner', TODAY);
    expect(byOwner.map((g) => [g.title, g.actions.length])).toEqual([
      ['Ana Lima', 16_000],
      ...Array.from({ length: 9 }, (_, i) => [`Owner ${i}`, expect.any(Number)]),
      ['No owner', 2_000],
    ]);
    expect(byOwner.reduce((n, g) => n + g.actions.length, 0)).toBe(20_000);
    for (const group of byOwner) {
      expect(group.actions.every((a) => (a.owner ?? 'No owner') === group.title)).toBe(true);
    }
    const byCard = groupActions({ initiatives: cards }, actions, 'initiative', TODAY);
    expect(byCard[0]).toMatchObject({ title: 'Card 0' });
    expect(byCard[0]!.actions.filter((a) => a.owner === 'Ana Lima')).toHaveLength(16_000);
    expect(byCard.at(-1)).toMatchObject({ title: 'No initiative' });
    expect(byCard.at(-1)!.actions).toHaveLength(2_000);
    expect(new Set(byCard.flatMap((g) => g.actions.map((a) => a.id))).size).toBe(20_000);
  });
});
