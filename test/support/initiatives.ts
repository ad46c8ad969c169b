import type { BoardDocument, Initiative } from '../../domain';
import { addInitiative, createBoard, emptyReadiness } from '../../domain';

/** A card with nothing but what the schema requires, for boards built in bulk (near their limits, say). */
export function plainInitiative(
  fields: Pick<Initiative, 'id' | 'ref' | 'title' | 'stage' | 'rank'>,
  now: string,
): Initiative {
  return {
    ...fields,
    stageEnteredAt: now,
    readiness: emptyReadiness(),
    riskTier: 'unassessed',
    tags: [],
    votes: {},
    custom: {},
    createdAt: now,
    updatedAt: now,
  };
}

/** Four pilots, a to d in board order, alternately in the Claims and the Finance business unit: two swimlanes. */
export function pilotsInTwoUnits(now: string): BoardDocument {
  let board = createBoard('B', { now });
  for (const [id, unit] of [
    ['a', 'Claims'],
    ['b', 'Finance'],
    ['c', 'Claims'],
    ['d', 'Finance'],
  ] as const) {
    board = addInitiative(board, { id, title: id, stage: 'pilot', businessUnit: unit }, { now });
  }
  return board;
}
