/**
 * How a board writes dates, day counts and amounts: one format per board, from its locale (the system's when the
 * board names none), so that a room never reads 03/04/2025 one way on a card and the other way in the editor.
 */
import type { BoardDocument } from './board-schema';

/** The locale a board's figures are written in; undefined lets Intl use the system's. */
export function boardLocale(board: Pick<BoardDocument, 'workshop'>): string | undefined {
  return board.workshop.locale;
}

/**
 * A date as the board's locale writes it, e.g. "3 Mar 2025" (en-GB) or "Mar 3, 2025" (en-US). Read in UTC: dates
 * from a spreadsheet are days, stored at midnight UTC, and must not move to the day before west of Greenwich.
 */
export function formatBoardDate(iso: string, locale?: string): string {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(time);
}

/**
 * A moment as the board's locale writes it, with the time, e.g. "3 Mar 2025, 14:05": for the decision log, whose
 * entries are moments in the room (the system's time zone), not days from a spreadsheet.
 */
export function formatBoardDateTime(iso: string, locale?: string): string {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/** The time of day of a moment, in the room's time zone, e.g. "14:05" (en-GB) or "2:05 PM" (en-US). */
export function formatBoardTime(iso: string, locale?: string): string {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return iso;
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(time);
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * One Intl.NumberFormat per locale and options, made once: making one costs tens of microseconds, which a chart of
 * 3,611 bubbles labelled with three figures each would pay ten thousand times.
 */
function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  // The options this module passes, each named: cheaper than serialising them on every call.
  const { style, currency, notation, minimumFractionDigits: min, maximumFractionDigits: max } = options;
  const key = `${locale ?? ''}|${style ?? ''}|${currency ?? ''}|${notation ?? ''}|${min ?? ''}|${max ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    // Boards name a handful of locales and currencies; a board that named thousands would not grow this forever.
    if (formats.size > 500) formats.clear();
    formats.set(key, format);
  }
  return format;
}

/**
 * A number as the board's locale writes it: "1,250" (en), "1.250" (de). `fractionDigits` fixes the decimals, for
 * a mean or a ratio ("2.5", "2,5"); without it a number keeps up to two.
 */
export function formatBoardNumber(value: number, locale?: string, fractionDigits?: number): string {
  const digits: Intl.NumberFormatOptions =
    fractionDigits === undefined
      ? { maximumFractionDigits: 2 }
      : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  return numberFormat(locale, digits).format(value);
}

/** A count with its noun, singular for one, the number as the locale writes it: "1 card", "2,133 cards". */
export function counted(n: number, noun: string, plural = `${noun}s`, locale?: string): string {
  return `${formatBoardNumber(n, locale)} ${n === 1 ? noun : plural}`;
}

/** True when Intl knows `code` as a currency (ISO 4217: three letters, "EUR", "usd"). */
function isCurrencyCode(code: string): boolean {
  return /^[A-Za-z]{3}$/.test(code);
}

/**
 * An amount with its currency: "€1,250,000.00" style when the currency is an ISO code, the number followed by the
 * text as written ("1,250 dollars") when it is not, the bare number when the card names no currency.
 * `compact` writes "€1.3M" for charts and headings, `'whole'` "€1,250,000" for a table of estimates.
 */
export function formatAmount(
  value: number,
  currency: string | undefined,
  locale?: string,
  compact: boolean | 'whole' = false,
): string {
  const code = currency?.trim();
  // 'whole' writes "€4,200,000" where cents would only be noise, in a table of estimates.
  const style: Intl.NumberFormatOptions =
    compact === 'whole'
      ? { minimumFractionDigits: 0, maximumFractionDigits: 0 }
      : compact
        ? { notation: 'compact', maximumFractionDigits: 1 }
        : { maximumFractionDigits: 2 };
  if (code && isCurrencyCode(code)) {
    return numberFormat(locale, { ...style, style: 'currency', currency: code.toUpperCase() }).format(value);
  }
  const number = numberFormat(locale, style).format(value);
  return code ? `${number} ${code}` : number;
}

/** Whole days in a stage as a phrase ("1 day", "34 days"), or "unknown" when the stage date is not known. */
export function daysText(days: number | null, locale?: string): string {
  if (days === null) return 'unknown';
  return counted(days, 'day', 'days', locale);
}

/** "34 days in stage", or "stage date unknown": for headings that name the time in stage in a sentence. */
export function inStageText(days: number | null, locale?: string): string {
  return days === null ? 'stage date unknown' : `${daysText(days, locale)} in stage`;
}

/** The locales the board setup offers; a board may hold any other that Intl knows. */
export const OFFERED_LOCALES = [
  'en-GB',
  'en-US',
  'en-AU',
  'en-CA',
  'en-IE',
  'de-DE',
  'fr-FR',
  'fr-CA',
  'nl-NL',
  'es-ES',
  'it-IT',
  'pt-BR',
  'sv-SE',
  'da-DK',
  'fi-FI',
  'pl-PL',
  'ja-JP',
] as const;

/** A locale as the setup lists it: its name in that language and a sample date, "English (United Kingdom) — 3 Mar 2025". */
export function localeChoiceLabel(locale: string | undefined, sample: string): string {
  const resolved = new Intl.DateTimeFormat(locale).resolvedOptions().locale;
  let name = resolved;
  try {
    name = new Intl.DisplayNames([resolved], { type: 'language' }).of(resolved) ?? resolved;
  } catch {
    // A locale without display names is listed by its tag.
  }
  return `${name} — ${formatBoardDate(sample, locale)}`;
}
