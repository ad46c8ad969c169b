import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BoardDocument, OpenedBoard, Result, SavedBoard } from '../../../domain';
import { err, ok, parseBoardFile, serializeBoard } from '../../../domain';
import { writeFileAtomically } from './atomic-write';

export const BOARD_EXTENSION = '.scaleboard';
/** Far above any real board (a 20,000-card board is about 30 MB); guards against opening the wrong file. */
export const MAX_BOARD_FILE_BYTES = 256 * 1024 * 1024;

/**
 * Opens, saves and reverts board files. The window refers to an open file only by the handle this service
 * gave it, so a path the user never chose can never be read or written through IPC.
 */
export class BoardFileService {
  private readonly paths = new Map<string, string>();
  private nextHandle = 1;

  /** Reads and validates a board file; the file itself is never changed, whatever it holds. */
  async open(filePath: string): Promise<Result<OpenedBoard>> {
    const read = await readBoard(filePath);
    if (!read.ok) return read;
    return ok({ ...this.describe(this.handleFor(filePath)), document: read.value });
  }

  async save(handle: string, document: BoardDocument): Promise<Result<SavedBoard>> {
    const filePath = this.paths.get(handle);
    if (!filePath) return unknownHandle();
    return this.write(filePath, document);
  }

  /** Saves to a path the user chose in main's own dialog, and returns the handle for that file. */
  async saveAs(filePath: string, document: BoardDocument): Promise<Result<SavedBoard>> {
    return this.write(withBoardExtension(filePath), document);
  }

  async revert(handle: string): Promise<Result<OpenedBoard>> {
    const filePath = this.paths.get(handle);
    if (!filePath) return unknownHandle();
    const read = await readBoard(filePath);
    if (!read.ok) return read;
    return ok({ ...this.describe(handle), document: read.value });
  }

  release(handle: string): void {
    this.paths.delete(handle);
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
    try {
      await writeFileAtomically(filePath, serializeBoard(document), { backup: true });
    } catch (error) {
      return err('save-failed', `Could not save ${path.basename(filePath)}: ${describeFsError(error)}`);
    }
    return ok(this.describe(this.handleFor(filePath)));
  }

  private describe(handle: string): SavedBoard {
    const filePath = this.paths.get(handle)!;
    return { handle, fileName: path.basename(filePath), folder: path.dirname(filePath) };
  }
}

/** Reads a board file from disk and validates it, refusing anything too large, unreadable or invalid. */
export async function readBoard(filePath: string): Promise<Result<BoardDocument>> {
  const name = path.basename(filePath);
  let text: string;
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) return err('not-a-file', `${name} is not a file.`);
    if (stat.size > MAX_BOARD_FILE_BYTES) {
      return err(
        'too-large',
        `${name} is ${formatMiB(stat.size)}; Scaleboard opens board files up to ${formatMiB(MAX_BOARD_FILE_BYTES)}.`,
      );
    }
    text = await fs.readFile(filePath, 'utf8');
  } catch (error) {
    return err('read-failed', `Could not open ${name}: ${describeFsError(error)}`);
  }
  const parsed = parseBoardFile(text);
  if (!parsed.ok) return err(parsed.error.code, `Could not open ${name}. ${parsed.error.message}`);
  return parsed;
}

export function withBoardExtension(filePath: string): string {
  return filePath.toLowerCase().endsWith(BOARD_EXTENSION) ? filePath : `${filePath}${BOARD_EXTENSION}`;
}

function unknownHandle(): Result<never> {
  return err('unknown-handle', 'That board is no longer open in this window; use Save As… to choose a file.');
}

function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MiB`;
}

/** A file-system error in words a facilitator can act on. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'the file or its folder no longer exists.';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied.';
    case 'ENOSPC':
      return 'the disk is full.';
    case 'EROFS':
      return 'the disk is read-only.';
    case 'EISDIR':
      return 'that is a folder, not a file.';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
