import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { CRASH_WINDOW_MS, MAX_RELOADS, watchRenderer } from '../../../electron/main/windows/renderer-watch';

function fakeWindow() {
  const contents = Object.assign(new EventEmitter(), { reload: vi.fn(), forcefullyCrashRenderer: vi.fn() });
  const win = Object.assign(new EventEmitter(), { webContents: contents, isDestroyed: () => false });
  return { win, contents };
}

describe('watchRenderer', () => {
  it('reloads a crashed page, forgets its unsaved state, and stops reloading a page that keeps crashing', async () => {
    const { win, contents } = fakeWindow();
    const state = {
      edited: true,
      handle: 'h1',
      boardId: 'b1',
      boardTitle: 'Q4',
      windowTitle: '',
      closeConfirmed: false,
    };
    const showErrorBox = vi.fn();
    let clock = 0;
    watchRenderer(win as unknown as BrowserWindow, {
      windows: { stateOf: () => state },
      dialog: { showErrorBox, showMessageBox: vi.fn() },
      now: () => clock,
    });
    const gone = (reason: string) => contents.emit('render-process-gone', {}, { reason, exitCode: 1 });

    gone('clean-exit');
    expect(contents.reload).not.toHaveBeenCalled();
    gone('crashed');
    expect(contents.reload).not.toHaveBeenCalled(); // not from within the event
    await new Promise((resolve) => setImmediate(resolve));
    expect(contents.reload).toHaveBeenCalledTimes(1);
    // Closing now asks nothing and discards nothing: the work is in the recovery copy.
    expect(state).toMatchObject({ edited: false, boardId: null, pageCrashed: { handle: 'h1' } });

    for (let i = 1; i < MAX_RELOADS; i += 1) gone('oom');
    await new Promise((resolve) => setImmediate(resolve));
    expect(contents.reload).toHaveBeenCalledTimes(MAX_RELOADS);
    gone('crashed');
    await new Promise((resolve) => setImmediate(resolve));
    expect(contents.reload).toHaveBeenCalledTimes(MAX_RELOADS);
    expect(showErrorBox).toHaveBeenCalledWith(
      'Scaleboard’s window keeps stopping',
      expect.stringMatching(/recovery copy/),
    );

    clock += CRASH_WINDOW_MS + 1;
    gone('crashed');
    await new Promise((resolve) => setImmediate(resolve));
    expect(contents.reload).toHaveBeenCalledTimes(MAX_RELOADS + 1);
  });

  it('asks once about a page that hangs, and ends it only when told to reload', async () => {
    const { win, contents } = fakeWindow();
    const answers = [0, 1];
    const showMessageBox = vi.fn(async () => ({ response: answers.shift()!, checkboxChecked: false }));
    watchRenderer(win as unknown as BrowserWindow, {
      windows: { stateOf: () => undefined },
      dialog: { showErrorBox: vi.fn(), showMessageBox },
    });
    win.emit('unresponsive');
    win.emit('unresponsive'); // while the question is open
    await vi.waitFor(() => expect(showMessageBox).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setImmediate(resolve));
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled(); // Wait
    win.emit('unresponsive');
    await vi.waitFor(() => expect(contents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1));
  });

  it('withdraws the question when the page responds again, so a late Reload ends nothing', async () => {
    const { win, contents } = fakeWindow();
    let answer!: (value: { response: number; checkboxChecked: boolean }) => void;
    const showMessageBox = vi.fn(
      (_win: unknown, options: { signal?: AbortSignal }) =>
        new Promise<{ response: number; checkboxChecked: boolean }>((resolve) => {
          answer = resolve;
          options.signal?.addEventListener('abort', () => resolve({ response: 0, checkboxChecked: false }));
        }),
    );
    watchRenderer(win as unknown as BrowserWindow, {
      windows: { stateOf: () => undefined },
      dialog: { showErrorBox: vi.fn(), showMessageBox: showMessageBox as never },
    });
    win.emit('unresponsive');
    win.emit('responsive');
    answer({ response: 1, checkboxChecked: false });
    await new Promise((resolve) => setImmediate(resolve));
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  });
});
