import { promises as fs } from 'node:fs';

/** How long one file's check may take before it is left to finish alone: a network share that does not answer. */
export const PRESENCE_TIMEOUT_MS = 2_000;
/** How old the last check may be before a listing starts another, in the background. */
export const PRESENCE_MAX_AGE_MS = 30_000;

export interface FilePresenceOptions {
  /** Whether a file is there; the real file system unless a test says otherwise. */
  fileExists?: (filePath: string) => Promise<boolean>;
  timeoutMs?: number;
  maxAgeMs?: number;
  /** Called when a check finds that a file appeared or went away. */
  onChange?: () => void;
}

/**
 * Which files are there, as last seen, checked asynchronously so that a listing never waits on the disk (the
 * recent list is built on every save and menu refresh, and a share that does not answer would stall the app).
 * Files are checked one at a time; a check that times out is left running and no other starts until it returns,
 * so a dead share holds one of libuv's four threads at most, never the ones saves need.
 */
export class FilePresence {
  private readonly known = new Map<string, boolean>();
  /** Files whose last check timed out: checked after the others. */
  private readonly slow = new Set<string>();
  private checkedAt = -Infinity;
  private checking: Promise<void> | null = null;
  private waitingOn: Promise<unknown> | null = null;
  private readonly fileExists: (filePath: string) => Promise<boolean>;

  constructor(private readonly options: FilePresenceOptions = {}) {
    this.fileExists = options.fileExists ?? existsOnDisk;
  }

  /** Whether the file was there when last checked; undefined when it never was checked. */
  get(filePath: string): boolean | undefined {
    return this.known.get(filePath);
  }

  /** Records a file the app has just opened or saved, so it is not asked about. */
  markPresent(filePath: string): void {
    this.known.set(filePath, true);
  }

  /** True when the last check is older than the maximum age. */
  isStale(): boolean {
    return Date.now() - this.checkedAt > (this.options.maxAgeMs ?? PRESENCE_MAX_AGE_MS);
  }

  /** Checks the files now (or joins the check under way); never rejects, and never waits past one timeout. */
  check(filePaths: string[]): Promise<void> {
    this.checking ??= this.checkEach(filePaths).finally(() => (this.checking = null));
    return this.checking;
  }

  private async checkEach(filePaths: string[]): Promise<void> {
    if (this.waitingOn) return; // a share has not answered yet
    this.checkedAt = Date.now();
    const ordered = [...filePaths.filter((f) => !this.slow.has(f)), ...filePaths.filter((f) => this.slow.has(f))];
    let changed = false;
    for (const filePath of ordered) {
      const asked = this.fileExists(filePath).catch(() => true);
      const present = await withTimeout(asked, this.options.timeoutMs ?? PRESENCE_TIMEOUT_MS);
      if (present === undefined) {
        this.slow.add(filePath);
        this.waitingOn = asked.then((late) => {
          this.waitingOn = null;
          this.record(filePath, late);
        });
        break;
      }
      this.slow.delete(filePath);
      changed = this.record(filePath, present, false) || changed;
    }
    if (changed) this.options.onChange?.();
  }

  /** Stores an answer; true when it changes what a listing shows (a file never checked is shown as there). */
  private record(filePath: string, present: boolean, notify = true): boolean {
    const changed = (this.known.get(filePath) ?? true) !== present;
    this.known.set(filePath, present);
    if (changed && notify) this.options.onChange?.();
    return changed;
  }
}

/**
 * Only the system's "no such file" counts as missing: a file that cannot be looked at (permissions, a share that
 * refuses) is listed, and opening it says why it cannot be opened.
 */
async function existsOnDisk(filePath: string): Promise<boolean> {
  try {
    await fs.stat(filePath);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code !== 'ENOENT' && code !== 'ENOTDIR';
  }
}

/** The answer, or undefined when it takes longer than `ms`. */
async function withTimeout<T>(answer: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, ms, undefined);
    timer.unref();
  });
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}
