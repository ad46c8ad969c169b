// @vitest-environment jsdom
import { render } from '@testing-library/react';
import type { BoardDocument } from '../../../../domain';
import { daysInStage, DEFAULT_REGIMES, formatBoardDate, printPlan } from '../../../../domain';
import { PrintView } from '../../../../renderer/features/export/print-view';
import { realSizeBoard } from '../../../support/real-size-board';

const NOW = '2026-11-01T09:00:00.000Z';

/** The text of each printed card's footer, or of each table row's "Risk · days" cell, with the card it is for. */
function printed(board: BoardDocument) {
  const { container } = render(<PrintView board={board} now={NOW} />);
  const selector = printPlan(board).layout === 'cards' ? '.print-card-footer' : '.print-risk';
  const cards = printPlan(board).stages.flatMap((s) => s.cards);
  const texts = [...container.querySelectorAll(selector)].map((el) => el.textContent ?? '');
  expect(texts).toHaveLength(cards.length);
  return { container, rows: cards.map((card, i) => ({ card, text: texts[i]! })) };
}

describe('the print view of a board with cards whose stage date is unknown', () => {
  it('says "stage date unknown" on an undated card, and the days on a dated one', () => {
    const board = realSizeBoard(24, { now: NOW, undatedShare: 0.5, locale: 'en-GB' });
    expect(printPlan(board).layout).toBe('cards');
    const { rows } = printed(board);
    const undated = rows.filter((r) => !r.card.stageEnteredAt);
    const dated = rows.filter((r) => r.card.stageEnteredAt);
    expect(undated.length).toBeGreaterThan(0);
    expect(dated.length).toBeGreaterThan(0);
    for (const { text } of undated) expect(text).toMatch(/ · stage date unknown$/);
    for (const { card, text } of dated)
      expect(text).toMatch(new RegExp(` · ${daysInStage(card, NOW)!.toLocaleString('en-GB')} days? in stage$`));
  });

  it('writes "unknown" in the compact table, never a bare blank or a made-up number', () => {
    const board = realSizeBoard(700, { now: NOW, undatedShare: 0.5, locale: 'en-GB' });
    expect(printPlan(board).layout).toBe('table');
    const { rows } = printed(board);
    for (const { card, text } of rows) {
      const days = daysInStage(card, NOW);
      expect(text.endsWith(` · ${days === null ? 'unknown' : days.toLocaleString('en-GB')}`)).toBe(true);
    }
  });

  it('writes its date and counts in the board’s locale', () => {
    const board = realSizeBoard(1200, { now: NOW, locale: 'de-DE' });
    const { container } = render(<PrintView board={board} now={NOW} />);
    const header = container.querySelector('.print-header p')!.textContent!;
    expect(header.startsWith(`${formatBoardDate(NOW, 'de-DE')} · 1.200 initiatives`)).toBe(true);
    const counts = [...container.querySelectorAll('.print-count')].map((el) => el.textContent);
    const sizes = printPlan(board).stages.map((s) => s.cards.length);
    expect(counts).toEqual(sizes.map((n) => new Intl.NumberFormat('de-DE').format(n)));
  });
});

describe('the print view of classified cards', () => {
  /** The first card high-risk under the EU AI Act with one practice done, the second prohibited, the rest not assessed. */
  function classified(count: number): BoardDocument {
    const generated = realSizeBoard(count, { now: NOW });
    // The generated inventory answers the US high-impact question; this board is classified here alone.
    // The import gave the board only the regime the file answers; these cards are classified under the EU AI Act.
    const board = {
      ...generated,
      workshop: { ...generated.workshop, regimes: [...DEFAULT_REGIMES] },
      initiatives: generated.initiatives.map(({ usHighImpact: _, ...i }) => i),
    };
    const [risky, banned] = board.initiatives;
    return {
      ...board,
      initiatives: board.initiatives.map((i) =>
        i === risky
          ? { ...i, euAiAct: 'high-risk' as const, practices: { testing: { status: 'done' as const } } }
          : i === banned
            ? { ...i, euAiAct: 'prohibited' as const }
            : i,
      ),
    };
  }
  const governance = (container: HTMLElement) =>
    [...container.querySelectorAll('.print-governance')].map((el) => el.textContent);

  it('prints what binds a card, in words, on the cards and in the compact table alike', () => {
    for (const [count, layout] of [
      [24, 'cards'],
      [700, 'table'],
    ] as const) {
      const board = classified(count);
      expect(printPlan(board).layout).toBe(layout);
      const { container } = render(<PrintView board={board} now={NOW} />);
      expect(governance(container).sort()).toEqual(['EU high-risk · 6 of 7 practices open', 'EU prohibited']);
    }
  });
});
