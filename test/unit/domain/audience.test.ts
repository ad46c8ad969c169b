import type { Action, BoardDocument, Decision, ReadinessChange } from '../../../domain';
import {
  audienceBoard,
  audienceColumn,
  audienceEarlierBoard,
  GOVERNANCE_CRITERION_LABELS,
  HIDDEN_GOVERNANCE_ACTION,
} from '../../../domain';
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

const change = (id: string, initiativeId: string, rationale: string): ReadinessChange => ({
  id,
  initiativeId,
  initiativeTitle: 'T',
  foundation: 'data',
  from: 1,
  to: 2,
  at: '2026-10-30T10:00:00.000Z',
  rationale,
});

const action = (id: string, initiativeId: string | undefined, owner: string, note: string): Action => ({
  id,
  title: `Action ${id}`,
  owner,
  note,
  status: 'open',
  ...(initiativeId ? { initiativeId } : {}),
  createdAt: '2026-10-30T10:00:00.000Z',
  updatedAt: '2026-10-30T10:00:00.000Z',
});

/** A board whose first card keeps `marks` from the room, the second none; the ids of both. */
function twoCards(marks: string[]): { board: BoardDocument; secret: string; open: string } {
  const board = realSizeBoard(20);
  const [secret, open] = board.initiatives.map((i) => i.id);
  return {
    board: {
      ...board,
      initiatives: board.initiatives.map((i) => (i.id === secret ? { ...i, confidential: marks } : i)),
    },
    secret: secret!,
    open: open!,
  };
}

describe('audienceBoard on the readiness log and the actions', () => {
  it('drops the rationale of readiness changes on a card that keeps its rationale confidential', () => {
    const { board, secret, open } = twoCards(['rationale']);
    const shown = audienceBoard(
      { ...board, readinessLog: [change('r1', secret, 'secret why'), change('r2', open, 'open why')] },
      { hideVotes: false },
    );
    expect(shown.readinessLog.map((c) => c.rationale)).toEqual([undefined, 'open why']);
    expect(shown.readinessLog[0]).toMatchObject({ id: 'r1', foundation: 'data', from: 1, to: 2 });
  });

  it('never sends an action’s note, and keeps its owner unless its card keeps the owner confidential', () => {
    const { board, secret, open } = twoCards(['owner']);
    const actions = [
      action('a1', secret, 'Dana Secret', 'note one'),
      action('a2', open, 'Sam Open', 'note two'),
      action('a3', undefined, 'Kim Board', 'note three'),
    ];
    const shown = audienceBoard({ ...board, actions }, { hideVotes: false });
    expect(shown.actions.map((a) => a.owner)).toEqual([undefined, 'Sam Open', 'Kim Board']);
    expect(shown.actions.every((a) => !('note' in a))).toBe(true);
    expect(JSON.stringify(shown)).not.toMatch(/Dana Secret|note one|note two|note three/);
    // The facilitator's board keeps them.
    expect(actions[0]).toMatchObject({ owner: 'Dana Secret', note: 'note one' });
  });

  it('keeps an action’s owner when its card hides only the rationale', () => {
    const { board, secret } = twoCards(['rationale']);
    const shown = audienceBoard({ ...board, actions: [action('a1', secret, 'Dana', 'n')] }, { hideVotes: false });
    expect(shown.actions[0]!.owner).toBe('Dana');
  });
});

