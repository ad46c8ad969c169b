import './audience.css';
import type { RefObject } from 'react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Initiative, Regime } from '../../../domain';
import type { AudienceState } from '../../../contract';
import {
  audienceColumn,
  boardRegimes,
  columnItems,
  containerKey,
  formatBoardNumber,
  lanesOf,
  laneTitle,
  shownCounts,
  shownCountText,
  visibleStages,
} from '../../../domain';
import { api } from '../../lib/api';
import { InitiativeCard } from '../board/initiative-card';
import { PortfolioHeadline } from '../board/portfolio-headline';
import { formatClock, useTimerClock } from '../workshop/countdown-timer';
import { FocusCard } from '../workshop/focus-view';
import { AudienceChangesView } from './audience-changes';
import { AudienceLog } from './audience-log';
import { AudienceMatrix } from './audience-matrix';
import { AudienceMetrics } from './audience-metrics';
import { MEASURED_AT_MOST, useFittingCount } from './fitting-count';

/** The projector's view: what the facilitator presents, read-only in large type, with the focus card and timer. */
export function AudienceApp() {
  // undefined: nothing heard yet; null: the facilitator has no board open (or closed it).
  const [state, setState] = useState<AudienceState | null | undefined>(undefined);
  useEffect(() => {
    document.title = 'Scaleboard — audience';
    const unsubscribe = api().on.audienceState(setState);
    void api()
      .audience.current()
      .then((result) => result.ok && setState((heard) => (heard === undefined ? result.value : heard)));
    return unsubscribe;
  }, []);
  if (!state) {
    return (
      <main className="audience waiting">
        <h1 className="visually-hidden">Scaleboard audience view</h1>
        <p>{state === null ? 'The facilitator closed the board.' : 'Waiting for the facilitator’s board…'}</p>
      </main>
    );
  }
  return <AudienceScreen state={state} />;
}

function AudienceScreen({ state }: { state: AudienceState }) {
  const { board } = state;
  const remaining = useTimerClock(state.timer);
  const byId = useMemo(() => new Map(board.initiatives.map((i) => [i.id, i])), [board.initiatives]);
  const focus = state.focusId ? byId.get(state.focusId) : undefined;
  const timerShown = state.timer.endsAt !== null || state.timer.remainingMs !== state.timer.durationMs;
  return (
    <main className="audience" aria-label="Audience view" data-presenting={state.presenting}>
      <header className="audience-header">
        <h1>{board.title}</h1>
        <p className="audience-summary">
          <PortfolioHeadline board={board} />
        </p>
        {timerShown ? (
          <p className={`audience-timer${remaining === 0 ? ' ended' : ''}`} role="timer">
            {remaining === 0 ? "Time's up" : formatClock(remaining)}
          </p>
        ) : null}
      </header>
      {state.presenting === 'matrix' ? (
        <AudienceMatrix state={state} />
      ) : state.presenting === 'metrics' ? (
        <AudienceMetrics board={board} />
      ) : state.presenting === 'log' ? (
        <AudienceLog board={board} />
      ) : state.presenting === 'changes' && state.changes ? (
        <AudienceChangesView changes={state.changes} locale={board.workshop.locale} />
      ) : (
        <AudienceBoard state={state} byId={byId} />
      )}
      {focus ? <FocusCard board={board} initiative={focus} audience /> : null}
    </main>
  );
}

function AudienceBoard({ state, byId }: { state: AudienceState; byId: Map<string, Initiative> }) {
  const { board } = state;
  const body = useRef<HTMLDivElement>(null);
  const items = useMemo(
    () => columnItems(board, state.filters, state.swimlanes),
    [board, state.filters, state.swimlanes],
  );
  const stages = visibleStages(board);
  const lanes = lanesOf(board, state.swimlanes);
  // As the board's column headers say them: "8 of 406" while the facilitator's filters hide cards.
  const counts = useMemo(
    () => shownCounts(board, state.filters, state.swimlanes).stages,
    [board, state.filters, state.swimlanes],
  );
  const locale = board.workshop.locale;
  const regimes = boardRegimes(board);
  return (
    <div className={`audience-body${lanes.length > 1 || lanes[0] ? ' with-lanes' : ''}`} ref={body}>
      {lanes.map((lane) => (
        <section key={lane} className="audience-lane" aria-label={lane ? laneTitle(lane, state.swimlanes) : 'Board'}>
          {lane ? <h2 className="lane-title">{laneTitle(lane, state.swimlanes)}</h2> : null}
          <div className="audience-columns" style={{ gridTemplateColumns: `repeat(${stages.length}, minmax(0, 1fr))` }}>
            {stages.map((stage) => (
              <section key={stage.id} className={`column stage-${stage.id}`} data-stage={lane ? undefined : stage.id}>
                {lane ? null : (
                  <header className="column-header">
                    <h2>{stage.label}</h2>
                    <span className="column-count">{shownCountText(counts[stage.id], locale)}</span>
                  </header>
                )}
                <AudienceCards
                  ids={items[containerKey(stage.id, lane)] ?? []}
                  byId={byId}
                  focusId={state.focusId}
                  clip={body}
                  locale={locale}
                  regimes={regimes}
                />
              </section>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

/** A column's cards: as many as fit whole on the screen, and how many more there are, said above them. */
function AudienceCards({
  ids,
  byId,
  focusId,
  clip,
  locale,
  regimes,
}: {
  ids: string[];
  byId: Map<string, Initiative>;
  focusId: string | null;
  clip: RefObject<HTMLElement | null>;
  /** The board's locale: this window has no board store to read it from. */
  locale: string | undefined;
  /** The board's regimes, for each card's governance badge. */
  regimes: readonly Regime[];
}) {
  const list = useRef<HTMLOListElement>(null);
  const key = useMemo(() => ({ ids, focusId, byId }), [ids, focusId, byId]);
  const fits = useFittingCount(list, clip, key);
  const { shown, more } = audienceColumn(ids, fits ?? MEASURED_AT_MOST, focusId);
  return (
    <>
      {/* Said at the top, where the room looks first, and always given its line so that it moves no card. */}
      <p className="audience-more" aria-live="off">
        {fits !== null && more > 0 ? `+ ${formatBoardNumber(more, locale)} more` : ''}
      </p>
      <ol className="card-list" ref={list} data-measuring={fits === null ? 'true' : undefined}>
        {shown.map((id) => {
          const initiative = byId.get(id);
          return initiative ? (
            <li key={id} className={focusId === id ? 'focused' : ''}>
              <InitiativeCard initiative={initiative} locale={locale} regimes={regimes} audience />
            </li>
          ) : null;
        })}
      </ol>
    </>
  );
}
