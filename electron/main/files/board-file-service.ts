import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { BoardDocument, Result } from '../../../domain';
import type { OpenedBoard, SavedBoard } from '../../../contract';
import {
  BOARD_EXTENSION,
  err,
  formatBytes,
  hasBoardExtension,
  MAX_BOARD_FILE_BYTES,
  ok,
  parseBoardFile,
  serializeBoard,
} from '../../../domain';
import { writeFileAtomically } from './atomic-write';

/** Far above any real board (a 20,000-card board is about 30 MB); guards against opening the wrong file. */
export { MAX_BOARD_FILE_BYTES };

/** What was read from, or written to, a board file: enough to tell whether someone else has changed it since. */
export interface Fingerprint {
  size: number;
  mtimeMs: number;
  /**
   * SHA-256 of the bytes, for when the time changed and the size did not: a sync tool touching the file is not a
   * change. Size and time both unchanged are trusted without reading the file, which keeps a save of a large
   * board fast; a rewrite of the same size within one tick of a coarse clock (FAT's two seconds) goes unseen.
   */
  sha256: string;
  /**
   * The file held a damaged board, whose backup or recovery copy the user opened instead: the next save keeps it
   * aside as `.damaged`. Kept with a recovery copy's fingerprint, so a restored copy knows it too.
   */
  damaged?: boolean;
}

/** What no file holds: a handle that remembers it finds any file on disk changed. */
const UNKNOWN_CONTENT: Fingerprint = { size: -1, mtimeMs: -1, sha256: '' };

export interface SaveOptions {
  /** Write even if the file changed on disk since it was read: the user chose to overwrite it. */
  overwrite?: boolean;
}

/**
 * Opens, saves and reverts board files. The window refers to an open file only by the handle this service
 * gave it, so a path the user never chose can never be read or written through IPC. What was read is
 * remembered, so a save onto a file someone else changed since is refused until the user decides.
 */
export class BoardFileService {
  private readonly paths = new Map<string, string>();
  private readonly fingerprints = new Map<string, Fingerprint>();
  private nextHandle = 1;

  /** Reads and validates a board file; the file itself is never changed, whatever it holds. */
  async open(filePath: string): Promise<Result<OpenedBoard>> {
    const read = await readBoardFile(filePath);
    if (!read.ok) return read;
    const handle = this.handleFor(filePath);
    this.fingerprints.set(handle, read.value.fingerprint);
    return ok({ ...this.describe(handle), document: read.value.document });
  }

  /** Saves to the board's file, unless someone else changed that file since it was read (`changed-on-disk`). */
  async save(handle: string, document: BoardDocument, options: SaveOptions = {}): Promise<Result<SavedBoard>> {
    const filePath = this.paths.get(handle);
    if (!filePath) return unknownHandle();
    if (!options.overwrite && (await this.changedOnDisk(handle, filePath))) {
      return err(
        'changed-on-disk',
        `${path.basename(filePath)} was changed on disk since you opened it, by someone else or another program.`,
      );
    }
    return this.write(filePath, document);
  }

  /** What the window's copy of a file was read from, to keep beside its recovery copy. */
  fingerprintOf(handle: string): Fingerprint | undefined {
    return this.fingerprints.get(handle);
  }

  /**
   * A file handle for a board restored from a recovery copy, which remembers what that copy was read from. A copy
   * that does not say (one of a board never read from this file) counts as read from nothing: Save asks first.
   */
  handleForRestored(filePath: string, basedOn: Fingerprint | undefined): string {
    const handle = this.handleFor(filePath);
    this.fingerprints.set(handle, basedOn ?? UNKNOWN_CONTENT);
    return handle;
  }

  /** Saves to a path the user chose in main's own dialog, and returns the handle for that file. */
  async saveAs(filePath: string, document: BoardDocument): Promise<Result<SavedBoard>> {
    return this.write(withBoardExtension(filePath), document);
  }

  async revert(handle: string): Promise<Result<OpenedBoard>> {
    const filePath = this.paths.get(handle);
    if (!filePath) return unknownHandle();
    const read = await readBoardFile(filePath);
    if (!read.ok) return read;
    this.fingerprints.set(handle, read.value.fingerprint);
    return ok({ ...this.describe(handle), document: read.value.document });
  }

  /**
   * A handle for a damaged board file whose backup or recovery copy the user opened instead. What it holds now is
   * remembered as for any file read, and the first save copies it aside to `<name>.damaged` rather than making it
   * the `.bak`, so the good backup stays.
   */
  async adoptDamaged(filePath: string): Promise<string> {
    const handle = this.handleFor(filePath);
    const read = await readBytes(filePath).catch(() => null);
    if (read && 'fingerprint' in read) this.fingerprints.set(handle, { ...read.fingerprint, damaged: true });
    else this.fingerprints.delete(handle); // nothing left to keep aside
    return handle;
  }

