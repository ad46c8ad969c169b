/**
 * One portfolio from many workshops' boards (File › Combine Boards…, `scaleboard combine`). Cards are matched by
 * reference, then by id; every card remembers the boards it came from (SOURCE_BOARD_FIELD); where boards disagree
 * about a card, the rule of combine-cards.ts decides and the report lists it. Logs and actions are merged in time
 * order, an entry found on several boards once. The board's own settings are the first board's, and the report
 * says where the others differ; its workshop notes gain one line saying when and from what it was combined.
 */
import type { BoardDocument, Initiative } from './board-schema';
import { BOARD_LIMITS, CURRENT_SCHEMA_VERSION } from './board-schema';
import { counted } from './board-locale';
import type { CardVersion, CombineConflict, CombineRule } from './combine-cards';
import { boardHistory, cardVersion, COMBINE_RULES, mergeCard, OTHER_VALUES_FIELD } from './combine-cards';
import { validateBoard } from './board-fast-path';
import { describeIssues, MAX_BOARD_FILE_BYTES, serializeBoard, utf8ByteLength } from './board-file';
import { formatBytes } from './file-names';
import { newId } from './ids';
import { compareRanks, ranksBetween } from './rank';
import type { Result } from './result';
import { err, ok } from './result';
import { SOURCE_BOARD_FIELD, SOURCE_SEPARATOR } from './source-board';
import { STAGE_IDS } from './stages';
import { canonical, mergeLogs } from './combine-logs';
import { combineRecord } from './describe-combine';

export { COMBINE_RULES, OTHER_VALUES_FIELD };
export type { CombineConflict, CombineRule };

export interface CombineSource {
  /** What the board is called in the report and in its cards' source field: its file's name without extension. */
  name: string;
  board: BoardDocument;
}

export interface CombineOptions {
  now: string;
  newId?: () => string;
  /** The largest board file the combined board may make: MAX_BOARD_FILE_BYTES, the most Scaleboard opens. */
  maxFileBytes?: number;
}

/** What one source gave the combined board. */
export interface CombinedSource {
  /** The name used (made unique: see the report's notes). */
  name: string;
  title: string;
  cards: number;
  /** Its cards taken for a card of an earlier board, by reference or by id. */
  matchedByRef: number;
  matchedById: number;
  /** Its cards added as cards of their own. */
  added: number;
  /** Of those added, the cards whose id an earlier board's card had: they were given a new id. */
  newIds: number;
}

export interface CombineReport {
  sources: CombinedSource[];
  /** Cards on the combined board: the sources' cards less those matched. */
  cards: number;
  matched: number;
  /** Every field of every card on which the boards disagree, in board order, with the rule applied. */
  conflicts: CombineConflict[];
  /** Everything else to know: board settings that differ, names made unique, references too shared to match by. */
  notes: string[];
}

interface Entry {
  id: string;
  refKey?: string;
  versions: CardVersion[];
  /** Source names, in source order, each once. */
  sources: string[];
}

const refKey = (ref: string | undefined): string | undefined => {
  const key = ref?.trim().toLowerCase();
  return key ? key : undefined;
};

/**
 * Combines boards into one new board, the first source's settings with every source's cards and logs. Combining a
 * board with itself gives back its cards, logs and actions, each once, with only the source field added. Fails
 * with a message when the result would pass a board's limits (its lists, a card's tags and fields, or the size of
 * its file), rather than leaving anything out. One thing is cut, and a note says so: a card's "Other boards'
 * values" field keeps its first BOARD_LIMITS.longTextLength characters; the report's conflicts list every value.
 */
