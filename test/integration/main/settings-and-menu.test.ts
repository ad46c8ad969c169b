import fs, { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { MenuCommand } from '../../../contract';
import { recentEntrySchema } from '../../../contract';
import { buildAppMenu } from '../../../electron/main/menu/app-menu';
import type { KeyValueStore, SettingsShape } from '../../../electron/main/settings/settings';
import { MAX_RECENT_FILES, MAX_SAVED_MAPPINGS, Settings, recentIdOf } from '../../../electron/main/settings/settings';
import { boardPathsIn, userDataDirIn } from '../../../electron/main/command-line';

function memoryStore(): KeyValueStore {
  const values: Partial<SettingsShape> = {};
  return {
    get: (key) => values[key] as never,
    set: (key, value) => void (values[key] = value),
  };
}

describe('Settings', () => {
  it('keeps recent files newest first, without duplicates, up to the limit', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-settings-'));
    const settings = new Settings(memoryStore());
    for (let i = 0; i < MAX_RECENT_FILES + 2; i += 1)
      settings.addRecent(path.join(folder, `b${i}.scaleboard`), `Board ${i}`);
    writeFileSync(path.join(folder, 'b3.scaleboard'), '{}');
    settings.addRecent(path.join(folder, 'b3.scaleboard'), 'Board 3 renamed');
    await settings.checkRecentFiles();
    const recent = settings.recentFiles();
    expect(recent).toHaveLength(MAX_RECENT_FILES);
    expect(recent[0]).toMatchObject({ title: 'Board 3 renamed', fileName: 'b3.scaleboard', exists: true });
    expect(recent.filter((r) => r.fileName === 'b3.scaleboard')).toHaveLength(1);
    expect(recent[1]).toMatchObject({ fileName: 'b11.scaleboard', exists: false });
    expect(settings.recentPath(recent[0]!.id)).toBe(path.join(folder, 'b3.scaleboard'));
    expect(settings.recentPath(recentIdOf('/etc/passwd'))).toBeUndefined();
  });

  it('lists a recent file from a settings file edited by hand in the form the contract lets through', () => {
    const store = memoryStore();
    store.set('recentFiles', [{ path: '/boards/q4.scaleboard', title: 'Q4' }] as never);
    const [entry] = new Settings(store).recentFiles();
    expect(recentEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('lists recent boards without a synchronous file-system call, which a share that hangs would stall', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-settings-'));
    const settings = new Settings(memoryStore());
    for (let i = 0; i < 3; i += 1) settings.addRecent(path.join(folder, `b${i}.scaleboard`), `Board ${i}`);
    const names = ['existsSync', 'statSync', 'lstatSync', 'accessSync', 'openSync', 'readdirSync'] as const;
    const spies = names.map((name) => vi.spyOn(fs, name));
    syncBuiltinESMExports(); // so the named imports of node:fs see the spies too
    try {
      expect(settings.recentFiles()).toHaveLength(3);
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      vi.restoreAllMocks();
      syncBuiltinESMExports();
    }
  });

  it('says when to rebuild the menu as soon as a board is put on the recent list or the list is cleared', () => {
    const onRecentChange = vi.fn();
    const settings = new Settings(memoryStore(), { onRecentChange });
    settings.addRecent('/boards/q4.scaleboard', 'Q4');
    expect(onRecentChange).toHaveBeenCalledTimes(1);
    settings.addRecent('/boards/q4.scaleboard', 'Q4 renamed'); // the same board again: a new title, on top
    expect(onRecentChange).toHaveBeenCalledTimes(2);
    settings.clearRecent();
    expect(onRecentChange).toHaveBeenCalledTimes(3);
    expect(settings.recentFiles()).toEqual([]);
  });

  it('finds a recent board that went away missing, asynchronously, and says when to rebuild the menu', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-settings-'));
    const onRecentChange = vi.fn();
    const settings = new Settings(memoryStore(), { onRecentChange });
    const [a, b] = [path.join(folder, 'a.scaleboard'), path.join(folder, 'b.scaleboard')];
    for (const file of [a, b]) {
      writeFileSync(file, '{}');
      settings.addRecent(file, path.basename(file));
    }
    onRecentChange.mockClear(); // each addition said so (above); what follows is the check's
    rmSync(b);
    expect(settings.recentFiles().map((r) => r.exists)).toEqual([true, true]); // not yet checked
    await settings.checkRecentFiles();
    expect(settings.recentFiles().map((r) => [r.fileName, r.exists])).toEqual([
      ['b.scaleboard', false],
      ['a.scaleboard', true],
    ]);
    expect(onRecentChange).toHaveBeenCalledTimes(1);
    await settings.checkRecentFiles(); // nothing changed: no rebuild
    expect(onRecentChange).toHaveBeenCalledTimes(1);
    writeFileSync(b, '{}');
    await settings.checkRecentFiles();
    expect(settings.recentFiles().map((r) => r.exists)).toEqual([true, true]);
    expect(onRecentChange).toHaveBeenCalledTimes(2);
  });

  it('lets a recent board on a share that does not answer hold up neither the list nor more than one check', async () => {
    let answerShare: (present: boolean) => void = () => undefined;
    const asked: string[] = [];
    const fileExists = (file: string): Promise<boolean> => {
      asked.push(path.basename(file));
      if (file.startsWith('/share/')) return new Promise((resolve) => (answerShare = resolve));
      return Promise.resolve(!file.endsWith('gone.scaleboard'));
    };
    const settings = new Settings(memoryStore(), { fileExists, checkTimeoutMs: 20 });
    for (const file of ['/local/gone.scaleboard', '/local/here.scaleboard', '/share/q4.scaleboard'])
      settings.addRecent(file, path.basename(file));
    // Newest first: the share is asked first, does not answer, and the check ends without waiting for it.
    const started = Date.now();
    await settings.checkRecentFiles();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(asked).toEqual(['q4.scaleboard']);
    expect(settings.recentFiles().map((r) => r.exists)).toEqual([true, true, true]);
    // While the share has not answered, no other check starts: one of libuv's four threads waits, never more.
    await settings.checkRecentFiles();
    expect(asked).toEqual(['q4.scaleboard']);
    answerShare(false);
    await new Promise((resolve) => setImmediate(resolve));
    // The next check asks the others first, and the slow share last.
    await settings.checkRecentFiles();
    expect(asked).toEqual(['q4.scaleboard', 'here.scaleboard', 'gone.scaleboard', 'q4.scaleboard']);
    answerShare(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(settings.recentFiles().map((r) => [r.fileName, r.exists])).toEqual([
      ['q4.scaleboard', true],
      ['here.scaleboard', true],
      ['gone.scaleboard', false],
    ]);
  });

  it('remembers the column mapping per sheet layout, forgetting the oldest beyond the limit', () => {
    const settings = new Settings(memoryStore());
    expect(settings.savedMappings()['9:abc']).toBeUndefined();
    settings.saveMapping('9:abc', { title: 'Project', owner: 'Lead' });
    expect(settings.savedMappings()['9:abc']).toEqual({ title: 'Project', owner: 'Lead' });
    for (let i = 0; i < MAX_SAVED_MAPPINGS; i += 1) settings.saveMapping(`layout-${i}`, { title: `T${i}` });
    expect(settings.savedMappings()['9:abc']).toBeUndefined();
    expect(settings.savedMappings()[`layout-${MAX_SAVED_MAPPINGS - 1}`]).toEqual({
      title: `T${MAX_SAVED_MAPPINGS - 1}`,
    });
  });

  it('ignores window bounds that are missing or absurd', () => {
    const settings = new Settings(memoryStore());
    expect(settings.windowBounds()).toBeUndefined();
    settings.setWindowBounds({ x: 0, y: 0, width: 10, height: 10 });
    expect(settings.windowBounds()).toBeUndefined();
    settings.setWindowBounds({ x: 5, y: 5, width: 1200, height: 800 });
    expect(settings.windowBounds()).toEqual({ x: 5, y: 5, width: 1200, height: 800 });
  });
});

describe('the app menu', () => {
  type Item = {
    label?: string;
    role?: string;
    click?: () => void;
    submenu?: Item[];
    registerAccelerator?: boolean;
    accelerator?: string;
    enabled?: boolean;
  };
  const find = (items: Item[], ...labels: string[]): Item =>
    labels.reduce<Item>((found, label) => found.submenu!.find((i) => i.label === label)!, { submenu: items });

  it('has the File, Edit and View commands and sends file commands to the window', () => {
    const sent: MenuCommand[] = [];
    const recent = [{ id: 'r1', title: 'Q4', fileName: 'q4.scaleboard', folder: '/b', openedAt: '', exists: true }];
    const menu = buildAppMenu({
      appName: 'Scaleboard',
      isMac: false,
      isDev: false,
      recent,
      send: (c) => sent.push(c),
      clearRecent: () => undefined,
    }) as Item[];
    expect(
      find(menu, 'File')
        .submenu!.map((i) => i.label ?? i.role)
        .filter(Boolean),
    ).toEqual([
      'New Board',
      'Open…',
      'Open Recent',
      'Open Example Board',
      'Import Spreadsheet…',
      'Export',
      'Start Workshop',
      'Compare with Start of Workshop',
      'Compare with…',
      'Combine Boards…',
      'Save',
      'Save As…',
      'Revert to Saved',
      'Close Board',
      'quit',
    ]);
    expect(
      find(menu, 'Edit')
        .submenu!.map((i) => i.label ?? i.role)
        .filter(Boolean),
    ).toEqual(['Undo', 'Redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(
      find(menu, 'View')
        .submenu!.map((i) => i.role)
        .filter(Boolean),
    ).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(find(menu, 'File', 'Export').submenu!.map((i) => i.label)).toEqual([
      'Excel Workbook (.xlsx)…',
      'CSV…',
      'Actions (CSV)…',
      'PDF…',
      'Leaders’ Brief (PDF)…',
      'PNG Image…',
      'Matrix as PNG…',
      'Matrix as SVG…',
    ]);
    find(menu, 'File', 'Import Spreadsheet…').click!();
    find(menu, 'File', 'Export', 'Actions (CSV)…').click!();
    find(menu, 'File', 'Export', 'Leaders’ Brief (PDF)…').click!();
    find(menu, 'File', 'Export', 'Matrix as SVG…').click!();
    find(menu, 'File', 'Save As…').click!();
    find(menu, 'File', 'Start Workshop').click!();
    find(menu, 'File', 'Compare with Start of Workshop').click!();
    find(menu, 'File', 'Compare with…').click!();
    find(menu, 'File', 'Open Recent', 'Q4 — q4.scaleboard').click!();
    find(menu, 'Edit', 'Undo').click!();
    find(menu, 'View', 'Actions').click!();
    expect(sent).toEqual([
      { command: 'import' },
      { command: 'export-actions-csv' },
      { command: 'export-brief' },
      { command: 'export-matrix-svg' },
      { command: 'save-as' },
      { command: 'start-workshop' },
      { command: 'compare-start' },
      { command: 'compare' },
      { command: 'open-recent', recentId: 'r1' },
      { command: 'undo' },
      { command: 'toggle-actions' },
    ]);
    expect(find(menu, 'View', 'Actions').accelerator).toBe('CmdOrCtrl+Shift+A');
    // The window handles the undo keys itself, so the menu must not also fire on them.
    expect(find(menu, 'Edit', 'Undo').registerAccelerator).toBe(false);
  });

  it('puts Quit in the app menu on macOS', () => {
    const menu = buildAppMenu({
      appName: 'Scaleboard',
      isMac: true,
      isDev: true,
      recent: [],
      send: () => undefined,
      clearRecent: () => undefined,
    }) as Item[];
    expect(menu[0]!.label).toBe('Scaleboard');
    expect(find(menu, 'File', 'Open Recent').submenu![0]).toMatchObject({ label: 'No recent boards', enabled: false });
    expect(find(menu, 'View').submenu!.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});

it('finds board files among command-line arguments', () => {
  expect(boardPathsIn(['--inspect', 'C:\\Boards\\Q4.SCALEBOARD', '/x/readme.txt', '/b/a.scaleboard'])).toEqual([
    'C:\\Boards\\Q4.SCALEBOARD',
    '/b/a.scaleboard',
  ]);
});

it('takes the user-data folder from --user-data-dir=FOLDER only, as an absolute path', () => {
  expect(userDataDirIn(['--user-data-dir=/tmp/profile', 'a.scaleboard'])).toBe(path.resolve('/tmp/profile'));
  expect(userDataDirIn(['--user-data-dir=relative/profile'])).toBe(path.resolve('relative/profile'));
  expect(userDataDirIn(['--user-data-dir=', '--user-data-dir', '/tmp/x', 'a.scaleboard'])).toBeUndefined();
  expect(userDataDirIn(['--user-data-dir=/tmp/a', '--user-data-dir=/tmp/b'])).toBe(path.resolve('/tmp/b'));
  expect(userDataDirIn(['--user-data-dir=/tmp/a', '--', '--user-data-dir=/tmp/b'])).toBe(path.resolve('/tmp/a'));
  expect(boardPathsIn(['--user-data-dir=/tmp/x.scaleboard'])).toEqual([]);
});
