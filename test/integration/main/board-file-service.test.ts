import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createExampleBoard, serializeBoard, updateBoard } from '../../../domain';
import { BoardFileService, MAX_BOARD_FILE_BYTES } from '../../../electron/main/files/board-file-service';
import { writeFileAtomically } from '../../../electron/main/files/atomic-write';

const NOW = '2026-06-01T10:00:00.000Z';
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-files-'));
});

describe('BoardFileService', () => {
  it('saves a board, keeps the previous version as .bak and leaves no temporary file', async () => {
    const files = new BoardFileService();
    const board = createExampleBoard(NOW);
    const saved = await files.saveAs(path.join(folder, 'review'), board);
    expect(saved).toMatchObject({ ok: true, value: { fileName: 'review.scaleboard', folder } });
    const target = path.join(folder, 'review.scaleboard');
    const first = readFileSync(target, 'utf8');
    expect(first).toBe(serializeBoard(board));

    const renamed = updateBoard(board, { title: 'Renamed' }, { now: NOW });
    const again = await files.save(saved.ok ? saved.value.handle : '', renamed);
    expect(again.ok).toBe(true);
    expect(JSON.parse(readFileSync(target, 'utf8')).title).toBe('Renamed');
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe(first);
    expect(readdirSync(folder).sort()).toEqual(['review.scaleboard', 'review.scaleboard.bak']);

    // The backup is a link to the replaced file, not to the new one: a third save moves it on by one.
    const second = readFileSync(target, 'utf8');
    await files.save(saved.ok ? saved.value.handle : '', updateBoard(renamed, { title: 'Third' }, { now: NOW }));
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe(second);
    expect(JSON.parse(readFileSync(target, 'utf8')).title).toBe('Third');
  });

  it('opens a saved board and reverts to it, by handle only', async () => {
    const files = new BoardFileService();
    const board = createExampleBoard(NOW);
    const target = path.join(folder, 'b.scaleboard');
    writeFileSync(target, serializeBoard(board));
    const opened = await files.open(target);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.document).toEqual(board);
    expect(opened.value.handle).toMatch(/^h\d+$/);
    expect(files.handleFor(target)).toBe(opened.value.handle);
    expect(await files.revert(opened.value.handle)).toMatchObject({ ok: true, value: { document: board } });
    files.release(opened.value.handle);
    expect(await files.save(opened.value.handle, board)).toMatchObject({
      ok: false,
      error: { code: 'unknown-handle' },
    });
  });

  const refusals: [string, (text: string) => string, string][] = [
    ['a corrupt file', () => '{"format": "scaleboard", "schemaVersion": 1, "initiatives": [}', 'invalid-json'],
    ['a truncated file', (text) => text.slice(0, Math.floor(text.length * 0.6)), 'truncated-file'],
    [
      'a file with a newer schema version',
      (text) => text.replace(/"schemaVersion":\d+/, '"schemaVersion":99'),
      'newer-version',
    ],
    ['an empty file', () => '', 'empty-file'],
    ['a file of blanks', () => ' \n\t\n', 'empty-file'],
    [
      'a board that fails the schema',
      (text) => text.replace(/"riskTier":"high"/, '"riskTier":"extreme"'),
      'invalid-board',
    ],
  ];
  it.each(refusals)('refuses %s without changing a byte of it', async (_name, damage, code) => {
    const target = path.join(folder, 'damaged.scaleboard');
    const bytes = Buffer.from(damage(serializeBoard(createExampleBoard(NOW))), 'utf8');
    writeFileSync(target, bytes);
    const result = await new BoardFileService().open(target);
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message).toMatch(/^Could not open damaged\.scaleboard\. /);
    expect(readFileSync(target).equals(bytes)).toBe(true);
    expect(readdirSync(folder)).toEqual(['damaged.scaleboard']);
  });

  it('reports a missing file and a folder clearly', async () => {
    const files = new BoardFileService();
    expect(await files.open(path.join(folder, 'gone.scaleboard'))).toMatchObject({
      ok: false,
      error: {
        code: 'read-failed',
        message: 'Could not open gone.scaleboard: the file or its folder no longer exists.',
      },
    });
    expect(await files.open(folder)).toMatchObject({ ok: false, error: { code: 'not-a-file' } });
  });

  it('refuses a file over the size limit unread, saying both sizes as a spreadsheet import does', async () => {
    const huge = path.join(folder, 'huge.scaleboard');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_BOARD_FILE_BYTES + 1); // sparse: no disk is used
    expect(await new BoardFileService().open(huge)).toMatchObject({
      ok: false,
      error: {
        code: 'too-large',
        message: 'huge.scaleboard is 256.0 MiB; Scaleboard opens board files up to 256 MiB.',
      },
    });
  });
});