export function combineBoards(
  sources: readonly CombineSource[],
  options: CombineOptions,
): Result<{ board: BoardDocument; report: CombineReport }> {
  if (sources.length === 0) return err('nothing-to-combine', 'There is no board to combine.');
  const makeId = options.newId ?? newId;
  const notes: string[] = [];
  const names = uniqueNames(sources, notes);
  const first = sources[0]!.board;

  const ambiguous = new Set<string>();
  for (const { board } of sources) {
    const seen = new Set<string>();
    for (const card of board.initiatives) {
      const key = refKey(card.ref);
      if (!key) continue;
      if (seen.has(key)) ambiguous.add(key);
      seen.add(key);
    }
  }
  if (ambiguous.size) {
    const list = [...ambiguous].slice(0, 5).join(', ') + (ambiguous.size > 5 ? ', …' : '');
    notes.push(
      `${counted(ambiguous.size, 'reference is', 'references are')} shared by several cards on one board, so no card was matched by ${ambiguous.size === 1 ? 'it' : 'them'}: ${list}.`,
    );
  }

  const entries: Entry[] = [];
  const byRef = new Map<string, Entry>();
  const byId = new Map<string, Entry>();
  /** Per source: its card ids → the combined board's. */
  const idMaps: Map<string, string>[] = [];
  const reported: CombinedSource[] = [];

  sources.forEach(({ board }, index) => {
    const name = names[index]!;
    const history = boardHistory(board);
    const idMap = new Map<string, string>();
    const taken = new Set<Entry>();
    const stats: CombinedSource = {
      name,
      title: board.title,
      cards: board.initiatives.length,
      matchedByRef: 0,
      matchedById: 0,
      added: 0,
      newIds: 0,
    };
    const link = (entry: Entry, card: Initiative) => {
      taken.add(entry);
      idMap.set(card.id, entry.id);
      entry.versions.push(cardVersion(name, card, board, history));
      for (const source of sourcesOf(card, name)) if (!entry.sources.includes(source)) entry.sources.push(source);
      const key = refKey(card.ref);
      if (!entry.refKey && key && !ambiguous.has(key)) {
        entry.refKey = key;
        byRef.set(key, entry);
      }
    };
    // By reference first, over the whole board, so that an id match never takes a card a reference names.
    const left: Initiative[] = [];
    for (const card of board.initiatives) {
      const key = refKey(card.ref);
      const entry = key && !ambiguous.has(key) ? byRef.get(key) : undefined;
      if (entry && !taken.has(entry)) {
        link(entry, card);
        stats.matchedByRef += 1;
      } else left.push(card);
    }
    for (const card of left) {
      const entry = byId.get(card.id);
      const key = refKey(card.ref);
      // Two references that differ name two cards, whatever their ids say.
      if (entry && !taken.has(entry) && !(key && entry.refKey && key !== entry.refKey)) {
        link(entry, card);
        stats.matchedById += 1;
        continue;
      }
      let id = card.id;
      if (byId.has(id)) {
        do id = makeId();
        while (byId.has(id));
        stats.newIds += 1;
      }
      const added: Entry = { id, versions: [], sources: [] };
      entries.push(added);
      byId.set(id, added);
      link(added, card);
      stats.added += 1;
    }
    idMaps.push(idMap);
    reported.push(stats);
  });

  const conflicts: CombineConflict[] = [];
  const merged = entries.map((entry) => {
    const result = mergeCard(entry.id, entry.versions, first.stages);
    conflicts.push(...result.conflicts);
    result.card.custom = { ...result.card.custom, [SOURCE_BOARD_FIELD.key]: entry.sources.join(SOURCE_SEPARATOR) };
    if (result.otherValuesCut) {
      notes.push(
        `The card “${result.card.title}” has more values from other boards than its “${OTHER_VALUES_FIELD.label}” field holds: the field keeps the first ${BOARD_LIMITS.longTextLength.toLocaleString('en')} characters; the conflicts list every value.`,
      );
    }
    // A card keeps its place when it stays where the first board that has it put it, and is on the first board.
    const keepsRank = !result.stageFromLater && entry.versions[0]!.board === first;
    return { card: result.card, keepsRank, version: entry.versions[0]! };
  });
  const initiatives = placeInColumns(merged, sources);

  for (const stats of reported) {
    if (stats.newIds) {
      notes.push(
        `${counted(stats.newIds, 'card')} of ${stats.name} had the id of a different card on an earlier board, and ${stats.newIds === 1 ? 'was' : 'were'} given a new id; ${stats.newIds === 1 ? 'its' : 'their'} decisions, readiness changes and actions follow.`,
      );
    }
  }

  const logs = mergeLogs(sources, names, idMaps, new Set(entries.map((e) => e.id)), makeId, notes, conflicts);
  notes.push(...settingsNotes(sources, names));

  const customFields = [...first.customFields];
  for (const { board } of sources.slice(1)) {
    for (const field of board.customFields) {
      if (!customFields.some((f) => f.key === field.key)) customFields.push(field);
    }
  }
  for (const field of [SOURCE_BOARD_FIELD, OTHER_VALUES_FIELD]) {
    const used = field === SOURCE_BOARD_FIELD || initiatives.some((card) => card.custom[field.key] !== undefined);
    if (used && !customFields.some((f) => f.key === field.key)) customFields.push({ ...field });
  }

  const board: BoardDocument = {
    format: 'scaleboard',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: makeId(),
    title: first.title,
    createdAt: options.now,
    updatedAt: options.now,
    workshop: first.workshop,
    stages: first.stages,
    gates: first.gates,
    initiatives,
    decisions: logs.decisions,
    actions: logs.actions,
    readinessLog: logs.readinessLog,
    ...(first.snapshot ? { snapshot: first.snapshot } : {}),
    customFields,
  };

  const matched = reported.reduce((n, s) => n + s.matchedByRef + s.matchedById, 0);
  const report: CombineReport = { sources: reported, cards: initiatives.length, matched, conflicts, notes };
  // The board keeps one line about the combine that made it; the report, copied or saved, keeps every conflict.
  const record = combineRecord(report, options.now);
  const workshopNotes = first.workshop.notes?.trim() ? `${first.workshop.notes}\n\n${record}` : record;
  if (workshopNotes.length <= BOARD_LIMITS.longTextLength) {
    board.workshop = { ...first.workshop, notes: workshopNotes };
  } else {
    notes.push(
      `${names[0]}’s workshop notes are too long to take a line about this combine: copy or save this report to keep a record of it.`,
    );
  }

  const tooMany = overLimits(board);
  if (tooMany) return err('combined-too-large', `The boards cannot be combined: ${tooMany}. Nothing was combined.`);
  const checked = validateBoard(board);
  if (!checked.success) {
    return err(
      'combined-invalid',
      `The boards cannot be combined: the combined board would not be valid (${describeIssues(checked.error, 2)})`,
    );
  }
  const tooBig = fileTooLarge(checked.data, options.maxFileBytes ?? MAX_BOARD_FILE_BYTES);
  if (tooBig) return err('combined-too-large', `The boards cannot be combined: ${tooBig}. Nothing was combined.`);
  return ok({ board: checked.data, report });
}

