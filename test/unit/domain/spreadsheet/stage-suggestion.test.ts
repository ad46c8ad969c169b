import type { TableRow } from '../../../../domain';
import {
  createBoard,
  distinctStageValues,
  suggestedStageMap,
  suggestStage,
  unknownStageValues,
  withUnknownValuesIn,
} from '../../../../domain';
import { STAGE_WORDINGS, UNKNOWN_STAGE_WORDINGS } from '../../../support/real-size-inventory';

describe('suggestStage', () => {
  it.each([
    ['a) Pre-deployment – The use case is in a development or acquisition status', 'idea'],
    ['b)  Pilot – The use case has been deployed in a limited test or pilot capacity', 'pilot'],
    ['c)  Deployed – The use case is being actively used', 'production'],
    ['d) Retired – The use case was retired or decommissioned', 'stopped'],
    ['Initiated', 'idea'],
    ['Acquisition and/or Development', 'idea'],
    ['Implementation and Assessment', 'scaling'],
    ['Operation and Maintenance', 'production'],
    ['Retired', 'stopped'],
    ['Disposal/Retired', 'stopped'],
    ['Planned (not in production)', 'idea'],
    ['In production', 'production'],
    ['Ideation', 'idea'],
    ['In mission', 'production'],
    ['In-use', 'production'],
    ['Proof of concept', 'pilot'],
    ['Rollout', 'scaling'],
    ['Cancelled', 'stopped'],
    // A limited deployment is a pilot, not Production; a concept is an idea, a proof of concept a pilot.
    ['Limited deployment', 'pilot'],
    ['Test & Evaluation', 'pilot'],
    ['Test and evaluation', 'pilot'],
    ['Concept', 'idea'],
  ])('suggests a stage for “%s”', (value, stage) => {
    expect(suggestStage(value)).toBe(stage);
  });

  it.each([
    'Not in production',
    'Not yet deployed',
    'Planned (not in production)',
    'Pilot – not yet in production',
    'In development, not operational',
    'Never deployed',
    'Not live',
    'Deployed – not yet in production',
    'In use: not operational yet',
  ])('never sends a value that says it is not in production (“%s”) to Production', (value) => {
    expect(suggestStage(value)).not.toBe('production');
    expect(suggestStage(value)).not.toBeNull();
  });

  it('keeps a negated value’s own stage: a pilot not yet in production is a pilot, not yet deployed is an idea', () => {
    expect(suggestStage('Pilot – not yet in production')).toBe('pilot');
    expect(suggestStage('Not yet deployed')).toBe('idea');
  });

  it.each([
    ['Development and Acquisition', 'a) Pre-deployment – The use case is in a development or acquisition status.'],
    ['Acquisition and/or Development', 'Pre-deployment: development or acquisition'],
    ['Development & acquisition', 'In pre-deployment (development or acquisition)'],
  ])('puts one life-cycle phase worded two ways in one stage: “%s” and “%s”', (one, other) => {
    expect(suggestStage(one)).not.toBeNull();
    expect(suggestStage(one)).toBe(suggestStage(other));
  });

  it.each([
    ['Deployment', 'production'],
    ['In deployment', 'production'],
    ['Completed', 'production'],
    ['Pre-deployment', 'idea'],
  ])('recognises “%s”', (value, stage) => {
    expect(suggestStage(value)).toBe(stage);
  });

  it('knows nothing of values no rule covers', () => {
    expect(suggestStage('Research or  Administrative Action Complete')).toBeNull();
    expect(suggestStage('')).toBeNull();
  });

  it('prefers the board’s own labels', () => {
    const board = createBoard('B', { now: '2026-01-01T00:00:00.000Z' });
    board.stages[1] = { ...board.stages[1]!, label: 'Experiments' };
    expect(suggestStage('experiments', board.stages)).toBe('pilot');
  });
});

describe('suggestedStageMap', () => {
  it('maps each stage value a rule knows, by its key, and leaves the rest to the blank stage', () => {
    const rows: TableRow[] = [
      ['Stage'],
      ['b) Pilot – limited test'],
      ['Deployed'],
      ['deployed'],
      ['Research complete'],
    ];
    const values = distinctStageValues(rows, 0, 0);
    expect(suggestedStageMap(values)).toEqual({ 'pilot limited test': 'pilot', deployed: 'production' });
  });
});

describe('withUnknownValuesIn', () => {
  it('sends every value no rule knows to one stage and leaves the others as they were', () => {
    const rows: TableRow[] = [['Stage'], ...STAGE_WORDINGS.map((w) => [w])];
    const values = distinctStageValues(rows, 0, 0);
    const suggested = suggestedStageMap(values);
    const map = withUnknownValuesIn(suggested, values, 'stopped');
    for (const v of values) expect(map[v.key], v.value).toBe(v.suggested ?? 'stopped');
    expect(unknownStageValues(values).map((v) => v.value)).toEqual([...UNKNOWN_STAGE_WORDINGS].sort());
  });
});
