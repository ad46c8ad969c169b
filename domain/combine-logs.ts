/**
 * The logs of boards being combined (see combine.ts): decision logs, readiness logs and actions, merged in time
 * order with each entry pointing at its card on the combined board, an entry found on several boards once.
 */
import type { Action, BoardDocument, Decision, ReadinessChange } from './board-schema';
import { counted } from './board-locale';
import type { CombineConflict } from './combine-cards';
import { COMBINE_RULES } from './combine-cards';

/** A stable text of an entry, its keys sorted: two boards may write the same entry's fields in another order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/**
 * Lists in time order: each board's own order is kept, and the lists are merged by taking, each time, the entry
 * with the earliest time of those next on each board (the earlier board's on a tie).
 */
function mergeInTimeOrder<T>(lists: T[][], time: (item: T) => string): T[] {
  const at = lists.map(() => 0);
  const out: T[] = [];
  const total = lists.reduce((n, l) => n + l.length, 0);
  while (out.length < total) {
    let pick = -1;
    for (let i = 0; i < lists.length; i += 1) {
      const item = lists[i]![at[i]!];
      if (item === undefined) continue;
      if (pick < 0 || time(item) < time(lists[pick]![at[pick]!]!)) pick = i;
    }
    out.push(lists[pick]![at[pick]!]!);
    at[pick]! += 1;
  }
  return out;
}

/**
 * The decision logs, readiness logs and actions of every board, each entry pointing at its card's id on the
 * combined board. An entry found on an earlier board, the same in every field, is there once. A decision or a
 * readiness change with an id an earlier board used for another entry gets a new id (and what refers to it
 * follows); an action found on several boards, changed differently, is one action: the version updated last.
 */
