import type { BoardDocument, Initiative } from '../board-schema';
import type { ChangeContext } from '../board';
import { columnOf, emptyReadiness, moveInitiative } from '../board';
import { newId } from '../ids';
import { ranksBetween } from '../rank';
import type { StageId } from '../stages';
import { STAGE_IDS } from '../stages';
import type { BuiltImport, ImportedCard } from './build-import';

export type ImportMode = 'add' | 'merge';

export interface ImportReport {
  added: number;
  updated: number;
  skipped: { row: number; reason: string }[];
}

/**
 * Puts imported cards on a board in one change: as new cards, or (merge) updating the cards whose Scaleboard ID
 * or reference matches and adding the rest. New cards go to the end of their columns in sheet order; a merged
 * card that changes stage moves like any other, and the move is logged.
 */
export function applyImport(
  board: BoardDocument,
  built: BuiltImport,
  mode: ImportMode,
  context: ChangeContext,
): { board: BoardDocument; report: ImportReport } {
  const makeId = context.newId ?? newId;
  const byId = new Map(board.initiatives.map((i) => [i.id, i]));
  const byRef = new Map<string, Initiative>();
  for (const i of board.initiatives) if (i.ref && !byRef.has(i.ref)) byRef.set(i.ref, i);

  const updates = new Map<string, ImportedCard>();
  const additions: ImportedCard[] = [];
  for (const card of built.cards) {
    const match =
      mode === 'merge' ? (card.id && byId.get(card.id)) || (card.ref && byRef.get(card.ref)) || undefined : undefined;
    if (match && !updates.has(match.id)) updates.set(match.id, card);
    else additions.push(card);
  }

  let next: BoardDocument = { ...board, updatedAt: context.now };
  // Updates first: fields in place, then the stage changes as logged moves.
  if (updates.size) {
    next = {
      ...next,
      initiatives: next.initiatives.map((initiative) => {
        const card = updates.get(initiative.id);
        return card ? merged(initiative, card, context.now) : initiative;
      }),
    };
    for (const [id, card] of updates) {
      const current = next.initiatives.find((i) => i.id === id)!;
      if (current.stage !== card.stage) {
        next = moveInitiative(next, id, card.stage, Number.MAX_SAFE_INTEGER, {
          ...context,
          decision: { kind: 'move', by: 'Import', rationale: `Stage set by the spreadsheet (row ${card.row})` },
        });
        if (card.stageEnteredAt) {
          next = {
            ...next,
            initiatives: next.initiatives.map((i) =>
              i.id === id ? { ...i, stageEnteredAt: card.stageEnteredAt! } : i,
            ),
          };
        }
      }
    }
  }

  const usedIds = new Set(next.initiatives.map((i) => i.id));
  const perStage = new Map<StageId, ImportedCard[]>(STAGE_IDS.map((s) => [s, []]));
  for (const card of additions) perStage.get(card.stage)!.push(card);
  const added: Initiative[] = [];
  for (const stage of STAGE_IDS) {
    const cards = perStage.get(stage)!;
    if (!cards.length) continue;
    const column = columnOf(next, stage);
    const ranks = ranksBetween(column[column.length - 1]?.rank ?? null, null, cards.length);
    cards.forEach((card, index) => {
      const id = card.id && !usedIds.has(card.id) ? card.id : makeId();
      usedIds.add(id);
      added.push(created(card, id, ranks[index]!, context.now));
    });
  }

  const known = new Set(next.customFields.map((f) => f.key));
  const customFields = [
    ...next.customFields,
    ...built.customFields.filter((f) => !known.has(f.key)).map(({ key, label }) => ({ key, label })),
  ];
  next = { ...next, initiatives: [...next.initiatives, ...added], customFields };
  const skipped = built.problems.filter((p) => p.skipped).map((p) => ({ row: p.row, reason: p.message }));
  return { board: next, report: { added: added.length, updated: updates.size, skipped } };
}

function created(card: ImportedCard, id: string, rank: string, now: string): Initiative {
  const { readiness, readinessNotes, ...fields } = card.fields;
  const initiative: Initiative = {
    id,
    title: card.title,
    stage: card.stage,
    rank,
    stageEnteredAt: card.stageEnteredAt ?? now,
    readiness: { ...emptyReadiness(), ...readiness },
    riskTier: 'unassessed',
    tags: [],
    votes: {},
    ...fields,
    custom: card.custom,
    createdAt: now,
    updatedAt: now,
  };
  if (card.ref) initiative.ref = card.ref;
  if (readinessNotes && Object.keys(readinessNotes).length) initiative.readinessNotes = readinessNotes;
  return initiative;
}

/** A card updated from a row: the row's non-empty values win; what the row leaves empty is kept. */
function merged(initiative: Initiative, card: ImportedCard, now: string): Initiative {
  const { readiness, readinessNotes, ...fields } = card.fields;
  const next: Initiative = {
    ...initiative,
    ...fields,
    title: card.title,
    readiness: { ...initiative.readiness, ...readiness },
    custom: { ...initiative.custom, ...card.custom },
    updatedAt: now,
  };
  if (card.ref) next.ref = card.ref;
  if (readinessNotes) next.readinessNotes = { ...initiative.readinessNotes, ...readinessNotes };
  return next;
}
