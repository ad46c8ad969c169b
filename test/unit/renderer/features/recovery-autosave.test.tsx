// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { createBoard } from '../../../../domain';
import type { ScaleboardApi } from '../../../../contract';
import {
  RECOVERY_DELAY_MS,
  RECOVERY_MAX_WAIT_MS,
  useRecoveryAutosave,
} from '../../../../renderer/features/file/recovery-autosave';
import { redo, undo, useBoardStore } from '../../../../renderer/store/board-store';
import '../../../../renderer/lib/api'; // window.scaleboard's type

const store = () => useBoardStore.getState();
const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });

function installApi(write: (...args: unknown[]) => Promise<unknown>, discard = vi.fn(() => ok(null))) {
  const api = { recovery: { write, discard } };
  window.scaleboard = api as unknown as ScaleboardApi;
}

beforeEach(() => {
  vi.useFakeTimers();
  store().loadBoard(createBoard('Workshop', { now: '2026-01-01T00:00:00.000Z' }), {
    handle: null,
    fileName: null,
    folder: null,
  });
});
afterEach(() => {
  vi.useRealTimers();
  delete window.scaleboard;
});

describe('the recovery copy', () => {
  it('is written RECOVERY_DELAY_MS after the last change', async () => {
    const write = vi.fn(() => ok(null));
    installApi(write);
    renderHook(() => useRecoveryAutosave());
    act(() => void store().addInitiative({ title: 'One', stage: 'idea' }));
    await act(() => vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS - 100));
    expect(write).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('is written at least every RECOVERY_MAX_WAIT_MS while changes keep coming', async () => {
    const write = vi.fn(() => ok(null));
    installApi(write);
    renderHook(() => useRecoveryAutosave());
    // A change every so often, each sooner than the delay: a plain debounce would never write.
    const every = RECOVERY_DELAY_MS * 0.8;
    const changes = Math.ceil((3 * RECOVERY_MAX_WAIT_MS) / every);
    for (let change = 0; change < changes; change += 1) {
      act(() => void store().addInitiative({ title: `Card ${change}`, stage: 'idea' }));
      await act(() => vi.advanceTimersByTimeAsync(every));
    }
    expect(write.mock.calls.length).toBeGreaterThanOrEqual(Math.floor((changes * every) / RECOVERY_MAX_WAIT_MS));
    const lastWritten = (write.mock.calls.at(-1) as unknown[])[0] as { initiatives: unknown[] };
    expect(lastWritten.initiatives.length).toBeGreaterThanOrEqual(changes - Math.ceil(RECOVERY_MAX_WAIT_MS / every));
  });

  it('says once when it cannot be written', async () => {
    const write = vi.fn(() => Promise.resolve({ ok: false, error: { code: 'x', message: 'the disk is full.' } }));
    installApi(write);
    renderHook(() => useRecoveryAutosave());
    for (let change = 0; change < 3; change += 1) {
      act(() => void store().addInitiative({ title: `Card ${change}`, stage: 'idea' }));
      await act(() => vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS + 10));
    }
    expect(write).toHaveBeenCalledTimes(3);
    expect(store().notice).toMatchObject({
      kind: 'error',
      text: expect.stringMatching(/could not be written: the disk is full\. Save your work to keep it\.$/),
    });
  });

  it('is dropped by the window when an undo takes the board back to its saved version, and not on a save', async () => {
    const discard = vi.fn(() => ok(null));
    installApi(
      vi.fn(() => ok(null)),
      discard,
    );
    renderHook(() => useRecoveryAutosave());
    const loaded = store().board!;
    act(() => void store().addInitiative({ title: 'One', stage: 'idea' }));
    act(() => undo());
    expect(discard.mock.calls).toEqual([[loaded.id, false]]);

    // Main drops the copy of a board it saves; Revert, which reads the file again, declines it in file-commands.
    act(() => redo());
    act(() => store().markSaved(store().board!, store().file));
    act(() => void store().addInitiative({ title: 'Two', stage: 'idea' }));
    act(() => store().revertTo(structuredClone(store().savedBoard!)));
    expect(discard).toHaveBeenCalledTimes(1);
    act(() => undo());
    act(() => redo());
    expect(discard).toHaveBeenCalledTimes(2);
  });
});
