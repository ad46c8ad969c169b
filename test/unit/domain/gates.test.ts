import type { BoardDocument, Initiative } from '../../../domain';
import {
  addInitiative,
  classifyMove,
  createBoard,
  decideMove,
  evaluateCriterion,
  evaluateMove,
  findInitiative,
  gatesCrossed,
  rationaleRequired,
  updateInitiative,
} from '../../../domain';

const NOW = '2026-06-01T09:00:00.000Z';
let ids = 0;
const context = { now: NOW, newId: () => `id-${++ids}` };

function boardWith(card: Partial<Initiative> & { title: string }): { board: BoardDocument; id: string } {
  const board = addInitiative(createBoard('Gates', { now: NOW }), { ...card, id: 'card' }, { now: NOW });
  return { board, id: 'card' };
}
const card = (board: BoardDocument) => findInitiative(board, 'card')!;

describe('gate criteria', () => {
  it('evaluates a readiness minimum against the card’s level', () => {
    const { board } = boardWith({
      title: 'A',
      readiness: { data: 2, integration: 0, governance: 3, process: 0, people: 0, performance: 0 },
    });
    expect(evaluateCriterion(card(board), { kind: 'readiness', foundation: 'data', min: 2 })).toMatchObject({
      met: true,
      label: 'Data ≥ 2',
      current: '2',
    });
    expect(evaluateCriterion(card(board), { kind: 'readiness', foundation: 'governance', min: 4 })).toMatchObject({
      met: false,
      current: '3',
    });
  });

  it('evaluates required fields, blank text counting as missing and an unassessed risk tier as not assessed', () => {
    const { board } = boardWith({ title: 'A', kpi: '  ', owner: 'Ana', riskTier: 'unassessed', valueEstimate: 0 });
    const a = card(board);
    expect(evaluateCriterion(a, { kind: 'field', field: 'kpi' })).toMatchObject({
      met: false,
      label: 'KPI set',
      current: 'not set',
    });
    expect(evaluateCriterion(a, { kind: 'field', field: 'owner' })).toMatchObject({ met: true, current: 'Ana' });
    expect(evaluateCriterion(a, { kind: 'field', field: 'riskTier' })).toMatchObject({
      met: false,
      label: 'Risk tier assessed',
    });
    expect(evaluateCriterion(a, { kind: 'field', field: 'valueEstimate' })).toMatchObject({ met: true });
    expect(evaluateCriterion(a, { kind: 'field', field: 'sponsor' })).toMatchObject({ met: false });
  });

  it('collects the criteria of every gate a move crosses, once each', () => {
    const { board } = boardWith({ title: 'A', stage: 'idea' });
    expect(gatesCrossed(board, 'idea', 'scaling').map((g) => `${g.from}→${g.to}`)).toEqual([
      'idea→pilot',
      'pilot→scaling',
    ]);
    expect(gatesCrossed(board, 'scaling', 'pilot')).toEqual([]);
    expect(evaluateMove(board, card(board), 'scaling').map((r) => r.label)).toEqual([
      'Problem described',
      'Desired outcome described',
      'Owner named',
      'KPI set',
      'Data ≥ 2',
      'Integration ≥ 2',
      'Governance ≥ 3',
      'Performance ≥ 2',
    ]);
  });

  it('classifies moves and knows which decisions need a rationale', () => {
    expect(classifyMove('pilot', 'scaling')).toBe('forward');
    expect(classifyMove('scaling', 'pilot')).toBe('backward');
    expect(classifyMove('pilot', 'stopped')).toBe('stop');
    expect(classifyMove('stopped', 'idea')).toBe('restart');
    expect(rationaleRequired('go', 'forward')).toBe(false);
    expect(rationaleRequired('go-with-exception', 'forward')).toBe(true);
    expect(rationaleRequired('stop', 'forward')).toBe(true);
    expect(rationaleRequired('go', 'backward')).toBe(true);
  });
});

describe('decideMove', () => {
  const pilot = () =>
    boardWith({
      title: 'Claims triage',
      stage: 'pilot',
      kpi: 'Cycle time',
      readiness: { data: 2, integration: 1, governance: 3, process: 0, people: 0, performance: 2 },
    });

  it('go moves the card and logs the decision', () => {
    const { board, id } = pilot();
    const ready = updateInitiative(board, id, { readiness: { ...card(board).readiness, integration: 2 } }, context);
    const next = decideMove(ready, id, 'scaling', 0, { kind: 'go', by: 'CFO' }, context);
    expect(card(next).stage).toBe('scaling');
    expect(next.decisions.at(-1)).toMatchObject({
      kind: 'go',
      from: 'pilot',
      to: 'scaling',
      by: 'CFO',
      unmetCriteria: [],
    });
  });

  it('go-with-exception records the unmet criteria and needs a rationale', () => {
    const { board, id } = pilot();
    expect(() => decideMove(board, id, 'scaling', 0, { kind: 'go-with-exception' }, context)).toThrow(/rationale/);
    const next = decideMove(
      board,
      id,
      'scaling',
      0,
      { kind: 'go-with-exception', rationale: 'Integration lands next sprint' },
      context,
    );
    expect(card(next).stage).toBe('scaling');
    expect(next.decisions.at(-1)).toMatchObject({
      kind: 'go-with-exception',
      rationale: 'Integration lands next sprint',
      unmetCriteria: ['Integration ≥ 2'],
    });
  });

  it('readiness raised in the dialog counts before the criteria are recorded', () => {
    const { board, id } = pilot();
    const next = decideMove(board, id, 'scaling', 0, { kind: 'go', raise: { integration: 2 } }, context);
    expect(card(next).readiness.integration).toBe(2);
    expect(next.decisions.at(-1)!.unmetCriteria).toEqual([]);
  });

  it('hold keeps the card where it was but records the decision', () => {
    const { board, id } = pilot();
    const next = decideMove(board, id, 'scaling', 0, { kind: 'hold', rationale: 'Wait for the risk review' }, context);
    expect(card(next).stage).toBe('pilot');
    expect(card(next).stageEnteredAt).toBe(card(board).stageEnteredAt);
    expect(next.decisions.at(-1)).toMatchObject({ kind: 'hold', from: 'pilot', to: 'pilot' });
  });

  it('recycle sends the card back one stage, and stop to Stopped with a rationale', () => {
    const { board, id } = pilot();
    expect(card(decideMove(board, id, 'scaling', 0, { kind: 'recycle' }, context)).stage).toBe('idea');
    expect(() => decideMove(board, id, 'scaling', 0, { kind: 'stop' }, context)).toThrow(/rationale/);
    const stopped = decideMove(board, id, 'scaling', 0, { kind: 'stop', rationale: 'No owner' }, context);
    expect(card(stopped).stage).toBe('stopped');
    expect(stopped.decisions.at(-1)).toMatchObject({
      kind: 'stop',
      from: 'pilot',
      to: 'stopped',
      rationale: 'No owner',
    });
  });

  it('a backward move needs a rationale', () => {
    const { board, id } = pilot();
    expect(() => decideMove(board, id, 'idea', 0, { kind: 'move' }, context)).toThrow(/rationale/);
    expect(
      card(decideMove(board, id, 'idea', 0, { kind: 'move', rationale: 'Back to the drawing board' }, context)).stage,
    ).toBe('idea');
  });
});
