/**
 * Fractional ranks: the order of cards within a column is the string order of their ranks, so moving a card
 * writes one new rank between its neighbours and never renumbers the column.
 *
 * A rank is a base-36 fraction written without the leading "0." and without trailing zeros ("i" is 0.5).
 * Without trailing zeros, string order equals numeric order, and there is always room between two ranks.
 */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;

function digitValue(char: string | undefined): number {
  return char === undefined ? 0 : DIGITS.indexOf(char);
}

/** The rank halfway between `low` ("" for the start) and `high` (null for the end). */
function midpoint(low: string, high: string | null): string {
  if (high !== null) {
    let common = 0;
    while ((low[common] ?? '0') === high[common]) common += 1;
    if (common > 0) return high.slice(0, common) + midpoint(low.slice(common), high.slice(common));
  }
  const lowDigit = digitValue(low[0]);
  const highDigit = high === null ? BASE : digitValue(high[0]);
  if (highDigit - lowDigit > 1) return DIGITS[Math.round((lowDigit + highDigit) / 2)]!;
  // Adjacent digits: keep the lower digit and go one place deeper.
  if (high !== null && high.length > 1) return high.slice(0, 1);
  return DIGITS[lowDigit]! + midpoint(low.slice(1), null);
}

export function isValidRank(rank: string): boolean {
  return /^[0-9a-z]*[1-9a-z]$/.test(rank);
}

/**
 * A rank strictly between `before` and `after`; either may be null for the start or end of the column.
 * Throws when `before` is not below `after`, which means the column's order is already broken.
 */
export function rankBetween(before: string | null, after: string | null): string {
  if (before !== null && !isValidRank(before)) throw new Error(`Invalid rank "${before}"`);
  if (after !== null && !isValidRank(after)) throw new Error(`Invalid rank "${after}"`);
  if (before !== null && after !== null && before >= after) {
    throw new Error(`Rank "${before}" is not below "${after}"`);
  }
  return midpoint(before ?? '', after);
}

/** `count` evenly spaced ranks of equal length, in order: for building a column in one go. */
export function spreadRanks(count: number): string[] {
  if (count === 0) return [];
  let width = 1;
  while (BASE ** width <= count + 1) width += 1;
  const span = BASE ** width;
  const ranks: string[] = [];
  for (let index = 1; index <= count; index += 1) {
    const value = Math.floor((index * span) / (count + 1));
    ranks.push(value.toString(BASE).padStart(width, '0').replace(/0+$/, ''));
  }
  return ranks;
}

/** Compares two ranks for sorting. */
export function compareRanks(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `count` ranks strictly between `before` and `after`, in order, spread so that their length grows only as log(count). */
export function ranksBetween(before: string | null, after: string | null, count: number): string[] {
  if (count <= 0) return [];
  const middle = rankBetween(before, after);
  const below = Math.floor((count - 1) / 2);
  const result = ranksBetween(before, middle, below);
  result.push(middle);
  for (const rank of ranksBetween(middle, after, count - 1 - below)) result.push(rank);
  return result;
}