describe('audienceBoard on the regulatory classification and the practices', () => {
  /** The secret card classified and with a practice documented, the open one the same. */
  function classified(marks: string[]) {
    const { board, secret, open } = twoCards(marks);
    const governed = {
      euAiAct: 'high-risk',
      usHighImpact: 'high-impact',
      usRightsSafety: 'rights',
      practices: { 'impact-assessment': { status: 'done', evidence: 'https://intranet.example/dpia-417' } },
    } as const;
    return {
      board: {
        ...board,
        initiatives: board.initiatives.map((i) => (i.id === secret || i.id === open ? { ...i, ...governed } : i)),
      },
      secret,
      open,
    };
  }

  it('drops every regime’s classification of a card that keeps it confidential, and keeps its practices', () => {
    const { board, secret, open } = classified(['classification']);
    const shown = audienceBoard(board, { hideVotes: false });
    const hidden = shown.initiatives.find((i) => i.id === secret)!;
    expect([hidden.euAiAct, hidden.usHighImpact, hidden.usRightsSafety]).toEqual([undefined, undefined, undefined]);
    expect(hidden.practices?.['impact-assessment']?.status).toBe('done');
    expect(shown.initiatives.find((i) => i.id === open)).toMatchObject({
      euAiAct: 'high-risk',
      usRightsSafety: 'rights',
    });
  });

  it('drops the practices of a card that keeps them confidential, their evidence with them', () => {
    const { board, secret, open } = classified(['practices']);
    const shown = audienceBoard(board, { hideVotes: false });
    const hidden = shown.initiatives.find((i) => i.id === secret)!;
    expect(hidden.practices).toBeUndefined();
    expect(hidden.euAiAct).toBe('high-risk');
    // The open card's evidence is sent once, the secret card's not at all.
    expect(JSON.stringify(shown).match(/dpia-417/g)).toHaveLength(1);
    expect(shown.initiatives.find((i) => i.id === open)!.practices).toEqual(board.initiatives[1]!.practices);
    // The facilitator's board keeps them.
    expect(board.initiatives[0]!.practices?.['impact-assessment']?.evidence).toBe('https://intranet.example/dpia-417');
  });

  it('keeps out of the log and the actions what would give a hidden classification away', () => {
    const { board, secret, open } = classified(['classification']);
    const unmet = [GOVERNANCE_CRITERION_LABELS.classification, GOVERNANCE_CRITERION_LABELS.practices, 'KPI set'];
    const action = (id: string, initiativeId: string, foundation: Action['foundation']): Action => ({
      id,
      title: `AI impact assessment: complete it (${id})`,
      status: 'open',
      initiativeId,
      foundation,
      createdAt: '2026-10-30T10:00:00.000Z',
      updatedAt: '2026-10-30T10:00:00.000Z',
    });
    const logged = {
      ...board,
      decisions: [
        { ...decision('a', secret, 'why'), unmetCriteria: unmet },
        { ...decision('b', open, 'why'), unmetCriteria: unmet },
      ],
      actions: [action('s1', secret, 'governance'), action('s2', secret, 'data'), action('o1', open, 'governance')],
    };
    const shown = audienceBoard(logged, { hideVotes: false });
    expect(shown.decisions.map((d) => d.unmetCriteria)).toEqual([['KPI set'], unmet]);
    expect(shown.actions.map((a) => a.title)).toEqual([
      HIDDEN_GOVERNANCE_ACTION,
      'AI impact assessment: complete it (s2)',
      'AI impact assessment: complete it (o1)',
    ]);
    expect(JSON.stringify(shown)).not.toContain('complete it (s1)');
    // The facilitator's log keeps every criterion.
    expect(logged.decisions[0]!.unmetCriteria).toEqual(unmet);
  });

  it('hides "then" a classification the card keeps confidential now', () => {
    const { board: now, secret } = classified(['classification', 'practices']);
    const shown = audienceEarlierBoard(now, now, { hideVotes: false });
    const then = shown.initiatives.find((i) => i.id === secret)!;
    expect([then.euAiAct, then.practices]).toEqual([undefined, undefined]);
  });
});

describe('audienceEarlierBoard', () => {
  it('hides "then" what a card hides now, as well as what it hid then', () => {
    const { board: now, secret, open } = twoCards(['owner', 'rationale']);
    // Then, the secret card hid nothing, and the open one hid its problem.
    const then: BoardDocument = {
      ...now,
      initiatives: now.initiatives.map((i) =>
        i.id === secret
          ? { ...i, owner: 'Dana Secret', confidential: [] }
          : i.id === open
            ? { ...i, problem: 'Old problem', confidential: ['problem'] }
            : i,
      ),
      decisions: [decision('d1', secret, 'then secret')],
      readinessLog: [change('r1', secret, 'then secret too')],
      actions: [action('a1', secret, 'Dana Secret', 'n'), action('a2', 'gone-card', 'Lee', 'n')],
    };
    const shown = audienceEarlierBoard(then, now, { hideVotes: false });
    expect(JSON.stringify(shown)).not.toMatch(/Dana Secret|then secret|Old problem/);
    expect(shown.actions[1]!.owner).toBe('Lee');
  });

  it('hides the owner of an action whose card is gone "then" but keeps its owner confidential now', () => {
    const { board: now, secret } = twoCards(['owner']);
    const then: BoardDocument = {
      ...now,
      initiatives: now.initiatives.filter((i) => i.id !== secret),
      actions: [action('a1', secret, 'Dana Secret', 'n')],
    };
    expect(audienceEarlierBoard(then, now, { hideVotes: false }).actions[0]!.owner).toBeUndefined();
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
