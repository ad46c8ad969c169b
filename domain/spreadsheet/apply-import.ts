import type { BoardDocument, Initiative, Regime } from '../board-schema';
import { BOARD_LIMITS } from '../board-schema';
import type { ChangeContext } from '../board';
import { decisionEntry, emptyReadiness, stageLabel } from '../board';
import { newId } from '../ids';
import { compareRanks, ranksBetween } from '../rank';
import type { StageId } from '../stages';
import { STAGE_IDS } from '../stages';
import type { BuiltImport, ImportedCard, RowProblem } from './build-import';
import { formatCount } from './import-limits';
import { regimeChange } from './import-governance';
import { classifyMove } from '../gate-evaluation';
import { isProhibited } from '../governance';

export type ImportMode = 'add' | 'merge';

export interface ImportReport {
  added: number;
  updated: number;
  skipped: { row: number; reason: string }[];
  /** Every problem of the import, in row order: those found reading the rows and those of this board. */
  problems: RowProblem[];
  /** The regimes the board did not use before and now does, as the import classifies its cards under them. */
  regimesAdded: Regime[];
  /** The default regimes a board with no card classified used without choosing, left out (see regimeChange). */
  regimesDropped: Regime[];
}

/**
 * Puts imported cards on a board in one change: as new cards, or (merge) updating the cards whose Scaleboard ID
 * or reference matches and adding the rest. New cards go to the end of their columns in sheet order; a merged
 * card that changes stage goes to the end of its new column, and the move is logged. The board keeps within its
 * limits: rows past the most cards it holds are not added, columns past the most custom fields it holds are not
 * kept, and a card stays in its stage when the decision log has no room for the move, or when it is classified as
 * prohibited and the move would take it forward; each is reported.
 */
export function applyImport(
  board: BoardDocument,
  built: BuiltImport,
  mode: ImportMode,
  context: ChangeContext,
): { board: BoardDocument; report: ImportReport } {
  const makeId = context.newId ?? newId;
  const problems: RowProblem[] = [];
  const byId = new Map(board.initiatives.map((i) => [i.id, i]));
  const byRef = new Map<string, Initiative>();
  for (const i of board.initiatives) if (i.ref && !byRef.has(i.ref)) byRef.set(i.ref, i);

  const updates = new Map<string, ImportedCard>();
  let additions: ImportedCard[] = [];
  for (const card of built.cards) {
    const match =
      mode === 'merge' ? (card.id && byId.get(card.id)) || (card.ref && byRef.get(card.ref)) || undefined : undefined;
    if (match && !updates.has(match.id)) updates.set(match.id, card);
    else additions.push(card);
  }

  const room = Math.max(0, BOARD_LIMITS.initiatives - board.initiatives.length);
  if (additions.length > room) {
    const message = `the board already holds ${formatCount(board.initiatives.length)} cards, and a board holds at most ${formatCount(BOARD_LIMITS.initiatives)}; this row was not added`;
    for (const card of additions.slice(room)) problems.push({ row: card.row, message, skipped: true });
    additions = additions.slice(0, room);
  }
  const { customFields, custom } = keptCustomFields(board, built, [...updates.values(), ...additions], problems);

  // Updates first: fields in place, then the stage changes in sheet order, each to the end of its new column and
  // logged, as long as the log has room. Ranks are spread over each column at once: appended one by one, a
  // thousand cards would make ranks longer than a board allows.
  const initiatives = board.initiatives.map((initiative) => {
    const card = updates.get(initiative.id);
    return card ? merged(initiative, card, custom(card), context.now) : initiative;
  });
  const moves: { index: number; card: ImportedCard }[] = [];
  const label = (stage: StageId) => stageLabel(board.stages, stage);
  initiatives.forEach((initiative, index) => {
    const card = updates.get(initiative.id);
    if (!card || card.stage === initiative.stage) return;
    // A card classified prohibited (before or by this row) goes no further on the file's word than at the gate.
    const move = classifyMove(initiative.stage, card.stage);
    if (isProhibited(initiative) && (move === 'forward' || move === 'restart')) {
      problems.push({
        row: card.row,
        message: `the card is classified as a prohibited practice under the EU AI Act, so the import does not move it to ${label(card.stage)}; it was updated but stays in ${label(initiative.stage)}`,
        skipped: false,
      });
      return;
    }
    moves.push({ index, card });
  });
  moves.sort((a, b) => a.card.row - b.card.row);
  const logRoom = Math.max(0, BOARD_LIMITS.decisions - board.decisions.length);
  for (const { index, card } of moves.slice(logRoom)) {
    problems.push({
      row: card.row,
      message: `the decision log is full (${formatCount(BOARD_LIMITS.decisions)} entries), so the move to ${label(card.stage)} could not be recorded; the card was updated but stays in ${label(initiatives[index]!.stage)}`,
      skipped: false,
    });
  }
  const recorded = moves.slice(0, logRoom);
  const decisions = [...board.decisions];
  const moveRanks = ranksAtEnds(
    initiatives,
    recorded.map((move) => move.card),
  );
  recorded.forEach(({ index, card }, i) => {
    const current = initiatives[index]!;
    decisions.push(
      decisionEntry(current, card.stage, {
        ...context,
        decision: { kind: 'move', by: 'Import', rationale: `Stage set by the spreadsheet (row ${card.row})` },
      }),
    );
    // Without a date in the file, when the card entered its new stage is unknown, not the time of the import.
    const { stageEnteredAt: _previousDate, ...rest } = current;
    initiatives[index] = {
      ...rest,
      stage: card.stage,
      rank: moveRanks[i]!,
      ...(card.stageEnteredAt ? { stageEnteredAt: card.stageEnteredAt } : {}),
      ...(card.stageDates ? { stageDates: { ...current.stageDates, ...card.stageDates } } : {}),
      updatedAt: context.now,
    };
  });

  // New cards column by column, in sheet order within each.
  const usedIds = new Set(initiatives.map((i) => i.id));
  const byStage = STAGE_IDS.flatMap((stage) => additions.filter((card) => card.stage === stage));
  const addRanks = ranksAtEnds(initiatives, byStage);
  byStage.forEach((card, i) => {
    const id = card.id && !usedIds.has(card.id) ? card.id : makeId();
    usedIds.add(id);
    initiatives.push(created(card, custom(card), id, addRanks[i]!, context.now));
  });

  const all = [...built.problems, ...problems].sort((a, b) => a.row - b.row);
  const skipped = all.filter((p) => p.skipped).map((p) => ({ row: p.row, reason: p.message }));
  // Judged on the board as it was: its own cards, not those the import brings, say whether it chose anything yet.
  const change = regimeChange(board, built.regimes);
  const workshop = change ? { ...board.workshop, regimes: change.regimes } : board.workshop;
  return {
    board: { ...board, updatedAt: context.now, workshop, initiatives, decisions, customFields },
    report: {
      added: additions.length,
      updated: updates.size,
      skipped,
      problems: all,
      regimesAdded: change?.added ?? [],
      regimesDropped: change?.dropped ?? [],
    },
  };
}

