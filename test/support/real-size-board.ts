/**
 * A board at the size and shape of a real portfolio, for the projector and export tests: hundreds of cards in
 * every stage including Scaling, 200-character titles, 80 business units and every readiness level, and, when
 * asked, a share of cards imported without a stage date and a board locale.
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

const READINESS_BASE: Record<StageId, number> = { idea: 0.3, pilot: 1.3, scaling: 2.3, production: 3.2, stopped: 1 };

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

export interface RealSizeOptions {
  /** The board's clock: when it and its cards were made. */
  now?: string;
  /** The share of cards, 0 to 1, imported without a stage date (spread over every stage, seeded). */
  undatedShare?: number;
  /** The board's locale; none (the system's) by default. */
  locale?: string;
  /** The workshop's participants (for dot voting) and its facilitator. */
  participants?: readonly string[];
  facilitator?: string;
  /**
   * 'stalled' (the default): stages and readiness reshaped as a stalled portfolio, most cards in Ideas and Pilot,
   * readiness growing along the path. 'as-imported': the stages and readiness the generated inventory gives.
   */
  spread?: 'stalled' | 'as-imported';
}

/** `count` cards from the generated inventory, reshaped to the size and spread of a real portfolio. */
export function realSizeBoard(
  count: number,
  {
    now = '2026-11-01T09:00:00.000Z',
    undatedShare = 0,
    locale,
    participants,
    facilitator,
    spread = 'stalled',
  }: RealSizeOptions = {},
): BoardDocument {
  const board = generatedBoard(count, now);
  const random = seededRandom(count);
  const undated = seededRandom(count + 1);
  const initiatives = board.initiatives.map((initiative, i): Initiative => {
    const stage = spread === 'stalled' ? stageAt(i / count) : initiative.stage;
    // Readiness grows along the path, with a spread: every level appears, and the weakest sit early.
    const readiness = Object.fromEntries(
      FOUNDATION_IDS.map((f) => [
        f,
        Math.max(0, Math.min(4, Math.floor(READINESS_BASE[stage] + random() * 2.5 - 0.75))) as ReadinessLevel,
      ]),
    ) as Initiative['readiness'];
    const card: Initiative = {
      ...initiative,
      title: longTitle(initiative.title, i + 1),
      stage,
      businessUnit: `Business unit ${String((i % 80) + 1).padStart(2, '0')}`,
      readiness: spread === 'stalled' ? readiness : initiative.readiness,
    };
    if (undated() >= undatedShare) return card;
    // A row whose file gave no stage dates: schema 2 leaves them out rather than invent one.
    const { stageEnteredAt: _, stageDates: __, ...withoutDates } = card;
    return withoutDates;
  });
  return {
    ...board,
    title: `Portfolio review — ${count.toLocaleString('en')} initiatives`,
    workshop: {
      ...board.workshop,
      ...(locale ? { locale } : {}),
      ...(participants ? { participants: [...participants] } : {}),
      ...(facilitator ? { facilitator } : {}),
    },
    initiatives,
  };
}