describe('writeFileAtomically', () => {
  it('writes through symbolic links to the file they lead to, which gets the .bak beside it', async () => {
    // desk/q4.scaleboard → ../shared/current.scaleboard → q4-final.scaleboard, as people point at a shared file.
    const desk = path.join(folder, 'desk');
    const shared = path.join(folder, 'shared');
    mkdirSync(desk);
    mkdirSync(shared);
    const file = path.join(shared, 'q4-final.scaleboard');
    const board = createExampleBoard(NOW);
    writeFileSync(file, serializeBoard(board));
    symlinkSync('q4-final.scaleboard', path.join(shared, 'current.scaleboard'));
    symlinkSync('../shared/current.scaleboard', path.join(desk, 'q4.scaleboard'));
    const files = new BoardFileService();
    const opened = await files.open(path.join(desk, 'q4.scaleboard'));
    if (!opened.ok) throw new Error(opened.error.message);
    const renamed = updateBoard(board, { title: 'Renamed' }, { now: NOW });
    expect(await files.save(opened.value.handle, renamed)).toMatchObject({ ok: true });

    expect(lstatSync(path.join(desk, 'q4.scaleboard')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(desk, 'q4.scaleboard'))).toBe('../shared/current.scaleboard');
    expect(readlinkSync(path.join(shared, 'current.scaleboard'))).toBe('q4-final.scaleboard');
    expect(readFileSync(file, 'utf8')).toBe(serializeBoard(renamed));
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(serializeBoard(board));
    expect(readdirSync(desk)).toEqual(['q4.scaleboard']);
    expect(readdirSync(shared).sort()).toEqual([
      'current.scaleboard',
      'q4-final.scaleboard',
      'q4-final.scaleboard.bak',
    ]);
  });

  it('refuses a link that leads back to itself, and a link to a missing file gets the file', async () => {
    const loop = path.join(folder, 'loop.scaleboard');
    symlinkSync('loop.scaleboard', loop);
    const files = new BoardFileService();
    const refused = await files.saveAs(loop, createExampleBoard(NOW));
    expect(refused).toMatchObject({ ok: false, error: { code: 'save-failed' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/link that leads back to itself/);
    expect(readlinkSync(loop)).toBe('loop.scaleboard');

    const dangling = path.join(folder, 'next.scaleboard');
    symlinkSync('planned.scaleboard', dangling);
    const board = createExampleBoard(NOW);
    expect(await files.saveAs(dangling, board)).toMatchObject({ ok: true });
    expect(readlinkSync(dangling)).toBe('planned.scaleboard');
    expect(readFileSync(path.join(folder, 'planned.scaleboard'), 'utf8')).toBe(serializeBoard(board));
  });

  it.each(['600', '640'])('keeps a board saved with mode %s so after saves, and its .bak too', async (octal) => {
    const mode = parseInt(octal, 8);
    const target = path.join(folder, 'private.scaleboard');
    const board = createExampleBoard(NOW);
    writeFileSync(target, serializeBoard(board));
    chmodSync(target, mode);
    const files = new BoardFileService();
    const opened = await files.open(target);
    if (!opened.ok) throw new Error(opened.error.message);
    // Two saves: the second .bak is the file the first save wrote.
    for (const title of ['Second', 'Third']) {
      expect((await files.save(opened.value.handle, updateBoard(board, { title }, { now: NOW }))).ok).toBe(true);
    }
    expect(JSON.parse(readFileSync(target, 'utf8')).title).toBe('Third');
    expect((statSync(target).mode & 0o777).toString(8)).toBe(octal);
    expect((statSync(`${target}.bak`).mode & 0o777).toString(8)).toBe(octal);
  });

  it('replaces the whole file and leaves no temporary file behind', async () => {
    const target = path.join(folder, 'a.txt');
    await writeFileAtomically(target, 'old');
    await writeFileAtomically(target, 'new', { backup: true });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('old');
    expect(readdirSync(folder).sort()).toEqual(['a.txt', 'a.txt.bak']);
  });
});
