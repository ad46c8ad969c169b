import type { Action, Decision } from '../../../../domain';
import { actionsSheet } from '../../../../domain';
import { countedReads } from '../../../support/counted-reads';
import { realSizeBoard } from '../../../support/real-size-board';

const NOW = '2026-11-01T09:00:00.000Z';

/** How many cards and decisions the Actions sheet reads for `n` cards with one action each, on `n` decisions. */
function readsFor(n: number): { reads: number; named: number } {
  const board = realSizeBoard(n, { now: NOW });
  const decisions: Decision[] = board.initiatives.map((card, i) => ({
    id: `d${i}`,
    initiativeId: card.id,
    initiativeTitle: card.title,
    at: NOW,
    kind: 'hold',
    from: 'pilot',
    to: 'pilot',
    unmetCriteria: [],
  }));
  const actions: Action[] = board.initiatives.map((card, i) => ({
    id: `a${i}`,
    title: `Action ${i}`,
    status: 'open',
    initiativeId: card.id,
    decisionId: `d${i}`,
    createdAt: NOW,
    updatedAt: NOW,
  }));
  const cards = countedReads(board.initiatives);
  const logged = countedReads(decisions);
  const sheet = actionsSheet({ ...board, initiatives: cards.items, decisions: logged.items, actions }, NOW);
  const initiative = sheet.columns.findIndex((c) => c.header === 'Initiative');
  // Action a<i> serves the i-th card.
  const titleOf = new Map(actions.map((a, i) => [a.id, board.initiatives[i]!.title]));
  const named = sheet.rows.filter((row) => row[initiative] === titleOf.get(String(row.at(-1)))).length;
  return { reads: cards.reads() + logged.reads(), named };
}

describe('the Actions sheet', () => {
  it('names each action’s card, looking cards up by id: twice the board is about twice the reading', () => {
    const small = readsFor(200);
    const large = readsFor(400);
    expect([small.named, large.named]).toEqual([200, 400]);
    // A search of the cards per action would read four times as much for twice the board.
    expect(large.reads / small.reads).toBeLessThan(2.5);
  });
});
