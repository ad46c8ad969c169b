import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { BoardDocument } from '../../../domain';
import type { RecoveryEntry } from '../../../contract';
import { serializeBoard, validateBoard } from '../../../domain';
import { writeFileAtomically } from './atomic-write';
import type { Fingerprint } from './board-file-service';
import { sha256 } from './board-file-service';

const recoveryHeaderSchema = z.object({
  format: z.literal('scaleboard-recovery'),
  savedAt: z.string(),
  /** The board file the unsaved changes belong to, or null for a board never saved. */
  filePath: z.string().nullable(),
  /** Why the copy was kept: unsaved work (the default), or the user's version set aside for one on disk. */
  reason: z.enum(['unsaved', 'replaced']).optional(),
  /** What the board file held when the window read it, so a save of the restored work can tell if it changed. */
  basedOn: z
    .object({ size: z.number(), mtimeMs: z.number(), sha256: z.string(), damaged: z.boolean().optional() })
    .optional(),
});
export type RecoveryFile = z.infer<typeof recoveryHeaderSchema> & { document: BoardDocument };

/** This run's copy of a board: its name is a hash of the board id, so no id can point outside the folder. */
const CURRENT = /^[0-9a-f]{32}\.json$/;
/** A copy set aside to be offered back: one left by an earlier run or by a window that crashed. */
const OFFERED = /^offered-([0-9a-f]{32})\.json$/;
export const RECOVERY_ID = /^[0-9a-f]{32}$/;

/**
 * Copies of boards with unsaved changes, kept in the app's data folder so that a crash costs nothing.
 *
 * There are two kinds. While a window works, each board with unsaved changes has one *current* copy, which the
 * window rewrites shortly after each change; main drops it when the board is saved, and the window when it undoes
 * the board back to its saved version, which main cannot see.
 * When the window's work ends without a save (the app or the window crashed), the current copies are *set aside*
 * as *offered* copies, each with an id of its own, and the window offers them back. Nothing the window does to
 * its current copy touches an offered one: an offered copy goes only when the user declines it, or when the
 * board it was restored into is saved.
 */
