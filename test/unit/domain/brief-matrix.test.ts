/**
 * The brief's "Where to invest": each quadrant's count and its highest-valued cards, and the cards with no value,
 * worked out here from the board's own values and readiness, the same in the Markdown and the Brief sheet.
 */
import type { BoardDocument, Initiative } from '../../../domain';
import {
  BRIEF_CAPS,
  BRIEF_HEADINGS,
  briefMarkdown,
  briefSheet,
  createExampleBoard,
  FOUNDATION_IDS,
  leadersBrief,
  plainWords,
  QUADRANT_LABELS,
  quadrantCardsWords,
  quadrantWords,
} from '../../../domain';

const NOW = '2026-06-01T10:00:00.000Z';
const TODAY = '2026-06-01';

const mean = (card: Initiative) => FOUNDATION_IDS.reduce((sum, id) => sum + card.readiness[id], 0) / 6;

/**
 * The example board with two more cards in Ideas without a value, and one Stopped card with the largest value of
 * all: a stopped card is no investment, so it is neither placed nor counted.
 */
function board(): BoardDocument {
  const example = createExampleBoard(NOW);
  const [first, second, third] = example.initiatives;
  return {
    ...example,
    initiatives: example.initiatives.map((card) =>
      card.id === first!.id || card.id === second!.id
        ? { ...card, stage: 'idea' as const, valueEstimate: undefined }
        : card.id === third!.id
          ? { ...card, stage: 'stopped' as const, valueEstimate: 99_000_000 }
          : card,
    ),
  };
}

describe('the brief’s "Where to invest"', () => {
  it('counts each quadrant and names its highest-valued cards, from the cards not stopped', () => {
    const b = board();
    const brief = leadersBrief(b, { now: NOW, today: TODAY });
    const m = brief.matrix;

    // Worked out here: the cards outside Stopped, those with a value placed, split at the median value and at
    // readiness 2 (a working pilot), the middle of the 0 to 4 scale.
    const live = b.initiatives.filter((card) => card.stage !== 'stopped');
    const valued = live.filter((card) => card.valueEstimate !== undefined);
    const values = valued.map((card) => card.valueEstimate!).sort((x, y) => x - y);
    const middle = Math.floor(values.length / 2);
    const median = values.length % 2 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
    const expected = {
      'fix-foundations': valued.filter((c) => c.valueEstimate! > median && mean(c) < 2),
      scale: valued.filter((c) => c.valueEstimate! > median && mean(c) >= 2),
      question: valued.filter((c) => c.valueEstimate! <= median && mean(c) >= 2),
      park: valued.filter((c) => c.valueEstimate! <= median && mean(c) < 2),
    };

    expect(m.considered).toBe(live.length);
    expect(m.placed).toBe(valued.length);
    expect(m.noValue).toBe(live.length - valued.length);
    expect(m.noValue).toBeGreaterThanOrEqual(2);
    expect(m.valueSplit).toBe(median);
    expect(m.currency).toBe('EUR');
    expect(m.otherLeftOut).toEqual([]);
    for (const q of m.quadrants) {
      const cards = expected[q.id].sort((x, y) => y.valueEstimate! - x.valueEstimate!);
      expect(q.name).toBe(QUADRANT_LABELS[q.id].name);
      expect(q.count, q.id).toBe(cards.length);
      expect(q.top.map((card) => card.value)).toEqual(
        cards.slice(0, BRIEF_CAPS.quadrantTop).map((card) => card.valueEstimate),
      );
    }
    expect(m.quadrants.reduce((sum, q) => sum + q.count, 0)).toBe(valued.length);
    // The stopped card, the most valuable of all, is nowhere.
    const stopped = b.initiatives.find((card) => card.stage === 'stopped' && card.valueEstimate === 99_000_000)!;
    expect(m.quadrants.flatMap((q) => q.top.map((card) => card.id))).not.toContain(stopped.id);
  });

  it('says the same section in the Markdown and the Brief sheet, each quadrant on its line', () => {
    const brief = leadersBrief(board(), { now: NOW, today: TODAY });
    const m = brief.matrix;
    const markdown = briefMarkdown(brief);
    const section = markdown.slice(
      markdown.indexOf(`## ${BRIEF_HEADINGS.matrix}`),
      markdown.indexOf(`## ${BRIEF_HEADINGS.governance}`),
    );
    const sheet = briefSheet(brief).rows;
    for (const q of m.quadrants) {
      const line = plainWords(quadrantWords(q, BRIEF_CAPS.quadrantTop, m.currency, 'en'));
      expect(section.replaceAll('**', '')).toContain(`- ${line}`);
      const row = sheet.find((r) => r[0] === q.name)!;
      expect(row.slice(1)).toEqual([q.advice, q.count, quadrantCardsWords(q, BRIEF_CAPS.quadrantTop, m.currency)]);
    }
    expect(section).toContain(`${m.noValue} initiatives have no value estimate and are not placed`);
    expect(sheet.find((r) => r[0] === 'With no value estimate')).toEqual(['With no value estimate', m.noValue]);
  });

  it('names a quadrant’s first cards by value with the rest counted, and "none" for an empty one', () => {
    const top = [
      { id: 'a', ref: 'C-1', title: 'Claims triage', value: 2_400_000 },
      { id: 'b', title: 'Fraud scoring', value: 1_100_000 },
    ];
    const quadrant = { id: 'scale' as const, ...QUADRANT_LABELS.scale, count: 5, top };
    expect(quadrantCardsWords(quadrant, 2, 'EUR', 'en')).toBe(
      'C-1 Claims triage (€2.4M); Fraud scoring (€1.1M); and 3 more',
    );
    expect(quadrantCardsWords(quadrant, 1, 'EUR', 'en')).toBe('C-1 Claims triage (€2.4M); and 4 more');
    expect(quadrantCardsWords({ ...quadrant, count: 0, top: [] }, 2, 'EUR')).toBe('none');
    // At a printed brief's shortest, a quadrant is its name, count and advice alone.
    expect(plainWords(quadrantWords(quadrant, 0, 'EUR', 'en'))).toBe('High value, ready (5) — Scale it');
    expect(plainWords(quadrantWords(quadrant, 1, 'EUR', 'en'))).toBe(
      'High value, ready (5) — Scale it: C-1 Claims triage (€2.4M); and 4 more',
    );
  });

  it('says there is nothing to place when no card outside Stopped has a value', () => {
    const example = createExampleBoard(NOW);
    const b = { ...example, initiatives: example.initiatives.map((c) => ({ ...c, valueEstimate: undefined })) };
    const brief = leadersBrief(b, { now: NOW, today: TODAY });
    expect(brief.matrix.placed).toBe(0);
    expect(brief.matrix.noValue).toBe(b.initiatives.filter((c) => c.stage !== 'stopped').length);
    expect(briefMarkdown(brief)).toContain('No initiative has a value estimate to place');
  });
});
