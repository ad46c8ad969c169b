import { countByStage, createBoard, portfolioHeadline } from '../../../domain';
import { realSizeBoard } from '../../support/real-size-board';

describe('portfolioHeadline', () => {
  it('counts every initiative and the cards in pilot, scaling and production, scaling included', () => {
    const board = realSizeBoard(700);
    const counts = countByStage(board);
    expect(counts.scaling).toBeGreaterThan(0);
    const headline = portfolioHeadline(board);
    expect(headline.parts.map((p) => [p.key, p.count])).toEqual([
      ['total', 700],
      ['pilot', counts.pilot],
      ['scaling', counts.scaling],
      ['production', counts.production],
    ]);
    expect(headline.text).toBe(
      `700 initiatives · ${counts.pilot} in pilot · ${counts.scaling} scaling · ${counts.production} in production`,
    );
  });

  it('says a renamed stage by its own label, and one initiative in the singular', () => {
    const board = createBoard('B', { now: '2026-01-01T00:00:00.000Z' });
    const renamed = {
      ...board,
      stages: board.stages.map((s) => (s.id === 'scaling' ? { ...s, label: 'Rollout' } : s)),
    };
    expect(portfolioHeadline(renamed).text).toBe('0 initiatives · 0 in pilot · 0 in Rollout · 0 in production');
    const one = {
      ...renamed,
      initiatives: realSizeBoard(1).initiatives.map((i) => ({ ...i, stage: 'pilot' as const })),
    };
    expect(portfolioHeadline(one).text).toBe('1 initiative · 1 in pilot · 0 in Rollout · 0 in production');
  });

  it("writes its numbers in the board's locale, as every other figure of the board", () => {
    const board = realSizeBoard(1200);
    const inLocale = (locale: string) => ({ ...board, workshop: { ...board.workshop, locale } });
    expect(portfolioHeadline(inLocale('en-GB')).text.startsWith('1,200 initiatives · ')).toBe(true);
    expect(portfolioHeadline(inLocale('de-DE')).text.startsWith('1.200 initiatives · ')).toBe(true);
    expect(portfolioHeadline(inLocale('de-DE')).parts[0]).toMatchObject({ count: 1200, number: '1.200' });
    // Told a locale, it writes in that one, whatever the board names.
    expect(portfolioHeadline(inLocale('de-DE'), 'en-US').text.startsWith('1,200 initiatives · ')).toBe(true);
  });
});