/** A rank for each card, after the last card of its column, in the cards' order: one spread per column. */
function ranksAtEnds(initiatives: readonly Initiative[], cards: readonly ImportedCard[]): string[] {
  const last = new Map<StageId, string>();
  for (const { stage, rank } of initiatives) {
    const before = last.get(stage);
    if (before === undefined || compareRanks(rank, before) > 0) last.set(stage, rank);
  }
  const ranks = new Array<string>(cards.length);
  for (const stage of STAGE_IDS) {
    const column = cards.flatMap((card, i) => (card.stage === stage ? [i] : []));
    const spread = ranksBetween(last.get(stage) ?? null, null, column.length);
    column.forEach((index, i) => (ranks[index] = spread[i]!));
  }
  return ranks;
}

/**
 * The board's custom fields with those the import brings, as many as the board holds, and each card's custom
 * values without the fields left out; each field left out is reported on the header row.
 */
function keptCustomFields(
  board: BoardDocument,
  built: BuiltImport,
  cards: readonly ImportedCard[],
  problems: RowProblem[],
): { customFields: BoardDocument['customFields']; custom: (card: ImportedCard) => Record<string, string> } {
  const known = new Set(board.customFields.map((f) => f.key));
  const fresh = built.customFields.filter((f) => !known.has(f.key));
  const room = Math.max(0, BOARD_LIMITS.customFields - board.customFields.length);
  const customFields = [...board.customFields, ...fresh.slice(0, room).map(({ key, label }) => ({ key, label }))];
  const left = fresh.slice(room);
  if (!left.length) return { customFields, custom: (card) => card.custom };

  const leftKeys = new Set(left.map((f) => f.key));
  const values = new Map<string, number>();
  for (const card of cards) {
    for (const key of Object.keys(card.custom)) if (leftKeys.has(key)) values.set(key, (values.get(key) ?? 0) + 1);
  }
  const reason = `the board already has ${formatCount(board.customFields.length)} custom fields, and a board holds at most ${formatCount(BOARD_LIMITS.customFields)}; this column was not added`;
  for (const field of left) {
    const count = values.get(field.key) ?? 0;
    problems.push({
      row: built.headerRow,
      column: field.column,
      message: `${reason} (${formatCount(count)} value${count === 1 ? '' : 's'})`,
      skipped: false,
    });
  }
  return {
    customFields,
    custom: (card) => Object.fromEntries(Object.entries(card.custom).filter(([key]) => !leftKeys.has(key))),
  };
}

function created(
  card: ImportedCard,
  custom: Record<string, string>,
  id: string,
  rank: string,
  now: string,
): Initiative {
  const { readiness, readinessNotes, ...fields } = card.fields;
  const initiative: Initiative = {
    id,
    title: card.title,
    stage: card.stage,
    rank,
    // A file without a stage date leaves it unknown: the import time would read as "0 days" and "fresh".
    ...(card.stageEnteredAt ? { stageEnteredAt: card.stageEnteredAt } : {}),
    ...(card.stageDates ? { stageDates: card.stageDates } : {}),
    readiness: { ...emptyReadiness(), ...readiness },
    riskTier: 'unassessed',
    tags: [],
    votes: {},
    ...fields,
    custom,
    createdAt: now,
    updatedAt: now,
  };
  if (card.ref) initiative.ref = card.ref;
  if (readinessNotes && Object.keys(readinessNotes).length) initiative.readinessNotes = readinessNotes;
  return initiative;
}

/** A card updated from a row: the row's non-empty values win; what the row leaves empty is kept. */
function merged(initiative: Initiative, card: ImportedCard, custom: Record<string, string>, now: string): Initiative {
  const { readiness, readinessNotes, ...fields } = card.fields;
  const next: Initiative = {
    ...initiative,
    ...fields,
    title: card.title,
    readiness: { ...initiative.readiness, ...readiness },
    custom: { ...initiative.custom, ...custom },
    ...(card.stageDates ? { stageDates: { ...initiative.stageDates, ...card.stageDates } } : {}),
    updatedAt: now,
  };
  if (card.ref) next.ref = card.ref;
  if (readinessNotes) next.readinessNotes = { ...initiative.readinessNotes, ...readinessNotes };
  // Practices one by one, as readiness: a row that answers some practices leaves the others as they were.
  if (card.fields.practices) next.practices = { ...initiative.practices, ...card.fields.practices };
  return next;
}
