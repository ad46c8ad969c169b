/**
 * A board at the size and shape of a real portfolio, for the projector and export tests: hundreds of cards in
 * every stage including Scaling, 200-character titles, 80 business units and every readiness level.
 */
import type { BoardDocument, Initiative, ReadinessLevel, StageId } from '../../domain';
import { FOUNDATION_IDS } from '../../domain';
import { generatedBoard, seededRandom } from './generated-inventory';

export const LONG_TITLE_LENGTH = 200;

/** Stage of the i-th card: most in Ideas and Pilot, fewer scaling, few in production, as a stalled portfolio. */
const STAGE_SHARE: [StageId, number][] = [
  ['idea', 0.35],
  ['pilot', 0.35],
  ['scaling', 0.12],
  ['production', 0.1],
  ['stopped', 0.08],
];

function stageAt(fraction: number): StageId {
  let sum = 0;
  for (const [stage, share] of STAGE_SHARE) {
    sum += share;
    if (fraction < sum) return stage;
  }
  return 'stopped';
}

/** A title of exactly `LONG_TITLE_LENGTH` characters that starts with the card's own words and ends with its number. */
function longTitle(base: string, n: number): string {
  const tail = ` (#${n})`;
  const filler = ` across every regional office, with human review of each recommendation and a monthly audit`;
  return `${base}${filler.repeat(4)}`.slice(0, LONG_TITLE_LENGTH - tail.length) + tail;
}

/** `count` cards from the generated inventory, reshaped to the size and spread of a real portfolio. */
export function realSizeBoard(count: number, now = '2026-11-01T09:00:00.000Z'): BoardDocument {
  const board = generatedBoard(count, now);
  const random = seededRandom(count);
  const initiatives = board.initiatives.map((initiative, i): Initiative => {
    const readiness = Object.fromEntries(
      FOUNDATION_IDS.map((f) => [f, Math.floor(random() * 5) as ReadinessLevel]),
    ) as Initiative['readiness'];
    return {
      ...initiative,
      title: longTitle(initiative.title, i + 1),
      stage: stageAt(i / count),
      businessUnit: `Business unit ${String((i % 80) + 1).padStart(2, '0')}`,
      readiness,
    };
  });
  return { ...board, title: `Portfolio review — ${count.toLocaleString('en')} initiatives`, initiatives };
}
