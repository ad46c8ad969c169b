/**
 * Release packaging, as far as it can run without the Electron binary (which cannot be downloaded here):
 * electron-builder loads and validates electron-builder.yml and really packs the built app, with a stand-in
 * for Electron that carries the fuse wire of a real binary. Checked: what goes into app.asar and its size, the
 * fuses flipped in the packaged executable (file protocol privileges off), that the packed main bundle loads the
 * renderer through the app's scheme and opens on the start screen when run from the package against the
 * stand-in, the file association, and the icons in build/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractAll, listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { build, Platform } from 'electron-builder';
import { load as loadYaml } from 'js-yaml';
import { launchApp } from './harness/app-harness';
import { launchChromium } from './harness/chromium';

const ROOT = path.resolve(__dirname, '../..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's own defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, asar integrity
 * off, only-asar off, browser V8 snapshot off, file protocol privileges on. */
const DEFAULT_WIRE = '10110001';

function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-package-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('packs only the built app, with the fuses flipped', { timeout: 180_000 }, async () => {
  const electronDist = path.join(work, 'electron-dist');
  mkdirSync(electronDist);
  writeFileSync(
    path.join(electronDist, 'electron'),
    Buffer.concat([
      Buffer.from('#!/bin/sh\n# stand-in for the Electron binary\n'),
      Buffer.from(SENTINEL),
      Buffer.from([1, 8]),
      Buffer.from(DEFAULT_WIRE),
    ]),
    { mode: 0o755 },
  );
  writeFileSync(path.join(electronDist, 'LICENSE'), '');
  writeFileSync(path.join(electronDist, 'version'), '45.5.0');
  const output = path.join(work, 'dist');
  await build({
    projectDir: ROOT,
    targets: Platform.LINUX.createTarget('dir'),
    config: { electronDist, directories: { output } },
    publish: 'never',
  });
  const unpacked = path.join(output, 'linux-unpacked');

  const asar = path.join(unpacked, 'resources', 'app.asar');
  const files = listPackage(asar, { isPack: false }).map((f) => f.replace(/\\/g, '/'));
  const outside = files.filter((f) => !f.startsWith('/out') && f !== '/package.json');
  expect(outside).toEqual([]);
  expect(files.filter((f) => /node_modules|\.map$|\/cli\.js$/.test(f))).toEqual([]);
  for (const needed of [
    '/out/main/index.js',
    '/out/main/spreadsheet-worker.js',
    '/out/preload/index.cjs',
    '/out/renderer/index.html',
  ]) {
    expect(files).toContain(needed);
  }
  const size = statSync(asar).size;
  console.info(`app.asar: ${files.length} entries, ${(size / 1024 / 1024).toFixed(1)} MiB`);
  expect(size).toBeLessThan(8 * 1024 * 1024);

  const fuses = await getCurrentFuseWire(path.join(unpacked, 'scaleboard'));
  const wire = Array.from({ length: 8 }, (_, i) => String.fromCharCode(fuses[i as 0]!)).join('');
  // Off: RunAsNode, NODE_OPTIONS, --inspect, file protocol privileges (the last: so the app must not, and does
  // not, load from a file); on: cookie encryption, asar integrity, only-asar.
  expect(wire).toBe('01001100');

  // The packed main bundle loads the renderer through the app's scheme, never from a file…
  const extracted = path.join(work, 'extracted');
  extractAll(asar, extracted);
  const main = readFileSync(path.join(extracted, 'out', 'main', 'index.js'), 'utf8');
  expect(main).toMatch(/protocol\.registerSchemesAsPrivileged\(/);
  expect(main).toMatch(/protocol\.handle\(APP_SCHEME, createAppRequestHandler\(/);
  expect(main).toMatch(/var APP_SCHEME = "scaleboard";/);
  expect(main).not.toMatch(/\.loadFile\(/);
  // …and, run from the package against the stand-in, opens on the start screen.
  const browser = await launchChromium();
  try {
    const { page, electron } = await launchApp({
      browser,
      userData: path.join(work, 'user'),
      documents: path.join(work, 'docs'),
      mainEntry: path.join(extracted, 'out', 'main', 'index.js'),
    });
    expect(await page.locator('.start').count()).toBe(1);
    expect(electron.windows[0]!.webContents.mainFrame.url).toBe('scaleboard://app/index.html');
    expect(electron.windows[0]!.windowOptions.webPreferences).toMatchObject({
      preload: path.join(extracted, 'out', 'preload', 'index.cjs'),
    });
    await electron.crash();
  } finally {
    await browser.close();
  }
});

it('declares every platform target, the .scaleboard association and real icons', () => {
  const config = loadYaml(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as {
    linux: { target: string[] };
    win: { target: string[] };
    mac: { target: string[] };
    fileAssociations: unknown[];
  };
  expect(config.linux.target).toEqual(['AppImage', 'deb']);
  expect(config.win.target).toEqual(['nsis']);
  expect(config.mac.target).toEqual(['dmg']);
  expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'scaleboard', role: 'Editor' })]);
  expect(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).dependencies ?? {}).toEqual({});

  expect(pngSize(path.join(ROOT, 'build/icon.png'))).toEqual({ width: 1024, height: 1024 });
  for (const size of [16, 32, 48, 64, 128, 256, 512]) {
    expect(pngSize(path.join(ROOT, `build/icons/${size}x${size}.png`))).toEqual({ width: size, height: size });
  }
  const ico = readFileSync(path.join(ROOT, 'build/icon.ico'));
  expect([ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([1, 7]);
  expect(ico.readUInt8(6 + 16 * 6)).toBe(0); // the last image is 256 px, written as 0
  const icns = readFileSync(path.join(ROOT, 'build/icon.icns'));
  expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  expect(icns.includes(Buffer.from('ic10'))).toBe(true);
});
