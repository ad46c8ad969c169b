import type { BoardDocument, GovernanceFigures } from '../../../domain';
import { governanceFigures } from '../../../domain';

/** Worked out figures per board: a board is never changed in place, so its figures hold as long as it does. */
const figuresOf = { room: new WeakMap<BoardDocument, GovernanceFigures>(), audience: new WeakMap() };

/**
 * `governanceFigures` once per board, not once per render of the metrics panel or the projector: it reads every
 * card, and a board may hold 20,000. `leaveOutConfidential` as governanceFigures takes it (the projector's).
 */
export function boardGovernanceFigures(
  board: BoardDocument,
  { leaveOutConfidential = false }: { leaveOutConfidential?: boolean } = {},
): GovernanceFigures {
  const cache: WeakMap<BoardDocument, GovernanceFigures> = leaveOutConfidential ? figuresOf.audience : figuresOf.room;
  let figures = cache.get(board);
  if (!figures) {
    figures = governanceFigures(board, { leaveOutConfidential });
    cache.set(board, figures);
  }
  return figures;
}
