import type { BoardDocument, Initiative, Regime } from '../../../domain';
import {
  addInitiative,
  classifyMove,
  createBoard,
  DEFAULT_REGIMES,
  describeCriterion,
  evaluateCriterion,
  evaluateMove,
  findInitiative,
  gatesCrossed,
  PRACTICE_IDS,
  updateBoard,
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
    expect(
      evaluateCriterion(card(board), { kind: 'readiness', foundation: 'data', min: 2 }, {}, DEFAULT_REGIMES),
    ).toMatchObject({
      kind: 'readiness',
      met: true,
      label: 'Data ≥ 2',
      level: 2,
      required: 2,
      current: '2 Developing',
      raisable: false,
    });
    expect(
      evaluateCriterion(card(board), { kind: 'readiness', foundation: 'governance', min: 4 }, {}, DEFAULT_REGIMES),
    ).toMatchObject({
      met: false,
      level: 3,
      required: 4,
      current: '3 Established',
      raisable: true,
    });
  });

  it('counts readiness the room raised, and still offers to take a raise back', () => {
    const board = boardWith({ title: 'A' });
    const raised = evaluateCriterion(
      card(board),
      { kind: 'readiness', foundation: 'data', min: 2 },
      { data: 2 },
      DEFAULT_REGIMES,
    );
    expect(raised).toMatchObject({ met: true, level: 2, current: '2 Developing', raisable: true });
  });

  it('evaluates required fields, blank text counting as missing and an unassessed risk tier as not assessed', () => {
    const board = boardWith({ title: 'A', kpi: '  ', owner: 'Ana', riskTier: 'unassessed', valueEstimate: 0 });
    const a = card(board);
    expect(evaluateCriterion(a, { kind: 'field', field: 'kpi' }, {}, DEFAULT_REGIMES)).toMatchObject({
      kind: 'field',
      met: false,
      label: 'KPI set',
      current: 'not set',
    });
    expect(evaluateCriterion(a, { kind: 'field', field: 'owner' }, {}, DEFAULT_REGIMES)).toMatchObject({
      met: true,
      current: 'Ana',
    });
    expect(evaluateCriterion(a, { kind: 'field', field: 'riskTier' }, {}, DEFAULT_REGIMES)).toMatchObject({
      met: false,
      label: 'Risk tier assessed',
      current: 'not set',
    });
    expect(evaluateCriterion(a, { kind: 'field', field: 'valueEstimate' }, {}, DEFAULT_REGIMES)).toMatchObject({
      met: true,
      current: '0',
    });
    expect(evaluateCriterion(a, { kind: 'field', field: 'sponsor' }, {}, DEFAULT_REGIMES)).toMatchObject({
      met: false,
    });
  });

  it('names an assessed risk tier by its label', () => {
    const board = boardWith({ title: 'A', riskTier: 'high' });
    expect(evaluateCriterion(card(board), { kind: 'field', field: 'riskTier' }, {}, DEFAULT_REGIMES)).toMatchObject({
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

describe('governance criteria', () => {
  const classification = { kind: 'classification' } as const;
  const practices = { kind: 'practices' } as const;
  const EU: readonly Regime[] = ['eu-ai-act'];
  const BOTH: readonly Regime[] = ['eu-ai-act', 'us-high-impact'];

  it('names the two criteria for what they ask', () => {
    expect(describeCriterion(classification)).toBe('Regulatory classification assessed');
    expect(describeCriterion(practices)).toBe('Minimum practices done (high-impact or high-risk)');
  });

  it('meets classification only when the card is classified under every regime the board uses', () => {
    const a = card(boardWith({ title: 'A', euAiAct: 'minimal' }));
    expect(evaluateCriterion(a, classification, {}, BOTH)).toEqual({
      kind: 'classification',
      criterion: classification,
      label: 'Regulatory classification assessed',
      met: false,
      current: 'EU AI Act: Minimal; US high-impact (OMB M-25-21): Not assessed',
      unassessed: ['us-high-impact'],
    });
    expect(evaluateCriterion(a, classification, {}, EU)).toMatchObject({ met: true, unassessed: [] });
    // A regime the board does not use is not asked for, whatever the card says under it.
    expect(evaluateCriterion(a, classification, {}, ['us-rights-safety'])).toMatchObject({
      met: false,
      unassessed: ['us-rights-safety'],
    });
  });

  it('has nothing to ask on a board that chose no regime, and says so', () => {
    expect(evaluateCriterion(card(boardWith({ title: 'A' })), classification, {}, [])).toMatchObject({
      met: true,
      current: 'no regime chosen in Setup › Regulatory regimes',
      unassessed: [],
    });
  });

  it('assesses classification under the board’s own regimes in a move', () => {
    const board = boardWith({ title: 'A', stage: 'scaling', usRightsSafety: 'neither' });
    const result = (b: BoardDocument) =>
      evaluateMove(b, card(b), 'production').find((r) => r.kind === 'classification');
    // No regime chosen: the EU AI Act and US high-impact, and the card is classified under neither.
    expect(result(board)).toMatchObject({ met: false, unassessed: ['eu-ai-act', 'us-high-impact'] });
    const rightsOnly = updateBoard(
      board,
      { workshop: { ...board.workshop, regimes: ['us-rights-safety'] } },
      { now: NOW },
    );
    expect(result(rightsOnly)).toMatchObject({ met: true, unassessed: [] });
  });

  it('meets practices for a card that is not high-impact or high-risk', () => {
    const a = card(boardWith({ title: 'A', euAiAct: 'limited', usHighImpact: 'not-high-impact' }));
    expect(evaluateCriterion(a, practices, {}, BOTH)).toEqual({
      kind: 'practices',
      criterion: practices,
      label: 'Minimum practices done (high-impact or high-risk)',
      met: true,
      current: 'not high-impact or high-risk',
      requiredBy: [],
      missing: [],
    });
  });

  it('does not call a card that is not classified "not high-impact": it says what is not assessed', () => {
    const a = card(boardWith({ title: 'A', euAiAct: 'minimal' }));
    expect(evaluateCriterion(a, practices, {}, BOTH)).toMatchObject({
      met: true,
      current: 'not high-impact or high-risk where classified; not assessed under US high-impact (OMB M-25-21)',
    });
    expect(evaluateCriterion(card(boardWith({ title: 'B' })), practices, {}, BOTH)).toMatchObject({
      met: true,
      current: 'not assessed under EU AI Act, US high-impact (OMB M-25-21)',
    });
    expect(evaluateCriterion(a, practices, {}, [])).toMatchObject({
      met: true,
      current: 'no regime chosen in Setup › Regulatory regimes',
    });
  });

  it('leaves a high-risk card with practices missing unmet, naming each missing practice and its status', () => {
    const a = card(
      boardWith({
        title: 'A',
        euAiAct: 'high-risk',
        usHighImpact: 'high-impact',
        practices: {
          testing: { status: 'done' },
          'impact-assessment': { status: 'in-progress' },
          'independent-review': { status: 'not-applicable' },
          monitoring: { status: 'waived' },
          training: { status: 'done' },
          'fail-safe': { status: 'done' },
        },
      }),
    );
    expect(evaluateCriterion(a, practices, {}, BOTH)).toEqual({
      kind: 'practices',
      criterion: practices,
      label: 'Minimum practices done (high-impact or high-risk)',
      met: false,
      current: `2 of ${PRACTICE_IDS.length} practices open: AI impact assessment (in progress), Appeal and remedy (not started)`,
      requiredBy: ['EU AI Act: High-risk', 'US high-impact (OMB M-25-21): High-impact'],
      missing: [
        { practice: 'impact-assessment', label: 'AI impact assessment', status: 'in-progress' },
        { practice: 'appeal', label: 'Appeal and remedy', status: 'not-started' },
      ],
    });
  });

  it('meets practices once each is done, not applicable or waived', () => {
    const statuses = ['done', 'not-applicable', 'waived'] as const;
    const settled = Object.fromEntries(PRACTICE_IDS.map((id, i) => [id, { status: statuses[i % 3]! }]));
    const a = card(boardWith({ title: 'A', euAiAct: 'high-risk', practices: settled }));
    expect(evaluateCriterion(a, practices, {}, EU)).toMatchObject({
      met: true,
      current: 'No practice open',
      requiredBy: ['EU AI Act: High-risk'],
      missing: [],
    });
  });

  it('does not bind the practices by a classification under a regime the board does not use', () => {
    const a = card(boardWith({ title: 'A', euAiAct: 'minimal', usRightsSafety: 'rights' }));
    expect(evaluateCriterion(a, practices, {}, EU)).toMatchObject({ met: true, requiredBy: [], missing: [] });
    expect(evaluateCriterion(a, practices, {}, ['eu-ai-act', 'us-rights-safety'])).toMatchObject({
      met: false,
      requiredBy: ['US rights/safety-impacting (OMB M-24-10): Rights-impacting'],
    });
  });

  it('puts both criteria on the default gate into Production', () => {
    const board = boardWith({ title: 'A', stage: 'scaling', euAiAct: 'high-risk' });
    const results = evaluateMove(board, card(board), 'production');
    expect(results.filter((r) => r.kind === 'classification' || r.kind === 'practices').map((r) => r.label)).toEqual([
      'Regulatory classification assessed',
      'Minimum practices done (high-impact or high-risk)',
    ]);
  });
});
