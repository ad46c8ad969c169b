#!/usr/bin/env node
/**
 * `node scripts/with-electron.mjs [--optional] COMMAND [ARGS…]`: makes sure the Electron binary is there, then runs
 * COMMAND (electron-vite) with ELECTRON_EXEC_PATH pointing at it.
 *
 * Electron 45 has no install step: its package downloads the binary the first time `require('electron')` runs.
 * electron-vite never does that; it reads node_modules/electron/path.txt and, finding none, stops with
 * "Electron uninstall". So `npm start`, `npm run dev` and `npm run test:electron` come through here: Electron's own
 * installer (its `install-electron` command) fetches the binary, with a progress line, and a failure ends in one
 * line that names the cause and what to set, never a stack trace. With --optional, a failure is said and COMMAND
 * runs anyway, told why in SCALEBOARD_ELECTRON_UNAVAILABLE (the real-Electron suite then reports itself skipped).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));
const { version } = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
const platform = process.env.ELECTRON_INSTALL_PLATFORM || process.env.npm_config_platform || process.platform;
const arch = process.env.ELECTRON_INSTALL_ARCH || process.env.npm_config_arch || process.arch;
const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/';
const ELSEWHERE = `or ELECTRON_OVERRIDE_DIST_PATH to a folder that holds Electron ${version}`;
/** What to do about a host that cannot be reached, the cause most users meet. */
const REMEDY = `Connect to the internet and try again, or set ELECTRON_MIRROR to a mirror you can reach, ${ELSEWHERE}.`;

/** The executable's path inside Electron's dist folder, as Electron's own installer writes it to path.txt. */
function platformPath() {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  return platform === 'win32' ? 'electron.exe' : 'electron';
}

/** The binary electron-vite should start, or null when it still has to be fetched. */
function findElectronBinary() {
  const env = process.env;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, platformPath());
    return existsSync(overridden) ? overridden : null;
  }
  if (env.ELECTRON_EXEC_PATH && existsSync(env.ELECTRON_EXEC_PATH)) return env.ELECTRON_EXEC_PATH;
  try {
    const relative = readFileSync(path.join(electronDir, 'path.txt'), 'utf8');
    const installed = readFileSync(path.join(electronDir, 'dist', 'version'), 'utf8')
      .replace(/^v/, '')
      .trim();
    const binary = path.join(electronDir, 'dist', relative);
    return installed === version && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** An Electron download setting, looked up where @electron/get looks: .npmrc, package.json's config, the environment. */
function mirrorVar(name, defaultValue) {
  const snake = name.replace(/([a-z])([A-Z])/g, (_, a, b) => `${a}_${b}`).toLowerCase();
  const env = process.env;
  return (
    env[`npm_config_electron_${name.toLowerCase()}`] ||
    env[`NPM_CONFIG_ELECTRON_${snake.toUpperCase()}`] ||
    env[`npm_config_electron_${snake}`] ||
    env[`npm_package_config_electron_${name}`] ||
    env[`npm_package_config_electron_${snake}`] ||
    env[`ELECTRON_${snake.toUpperCase()}`] ||
    defaultValue
  );
}

/** The URL Electron's installer downloads from, built as @electron/get builds it, to name the host in errors. */
function downloadUrl() {
  const mirror = mirrorVar('mirror', DEFAULT_MIRROR);
  const dir = mirrorVar('customDir', `v${version}`).replace('{{ version }}', version);
  const file = mirrorVar('customFilename', `electron-v${version}-${platform}-${arch}.zip`);
  return `${mirror}${dir}/${file}`;
}

function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Bytes written so far into the installer's temporary download folders (os.tmpdir()/electron-download-*). */
function downloadedBytes(since) {
  let total = 0;
  const tmp = os.tmpdir();
  let entries = [];
  try {
    entries = readdirSync(tmp).filter((name) => name.startsWith('electron-download-'));
  } catch {
    return 0;
  }
  for (const name of entries) {
    try {
      const folder = path.join(tmp, name);
      if (statSync(folder).mtimeMs < since - 1000) continue;
      for (const file of readdirSync(folder)) total += statSync(path.join(folder, file)).size;
    } catch {
      // a folder the installer has just removed
    }
  }
  return total;
}

/** Runs Electron's own installer, showing how much has arrived; resolves with its exit code and what it printed. */
function runInstaller() {
  const started = Date.now();
  const tty = process.stdout.isTTY;
  process.stdout.write(
    `Fetching Electron ${version} for ${platform}-${arch} (once, about 100 MB) from ${hostOf(downloadUrl())}…\n`,
  );
  const child = spawn(process.execPath, [path.join(electronDir, 'install.js')], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ELECTRON_GET_NO_PROGRESS: '1' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let lastLine = 0;
  const timer = setInterval(() => {
    const seconds = Math.round((Date.now() - started) / 1000);
    const line = `  ${(downloadedBytes(started) / 1024 / 1024).toFixed(1)} MB received, ${seconds} s`;
    if (tty) process.stdout.write(`\r${line}   `);
    else if (seconds - lastLine >= 10) {
      lastLine = seconds;
      process.stdout.write(`${line}\n`);
    }
  }, 1000);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(timer);
      if (tty) process.stdout.write('\r\x1b[K');
      resolve({ code: code ?? 1, output });
    });
  });
}

