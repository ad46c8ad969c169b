import type { BoardDocument, FoundationId, MatrixBubble, NewInitiative, StageId } from '../../../domain';
import {
  addInitiative,
  bubblesAt,
  createBoard,
  createExampleBoard,
  DEFAULT_MATRIX_VIEW,
  FOUNDATION_IDS,
  leftOutLines,
  matrixData,
  matrixLayout,
  matrixOrder,
  pannedZoom,
  shownInitiatives,
  NO_FILTERS,
  WHOLE_MATRIX,
  zoomedAt,
} from '../../../domain';

const NOW = '2026-06-01T00:00:00.000Z';

type Levels = [number, number, number, number, number, number];
function card(
  title: string,
  stage: StageId,
  levels: Levels,
  value: number | undefined,
  extra: Partial<NewInitiative> = {},
): NewInitiative {
  const readiness = Object.fromEntries(FOUNDATION_IDS.map((id, i) => [id, levels[i]])) as Record<
    FoundationId,
    0 | 1 | 2 | 3 | 4
  >;
  return { id: title, title, stage, readiness, valueEstimate: value, currency: 'EUR', ...extra };
}

function board(cards: NewInitiative[]): BoardDocument {
  return cards.reduce((b, c) => addInitiative(b, c, { now: NOW }), createBoard('Matrix', { now: NOW }));
}

const portfolio = () =>
  board([
    // mean 3, weakest 3: ready; value 900 > median 300: Scale
    card('Ready big', 'scaling', [3, 3, 3, 3, 3, 3], 900, { costEstimate: 400 }),
    // mean 2.5 (sum 15 / 6), weakest 0 (data): ready by mean, weak by weakest
    card('Lopsided', 'pilot', [0, 3, 3, 3, 3, 3], 300, { costEstimate: 100 }),
    // mean 1, weakest 1; value 50 below the median: Park
    card('Weak small', 'pilot', [1, 1, 1, 1, 1, 1], 50),
    // mean 1; value 2,000 above the median: Fix the foundations
    card('Weak big', 'idea', [1, 1, 1, 1, 1, 1], 2000, { costEstimate: 900 }),
    card('No value', 'idea', [2, 2, 2, 2, 2, 2], undefined),
    card('Dollars', 'pilot', [2, 2, 2, 2, 2, 2], 100, { currency: 'USD' }),
  ]);

