import { labelled, RISK_TIER_LABELS, RISK_TIERS_BY_SEVERITY } from '../../../domain';

describe('labels', () => {
  it('orders risk tiers from the most severe, unassessed last', () => {
    expect(RISK_TIERS_BY_SEVERITY).toEqual(['high', 'medium', 'low', 'unassessed']);
  });

  it('pairs enum values with their labels in the order given', () => {
    expect(labelled(['low', 'unassessed'], RISK_TIER_LABELS)).toEqual([
      { value: 'low', label: 'Low' },
      { value: 'unassessed', label: 'Not assessed' },
    ]);
  });
});
