/**
 * Boards live in shared and synced folders: a save never overwrites what someone else wrote since the board
 * was read, unless the user says so.
 */
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createExampleBoard, serializeBoard, updateBoard } from '../../../domain';
import { BoardFileService, fileChangedSince, readBoardFile } from '../../../electron/main/files/board-file-service';

const NOW = '2026-06-01T10:00:00.000Z';
let folder: string;
let target: string;
const board = createExampleBoard(NOW);
const mine = updateBoard(board, { title: 'Mine' }, { now: NOW });
const theirs = serializeBoard(updateBoard(board, { title: 'Theirs' }, { now: NOW }));

beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-writers-'));
  target = path.join(folder, 'shared.scaleboard');
  writeFileSync(target, serializeBoard(board));
});

async function opened(files: BoardFileService): Promise<string> {
  const result = await files.open(target);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.handle;
}

describe('a save onto a file someone else changed', () => {
  it('is refused, leaving their file as they wrote it, until the user chooses to overwrite', async () => {
    const files = new BoardFileService();
    const handle = await opened(files);
    writeFileSync(target, theirs);
    const refused = await files.save(handle, mine);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'changed-on-disk', message: expect.stringMatching(/^shared\.scaleboard was changed on disk/) },
    });
    expect(readFileSync(target, 'utf8')).toBe(theirs);

    expect((await files.save(handle, mine, { overwrite: true })).ok).toBe(true);
    expect(JSON.parse(readFileSync(target, 'utf8')).title).toBe('Mine');
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe(theirs);
    // What we wrote is what we now know: the next save goes through.
    expect((await files.save(handle, board)).ok).toBe(true);
  });

  it('is refused when the bytes changed but the size did not', async () => {
    const files = new BoardFileService();
    const handle = await opened(files);
    const original = readFileSync(target, 'utf8');
    const sameSize = original.replace('"Harbourline', '"Harbourlinf');
    expect(sameSize).not.toBe(original);
    expect(sameSize.length).toBe(original.length);
    writeFileSync(target, sameSize);
    expect((await files.save(handle, mine)).ok).toBe(false);
  });

  it('goes through when the file was only touched, or is gone', async () => {
    const files = new BoardFileService();
    const handle = await opened(files);
    const later = new Date(Date.now() + 60_000);
    utimesSync(target, later, later);
    expect((await files.save(handle, mine)).ok).toBe(true);
    rmSync(target);
    expect((await files.save(handle, board)).ok).toBe(true);
    expect(JSON.parse(readFileSync(target, 'utf8')).title).toBe(board.title);
  });

  it('is refused after a revert only if the file changed again', async () => {
    const files = new BoardFileService();
    const handle = await opened(files);
    writeFileSync(target, theirs);
    expect((await files.revert(handle)).ok).toBe(true);
    expect((await files.save(handle, mine)).ok).toBe(true);
  });

  it('knows a restored recovery copy by what its board was read from', async () => {
    const files = new BoardFileService();
    const read = await readBoardFile(target);
    if (!read.ok) throw new Error(read.error.message);
    writeFileSync(target, theirs);
    expect(await fileChangedSince(target, read.value.fingerprint)).toBe(true);
    const handle = files.handleForRestored(target, read.value.fingerprint);
    expect(await files.save(handle, mine)).toMatchObject({ ok: false, error: { code: 'changed-on-disk' } });
  });
});
