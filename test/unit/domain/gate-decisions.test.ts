import type { BoardDocument, GateDecision, Initiative, StageId } from '../../../domain';
import {
  addInitiative,
  createBoard,
  decideMove,
  decisionRefusal,
  findInitiative,
  moveOptions,
  PROHIBITED_REASON,
  rationaleRequired,
  updateBoard,
  updateInitiative,
} from '../../../domain';

const NOW = '2026-06-01T09:00:00.000Z';
let ids = 0;
const context = { now: NOW, newId: () => `id-${++ids}` };

function boardWith(card: Partial<Initiative> & { title: string }): BoardDocument {
  return addInitiative(createBoard('Gates', { now: NOW }), { ...card, id: 'card' }, { now: NOW });
}
const card = (board: BoardDocument) => findInitiative(board, 'card')!;

/** A pilot that meets every criterion into Scaling but Integration ≥ 2. */
const pilot = () =>
  boardWith({
    title: 'Claims triage',
    stage: 'pilot',
    kpi: 'Cycle time',
    readiness: { data: 2, integration: 1, governance: 3, process: 0, people: 0, performance: 2 },
  });
const ready = () => {
  const board = pilot();
  return updateInitiative(board, 'card', { readiness: { ...card(board).readiness, integration: 2 } }, context);
};

const actions = [{ title: 'Harden the claims API', owner: 'Ana', due: '2026-07-01' }];

function decide(board: BoardDocument, to: StageId, decision: GateDecision): BoardDocument {
  const result = decideMove(board, 'card', to, 0, decision, context);
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  return result.value;
}
function refusal(board: BoardDocument, to: StageId, decision: GateDecision) {
  const result = decideMove(board, 'card', to, 0, decision, context);
  return result.ok ? null : result.error;
}

describe('the decisions a move offers', () => {
  it('offers go, go with exception, hold, recycle and stop across a gate, go preselected when all is met', () => {
    const board = ready();
    const asked = moveOptions(board, card(board), 'scaling');
    expect(asked.move).toBe('forward');
    expect(asked.options.map((o) => [o.kind, o.label, o.open])).toEqual([
      ['go', 'Go', true],
      ['go-with-exception', 'Go with exception', true],
      ['hold', 'Hold', true],
      ['recycle', 'Recycle (back to Ideas)', true],
      ['stop', 'Stop', true],
    ]);
    expect(asked.options[0]!.hint).toBe('Every criterion is met.');
    expect(asked.preselected).toBe('go');
  });

  it('closes go while a criterion is unmet, says why, and preselects nothing', () => {
    const board = pilot();
    const asked = moveOptions(board, card(board), 'scaling');
    expect(asked.options[0]).toMatchObject({ kind: 'go', open: false, hint: 'not every criterion is met.' });
    expect(asked.options.slice(1).every((o) => o.open)).toBe(true);
    expect(asked.preselected).toBeNull();
  });

  it('opens go once the room raises the missing readiness', () => {
    const board = pilot();
    const asked = moveOptions(board, card(board), 'scaling', { integration: 2 });
    expect(asked.options[0]).toMatchObject({ kind: 'go', open: true });
    expect(asked.preselected).toBe('go');
    expect(asked.results.find((r) => r.label === 'Integration ≥ 2')).toMatchObject({ met: true, raisable: true });
  });

  it('offers the one decision that makes a move back, a restart or a stop, named by the board’s labels', () => {
    const board = pilot();
    const back = moveOptions(board, card(board), 'idea');
    expect(back).toMatchObject({ move: 'backward', results: [], preselected: 'move' });
    expect(back.options).toEqual([{ kind: 'move', label: 'Moved', hint: 'Move it to Ideas.', open: true }]);
    const stop = moveOptions(board, card(board), 'stopped');
    expect(stop.options.map((o) => o.kind)).toEqual(['stop']);
    expect(stop.preselected).toBe('stop');
    const stopped = decide(board, 'stopped', { kind: 'stop', rationale: 'No owner' });
    expect(moveOptions(stopped, card(stopped), 'pilot')).toMatchObject({ move: 'restart', preselected: 'move' });
  });

  it('knows which decisions need a rationale', () => {
    expect(rationaleRequired('go', 'forward')).toBe(false);
    expect(rationaleRequired('hold', 'forward')).toBe(false);
    expect(rationaleRequired('recycle', 'forward')).toBe(false);
    expect(rationaleRequired('go-with-exception', 'forward')).toBe(true);
    expect(rationaleRequired('stop', 'forward')).toBe(true);
    expect(rationaleRequired('move', 'backward')).toBe(true);
    expect(rationaleRequired('move', 'restart')).toBe(true);
  });
});

