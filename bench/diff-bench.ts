/**
 * The diff of two large boards, against reading them: comparing two files should cost little more than parsing them.
 * The newer board is the older after a busy quarter, made in code so every run compares like with like.
 */
import type { Action, BoardDocument, Decision, Initiative, ReadinessChange } from '../domain';
import { describeDiff, diffBoards, FOUNDATION_IDS, serializeBoard, STAGE_IDS } from '../domain';
import { seededRandom } from '../test/support/generated-inventory';
import type { Benchmark } from './measure';
import { compare } from './measure';

const THEN = '2026-08-01T09:00:00.000Z';
const NOW = '2026-11-01T09:00:00.000Z';

/**
 * The older board as a few workshops leave it: every card's foundations assessed (an imported board has them all
 * at 0, which no level could be lowered from), and open actions on one card in ten.
 */
export function assessedWithActions(board: BoardDocument, seed = 3): BoardDocument {
  const random = seededRandom(seed);
  const level = () => Math.floor(random() * 5) as 0 | 1 | 2 | 3 | 4;
  const initiatives = board.initiatives.map((card) => ({
    ...card,
    readiness: Object.fromEntries(FOUNDATION_IDS.map((f) => [f, level()])) as Initiative['readiness'],
  }));
  const actions: Action[] = board.initiatives
    .filter((_, i) => i % 10 === 0)
    .map((card, i) => ({
      id: `act-${i}`,
      title: `Raise the data foundation of ${card.title}`,
      status: 'open',
      initiativeId: card.id,
      foundation: 'data',
      due: `2026-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      createdAt: THEN,
      updatedAt: THEN,
    }));
  return { ...board, updatedAt: THEN, initiatives, actions };
}

/**
 * The board a quarter later: of every hundred cards, about five moved (one of them to Stopped), two renamed, one
 * deleted, one re-imported under a new id with its reference, five with a foundation raised or lowered; one new
 * card per hundred; a third of the actions closed and new ones opened. Moves and levels are logged as the app logs
 * them.
 */
export function busyQuarterLater(board: BoardDocument, seed = 13): BoardDocument {
  const random = seededRandom(seed);
  const initiatives: Initiative[] = [];
  const decisions: Decision[] = [...board.decisions];
  const readinessLog: ReadinessChange[] = [...board.readinessLog];
  let n = 0;
  for (const card of board.initiatives) {
    const roll = random();
    if (roll < 0.01) continue;
    let next: Initiative = card;
    if (roll < 0.02 && card.ref) next = { ...next, id: `reimported-${card.id}` };
    else if (roll < 0.06) {
      const to = random() < 0.2 ? 'stopped' : STAGE_IDS[Math.floor(random() * 4)]!;
      if (to !== card.stage) {
        next = { ...next, stage: to, stageEnteredAt: NOW };
        decisions.push({
          id: `dec-${(n += 1)}`,
          initiativeId: card.id,
          initiativeTitle: card.title,
          at: NOW,
          kind: to === 'stopped' ? 'stop' : 'go',
          from: card.stage,
          to,
          unmetCriteria: [],
        });
      }
    } else if (roll < 0.08) next = { ...next, title: `${card.title} (phase 2)` };
    else if (roll < 0.13) {
      const foundation = FOUNDATION_IDS[Math.floor(random() * FOUNDATION_IDS.length)]!;
      const from = card.readiness[foundation];
      const to =
        from === 4
          ? 3
          : from === 0
            ? 1
            : random() < 0.7
              ? ((from + 1) as 1 | 2 | 3 | 4)
              : ((from - 1) as 0 | 1 | 2 | 3);
      next = { ...next, readiness: { ...card.readiness, [foundation]: to } };
      readinessLog.push({
        id: `lvl-${(n += 1)}`,
        initiativeId: card.id,
        initiativeTitle: card.title,
        foundation,
        from,
        to,
        at: NOW,
      });
    }
    initiatives.push(next);
    if (random() < 0.01) {
      initiatives.push({ ...card, id: `new-${(n += 1)}`, ref: undefined, title: `New idea ${n}`, stage: 'idea' });
    }
  }
  const actions: Action[] = board.actions.map((action) => {
    const roll = random();
    if (roll < 0.25) return { ...action, status: 'done', closedAt: NOW, updatedAt: NOW };
    if (roll < 0.33) return { ...action, status: 'dropped', closedAt: NOW, updatedAt: NOW };
    return action;
  });
  for (let i = 0; i < board.actions.length / 5; i += 1) {
    actions.push({ id: `act-new-${i}`, title: `Follow-up ${i}`, status: 'open', createdAt: NOW, updatedAt: NOW });
  }
  return { ...board, updatedAt: NOW, initiatives, decisions, readinessLog, actions };
}

/** diffBoards and describeDiff, as `scaleboard diff` runs them, against two JSON.parse of the same boards. */
export async function diffBenchmark(board: BoardDocument, runs: number): Promise<Benchmark> {
  const before = assessedWithActions(board);
  const after = busyQuarterLater(before);
  const texts = [serializeBoard(before), serializeBoard(after)];
  const count = board.initiatives.length.toLocaleString('en');
  return {
    name: `diff of two ${count}-initiative boards`,
    target: 3,
    note: 'baseline: two JSON.parse of them',
    figure: await compare(
      () => describeDiff(diffBoards(before, after, { today: NOW.slice(0, 10), now: NOW }), after),
      () => texts.map((text) => JSON.parse(text) as unknown),
      runs,
    ),
  };
}
