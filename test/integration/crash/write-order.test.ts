/**
 * What the kill test cannot see. SIGKILL leaves the page cache, so a save without its flushes survives every kill
 * there and is lost only to a power cut. So here the calls themselves are watched, on the real file system: the
 * temporary file is written, flushed to disk, renamed over the target, and then the folder is flushed, which
 * makes the rename itself durable. A flush removed, or moved after the step it protects, fails this test.
 */
import { mkdtempSync, promises as fsp, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomically } from '../../../electron/main/files/atomic-write';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-order-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(folder, { recursive: true, force: true });
});

/** Which file a path is, in the words of the expected order (temporary names are random). */
function kind(file: string): string {
  const name = path.relative(folder, String(file));
  if (name === '') return 'folder';
  if (name === 'board.scaleboard') return 'target';
  if (name === 'board.scaleboard.bak') return 'backup';
  if (/^\.board\.scaleboard\.[0-9a-f]{12}\.tmp$/.test(name)) return 'temp';
  if (/^board\.scaleboard\.bak\.[0-9a-f]{12}\.tmp$/.test(name)) return 'backup-temp';
  return `other ${name}`;
}

/** Records, as each finishes, every write, flush and rename the writer makes through `node:fs` promises. */
function watchCalls(): string[] {
  const calls: string[] = [];
  const record = (call: string): void => {
    if (calls.at(-1) !== call) calls.push(call); // a write in several pieces is one write
  };
  const open = fsp.open.bind(fsp);
  vi.spyOn(fsp, 'open').mockImplementation(async (file, flags, mode) => {
    const handle = await open(file, flags, mode);
    const label = kind(String(file));
    const watch = (method: 'write' | 'writeFile' | 'writev' | 'sync' | 'datasync', call: string): void => {
      const real = handle[method].bind(handle) as (...args: unknown[]) => Promise<unknown>;
      (handle as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
        const result = await real(...args);
        record(`${call} ${label}`);
        return result;
      };
    };
    for (const method of ['write', 'writeFile', 'writev'] as const) watch(method, 'write');
    for (const method of ['sync', 'datasync'] as const) watch(method, 'flush');
    return handle as FileHandle;
  });
  const rename = fsp.rename.bind(fsp);
  vi.spyOn(fsp, 'rename').mockImplementation(async (from, to) => {
    await rename(from, to);
    record(`rename ${kind(String(from))} to ${kind(String(to))}`);
  });
  return calls;
}

it('writes the temporary file, flushes it, renames it over the target, then flushes the folder', async () => {
  const target = path.join(folder, 'board.scaleboard');
  writeFileSync(target, 'old');
  const calls = watchCalls();
  await writeFileAtomically(target, 'new', { backup: true });
  expect(readFileSync(target, 'utf8')).toBe('new');
  expect(readFileSync(`${target}.bak`, 'utf8')).toBe('old');
  // The steps that make the new file durable, in the order they happened; the .bak's own link and rename sit
  // between them and are not part of the order asked for.
  expect(calls.filter((call) => / (temp|folder)$|^rename temp /.test(call))).toEqual([
    'write temp',
    'flush temp',
    'rename temp to target',
    'flush folder',
  ]);
});
