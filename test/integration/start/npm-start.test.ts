/**
 * `npm start` on a checkout where the Electron binary has not been fetched yet, as every new user has it: it
 * fetches the binary with Electron's own installer (here from a mirror the test runs, so the result does not
 * depend on this machine's network), and when that fails it ends with one line naming the cause and what to set,
 * never electron-vite's "Electron uninstall" or a stack trace.
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'));
const ZIP = `electron-v${version}-${process.platform}-${process.arch}.zip`;
const EXECUTABLE =
  process.platform === 'darwin'
    ? 'Electron.app/Contents/MacOS/Electron'
    : process.platform === 'win32'
      ? 'electron.exe'
      : 'electron';

let work: string;
let project: string;
let mirror: Server;
let mirrorUrl: string;
const requested: string[] = [];

/**
 * A copy of this checkout's scripts beside its own node_modules, except that Electron's package is a copy without
 * its binary (dist/, path.txt): the state `npm install` leaves.
 */
function checkoutWithoutElectronBinary(): string {
  const folder = path.join(work, 'checkout');
  mkdirSync(path.join(folder, 'scripts'), { recursive: true });
  mkdirSync(path.join(folder, 'node_modules'));
  copyFileSync(path.join(ROOT, 'package.json'), path.join(folder, 'package.json'));
  copyFileSync(path.join(ROOT, 'scripts', 'with-electron.mjs'), path.join(folder, 'scripts', 'with-electron.mjs'));
  const modules = path.join(ROOT, 'node_modules');
  for (const entry of readdirSync(modules)) {
    const source = path.join(modules, entry);
    const target = path.join(folder, 'node_modules', entry);
    if (entry === 'electron') {
      cpSync(source, target, {
        recursive: true,
        filter: (file) => {
          const relative = path.relative(source, file).split(path.sep)[0];
          return relative !== 'dist' && relative !== 'path.txt';
        },
      });
    } else if (statSync(source).isDirectory()) {
      symlinkSync(source, target, 'junction');
    } else {
      copyFileSync(source, target);
    }
  }
  return folder;
}

/** The environment of a new user: no Electron settings of this machine's, an empty download cache. */
function newUserEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(electron_|npm_config_electron|npm_package_config_electron)/i.test(key)) continue;
    env[key] = value;
  }
  return { ...env, electron_config_cache: path.join(work, 'cache'), npm_config_update_notifier: 'false', ...extra };
}

/** Runs a command in the checkout; resolves with its exit code and what it printed, npm's own lines left out. */
function run(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ status: number | null; lines: string[]; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: project,
      env: newUserEnv(env),
      shell: process.platform === 'win32',
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => {
      const lines = output
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(
          (line) => line && !line.startsWith('>') && !line.startsWith('npm error') && !line.startsWith('npm ERR'),
        );
      resolve({ status, lines, output });
    });
  });
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-start-'));
  project = checkoutWithoutElectronBinary();
  // A mirror that has no Electron: it records what it was asked for and answers 404.
  mirror = createServer((request, response) => {
    requested.push(request.url ?? '');
    response.statusCode = 404;
    response.end('Not found');
  });
  await new Promise<void>((resolve) => mirror.listen(0, '127.0.0.1', resolve));
  mirrorUrl = `http://127.0.0.1:${(mirror.address() as AddressInfo).port}/`;
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => mirror?.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

