import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { KeyboardEvent } from 'react';
import { memo, useId, useMemo } from 'react';
import type { CardActionCounts, GovernanceBadge, Initiative, Regime } from '../../../domain';
import {
  cardVotes,
  governanceKeptFromRoom,
  columnItems,
  daysInStage,
  daysText,
  formatBoardDate,
  governanceBadge,
  laneOf,
  lanesOf,
  ownValue,
  RISK_TIER_LABELS,
  visibleStages,
} from '../../../domain';
import { useToday } from '../../lib/use-today';
import { useBoardStore } from '../../store/board-store';
import { cardActionCounts } from '../actions/action-counts';
import { focusCard, focusLaneToggle, isCardNavigationKey, neighbourCard } from './card-navigation';
import { ReadinessStrip } from './readiness-strip';

/**
 * The ids of the parts of a card that name its handle (its title) and describe it (who, readiness, governance,
 * risk, days).
 */
interface CardLabelIds {
  title: string;
  who: string;
  readiness: string;
  governance: string;
  footer: string;
}

function cardLabelIds(base: string): CardLabelIds {
  return {
    title: `${base}title`,
    who: `${base}who`,
    readiness: `${base}readiness`,
    governance: `${base}governance`,
    footer: `${base}footer`,
  };
}

export const InitiativeCard = memo(function InitiativeCard({
  initiative,
  overlay = false,
  selected = false,
  labelIds,
  locale: localeGiven,
  regimes,
  audience = false,
  actions,
}: {
  initiative: Initiative;
  overlay?: boolean;
  selected?: boolean;
  /** The card's open actions, for its badge; none shows no badge. */
  actions?: CardActionCounts;
  /** On the board (not in the drag overlay): ids the card's handle is named and described by. */
  labelIds?: CardLabelIds;
  /** The board's locale, where no board store holds the board (the audience window); the store's otherwise. */
  locale?: string;
  /** The board's regimes, worked out once for the whole board (boardRegimes), not by each card. */
  regimes: readonly Regime[];
  /** On the audience window, whose board has lost what each card keeps confidential. */
  audience?: boolean;
}) {
  const days = daysInStage(initiative, new Date().toISOString());
  const votes = cardVotes(initiative);
  const votesHidden = useBoardStore((s) => s.votesHidden);
  const storeLocale = useBoardStore((s) => s.board?.workshop.locale);
  const locale = localeGiven ?? storeLocale;
  // The audience's board has no practices left to count on a card that keeps them from the room.
  const practicesHidden = audience && governanceKeptFromRoom(initiative, 'practices');
  const badge = governanceBadge(initiative, regimes, { practicesHidden });
  const who = [initiative.owner, initiative.businessUnit].filter(Boolean).join(' · ');
  // On the board the handle is named by the title and described by the rest, which is read there once, not twice
  // (a button's content is one name to a screen reader).
  const details = labelIds ? true : undefined;
  return (
    <article className={`card${overlay ? ' overlay' : ''}${selected ? ' selected' : ''}`}>
      {/* Element Timing marks when cards are first painted, for `npm run bench`. */}
      <h3 id={labelIds?.title} className="card-title" {...{ elementtiming: 'card-title' }}>
        {initiative.title}
      </h3>
      {who ? (
        <p id={labelIds?.who} className="card-owner" aria-hidden={details}>
          {who}
        </p>
      ) : null}
      <ReadinessStrip id={labelIds?.readiness} hidden={details} readiness={initiative.readiness} />
      {badge ? <GovernanceLine id={labelIds?.governance} hidden={details} badge={badge} /> : null}
      <footer id={labelIds?.footer} className="card-footer" aria-hidden={details}>
        <span className={`risk risk-${initiative.riskTier}`}>Risk: {RISK_TIER_LABELS[initiative.riskTier]}</span>
        {actions ? <ActionBadge counts={actions} /> : null}
        {votes > 0 && !votesHidden ? (
          <span className="votes" aria-label={`${votes} votes`}>
            ● {votes}
          </span>
        ) : null}
        {initiative.stageEnteredAt ? (
          <span className="days" title={`In this stage since ${formatBoardDate(initiative.stageEnteredAt, locale)}`}>
            {daysText(days, locale)}
          </span>
        ) : (
          <span className="days unknown" title="When this card entered its stage is not known">
            in stage: unknown
          </span>
        )}
      </footer>
    </article>
  );
});

/**
 * What binds the card under the board's regimes, in words ("EU high-risk", "EU prohibited"), and how many of its
 * minimum practices are open. The comma is heard, not seen.
 */
function GovernanceLine({ id, hidden, badge }: { id?: string; hidden?: boolean; badge: GovernanceBadge }) {
  return (
    <p id={id} className="card-governance" aria-hidden={hidden}>
      <span className={`governance-class governance-${badge.tone}`}>{badge.words}</span>
      {badge.practices ? (
        <>
          <span className="visually-hidden">, </span>
          <span className={`governance-practices${badge.open ? ' open' : ' done'}`}>{badge.practices}</span>
        </>
      ) : null}
    </p>
  );
}

/**
 * How many open actions a card has, the overdue ones said in words and set apart, not by colour alone. The comma
 * is heard, not seen: "2 actions, 1 overdue" rather than "2 actions1 overdue".
 */
function ActionBadge({ counts }: { counts: CardActionCounts }) {
  return (
    <span className="card-actions">
      {counts.open} {counts.open === 1 ? 'action' : 'actions'}
      {counts.overdue ? (
        <>
          <span className="visually-hidden">, </span>
          <strong className="card-overdue">{counts.overdue} overdue</strong>
        </>
      ) : null}
    </span>
  );
}

