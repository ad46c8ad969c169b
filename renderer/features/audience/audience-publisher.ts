import { useEffect } from 'react';
import type { AudienceState } from '../../../contract';
import { audienceBoard, audienceChanges, presentedView } from '../../../domain';
import { api } from '../../lib/api';
import { useBoardStore } from '../../store/board-store';
import { comparedBoard, sinceWhat } from '../compare/comparison';
import { useAudienceStore } from './audience-store';

const THROTTLE_MS = 150;

/** What the facilitator's window shows the room, without what is confidential; null once the board is closed. */
export function audienceState(): AudienceState | null {
  const s = useBoardStore.getState();
  if (!s.board) return null;
  const then = s.comparison && comparedBoard(s.comparison, s.board);
  const presenting = presentedView(useAudienceStore.getState().presenting, !!then);
  return {
    board: audienceBoard(s.board, { hideVotes: s.votesHidden }),
    focusId: s.focusId,
    timer: s.timer,
    votesHidden: s.votesHidden,
    filters: s.filters,
    swimlanes: s.swimlanes,
    presenting,
    matrixView: s.matrixView,
    // Worked out only while presented: the other views carry no comparison at all.
    changes:
      presenting === 'changes' && then
        ? audienceChanges(sinceWhat(s.comparison!), then, s.board, { hideVotes: s.votesHidden, at: new Date() })
        : null,
  };
}

/**
 * Once the audience window is open, keeps it in step with the facilitator's board, focus, timer, view, comparison
 * and what is presented; when the board is closed, the projector clears. Mounted once for the window, not per board, so
 * the next board opened goes to the projector too.
 */
export function useAudiencePublisher(): void {
  const active = useAudienceStore((s) => s.open);
  useEffect(() => {
    if (!active) return;
    let timer: number | undefined;
    let published: AudienceState | null | undefined;
    const publish = () => {
      timer = undefined;
      const state = audienceState();
      // A closed board is said once, at once: the room should not see it a moment longer.
      if (state === null && published === null) return;
      published = state;
      void api().audience.publish(state);
    };
    publish();
    const schedule = () => {
      if (!useBoardStore.getState().board) {
        if (timer !== undefined) window.clearTimeout(timer);
        publish();
      } else if (timer === undefined) timer = window.setTimeout(publish, THROTTLE_MS);
    };
    const unsubscribeBoard = useBoardStore.subscribe((state, previous) => {
      const relevant =
        state.board !== previous.board ||
        state.focusId !== previous.focusId ||
        state.timer !== previous.timer ||
        state.votesHidden !== previous.votesHidden ||
        state.filters !== previous.filters ||
        state.swimlanes !== previous.swimlanes ||
        state.matrixView !== previous.matrixView ||
        state.comparison !== previous.comparison;
      if (relevant) schedule();
    });
    const unsubscribeAudience = useAudienceStore.subscribe((state, previous) => {
      if (state.presenting !== previous.presenting) schedule();
    });
    return () => {
      unsubscribeBoard();
      unsubscribeAudience();
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [active]);
}