describe('npm start on a fresh checkout', () => {
  it('fetches Electron with its own installer first, and ends with one line naming the cause', async () => {
    const { status, lines, output } = await run('npm', ['start'], { ELECTRON_MIRROR: mirrorUrl });
    expect(status).toBe(1);
    expect(requested).toContain(`/v${version}/${ZIP}`);
    expect(lines[0]).toBe(
      `Fetching Electron ${version} for ${process.platform}-${process.arch} (once, about 100 MB) from ${new URL(mirrorUrl).host}…`,
    );
    expect(lines.slice(1)).toEqual([
      `Scaleboard cannot start: Electron ${version} could not be fetched: ${new URL(mirrorUrl).host} has no Electron ${version} for ${process.platform}-${process.arch} (HTTP 404). Set ELECTRON_MIRROR to a mirror that has it, or ELECTRON_OVERRIDE_DIST_PATH to a folder that holds Electron ${version}.`,
    ]);
    expect(output).not.toMatch(/Electron uninstall/);
    expect(output).not.toMatch(/^\s+at /m);
  }, 60_000);

  it('says a damaged download is damaged, and to try again or use another mirror, not to go online', async () => {
    const damaged = createServer((_request, response) => response.end('not the Electron zip'));
    await new Promise<void>((resolve) => damaged.listen(0, '127.0.0.1', resolve));
    try {
      const host = `127.0.0.1:${(damaged.address() as AddressInfo).port}`;
      const { status, lines } = await run('node', ['scripts/with-electron.mjs', 'node', '-e', ''], {
        ELECTRON_MIRROR: `http://${host}/`,
      });
      expect(status).toBe(1);
      expect(lines.slice(1)).toEqual([
        `Scaleboard cannot start: Electron ${version} could not be fetched: the download from ${host} was damaged or altered (its checksum does not match). Try again; if it happens again, set ELECTRON_MIRROR to another mirror, or ELECTRON_OVERRIDE_DIST_PATH to a folder that holds Electron ${version}.`,
      ]);
    } finally {
      await new Promise((resolve) => damaged.close(resolve));
    }
  }, 60_000);

  it('names an unreachable host as such', async () => {
    const { status, lines } = await run('node', ['scripts/with-electron.mjs', 'node', '-e', 'process.exit(7)'], {
      ELECTRON_MIRROR: 'http://electron-mirror.invalid/',
    });
    expect(status).toBe(1);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      /^Scaleboard cannot start: Electron [\d.]+ could not be fetched: electron-mirror\.invalid cannot be reached: .+\. Connect to the internet/,
    );
  }, 60_000);

  it('runs the command at once with the binary ELECTRON_OVERRIDE_DIST_PATH names, fetching nothing', async () => {
    const dist = path.join(work, 'own-electron');
    mkdirSync(path.dirname(path.join(dist, EXECUTABLE)), { recursive: true });
    writeFileSync(path.join(dist, EXECUTABLE), '');
    chmodSync(path.join(dist, EXECUTABLE), 0o755);
    const before = requested.length;
    const { status, lines } = await run(
      'node',
      [
        'scripts/with-electron.mjs',
        'node',
        '-e',
        'console.log("electron-vite would start " + process.env.ELECTRON_EXEC_PATH)',
      ],
      { ELECTRON_OVERRIDE_DIST_PATH: dist, ELECTRON_MIRROR: mirrorUrl },
    );
    expect(status).toBe(0);
    expect(lines).toEqual([`electron-vite would start ${path.join(dist, EXECUTABLE)}`]);
    expect(requested.length).toBe(before);
  });

  it('says so in one line when ELECTRON_OVERRIDE_DIST_PATH holds no Electron', async () => {
    const empty = path.join(work, 'empty-folder');
    mkdirSync(empty, { recursive: true });
    const { status, lines } = await run('node', ['scripts/with-electron.mjs', 'node', '-e', ''], {
      ELECTRON_OVERRIDE_DIST_PATH: empty,
    });
    expect(status).toBe(1);
    expect(lines).toEqual([
      `Scaleboard cannot start: ELECTRON_OVERRIDE_DIST_PATH is ${empty}, which has no ${EXECUTABLE}. Point it at an unpacked Electron ${version}, or unset it to fetch one.`,
    ]);
  });

  it('with --optional, says why and runs the command anyway, telling it the reason', async () => {
    const { status, lines } = await run(
      'node',
      [
        'scripts/with-electron.mjs',
        '--optional',
        'node',
        '-e',
        'console.log("told: " + process.env.SCALEBOARD_ELECTRON_UNAVAILABLE)',
      ],
      { ELECTRON_MIRROR: mirrorUrl },
    );
    expect(status).toBe(0);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(`told: ${lines[1]}`);
    expect(lines[1]).toMatch(/^Electron [\d.]+ could not be fetched: .+ \(HTTP 404\)\./);
  }, 60_000);
});
