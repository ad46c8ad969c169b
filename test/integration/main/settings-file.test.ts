/**
 * A damaged settings.json must not keep Scaleboard from starting. The store here is Conf, the part of
 * electron-store that reads and writes the file (electron-store adds only Electron's paths, and importing it
 * would load Electron), opened exactly as main opens it.
 */
import Conf from 'conf';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KeyValueStore, SettingsShape } from '../../../electron/main/settings/settings';
import { Settings } from '../../../electron/main/settings/settings';
import { openSettingsStore, SETTINGS_DEFAULTS } from '../../../electron/main/settings/settings-file';

const NOW = new Date('2026-06-01T10:00:00.000Z');
let folder: string;
let file: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-settings-file-'));
  file = path.join(folder, 'settings.json');
});

const openConf = (): KeyValueStore =>
  new Conf<SettingsShape>({ cwd: folder, configName: 'settings', defaults: SETTINGS_DEFAULTS }) as KeyValueStore;

describe('opening the settings', () => {
  it('starts from defaults when settings.json is damaged, keeps the damaged file beside it, and says so once', () => {
    // Cut off mid-write, as a full disk or a crash of another tool might leave it.
    const bytes = Buffer.from(
      '{\n\t"recentFiles": [\n\t\t{\n\t\t\t"path": "/boards/q4.scaleboard",\n\t\t\t"ti',
      'utf8',
    );
    writeFileSync(file, bytes);
    expect(openConf, 'the store itself refuses the file, as at start-up').toThrow(SyntaxError);

    const opened = openSettingsStore(file, openConf, () => NOW);
    expect(opened.store.get('recentFiles')).toEqual([]);
    const kept = 'settings.json.corrupt-2026-06-01T10-00-00-000Z';
    expect(readdirSync(folder).sort()).toEqual(['settings.json', kept]);
    expect(readFileSync(path.join(folder, kept)).equals(bytes)).toBe(true);
    expect(opened.notice).toEqual(expect.any(String));
    expect(opened.notice).toContain(path.join(folder, kept));
    expect(opened.notice).toMatch(/default settings/);

    // The settings work, and the next start opens them without a word.
    new Settings(opened.store).addRecent('/boards/q4.scaleboard', 'Q4');
    const again = openSettingsStore(file, openConf, () => NOW);
    expect(again.notice).toBeNull();
    expect(again.store.get('recentFiles')).toMatchObject([{ path: path.resolve('/boards/q4.scaleboard') }]);
    expect(readdirSync(folder).sort()).toEqual(['settings.json', kept]);
  });

  it('opens good settings as they are, and a missing file as the defaults, without a word', () => {
    expect(openSettingsStore(file, openConf, () => NOW)).toMatchObject({ notice: null });
    const good = JSON.stringify({ recentFiles: [{ path: '/b/a.scaleboard', title: 'A', openedAt: '' }] });
    writeFileSync(file, good);
    const opened = openSettingsStore(file, openConf, () => NOW);
    expect(opened.notice).toBeNull();
    expect(opened.store.get('recentFiles')).toEqual([{ path: '/b/a.scaleboard', title: 'A', openedAt: '' }]);
    expect(readdirSync(folder)).toEqual(['settings.json']);
  });

  it('starts with settings in memory, and says they will not be kept, when no settings file can be opened', () => {
    const refused = (): KeyValueStore => {
      throw Object.assign(new Error('EACCES: permission denied, mkdir'), { code: 'EACCES' });
    };
    const opened = openSettingsStore(file, refused, () => NOW);
    expect(opened.notice).toMatch(/will not be remembered/);
    const settings = new Settings(opened.store);
    settings.addRecent('/b/a.scaleboard', 'A');
    expect(settings.recentFiles().map((r) => r.title)).toEqual(['A']);
    expect(readdirSync(folder)).toEqual([]);
  });
});
