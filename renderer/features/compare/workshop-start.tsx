import './compare.css';
import { useEffect, useRef } from 'react';
import { calendarDay, formatBoardDate, formatBoardDateTime, formatBoardTime, snapshotIsFrom } from '../../../domain';
import { ModalDialog } from '../../components/modal-dialog';
import { useBoardStore } from '../../store/board-store';
import { compareWithStart, startWorkshop } from './compare-commands';

/**
 * In the workshop bar: Start workshop until it has started, then, discreetly, when it started and a way to see
 * what changed since; and a way back to a file comparison that is still loaded. A start from an earlier day is an
 * earlier workshop's: it is shown with its date, and Start workshop is offered again beside it.
 */
export function WorkshopStart() {
  const takenAt = useBoardStore((s) => s.board!.snapshot?.takenAt);
  const startedToday = useBoardStore((s) => snapshotIsFrom(s.board!, calendarDay(new Date())));
  const locale = useBoardStore((s) => s.board!.workshop.locale);
  const comparedFile = useBoardStore((s) => (s.comparison?.kind === 'file' ? s.comparison.fileName : null));
  const { setCompareOpen } = useBoardStore.getState();
  // Start workshop gives way to Since start: focus follows, rather than falling back to the page.
  const since = useRef<HTMLButtonElement>(null);
  const startedHere = useRef(false);
  useEffect(() => {
    if (!takenAt || !startedHere.current) return;
    startedHere.current = false;
    since.current?.focus();
  }, [takenAt]);

  return (
    <>
      {takenAt ? (
        <>
          <span className="workshop-started">
            Started {startedToday ? formatBoardTime(takenAt, locale) : formatBoardDateTime(takenAt, locale)}
          </span>
          <button ref={since} type="button" className="button" onClick={compareWithStart}>
            Since start
          </button>
        </>
      ) : null}
      {startedToday ? null : (
        <button
          type="button"
          className="button"
          onClick={() => {
            startedHere.current = true;
            startWorkshop();
          }}
        >
          Start workshop
        </button>
      )}
      {comparedFile ? (
        <button type="button" className="button" onClick={() => setCompareOpen(true)} title={`Since ${comparedFile}`}>
          Since file
        </button>
      ) : null}
    </>
  );
}

/** Start workshop pressed again: replacing the start changes what "since the start" means, so the room is asked. */
export function RestartWorkshopDialog() {
  const board = useBoardStore((s) => s.board)!;
  const { setRestartAsked, startWorkshop } = useBoardStore.getState();
  const takenAt = board.snapshot?.takenAt;
  const cancel = () => setRestartAsked(false);
  const restart = () => {
    startWorkshop();
    setRestartAsked(false);
  };
  const locale = board.workshop.locale;

  return (
    <ModalDialog labelledBy="restart-title" describedBy="restart-text" role="alertdialog" onCancel={cancel}>
      <div className="modal">
        <h2 id="restart-title">Start the workshop again?</h2>
        <p id="restart-text">
          {takenAt
            ? `The workshop started at ${formatBoardTime(takenAt, locale)} on ${formatBoardDate(takenAt, locale)}. `
            : ''}
          Starting it again replaces that start: “since the start” will show the changes from now on.
        </p>
        <div className="modal-actions">
          <button type="button" className="button" onClick={cancel} data-autofocus>
            Cancel
          </button>
          <button type="button" className="button primary" onClick={restart}>
            Start again
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
