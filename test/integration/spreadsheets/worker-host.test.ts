import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { actionsCsv, addActions, createBoard } from '../../../domain';
import { measuredCall } from '../../support/spreadsheet-worker';

let folder: string;
beforeAll(() => (folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-host-'))));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('forkHost', () => {
  it("keeps a dying process's out-of-memory report to itself and passes on the line that says why", async () => {
    const wide = path.join(folder, 'wide.csv');
    const row = Array.from({ length: 10 }, (_, i) => `value ${i} of a long enough row`).join(',');
    writeFileSync(
      wide,
      `${Array.from({ length: 10 }, (_, i) => `Column ${i}`).join(',')}\n${`${row}\n`.repeat(200_000)}`,
    );
    const { result, logged } = await measuredCall('open', [wide, undefined, {}], { heapMb: 64 });
    expect(result).toMatchObject({ ok: false, error: { code: 'worker-failed' } });
    // V8's report went into the pipe, not to this process's standard error, and its first line says what happened.
    expect(logged).toEqual([
      expect.stringMatching(
        /^\[scaleboard\] the spreadsheet process stopped: it ended with (SIGABRT|SIGTRAP|code \d+) \(FATAL ERROR: .*JavaScript heap out of memory\)$/,
      ),
    ]);
  });
});

describe('the actions CSV', () => {
  it('is written in the spreadsheet process, as actionsCsv writes it', async () => {
    const now = '2026-06-01T09:00:00.000Z';
    const board = addActions(createBoard('Actions', { now }), [{ title: 'Name a data owner', owner: 'Ana' }], { now });
    const { result } = await measuredCall('actionsCsv', [board, now]);
    expect(result).toEqual({ ok: true, value: actionsCsv(board, now) });
    expect(result.ok && result.value.split('\r\n')[1]).toMatch(/^Name a data owner,Open,Ana,/);
  });
});
