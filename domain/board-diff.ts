/**
 * What changed between two boards: the board at the start of a workshop and at its end, or last quarter's file and
 * this one's. Cards are matched by id, then by reference; the result is plain data (JSON as it is) that the command
 * line, the Compare view and the leaders' brief each write out in their own way (see describe-diff.ts).
 */
import { calendarDay, isOverdue } from './actions';
import type { Action, ActionStatus, BoardDocument, DecisionKind, Initiative, ReadinessChange } from './board-schema';
import { boardLocale, counted } from './board-locale';
import type { FoundationId, ReadinessLevel } from './foundations';
import { FOUNDATION_IDS } from './foundations';
import type { Conversion } from './metrics';
import { countByStage, pilotsPerProduction, pilotToProduction, stalledPilots } from './metrics';
import type { StageId } from './stages';

/** How every entry names its card: the id, the reference when it has one, and the title. */
export interface CardName {
  id: string;
  ref?: string;
  title: string;
}

/** A card as it sits on one board. */
export interface CardInStage extends CardName {
  stage: StageId;
}

/** A card that changed stage; named as it is on the newer board. */
export interface StageChange extends CardName {
  from: StageId;
  to: StageId;
}

/** A card whose title changed; `title` is the new one. */
export interface TitleChange extends CardName {
  from: string;
  to: string;
}

/** One foundation of one card whose level changed. */
export interface LevelChange extends CardName {
  foundation: FoundationId;
  from: ReadinessLevel;
  to: ReadinessLevel;
}

/** Two cards taken for one because they share a reference, though their ids differ. */
export interface ReferenceMatch {
  ref: string;
  before: CardName;
  after: CardName;
}

export interface DecisionTaken {
  id: string;
  card: CardName;
  kind: DecisionKind;
  from: StageId;
  to: StageId;
  at: string;
  by?: string;
}

export interface ReadinessLogged {
  id: string;
  card: CardName;
  foundation: FoundationId;
  from: ReadinessLevel;
  to: ReadinessLevel;
  at: string;
  by?: string;
  rationale?: string;
}

export interface ActionEntry {
  id: string;
  title: string;
  status: ActionStatus;
  owner?: string;
  due?: string;
  /** The card the action serves, when it names one. */
  card?: CardName;
}

/** The figures a board shows, as of `at`. */
export interface BoardFigures {
  /** The moment the figures are for: stalled pilots depend on it. */
  at: string;
  initiatives: number;
  byStage: Record<StageId, number>;
  /** Null with nothing in production. */
  pilotsPerProduction: number | null;
  conversion: Conversion;
  stalledPilots: number;
}

export interface BoardDiff {
  /** Things to know before reading the rest: cards matched by reference, references too shared to match by. */
  notes: string[];
  matching: {
    byId: number;
    byRef: ReferenceMatch[];
    /** References (trimmed, as the newer board writes them) shared by several cards on a board: not used. */
    ambiguousRefs: string[];
  };
  cards: {
    /** On the newer board only: added, or imported, since. */
    new: CardInStage[];
    /** On the older board only: deleted since, or never on the newer one. A card stopped is not removed. */
    removed: CardInStage[];
    /** Moved to Stopped. */
    stopped: StageChange[];
    /** Moved to any stage but Stopped (from Stopped too, when restarted). */
    moved: StageChange[];
    renamed: TitleChange[];
    readinessRaised: LevelChange[];
    readinessLowered: LevelChange[];
  };
  /** Decisions on the newer board that the older does not hold, in log order. */
  decisions: DecisionTaken[];
  /** Readiness changes on the newer board that the older does not hold, in log order. */
  readinessLog: ReadinessLogged[];
  actions: {
    /** Not on the older board. */
    opened: ActionEntry[];
    /** Done on the newer board and not done on the older (an action opened and done since is here too). */
    done: ActionEntry[];
    dropped: ActionEntry[];
    /**
     * Open on the newer board and due before `today`, and not overdue already on the older board (new since, or
     * due then on or after the day the older board was last changed): what fell behind in between.
     */
    overdue: ActionEntry[];
    /** Open and overdue on the older board already, and still open on the newer one. */
    stillOverdue: ActionEntry[];
    /** Open on both boards. */
    stillOpen: ActionEntry[];
  };
  figures: { before: BoardFigures; after: BoardFigures };
}

export interface DiffOptions {
  /** The calendar day `YYYY-MM-DD` overdue actions are judged on. */
  today: string;
  /** The moment the newer board's figures are for. */
  now: string;
}

/**
 * What changed from `before` to `after`, in one pass over each list (Maps by id), fast enough for two boards of
 * 20,000 cards (see `npm run bench`). Entries follow the newer board's order; removed cards the older board's.
 *
 * Figures "then" are the older board's as of its own `updatedAt`, the last moment it was changed and so the moment
 * its cards and log describe; counting its stalled pilots as of `now` would call a pilot stalled "then" that
 * stalled only since. A board from `boardAtSnapshot` is dated at the snapshot, so there "then" is the workshop start.
 */
