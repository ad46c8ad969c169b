/** Saving over a damaged board file keeps the damaged bytes beside it and the good backup as it was. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createExampleBoard, serializeBoard } from '../../../domain';
import { BoardFileService } from '../../../electron/main/files/board-file-service';
import { RecoveryStore } from '../../../electron/main/files/recovery-store';

const NOW = '2026-06-01T10:00:00.000Z';
const BOARD = createExampleBoard(NOW);
const GOOD = serializeBoard(BOARD);
const DAMAGED = GOOD.slice(0, 200);

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-damaged-'));
});

async function saveOverDamaged(target: string): Promise<void> {
  const files = new BoardFileService();
  const handle = await files.adoptDamaged(target);
  const saved = await files.save(handle, BOARD);
  if (!saved.ok) throw new Error(saved.error.message);
}

describe('a save over a damaged board', () => {
  it('keeps the damaged file as .damaged, then .damaged-2, and never touches the .bak', async () => {
    const target = path.join(folder, 'q4.scaleboard');
    writeFileSync(`${target}.bak`, 'the good backup');
    writeFileSync(target, DAMAGED);
    await saveOverDamaged(target);
    expect(readFileSync(`${target}.damaged`, 'utf8')).toBe(DAMAGED);
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('the good backup');
    expect(readFileSync(target, 'utf8')).toBe(GOOD);

    writeFileSync(target, 'damaged again');
    await saveOverDamaged(target);
    expect(readFileSync(`${target}.damaged`, 'utf8')).toBe(DAMAGED);
    expect(readFileSync(`${target}.damaged-2`, 'utf8')).toBe('damaged again');
    expect(statSync(`${target}.damaged-2`).mode & 0o777).toBe(0o600);
  });

  it('keeps it beside the file a link leads to, and the link stays a link', async () => {
    const real = path.join(folder, 'shared', 'q4.scaleboard');
    mkdirSync(path.dirname(real));
    writeFileSync(real, DAMAGED);
    const link = path.join(folder, 'q4.scaleboard');
    symlinkSync(real, link);
    await saveOverDamaged(link);
    expect(readFileSync(`${real}.damaged`, 'utf8')).toBe(DAMAGED);
    expect(existsSync(`${link}.damaged`)).toBe(false);
    expect(readFileSync(real, 'utf8')).toBe(GOOD);
    expect(statSync(link).isFile() && readFileSync(link, 'utf8')).toBe(GOOD);
  });

  it('knows, through a recovery copy, that a restored board’s file is damaged', async () => {
    const target = path.join(folder, 'q4.scaleboard');
    writeFileSync(`${target}.bak`, 'the good backup');
    writeFileSync(target, DAMAGED);
    const before = new BoardFileService();
    const recovery = new RecoveryStore(path.join(folder, 'recovery'));
    const handle = await before.adoptDamaged(target);
    await recovery.write(BOARD, target, before.fingerprintOf(handle));
    await recovery.setAside(); // the app crashed

    const after = new BoardFileService();
    const [entry] = await recovery.list();
    const copy = await recovery.restore(entry!.id);
    const saved = await after.save(after.handleForRestored(copy!.filePath!, copy!.basedOn), copy!.document);
    expect(saved.ok).toBe(true);
    expect(readFileSync(`${target}.damaged`, 'utf8')).toBe(DAMAGED);
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('the good backup');
  });

  it('asks before saving a restored copy that does not say what its board was read from', async () => {
    const target = path.join(folder, 'q4.scaleboard');
    writeFileSync(target, GOOD);
    const files = new BoardFileService();
    const handle = files.handleForRestored(target, undefined);
    expect(await files.save(handle, BOARD)).toMatchObject({
      ok: false,
      error: { code: 'changed-on-disk' },
    });
  });
});