  release(handle: string): void {
    this.paths.delete(handle);
    this.fingerprints.delete(handle);
  }

  pathOf(handle: string): string | undefined {
    return this.paths.get(handle);
  }

  /** The handle for a path, reusing the one already given for the same file. */
  handleFor(filePath: string): string {
    const resolved = path.resolve(filePath);
    for (const [handle, known] of this.paths) if (known === resolved) return handle;
    const handle = `h${this.nextHandle++}`;
    this.paths.set(handle, resolved);
    return handle;
  }

  private async write(filePath: string, document: BoardDocument): Promise<Result<SavedBoard>> {
    const data = Buffer.from(serializeBoard(document), 'utf8');
    const handle = this.handleFor(filePath);
    const damaged = this.fingerprints.get(handle)?.damaged === true;
    let stat: { size: number; mtimeMs: number };
    try {
      // A damaged file is copied aside rather than made the .bak, which keeps the good backup; the write itself
      // is the usual one (permissions, links and a read-only file as for any save).
      if (damaged) await keepDamaged(filePath);
      await writeFileAtomically(filePath, data, { backup: !damaged });
      stat = await fs.stat(filePath);
    } catch (error) {
      return err('save-failed', `Could not save ${path.basename(filePath)}: ${describeFsError(error, 'save')}`);
    }
    this.fingerprints.set(handle, { size: stat.size, mtimeMs: stat.mtimeMs, sha256: sha256(data) });
    return ok(this.describe(handle));
  }

  /**
   * True when the file's bytes are no longer those read or written through this handle. The size and time
   * answer at once; when they differ, the bytes decide, so a file merely touched is not a conflict. A file
   * that is gone is not one either: saving puts it back.
   */
  private async changedOnDisk(handle: string, filePath: string): Promise<boolean> {
    const known = this.fingerprints.get(handle);
    if (!known) return false;
    try {
      const stat = await fs.stat(filePath);
      if (stat.size === known.size && stat.mtimeMs === known.mtimeMs) return false;
      if (stat.size !== known.size) return true;
      const now = sha256(await fs.readFile(filePath));
      if (now !== known.sha256) return true;
      this.fingerprints.set(handle, { ...known, mtimeMs: stat.mtimeMs });
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code !== 'ENOENT';
    }
  }

  describe(handle: string): SavedBoard {
    const filePath = this.paths.get(handle)!;
    return { handle, fileName: path.basename(filePath), folder: path.dirname(filePath) };
  }
}

/** Reads a board file from disk and validates it, refusing anything too large, unreadable or invalid. */
export async function readBoard(filePath: string): Promise<Result<BoardDocument>> {
  const read = await readBoardFile(filePath);
  return read.ok ? ok(read.value.document) : read;
}

/** readBoard, with the fingerprint of the bytes it read. */
export async function readBoardFile(
  filePath: string,
): Promise<Result<{ document: BoardDocument; fingerprint: Fingerprint }>> {
  const name = path.basename(filePath);
  let bytes: Buffer;
  let fingerprint: Fingerprint;
  try {
    const read = await readBytes(filePath);
    if ('refused' in read) return read.refused;
    ({ bytes, fingerprint } = read);
  } catch (error) {
    return err('read-failed', `Could not open ${name}: ${describeFsError(error)}`);
  }
  const parsed = parseBoardFile(bytes.toString('utf8'));
  if (!parsed.ok) return err(parsed.error.code, `Could not open ${name}. ${parsed.error.message}`);
  return ok({ document: parsed.value, fingerprint });
}

/** The bytes of a board file and their fingerprint, from one open file (its size and time agree with the bytes). */
async function readBytes(
  filePath: string,
): Promise<{ bytes: Buffer; fingerprint: Fingerprint } | { refused: Result<never> }> {
  const name = path.basename(filePath);
  const handle = await fs.open(filePath, 'r');
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { refused: err('not-a-file', `${name} is not a file.`) };
    if (stat.size > MAX_BOARD_FILE_BYTES) {
      return {
        refused: err(
          'too-large',
          `${name} is ${formatBytes(stat.size)}; Scaleboard opens board files up to ${formatBytes(MAX_BOARD_FILE_BYTES)}.`,
        ),
      };
    }
    const bytes = await handle.readFile();
    return { bytes, fingerprint: { size: bytes.length, mtimeMs: stat.mtimeMs, sha256: sha256(bytes) } };
  } finally {
    await handle.close();
  }
}

/**
 * Keeps a damaged board file beside the file it is (through any link) as `<name>.damaged`, or `.damaged-2`… when
 * an earlier one is there: a new file with the damaged bytes, writable by its owner and flushed to disk before
 * the save replaces the damaged file.
 */
