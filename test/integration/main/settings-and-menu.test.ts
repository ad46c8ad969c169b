import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MenuCommand } from '../../../domain';
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
  it('keeps recent files newest first, without duplicates, up to the limit', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-settings-'));
    const settings = new Settings(memoryStore());
    for (let i = 0; i < MAX_RECENT_FILES + 2; i += 1)
      settings.addRecent(path.join(folder, `b${i}.scaleboard`), `Board ${i}`);
    writeFileSync(path.join(folder, 'b3.scaleboard'), '{}');
    settings.addRecent(path.join(folder, 'b3.scaleboard'), 'Board 3 renamed');
    const recent = settings.recentFiles();
    expect(recent).toHaveLength(MAX_RECENT_FILES);
    expect(recent[0]).toMatchObject({ title: 'Board 3 renamed', fileName: 'b3.scaleboard', exists: true });
    expect(recent.filter((r) => r.fileName === 'b3.scaleboard')).toHaveLength(1);
    expect(recent[1]).toMatchObject({ fileName: 'b11.scaleboard', exists: false });
    expect(settings.recentPath(recent[0]!.id)).toBe(path.join(folder, 'b3.scaleboard'));
    expect(settings.recentPath(recentIdOf('/etc/passwd'))).toBeUndefined();
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
      'PDF…',
      'PNG Image…',
    ]);
    find(menu, 'File', 'Import Spreadsheet…').click!();
    find(menu, 'File', 'Save As…').click!();
    find(menu, 'File', 'Open Recent', 'Q4 — q4.scaleboard').click!();
    find(menu, 'Edit', 'Undo').click!();
    expect(sent).toEqual([
      { command: 'import' },
      { command: 'save-as' },
      { command: 'open-recent', recentId: 'r1' },
      { command: 'undo' },
    ]);
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