/** The boards a card names: those its own source field lists (a board combined before), else its board's name. */
function sourcesOf(card: Initiative, name: string): string[] {
  const listed = (card.custom[SOURCE_BOARD_FIELD.key] ?? '')
    .split(SOURCE_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  return listed.length ? listed : [name];
}

/**
 * The names sources go by: trimmed, "Board N" for none, the separator replaced (it would read as two boards), and
 * a name given twice (in any case) numbered: "North", "North (2)" — unless it is the very same board given twice
 * (the same file chosen again), which keeps its one name, so that its cards name one source board.
 */
function uniqueNames(sources: readonly CombineSource[], notes: string[]): string[] {
  const used = new Set<string>();
  const contents = new Map<string, string>();
  return sources.map(({ name: raw, board }, index) => {
    let name = raw.trim() || `Board ${index + 1}`;
    if (name.includes(SOURCE_SEPARATOR)) {
      const replaced = name.split(SOURCE_SEPARATOR).join(' & ');
      notes.push(
        `The board “${name}” is called “${replaced}” on the combined board: “${SOURCE_SEPARATOR.trim()}” between spaces joins the names of the boards a card came from.`,
      );
      name = replaced;
    }
    const content = JSON.stringify(board);
    if (used.has(name.toLowerCase()) && contents.get(name.toLowerCase()) === content) {
      notes.push(`Board ${index + 1} is “${name}” again, unchanged: its cards, logs and actions count once.`);
      return name;
    }
    let unique = name;
    for (let n = 2; used.has(unique.toLowerCase()); n += 1) unique = `${name} (${n})`;
    if (unique !== name) {
      notes.push(`Two boards are called “${name}”: board ${index + 1} is called “${unique}” on the combined board.`);
    }
    used.add(unique.toLowerCase());
    contents.set(unique.toLowerCase(), content);
    return unique;
  });
}

/**
 * Ranks for the combined board: a card of the first board that stays in the stage it had there keeps its rank;
 * every other card goes to the end of its column, in board order and then in its own board's column order.
 */
function placeInColumns(
  merged: { card: Initiative; keepsRank: boolean; version: CardVersion }[],
  sources: readonly CombineSource[],
): Initiative[] {
  const boardIndex = new Map(sources.map((s, i) => [s.board, i]));
  for (const stage of STAGE_IDS) {
    const column = merged.filter((m) => m.card.stage === stage);
    const kept = column.filter((m) => m.keepsRank);
    const moved = column.filter((m) => !m.keepsRank);
    if (!moved.length) continue;
    moved.sort(
      (a, b) =>
        boardIndex.get(a.version.board)! - boardIndex.get(b.version.board)! ||
        compareRanks(a.version.card.rank, b.version.card.rank),
    );
    const last = kept.reduce<string | null>(
      (max, m) => (max === null || compareRanks(m.card.rank, max) > 0 ? m.card.rank : max),
      null,
    );
    const ranks = ranksBetween(last, null, moved.length);
    moved.forEach((m, i) => (m.card = { ...m.card, rank: ranks[i]! }));
  }
  return merged.map((m) => m.card);
}

/** Where the other boards' settings differ from the first board's, which the combined board keeps. */
function settingsNotes(sources: readonly CombineSource[], names: readonly string[]): string[] {
  const first = sources[0]!.board;
  const notes: string[] = [];
  const differ = (read: (b: BoardDocument) => unknown) => {
    const mine = canonical(read(first) ?? null);
    return sources
      .slice(1)
      .map((s, i) => ({ name: names[i + 1]!, other: canonical(read(s.board) ?? null) }))
      .filter((s) => s.other !== mine)
      .map((s) => s.name);
  };
  const say = (what: string, read: (b: BoardDocument) => unknown) => {
    const others = differ(read);
    if (others.length) {
      notes.push(`${what} differ on ${others.join(', ')}: ${names[0]}’s are kept.`);
    }
  };
  const titles = differ((b) => b.title);
  if (titles.length) notes.push(`Titles differ: the combined board is called “${first.title}”, as ${names[0]} is.`);
  say('The workshop settings (date, facilitator, participants, notes, dots, stalled pilots, locale)', (b) => {
    const { regimes: _regimes, ...rest } = b.workshop;
    return rest;
  });
  say('The regimes', (b) => b.workshop.regimes);
  say('The stages (labels, visibility, limits)', (b) => b.stages);
  say('The gates', (b) => b.gates);
  const withSnapshot = sources.slice(1).filter((s) => s.board.snapshot);
  if (withSnapshot.length || first.snapshot) {
    say('The workshop start snapshots', (b) => b.snapshot);
  }
  return notes;
}

/** The first limit of a board the combined board passes, in words; null when it keeps within all of them. */
function overLimits(board: BoardDocument): string | null {
  const fmt = (n: number) => n.toLocaleString('en');
  const lists = [
    [board.initiatives.length, BOARD_LIMITS.initiatives, 'cards'],
    [board.decisions.length, BOARD_LIMITS.decisions, 'decision-log entries'],
    [board.actions.length, BOARD_LIMITS.actions, 'actions'],
    [board.readinessLog.length, BOARD_LIMITS.readinessChanges, 'readiness-log entries'],
    [board.customFields.length, BOARD_LIMITS.customFields, 'custom fields'],
  ] as const;
  for (const [count, limit, what] of lists) {
    if (count > limit) return `it would hold ${fmt(count)} ${what}, and a board holds at most ${fmt(limit)}`;
  }
  for (const card of board.initiatives) {
    if (card.tags.length > BOARD_LIMITS.tagsPerInitiative) {
      return `the card “${card.title}” would have ${fmt(card.tags.length)} tags, and a card has at most ${fmt(BOARD_LIMITS.tagsPerInitiative)}`;
    }
    if ((card.confidential?.length ?? 0) > BOARD_LIMITS.confidentialFields) {
      return `the card “${card.title}” would have ${fmt(card.confidential!.length)} confidential fields, and a card has at most ${fmt(BOARD_LIMITS.confidentialFields)}`;
    }
    const sources = card.custom[SOURCE_BOARD_FIELD.key] ?? '';
    if (sources.length > BOARD_LIMITS.longTextLength) {
      return `the card “${card.title}” would name more source boards than its source field holds`;
    }
  }
  return null;
}

/**
 * The combined board's file would be larger than `limit`, in words; null when it is not. A board Scaleboard will
 * not open again must not be made: it could be saved, and never reopened.
 */
export function fileTooLarge(board: BoardDocument, limit: number): string | null {
  let bytes: number;
  try {
    bytes = utf8ByteLength(serializeBoard(board));
  } catch (error) {
    // Past the longest string JavaScript holds (about 512 MB): far past any limit.
    if (error instanceof RangeError) {
      return `the combined board would be a file larger than can be written, and Scaleboard opens board files up to ${formatBytes(limit)}`;
    }
    throw error;
  }
  if (bytes <= limit) return null;
  return `the combined board would be a file of ${formatBytes(bytes)}, and Scaleboard opens board files up to ${formatBytes(limit)}`;
}
