import { compareRanks, isValidRank, rankBetween, spreadRanks } from '../../../domain/rank';

describe('rankBetween', () => {
  it('places a rank strictly between its neighbours', () => {
    const a = rankBetween(null, null);
    const b = rankBetween(a, null);
    const mid = rankBetween(a, b);
    expect(a < mid && mid < b).toBe(true);
    expect(rankBetween(null, a) < a).toBe(true);
  });

  it('keeps finding room when cards are inserted at the same place many times', () => {
    let low: string | null = rankBetween(null, null);
    const high = rankBetween(low, null);
    for (let i = 0; i < 200; i += 1) {
      const next = rankBetween(low, high);
      expect(isValidRank(next)).toBe(true);
      expect(low! < next && next < high).toBe(true);
      low = next;
    }
    let top = rankBetween(null, null);
    for (let i = 0; i < 200; i += 1) {
      const next = rankBetween(null, top);
      expect(next < top).toBe(true);
      top = next;
    }
  });

  it('refuses neighbours in the wrong order or malformed ranks', () => {
    expect(() => rankBetween('b', 'a')).toThrow(/not below/);
    expect(() => rankBetween('a0', null)).toThrow(/Invalid rank/);
  });
});

describe('spreadRanks', () => {
  it('returns evenly spread, strictly increasing, valid ranks', () => {
    for (const count of [0, 1, 2, 35, 36, 1000, 20_000]) {
      const ranks = spreadRanks(count);
      expect(ranks).toHaveLength(count);
      expect(ranks.every(isValidRank)).toBe(true);
      expect([...ranks].sort(compareRanks)).toEqual(ranks);
      expect(new Set(ranks).size).toBe(count);
    }
  });
});