export function mergeLogs(
  sources: readonly { board: BoardDocument }[],
  names: readonly string[],
  idMaps: readonly Map<string, string>[],
  cardIds: ReadonlySet<string>,
  makeId: () => string,
  notes: string[],
  conflicts: CombineConflict[],
): { decisions: Decision[]; readinessLog: ReadinessChange[]; actions: Action[] } {
  // A log entry about a card deleted from its board keeps its id, unless a card of the combined board has it.
  const orphans = new Map<string, string>();
  const cardIdFor = (index: number, id: string): string => {
    const mapped = idMaps[index]!.get(id);
    if (mapped) return mapped;
    if (!cardIds.has(id)) return id;
    const key = `${index}\u0000${id}`;
    let fresh = orphans.get(key);
    if (!fresh) {
      do fresh = makeId();
      while (cardIds.has(fresh));
      orphans.set(key, fresh);
    }
    return fresh;
  };

  const renumbered = { decisions: 0, readiness: 0, actions: 0 };
  /**
   * Keeps each entry once and gives a different entry under a used id a new one. An entry is the same as one kept
   * when it has the same id and content, or, from a later board, the same content under another id: an earlier
   * combine renumbered it, and combining that portfolio again with its source brings it back under its old id.
   * `idMapsOut` gets, per board, the ids of its entries that are called otherwise on the combined board.
   */
  const dedupe = <T extends { id: string }>(
    lists: T[][],
    counter: 'decisions' | 'readiness',
    idMapsOut?: Map<string, string>[],
  ): T[][] => {
    /** id on a board → the content of each entry seen under it → that entry's id on the combined board. */
    const seen = new Map<string, Map<string, string>>();
    const used = new Set<string>();
    const sameContent = new ContentIndex();
    return lists.map((list, board) => {
      const ids = new Map<string, string>();
      idMapsOut?.push(ids);
      const claimed = new Set<string>();
      return list.flatMap((entry) => {
        // Under one id, the content alone tells entries apart.
        const text = withoutId(entry);
        const known = seen.get(entry.id) ?? new Map<string, string>();
        seen.set(entry.id, known);
        const same = known.get(text) ?? sameContent.find(text, board, claimed);
        if (same !== undefined) {
          claimed.add(same);
          known.set(text, same);
          if (same !== entry.id) ids.set(entry.id, same);
          return [];
        }
        let id = entry.id;
        if (used.has(id)) {
          do id = makeId();
          while (used.has(id) || seen.has(id));
          ids.set(entry.id, id);
          renumbered[counter] += 1;
        }
        used.add(id);
        claimed.add(id);
        known.set(text, id);
        sameContent.add(text, id, board);
        return [id === entry.id ? entry : { ...entry, id }];
      });
    });
  };

  const decisionIdMaps: Map<string, string>[] = [];
  const decisions = dedupe(
    sources.map(({ board }, i) => board.decisions.map((d) => ({ ...d, initiativeId: cardIdFor(i, d.initiativeId) }))),
    'decisions',
    decisionIdMaps,
  );
  const decisionIdFor = (index: number, id: string | undefined) =>
    id === undefined ? undefined : (decisionIdMaps[index]!.get(id) ?? id);
  const readiness = dedupe(
    sources.map(({ board }, i) =>
      board.readinessLog.map((c) =>
        withDecision({ ...c, initiativeId: cardIdFor(i, c.initiativeId) }, decisionIdFor(i, c.decisionId)),
      ),
    ),
    'readiness',
  );
  if (renumbered.decisions || renumbered.readiness) {
    notes.push(
      `${counted(renumbered.decisions + renumbered.readiness, 'log entry', 'log entries')} had the id of a different entry on an earlier board and ${renumbered.decisions + renumbered.readiness === 1 ? 'was' : 'were'} given a new id.`,
    );
  }

  // Actions: one per id and card; where boards changed one differently, the version updated last. An action
  // whose id an earlier board gave an action of another card is another action, and gets a new id; the next board
  // with that action (its id and card) finds it under the new one. One with the same content under another id, on
  // a later board, is the same action (a portfolio combined again with one of its boards).
  type Chosen = { action: Action; source: number; versions: { source: string; action: Action }[] };
  /** Final id → the action kept under it. */
  const chosen = new Map<string, Chosen>();
  /** An action's id on its board → each card it was seen on there → the action kept for it. */
  const byOriginal = new Map<string, Map<string | undefined, Chosen>>();
  const actionContent = new ContentIndex();
  sources.forEach(({ board }, i) => {
    const claimed = new Set<string>();
    for (const a of board.actions) {
      const mapped: Action = withDecision(
        a.initiativeId === undefined ? { ...a } : { ...a, initiativeId: cardIdFor(i, a.initiativeId) },
        decisionIdFor(i, a.decisionId),
      );
      const cards = byOriginal.get(a.id) ?? new Map<string | undefined, Chosen>();
      byOriginal.set(a.id, cards);
      const content = withoutId(mapped);
      const sameId = cards.has(mapped.initiativeId) ? undefined : actionContent.find(content, i, claimed);
      const known = cards.get(mapped.initiativeId) ?? (sameId === undefined ? undefined : chosen.get(sameId));
      if (!known) {
        let id = a.id;
        if (chosen.has(id)) {
          do id = makeId();
          while (chosen.has(id) || byOriginal.has(id));
          renumbered.actions += 1;
        }
        const action = id === a.id ? mapped : { ...mapped, id };
        const fresh: Chosen = { action, source: i, versions: [{ source: names[i]!, action }] };
        chosen.set(id, fresh);
        cards.set(mapped.initiativeId, fresh);
        actionContent.add(content, id, i);
        claimed.add(id);
        continue;
      }
      cards.set(mapped.initiativeId, known);
      claimed.add(known.action.id);
      const version: Action = { ...mapped, id: known.action.id };
      if (known.versions.some((v) => withoutId(v.action) === content)) continue;
      known.versions.push({ source: names[i]!, action: version });
      actionContent.add(content, known.action.id, i);
      if (version.updatedAt > known.action.updatedAt) Object.assign(known, { action: version, source: i });
    }
  });
  if (renumbered.actions) {
    notes.push(
      `${counted(renumbered.actions, 'action')} had the id of an action of another card on an earlier board and ${renumbered.actions === 1 ? 'was' : 'were'} given a new id.`,
    );
  }
  const actionLists: Action[][] = sources.map(() => []);
  for (const { action, source, versions } of chosen.values()) {
    actionLists[source]!.push(action);
    if (versions.length > 1) {
      const words = (a: Action) =>
        `${a.title} (${a.status}${a.owner ? `, ${a.owner}` : ''}${a.due ? `, due ${a.due}` : ''}; updated ${a.updatedAt})`;
      conflicts.push({
        card: { id: action.id, title: action.title },
        field: 'Action',
        values: versions.map((v) => ({ source: v.source, value: words(v.action) })),
        kept: words(action),
        rule: 'action',
        ruleText: COMBINE_RULES.action,
      });
    }
  }

  return {
    decisions: mergeInTimeOrder(decisions, (d) => d.at),
    readinessLog: mergeInTimeOrder(readiness, (c) => c.at),
    actions: mergeInTimeOrder(actionLists, (a) => a.createdAt),
  };
}

/** An entry's content without its id: the same entry, whatever an earlier combine renumbered it to. */
function withoutId<T extends { id: string }>(entry: T): string {
  const { id: _id, ...rest } = entry;
  return canonical(rest);
}

/**
 * Entries by their content without id, with the board each came from, each matched at most once per board: a
 * board may hold two entries alike but for their ids, and both are kept; only an earlier board's entry counts.
 */
class ContentIndex {
  private readonly entries = new Map<string, { id: string; board: number }[]>();

  add(content: string, id: string, board: number): void {
    const list = this.entries.get(content);
    if (list) list.push({ id, board });
    else this.entries.set(content, [{ id, board }]);
  }

  /** The id of an earlier board's entry with this content that this board has not matched yet. */
  find(content: string, board: number, claimed: ReadonlySet<string>): string | undefined {
    return this.entries.get(content)?.find((e) => e.board < board && !claimed.has(e.id))?.id;
  }
}

function withDecision<T extends { decisionId?: string }>(entry: T, decisionId: string | undefined): T {
  if (decisionId === undefined) return entry;
  return { ...entry, decisionId };
}
