import { withPractice } from '../../../domain';

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
