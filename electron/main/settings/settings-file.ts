import { renameSync } from 'node:fs';
import type { KeyValueStore, SettingsShape } from './settings';

export const SETTINGS_DEFAULTS: SettingsShape = { recentFiles: [] };

export interface OpenedSettingsStore {
  store: KeyValueStore;
  /** What happened to the settings, to be said once; null when they opened as they are. */
  notice: string | null;
}

/**
 * Opens the settings store so that Scaleboard always starts. electron-store throws on a settings file it cannot
 * read (which at start-up meant no window, with the single-instance lock still held), and its
 * clearInvalidConfig option would replace the file without a trace. Instead the file is kept beside, renamed
 * `<name>.corrupt-<time>`, and the store starts again from the defaults; if even that fails, the settings live
 * in memory for this session. The notice says which. `create` is electron-store's constructor, called here so
 * this logic runs in tests without Electron.
 */
export function openSettingsStore(
  file: string,
  create: () => KeyValueStore,
  now: () => Date = () => new Date(),
): OpenedSettingsStore {
  let reason: string;
  try {
    return { store: create(), notice: null };
  } catch (error) {
    reason = error instanceof SyntaxError ? 'the file is damaged' : describe(error);
  }
  const kept = `${file}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
  try {
    renameSync(file, kept);
    return {
      store: create(),
      notice:
        `Scaleboard could not read its settings (${reason}), so it started with the default settings: the list ` +
        `of recent boards and the window size are new. The old settings file is kept as ${kept}.`,
    };
  } catch {
    return {
      store: memoryStore(),
      notice:
        `Scaleboard could not open its settings file ${file} (${reason}). It started with ` +
        `the default settings, and changes to them (recent boards, window size) will not be remembered after ` +
        `it quits.`,
    };
  }
}

function describe(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}

/** Settings for this session only, when no file can hold them. */
function memoryStore(): KeyValueStore {
  const values: Partial<SettingsShape> = structuredClone(SETTINGS_DEFAULTS);
  return {
    get: (key) => values[key],
    set: (key, value) => void (values[key] = value),
  };
}
