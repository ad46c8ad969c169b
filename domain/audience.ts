import type { BoardDocument, Decision, Initiative } from './board-schema';
import { GOVERNANCE_CRITERION_LABELS } from './gate-evaluation';
import { REGIME_FIELDS, REGIMES } from './governance';

/** What the facilitator can present on the projector; 'changes' only while a comparison is loaded. */
export const AUDIENCE_VIEWS = ['board', 'matrix', 'metrics', 'log', 'changes'] as const;
export type AudienceView = (typeof AUDIENCE_VIEWS)[number];

/** What the projector shows when the facilitator asks for `wanted`: the board while there is nothing to compare. */
export function presentedView(wanted: AudienceView, comparing: boolean): AudienceView {
  return wanted === 'changes' && !comparing ? 'board' : wanted;
}

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
  /** The card's regulatory classification under every regime: the EU AI Act category and the US determinations. */
  'classification',
  /** The minimum practices: each one's status and its evidence (a link or a note). */
  'practices',
  /** The rationale of the card's entries in the decision log, which the projector shows when it presents the log. */
  'rationale',
] as const;
export type ConfidentialField = (typeof CONFIDENTIAL_FIELDS)[number];

/** The card fields among the confidential ones (the rest belong to the decision log). */
type CardField = Exclude<ConfidentialField, 'rationale'>;
const isCardField = (field: ConfidentialField): field is CardField => field !== 'rationale';

/**
 * The board as the audience window may show it: each card without the fields marked confidential on it, its
 * decision-log and readiness-log entries without their rationale when that is marked, no votes while they are
 * hidden, and actions without their note (the projector never shows one) and without their owner when the card
 * they serve keeps its owner from the room. An action's owner is otherwise kept: who agreed to do it is what the
 * room reviews. The snapshot's cards hold only id, reference, title, stage and readiness, and go as they are.
 */
export function audienceBoard(board: BoardDocument, options: { hideVotes: boolean }): BoardDocument {
  return withoutConfidential(board, options, new Map());
}

const GOVERNANCE_LABELS = new Set<string>(Object.values(GOVERNANCE_CRITERION_LABELS));
/** What the projector calls a governance action of a card that keeps its classification or practices from it. */
export const HIDDEN_GOVERNANCE_ACTION = 'A governance action (details kept from this screen)';

/** audienceBoard, with the fields `alsoHidden` marks on a card id hidden as well as the card's own. */
function withoutConfidential(
  board: BoardDocument,
  options: { hideVotes: boolean },
  alsoHidden: ReadonlyMap<string, readonly string[]>,
): BoardDocument {
  const rationaleHidden = new Set<string>();
  const ownerHidden = new Set<string>();
  const governanceHidden = new Set<string>();
  const note = (id: string, marks: ReadonlySet<string>) => {
    if (marks.has('rationale')) rationaleHidden.add(id);
    if (marks.has('owner')) ownerHidden.add(id);
    if (marks.has('classification') || marks.has('practices')) governanceHidden.add(id);
  };
  for (const [id, marks] of alsoHidden) note(id, new Set(marks));
  const initiatives = board.initiatives.map((initiative) => {
    const hidden = new Set([...(initiative.confidential ?? []), ...(alsoHidden.get(initiative.id) ?? [])]);
    note(initiative.id, hidden);
    const shown: Initiative = { ...initiative };
    for (const field of CONFIDENTIAL_FIELDS) {
      if (!hidden.has(field) || !isCardField(field)) continue;
      if (field === 'custom') shown.custom = {};
      else if (field === 'classification') for (const regime of REGIMES) delete shown[REGIME_FIELDS[regime]];
      else delete shown[field];
    }
    if (options.hideVotes) shown.votes = {};
    return shown;
  });
  const withoutRationale = <T extends { initiativeId: string; rationale?: string }>(entry: T): T => {
    if (!rationaleHidden.has(entry.initiativeId)) return entry;
    const { rationale: _hidden, ...rest } = entry;
    return rest as T;
  };
  // A card keeping its classification or practices from the room keeps what gives them away too: the governance
  // criteria a decision left unmet (only a high-impact card can fail the practices one), and the titles of its
  // governance actions ("AI impact assessment: complete it").
  const withoutGovernance = (entry: Decision): Decision =>
    governanceHidden.has(entry.initiativeId)
      ? { ...entry, unmetCriteria: entry.unmetCriteria.filter((label) => !GOVERNANCE_LABELS.has(label)) }
      : entry;
  const decisions =
    rationaleHidden.size || governanceHidden.size
      ? board.decisions.map((entry) => withoutGovernance(withoutRationale(entry)))
      : board.decisions;
  const readinessLog = rationaleHidden.size ? board.readinessLog.map(withoutRationale) : board.readinessLog;
  const actions = board.actions.map((action) => {
    const { note: _note, ...shown } = action;
    if (action.initiativeId && ownerHidden.has(action.initiativeId)) delete shown.owner;
    if (action.initiativeId && governanceHidden.has(action.initiativeId) && action.foundation === 'governance') {
      shown.title = HIDDEN_GOVERNANCE_ACTION;
    }
    return shown;
  });
  return { ...board, initiatives, decisions, readinessLog, actions };
}

/**
 * An earlier board (the file compared with, or the board at the workshop's start) as the audience window may
 * show it: a field hidden on a card now stays hidden "then" too, so each card is hidden by its own marks and by
 * those of the card with the same id on `now` (its log entries and actions too, even where the card is gone "then").
 */
export function audienceEarlierBoard(
  then: BoardDocument,
  now: BoardDocument,
  options: { hideVotes: boolean },
): BoardDocument {
  const marksNow = new Map<string, readonly string[]>();
  for (const card of now.initiatives) if (card.confidential?.length) marksNow.set(card.id, card.confidential);
  return withoutConfidential(then, options, marksNow);
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
