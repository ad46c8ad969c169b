import type { Action, CardActionCounts } from '../../../domain';
import { actionCountsByCard } from '../../../domain';

let last: { actions: readonly Action[]; today: string; counts: Map<string, CardActionCounts> } | null = null;

/**
 * Open and overdue actions per card, worked out once for the board's actions and the day rather than once per
 * card: 700 cards each reading it would otherwise walk every action on every change. The same actions give the
 * same objects back, so a card's selector sees no change and the card does not draw again.
 */
export function cardActionCounts(actions: readonly Action[], today: string): Map<string, CardActionCounts> {
  if (last?.actions !== actions || last.today !== today) {
    last = { actions, today, counts: actionCountsByCard(actions, today) };
  }
  return last.counts;
}
