import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBoard, createExampleBoard } from '../../../domain';
import { RecoveryStore } from '../../../electron/main/files/recovery-store';

const NOW = '2026-06-01T10:00:00.000Z';

describe('RecoveryStore', () => {
  it('writes a copy per board, lists them newest first and restores the exact document', async () => {
    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'scaleboard-recovery-')), 'recovery');
    let tick = 0;
    const store = new RecoveryStore(folder, () => new Date(Date.parse(NOW) + 1000 * tick++));
    const example = createExampleBoard(NOW);
    const fresh = createBoard('Never saved', { now: NOW });
    await store.write(example, '/boards/q4.scaleboard');
    await store.write(fresh, null);
    expect(await store.list()).toEqual([
      { boardId: fresh.id, title: 'Never saved', fileName: null, savedAt: '2026-06-01T10:00:01.000Z' },
      { boardId: example.id, title: example.title, fileName: 'q4.scaleboard', savedAt: '2026-06-01T10:00:00.000Z' },
    ]);
    expect(await store.read(example.id)).toMatchObject({ filePath: '/boards/q4.scaleboard', document: example });

    await store.write({ ...example, title: 'Newer' }, '/boards/q4.scaleboard');
    expect((await store.list()).filter((e) => e.boardId === example.id)).toHaveLength(1);
    await store.discard(example.id);
    expect((await store.list()).map((e) => e.boardId)).toEqual([fresh.id]);
  });

  it('skips an unreadable copy without deleting it, and never writes outside its folder', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-recovery-'));
    writeFileSync(path.join(folder, 'broken.json'), '{"format": "scaleboard-recovery", "document": {');
    const store = new RecoveryStore(folder);
    await store.write(createBoard('x', { now: NOW, newId: () => '../../escape' }), null);
    expect(await store.list()).toHaveLength(1);
    expect(readdirSync(folder)).toHaveLength(2);
    expect(readdirSync(folder)).toContain('broken.json');
  });

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await new RecoveryStore('/nonexistent/recovery').list()).toEqual([]);
  });
});
