import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recoveryEntrySchema } from '../../../contract';
import { createBoard, createExampleBoard } from '../../../domain';
import { RecoveryStore } from '../../../electron/main/files/recovery-store';

const NOW = '2026-06-01T10:00:00.000Z';

describe('RecoveryStore', () => {
  it('keeps one current copy per board, and offers them back once set aside', async () => {
    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'scaleboard-recovery-')), 'recovery');
    let tick = 0;
    const store = new RecoveryStore(folder, () => new Date(Date.parse(NOW) + 1000 * tick++));
    const example = createExampleBoard(NOW);
    const fresh = createBoard('Never saved', { now: NOW });
    await store.write(example, '/boards/q4.scaleboard');
    await store.write({ ...example, title: 'Newer' }, '/boards/q4.scaleboard');
    await store.write(fresh, null);
    expect((await store.current(example.id))?.document.title).toBe('Newer');
    // A window's own copies are not offered while it works.
    expect(await store.list()).toEqual([]);

    expect(await store.setAside()).toBe(2);
    const offered = await store.list();
    expect(offered.map(({ id: _id, ...entry }) => entry)).toStrictEqual([
      {
        boardId: fresh.id,
        title: 'Never saved',
        fileName: null,
        savedAt: '2026-06-01T10:00:02.000Z',
        reason: 'unsaved',
      },
      {
        boardId: example.id,
        title: 'Newer',
        fileName: 'q4.scaleboard',
        savedAt: '2026-06-01T10:00:01.000Z',
        reason: 'unsaved',
      },
    ]);
    expect(await store.current(example.id)).toBeNull();
    expect(await store.restore(offered[1]!.id)).toMatchObject({
      filePath: '/boards/q4.scaleboard',
      document: { ...example, title: 'Newer' },
    });
  });

  it('never lets the window’s own copy touch an offered one: only declining it, or saving its board, removes it', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-recovery-'));
    const store = new RecoveryStore(folder);
    const board = createExampleBoard(NOW);
    await store.write({ ...board, title: 'Work before the crash' }, '/boards/q4.scaleboard');
    await store.setAside();
    const [offered] = await store.list();

    // The crashed board reopened from its file is clean, so the window drops its own copy; then it edits again.
    await store.discard(board.id);
    await store.write({ ...board, title: 'Work after the restart' }, '/boards/q4.scaleboard');
    await store.discard(board.id);
    expect((await store.list()).map((e) => e.id)).toEqual([offered!.id]);

    // Saving a board the copy was not restored into leaves it; saving after restoring it removes it.
    await store.saved(board);
    expect(await store.list()).toHaveLength(1);
    expect((await store.restore(offered!.id))?.document.title).toBe('Work before the crash');
    await store.saved(board);
    expect(await store.list()).toEqual([]);

    await store.write({ ...board, title: 'Work after the save' }, null);
    await store.setAside();
    await store.decline((await store.list())[0]!.id);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('lets the window’s copy of a restored board supersede the offered copy, so it is offered once and declined with it', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-recovery-'));
    const store = new RecoveryStore(folder);
    const board = createExampleBoard(NOW);
    await store.write({ ...board, title: 'Before the first crash' }, null);
    await store.setAside();
    const [first] = await store.list();
    await store.restore(first!.id);
    await store.write({ ...board, title: 'Restored, then more work' }, null);
    expect(await store.list()).toEqual([]);
    await store.setAside(); // a second crash
    expect((await store.list()).map((e) => e.title)).toEqual(['Restored, then more work']);

    const [second] = await store.list();
    await store.restore(second!.id);
    await store.write({ ...board, title: 'Declined' }, null);
    await store.discard(board.id, true); // Don't Save
    expect(readdirSync(folder)).toEqual([]);

    // Restored and declined before the window wrote a copy of its own: declined too. Back at the saved version
    // instead, it stays offered.
    await store.write(board, null);
    await store.setAside();
    const [third] = await store.list();
    await store.restore(third!.id);
    await store.discard(board.id, false);
    expect(await store.list()).toHaveLength(1);
    await store.discard(board.id, true);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('offers back a board whatever its id, in the form the contract lets through', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-recovery-'));
    const store = new RecoveryStore(folder);
    const board = { ...createExampleBoard(NOW), id: 'team/q4\\..' };
    await store.write(board, null);
    await store.setAside();
    const [entry] = await store.list();
    expect(entry?.boardId).toBe(board.id);
    expect(recoveryEntrySchema.safeParse(entry).success).toBe(true);
    expect(readdirSync(folder).every((name) => /^[\w.-]+$/.test(name))).toBe(true);
  });

  it('writes no copy of a board as it was just saved or kept, which a window sent before it heard so', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-recovery-'));
    const store = new RecoveryStore(folder);
    const board = createExampleBoard(NOW);
    await store.saved(board);
    await store.write({ ...board }, '/boards/q4.scaleboard');
    expect(await store.current(board.id)).toBeNull();
    // Once the board moves on, every copy is written again, even one that holds the saved version.
    await store.write({ ...board, title: 'Changed' }, '/boards/q4.scaleboard');
    await store.write(board, '/boards/q4.scaleboard');
    expect((await store.current(board.id))?.document.title).toBe(board.title);

    const mine = { ...board, title: 'Mine' };
    await store.keep(mine, '/boards/q4.scaleboard');
    await store.discard(board.id);
    await store.write(mine, '/boards/q4.scaleboard');
    expect(await store.current(board.id)).toBeNull();
    // A new page has sent nothing late.
    await store.setAside();
    await store.write(mine, '/boards/q4.scaleboard');
    expect((await store.current(board.id))?.document.title).toBe('Mine');
  });

  it('keeps the user’s version beside the one on disk, as a copy of its own', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-recovery-'));
    const store = new RecoveryStore(folder);
    const board = createExampleBoard(NOW);
    await store.write(board, '/boards/q4.scaleboard');
    const id = await store.keep({ ...board, title: 'Mine' }, '/boards/q4.scaleboard');
    expect(await store.list()).toMatchObject([{ id, title: 'Mine', reason: 'replaced' }]);
    expect((await store.current(board.id))?.document.title).toBe(board.title);
  });

  it('refuses ids that are not its own', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-recovery-'));
    writeFileSync(path.join(folder, 'keep.json'), '{}');
    const store = new RecoveryStore(folder);
    expect(await store.restore('../keep')).toBeNull();
    await store.decline('../keep');
    expect(readdirSync(folder)).toEqual(['keep.json']);
  });

  it('skips an unreadable copy without deleting it, and never writes outside its folder', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-recovery-'));
    writeFileSync(path.join(folder, 'broken.json'), '{"format": "scaleboard-recovery", "document": {');
    writeFileSync(path.join(folder, `offered-${'0'.repeat(32)}.json`), '{"format": "scaleboard-recovery"');
    const store = new RecoveryStore(folder);
    await store.write(createBoard('x', { now: NOW, newId: () => '../../escape' }), null);
    await store.setAside();
    expect(await store.list()).toHaveLength(1);
    expect(readdirSync(folder)).toHaveLength(3);
    expect(readdirSync(folder)).toContain('broken.json');
  });

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await new RecoveryStore('/nonexistent/recovery').list()).toEqual([]);
  });
});
