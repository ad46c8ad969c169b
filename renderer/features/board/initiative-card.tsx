import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { KeyboardEvent } from 'react';
import { memo } from 'react';
import type { Initiative } from '../../../domain';
import { daysInStage, daysText, formatBoardDate, ownValue, RISK_TIER_LABELS } from '../../../domain';
import { useBoardStore } from '../../store/board-store';
import { ReadinessStrip } from './readiness-strip';

export const InitiativeCard = memo(function InitiativeCard({
  initiative,
  overlay = false,
  selected = false,
}: {
  initiative: Initiative;
  overlay?: boolean;
  selected?: boolean;
}) {
  const days = daysInStage(initiative, new Date().toISOString());
  const votes = Object.values(initiative.votes).reduce((sum, n) => sum + n, 0);
  const votesHidden = useBoardStore((s) => s.votesHidden);
  const locale = useBoardStore((s) => s.board?.workshop.locale);
  const who = [initiative.owner, initiative.businessUnit].filter(Boolean).join(' · ');
  return (
    <article className={`card${overlay ? ' overlay' : ''}${selected ? ' selected' : ''}`}>
      {/* Element Timing marks when cards are first painted, for `npm run bench`. */}
      <h3 className="card-title" {...{ elementtiming: 'card-title' }}>
        {initiative.title}
      </h3>
      {who ? <p className="card-owner">{who}</p> : null}
      <ReadinessStrip readiness={initiative.readiness} />
      <footer className="card-footer">
        <span className={`risk risk-${initiative.riskTier}`}>Risk: {RISK_TIER_LABELS[initiative.riskTier]}</span>
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

/** A card on the board: draggable by mouse and keyboard (Space), opened in the editor by click or Enter. */
export function SortableInitiativeCard({
  initiative,
  position,
  measureRef,
}: {
  initiative: Initiative;
  /** In a virtualised column: where the card stands among all of the column's cards, for measuring and for
   * screen readers, which otherwise count only the cards in the page. */
  position?: { index: number; of: number };
  measureRef?: (element: HTMLElement | null) => void;
}) {
  const selected = useBoardStore((s) => s.selectedId === initiative.id);
  const select = useBoardStore((s) => s.select);
  // Voting controls only while someone is voting, and only on the stages being voted on.
  const voter = useBoardStore((s) =>
    s.panel === 'voting' && s.votingStages.includes(initiative.stage) ? s.votingParticipant : null,
  );
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: initiative.id,
  });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    listeners?.onKeyDown?.(event);
    if (event.key === 'Enter' && !event.defaultPrevented) select(initiative.id);
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
        aria-roledescription="draggable initiative"
        onKeyDown={onKeyDown}
        onClick={() => select(initiative.id)}
      >
        <InitiativeCard initiative={initiative} selected={selected} />
      </div>
      {voter ? (
        <VoteButtons
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
  id,
  title,
  participant,
  dots,
}: {
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
