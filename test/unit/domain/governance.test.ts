import type { Initiative, Regime } from '../../../domain';
import {
  addInitiative,
  boardRegimes,
  classificationWords,
  createBoard,
  DEFAULT_REGIMES,
  isHighImpact,
  isProhibited,
  missingPractices,
  PRACTICE_IDS,
  PRACTICE_STATUS_LABELS,
  PRACTICE_STATUSES,
  PRACTICES,
  practiceSettled,
  practicesRequiredBy,
  practiceStatus,
  REGIME_FIELDS,
  REGIME_LABELS,
  REGIME_VALUES,
  REGIMES,
  unassessedRegimes,
  updateBoard,
  withPractice,
} from '../../../domain';

const NOW = '2026-06-01T09:00:00.000Z';
const ALL: readonly Regime[] = REGIMES;

function card(fields: Partial<Initiative> = {}): Initiative {
  const board = addInitiative(
    createBoard('G', { now: NOW }),
    { id: 'card', title: 'Pricing model', ...fields },
    { now: NOW },
  );
  return board.initiatives[0]!;
}

describe('the regimes a board classifies under', () => {
  it('uses the EU AI Act and the US high-impact determination when the board has not chosen', () => {
    const board = createBoard('G', { now: NOW });
    expect(board.workshop.regimes).toBeUndefined();
    expect(boardRegimes(board)).toEqual(['eu-ai-act', 'us-high-impact']);
    expect(boardRegimes(board)).toEqual(DEFAULT_REGIMES);
  });

  it('lists the chosen regimes in the order REGIMES gives them, and none when the board chose none', () => {
    const board = createBoard('G', { now: NOW });
    const chosen = updateBoard(
      board,
      { workshop: { ...board.workshop, regimes: ['us-rights-safety', 'eu-ai-act'] } },
      { now: NOW },
    );
    expect(boardRegimes(chosen)).toEqual(['eu-ai-act', 'us-rights-safety']);
    const none = updateBoard(board, { workshop: { ...board.workshop, regimes: [] } }, { now: NOW });
    expect(boardRegimes(none)).toEqual([]);
  });
});

describe('labels', () => {
  it('names every regime, every value of every regime, every practice and every status', () => {
    for (const regime of REGIMES) {
      expect(REGIME_LABELS[regime]).toBeTruthy();
      for (const value of REGIME_VALUES[regime]) {
        const words = classificationWords(card({ [REGIME_FIELDS[regime]]: value }), regime);
        expect(words).not.toBe('Not assessed');
        expect(words).toBeTruthy();
      }
    }
    for (const id of PRACTICE_IDS) expect(PRACTICES[id]).toMatchObject({ id, label: expect.any(String) });
    for (const status of PRACTICE_STATUSES) expect(PRACTICE_STATUS_LABELS[status]).toBeTruthy();
  });

  it('says "Not assessed" for a regime the card has no answer under', () => {
    const c = card({ euAiAct: 'high-risk' });
    expect(classificationWords(c, 'eu-ai-act')).toBe('High-risk');
    expect(classificationWords(c, 'us-high-impact')).toBe('Not assessed');
    expect(classificationWords(c, 'us-rights-safety')).toBe('Not assessed');
  });
});

describe('practices', () => {
  it('counts a practice the card does not list as not started', () => {
    const c = card({ practices: { testing: { status: 'done' } } });
    expect(practiceStatus(c, 'testing')).toBe('done');
    expect(practiceStatus(c, 'appeal')).toBe('not-started');
  });

  it('settles a practice that is done, not applicable or waived, and no other', () => {
    expect(PRACTICE_STATUSES.filter(practiceSettled)).toEqual(['done', 'not-applicable', 'waived']);
  });
});

