import {
  counted,
  daysText,
  formatAmount,
  formatBoardDate,
  formatBoardDateTime,
  formatBoardNumber,
  formatBoardTime,
  inStageText,
  localeChoiceLabel,
} from '../../../domain';

describe('dates and amounts in the board locale', () => {
  it('writes a date one way per locale, on the day the file gave whatever the time zone', () => {
    const day = '2025-03-04T00:00:00.000Z';
    expect(formatBoardDate(day, 'en-GB')).toBe('4 Mar 2025');
    expect(formatBoardDate(day, 'en-US')).toBe('Mar 4, 2025');
    expect(formatBoardDate(day, 'de-DE')).toBe('04.03.2025');
    expect(formatBoardDate('not a date', 'en-GB')).toBe('not a date');
  });

  it('writes an amount with its currency when the card names an ISO code, and as written otherwise', () => {
    expect(formatAmount(1_250_000, 'EUR', 'de-DE')).toBe('1.250.000,00\u00a0€');
    expect(formatAmount(1_250_000, 'usd', 'en-US')).toBe('$1,250,000.00');
    expect(formatAmount(1_250_000, 'EUR', 'en-GB', true)).toBe('€1.3m');
    expect(formatAmount(1_250_000.4, 'EUR', 'de-DE', 'whole')).toBe('1.250.000\u00a0€');
    expect(formatAmount(1_250_000, 'usd', 'en-US', 'whole')).toBe('$1,250,000');
    expect(formatAmount(1250, 'dollars', 'en-US')).toBe('1,250 dollars');
    expect(formatAmount(1250.5, undefined, 'fr-FR')).toBe('1\u202f250,5');
  });

  it('says "unknown" for a stage date that is not known, never "0 days"', () => {
    expect(daysText(null)).toBe('unknown');
    expect(daysText(1, 'en')).toBe('1 day');
    expect(daysText(1234, 'de-DE')).toBe('1.234 days');
    expect(inStageText(null)).toBe('stage date unknown');
    expect(inStageText(34, 'en')).toBe('34 days in stage');
  });

  it('names a locale in its own language with a sample date', () => {
    expect(localeChoiceLabel('en-GB', '2025-03-04T00:00:00.000Z')).toBe('British English — 4 Mar 2025');
    expect(localeChoiceLabel('de-DE', '2025-03-04T00:00:00.000Z')).toBe('Deutsch (Deutschland) — 04.03.2025');
  });
});

describe('one number formatter for the board’s figures', () => {
  it('counts with the noun, singular for one, the number in the locale', () => {
    expect(counted(1, 'card', 'cards', 'de-DE')).toBe('1 card');
    expect(counted(2133, 'card', 'cards', 'de-DE')).toBe('2.133 cards');
    expect(counted(2133, 'entry', 'entries', 'en-GB')).toBe('2,133 entries');
    expect(counted(2, 'day')).toBe(`${formatBoardNumber(2)} days`);
  });

  it('writes means and ratios with fixed decimals as the locale writes them', () => {
    expect(formatBoardNumber(2.5, 'de-DE', 1)).toBe('2,5');
    expect(formatBoardNumber(3, 'en-GB', 1)).toBe('3.0');
    expect(formatBoardNumber(1234.567, 'en-GB')).toBe('1,234.57');
  });

  it('writes a decision’s moment with its date in the board’s format and the time', () => {
    const at = '2025-03-03T12:00:00.000Z';
    expect(formatBoardDateTime(at, 'en-GB')).toContain(formatBoardDate(at, 'en-GB'));
    expect(formatBoardDateTime('not a date', 'en-GB')).toBe('not a date');
  });

  it('writes the time of day of a moment in the room’s time zone, as the locale writes it', () => {
    const nineOFive = new Date(2025, 2, 3, 9, 5).toISOString();
    expect(formatBoardTime(nineOFive, 'en-GB')).toBe('09:05');
    expect(formatBoardTime(nineOFive, 'en-US')).toMatch(/^9:05\sAM$/);
    expect(formatBoardTime('not a date', 'en-GB')).toBe('not a date');
  });
});
