/**
 * Saves that the operating system refuses: a read-only folder, a read-only file, a file-size limit. Each runs in
 * a child process (save-once-child.ts), as a real save would meet the refusal: root ignores file modes, so when
 * the tests run as root the child drops to `nobody`; the size limit is the shell's `ulimit -f`, which makes the
 * kernel answer EFBIG as a full disk or a FAT stick would refuse the write. After each, the old file and its .bak
 * are byte for byte what they were, no temporary file is left, and the message says what to do.
 */
import { execFile } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BoardDocument, Result } from '../../../domain';
import type { SavedBoard } from '../../../contract';
import { createExampleBoard, serializeBoard, updateBoard } from '../../../domain';
import { BoardFileService, describeFsError } from '../../../electron/main/files/board-file-service';
import { generatedBoard } from '../../support/generated-inventory';

const NOW = '2026-06-01T10:00:00.000Z';
const CHILD = path.join(__dirname, 'save-once-child.ts');
const RUNNING_AS_ROOT = process.getuid?.() === 0;
/** The unprivileged user a root test run saves as (Debian's and macOS's `nobody`). */
const NOBODY = 65534;
const run = promisify(execFile);

let root: string;
let boards: string;
let target: string;
beforeEach(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-refused-'));
  chmodSync(root, 0o755); // mkdtemp makes it 0700: the unprivileged child must reach into it
  boards = path.join(root, 'boards');
  mkdirSync(boards);
  target = path.join(boards, 'portfolio.scaleboard');
  // Two saves, so the file has a .bak that must survive too.
  const files = new BoardFileService();
  const first = await files.saveAs(target, createExampleBoard(NOW));
  if (!first.ok) throw new Error(first.error.message);
  await files.save(first.value.handle, updateBoard(createExampleBoard(NOW), { title: 'Second' }, { now: NOW }));
  if (RUNNING_AS_ROOT) for (const p of [boards, target, `${target}.bak`]) chownSync(p, NOBODY, NOBODY);
});
afterEach(() => {
  chmodSync(boards, 0o755);
  rmSync(root, { recursive: true, force: true });
});

interface ChildSave {
  uid: number | null;
  result: Result<SavedBoard>;
}

/** Saves `document` over `target` in a child process, unprivileged (nobody, when this runs as root) or limited. */
async function saveInChild(document: BoardDocument, limit: { fileSizeBlocks?: number } = {}): Promise<ChildSave> {
  const documentJson = path.join(root, 'document.json');
  writeFileSync(documentJson, JSON.stringify(document), { mode: 0o644 });
  const node = [process.execPath, '--import', 'tsx', CHILD, target, documentJson];
  // `ulimit -f` counts 512-byte blocks in POSIX sh; the child is exec'd so the limit is its own.
  const [command, ...args] = limit.fileSizeBlocks
    ? ['/bin/sh', '-c', `ulimit -f ${limit.fileSizeBlocks} && exec "$@"`, 'sh', ...node]
    : node;
  const user = RUNNING_AS_ROOT ? { uid: NOBODY, gid: NOBODY } : {};
  const { stdout } = await run(command!, args, { ...user, timeout: 60_000 });
  return JSON.parse(stdout) as ChildSave;
}

/** Everything a failed save must leave as it was: the file, its .bak, and the folder's listing. */
function snapshot(): { file: Buffer; backup: Buffer; names: string[] } {
  return { file: readFileSync(target), backup: readFileSync(`${target}.bak`), names: readdirSync(boards).sort() };
}

function expectUntouched(before: ReturnType<typeof snapshot>): void {
  const after = snapshot();
  expect(after.names).toEqual(before.names);
  expect(after.file.equals(before.file)).toBe(true);
  expect(after.backup.equals(before.backup)).toBe(true);
}

const changed = updateBoard(createExampleBoard(NOW), { title: 'Third' }, { now: NOW });

describe('a save the operating system refuses', () => {
  it('into a folder the user may not write keeps the old file and says to save elsewhere', async () => {
    chmodSync(boards, 0o555);
    const before = snapshot();
    const { uid, result } = await saveInChild(changed);
    expect(uid, 'the save must run unprivileged, or root would write anyway').not.toBe(0);
    expect(result).toMatchObject({ ok: false, error: { code: 'save-failed' } });
    if (result.ok) return;
    expect(result.error.message).toMatch(/^Could not save portfolio\.scaleboard: /);
    expect(result.error.message).toMatch(/read-only/);
    expect(result.error.message).toMatch(/Save As… to save it to another folder or disk/);
    expectUntouched(before);
  });

  it('onto a file marked read-only keeps it as it is and says so, though its folder may be written', async () => {
    chmodSync(target, 0o444);
    const before = snapshot();
    const { uid, result } = await saveInChild(changed);
    expect(uid, 'the save must run unprivileged, or root would write anyway').not.toBe(0);
    expect(result).toMatchObject({ ok: false, error: { code: 'save-failed' } });
    if (result.ok) return;
    expect(result.error.message).toMatch(/read-only/);
    expect(result.error.message).toMatch(/Save As…/);
    expectUntouched(before);
  });

  it('beyond the space the disk allows (EFBIG) keeps the old file and says to save to another disk', async () => {
    const blocks = 256;
    const large = { ...generatedBoard(1000), title: 'Too large for the limit' };
    expect(serializeBoard(large).length).toBeGreaterThan(blocks * 1024);
    const before = snapshot();
    const { result } = await saveInChild(large, { fileSizeBlocks: blocks });
    expect(result).toMatchObject({ ok: false, error: { code: 'save-failed' } });
    if (result.ok) return;
    expect(result.error.message).not.toMatch(/EFBIG/);
    expect(result.error.message).toMatch(/larger than/);
    expect(result.error.message).toMatch(/Save As… to save it to another folder or disk/);
    expectUntouched(before);
  });
});

describe('describeFsError', () => {
  const codes = [
    'EACCES',
    'EPERM',
    'EROFS',
    'ENOSPC',
    'EDQUOT',
    'EFBIG',
    'EBUSY',
    'ETXTBSY',
    'EMFILE',
    'ENFILE',
    'ENAMETOOLONG',
    'EIO',
    'ETIMEDOUT',
  ];
  it.each(codes)('tells a facilitator what to do when a save fails with %s', (code) => {
    const words = describeFsError(Object.assign(new Error(`${code}: raw system message`), { code }), 'save');
    expect(words).not.toMatch(/raw system message|E[A-Z]{3,}/);
    expect(words).toMatch(/Save As…|try again|Free some space/);
  });

  it('keeps the words for opening without advice about saving', () => {
    const missing = Object.assign(new Error('ENOENT: raw'), { code: 'ENOENT' });
    expect(describeFsError(missing)).toBe('the file or its folder no longer exists.');
    const refused = Object.assign(new Error('EACCES: raw'), { code: 'EACCES' });
    expect(describeFsError(refused)).not.toMatch(/Save As/);
  });
});
