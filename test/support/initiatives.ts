import type { Initiative } from '../../domain';
import { emptyReadiness } from '../../domain';

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