async function keepDamaged(filePath: string): Promise<void> {
  let real: string;
  try {
    real = await fs.realpath(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // nothing left to keep
    throw error;
  }
  const bytes = await fs.readFile(real);
  for (let n = 1; ; n += 1) {
    const target = `${real}.damaged${n === 1 ? '' : `-${n}`}`;
    let handle: FileHandle;
    try {
      handle = await fs.open(target, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && n < 100) continue;
      throw error;
    }
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return;
  }
}

/** True when the file at `filePath` no longer holds the bytes `fingerprint` describes (or cannot be read). */
export async function fileChangedSince(filePath: string, fingerprint: Fingerprint): Promise<boolean> {
  try {
    return sha256(await fs.readFile(filePath)) !== fingerprint.sha256;
  } catch {
    return true;
  }
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function withBoardExtension(filePath: string): string {
  return hasBoardExtension(filePath) ? filePath : `${filePath}${BOARD_EXTENSION}`;
}

function unknownHandle(): Result<never> {
  return err('unknown-handle', 'That board is no longer open in this window; use Save As… to choose a file.');
}

/** What the facilitator was doing: a failed save can always be taken elsewhere with Save As…. */
export type FsOperation = 'open' | 'save';

interface FsErrorWords {
  /** What happened, as said when opening. */
  cause: string;
  /** What happened, as said when saving, where a save meets it differently. */
  causeOnSave?: string;
  /** What to do when a save fails so. */
  remedy: string;
}

const ELSEWHERE = 'Use Save As… to save it to another folder or disk.';
const FREE_SPACE = 'Free some space and save again, or use Save As… to save it to another disk.';

const FS_ERROR_WORDS: Record<string, FsErrorWords> = {
  ENOENT: { cause: 'the file or its folder no longer exists.', remedy: 'Use Save As… to choose a folder.' },
  EACCES: {
    cause: 'permission denied.',
    causeOnSave: 'the folder or the file is read-only, locked, or not yours to change.',
    remedy: ELSEWHERE,
  },
  EROFS: { cause: 'the disk is read-only.', remedy: ELSEWHERE },
  ENOSPC: { cause: 'the disk is full.', remedy: FREE_SPACE },
  EDQUOT: { cause: 'you have used all the space your account may use on this disk.', remedy: FREE_SPACE },
  EFBIG: {
    cause: 'the file is larger than this disk or your account allows (a USB stick formatted FAT32 takes up to 4 GB).',
    remedy: ELSEWHERE,
  },
  EBUSY: {
    cause: 'another program is using the file (a sync or backup tool, or an app that has it open).',
    remedy: 'Close it or wait a moment, then try again; or use Save As… to save a copy elsewhere.',
  },
  EMFILE: { cause: 'too many files are open at once.', remedy: 'Close some other programs, then try again.' },
  ENAMETOOLONG: {
    cause: 'its name or the path of its folder is too long.',
    remedy: 'Use Save As… with a shorter name, or a folder nearer the top of the disk.',
  },
  EIO: {
    cause: 'the disk reported an error while reading or writing.',
    remedy: 'Check the disk or its connection and try again, or use Save As… to save it to another disk.',
  },
  ETIMEDOUT: {
    cause: 'the network folder did not answer.',
    remedy: 'Check the connection and try again, or use Save As… to save it on this computer.',
  },
  EISDIR: { cause: 'that is a folder, not a file.', remedy: 'Use Save As… to choose a file name.' },
  ENOTDIR: { cause: 'part of its path is a file, not a folder.', remedy: 'Use Save As… to choose a folder.' },
  EEXIST: { cause: 'a file is in the way where a folder should be.', remedy: 'Use Save As… to choose a folder.' },
  ELOOP: { cause: 'it is a link that leads back to itself.', remedy: 'Use Save As… to choose a file.' },
};
/** Codes that mean the same to a facilitator as one above. */
const SAME_AS: Record<string, string> = {
  EPERM: 'EACCES',
  ETXTBSY: 'EBUSY',
  ENFILE: 'EMFILE',
  ESTALE: 'ETIMEDOUT',
  EHOSTDOWN: 'ETIMEDOUT',
  EHOSTUNREACH: 'ETIMEDOUT',
  ENETDOWN: 'ETIMEDOUT',
  ENETUNREACH: 'ETIMEDOUT',
  ECONNRESET: 'ETIMEDOUT',
};

/** A file-system error in words a facilitator can act on; for a save, with what to do instead. */
export function describeFsError(error: unknown, operation: FsOperation = 'open'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const words = code ? FS_ERROR_WORDS[SAME_AS[code] ?? code] : undefined;
  if (!words) return error instanceof Error ? error.message : String(error);
  return operation === 'open' ? words.cause : `${words.causeOnSave ?? words.cause} ${words.remedy}`;
}
