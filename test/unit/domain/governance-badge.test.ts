import type { Initiative, Regime } from '../../../domain';
import { addInitiative, createBoard, governanceBadge, governanceBadgeText, PRACTICE_IDS } from '../../../domain';

const NOW = '2026-06-01T09:00:00.000Z';
const DEFAULT: Regime[] = ['eu-ai-act', 'us-high-impact'];

function card(fields: Partial<Initiative>): Initiative {
  return addInitiative(createBoard('B', { now: NOW }), { title: 'A card', ...fields }, { now: NOW }).initiatives[0]!;
}

describe('governanceBadge', () => {
  it('says nothing of a card nothing binds: not assessed, minimal, limited or not high-impact', () => {
    expect(governanceBadge(card({}), DEFAULT)).toBeNull();
    expect(governanceBadge(card({ euAiAct: 'limited', usHighImpact: 'presumed-not' }), DEFAULT)).toBeNull();
    // Rights-impacting binds only on a board that uses the M-24-10 determination.
    expect(governanceBadge(card({ usRightsSafety: 'rights' }), DEFAULT)).toBeNull();
  });

  it('names a prohibited card, without counting practices it will never need', () => {
    const badge = governanceBadge(card({ euAiAct: 'prohibited', usHighImpact: 'high-impact' }), DEFAULT);
    expect(badge).toEqual({ tone: 'prohibited', words: 'EU prohibited' });
    // A board that no longer shows the EU AI Act still says so: the card stays blocked at the gate.
    expect(governanceBadge(card({ euAiAct: 'prohibited', usHighImpact: 'high-impact' }), ['us-high-impact'])).toEqual({
      tone: 'prohibited',
      words: 'EU prohibited',
    });
  });

  it('names each classification that binds the card, and counts its open practices', () => {
    const both = card({
      euAiAct: 'high-risk',
      usHighImpact: 'high-impact',
      usRightsSafety: 'both',
      practices: {
        testing: { status: 'done' },
        appeal: { status: 'not-applicable' },
        monitoring: { status: 'in-progress' },
      },
    });
    const badge = governanceBadge(both, ['eu-ai-act', 'us-high-impact', 'us-rights-safety'])!;
    expect(badge).toEqual({
      tone: 'high-impact',
      words: 'EU high-risk, High-impact, Rights+safety',
      practices: `5 of ${PRACTICE_IDS.length} practices open`,
      open: 5,
    });
    expect(governanceBadgeText(badge)).toBe(
      `EU high-risk, High-impact, Rights+safety · 5 of ${PRACTICE_IDS.length} practices open`,
    );
  });

  it('says the practices are done once each is done, not applicable or waived', () => {
    const practices = Object.fromEntries(PRACTICE_IDS.map((p, i) => [p, { status: i % 2 ? 'done' : 'waived' }]));
    const badge = governanceBadge(card({ usRightsSafety: 'safety', practices }), ['us-rights-safety']);
    expect(badge).toMatchObject({ words: 'Safety-impacting', practices: 'No practice open', open: 0 });
  });

  it('does not count practices the card keeps from the room', () => {
    const badge = governanceBadge(card({ euAiAct: 'high-risk' }), DEFAULT, { practicesHidden: true })!;
    expect(badge).toEqual({ tone: 'high-impact', words: 'EU high-risk' });
    expect(governanceBadgeText(badge)).toBe('EU high-risk');
  });
});
