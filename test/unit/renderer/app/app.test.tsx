// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import type { OpenedBoard, RecoveryEntry, ScaleboardApi } from '../../../../contract';
import { createBoard, createExampleBoard } from '../../../../domain';
import { App } from '../../../../renderer/app/app';
import { WindowErrorBoundary } from '../../../../renderer/app/error-boundary';
import { forgetStartupForTests } from '../../../../renderer/app/startup';
import { useBoardStore } from '../../../../renderer/store/board-store';
import '../../../../renderer/lib/api'; // window.scaleboard's type

const NOW = '2026-01-01T00:00:00.000Z';
const NO_FILE = { handle: null, fileName: null, folder: null };
const store = () => useBoardStore.getState();

/**
 * What fails to draw: the start screen while `failing.start` (drawn again on each notice), a board whose title is
 * in `failing.boards`.
 */
const failing = { start: false, boards: new Set<string>() };
vi.mock('../../../../renderer/features/start/start-screen', async () => {
  const { useBoardStore } = await import('../../../../renderer/store/board-store');
  return {
    StartScreen: function StartScreen() {
      useBoardStore((s) => s.notice);
      if (failing.start) throw new Error('The start screen failed');
      return <p>Start screen</p>;
    },
  };
});
vi.mock('../../../../renderer/features/board/board-screen', async () => {
  const { useBoardStore } = await import('../../../../renderer/store/board-store');
  return {
    BoardScreen: function BoardScreen() {
      const title = useBoardStore((s) => s.board!.title);
      if (failing.boards.has(title)) throw new Error(`${title} failed`);
      return <p>Board: {title}</p>;
    },
  };
});

const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });

/** The bridge: `app.startup` counted, every listener counted, anything else answers ok. */
function installApi() {
  const startup = vi.fn(() =>
    ok({ opened: null as OpenedBoard | null, recoveries: [] as RecoveryEntry[], notice: null as string | null }),
  );
  const listening = { boardOpened: 0 };
  const anything = (): unknown =>
    new Proxy(() => ok(null), { get: (_target, key) => (key === 'then' ? undefined : anything()) });
  const api = new Proxy({} as Record<string, unknown>, {
    get: (_target, area: string) => {
      if (area === 'app') return { startup };
      if (area === 'on')
        return new Proxy(
          {},
          {
            get: (_on, event: string) => () => {
              if (event === 'boardOpened') listening.boardOpened += 1;
              return () => {
                if (event === 'boardOpened') listening.boardOpened -= 1;
              };
            },
          },
        );
      return anything();
    },
  });
  window.scaleboard = api as unknown as ScaleboardApi;
  return { startup, listening };
}

/** As main.tsx draws the facilitator's window. */
const windowAsDrawn = () => (
  <StrictMode>
    <WindowErrorBoundary>
      <App />
    </WindowErrorBoundary>
  </StrictMode>
);

beforeEach(() => {
  failing.start = false;
  failing.boards.clear();
  forgetStartupForTests();
  store().closeBoard();
  // React reports each caught error; the boundary's own tests look at what is logged.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  delete window.scaleboard;
});

describe('the window drawn again after an error', () => {
  it('does not ask main to start the window again, which would set the open board’s recovery copy aside', async () => {
    const { startup, listening } = installApi();
    render(windowAsDrawn());
    await waitFor(() => expect(startup).toHaveBeenCalled());
    failing.start = true;
    act(() => store().notify('info', 'Drawn again'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong drawing this window.');
    failing.start = false;
    await userEvent.click(screen.getByRole('button', { name: 'Draw the window again' }));
    expect(screen.getByText('Start screen')).toBeInTheDocument();
    expect(startup).toHaveBeenCalledTimes(1);
    // Still told of boards the OS opens, by one listener.
    expect(listening.boardOpened).toBe(1);
  });

  it('asks main once per page, even when the window is mounted again, and shows what main answered', async () => {
    const { startup, listening } = installApi();
    const recovery = {
      id: 'r1',
      boardId: 'b1',
      title: 'Lost work',
      savedAt: NOW,
      fileName: null,
      reason: 'unsaved' as const,
    };
    startup.mockImplementation(() => ok({ opened: null, recoveries: [recovery], notice: 'The window was reloaded.' }));
    const first = render(windowAsDrawn());
    await waitFor(() => expect(store().recoveries).toHaveLength(1));
    expect(store().notice?.text).toBe('The window was reloaded.');
    first.unmount();
    expect(listening.boardOpened).toBe(0);
    render(windowAsDrawn());
    await act(() => Promise.resolve());
    expect(startup).toHaveBeenCalledTimes(1);
    expect(listening.boardOpened).toBe(1);
  });
});

describe('the board’s boundary', () => {
  it('starts afresh for another board, or the same file opened again, rather than keep the error', async () => {
    installApi();
    const broken = createExampleBoard(NOW);
    failing.boards.add(broken.title);
    store().loadBoard(broken, NO_FILE);
    render(windowAsDrawn());
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong drawing the board.');

    act(() => store().loadBoard(createBoard('Another board', { now: NOW }), NO_FILE));
    expect(screen.getByText('Board: Another board')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();

    // The broken board again: it fails again, and once it no longer fails, opening it again draws it.
    act(() => store().loadBoard(broken, NO_FILE));
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong drawing the board.');
    failing.boards.clear();
    act(() => store().loadBoard(structuredClone(broken), NO_FILE));
    expect(screen.getByText(`Board: ${broken.title}`)).toBeInTheDocument();
  });
});
