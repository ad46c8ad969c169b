import type { BoardDocument } from '../../../domain';
import {
  actionCountsByCard,
  addActions,
  addInitiative,
  columnItems,
  createBoard,
  isFiltering,
  matchesFilters,
  NO_FILTERS,
  overdueCardsFor,
  setActionStatus,
  shownCounts,
} from '../../../domain';

const NOW = '2026-06-01T09:00:00.000Z';
let ids = 0;
const context = { now: NOW, newId: () => `id-${++ids}` };

/** Three pilots: one with an action due in May, one due in July, one with no action. */
function board(): BoardDocument {
  let b = createBoard('Filters', context);
  for (const id of ['late', 'early', 'none']) b = addInitiative(b, { id, title: id, stage: 'pilot' }, context);
  return addActions(
    b,
    [
      { title: 'Sign the data agreement', initiativeId: 'late', due: '2026-05-20' },
      { title: 'Book the review', initiativeId: 'early', due: '2026-07-01' },
    ],
    context,
  );
}

describe('the overdue-actions filter', () => {
  it('keeps only the cards with an action overdue on its day, and counts the rest as hidden', () => {
    const filters = { ...NO_FILTERS, overdueOn: '2026-06-01' };
    expect(isFiltering(filters)).toBe(true);
    expect(columnItems(board(), filters).pilot).toEqual(['late']);
    expect(shownCounts(board(), filters, 'none').stages.pilot).toEqual({ shown: 1, total: 3 });
    // On the day after July 1st the other card's action is overdue as well.
    expect(columnItems(board(), { ...NO_FILTERS, overdueOn: '2026-07-02' }).pilot).toEqual(['late', 'early']);
  });

  it('lets a card go once its overdue action is done', () => {
    const b = board();
    const done = setActionStatus(b, b.actions[0]!.id, 'done', context);
    expect(columnItems(done, { ...NO_FILTERS, overdueOn: '2026-06-01' }).pilot).toEqual([]);
  });

  it('keeps every card while it is off, whatever the actions', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(overdueCardsFor(board(), NO_FILTERS).size).toBe(0);
    expect(board().initiatives.every((i) => matchesFilters(i, NO_FILTERS))).toBe(true);
  });
});

describe('action counts per card', () => {
  it('counts open and overdue actions, leaving closed ones and cards without actions out', () => {
    let b = board();
    b = addActions(b, [{ title: 'Brief the sponsor', initiativeId: 'late' }], context);
    b = setActionStatus(b, b.actions[1]!.id, 'dropped', context);
    const counts = actionCountsByCard(b.actions, '2026-06-01');
    expect(counts.get('late')).toEqual({ open: 2, overdue: 1 });
    expect(counts.has('early')).toBe(false);
    expect(counts.has('none')).toBe(false);
  });
});
