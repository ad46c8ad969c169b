import type { Action, BoardDocument } from '../../../domain';
import {
  addActions,
  addInitiative,
  BOARD_LIMITS,
  byDue,
  calendarDay,
  cardsWithOverdueActions,
  createBoard,
  evaluateCriterion,
  evaluateMove,
  findInitiative,
  isOverdue,
  serializeBoard,
  validateBoard,
  removeAction,
  setActionStatus,
  suggestedActions,
  updateAction,
  updateInitiative,
} from '../../../domain';

const NOW = '2026-06-01T09:00:00.000Z';
const LATER = '2026-06-02T10:00:00.000Z';
let ids = 0;
const context = { now: NOW, newId: () => `id-${++ids}` };

function board(): BoardDocument {
  const empty = createBoard('Actions', { now: NOW });
  return addInitiative(
    empty,
    {
      id: 'card',
      title: 'Claims triage',
      stage: 'pilot',
      owner: 'Ana',
      readiness: { data: 2, integration: 1, governance: 3, process: 0, people: 0, performance: 2 },
    },
    { now: NOW },
  );
}

function action(patch: Partial<Action>): Action {
  return { id: 'a', title: 'Do it', status: 'open', createdAt: NOW, updatedAt: NOW, ...patch };
}

describe('overdue', () => {
  it('is an open action due before today; the due day itself is not overdue', () => {
    expect(isOverdue(action({ due: '2026-05-31' }), '2026-06-01')).toBe(true);
    expect(isOverdue(action({ due: '2026-06-01' }), '2026-06-01')).toBe(false);
    expect(isOverdue(action({}), '2026-06-01')).toBe(false);
    expect(isOverdue(action({ due: '2026-05-31', status: 'done' }), '2026-06-01')).toBe(false);
    expect(isOverdue(action({ due: '2026-05-31', status: 'dropped' }), '2026-06-01')).toBe(false);
  });

  it('compares days across a year and a month boundary as calendar days', () => {
    expect(isOverdue(action({ due: '2025-12-31' }), '2026-01-01')).toBe(true);
    expect(isOverdue(action({ due: '2026-01-09' }), '2026-01-10')).toBe(true);
    expect(isOverdue(action({ due: '2026-01-10' }), '2026-01-09')).toBe(false);
  });

  it('takes today as the local calendar day', () => {
    expect(calendarDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(calendarDay(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });

  it('marks the cards that have an overdue action, and only those', () => {
    const b = {
      ...board(),
      actions: [
        action({ id: '1', initiativeId: 'card', due: '2026-05-01' }),
        action({ id: '2', initiativeId: 'other', due: '2026-07-01' }),
        action({ id: '3', due: '2026-05-01' }),
      ],
    };
    expect([...cardsWithOverdueActions(b, '2026-06-01')]).toEqual(['card']);
  });
});

describe('ordering', () => {
  it('puts the soonest due first and undated actions last', () => {
    const list = [
      action({ title: 'c' }),
      action({ title: 'b', due: '2026-07-01' }),
      action({ title: 'a', due: '2026-06-01' }),
    ];
    expect(list.sort(byDue).map((a) => a.title)).toEqual(['a', 'b', 'c']);
  });
});

describe('suggested actions', () => {
  it('offers one per unmet criterion, owned by the card owner, for the foundation it names', () => {
    const b = board();
    const card = findInitiative(b, 'card')!;
    const results = evaluateMove(b, card, 'scaling');
    const unmet = results.filter((r) => !r.met);
    const suggested = suggestedActions(card, results);
    expect(suggested).toHaveLength(unmet.length);
    expect(suggested.map((a) => a.title)).toContain('Set the KPI');
    expect(suggested.find((a) => a.foundation)).toMatchObject({
      title: 'Raise Integration to 2 Developing (now 1 Emerging)',
      foundation: 'integration',
      owner: 'Ana',
      initiativeId: 'card',
    });
  });
});

describe('suggested actions for the governance criteria', () => {
  it('offers one per regime the card is not classified under, and one per missing practice with its status', () => {
    const b = updateInitiative(
      board(),
      'card',
      {
        usHighImpact: 'high-impact',
        practices: Object.fromEntries(
          (['testing', 'independent-review', 'monitoring', 'training', 'fail-safe'] as const).map((id) => [
            id,
            { status: 'done' as const },
          ]),
        ),
      },
      context,
    );
    const card = findInitiative(b, 'card')!;
    const results = ([{ kind: 'classification' }, { kind: 'practices' }] as const).map((criterion) =>
      evaluateCriterion(card, { ...criterion }, {}, ['eu-ai-act', 'us-high-impact']),
    );
    // Unassessed: the EU AI Act only. Missing: the impact assessment and the appeal, both not started.
    expect(suggestedActions(card, results)).toEqual([
      { title: 'Classify under EU AI Act', foundation: 'governance', owner: 'Ana', initiativeId: 'card' },
      {
        title: 'Complete AI impact assessment (not started)',
        foundation: 'governance',
        owner: 'Ana',
        initiativeId: 'card',
      },
      {
        title: 'Complete Appeal and remedy (not started)',
        foundation: 'governance',
        owner: 'Ana',
        initiativeId: 'card',
      },
    ]);
  });

  it('offers nothing for governance criteria that are met', () => {
    const card = findInitiative(board(), 'card')!;
    const results = [evaluateCriterion(card, { kind: 'classification' }, {}, [])];
    expect(results[0]!.met).toBe(true);
    expect(suggestedActions(card, results)).toEqual([]);
  });
});

describe('changing actions', () => {
  it('adds open actions with trimmed titles and no blank fields, and refuses an empty title', () => {
    const next = addActions(board(), [{ title: '  Sign the contract ', owner: ' ', note: 'Legal' }], context);
    expect(next.actions).toEqual([
      {
        id: expect.any(String),
        title: 'Sign the contract',
        note: 'Legal',
        status: 'open',
        createdAt: NOW,
        updatedAt: NOW,
      },
    ]);
    expect(() => addActions(board(), [{ title: '  ' }], context)).toThrow('An action needs a title');
  });

  it('dates the closing of an action, and clears the date when it is reopened', () => {
    const added = addActions(board(), [{ title: 'Sign the contract' }], context);
    const id = added.actions[0]!.id;
    const done = setActionStatus(added, id, 'done', { now: LATER });
    expect(done.actions[0]).toMatchObject({ status: 'done', closedAt: LATER, updatedAt: LATER });
    const reopened = setActionStatus(done, id, 'open', { now: LATER });
    expect(reopened.actions[0]!.closedAt).toBeUndefined();
    expect(setActionStatus(reopened, id, 'open', { now: LATER })).toBe(reopened);
  });

  it('edits and removes an action, emptied fields removed', () => {
    const added = addActions(board(), [{ title: 'Sign', owner: 'Ana' }], context);
    const id = added.actions[0]!.id;
    const edited = updateAction(added, id, { owner: '', due: '2026-07-01' }, { now: LATER });
    expect(edited.actions[0]).not.toHaveProperty('owner');
    expect(edited.actions[0]!.due).toBe('2026-07-01');
    expect(removeAction(edited, id, context).actions).toEqual([]);
    expect(() => removeAction(edited, 'nope', context)).toThrow();
  });

  it('cuts an edited title to the schema’s limit, as it cuts a new one, so the board still saves', () => {
    const added = addActions(board(), [{ title: 'Sign' }], context);
    const id = added.actions[0]!.id;
    const edited = updateAction(added, id, { title: `  ${'word '.repeat(BOARD_LIMITS.titleLength)}` }, { now: LATER });
    const title = edited.actions[0]!.title;
    expect(title.length).toBeLessThanOrEqual(BOARD_LIMITS.titleLength);
    expect(title.startsWith('word word')).toBe(true);
    expect(validateBoard(JSON.parse(serializeBoard(edited))).success).toBe(true);
    expect(() => updateAction(added, id, { title: ' ' }, { now: LATER })).toThrow('An action needs a title');
  });

  it('refuses a due date that is not a real YYYY-MM-DD day, when added or edited', () => {
    const added = addActions(board(), [{ title: 'Sign', due: ' 2028-02-29 ' }], context);
    expect(added.actions[0]!.due).toBe('2028-02-29');
    const id = added.actions[0]!.id;
    for (const due of ['2026-02-29', '2026-13-01', '30/06/2026', '2026-6-1', 'soon']) {
      expect(() => addActions(board(), [{ title: 'Sign', due }], context)).toThrow(
        `An action’s due date must be a day written YYYY-MM-DD, such as 2026-06-30 (not “${due}”)`,
      );
      expect(() => updateAction(added, id, { due }, { now: LATER })).toThrow('due date must be a day');
    }
    expect(updateAction(added, id, { due: '' }, { now: LATER }).actions[0]).not.toHaveProperty('due');
  });
});

describe('the readiness log', () => {
  it('logs each foundation whose level an edit changed, with who and why', () => {
    const b = board();
    const readiness = { ...findInitiative(b, 'card')!.readiness, data: 3 as const, people: 1 as const };
    const next = updateInitiative(
      b,
      'card',
      { readiness },
      { ...context, reason: { by: 'Ana', rationale: ' Audit ' } },
    );
    expect(next.readinessLog.map((c) => [c.foundation, c.from, c.to, c.by, c.rationale])).toEqual([
      ['data', 2, 3, 'Ana', 'Audit'],
      ['people', 0, 1, 'Ana', 'Audit'],
    ]);
    expect(next.readinessLog[0]).toMatchObject({ initiativeId: 'card', initiativeTitle: 'Claims triage', at: NOW });
  });

  it('logs nothing for an edit that leaves every level as it was, or touches other fields', () => {
    const b = board();
    const same = updateInitiative(b, 'card', { readiness: { ...findInitiative(b, 'card')!.readiness } }, context);
    expect(same.readinessLog).toEqual([]);
    expect(updateInitiative(b, 'card', { owner: 'Bo' }, context).readinessLog).toEqual([]);
  });
});