describe('which cards the practices bind', () => {
  it('binds an EU high-risk, a US high-impact and a rights- or safety-impacting card, under the regimes in use', () => {
    expect(isHighImpact(card({ euAiAct: 'high-risk' }), ALL)).toBe(true);
    expect(isHighImpact(card({ usHighImpact: 'high-impact' }), ALL)).toBe(true);
    for (const value of ['rights', 'safety', 'both'] as const) {
      expect(isHighImpact(card({ usRightsSafety: value }), ALL)).toBe(true);
    }
  });

  it('does not bind a card classified lower, or not classified at all', () => {
    const lower = card({ euAiAct: 'limited', usHighImpact: 'presumed-not', usRightsSafety: 'neither' });
    expect(isHighImpact(lower, ALL)).toBe(false);
    expect(isHighImpact(card(), ALL)).toBe(false);
    expect(isHighImpact(card({ euAiAct: 'minimal', usHighImpact: 'not-high-impact' }), ALL)).toBe(false);
  });

  it('ignores a classification under a regime the board does not use', () => {
    const c = card({ euAiAct: 'high-risk', usRightsSafety: 'rights' });
    expect(isHighImpact(c, ['us-high-impact'])).toBe(false);
    expect(practicesRequiredBy(c, ['us-high-impact'])).toEqual([]);
    expect(missingPractices(c, ['us-high-impact'])).toEqual([]);
    expect(isHighImpact(c, [])).toBe(false);
  });

  it('says why the practices bind, naming each regime and the card’s category under it', () => {
    const c = card({ euAiAct: 'high-risk', usHighImpact: 'high-impact', usRightsSafety: 'neither' });
    expect(practicesRequiredBy(c, ALL)).toEqual(['EU AI Act: High-risk', 'US high-impact (OMB M-25-21): High-impact']);
    expect(practicesRequiredBy(card({ usRightsSafety: 'both' }), ['us-rights-safety'])).toEqual([
      'US rights/safety-impacting (OMB M-24-10): Rights- and safety-impacting',
    ]);
  });

  it('lists the practices a bound card has not settled, in checklist order, and none for a card not bound', () => {
    const c = card({
      euAiAct: 'high-risk',
      practices: {
        appeal: { status: 'in-progress' },
        testing: { status: 'done' },
        'impact-assessment': { status: 'not-started' },
        'independent-review': { status: 'not-applicable' },
        monitoring: { status: 'waived', evidence: 'Board minute 12' },
      },
    });
    expect(missingPractices(c, ALL)).toEqual(['impact-assessment', 'training', 'fail-safe', 'appeal']);
    expect(missingPractices(card({ euAiAct: 'minimal' }), ALL)).toEqual([]);
    const settled = Object.fromEntries(PRACTICE_IDS.map((id) => [id, { status: 'done' as const }]));
    expect(missingPractices(card({ euAiAct: 'high-risk', practices: settled }), ALL)).toEqual([]);
  });
});

describe('classification and prohibition', () => {
  it('names the regimes in use under which the card is not classified', () => {
    const c = card({ usHighImpact: 'not-high-impact' });
    expect(unassessedRegimes(c, ALL)).toEqual(['eu-ai-act', 'us-rights-safety']);
    expect(unassessedRegimes(c, ['us-high-impact'])).toEqual([]);
    expect(unassessedRegimes(card(), [])).toEqual([]);
  });

  it('prohibits only a card classified prohibited under the EU AI Act', () => {
    const c = card({ euAiAct: 'prohibited' });
    expect(isProhibited(c)).toBe(true);
    expect(isProhibited(card({ euAiAct: 'high-risk' }))).toBe(false);
  });
});

describe('withPractice', () => {
  it('records a status and evidence, keeping the other practices', () => {
    const before = { testing: { status: 'done' as const } };
    expect(withPractice(before, 'appeal', { status: 'in-progress' })).toEqual({
      testing: { status: 'done' },
      appeal: { status: 'in-progress' },
    });
    expect(withPractice(before, 'testing', { evidence: 'Test report v2' })).toEqual({
      testing: { status: 'done', evidence: 'Test report v2' },
    });
    // The record the card held is not changed in place.
    expect(before).toEqual({ testing: { status: 'done' } });
  });

  it('keeps evidence given for a practice not started yet', () => {
    expect(withPractice(undefined, 'monitoring', { evidence: 'Dashboard planned' })).toEqual({
      monitoring: { status: 'not-started', evidence: 'Dashboard planned' },
    });
  });

  it('leaves out a practice back to not started without evidence, and an emptied record altogether', () => {
    const one = { testing: { status: 'done' as const, evidence: 'x' } };
    expect(withPractice(one, 'testing', { evidence: '  ' })).toEqual({ testing: { status: 'done' } });
    expect(withPractice({ testing: { status: 'done' } }, 'testing', { status: 'not-started' })).toBeUndefined();
    expect(withPractice(one, 'testing', { status: 'not-started', evidence: '' })).toBeUndefined();
  });
});
