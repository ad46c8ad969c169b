/**
 * The workshop snapshot: what the board was when the facilitator pressed Start workshop, so that "since the start
 * of today" can be shown from one file. Only what changes in place is kept (each card's stage and readiness, each
 * action's status); decisions, readiness changes and actions carry their own times.
 */
import type { Action, BoardDocument, Initiative, SnapshotCard, WorkshopSnapshot } from './board-schema';
import { calendarDay } from './actions';
import type { ChangeContext } from './board';
import { emptyReadiness } from './board';
import { ranksBetween } from './rank';
import type { StageId } from './stages';

/**
 * The board with its snapshot taken now, from its current cards and actions. An earlier snapshot is replaced:
 * only the start of the latest workshop is kept, so taking it twice is the same as taking it once, later.
 */
export function takeSnapshot(board: BoardDocument, context: Pick<ChangeContext, 'now'>): BoardDocument {
  const snapshot: WorkshopSnapshot = {
    takenAt: context.now,
    cards: board.initiatives.map(snapshotCard),
    actions: board.actions.map((a) => ({ id: a.id, status: a.status })),
  };
  return { ...board, updatedAt: context.now, snapshot };
}

/**
 * Whether the board's snapshot was taken on `today` (`YYYY-MM-DD`, the room's calendar day). Only then is it the
 * start of this workshop: a snapshot stays in the file until Start workshop is pressed again, so one from an
 * earlier day is the start of an earlier workshop.
 */
export function snapshotIsFrom(board: Pick<BoardDocument, 'snapshot'>, today: string): boolean {
  const takenAt = board.snapshot ? Date.parse(board.snapshot.takenAt) : NaN;
  return Number.isFinite(takenAt) && calendarDay(new Date(takenAt)) === today;
}

function snapshotCard(initiative: Initiative): SnapshotCard {
  const card: SnapshotCard = {
    id: initiative.id,
    title: initiative.title,
    stage: initiative.stage,
    readiness: { ...initiative.readiness },
  };
  if (initiative.ref !== undefined) card.ref = initiative.ref;
  if (initiative.stageEnteredAt !== undefined) card.stageEnteredAt = initiative.stageEnteredAt;
  return card;
}

/**
 * The board as it stood when its snapshot was taken, as a whole valid document to compare with the board now;
 * null when no snapshot was taken.
 *
 * What the snapshot keeps is exact: which cards there were, their reference, title, stage, stage date and readiness,
 * and each action's status. Decisions and readiness changes are those logged by then, and actions those created by
 * then. What it cannot give back:
 * - every other field of a card (owner, problem, tags, votes, notes, rank…) is as it is now: edits made during the
 *   day are not undone, and a card deleted since gets the defaults of a new card, placed at the end of its column;
 * - an action's title, owner, due date and note are as they are now, an action deleted since is missing, and a
 *   closing time is dropped when the action was closed before the snapshot but reopened and closed again since;
 * - the board's title, workshop settings, stages, gates and custom fields are as they are now.
 * Times of change after the snapshot (a card's or an action's `updatedAt`) are brought back to the snapshot time.
 */
export function boardAtSnapshot(board: BoardDocument): BoardDocument | null {
  const snapshot = board.snapshot;
  if (!snapshot) return null;
  const takenAt = snapshot.takenAt;
  const takenMs = Date.parse(takenAt);
  const byTheSnapshot = (at: string) => Date.parse(at) <= takenMs;
  const notAfter = (at: string) => (byTheSnapshot(at) ? at : takenAt);

  const current = new Map(board.initiatives.map((i) => [i.id, i]));
  const initiatives: Initiative[] = [];
  const deleted: SnapshotCard[] = [];
  const lastRank = new Map<StageId, string>();
  for (const card of snapshot.cards) {
    const now = current.get(card.id);
    if (!now) {
      deleted.push(card);
      continue;
    }
    const { ref: _ref, stageEnteredAt: _entered, ...rest } = now;
    const then: Initiative = {
      ...rest,
      ...restored(card),
      createdAt: notAfter(now.createdAt),
      updatedAt: notAfter(now.updatedAt),
    };
    initiatives.push(then);
    const last = lastRank.get(then.stage);
    if (last === undefined || then.rank > last) lastRank.set(then.stage, then.rank);
  }
  // A card deleted since goes after the cards still here, in the order the snapshot kept.
  const deletedByStage = new Map<StageId, SnapshotCard[]>();
  for (const card of deleted) {
    const cards = deletedByStage.get(card.stage) ?? [];
    deletedByStage.set(card.stage, cards);
    cards.push(card);
  }
  for (const [stage, cards] of deletedByStage) {
    const ranks = ranksBetween(lastRank.get(stage) ?? null, null, cards.length);
    cards.forEach((card, index) =>
      initiatives.push({
        ...restored(card),
        rank: ranks[index]!,
        riskTier: 'unassessed',
        tags: [],
        votes: {},
        custom: {},
        createdAt: takenAt,
        updatedAt: takenAt,
      }),
    );
  }

  const statusThen = new Map(snapshot.actions.map((a) => [a.id, a.status]));
  const actions: Action[] = [];
  for (const action of board.actions) {
    if (!byTheSnapshot(action.createdAt)) continue;
    const status = statusThen.get(action.id) ?? action.status;
    const { closedAt, ...rest } = action;
    const then: Action = { ...rest, status, updatedAt: notAfter(action.updatedAt) };
    if (status !== 'open' && closedAt !== undefined && byTheSnapshot(closedAt)) then.closedAt = closedAt;
    actions.push(then);
  }

  return {
    ...board,
    updatedAt: takenAt,
    initiatives,
    decisions: board.decisions.filter((d) => byTheSnapshot(d.at)),
    readinessLog: board.readinessLog.filter((c) => byTheSnapshot(c.at)),
    actions,
  };
}

/** The fields of a card the snapshot kept, as a card has them. */
function restored(
  card: SnapshotCard,
): Pick<Initiative, 'id' | 'ref' | 'title' | 'stage' | 'stageEnteredAt' | 'readiness'> {
  const fields: Pick<Initiative, 'id' | 'ref' | 'title' | 'stage' | 'stageEnteredAt' | 'readiness'> = {
    id: card.id,
    // A snapshot may hold a blank title (its schema does not refuse one); a card may not.
    title: card.title.trim() || card.id,
    stage: card.stage,
    readiness: { ...emptyReadiness(), ...card.readiness },
  };
  if (card.ref !== undefined) fields.ref = card.ref;
  if (card.stageEnteredAt !== undefined) fields.stageEnteredAt = card.stageEnteredAt;
  return fields;
}