describe('whether a decision may be recorded', () => {
  it('asks for a decision before anything is chosen', () => {
    const board = pilot();
    expect(decisionRefusal(moveOptions(board, card(board), 'scaling'), { kind: null })).toMatchObject({
      code: 'no-decision',
    });
  });

  it('refuses a go with criteria unmet, naming them', () => {
    const board = pilot();
    expect(decisionRefusal(moveOptions(board, card(board), 'scaling'), { kind: 'go' })).toEqual({
      code: 'criteria-unmet',
      message: 'A go needs every criterion met, and Integration ≥ 2 is not; a go with exception records them.',
    });
  });

  it('refuses a decision the move does not offer', () => {
    const board = pilot();
    const refused = decisionRefusal(moveOptions(board, card(board), 'idea'), { kind: 'go', rationale: 'Why not' });
    expect(refused).toMatchObject({ code: 'decision-not-offered' });
    expect(refused!.message).toContain('the choices are: Moved');
  });

  it('refuses a decision without the rationale it needs, blank counting as none', () => {
    const board = pilot();
    const asked = moveOptions(board, card(board), 'scaling');
    expect(decisionRefusal(asked, { kind: 'go-with-exception', rationale: '  ' })).toMatchObject({
      code: 'rationale-required',
    });
    expect(decisionRefusal(asked, { kind: 'go-with-exception', rationale: 'Lands next sprint', actions })).toBeNull();
    expect(decisionRefusal(asked, { kind: 'hold', actions })).toBeNull();
  });

  it('refuses a go with exception or a hold without an action, and any decision with an untitled one', () => {
    const asked = moveOptions(pilot(), card(pilot()), 'scaling');
    for (const kind of ['go-with-exception', 'hold'] as const) {
      const refused = decisionRefusal(asked, { kind, rationale: 'Lands next sprint', actions: [{ title: '  ' }] });
      expect(refused).toMatchObject({ code: 'actions-required' });
      expect(decisionRefusal(asked, { kind, rationale: 'Lands next sprint' })?.message).toMatch(/at least one action/);
    }
    expect(decisionRefusal(asked, { kind: 'recycle' })).toBeNull();
    expect(decisionRefusal(asked, { kind: 'recycle', actions: [{ title: '' }] })).toMatchObject({
      code: 'action-untitled',
    });
  });
});

