/**
 * board:* and recovery:* as the window calls them, on real files: main alone drops a board's recovery copy when
 * it saves the board, whichever way the save goes.
 */
import { clipboard, dialog } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BoardDocument } from '../../../domain';
import { createExampleBoard, formatBytes, MAX_BOARD_FILE_BYTES, serializeBoard, updateBoard } from '../../../domain';
import type { MainContext } from '../../../electron/main/context';
import { BoardFileService } from '../../../electron/main/files/board-file-service';
import { readBoardsToCombine, setupBoardHandlers } from '../../../electron/main/files/board-handlers';
import { RecoveryStore } from '../../../electron/main/files/recovery-store';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const NOW = '2026-06-01T10:00:00.000Z';
const board = createExampleBoard(NOW);
const changed = (title: string): BoardDocument => updateBoard(board, { title }, { now: NOW });

function setup() {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-handlers-'));
  const boardPath = path.join(folder, 'q4.scaleboard');
  writeFileSync(boardPath, serializeBoard(board));
  const listeners = new Map<string, Listener>();
  const files = new BoardFileService();
  const recovery = new RecoveryStore(path.join(folder, 'recovery'));
  const context = {
    ipcMain: { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) },
    windows: { allows: () => true, windowOf: () => undefined },
    settings: { addRecent: () => undefined },
    files,
    recovery,
  };
  setupBoardHandlers(context as unknown as MainContext);
  const invoke = async (channel: string, ...args: unknown[]) => {
    const reply = (await listeners.get(channel)!({} as IpcMainInvokeEvent, ...args)) as {
      ok: boolean;
      value?: unknown;
    };
    if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply)}`);
    return reply.value;
  };
  /** The whole reply, ok or not. */
  const reply = (channel: string, ...args: unknown[]) => listeners.get(channel)!({} as IpcMainInvokeEvent, ...args);
  return { folder, boardPath, files, recovery, invoke, reply };
}

afterEach(() => vi.restoreAllMocks());

describe('a save through main', () => {
  it('drops the board’s recovery copy, and the offered copy restored into it, without the window asking', async () => {
    const { boardPath, files, recovery, invoke } = setup();
    const opened = await files.open(boardPath);
    if (!opened.ok) throw new Error(opened.error.message);
    const { handle } = opened.value;
    await invoke('recovery:write', changed('Before a crash'), handle);
    await recovery.setAside();
    const [offered] = await recovery.list();
    await invoke('recovery:restore', offered!.id);
    await invoke('recovery:write', changed('Restored, then more'), handle);
    expect(await recovery.current(board.id)).not.toBeNull();

    await invoke('board:save', handle, changed('Saved'));
    expect(await recovery.current(board.id)).toBeNull();
    await recovery.setAside();
    expect(await recovery.list()).toEqual([]);
  });

  it('drops it on Save As, and writes no copy of the saved board that the window sent before it heard', async () => {
    const { folder, recovery, invoke } = setup();
    const target = path.join(folder, 'copy.scaleboard');
    Object.assign(dialog, { showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: target })) });
    const saved = changed('Saved as');
    await invoke('recovery:write', saved, null);
    expect(await invoke('board:save-as', saved, null)).toMatchObject({ fileName: 'copy.scaleboard' });
    expect(await recovery.current(board.id)).toBeNull();

    // The autosave's timer fired while the reply was on its way back.
    await invoke('recovery:write', saved, null);
    expect(await recovery.current(board.id)).toBeNull();
    await invoke('recovery:write', changed('After the save'), null);
    expect((await recovery.current(board.id))?.document.title).toBe('After the save');
  });

  it('keeps the window’s version as an offered copy alone when it opens theirs instead', async () => {
    const { boardPath, files, recovery, invoke } = setup();
    const opened = await files.open(boardPath);
    if (!opened.ok) throw new Error(opened.error.message);
    writeFileSync(boardPath, serializeBoard(changed('Theirs')));
    Object.assign(dialog, { showMessageBox: vi.fn(async () => ({ response: 2, checkboxChecked: false })) });
    const mine = changed('Mine');
    await invoke('recovery:write', mine, opened.value.handle);

    expect(await invoke('board:save', opened.value.handle, mine)).toMatchObject({
      theirs: { document: { title: 'Theirs' } },
    });
    expect(await recovery.current(board.id)).toBeNull();
    await invoke('recovery:write', mine, opened.value.handle); // sent before the window heard
    expect(await recovery.current(board.id)).toBeNull();
    await recovery.setAside();
    expect(await recovery.list()).toMatchObject([{ title: 'Mine', reason: 'replaced' }]);
  });
});

describe('reading another board to compare with', () => {
  const answerOpen = (filePath: string | null) =>
    Object.assign(dialog, {
      showOpenDialog: vi.fn(async () => ({ canceled: filePath === null, filePaths: filePath ? [filePath] : [] })),
    });

  it('reads the chosen board without opening it: no handle, nothing recorded', async () => {
    const { boardPath, recovery, reply } = setup();
    answerOpen(boardPath);
    expect(await reply('board:read-other')).toEqual({
      ok: true,
      value: { fileName: 'q4.scaleboard', document: board },
    });
    await recovery.setAside();
    expect(await recovery.list()).toEqual([]);
  });

  it('answers null when the user cancels, and refuses a damaged file naming it', async () => {
    const { folder, reply: invokeRaw } = setup();
    answerOpen(null);
    expect(await invokeRaw('board:read-other')).toEqual({ ok: true, value: null });
    const damaged = path.join(folder, 'last quarter.scaleboard');
    writeFileSync(damaged, serializeBoard(board).slice(0, 500));
    answerOpen(damaged);
    const reply = (await invokeRaw('board:read-other')) as { ok: boolean; error?: { message: string } };
    expect(reply.ok).toBe(false);
    expect(reply.error?.message).toMatch(/last quarter\.scaleboard/);
  });
});

describe('reading boards to combine', () => {
  const answerOpen = (filePaths: string[] | null) => {
    const showOpenDialog = vi.fn(async (..._args: unknown[]) => ({
      canceled: filePaths === null,
      filePaths: filePaths ?? [],
    }));
    Object.assign(dialog, { showOpenDialog });
    return showOpenDialog;
  };

  it('asks for several boards and reads each, in the order chosen, without opening any', async () => {
    const { folder, boardPath, recovery, reply } = setup();
    const other = path.join(folder, 'south.scaleboard');
    writeFileSync(other, serializeBoard(changed('South')));
    const shown = answerOpen([boardPath, other]);
    expect(await reply('board:read-to-combine')).toEqual({
      ok: true,
      value: [
        { fileName: 'q4.scaleboard', document: board },
        { fileName: 'south.scaleboard', document: changed('South') },
      ],
    });
    expect(shown.mock.calls[0]!.at(-1)).toMatchObject({ properties: ['openFile', 'multiSelections'] });
    await recovery.setAside();
    expect(await recovery.list()).toEqual([]);
  });

  it('answers null when the user cancels, and refuses the whole choice when one board cannot be read, naming it', async () => {
    const { folder, boardPath, reply } = setup();
    answerOpen(null);
    expect(await reply('board:read-to-combine')).toEqual({ ok: true, value: null });
    const damaged = path.join(folder, 'north.scaleboard');
    writeFileSync(damaged, serializeBoard(board).slice(0, 500));
    answerOpen([boardPath, damaged]);
    const refused = (await reply('board:read-to-combine')) as { ok: boolean; error?: { message: string } };
    expect(refused.ok).toBe(false);
    expect(refused.error?.message).toMatch(/^Could not open north\.scaleboard\. .* Nothing was combined\.$/);
  });

  it('refuses boards that come to more than one board file may hold together, before reading any, naming their total', async () => {
    const { folder, reply } = setup();
    // Each under the limit for one file, together over it; sparse, so no disk is used and nothing could be parsed.
    const each = Math.floor(MAX_BOARD_FILE_BYTES * 0.6);
    const big = ['east.scaleboard', 'west.scaleboard'].map((name) => path.join(folder, name));
    for (const file of big) {
      writeFileSync(file, '');
      truncateSync(file, each);
    }
    answerOpen(big);
    expect(await reply('board:read-to-combine')).toEqual({
      ok: false,
      error: {
        code: 'boards-too-large',
        message: `The 2 boards chosen come to ${formatBytes(each * 2)} together; Scaleboard combines at most ${formatBytes(MAX_BOARD_FILE_BYTES)} of boards at once, the most one board file may hold. Nothing was combined. Combine fewer boards at once.`,
      },
    });
  });

  it('stops reading once the boards read hold more cards than a board may', async () => {
    const { folder, boardPath } = setup();
    const other = path.join(folder, 'south.scaleboard');
    writeFileSync(other, serializeBoard(changed('South')));
    // Never read: were it, its damage would be the error.
    const damaged = path.join(folder, 'north.scaleboard');
    writeFileSync(damaged, serializeBoard(board).slice(0, 500));
    const cards = board.initiatives.length;
    const limits = { bytes: MAX_BOARD_FILE_BYTES, cards: cards * 2 - 1 };
    expect(await readBoardsToCombine([boardPath, other, damaged], limits)).toEqual({
      ok: false,
      error: {
        code: 'boards-too-large',
        message: `q4.scaleboard and south.scaleboard hold ${cards * 2} cards together, and Scaleboard combines at most ${cards * 2 - 1} cards at once, the most a board holds. Nothing was combined. Combine fewer boards at once.`,
      },
    });
    // At the limit, both are read.
    const atLimit = await readBoardsToCombine([boardPath, other], { ...limits, cards: cards * 2 });
    expect(atLimit.ok && atLimit.value.map((b) => b.fileName)).toEqual(['q4.scaleboard', 'south.scaleboard']);
  });
});

describe('keeping a combine report', () => {
  const TEXT = 'Combined north + south: 2 boards, 52 cards, 26 matched: 26 cards on the combined board; 1 conflict.\n';

  it('puts its text on the clipboard', async () => {
    const { invoke } = setup();
    const writeText = vi.fn();
    Object.assign(clipboard, { writeText });
    expect(await invoke('combine:copy-report', TEXT)).toBeNull();
    expect(writeText).toHaveBeenCalledWith(TEXT);
  });

  it('saves its text where the user chooses, .txt added when no extension is given, and never over a board', async () => {
    const { folder, boardPath, invoke, reply } = setup();
    const showSaveDialog = vi.fn(async (..._args: unknown[]) => ({
      canceled: false,
      filePath: path.join(folder, 'report'),
    }));
    Object.assign(dialog, { showSaveDialog });
    expect(await invoke('combine:save-report', 'Q4 portfolio', TEXT)).toEqual({ fileName: 'report.txt', folder });
    expect(readFileSync(path.join(folder, 'report.txt'), 'utf8')).toBe(TEXT);
    expect(showSaveDialog.mock.calls[0]!.at(-1)).toMatchObject({
      defaultPath: expect.stringMatching(/Q4 portfolio — combine report\.txt$/),
    });

    const before = readFileSync(boardPath, 'utf8');
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: boardPath });
    expect(await reply('combine:save-report', 'Q4 portfolio', TEXT)).toEqual({
      ok: false,
      error: {
        code: 'not-a-report-file',
        message: 'q4.scaleboard is a board’s file name: save the report as a .txt file.',
      },
    });
    expect(readFileSync(boardPath, 'utf8')).toBe(before);

    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await invoke('combine:save-report', 'Q4 portfolio', TEXT)).toBeNull();
    expect(existsSync(path.join(folder, 'Q4 portfolio — combine report.txt'))).toBe(false);
  });
});
