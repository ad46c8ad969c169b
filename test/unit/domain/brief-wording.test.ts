import type { LeadersBrief } from '../../../domain';
import {
  actionWords,
  conversionWords,
  exceptionHeadline,
  leftOutWords,
  pilotsPerProductionWords,
  plainWords,
  stalledWords,
} from '../../../domain';

function figures(over: Partial<LeadersBrief['figures']>): LeadersBrief {
  const base: LeadersBrief['figures'] = {
    headline: '',
    initiatives: 0,
    stages: [],
    pilotsPerProduction: null,
    conversion: { entered: 0, reached: 0, rate: null, leftOut: null },
    stalledPilots: { count: 0, afterDays: 90, quietDays: 30, leftOut: null },
  };
  return { figures: { ...base, ...over }, locale: 'en-GB' } as LeadersBrief;
}

describe('the brief’s words', () => {
  it('says nothing was left out of an uncut list, and how many of what were left out of a cut one', () => {
    expect(leftOutWords(0, 'decision', 'decisions', 'see the workbook')).toBeNull();
    expect(leftOutWords(1, 'decision', 'decisions', 'see the workbook')).toBe(
      '…and 1 more decision, not listed here (see the workbook).',
    );
    expect(leftOutWords(1234, 'open action', 'open actions', 'there', 'en-GB')).toBe(
      '…and 1,234 more open actions, not listed here (there).',
    );
  });

  it('writes the conversion as a rounded percentage of the initiatives that entered Pilot, or says there were none', () => {
    expect(conversionWords(figures({}).figures.conversion)).toBe('no card with a known path has entered Pilot yet');
    expect(conversionWords({ entered: 3, reached: 1, rate: 1 / 3 })).toBe(
      '33% (1 of 3 that entered Pilot reached Production)',
    );
    expect(conversionWords({ entered: 2000, reached: 1000, rate: 0.5 }, 'en-GB')).toBe(
      '50% (1,000 of 2,000 that entered Pilot reached Production)',
    );
  });

  it('says "none in production" rather than a ratio with nothing under it', () => {
    expect(pilotsPerProductionWords(null)).toBe('none in production');
    expect(pilotsPerProductionWords(2.25, 'en-GB')).toBe('2.3');
  });

  it('says what counts as stalled with the count', () => {
    const brief = figures({ stalledPilots: { count: 2, afterDays: 1, quietDays: 30, leftOut: null } });
    expect(stalledWords(brief)).toBe('2 (over 1 day in Pilot, no decision in 30)');
  });

  it('says an action in one line, overdue in words and stressed, and names an exception by its card', () => {
    const late = actionWords(
      { id: 'a', title: 'Name a data owner', status: 'open', owner: 'Ana', due: '2026-06-01', overdue: true },
      'en-GB',
    );
    expect(plainWords(late)).toBe('Name a data owner — Ana, overdue 1 Jun 2026');
    expect(late.filter((part) => part.stress).map((part) => part.text)).toEqual(['overdue']);
    const closed = actionWords({ id: 'b', title: 'Book the review', status: 'done', overdue: false }, 'en-GB');
    expect(plainWords(closed)).toBe('Book the review — no owner, no date (done)');
    const headline = exceptionHeadline({ ref: 'C-2', title: 'Mail routing', from: 'Pilot', to: 'Scaling', by: 'CFO' });
    expect(headline).toEqual([{ text: 'C-2 Mail routing', stress: true }, { text: ' — Pilot → Scaling, CFO' }]);
  });
});
