import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { BoardDocument, RecoveryEntry } from '../../../domain';
import { validateBoard } from '../../../domain';
import { writeFileAtomically } from './atomic-write';

const recoveryHeaderSchema = z.object({
  format: z.literal('scaleboard-recovery'),
  savedAt: z.string(),
  /** The board file the unsaved changes belong to, or null for a board never saved. */
  filePath: z.string().nullable(),
});
export type RecoveryFile = z.infer<typeof recoveryHeaderSchema> & { document: BoardDocument };

/**
 * Copies of boards with unsaved changes, kept in the app's data folder so that a crash costs nothing. One
 * file per board id; the file name is a hash, so no board id can point outside the folder.
 */
export class RecoveryStore {
  constructor(
    private readonly folder: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async write(document: BoardDocument, filePath: string | null): Promise<void> {
    await fs.mkdir(this.folder, { recursive: true });
    const file: RecoveryFile = {
      format: 'scaleboard-recovery',
      savedAt: this.clock().toISOString(),
      filePath,
      document,
    };
    await writeFileAtomically(this.fileFor(document.id), `${JSON.stringify(file)}\n`);
  }

  /** Every readable recovery copy, newest first; unreadable ones are left in place and skipped. */
  async list(): Promise<RecoveryEntry[]> {
    const names = await fs.readdir(this.folder).catch(() => [] as string[]);
    const entries: RecoveryEntry[] = [];
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      const file = await this.readFile(path.join(this.folder, name));
      if (!file) continue;
      entries.push({
        boardId: file.document.id,
        title: file.document.title,
        fileName: file.filePath ? path.basename(file.filePath) : null,
        savedAt: file.savedAt,
      });
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async read(boardId: string): Promise<RecoveryFile | null> {
    return this.readFile(this.fileFor(boardId));
  }

  async discard(boardId: string): Promise<void> {
    await fs.rm(this.fileFor(boardId), { force: true });
  }

  private fileFor(boardId: string): string {
    return path.join(this.folder, `${createHash('sha256').update(boardId).digest('hex').slice(0, 32)}.json`);
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