export function diffBoards(before: BoardDocument, after: BoardDocument, options: DiffOptions): BoardDiff {
  const notes: string[] = [];
  const locale = boardLocale(after);
  const beforeById = new Map<string, Initiative>();
  for (const card of before.initiatives) beforeById.set(card.id, card);
  const pairs: [Initiative, Initiative][] = [];
  const afterUnmatched: Initiative[] = [];
  const matchedBefore = new Set<string>();
  for (const card of after.initiatives) {
    const old = beforeById.get(card.id);
    if (old) {
      pairs.push([old, card]);
      matchedBefore.add(card.id);
    } else afterUnmatched.push(card);
  }
  const byId = pairs.length;
  const beforeUnmatched = before.initiatives.filter((card) => !matchedBefore.has(card.id));

  const { matches, ambiguous } = matchByReference(before.initiatives, after.initiatives, matchedBefore);
  const byRef: ReferenceMatch[] = [];
  for (const [old, card] of matches) {
    pairs.push([old, card]);
    byRef.push({ ref: card.ref!.trim(), before: nameOf(old), after: nameOf(card) });
  }
  if (byRef.length) {
    notes.push(
      `${counted(byRef.length, 'card', 'cards', locale)} ${byRef.length === 1 ? 'was' : 'were'} matched by reference, their ids being different: ${byRef
        .slice(0, 5)
        .map((m) => m.ref)
        .join(', ')}${byRef.length > 5 ? ', …' : ''}.`,
    );
  }
  for (const ref of ambiguous) {
    notes.push(
      `The reference “${ref}” is shared by several cards on one board, so no card that matches no id was matched by it.`,
    );
  }

  const cards: BoardDiff['cards'] = {
    new: [],
    removed: [],
    stopped: [],
    moved: [],
    renamed: [],
    readinessRaised: [],
    readinessLowered: [],
  };
  const pairedAfter = new Set<Initiative>();
  const pairedBefore = new Set<Initiative>();
  for (const [old, card] of pairs) {
    pairedAfter.add(card);
    pairedBefore.add(old);
    compareCards(old, card, cards);
  }
  // Afterwards in board order, so that new and removed cards read as the boards list them.
  for (const card of afterUnmatched) if (!pairedAfter.has(card)) cards.new.push({ ...nameOf(card), stage: card.stage });
  for (const card of beforeUnmatched) {
    if (!pairedBefore.has(card)) cards.removed.push({ ...nameOf(card), stage: card.stage });
  }
  if (cards.removed.length) {
    notes.push(
      `${counted(cards.removed.length, 'card', 'cards', locale)} of the older board ${cards.removed.length === 1 ? 'is' : 'are'} not on the newer one: deleted since, or never on it (no card there has the same id or reference).`,
    );
  }
  if (before.id !== after.id) {
    notes.push(
      'The two files are different boards (their ids differ): cards are matched by id and reference all the same.',
    );
  }

  const afterById = new Map<string, Initiative>();
  for (const card of after.initiatives) afterById.set(card.id, card);
  const cardNamed = (id: string, title: string): CardName => {
    const card = afterById.get(id) ?? beforeById.get(id);
    return card ? nameOf(card) : { id, title };
  };

  return {
    notes,
    matching: { byId, byRef, ambiguousRefs: ambiguous },
    cards,
    decisions: newDecisions(before, after, cardNamed),
    readinessLog: newReadinessChanges(before, after, cardNamed),
    actions: actionChanges(before, after.actions, options.today, cardNamed),
    figures: { before: figuresOf(before, before.updatedAt), after: figuresOf(after, options.now) },
  };
}

/**
 * Cards left unmatched by id, paired by a reference (trimmed, any case) that exactly one card on each whole board
 * has: a reference two cards share on either board names neither, even when one of them is matched by id.
 * References shared so and held by unmatched cards on both sides are returned as ambiguous.
 */
function matchByReference(
  before: readonly Initiative[],
  after: readonly Initiative[],
  matchedById: ReadonlySet<string>,
): { matches: [Initiative, Initiative][]; ambiguous: string[] } {
  const beforeByRef = groupByRef(before);
  const afterByRef = groupByRef(after);
  const matches: [Initiative, Initiative][] = [];
  const ambiguous: string[] = [];
  for (const [key, cards] of afterByRef) {
    const olds = beforeByRef.get(key);
    if (!olds) continue;
    const unmatched = cards.filter((card) => !matchedById.has(card.id));
    const oldsUnmatched = olds.filter((card) => !matchedById.has(card.id));
    if (!unmatched.length || !oldsUnmatched.length) continue;
    if (cards.length === 1 && olds.length === 1) matches.push([olds[0]!, cards[0]!]);
    else ambiguous.push(unmatched[0]!.ref!.trim());
  }
  return { matches, ambiguous };
}

