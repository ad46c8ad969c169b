import { labelled, laneTitle, NO_LANE, RISK_TIER_LABELS, RISK_TIERS_BY_SEVERITY } from '../../../domain';

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

  it('heads a swimlane with the label of its source or risk tier, and a business unit as written', () => {
    expect(laneTitle('unassessed', 'riskTier')).toBe('Not assessed');
    expect(laneTitle('frontline', 'source')).toBe('Frontline idea');
    expect(laneTitle(NO_LANE, 'source')).toBe('Not set');
    // A business unit that happens to be a tier's id is still the unit's own name.
    expect(laneTitle('high', 'businessUnit')).toBe('high');
  });
});
