import type { IpcMainInvokeEvent } from 'electron';
import { createBoard, err, ok } from '../../../domain';
import { handle } from '../../../electron/main/ipc/handle';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function setup(trusted = true) {
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) };
  const calls: unknown[][] = [];
  handle(
    ipcMain as never,
    () => trusted,
    'board:save',
    (_event, handleId, document) => {
      calls.push([handleId, document.title]);
      return ok({ handle: handleId, fileName: 'x.scaleboard', folder: '/tmp' });
    },
  );
  handle(
    ipcMain as never,
    () => trusted,
    'board:revert',
    () => {
      throw new Error('disk on fire');
    },
  );
  handle(
    ipcMain as never,
    () => trusted,
    'recent:list',
    // A handler with a bug: an entry without its title, and a key the contract does not declare.
    () =>
      ok([
        { id: 'r1', fileName: 'a.scaleboard', folder: '/tmp', openedAt: 'now', exists: true, path: '/tmp/a' },
      ] as never),
  );
  handle(
    ipcMain as never,
    () => trusted,
    'board:release',
    () => ok({ secret: '/home/me' } as never),
  );
  const invoke = (channel: string, ...args: unknown[]) => listeners.get(channel)!({} as IpcMainInvokeEvent, ...args);
  return { invoke, calls };
}

const board = createBoard('Board', { now: '2026-01-01T00:00:00.000Z' });

describe('the IPC handler wrapper', () => {
  it('passes parsed arguments to the handler and returns its result', async () => {
    const { invoke, calls } = setup();
    expect(await invoke('board:save', 'h1', board)).toEqual(
      ok({ handle: 'h1', fileName: 'x.scaleboard', folder: '/tmp' }),
    );
    expect(calls).toEqual([['h1', 'Board']]);
  });

  it('refuses a sender that is not an app window before anything runs', async () => {
    const { invoke, calls } = setup(false);
    expect(await invoke('board:save', 'h1', board)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(calls).toEqual([]);
  });

  it.each([
    ['a path instead of a handle', ['/etc/passwd', board]],
    ['a board that fails the schema', ['h1', { ...board, schemaVersion: 9 }]],
    ['missing arguments', []],
    ['extra arguments', ['h1', board, 'more']],
  ])('refuses %s with an invalid-request error', async (_name, args) => {
    const { invoke, calls } = setup();
    const result = await invoke('board:save', ...args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(calls).toEqual([]);
  });

  it('turns a thrown error into an error result', async () => {
    const { invoke } = setup();
    expect(await invoke('board:revert', 'h1')).toEqual(
      err(
        'internal-error',
        'Something went wrong in Scaleboard (disk on fire). The board on screen is unchanged; try again, and if it happens again use File › Save As… to keep a copy.',
      ),
    );
  });

  it('refuses a reply that breaks the contract, naming what is wrong, instead of passing it to the window', async () => {
    const { invoke } = setup();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const reply = (await invoke('recent:list')) as { ok: false; error: { code: string; message: string } };
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal-error' } });
    expect(reply.error.message).toContain('its reply broke the contract');
    expect(reply.error.message).toContain('title');
    expect(await invoke('board:release', 'h1')).toMatchObject({ ok: false, error: { code: 'internal-error' } });
    expect(errors).toHaveBeenCalledWith('[scaleboard] recent:list failed', expect.any(Error));
    errors.mockRestore();
  });

  it('passes only what the contract declares', async () => {
    const listeners = new Map<string, Listener>();
    const ipcMain = { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) };
    handle(
      ipcMain as never,
      () => true,
      'board:save',
      (_event, handleId) =>
        ok({ handle: handleId, fileName: 'x.scaleboard', folder: '/tmp', path: '/tmp/x.scaleboard' } as never),
    );
    const reply = await listeners.get('board:save')!({} as IpcMainInvokeEvent, 'h1', board);
    expect(reply).toEqual(ok({ handle: 'h1', fileName: 'x.scaleboard', folder: '/tmp' }));
  });
});
