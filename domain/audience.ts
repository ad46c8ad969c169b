import type { BoardDocument, Initiative } from './board-schema';

/** The projector shows no scroll bars: a long column shows its first cards and says how many it holds. */
export const AUDIENCE_CARDS_PER_COLUMN = 40;

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
] as const;
export type ConfidentialField = (typeof CONFIDENTIAL_FIELDS)[number];

/**
 * The board as the audience window may show it: each card without the fields marked confidential on it, and
 * without votes while they are hidden.
 */
export function audienceBoard(board: BoardDocument, options: { hideVotes: boolean }): BoardDocument {
  return {
    ...board,
    initiatives: board.initiatives.map((initiative) => {
      const hidden = new Set(initiative.confidential ?? []);
      const shown: Initiative = { ...initiative };
      for (const field of CONFIDENTIAL_FIELDS) {
        if (!hidden.has(field)) continue;
        if (field === 'custom') shown.custom = {};
        else delete shown[field];
      }
      if (options.hideVotes) shown.votes = {};
      return shown;
    }),
  };
}
