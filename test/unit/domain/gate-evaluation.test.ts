import type { BoardDocument, Initiative } from '../../../domain';
import {
  addInitiative,
  classifyMove,
  createBoard,
  evaluateCriterion,
  evaluateMove,
  findInitiative,
  gatesCrossed,
} from '../../../domain';

const NOW = '2026-06-01T09:00:00.000Z';

function boardWith(card: Partial<Initiative> & { title: string }): BoardDocument {
  return addInitiative(createBoard('Gates', { now: NOW }), { ...card, id: 'card' }, { now: NOW });
}
const card = (board: BoardDocument) => findInitiative(board, 'card')!;

describe('gate criteria', () => {
  it('evaluates a readiness minimum against the card’s level, as numbers and in words', () => {
    const board = boardWith({
      title: 'A',
      readiness: { data: 2, integration: 0, governance: 3, process: 0, people: 0, performance: 0 },
    });
    expect(evaluateCriterion(card(board), { kind: 'readiness', foundation: 'data', min: 2 })).toMatchObject({
      kind: 'readiness',
      met: true,
      label: 'Data ≥ 2',
      level: 2,
      required: 2,
      current: '2 Developing',
      raisable: false,
    });
    expect(evaluateCriterion(card(board), { kind: 'readiness', foundation: 'governance', min: 4 })).toMatchObject({
      met: false,
      level: 3,
      required: 4,
      current: '3 Established',
      raisable: true,
    });
  });

  it('counts readiness the room raised, and still offers to take a raise back', () => {
    const board = boardWith({ title: 'A' });
    const raised = evaluateCriterion(card(board), { kind: 'readiness', foundation: 'data', min: 2 }, { data: 2 });
    expect(raised).toMatchObject({ met: true, level: 2, current: '2 Developing', raisable: true });
  });

  it('evaluates required fields, blank text counting as missing and an unassessed risk tier as not assessed', () => {
    const board = boardWith({ title: 'A', kpi: '  ', owner: 'Ana', riskTier: 'unassessed', valueEstimate: 0 });
    const a = card(board);
    expect(evaluateCriterion(a, { kind: 'field', field: 'kpi' })).toMatchObject({
      kind: 'field',
      met: false,
      label: 'KPI set',
      current: 'not set',
    });
    expect(evaluateCriterion(a, { kind: 'field', field: 'owner' })).toMatchObject({ met: true, current: 'Ana' });
    expect(evaluateCriterion(a, { kind: 'field', field: 'riskTier' })).toMatchObject({
      met: false,
      label: 'Risk tier assessed',
      current: 'not set',
    });
    expect(evaluateCriterion(a, { kind: 'field', field: 'valueEstimate' })).toMatchObject({ met: true, current: '0' });
    expect(evaluateCriterion(a, { kind: 'field', field: 'sponsor' })).toMatchObject({ met: false });
  });

  it('names an assessed risk tier by its label', () => {
    const board = boardWith({ title: 'A', riskTier: 'high' });
    expect(evaluateCriterion(card(board), { kind: 'field', field: 'riskTier' })).toMatchObject({
      met: true,
      current: 'High',
    });
  });

  it('collects the criteria of every gate a move crosses, once each', () => {
    const board = boardWith({ title: 'A', stage: 'idea' });
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

  it('classifies moves along the path, off it to Stopped and back from it', () => {
    expect(classifyMove('pilot', 'scaling')).toBe('forward');
    expect(classifyMove('idea', 'production')).toBe('forward');
    expect(classifyMove('scaling', 'pilot')).toBe('backward');
    expect(classifyMove('pilot', 'stopped')).toBe('stop');
    expect(classifyMove('stopped', 'idea')).toBe('restart');
    expect(classifyMove('pilot', 'pilot')).toBe('same');
  });
});
