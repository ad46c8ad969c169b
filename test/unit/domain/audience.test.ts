import type { Decision } from '../../../domain';
import { audienceBoard, audienceColumn } from '../../../domain';
import { realSizeBoard } from '../../support/real-size-board';

const decision = (id: string, initiativeId: string, rationale: string): Decision => ({
  id,
  initiativeId,
  initiativeTitle: 'T',
  at: '2026-10-30T10:00:00.000Z',
  kind: 'go-with-exception',
  from: 'idea',
  to: 'pilot',
  rationale,
  unmetCriteria: [],
});

describe('audienceBoard', () => {
  it('drops the rationale of a card that keeps it confidential from every one of its log entries', () => {
    const board = realSizeBoard(300);
    const [secret, open] = board.initiatives;
    const withLog = {
      ...board,
      initiatives: board.initiatives.map((i) =>
        i.id === secret!.id ? { ...i, confidential: ['rationale', 'owner'] } : i,
      ),
      decisions: [
        decision('a', secret!.id, 'secret'),
        decision('b', open!.id, 'open'),
        decision('c', secret!.id, 's2'),
      ],
    };
    const shown = audienceBoard(withLog, { hideVotes: false });
    expect(shown.decisions.map((d) => d.rationale)).toEqual([undefined, 'open', undefined]);
    expect(JSON.stringify(shown)).not.toMatch(/"secret"|"s2"/);
    expect(shown.initiatives.find((i) => i.id === secret!.id)!.owner).toBeUndefined();
    // The facilitator's board is untouched.
    expect(withLog.decisions[0]!.rationale).toBe('secret');
  });
});

describe('audienceColumn', () => {
  const ids = Array.from({ length: 405 }, (_, i) => `c${i}`);

  it('shows the cards that fit and counts the rest', () => {
    expect(audienceColumn(ids, 5, null)).toEqual({ shown: ids.slice(0, 5), more: 400 });
    expect(audienceColumn(ids.slice(0, 3), 5, null)).toEqual({ shown: ids.slice(0, 3), more: 0 });
  });

  it('keeps the focused card on screen in the last place that fits', () => {
    const { shown, more } = audienceColumn(ids, 5, 'c300');
    expect(shown).toEqual(['c0', 'c1', 'c2', 'c3', 'c300']);
    expect(more).toBe(400);
  });
});
