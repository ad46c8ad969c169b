import { useEffect } from 'react';
import type { AudienceState } from '../../../contract';
import { audienceBoard } from '../../../domain';
import { api } from '../../lib/api';
import { useBoardStore } from '../../store/board-store';

const THROTTLE_MS = 150;

/** What the facilitator's window shows the room, without what is confidential. */
export function audienceState(): AudienceState | null {
  const s = useBoardStore.getState();
  if (!s.board) return null;
  return {
    board: audienceBoard(s.board, { hideVotes: s.votesHidden }),
    focusId: s.focusId,
    timer: s.timer,
    votesHidden: s.votesHidden,
    filters: s.filters,
    swimlanes: s.swimlanes,
  };
}

/** Once the audience window is open, keeps it in step with the facilitator's board, focus, timer and view. */
export function useAudiencePublisher(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    let timer: number | undefined;
    const publish = () => {
      timer = undefined;
      const state = audienceState();
      if (state) void api().audience.publish(state);
    };
    publish();
    const unsubscribe = useBoardStore.subscribe((state, previous) => {
      const relevant =
        state.board !== previous.board ||
        state.focusId !== previous.focusId ||
        state.timer !== previous.timer ||
        state.votesHidden !== previous.votesHidden ||
        state.filters !== previous.filters ||
        state.swimlanes !== previous.swimlanes;
      if (relevant && timer === undefined) timer = window.setTimeout(publish, THROTTLE_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [active]);
}
