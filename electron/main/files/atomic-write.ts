import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';

export interface AtomicWriteOptions {
  /** Keep the file being replaced as `<target>.bak`. */
  backup?: boolean;
}

/**
 * Writes `data` to `target` so that a reader, or the next start after a crash or power cut, always sees either
 * the complete old file or the complete new one: the bytes go to a temporary file in the same folder, are
 * flushed to disk, and only then renamed over the target (a rename within one folder is atomic). The new file
 * keeps the permissions of the one it replaces; a target the user may not write is refused (see modeToKeep). A
 * symbolic link stays a link: the file it leads to is the one replaced.
 */
export async function writeFileAtomically(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const file = await followLinks(target);
  const mode = await modeToKeep(file);
  const folder = path.dirname(file);
  const temp = path.join(folder, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  // Created with the kept mode, so a private board is never readable by others, even for a moment.
  const handle = await fs.open(temp, 'wx', mode ?? 0o644);
  try {
    await handle.writeFile(data);
    if (mode !== undefined) await handle.chmod(mode); // past the umask, which only narrowed it at creation
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    if (options.backup) await backUp(file);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncFolder(folder);
  await removeStaleTemporaries(file);
}

/** Links followed before giving up, as Linux does. */
const MAX_LINKS = 40;

/**
 * The file `target` leads to through symbolic links, so a board opened through a link (to a shared folder, say)
 * is saved there with its .bak beside it, and the link is kept. A link to a missing file leads to where it would be.
 */
async function followLinks(target: string): Promise<string> {
  let current = target;
  for (let hops = 0; hops <= MAX_LINKS; hops += 1) {
    let link: string;
    try {
      link = await fs.readlink(current);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EINVAL' || code === 'ENOENT') return current; // not a link, or nothing there yet
      throw error;
    }
    // A link's text is read from its real folder, as the system reads it (`..` after a linked folder included).
    current = path.resolve(await fs.realpath(path.dirname(current)), link);
  }
  throw Object.assign(new Error(`ELOOP: too many symbolic links, ${target}`), { code: 'ELOOP' });
}

/**
 * The permission bits of the file being replaced (a board kept private stays private), or undefined for a new
 * file. Replacing a file needs only the right to write its folder, so a rename would pass over a file marked
 * read-only or locked (the user's "do not change this"): the file's own write permission is asked first.
 */
async function modeToKeep(target: string): Promise<number | undefined> {
  try {
    const { mode } = await fs.stat(target);
    await fs.access(target, constants.W_OK);
    return mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Targets already cleared in this run: temporaries are left only by an earlier run that crashed. */
const cleared = new Set<string>();

/**
 * Temporary files a crash or power cut left beside the target (a write that never reached its rename), removed
 * after the first write to that target in this run, so later saves do not list the folder again. Scaleboard
 * runs as a single instance, so once this write has landed no other write to the same target is in flight.
 */
async function removeStaleTemporaries(target: string): Promise<void> {
  if (cleared.has(target)) return;
  cleared.add(target);
  const folder = path.dirname(target);
  const name = path.basename(target);
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  const stale = names.filter(
    (n) => /^[0-9a-f]{12}\.tmp$/.test(n.slice(-16)) && (n.startsWith(`.${name}.`) || n.startsWith(`${name}.bak.`)),
  );
  await Promise.all(stale.map((n) => fs.rm(path.join(folder, n), { force: true })));
}

/**
 * Keeps the current target as `<target>.bak`, itself atomically, so a crash never leaves half a backup. A hard
 * link costs nothing whatever the size (the old bytes stay on disk under the backup's name once the new file is
 * renamed over the target); a file system without links (FAT on a USB stick) gets a copy.
 */
async function backUp(target: string): Promise<void> {
  const bak = `${target}.bak`;
  const temp = `${bak}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await fs.link(target, temp);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // nothing to back up yet
    try {
      await fs.copyFile(target, temp);
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw copyError;
    }
  }
  await fs.rename(temp, bak);
}

/** Makes the rename itself durable where the platform allows opening a folder (not on Windows). */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(folder, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}