/** A card on the board: draggable by mouse and keyboard (Space), opened in the editor by click or Enter. */
export function SortableInitiativeCard({
  initiative,
  position,
  measureRef,
  regimes,
}: {
  initiative: Initiative;
  /** In a virtualised column: where the card stands among all of the column's cards, for measuring and for
   * screen readers, which otherwise count only the cards in the page. */
  position?: { index: number; of: number };
  measureRef?: (element: HTMLElement | null) => void;
  /** The board's regimes, worked out once by the board view. */
  regimes: readonly Regime[];
}) {
  const selected = useBoardStore((s) => s.selectedId === initiative.id);
  const select = useBoardStore((s) => s.select);
  const isTabStop = useBoardStore((s) => s.cardTabStop === initiative.id);
  const today = useToday();
  const actions = useBoardStore((s) => s.board && cardActionCounts(s.board.actions, today).get(initiative.id));
  const baseId = useId();
  // Kept the same object between renders, so that the memoised card does not draw again on every drag move.
  const labelIds = useMemo(() => cardLabelIds(baseId), [baseId]);
  // Voting controls only while someone is voting, and only on the stages being voted on.
  const voter = useBoardStore((s) =>
    s.panel === 'voting' && s.votingStages.includes(initiative.stage) ? s.votingParticipant : null,
  );
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: initiative.id,
  });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    listeners?.onKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (event.key === 'Enter') return select(initiative.id);
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const store = useBoardStore.getState();
    if (store.dragItems || !store.board) return;
    // In swimlanes, minus folds the card's lane and goes to its heading, where the arrows move between lanes.
    if (event.key === '-' && store.swimlanes !== 'none') {
      event.preventDefault();
      const lane = laneOf(initiative, store.swimlanes);
      store.toggleLane(lane);
      // Once the lane has folded: this card, which had focus, has left the page with its lane's cells.
      requestAnimationFrame(() => focusLaneToggle(lane));
      return;
    }
    // While a card is dragged the arrows belong to dnd-kit's keyboard sensor; otherwise they move focus.
    if (isCardNavigationKey(event.key)) {
      const items = columnItems(store.board, store.filters, store.swimlanes);
      const stages = visibleStages(store.board).map((s) => s.id);
      const lanes = lanesOf(store.board, store.swimlanes).filter((l) => !store.collapsedLanes.includes(l));
      const target = neighbourCard(items, stages, initiative.id, event.key, lanes);
      event.preventDefault();
      if (target) focusCard(items, target, store.setCardTabStop);
    }
  };
  return (
    <li
      ref={
        measureRef
          ? (element) => {
              setNodeRef(element);
              measureRef(element);
            }
          : setNodeRef
      }
      data-index={position?.index}
      aria-posinset={position ? position.index + 1 : undefined}
      aria-setsize={position?.of}
      className={`card-slot${isDragging ? ' dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-initiative-id={initiative.id}
    >
      {/* The handle carries dnd-kit's button role, so the list keeps plain list items. */}
      <div
        className="card-handle"
        {...attributes}
        {...listeners}
        // One card of the board is in the Tab order; the arrow keys lead to the others.
        tabIndex={isTabStop ? 0 : -1}
        aria-roledescription="draggable initiative"
        // Named by its title; who, readiness, governance, risk, votes and days describe it, then how to drag it.
        aria-labelledby={labelIds.title}
        aria-describedby={[
          labelIds.who,
          labelIds.readiness,
          labelIds.governance,
          labelIds.footer,
          attributes['aria-describedby'],
        ]
          .filter(Boolean)
          .join(' ')}
        onFocus={() => {
          if (!isTabStop) useBoardStore.getState().setCardTabStop(initiative.id);
        }}
        onKeyDown={onKeyDown}
        onClick={() => select(initiative.id)}
      >
        <InitiativeCard
          initiative={initiative}
          selected={selected}
          labelIds={labelIds}
          actions={actions ?? undefined}
          regimes={regimes}
        />
      </div>
      {voter ? (
        <VoteButtons
          tabbable={isTabStop}
          id={initiative.id}
          title={initiative.title}
          participant={voter}
          dots={ownValue(initiative.votes, voter) ?? 0}
        />
      ) : null}
    </li>
  );
}

/** A participant's dots on one card, placed and taken back while dot voting. */
function VoteButtons({
  tabbable,
  id,
  title,
  participant,
  dots,
}: {
  /** Only the card the board's Tab stop is on puts its buttons in the Tab order, not every card on the board. */
  tabbable: boolean;
  id: string;
  title: string;
  participant: string;
  dots: number;
}) {
  const castVote = useBoardStore((s) => s.castVote);
  const stop = (event: { stopPropagation: () => void }) => event.stopPropagation();
  return (
    <div className="vote-buttons" onPointerDown={stop} onKeyDown={stop}>
      <button
        type="button"
        className="vote-button"
        tabIndex={tabbable ? 0 : -1}
        aria-label={`Take a dot of ${participant} off ${title}`}
        disabled={dots === 0}
        onClick={(e) => {
          stop(e);
          castVote(id, participant, -1);
        }}
      >
        −
      </button>
      <span className="vote-count" aria-label={`${participant} has ${dots} dots on ${title}`}>
        <span className="vote-voter">{participant}</span> {dots}
      </span>
      <button
        type="button"
        className="vote-button"
        tabIndex={tabbable ? 0 : -1}
        aria-label={`Add a dot of ${participant} on ${title}`}
        onClick={(e) => {
          stop(e);
          castVote(id, participant, 1);
        }}
      >
        +
      </button>
    </div>
  );
}
