import './audience.css';
import { useEffect, useMemo, useState } from 'react';
import type { Initiative } from '../../../domain';
import type { AudienceState } from '../../../contract';
import {
  AUDIENCE_CARDS_PER_COLUMN,
  columnItems,
  containerKey,
  countByStage,
  lanesOf,
  laneTitle,
  visibleStages,
} from '../../../domain';
import { api } from '../../lib/api';
import { InitiativeCard } from '../board/initiative-card';
import { formatClock, useTimerClock } from '../workshop/countdown-timer';
import { FocusCard } from '../workshop/focus-view';

/** The projector's view: the board read-only in large type, following the facilitator's focus, with the timer. */
export function AudienceApp() {
  const [state, setState] = useState<AudienceState | null>(null);
  useEffect(() => {
    document.title = 'Scaleboard — audience';
    void api()
      .audience.current()
      .then((result) => result.ok && result.value && setState(result.value));
    return api().on.audienceState(setState);
  }, []);
  if (!state) {
    return (
      <main className="audience waiting">
        <h1 className="visually-hidden">Scaleboard audience view</h1>
        <p>Waiting for the facilitator’s board…</p>
      </main>
    );
  }
  return <AudienceBoard state={state} />;
}

function AudienceBoard({ state }: { state: AudienceState }) {
  const { board } = state;
  const remaining = useTimerClock(state.timer);
  const items = useMemo(
    () => columnItems(board, state.filters, state.swimlanes),
    [board, state.filters, state.swimlanes],
  );
  const byId = useMemo(() => new Map(board.initiatives.map((i) => [i.id, i])), [board.initiatives]);
  const stages = visibleStages(board);
  const lanes = lanesOf(board, state.swimlanes);
  const focus = state.focusId ? byId.get(state.focusId) : undefined;
  const timerShown = state.timer.endsAt !== null || state.timer.remainingMs !== state.timer.durationMs;
  const counts = countByStage(board);

  return (
    <main className="audience" aria-label="Audience view">
      <header className="audience-header">
        <h1>{board.title}</h1>
        <p className="audience-summary">
          <strong>{counts.pilot}</strong> in pilot · <strong>{counts.production}</strong> in production
        </p>
        {timerShown ? (
          <p className={`audience-timer${remaining === 0 ? ' ended' : ''}`} role="timer">
            {remaining === 0 ? "Time's up" : formatClock(remaining)}
          </p>
        ) : null}
      </header>
      {lanes.map((lane) => (
        <section key={lane} className="audience-lane" aria-label={lane ? laneTitle(lane, state.swimlanes) : 'Board'}>
          {lane ? <h2 className="lane-title">{laneTitle(lane, state.swimlanes)}</h2> : null}
          <div className="audience-columns" style={{ gridTemplateColumns: `repeat(${stages.length}, 1fr)` }}>
            {stages.map((stage) => (
              <section key={stage.id} className={`column stage-${stage.id}`} data-stage={lane ? undefined : stage.id}>
                {lane ? null : (
                  <header className="column-header">
                    <h2>{stage.label}</h2>
                    <span className="column-count">{counts[stage.id]}</span>
                  </header>
                )}
                <AudienceCards ids={items[containerKey(stage.id, lane)] ?? []} byId={byId} focusId={state.focusId} />
              </section>
            ))}
          </div>
        </section>
      ))}
      {focus ? <FocusCard board={board} initiative={focus} /> : null}
    </main>
  );
}

function AudienceCards({
  ids,
  byId,
  focusId,
}: {
  ids: string[];
  byId: Map<string, Initiative>;
  focusId: string | null;
}) {
  const shown = ids.slice(0, AUDIENCE_CARDS_PER_COLUMN);
  if (focusId && ids.includes(focusId) && !shown.includes(focusId)) shown[shown.length - 1] = focusId;
  const more = ids.length - shown.length;
  return (
    <>
      {/* Said at the top, where the projector shows it, not below cards that run off the screen. */}
      {more > 0 ? (
        <p className="audience-more">
          First {shown.length} of {ids.length.toLocaleString('en')} shown
        </p>
      ) : null}
      <ol className="card-list">
        {shown.map((id) => {
          const initiative = byId.get(id);
          return initiative ? (
            <li key={id} className={focusId === id ? 'focused' : ''}>
              <InitiativeCard initiative={initiative} />
            </li>
          ) : null;
        })}
      </ol>
    </>
  );
}
