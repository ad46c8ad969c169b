/**
 * A board at the size real portfolios reach: 700 cards in 80 business units (and some in none), 200-character
 * titles, 406 pilots, and half the cards imported without a stage date. Seeded, so it is the same every run.
 */
import type { BoardDocument, ReadinessLevel, RiskTier, StageId } from '../../domain';
import { addInitiative, createBoard, moveInitiative } from '../../domain';
import { seededRandom } from './generated-inventory';

const AREAS = ['Claims', 'Finance', 'Customer Service', 'Procurement', 'Field Operations', 'Legal', 'HR', 'IT'];
const REGIONS = ['North', 'South', 'East', 'West', 'Central', 'Coastal', 'Metro', 'Overseas', 'Rural', 'Islands'];

/** 80 business units: every area in every region ("Claims — North"). */
export const BUSINESS_UNITS = AREAS.flatMap((area) => REGIONS.map((region) => `${area} — ${region}`));

/** The unit whose eight pilots a filter picks out of the 406. */
export const EIGHT_PILOT_UNIT = BUSINESS_UNITS[0]!;

const STAGE_SIZES: [StageId, number][] = [
  ['idea', 120],
  ['pilot', 406],
  ['scaling', 80],
  ['production', 64],
  ['stopped', 30],
];
const RISKS: RiskTier[] = ['unassessed', 'low', 'medium', 'high'];
const OWNERS = ['A. Rivera', 'B. Chen', 'C. Okafor', 'D. Smith', 'E. Novak', 'F. Zahra'];
const WORDS = 'triage of incoming claims with document extraction, routing and summaries for case handlers in the '
  .repeat(4)
  .split(' ');

function title(i: number, random: () => number): string {
  const start = Math.floor(random() * 10);
  const text = `Initiative ${i + 1}: ${WORDS.slice(start).join(' ')}`;
  return text.slice(0, 200).trimEnd();
}

export function boardAtSize(now: string): BoardDocument {
  const random = seededRandom(712);
  const level = () => Math.floor(random() * 5) as ReadinessLevel;
  const daysAgo = (n: number) => new Date(Date.parse(now) - n * 86_400_000).toISOString();
  let board = createBoard('Enterprise AI portfolio — 700 initiatives', { now: daysAgo(800) });
  let n = 0;
  let pilotsInEightUnit = 0;
  for (const [stage, size] of STAGE_SIZES) {
    for (let k = 0; k < size; k += 1) {
      const i = n++;
      // Eight pilots in the first unit, none of its other cards in Pilot; ten cards in no unit at all.
      let unit: string | undefined = BUSINESS_UNITS[1 + (i % (BUSINESS_UNITS.length - 1))];
      if (stage === 'pilot' && pilotsInEightUnit < 8 && k % 50 === 0) {
        unit = EIGHT_PILOT_UNIT;
        pilotsInEightUnit += 1;
      } else if (stage !== 'pilot' && k % 20 === 0) unit = EIGHT_PILOT_UNIT;
      if (i % 70 === 69) unit = undefined;
      const dated = random() < 0.5;
      board = addInitiative(
        board,
        {
          id: `c${i}`,
          title: title(i, random),
          stage,
          owner: OWNERS[i % OWNERS.length],
          ...(unit ? { businessUnit: unit } : {}),
          riskTier: RISKS[Math.floor(random() * RISKS.length)]!,
          readiness: {
            data: level(),
            integration: level(),
            governance: level(),
            process: level(),
            people: level(),
            performance: level(),
          },
          valueEstimate: Math.round(random() * 2_000_000),
          currency: 'EUR',
          ...(dated ? { stageEnteredAt: daysAgo(Math.floor(random() * 700)) } : {}),
        },
        { now: daysAgo(800) },
      );
      // An imported card without a date in the file: its stage date is unknown.
      if (!dated) {
        const last = board.initiatives.length - 1;
        const { stageEnteredAt: _, ...undated } = board.initiatives[last]!;
        board.initiatives[last] = undated;
      }
    }
  }
  // Ten ideas go through Pilot on the board, four of them on to Production: paths the decision log knows.
  const ideas = board.initiatives.filter((i) => i.stage === 'idea').slice(0, 10);
  ideas.forEach((idea, k) => {
    board = moveInitiative(board, idea.id, 'pilot', 0, { now: daysAgo(300) });
    if (k < 4) board = moveInitiative(board, idea.id, 'production', 0, { now: daysAgo(30) });
  });
  return board;
}
