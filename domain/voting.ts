/** Dot voting: each participant places a limited number of dots on cards. */
import type { BoardDocument, Initiative } from './board-schema';
import type { ChangeContext } from './board';
import { findInitiative, updateInitiative } from './board';
import { ownValue } from './records';

/** Dots each participant has when the board does not say. */
export const DEFAULT_DOTS = 3;

export function dotsPerParticipant(board: BoardDocument): number {
  return board.workshop.dotsPerParticipant ?? DEFAULT_DOTS;
}

/** Dots a participant has placed over the whole board. */
export function dotsUsed(board: BoardDocument, participant: string): number {
  return board.initiatives.reduce((sum, i) => sum + (ownValue(i.votes, participant) ?? 0), 0);
}

/**
 * Adds a participant's dots to a card (a negative delta takes them off), never beyond the dots they have nor below
 * zero. Returns the same board when nothing changes.
 */
export function castVote(
  board: BoardDocument,
  id: string,
  participant: string,
  delta: number,
  context: ChangeContext,
): BoardDocument {
  const initiative = findInitiative(board, id);
  if (!initiative) return board;
  const current = ownValue(initiative.votes, participant) ?? 0;
  const next = Math.max(0, current + Math.min(delta, dotsPerParticipant(board) - dotsUsed(board, participant)));
  if (next === current) return board;
  const votes = { ...initiative.votes, [participant]: next };
  if (next === 0) delete votes[participant];
  return updateInitiative(board, id, { votes }, context);
}

/** Clears every dot on the board. */
export function resetVotes(board: BoardDocument, context: ChangeContext): BoardDocument {
  return {
    ...board,
    updatedAt: context.now,
    initiatives: board.initiatives.map((i) => (Object.keys(i.votes).length ? { ...i, votes: {} } : i)),
  };
}

/** The dots a card has, from every participant. */
export function cardVotes(card: Pick<Initiative, 'votes'>): number {
  return Object.values(card.votes).reduce((sum, n) => sum + n, 0);
}