function groupByRef(cards: readonly Initiative[]): Map<string, Initiative[]> {
  const groups = new Map<string, Initiative[]>();
  for (const card of cards) {
    const key = card.ref?.trim().toLowerCase();
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(card);
    else groups.set(key, [card]);
  }
  return groups;
}

function compareCards(old: Initiative, card: Initiative, into: BoardDiff['cards']): void {
  const name = nameOf(card);
  if (old.stage !== card.stage) {
    (card.stage === 'stopped' ? into.stopped : into.moved).push({ ...name, from: old.stage, to: card.stage });
  }
  if (old.title !== card.title) into.renamed.push({ ...name, from: old.title, to: card.title });
  for (const foundation of FOUNDATION_IDS) {
    const from = old.readiness[foundation];
    const to = card.readiness[foundation];
    if (from === to) continue;
    (to > from ? into.readinessRaised : into.readinessLowered).push({ ...name, foundation, from, to });
  }
}

function nameOf(card: Pick<Initiative, 'id' | 'ref' | 'title'>): CardName {
  const ref = card.ref?.trim();
  return ref ? { id: card.id, ref, title: card.title } : { id: card.id, title: card.title };
}

function newDecisions(
  before: BoardDocument,
  after: BoardDocument,
  cardNamed: (id: string, title: string) => CardName,
): DecisionTaken[] {
  const known = new Set<string>();
  for (const d of before.decisions) known.add(d.id);
  const taken: DecisionTaken[] = [];
  // A decision the older board does not hold but that is older than it (a board re-imported, whose decisions
  // have new ids) was not taken since: only those after the older board's last change are.
  const since = Date.parse(before.updatedAt);
  for (const d of after.decisions) {
    if (known.has(d.id) || !(Date.parse(d.at) > since)) continue;
    const entry: DecisionTaken = {
      id: d.id,
      card: cardNamed(d.initiativeId, d.initiativeTitle),
      kind: d.kind,
      from: d.from,
      to: d.to,
      at: d.at,
    };
    if (d.by) entry.by = d.by;
    taken.push(entry);
  }
  return taken;
}

function newReadinessChanges(
  before: BoardDocument,
  after: BoardDocument,
  cardNamed: (id: string, title: string) => CardName,
): ReadinessLogged[] {
  const known = new Set<string>();
  for (const c of before.readinessLog) known.add(c.id);
  // As for decisions: a change older than the older board was not made since.
  const since = Date.parse(before.updatedAt);
  return after.readinessLog
    .filter((c) => !known.has(c.id) && Date.parse(c.at) > since)
    .map((c) => readinessLogged(c, cardNamed));
}

function readinessLogged(c: ReadinessChange, cardNamed: (id: string, title: string) => CardName): ReadinessLogged {
  const entry: ReadinessLogged = {
    id: c.id,
    card: cardNamed(c.initiativeId, c.initiativeTitle),
    foundation: c.foundation,
    from: c.from,
    to: c.to,
    at: c.at,
  };
  if (c.by) entry.by = c.by;
  if (c.rationale) entry.rationale = c.rationale;
  return entry;
}

function actionChanges(
  before: BoardDocument,
  after: readonly Action[],
  today: string,
  cardNamed: (id: string, title: string) => CardName,
): BoardDiff['actions'] {
  const earlier = new Map<string, Action>();
  for (const a of before.actions) earlier.set(a.id, a);
  // The older board's "today": the day it was last changed, where this runs.
  const thenDay = calendarDay(new Date(before.updatedAt));
  const changes: BoardDiff['actions'] = {
    opened: [],
    done: [],
    dropped: [],
    overdue: [],
    stillOverdue: [],
    stillOpen: [],
  };
  for (const action of after) {
    const then = earlier.get(action.id);
    const was = then?.status;
    const entry = actionEntry(action, cardNamed);
    if (was === undefined) changes.opened.push(entry);
    if (action.status === 'done' && was !== 'done') changes.done.push(entry);
    if (action.status === 'dropped' && was !== 'dropped') changes.dropped.push(entry);
    if (isOverdue(action, today)) {
      (then && isOverdue(then, thenDay) ? changes.stillOverdue : changes.overdue).push(entry);
    }
    if (action.status === 'open' && was === 'open') changes.stillOpen.push(entry);
  }
  return changes;
}

function actionEntry(action: Action, cardNamed: (id: string, title: string) => CardName): ActionEntry {
  const entry: ActionEntry = { id: action.id, title: action.title, status: action.status };
  if (action.owner) entry.owner = action.owner;
  if (action.due) entry.due = action.due;
  // An action whose card is gone names it by id: the title it had is not kept on the action.
  if (action.initiativeId) entry.card = cardNamed(action.initiativeId, action.initiativeId);
  return entry;
}

function figuresOf(board: BoardDocument, at: string): BoardFigures {
  return {
    at,
    initiatives: board.initiatives.length,
    byStage: countByStage(board),
    pilotsPerProduction: pilotsPerProduction(board),
    conversion: pilotToProduction(board),
    stalledPilots: stalledPilots(board, at).length,
  };
}
