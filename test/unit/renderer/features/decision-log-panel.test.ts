import type { Decision, ReadinessChange } from '../../../../domain';
import { mergedLog } from '../../../../renderer/features/workshop/decision-log-panel';

function decision(id: string, at: string): Decision {
  return {
    id,
    at,
    initiativeId: 'card',
    initiativeTitle: 'Claims triage',
    kind: 'go',
    from: 'pilot',
    to: 'scaling',
    unmetCriteria: [],
  };
}

function change(id: string, at: string): ReadinessChange {
  return { id, at, initiativeId: 'card', initiativeTitle: 'Claims triage', foundation: 'data', from: 1, to: 2 };
}

describe('the merged decision and readiness log', () => {
  it('orders entries by instant, though a hand-edited file writes some times with an offset', () => {
    // 09:30+02:00 is 07:30Z: before the decision at 08:00Z, though its text sorts after it.
    const merged = mergedLog(
      [decision('d1', '2026-06-01T08:00:00.000Z'), decision('d2', '2026-06-01T12:00:00.000Z')],
      [change('r1', '2026-06-01T09:30:00+02:00'), change('r2', '2026-06-01T11:00:00Z')],
    );
    expect(merged.map((e) => e.entry.id)).toEqual(['r1', 'd1', 'r2', 'd2']);
  });

  it('puts a readiness change logged with a decision just before it', () => {
    const at = '2026-06-01T08:00:00.000Z';
    expect(mergedLog([decision('d1', at)], [change('r1', at)]).map((e) => e.type)).toEqual(['readiness', 'decision']);
  });
});