describe('the value × readiness matrix', () => {
  it('places each valued card by readiness and value, and lists the others beside with their reason', () => {
    const b = portfolio();
    const data = matrixData(b, b.initiatives, DEFAULT_MATRIX_VIEW);
    expect(data.currency).toBe('EUR');
    expect(data.points.map((p) => p.id).sort()).toEqual(['Lopsided', 'Ready big', 'Weak big', 'Weak small']);
    expect(data.leftOut.map((e) => [e.id, e.reason])).toEqual([
      ['No value', 'no-value'],
      ['Dollars', 'other-currency'],
    ]);
    // Every card shown is on the chart or beside it: none dropped.
    expect(data.points.length + data.leftOut.length).toBe(b.initiatives.length);
    const lopsided = data.points.find((p) => p.id === 'Lopsided')!;
    expect(lopsided.readiness).toBe(2.5);
    expect(lopsided.weakest).toEqual(['data']);
    // Values 50, 300, 900, 2000: the median is (300 + 900) / 2 = 600.
    expect(data.valueSplit).toBe(600);
    expect(data.quadrants).toEqual({
      'fix-foundations': ['Weak big'],
      scale: ['Ready big'],
      question: ['Lopsided'],
      park: ['Weak small'],
    });
  });

  it('reads readiness as the weakest foundation when asked, which moves a lopsided card out of "ready"', () => {
    const b = portfolio();
    const data = matrixData(b, b.initiatives, { readiness: 'weakest', size: 'cost' });
    const lopsided = data.points.find((p) => p.id === 'Lopsided')!;
    expect(lopsided.readiness).toBe(0);
    expect(lopsided.quadrant).toBe('park');
  });

  it('sizes bubbles by cost or by votes, and knows a card with no cost', () => {
    let b = portfolio();
    b = {
      ...b,
      initiatives: b.initiatives.map((i) => (i.id === 'Weak small' ? { ...i, votes: { Ana: 2, Ben: 3 } } : i)),
    };
    const byCost = matrixData(b, b.initiatives, DEFAULT_MATRIX_VIEW);
    expect(byCost.points.find((p) => p.id === 'Weak small')!.size).toBeUndefined();
    expect(byCost.largestSize).toBe(900);
    const byVotes = matrixData(b, b.initiatives, { readiness: 'mean', size: 'votes' });
    expect(byVotes.points.find((p) => p.id === 'Weak small')!.size).toBe(5);
    expect(byVotes.points.find((p) => p.id === 'Ready big')!.size).toBe(0);
  });

  it('uses a log scale when values span two orders of magnitude, and lists a zero value it cannot place', () => {
    const b = board([
      card('Small', 'pilot', [1, 1, 1, 1, 1, 1], 1_000),
      card('Huge', 'pilot', [3, 3, 3, 3, 3, 3], 5_000_000),
      card('Zero', 'pilot', [2, 2, 2, 2, 2, 2], 0),
    ]);
    const data = matrixData(b, b.initiatives, DEFAULT_MATRIX_VIEW);
    expect(data.scale).toBe('log');
    expect(data.leftOut.map((e) => [e.id, e.reason])).toEqual([['Zero', 'not-positive']]);
    // The same three on a narrow spread stay linear and place the zero.
    const narrow = board([
      card('A', 'pilot', [1, 1, 1, 1, 1, 1], 10),
      card('B', 'pilot', [1, 1, 1, 1, 1, 1], 500),
      card('C', 'pilot', [1, 1, 1, 1, 1, 1], 0),
    ]);
    const linear = matrixData(narrow, narrow.initiatives, DEFAULT_MATRIX_VIEW);
    expect(linear.scale).toBe('linear');
    expect(linear.points).toHaveLength(3);
  });

  it('names the cards listed beside, a line per reason, capped with how many more', () => {
    const b = portfolio();
    const data = matrixData(b, b.initiatives, DEFAULT_MATRIX_VIEW);
    expect(leftOutLines(data, 5)).toEqual([
      'No value estimate (1): No value',
      'Valued in another currency than EUR (1): Dollars',
    ]);
    const many = board(Array.from({ length: 7 }, (_, i) => card(`Card ${i}`, 'idea', [0, 0, 0, 0, 0, 0], undefined)));
    expect(leftOutLines(matrixData(many, many.initiatives, DEFAULT_MATRIX_VIEW), 3)).toEqual([
      'No value estimate (7): Card 0, Card 1, Card 2, and 4 more',
    ]);
    // A narrow picture names fewer rather than cutting off how many more there are.
    const narrow = leftOutLines(matrixData(many, many.initiatives, DEFAULT_MATRIX_VIEW), 3, undefined, 45);
    expect(narrow).toEqual(['No value estimate (7): Card 0, and 6 more']);
    expect(leftOutLines(matrixData(many, many.initiatives, DEFAULT_MATRIX_VIEW), 3, undefined, 10)).toEqual([
      'No value estimate (7)',
    ]);
  });

  it('walks every bubble with the keyboard orders, left to right and bottom to top', () => {
    const b = portfolio();
    const data = matrixData(b, b.initiatives, DEFAULT_MATRIX_VIEW);
    const x = matrixOrder(data.points, 'x').map((p) => p.id);
    const y = matrixOrder(data.points, 'y').map((p) => p.id);
    expect(new Set(x)).toEqual(new Set(data.points.map((p) => p.id)));
    expect(x).toEqual(['Weak small', 'Weak big', 'Lopsided', 'Ready big']);
    expect(y).toEqual(['Weak small', 'Lopsided', 'Ready big', 'Weak big']);
  });

  it('calls cards tied at the median high value, and lists stopped cards beside rather than advising on them', () => {
    const same = board([
      card('One', 'pilot', [1, 1, 1, 1, 1, 1], 500),
      card('Two', 'scaling', [3, 3, 3, 3, 3, 3], 500),
      card('Gone', 'stopped', [0, 0, 0, 0, 0, 0], 900),
    ]);
    const data = matrixData(same, same.initiatives, DEFAULT_MATRIX_VIEW);
    // Every card valued alike is as valuable as the portfolio's most valuable: not "low value".
    expect(data.points.map((p) => [p.id, p.quadrant])).toEqual([
      ['One', 'fix-foundations'],
      ['Two', 'scale'],
    ]);
    expect(data.leftOut.map((e) => [e.id, e.reason])).toEqual([['Gone', 'stopped']]);
    expect(leftOutLines(data, 3)).toEqual(['Stopped (1): Gone']);
  });

  it('names no quadrant on a chart with nothing placed', () => {
    const empty = board([card('No value', 'pilot', [1, 1, 1, 1, 1, 1], undefined)]);
    const scene = matrixLayout(matrixData(empty, empty.initiatives, DEFAULT_MATRIX_VIEW), {
      width: 800,
      height: 500,
      fontSize: 13,
    });
    expect(scene.bubbles).toEqual([]);
    expect(scene.quadrants).toEqual([]);
  });

  it('takes the cards the board shows: the same filters and search', () => {
    const b = portfolio();
    const shown = shownInitiatives(b, { ...NO_FILTERS, search: 'weak' });
    expect(
      matrixData(b, shown, DEFAULT_MATRIX_VIEW)
        .points.map((p) => p.id)
        .sort(),
    ).toEqual(['Weak big', 'Weak small']);
  });
});

