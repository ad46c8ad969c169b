import './error-boundary.css';
import type { ErrorInfo, ReactNode } from 'react';
import { Component, Fragment } from 'react';
import { useBoardStore } from '../store/board-store';

interface Props {
  /** What failed to draw, for the message: "the board", "this window". */
  what: string;
  /** What the facilitator should know is safe, and how to carry on. */
  reassurance: ReactNode;
  /** The button that draws it again. */
  retryLabel: string;
  /** Clears whatever view state may have led to the error, before drawing again; the document is never touched. */
  onRetry?: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped on each retry, so that the children are drawn afresh rather than from the state that failed. */
  attempt: number;
}

/**
 * Catches an error while drawing its children (React's #185, say, a loop of updates) so that the window never goes
 * blank: it shows what happened and a way to draw them again. The board document lives in the store, outside what
 * failed to draw, so nothing is lost; the error is logged with the components it came from.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`[scaleboard] drawing ${this.props.what} failed:`, error, info.componentStack ?? '');
  }

  private retry = (): void => {
    this.props.onRetry?.();
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  };

  override render(): ReactNode {
    const { error, attempt } = this.state;
    if (!error) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return (
      <div className="error-boundary" role="alert">
        <h1>Something went wrong drawing {this.props.what}.</h1>
        <p>{this.props.reassurance}</p>
        <button type="button" className="button primary" onClick={this.retry}>
          {this.props.retryLabel}
        </button>
        <details>
          <summary>What went wrong</summary>
          <pre>{error.message}</pre>
        </details>
      </div>
    );
  }
}

/**
 * Back to the plain board: the columns rather than the matrix, no card selected (so no editor), no panel, dialog
 * or view over it, no drag half-done. Whichever of them failed to draw, drawing again does not draw it again at
 * once. The board document stays as it is.
 */
export function resetBoardView(): void {
  const store = useBoardStore.getState();
  store.setDragItems(null);
  store.proposeMove(null);
  store.setPortfolioView('board');
  store.setPanel(null);
  store.select(null);
  store.setMetricsOpen(false);
  store.setSetupOpen(false);
  store.setFocus(null);
  store.setCompareOpen(false);
  store.setRestartAsked(false);
  store.setCombineReport(null);
}

/** The board screen's boundary: the board document is kept, and drawing again starts from the plain board. */
export function BoardErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      what="the board"
      reassurance="Your board is safe: it is still open, with every change. Draw it again to carry on, or save it with File › Save."
      retryLabel="Draw the board again"
      onRetry={resetBoardView}
    >
      {children}
    </ErrorBoundary>
  );
}

/** The window's last resort: whatever fails to draw, the window says so and offers to draw it again. */
export function WindowErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      what="this window"
      reassurance="Any open board is kept in memory and in its recovery copy. Draw the window again to carry on."
      retryLabel="Draw the window again"
    >
      {children}
    </ErrorBoundary>
  );
}
