import type { Gate } from './board-schema';

/** The default gates of a new board (DESIGN.md §1); each board can edit its own. */
export function defaultGates(): Gate[] {
  return [
    {
      from: 'idea',
      to: 'pilot',
      criteria: [
        { kind: 'field', field: 'problem' },
        { kind: 'field', field: 'outcome' },
        { kind: 'field', field: 'owner' },
      ],
    },
    {
      from: 'pilot',
      to: 'scaling',
      criteria: [
        { kind: 'field', field: 'kpi' },
        { kind: 'readiness', foundation: 'data', min: 2 },
        { kind: 'readiness', foundation: 'integration', min: 2 },
        { kind: 'readiness', foundation: 'governance', min: 3 },
        { kind: 'readiness', foundation: 'performance', min: 2 },
      ],
    },
    {
      from: 'scaling',
      to: 'production',
      criteria: [
        { kind: 'readiness', foundation: 'data', min: 3 },
        { kind: 'readiness', foundation: 'integration', min: 3 },
        { kind: 'readiness', foundation: 'governance', min: 3 },
        { kind: 'readiness', foundation: 'process', min: 3 },
        { kind: 'readiness', foundation: 'people', min: 3 },
        { kind: 'readiness', foundation: 'performance', min: 3 },
        { kind: 'field', field: 'riskTier' },
        { kind: 'classification' },
        { kind: 'practices' },
      ],
    },
  ];
}