const NETWORK_CODES = {
  ENOTFOUND: 'its name does not resolve: no network connection, or no DNS',
  EAI_AGAIN: 'its name does not resolve: no network connection, or no DNS',
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was cut (a proxy or firewall may block it)',
  ETIMEDOUT: 'the connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  ENETUNREACH: 'the network is unreachable',
  EHOSTUNREACH: 'the host is unreachable',
};

/**
 * Why the download failed and what to do about it, in words: asks the same URL once more to learn what the
 * installer's error hides. Each cause gets the remedy that fits it.
 */
async function diagnose(output) {
  const url = downloadUrl();
  const host = hostOf(url);
  if (/checksum/i.test(output)) {
    return {
      cause: `the download from ${host} was damaged or altered (its checksum does not match)`,
      remedy: `Try again; if it happens again, set ELECTRON_MIRROR to another mirror, ${ELSEWHERE}.`,
    };
  }
  if (/ENOSPC/.test(output)) return { cause: 'the disk is full', remedy: 'Free about 300 MB and try again.' };
  if (/EACCES|EPERM/.test(output)) {
    return {
      cause: `Scaleboard may not write to ${electronDir}`,
      remedy: `Run npm install again as the user who owns the project folder, ${ELSEWHERE}.`,
    };
  }
  const http = /Response code (\d+)/.exec(output);
  let status = http ? Number(http[1]) : 0;
  if (!status) {
    try {
      const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(15_000) });
      status = response.ok ? 0 : response.status;
    } catch (error) {
      const code = error?.cause?.code ?? error?.code ?? (error?.name === 'TimeoutError' ? 'ETIMEDOUT' : '');
      if (NETWORK_CODES[code]) return { cause: `${host} cannot be reached: ${NETWORK_CODES[code]}`, remedy: REMEDY };
      if (/CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code)) {
        return {
          cause: `a proxy or firewall intercepts HTTPS to ${host} (${code})`,
          remedy: `Set NODE_EXTRA_CA_CERTS to its certificate, or ELECTRON_MIRROR to a mirror inside the network, ${ELSEWHERE}.`,
        };
      }
      const reason = code || error?.cause?.message || error?.message || 'no answer';
      return { cause: `${host} cannot be reached (${reason})`, remedy: REMEDY };
    }
  }
  if (status === 404) {
    return {
      cause: `${host} has no Electron ${version} for ${platform}-${arch} (HTTP 404)`,
      remedy: `Set ELECTRON_MIRROR to a mirror that has it, ${ELSEWHERE}.`,
    };
  }
  if (status === 407) return { cause: `a proxy asks for credentials to reach ${host} (HTTP 407)`, remedy: REMEDY };
  if (status === 401 || status === 403) {
    return { cause: `${host} refused the download (HTTP ${status}; a proxy or firewall may block it)`, remedy: REMEDY };
  }
  if (status) return { cause: `${host} answered HTTP ${status}`, remedy: REMEDY };
  const first = output.split('\n').find((line) => line.trim() && !/^\s+at /.test(line)) ?? 'no reason given';
  return { cause: `Electron's installer failed (${first.trim()})`, remedy: REMEDY };
}

/** A proxy the environment or npm names, which Electron's download ignores unless told. */
function proxyHint() {
  const name = [
    'HTTPS_PROXY',
    'https_proxy',
    'HTTP_PROXY',
    'http_proxy',
    'npm_config_https_proxy',
    'npm_config_proxy',
  ].find((candidate) => process.env[candidate]);
  return name && !process.env.ELECTRON_GET_USE_PROXY
    ? ` A proxy is set (${name}): Electron’s download uses it only with ELECTRON_GET_USE_PROXY=true.`
    : '';
}

async function ensureElectron() {
  const found = findElectronBinary();
  if (found) return { binary: found };
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    return {
      reason: `ELECTRON_OVERRIDE_DIST_PATH is ${process.env.ELECTRON_OVERRIDE_DIST_PATH}, which has no ${platformPath()}. Point it at an unpacked Electron ${version}, or unset it to fetch one.`,
    };
  }
  const { code, output } = await runInstaller();
  const binary = code === 0 ? findElectronBinary() : null;
  if (binary) {
    process.stdout.write(`Electron ${version} is ready.\n`);
    return { binary };
  }
  const { cause, remedy } = await diagnose(output);
  return { reason: `Electron ${version} could not be fetched: ${cause}. ${remedy}${proxyHint()}` };
}

async function main() {
  const args = process.argv.slice(2);
  const optional = args[0] === '--optional';
  const command = optional ? args.slice(1) : args;
  if (!command.length) {
    process.stderr.write('Usage: node scripts/with-electron.mjs [--optional] COMMAND [ARGS…]\n');
    process.exit(2);
  }
  const { binary, reason } = await ensureElectron();
  const env = { ...process.env };
  if (binary) env.ELECTRON_EXEC_PATH = binary;
  else if (optional) {
    process.stderr.write(`${reason}\n`);
    env.SCALEBOARD_ELECTRON_UNAVAILABLE = reason;
  } else {
    process.stderr.write(`Scaleboard cannot start: ${reason}\n`);
    process.exit(1);
  }
  // On Windows the commands in node_modules/.bin are .cmd files, which only a shell runs (our arguments have no spaces).
  const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env, shell: process.platform === 'win32' });
  child.on('error', (error) => {
    process.stderr.write(
      `Scaleboard cannot start: ${command[0]} could not be run (${error.code ?? error.message}); run it through npm, as npm start does.\n`,
    );
    process.exit(1);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  // A command ended by a signal ends this one as a shell would say it: 128 + the signal's number.
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0)));
}

await main();