export class RecoveryStore {
  /** Offered copies restored into the window, by board id: saving that board makes them redundant. */
  private readonly restored = new Map<string, Set<string>>();
  /**
   * By board id, the version last saved or kept in place of the one on disk: a copy of it that arrives afterwards
   * was sent before the window heard of the save, and would only offer back what is safe. Every change stamps the
   * board's updatedAt, so a later copy is told apart by that alone; only a copy with the same stamp is hashed, and
   * compared with the digest the save already took of the file's bytes.
   */
  private readonly settled = new Map<string, Settled>();
  /**
   * Every operation runs after the one before, in the order asked: a write still in flight when a crashed page's
   * successor sets copies aside lands first and is set aside with them, and an older write never lands last.
   */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly folder: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Writes the current copy of a board's unsaved work. Offered copies restored into that board are then part of
   * this copy, which supersedes them: they go, so a later crash offers the newer work once, and declining it
   * (Don't Save, Revert) declines them too. A copy of the very document just saved (or kept) is not written.
   */
  write(document: BoardDocument, filePath: string | null, basedOn?: Fingerprint): Promise<void> {
    return this.inTurn(async () => {
      const settled = this.settled.get(document.id);
      if (settled !== undefined) {
        if (settled.updatedAt === document.updatedAt && settled.sha256 === digestOf(document)) return;
        this.settled.delete(document.id);
      }
      await this.writeCopy(this.currentFile(document.id), document, filePath, 'unsaved', basedOn);
      await this.dropRestored(document.id);
    });
  }

  /** Keeps the user's version of a board as an offered copy, when they chose to open the one on disk instead. */
  keep(document: BoardDocument, filePath: string | null, basedOn?: Fingerprint): Promise<string> {
    return this.inTurn(async () => {
      this.settled.set(document.id, { updatedAt: document.updatedAt, sha256: digestOf(document) });
      const id = randomBytes(16).toString('hex');
      await this.writeCopy(this.offeredFile(id), document, filePath, 'replaced', basedOn);
      return id;
    });
  }

  /**
   * Turns every current copy into an offered one. Called whenever the facilitator's page starts (app:startup):
   * at start-up, for the copies a crashed run left, and after a crashed page reloads. Returns how many copies
   * were set aside.
   */
  setAside(): Promise<number> {
    return this.inTurn(async () => {
      const names = await fs.readdir(this.folder).catch(() => [] as string[]);
      let count = 0;
      for (const name of names.filter((n) => CURRENT.test(n))) {
        if (await this.moveAside(path.join(this.folder, name))) count += 1;
      }
      this.restored.clear(); // a new page has restored nothing yet, nor has anything left to send late
      this.settled.clear();
      return count;
    });
  }

  /** Every readable offered copy, newest first; unreadable ones are left in place and skipped. */
  async list(): Promise<RecoveryEntry[]> {
    return (await this.inTurn(() => this.offered())).map(({ id, file }) => ({
      id,
      boardId: file.document.id,
      title: file.document.title,
      fileName: file.filePath ? path.basename(file.filePath) : null,
      savedAt: file.savedAt,
      reason: file.reason ?? 'unsaved',
    }));
  }

  /** The id of the newest offered copy of unsaved work on the board file at `filePath`, if there is one. */
  async offeredFor(filePath: string): Promise<{ id: string; savedAt: string } | null> {
    const resolved = path.resolve(filePath);
    const found = (await this.inTurn(() => this.offered())).find(
      ({ file }) => file.filePath !== null && path.resolve(file.filePath) === resolved && file.reason !== 'replaced',
    );
    return found ? { id: found.id, savedAt: found.file.savedAt } : null;
  }

  private async offered(): Promise<{ id: string; file: RecoveryFile }[]> {
    const names = await fs.readdir(this.folder).catch(() => [] as string[]);
    const copies: { id: string; file: RecoveryFile }[] = [];
    for (const name of names) {
      const id = OFFERED.exec(name)?.[1];
      const file = id ? await this.readFile(path.join(this.folder, name)) : null;
      if (id && file) copies.push({ id, file });
    }
    return copies.sort((a, b) => b.file.savedAt.localeCompare(a.file.savedAt));
  }

  /** The current copy of a board, if the window has written one. */
  current(boardId: string): Promise<RecoveryFile | null> {
    return this.inTurn(() => this.readFile(this.currentFile(boardId)));
  }

  /** An offered copy, to restore into the window; it stays until that board is saved. */
  restore(id: string): Promise<RecoveryFile | null> {
    return this.inTurn(async () => {
      if (!RECOVERY_ID.test(id)) return null;
      const copy = await this.readFile(this.offeredFile(id));
      if (copy) {
        const ids = this.restored.get(copy.document.id) ?? new Set();
        this.restored.set(copy.document.id, ids.add(id));
      }
      return copy;
    });
  }

  /** The user declined an offered copy. */
  decline(id: string): Promise<void> {
    return this.inTurn(async () => {
      if (RECOVERY_ID.test(id)) await fs.rm(this.offeredFile(id), { force: true });
    });
  }

  /**
   * The board is back at its saved version (`declined` false), or the user declined its changes (Don't Save,
   * Revert to Saved): its current copy goes, and when declined, so do the offered copies restored into it.
   */
  discard(boardId: string, declined = false): Promise<void> {
    return this.inTurn(() => this.drop(boardId, declined));
  }

  /**
   * The board is saved (main says so on every save; the window never asks): its current copy goes, so do the
   * offered copies restored into it, and a copy of this very document that the window sent meanwhile is not written.
   * `sha256` is the digest of the saved file's bytes, which the save took already.
   */
  saved(document: BoardDocument, sha256 = digestOf(document)): Promise<void> {
    return this.inTurn(async () => {
      this.settled.set(document.id, { updatedAt: document.updatedAt, sha256 });
      await this.drop(document.id, true);
    });
  }

  /** Removes a board's current copy and, with `restoredToo`, the offered copies restored into it. */
  private async drop(boardId: string, restoredToo: boolean): Promise<void> {
    await fs.rm(this.currentFile(boardId), { force: true });
    if (restoredToo) await this.dropRestored(boardId);
  }

  private async dropRestored(boardId: string): Promise<void> {
    const restored = this.restored.get(boardId);
    this.restored.delete(boardId);
    for (const id of restored ?? []) await fs.rm(this.offeredFile(id), { force: true });
  }

  private inTurn<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation, operation);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Renames a current copy to an offered one; where a rename is refused (an antivirus holding the file), copies it. */
  private async moveAside(file: string): Promise<boolean> {
    const target = this.offeredFile(randomBytes(16).toString('hex'));
    try {
      await fs.rename(file, target);
      return true;
    } catch (renameError) {
      try {
        await fs.copyFile(file, target, fsConstants.COPYFILE_EXCL);
        await fs.rm(file, { force: true }).catch(() => undefined);
        return true;
      } catch (copyError) {
        console.warn(`[scaleboard] could not set aside the recovery copy ${file}:`, renameError, copyError);
        return false;
      }
    }
  }

  private async writeCopy(
    target: string,
    document: BoardDocument,
    filePath: string | null,
    reason: RecoveryFile['reason'],
    basedOn: Fingerprint | undefined,
  ): Promise<void> {
    await fs.mkdir(this.folder, { recursive: true });
    const file: RecoveryFile = {
      format: 'scaleboard-recovery',
      savedAt: this.clock().toISOString(),
      filePath,
      reason,
      ...(basedOn ? { basedOn } : {}),
      document,
    };
    await writeFileAtomically(target, `${JSON.stringify(file)}\n`);
  }

  private currentFile(boardId: string): string {
    return path.join(this.folder, `${sha256(boardId).slice(0, 32)}.json`);
  }

  private offeredFile(id: string): string {
    return path.join(this.folder, `offered-${id}.json`);
  }

  private async readFile(filePath: string): Promise<RecoveryFile | null> {
    try {
      const raw = JSON.parse(await fs.readFile(filePath, 'utf8')) as { document?: unknown };
      const header = recoveryHeaderSchema.safeParse(raw);
      // The board is checked as a board file is: the fast check first, then the full schema.
      const document = header.success ? validateBoard(raw.document) : null;
      if (header.success && document?.success) return { ...header.data, document: document.data };
      console.warn(`[scaleboard] skipped an unreadable recovery copy: ${filePath}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        console.warn(`[scaleboard] skipped an unreadable recovery copy: ${filePath}`, error);
      }
    }
    return null;
  }
}

/** A version of a board, by its change stamp and the digest of its file's bytes. */
interface Settled {
  updatedAt: string;
  sha256: string;
}

/** The digest a board file of this document has (BoardFileService's fingerprint): copies alike hold the same work. */
function digestOf(document: BoardDocument): string {
  return sha256(serializeBoard(document));
}