describe('decideMove', () => {
  it('go moves the card and logs the decision', () => {
    const next = decide(ready(), 'scaling', { kind: 'go', by: 'CFO' });
    expect(card(next).stage).toBe('scaling');
    expect(next.decisions.at(-1)).toMatchObject({
      kind: 'go',
      from: 'pilot',
      to: 'scaling',
      by: 'CFO',
      unmetCriteria: [],
    });
  });

  it('refuses a go with criteria unmet and leaves the board as it was', () => {
    const board = pilot();
    expect(decideMove(board, 'card', 'scaling', 0, { kind: 'go', rationale: 'We trust it' }, context)).toEqual({
      ok: false,
      error: {
        code: 'criteria-unmet',
        message: 'A go needs every criterion met, and Integration ≥ 2 is not; a go with exception records them.',
      },
    });
  });

  it('go-with-exception records the unmet criteria and needs a rationale', () => {
    const board = pilot();
    expect(refusal(board, 'scaling', { kind: 'go-with-exception' })).toMatchObject({ code: 'rationale-required' });
    const next = decide(board, 'scaling', {
      kind: 'go-with-exception',
      rationale: 'Integration lands next sprint',
      actions,
    });
    expect(card(next).stage).toBe('scaling');
    expect(next.decisions.at(-1)).toMatchObject({
      kind: 'go-with-exception',
      rationale: 'Integration lands next sprint',
      unmetCriteria: ['Integration ≥ 2'],
    });
  });

  it('readiness raised in the dialog counts before the criteria are recorded', () => {
    const next = decide(pilot(), 'scaling', { kind: 'go', raise: { integration: 2 } });
    expect(card(next).readiness.integration).toBe(2);
    expect(next.decisions.at(-1)!.unmetCriteria).toEqual([]);
  });

  it('hold keeps the card where it was but records the decision', () => {
    const board = pilot();
    const next = decide(board, 'scaling', { kind: 'hold', rationale: 'Wait for the risk review', actions });
    expect(card(next).stage).toBe('pilot');
    expect(card(next).stageEnteredAt).toBe(card(board).stageEnteredAt);
    expect(next.decisions.at(-1)).toMatchObject({ kind: 'hold', from: 'pilot', to: 'pilot' });
  });

  it('recycle sends the card back one stage, and stop to Stopped with a rationale', () => {
    const board = pilot();
    expect(card(decide(board, 'scaling', { kind: 'recycle' })).stage).toBe('idea');
    expect(refusal(board, 'scaling', { kind: 'stop' })).toMatchObject({ code: 'rationale-required' });
    const stopped = decide(board, 'scaling', { kind: 'stop', rationale: 'No owner' });
    expect(card(stopped).stage).toBe('stopped');
    expect(stopped.decisions.at(-1)).toMatchObject({
      kind: 'stop',
      from: 'pilot',
      to: 'stopped',
      rationale: 'No owner',
    });
  });

  it('a backward move needs a rationale, and is made by a move, not a go', () => {
    const board = pilot();
    expect(refusal(board, 'idea', { kind: 'move' })).toMatchObject({ code: 'rationale-required' });
    expect(refusal(board, 'idea', { kind: 'go', rationale: 'Back' })).toMatchObject({ code: 'decision-not-offered' });
    expect(card(decide(board, 'idea', { kind: 'move', rationale: 'Back to the drawing board' })).stage).toBe('idea');
  });

  it('refuses a card that is not on the board', () => {
    expect(decideMove(pilot(), 'nobody', 'scaling', 0, { kind: 'hold' }, context)).toMatchObject({
      ok: false,
      error: { code: 'no-initiative' },
    });
  });
});

describe('what a decision leaves behind', () => {
  it('records its actions, open, on the card and linked to the decision, and the readiness it raised', () => {
    const board = pilot();
    const next = decide(board, 'scaling', {
      kind: 'go-with-exception',
      rationale: 'Integration lands next sprint',
      by: 'CFO',
      raise: { process: 1 },
      actions: [
        { title: 'Harden the claims API', owner: 'Ana', due: '2026-07-01', foundation: 'integration' },
        { title: 'Write the runbook' },
      ],
    });
    const decision = next.decisions.at(-1)!;
    expect(next.actions).toHaveLength(2);
    expect(next.actions[0]).toMatchObject({
      title: 'Harden the claims API',
      owner: 'Ana',
      due: '2026-07-01',
      foundation: 'integration',
      status: 'open',
      initiativeId: 'card',
      decisionId: decision.id,
      createdAt: NOW,
    });
    expect(next.actions[1]).toMatchObject({
      title: 'Write the runbook',
      initiativeId: 'card',
      decisionId: decision.id,
    });
    expect(next.readinessLog).toEqual([
      {
        id: expect.any(String),
        initiativeId: 'card',
        initiativeTitle: 'Claims triage',
        foundation: 'process',
        from: 0,
        to: 1,
        at: NOW,
        by: 'CFO',
        rationale: 'Integration lands next sprint',
        decisionId: decision.id,
      },
    ]);
  });

  it('leaves the board as it was when refused: no actions, no readiness logged', () => {
    const board = pilot();
    const result = decideMove(board, 'card', 'scaling', 0, { kind: 'hold', raise: { data: 4 } }, context);
    expect(result.ok).toBe(false);
    expect(board.actions).toEqual([]);
    expect(board.readinessLog).toEqual([]);
  });
});

