import type { BoardDocument } from '../../../domain';
import { castVote, createExampleBoard, dotsUsed, resetVotes } from '../../../domain';

const NOW = '2026-02-01T00:00:00.000Z';

describe('dot voting', () => {
  it('places dots up to the participant’s limit, never below zero, and resets them all', () => {
    let board: BoardDocument = {
      ...createExampleBoard(NOW),
      workshop: { participants: ['CFO'], dotsPerParticipant: 2 },
    };
    const [a, b] = board.initiatives;
    board = castVote(board, a!.id, 'CFO', 1, { now: NOW });
    board = castVote(board, b!.id, 'CFO', 5, { now: NOW });
    expect(dotsUsed(board, 'CFO')).toBe(2);
    expect(board.initiatives[1]!.votes).toEqual({ CFO: 1 });
    expect(castVote(board, a!.id, 'CFO', 1, { now: NOW })).toBe(board);
    board = castVote(board, a!.id, 'CFO', -3, { now: NOW });
    expect(board.initiatives[0]!.votes).toEqual({});
    expect(resetVotes(board, { now: NOW }).initiatives.every((i) => Object.keys(i.votes).length === 0)).toBe(true);
  });
});
