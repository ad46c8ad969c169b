/**
 * The matrix as the audience window draws it, from the board audienceBoard leaves: a card that keeps its value
 * from the room is neither placed nor said to have no value; it is counted, not named.
 */
import { audienceBoard, createExampleBoard, DEFAULT_MATRIX_VIEW, leftOutLines, matrixData } from '../../../domain';

describe('the matrix of the board the room sees', () => {
  it('lists a card keeping its value from the room as kept from it, not as lacking a value, and does not place it', () => {
    const example = createExampleBoard('2026-06-01T09:00:00.000Z');
    const valued = example.initiatives.filter((card) => card.valueEstimate !== undefined);
    const unvalued = example.initiatives.filter((card) => card.valueEstimate === undefined && card.stage !== 'stopped');
    expect(valued.length).toBeGreaterThan(2);
    const secret = new Set(valued.slice(0, 2).map((card) => card.id));
    const board = {
      ...example,
      initiatives: example.initiatives.map((card) =>
        secret.has(card.id) ? { ...card, confidential: ['valueEstimate'] } : card,
      ),
    };

    const facilitator = matrixData(board, board.initiatives, DEFAULT_MATRIX_VIEW);
    const room = audienceBoard(board, { hideVotes: false });
    const shown = matrixData(room, room.initiatives, DEFAULT_MATRIX_VIEW);

    // The facilitator's chart places the secret cards; the room's does not, and says why.
    for (const id of secret) expect(facilitator.points.map((p) => p.id)).toContain(id);
    expect(shown.points.map((p) => p.id).filter((id) => secret.has(id))).toEqual([]);
    expect(shown.points).toHaveLength(facilitator.points.length - secret.size);
    const kept = shown.leftOut.filter((entry) => entry.reason === 'kept-from-room');
    expect(new Set(kept.map((entry) => entry.id))).toEqual(secret);
    const missing = shown.leftOut.filter((entry) => entry.reason === 'no-value').map((entry) => entry.id);
    expect(missing.sort()).toEqual(unvalued.map((card) => card.id).sort());

    // Counted, with no title of a card that keeps its value from the room.
    const lines = leftOutLines(shown, 10, 'en-GB');
    expect(lines).toContain('Value kept from the room: 2 initiatives');
    const titles = board.initiatives.filter((card) => secret.has(card.id)).map((card) => card.title);
    for (const title of titles) expect(lines.join('\n')).not.toContain(title);
  });

  it('calls a card with no value and nothing hidden "No value estimate", naming it', () => {
    const example = createExampleBoard('2026-06-01T09:00:00.000Z');
    const [first] = example.initiatives;
    const board = {
      ...example,
      initiatives: example.initiatives.map((card) =>
        card.id === first!.id ? { ...card, valueEstimate: undefined, confidential: ['owner'] } : card,
      ),
    };
    const room = audienceBoard(board, { hideVotes: false });
    const data = matrixData(room, room.initiatives, DEFAULT_MATRIX_VIEW);
    expect(data.leftOut.find((entry) => entry.id === first!.id)?.reason).toBe('no-value');
    expect(leftOutLines(data, 50).find((line) => line.startsWith('No value estimate'))).toContain(first!.title);
  });
});