describe('the matrix in pixels', () => {
  const frame = { width: 1000, height: 600, fontSize: 13 };

  it('puts higher value higher and more readiness further right, inside the plot', () => {
    const b = portfolio();
    const scene = matrixLayout(matrixData(b, b.initiatives, DEFAULT_MATRIX_VIEW), frame);
    const at = (id: string) => scene.bubbles.find((bubble) => bubble.id === id)!;
    expect(at('Weak big').cy).toBeLessThan(at('Weak small').cy);
    expect(at('Ready big').cx).toBeGreaterThan(at('Weak big').cx);
    for (const bubble of scene.bubbles) {
      expect(bubble.cx).toBeGreaterThan(scene.plot.x);
      expect(bubble.cx).toBeLessThan(scene.plot.x + scene.plot.width);
      expect(bubble.cy).toBeGreaterThan(scene.plot.y);
      expect(bubble.cy).toBeLessThan(scene.plot.y + scene.plot.height);
    }
    // Area follows cost: 900 against 400 is 1.5 times the radius above the smallest size, as sqrt(900/400).
    const smallest = at('Weak small').r;
    expect((at('Weak big').r - smallest) / (at('Ready big').r - smallest)).toBeCloseTo(1.5, 5);
    expect(at('Weak small').outline).toBe(true);
    expect(scene.quadrants.map((q) => q.id).sort()).toEqual(['fix-foundations', 'park', 'question', 'scale']);
  });

  it('spreads cards at the same point so that each is reachable, and a click there finds all of them', () => {
    const b = board(
      Array.from({ length: 5 }, (_, i) => card(`Twin ${i}`, 'pilot', [2, 2, 2, 2, 2, 2], 1000, { costEstimate: 10 })),
    );
    const scene = matrixLayout(matrixData(b, b.initiatives, DEFAULT_MATRIX_VIEW), frame);
    const centres = new Set(scene.bubbles.map((bubble) => `${bubble.cx.toFixed(1)},${bubble.cy.toFixed(1)}`));
    expect(centres.size).toBe(5);
    const first = scene.bubbles.find((bubble) => bubble.id === 'Twin 0')!;
    expect(bubblesAt(scene, first.cx, first.cy).length).toBeGreaterThan(1);
  });

  it('zooms about a point that stays put, pans by the pixels dragged, and never leaves the chart', () => {
    const b = portfolio();
    const data = matrixData(b, b.initiatives, DEFAULT_MATRIX_VIEW);
    const whole = matrixLayout(data, frame);
    const target: MatrixBubble = whole.bubbles.find((bubble) => bubble.id === 'Ready big')!;
    const zoomed = matrixLayout(data, { ...frame, zoom: zoomedAt(whole, target.cx, target.cy, 2) });
    const after = zoomed.bubbles.find((bubble) => bubble.id === 'Ready big')!;
    expect(zoomed.zoom.k).toBe(2);
    // Clamping may shift it near an edge; "Ready big" sits well inside, so it stays within a pixel.
    expect(Math.abs(after.cx - target.cx)).toBeLessThan(1);
    expect(Math.abs(after.cy - target.cy)).toBeLessThan(1);
    const panned = matrixLayout(data, { ...frame, zoom: pannedZoom(zoomed, 40, -30) });
    const moved = panned.bubbles.find((bubble) => bubble.id === 'Ready big')!;
    expect(moved.cx - after.cx).toBeCloseTo(40, 0);
    expect(moved.cy - after.cy).toBeCloseTo(-30, 0);
    expect(pannedZoom(whole, 5000, 5000)).toEqual(WHOLE_MATRIX);
  });

  it('lays out the example board with its real values', () => {
    const b = createExampleBoard(NOW);
    const data = matrixData(b, b.initiatives, DEFAULT_MATRIX_VIEW);
    const scene = matrixLayout(data, frame);
    expect(scene.bubbles).toHaveLength(data.points.length);
    expect(data.points.length + data.leftOut.length).toBe(b.initiatives.length);
    expect(scene.yTicks.length).toBeGreaterThan(2);
    expect(scene.xTicks.map((t) => t.label)).toEqual(['0', '1', '2', '3', '4']);
  });
});
