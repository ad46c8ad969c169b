import { readDate, serialToIso } from '../../../../domain';

const value = (cell: Parameters<typeof readDate>[0], date1904 = false) => {
  const reading = readDate(cell, date1904);
  return 'value' in reading ? reading.value.slice(0, 10) : 'error' in reading ? 'error' : 'empty';
};

describe('readDate', () => {
  it.each([
    ['03/2025', '2025-03-01'],
    ['Jul-25', '2025-07-01'],
    ['July 2025', '2025-07-01'],
    ['2025', '2025-01-01'],
    ['7/25/2024 12:00:00 AM', '2024-07-25'],
    ['07/25/2024', '2024-07-25'],
    ['25/07/2024', '2024-07-25'],
    ['2024-10-16', '2024-10-16'],
    ['2024-10-16 (pilot licenses assigned)', '2024-10-16'],
    ['14-Mar-2025', '2025-03-14'],
    ['March 14, 2025', '2025-03-14'],
    ['45953', '2025-10-23'],
  ])('reads the text “%s”', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('reads Excel serials in the 1900 and the 1904 date systems', () => {
    expect(value(45953)).toBe('2025-10-23');
    expect(value(42735, true)).toBe('2021-01-01');
    expect(value(42735, false)).toBe('2016-12-31');
    expect(serialToIso(10.632, true)).toBe('1904-01-11T15:10:04.800Z');
    expect(value({ date: '2021-01-01T00:00:00.000Z' })).toBe('2021-01-01');
  });

  it('treats blanks and “N/A” with or without a comment as no date', () => {
    for (const text of ['', '  ', 'N/A', 'n/a - Consolidated into another use case.', 'TBD'])
      expect(value(text)).toBe('empty');
    expect(value(null)).toBe('empty');
  });

  it.each(['Ongoing', 'Q4FY25', '24-Jun', '10/12023', '31/31/2024', '2/30/2024', 'Pre-2021'])(
    'reports “%s” instead of guessing',
    (text) => {
      expect(value(text)).toBe('error');
    },
  );

  it('refuses a year typed as a number and formatted as a date (7/16/1905), with the reason', () => {
    const reading = readDate('7/16/1905');
    expect(reading).toEqual({
      error: expect.stringMatching(/7\/16\/1905 is in 1905, too early.*year typed as a number/),
    });
  });
});
