import type { BrowserWindow } from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Result } from '../../../domain';
import type { OpenedBoard } from '../../../contract';
import { ok } from '../../../domain';
import type { BoardFileService } from './board-file-service';
import { readBoardFile } from './board-file-service';
import type { MainContext } from '../context';
import type { RecoveryStore } from './recovery-store';
import { showMessageBox } from '../windows/dialogs';

/** What a board file that will not open may hold: it is damaged, not merely unreadable, too large or newer. */
const DAMAGED = new Set(['empty-file', 'truncated-file', 'invalid-json', 'invalid-board', 'not-a-board']);

/**
 * Opens a board file; when it is damaged and its backup (`.bak`) or a recovery copy of it can be read, says so
 * in the same message and offers to open one of them instead. Either opens with unsaved changes, still
 * belonging to the damaged file: Save writes it there, and the damaged file is kept beside as `.damaged`.
 * Null when the user cancels.
 */
export async function openBoardOrAlternative(
  context: Pick<MainContext, 'files' | 'recovery' | 'settings'>,
  win: BrowserWindow | undefined,
  filePath: string,
): Promise<Result<OpenedBoard | null>> {
  const result = await openOrOffer(context.files, context.recovery, win, filePath);
  // What opens goes to the top of the recent list (and so the menu), whichever way it was opened.
  if (result.ok && result.value) {
    context.settings.addRecent(context.files.pathOf(result.value.handle)!, result.value.document.title);
  }
  return result;
}

async function openOrOffer(
  files: BoardFileService,
  recovery: RecoveryStore,
  win: BrowserWindow | undefined,
  filePath: string,
): Promise<Result<OpenedBoard | null>> {
  const opened = await files.open(filePath);
  if (opened.ok || !DAMAGED.has(opened.error.code)) return opened;

  const resolved = path.resolve(filePath);
  const name = path.basename(filePath);
  const backupPath = `${resolved}.bak`;
  const backup = await readBoardFile(backupPath);
  const backupTime = backup.ok ? (await fs.stat(backupPath)).mtime : null;
  const copy = await recovery.offeredFor(resolved);
  if (!backup.ok && !copy) return opened;

  const offers = [
    ...(backup.ok ? [`a backup from ${backupTime!.toLocaleString()} (${name}.bak)`] : []),
    ...(copy ? [`a recovery copy of unsaved work from ${new Date(copy.savedAt).toLocaleString()}`] : []),
  ];
  const buttons = ['Cancel', ...(backup.ok ? ['Open the Backup'] : []), ...(copy ? ['Restore the Recovery Copy'] : [])];
  const options = {
    type: 'warning' as const,
    buttons,
    defaultId: 1,
    cancelId: 0,
    noLink: true,
    message: opened.error.message,
    detail:
      `Scaleboard kept ${offers.join(' and ')}. What you open comes with unsaved changes: Save writes it to ` +
      `${name}, and the damaged file is kept beside it as ${name}.damaged.`,
  };
  const { response } = await showMessageBox(win, options);
  const choice = buttons[response];
  if (choice === 'Open the Backup' && backup.ok) {
    const handle = await files.adoptDamaged(resolved);
    return ok({ ...files.describe(handle), document: backup.value.document, restoredFrom: 'backup' });
  }
  if (choice === 'Restore the Recovery Copy' && copy) {
    const restored = await recovery.restore(copy.id);
    if (restored) {
      const handle = await files.adoptDamaged(resolved);
      return ok({ ...files.describe(handle), document: restored.document, restoredFrom: 'recovery' });
    }
  }
  return ok(null);
}
