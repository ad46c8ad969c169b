// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createExampleBoard } from '../../../../domain';
import { BoardErrorBoundary, ErrorBoundary } from '../../../../renderer/app/error-boundary';
import { useBoardStore } from '../../../../renderer/store/board-store';

const NOW = '2026-01-01T00:00:00.000Z';
const store = () => useBoardStore.getState();

/** Throws while drawing as long as `failing.now` says so, as the board did in a loop of updates. */
const failing = { now: true };
function Fragile({ text = 'The board' }: { text?: string }) {
  if (failing.now) throw new Error('Maximum update depth exceeded');
  return <p>{text}</p>;
}

let logged: unknown[][];
beforeEach(() => {
  failing.now = true;
  logged = [];
  // React reports the caught error too; the boundary's own line is the one asserted.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
});
afterEach(() => vi.restoreAllMocks());

describe('a drawing error', () => {
  it('shows what happened in place of a blank window, and logs it', () => {
    render(
      <ErrorBoundary what="the thing" reassurance="Nothing is lost." retryLabel="Draw it again">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong drawing the thing.');
    expect(screen.getByText('Nothing is lost.')).toBeInTheDocument();
    expect(screen.getByText('Maximum update depth exceeded')).toBeInTheDocument();
    const line = logged.find((args) => args[0] === '[scaleboard] drawing the thing failed:');
    expect(line?.[1]).toBeInstanceOf(Error);
    expect(String(line?.[2])).toContain('Fragile');
  });

  it('draws the children afresh when asked, once whatever failed has cleared', async () => {
    const onRetry = vi.fn();
    render(
      <ErrorBoundary what="the thing" reassurance="Nothing is lost." retryLabel="Draw it again" onRetry={onRetry}>
        <Fragile text="Drawn again" />
      </ErrorBoundary>,
    );
    failing.now = false;
    await userEvent.click(screen.getByRole('button', { name: 'Draw it again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Drawn again')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the message again if drawing fails again', async () => {
    render(
      <ErrorBoundary what="the thing" reassurance="Nothing is lost." retryLabel="Draw it again">
        <Fragile />
      </ErrorBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Draw it again' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong drawing the thing.');
  });
});

describe('the board’s boundary', () => {
  it('keeps the board document and its unsaved changes, and draws the plain board again', async () => {
    const board = createExampleBoard(NOW);
    store().loadBoard(board, { handle: null, fileName: null, folder: null });
    store().addInitiative({ title: 'Added before the error', stage: 'idea' });
    const before = store().board;
    const card = before!.initiatives[0]!;
    // The state a drag and its drop leave behind: the drag's copy of the columns and a proposed move.
    store().setDragItems({ idea: [card.id] });
    store().proposeMove({ id: card.id, to: 'production', index: 0 });
    render(
      <BoardErrorBoundary>
        <Fragile text="The board, drawn again" />
      </BoardErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong drawing the board.');
    expect(screen.getByRole('alert')).toHaveTextContent('Your board is safe');
    failing.now = false;
    await userEvent.click(screen.getByRole('button', { name: 'Draw the board again' }));
    expect(screen.getByText('The board, drawn again')).toBeInTheDocument();
    expect(store().board).toBe(before);
    expect(store().board!.initiatives.map((i) => i.title)).toContain('Added before the error');
    expect(store().dragItems).toBeNull();
    expect(store().pendingMove).toBeNull();
  });
});

/** The board screen as it would fail: drawing whatever is over the plain board (the matrix, the editor, …) throws. */
function FailsOverThePlainBoard() {
  const over = useBoardStore((s) =>
    [
      s.portfolioView === 'matrix' && 'the matrix',
      s.selectedId !== null && 'the editor',
      s.panel !== null && `the ${s.panel} panel`,
      s.combineReport !== null && 'the combine report',
      s.restartAsked && 'the restart question',
      s.compareOpen && 'the comparison',
      s.metricsOpen && 'the metrics',
      s.setupOpen && 'the setup',
      s.focusId !== null && 'the focus card',
    ]
      .filter(Boolean)
      .join(', '),
  );
  if (over) throw new Error(`${over} failed`);
  return <p>The plain board</p>;
}

describe('the board drawn again', () => {
  it('is the plain board, whichever view, panel, dialog or card was open over it when drawing failed', async () => {
    const board = createExampleBoard(NOW);
    store().loadBoard(board, { handle: null, fileName: null, folder: null });
    const card = board.initiatives[0]!;
    store().setPortfolioView('matrix');
    store().setPanel('log');
    store().select(card.id);
    store().setCombineReport({ sources: [], cards: board.initiatives.length, matched: 0, conflicts: [], notes: [] });
    store().setRestartAsked(true);
    store().setMetricsOpen(true);
    store().setSetupOpen(true);
    store().setFocus(card.id);
    render(
      <BoardErrorBoundary>
        <FailsOverThePlainBoard />
      </BoardErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('the matrix, the editor, the log panel');
    await userEvent.click(screen.getByRole('button', { name: 'Draw the board again' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('The plain board')).toBeInTheDocument();
    expect(store().board).toBe(board);
  });
});
