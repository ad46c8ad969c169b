import { createHash } from 'node:crypto';
import path from 'node:path';
import type { SavedMapping } from '../../../domain';
import type { RecentEntry } from '../../../contract';
import { FilePresence } from './file-presence';

export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized?: boolean;
}

interface RecentFile {
  path: string;
  title: string;
  openedAt: string;
}

export interface SettingsShape {
  recentFiles: RecentFile[];
  windowBounds?: WindowBounds;
  /** The column mapping last used for each spreadsheet layout, by header signature. */
  columnMappings?: Record<string, SavedMapping>;
}

/** How many layouts' mappings are remembered; the oldest are forgotten first. */
export const MAX_SAVED_MAPPINGS = 50;

/** The part of electron-store the app uses, so the settings logic runs in tests without Electron. */
export interface KeyValueStore {
  get<K extends keyof SettingsShape>(key: K): SettingsShape[K] | undefined;
  set<K extends keyof SettingsShape>(key: K, value: SettingsShape[K]): void;
}

export const MAX_RECENT_FILES = 10;

export interface SettingsOptions {
  clock?: () => Date;
  /** Whether a recent file is there; the real file system unless a test says otherwise. */
  fileExists?: (filePath: string) => Promise<boolean>;
  checkTimeoutMs?: number;
  /**
   * Called whenever what recentFiles() lists changes: a board opened or saved, the list cleared, or a check that
   * finds a recent file went away or came back. The app rebuilds its menu on this alone, so no way of opening or
   * saving a board can leave the menu behind.
   */
  onRecentChange?: () => void;
}

/** Small, user-level settings: recent files and window bounds. Boards never live here. */
export class Settings {
  private readonly clock: () => Date;
  private readonly presence: FilePresence;
  private readonly onRecentChange: () => void;

  constructor(
    private readonly store: KeyValueStore,
    options: SettingsOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.onRecentChange = options.onRecentChange ?? (() => undefined);
    this.presence = new FilePresence({
      fileExists: options.fileExists,
      timeoutMs: options.checkTimeoutMs,
      onChange: this.onRecentChange,
    });
  }

  /**
   * The recent list, with each file as last seen (one never checked counts as there). It never waits on the disk:
   * when the last look is old, a check starts in the background and onRecentChange says if it changed anything.
   */
  recentFiles(): RecentEntry[] {
    const files = this.recentRaw();
    if (this.presence.isStale()) void this.checkRecentFiles();
    return files.map((file) => ({
      id: recentIdOf(file.path),
      title: file.title,
      fileName: path.basename(file.path),
      folder: path.dirname(file.path),
      // A settings file edited by hand may lack it; the list still shows the file.
      openedAt: typeof file.openedAt === 'string' ? file.openedAt : '',
      exists: this.presence.get(file.path) ?? true,
    }));
  }

  /** Looks whether each recent file is still there; resolves when done, or when a file's check times out. */
  checkRecentFiles(): Promise<void> {
    return this.presence.check(this.recentRaw().map((file) => file.path));
  }

  /** The path behind a recent-list id, or undefined when the id is not on the list. */
  recentPath(id: string): string | undefined {
    return this.recentRaw().find((file) => recentIdOf(file.path) === id)?.path;
  }

  addRecent(filePath: string, title: string): void {
    const resolved = path.resolve(filePath);
    const others = this.recentRaw().filter((file) => file.path !== resolved);
    const entry = { path: resolved, title, openedAt: this.clock().toISOString() };
    this.store.set('recentFiles', [entry, ...others].slice(0, MAX_RECENT_FILES));
    this.presence.markPresent(resolved); // just opened or saved
    this.onRecentChange();
  }

  clearRecent(): void {
    this.store.set('recentFiles', []);
    this.onRecentChange();
  }

  windowBounds(): WindowBounds | undefined {
    const bounds = this.store.get('windowBounds');
    const valid = bounds && [bounds.x, bounds.y, bounds.width, bounds.height].every(Number.isFinite);
    return valid && bounds.width >= 400 && bounds.height >= 300 ? bounds : undefined;
  }

  setWindowBounds(bounds: WindowBounds): void {
    this.store.set('windowBounds', bounds);
  }

  /** Every remembered mapping by header signature, for the spreadsheet worker, which cannot ask. */
  savedMappings(): Record<string, SavedMapping> {
    return { ...(this.store.get('columnMappings') ?? {}) };
  }

  saveMapping(signature: string, mapping: SavedMapping): void {
    const { [signature]: _previous, ...others } = this.store.get('columnMappings') ?? {};
    const kept = Object.entries(others).slice(-(MAX_SAVED_MAPPINGS - 1));
    this.store.set('columnMappings', { ...Object.fromEntries(kept), [signature]: mapping });
  }

  private recentRaw(): RecentFile[] {
    const list = this.store.get('recentFiles');
    return Array.isArray(list) ? list.filter((f) => typeof f?.path === 'string' && typeof f.title === 'string') : [];
  }
}

/** A stable id for a recent file that does not reveal or accept a path. */
export function recentIdOf(filePath: string): string {
  return createHash('sha256').update(filePath).digest('hex').slice(0, 16);
}
