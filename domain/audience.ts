import type { BoardDocument, Initiative } from './board-schema';

/** What the facilitator can present on the projector. */
export const AUDIENCE_VIEWS = ['board', 'metrics', 'log'] as const;
export type AudienceView = (typeof AUDIENCE_VIEWS)[number];

/** The fields a facilitator can hide from the audience screen, card by card. */
export const CONFIDENTIAL_FIELDS = [
  'problem',
  'outcome',
  'kpi',
  'owner',
  'sponsor',
  'businessUnit',
  'valueEstimate',
  'costEstimate',
  'custom',
  /** The rationale of the card's entries in the decision log, which the projector shows when it presents the log. */
  'rationale',
] as const;
export type ConfidentialField = (typeof CONFIDENTIAL_FIELDS)[number];

/** The card fields among the confidential ones (the rest belong to the decision log). */
type CardField = Exclude<ConfidentialField, 'rationale'>;
const isCardField = (field: ConfidentialField): field is CardField => field !== 'rationale';

/**
 * The board as the audience window may show it: each card without the fields marked confidential on it, its
 * decision-log entries without their rationale when that is marked, and no votes while they are hidden.
 */
export function audienceBoard(board: BoardDocument, options: { hideVotes: boolean }): BoardDocument {
  const rationaleHidden = new Set<string>();
  const initiatives = board.initiatives.map((initiative) => {
    const hidden = new Set(initiative.confidential ?? []);
    if (hidden.has('rationale')) rationaleHidden.add(initiative.id);
    const shown: Initiative = { ...initiative };
    for (const field of CONFIDENTIAL_FIELDS) {
      if (!hidden.has(field) || !isCardField(field)) continue;
      if (field === 'custom') shown.custom = {};
      else delete shown[field];
    }
    if (options.hideVotes) shown.votes = {};
    return shown;
  });
  const decisions = rationaleHidden.size
    ? board.decisions.map((decision) => {
        if (!rationaleHidden.has(decision.initiativeId)) return decision;
        const { rationale: _hidden, ...rest } = decision;
        return rest;
      })
    : board.decisions;
  return { ...board, initiatives, decisions };
}

/**
 * How many cards of a column the projector shows, given which of its first cards fit on screen (the projector
 * has no scroll bars): the cards that fit, the focused card always among them, and how many are left out.
 */
export function audienceColumn(
  ids: readonly string[],
  fits: number,
  focusId: string | null,
): { shown: string[]; more: number } {
  const count = Math.max(0, Math.min(fits, ids.length));
  const shown = ids.slice(0, count);
  if (focusId && count > 0 && !shown.includes(focusId) && ids.includes(focusId)) shown[count - 1] = focusId;
  return { shown, more: ids.length - shown.length };
}
