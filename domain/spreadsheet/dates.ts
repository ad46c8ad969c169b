import type { TableCell } from './table';
import { cellText, isDateCell } from './table';

const DAY_MS = 86_400_000;
/** 1899-12-30: day 0 of Excel's 1900 date system, once its phantom 29 February 1900 is accounted for. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** Earlier than this is not a date an AI initiative started: most likely a year typed as a number (see below). */
const EARLIEST_PLAUSIBLE_YEAR = 1950;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NOT_APPLICABLE = new Set(['n/a', 'na', 'n.a.', 'none', 'tbd', 'tba', 'unknown', '-', '--', 'not applicable']);

export type DateReading = { value: string } | { empty: true } | { error: string };

/** An Excel serial day number as an ISO instant, in the workbook's 1900 or 1904 date system. */
export function serialToIso(serial: number, date1904 = false): string {
  // Serials below 61 in the 1900 system count the phantom leap day, so they sit one day later.
  const adjusted = !date1904 && serial < 61 ? serial + 1 : serial;
  return new Date(Math.round((date1904 ? EPOCH_1904 : EPOCH_1900) + adjusted * DAY_MS)).toISOString();
}

/**
 * Reads a date from a spreadsheet cell. Real date cells, Excel serial numbers and the text forms found in real
 * inventories ("03/2025", "Jul-25", "7/25/2024 12:00:00 AM", "2025", ISO dates) are read; a month or a year
 * alone means its first day. Anything else is reported as unreadable, never guessed.
 */
export function readDate(cell: TableCell | undefined, date1904 = false): DateReading {
  if (cell === null || cell === undefined) return { empty: true };
  if (isDateCell(cell)) return plausible(cell.date, cellText(cell));
  if (typeof cell === 'number') return readNumber(cell, date1904);
  if (typeof cell === 'boolean') return { error: `“${cellText(cell)}” is not a date` };
  const text = cell.trim();
  // "N/A", and "N/A - consolidated into another use case": no date, by the sheet's own account.
  if (text === '' || NOT_APPLICABLE.has(text.toLowerCase()) || /^n\/a\b/i.test(text)) return { empty: true };
  if (/^\d+(\.\d+)?$/.test(text)) return readNumber(Number(text), date1904, text);
  const iso = parseText(text) || parseText(leadingDate(text));
  return iso ? plausible(iso, text) : { error: `“${text}” is not a date Scaleboard can read` };
}

/** "2024-10-16 (pilot licenses assigned)": a full date followed by a comment reads as that date. */
function leadingDate(text: string): string {
  const m = /^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/\d{4})\s+\D/.exec(text);
  return m ? m[1]! : '';
}

function readNumber(value: number, date1904: boolean, text = String(value)): DateReading {
  if (Number.isInteger(value) && value >= 1900 && value <= 2200) return plausible(utc(value, 1, 1), text);
  if (value >= 18_000 && value < 100_000) return plausible(serialToIso(value, date1904), text);
  return { error: `${text} is not a date Scaleboard can read` };
}

function plausible(iso: string, shown: string): DateReading {
  const year = Number(iso.slice(0, 4));
  if (year < EARLIEST_PLAUSIBLE_YEAR) {
    return {
      error: `${shown} is in ${year}, too early to be right (often a year typed as a number and then formatted as a date)`,
    };
  }
  return { value: iso };
}

function utc(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): string {
  const time = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  const check = new Date(time);
  // Reject 31 February and friends rather than rolling them into the next month.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return '';
  return check.toISOString();
}

function twoDigitYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function parseText(text: string): string {
  let m: RegExpExecArray | null;
  // ISO 8601: 2025-03-14, 2025-03-14T09:30:00Z, 2025-03-14 09:30
  if (
    (m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      text,
    ))
  ) {
    if (m[4] && m[7]) {
      const parsed = Date.parse(text.replace(' ', 'T'));
      return Number.isFinite(parsed) ? new Date(parsed).toISOString() : '';
    }
    return utc(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  }
  // 2025/03/14
  if ((m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text))) return utc(+m[1]!, +m[2]!, +m[3]!);
  // 7/25/2024, 07/25/2024 12:00:00 AM, 25/07/2024 (day first only when the first number cannot be a month)
  if (
    (m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/.exec(text))
  ) {
    let [first, second] = [+m[1]!, +m[2]!];
    const year = m[3]!.length === 2 ? twoDigitYear(+m[3]!) : +m[3]!;
    if (first > 12 && second <= 12) [first, second] = [second, first];
    let hours = +(m[4] ?? 0);
    const meridiem = m[7]?.toLowerCase();
    if (meridiem === 'pm' && hours < 12) hours += 12;
    if (meridiem === 'am' && hours === 12) hours = 0;
    return utc(year, first, second, hours, +(m[5] ?? 0), +(m[6] ?? 0));
  }
  // 03/2025, 3/2025
  if ((m = /^(\d{1,2})[/.-](\d{4})$/.exec(text))) return utc(+m[2]!, +m[1]!, 1);
  // Jul-25, Jul 2025, July 2025, Sept-2024
  if ((m = /^([A-Za-z]{3,9})[\s.-]+(\d{2}|\d{4})$/.exec(text)) && monthIndex(m[1]!)) {
    const year = m[2]!.length === 2 ? twoDigitYear(+m[2]!) : +m[2]!;
    return utc(year, monthIndex(m[1]!), 1);
  }
  // 14 Mar 2025, 14-Mar-2025, 14-Mar-25
  if ((m = /^(\d{1,2})[\s-]([A-Za-z]{3,9})[\s-,]+(\d{2}|\d{4})$/.exec(text)) && monthIndex(m[2]!)) {
    const year = m[3]!.length === 2 ? twoDigitYear(+m[3]!) : +m[3]!;
    return utc(year, monthIndex(m[2]!), +m[1]!);
  }
  // March 14, 2025
  if ((m = /^([A-Za-z]{3,9})\s+(\d{1,2}),?\s+(\d{4})$/.exec(text)) && monthIndex(m[1]!)) {
    return utc(+m[3]!, monthIndex(m[1]!), +m[2]!);
  }
  return '';
}