describe('a use case the EU AI Act prohibits', () => {
  /** A pilot that meets every criterion into Scaling, but is classified as a prohibited practice. */
  const prohibited = () => updateInitiative(ready(), 'card', { euAiAct: 'prohibited' }, context);

  it('offers only hold and stop on a forward move, go and go with exception closed with the reason', () => {
    const board = prohibited();
    const asked = moveOptions(board, card(board), 'scaling');
    expect(asked.blocked).toBe(PROHIBITED_REASON);
    expect(asked.preselected).toBeNull();
    expect(asked.options.map((o) => [o.kind, o.open])).toEqual([
      ['go', false],
      ['go-with-exception', false],
      ['hold', true],
      ['stop', true],
    ]);
    expect(asked.options.filter((o) => !o.open).map((o) => o.hint)).toEqual([
      'prohibited under the EU AI Act.',
      'prohibited under the EU AI Act: no exception can be made.',
    ]);
    expect(asked.options[2]!.hint).toBe('Stay in Pilot while the classification is reviewed.');
    // Every criterion is met, and still no go: the prohibition is not a criterion to be excepted.
    expect(asked.results.every((r) => r.met)).toBe(true);
  });

  it('refuses a go or a go with exception with the reason, code prohibited, and leaves the board as it was', () => {
    const board = prohibited();
    for (const kind of ['go', 'go-with-exception'] as const) {
      const result = decideMove(
        board,
        'card',
        'scaling',
        0,
        { kind, rationale: 'The board accepts it', actions },
        context,
      );
      expect(result).toEqual({ ok: false, error: { code: 'prohibited', message: PROHIBITED_REASON } });
    }
    expect(refusal(board, 'scaling', { kind: 'recycle' })).toMatchObject({ code: 'decision-not-offered' });
    expect(card(board).stage).toBe('pilot');
  });

  it('records a hold or a stop', () => {
    const board = prohibited();
    const held = decide(board, 'scaling', { kind: 'hold', actions });
    expect(card(held).stage).toBe('pilot');
    expect(held.decisions.at(-1)).toMatchObject({ kind: 'hold', from: 'pilot', to: 'pilot' });
    const stopped = decide(board, 'scaling', { kind: 'stop', rationale: 'Social scoring is prohibited' });
    expect(card(stopped).stage).toBe('stopped');
  });

  it('may not be restarted from Stopped, only held there', () => {
    const stopped = decide(prohibited(), 'stopped', { kind: 'stop', rationale: 'Prohibited' });
    const asked = moveOptions(stopped, card(stopped), 'idea');
    expect(asked).toMatchObject({ move: 'restart', blocked: PROHIBITED_REASON, preselected: null });
    expect(asked.options.filter((o) => o.open).map((o) => o.kind)).toEqual(['hold']);
    expect(refusal(stopped, 'idea', { kind: 'move', rationale: 'Try again' })).toMatchObject({
      code: 'decision-not-offered',
    });
  });

  it('may still move back, or be stopped, outside a gate', () => {
    const board = prohibited();
    expect(moveOptions(board, card(board), 'idea')).toMatchObject({ move: 'backward', preselected: 'move' });
    expect(moveOptions(board, card(board), 'idea').blocked).toBeUndefined();
    expect(card(decide(board, 'stopped', { kind: 'stop', rationale: 'Prohibited' })).stage).toBe('stopped');
  });

  it('stays blocked on a board that no longer shows the EU AI Act: unticking it does not lift the prohibition', () => {
    const board = prohibited();
    const usOnly = updateBoard(board, { workshop: { ...board.workshop, regimes: ['us-high-impact'] } }, context);
    const asked = moveOptions(usOnly, card(usOnly), 'scaling');
    expect(asked.blocked).toBe(PROHIBITED_REASON);
    expect(asked.options.filter((o) => o.open).map((o) => o.kind)).toEqual(['hold', 'stop']);
  });
});
