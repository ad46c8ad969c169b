import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAppRequestHandler } from '../../electron/main/windows/app-scheme';
import { farRightWorkbook } from '../support/bomb-workbooks';
import { OUT_DIR } from './harness/app-harness';

const read = (...parts: string[]) => readFileSync(path.join(OUT_DIR, ...parts), 'utf8');

describe('the built app', () => {
  it('has a CommonJS preload, as a sandboxed window requires, that bundles nothing but the bridge', () => {
    const preload = read('preload', 'index.cjs');
    expect(preload).toMatch(/require\("electron"\)/);
    expect(preload).not.toMatch(/^\s*import\s|^\s*export\s/m);
    expect(preload).toMatch(/exposeInMainWorld\("scaleboard"/);
    // Nothing but the contract's types came in: no schema library, no generic invoke.
    expect(preload).not.toMatch(/zod|ZodError/);
    expect(preload).not.toMatch(/exposeInMainWorld\("ipcRenderer"/);
    new Function('require', 'module', 'exports', preload); // parses as a CommonJS function body
  });

  it('serves the renderer with a strict Content-Security-Policy and no remote content', () => {
    const html = read('renderer', 'index.html');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('has every file of the built renderer served by the app scheme, with its type', async () => {
    const root = path.join(OUT_DIR, 'renderer');
    const serve = createAppRequestHandler(root);
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
      statSync(path.join(root, f)).isFile(),
    );
    expect(files.length).toBeGreaterThanOrEqual(3);
    const answers = await Promise.all(
      files.map(async (file) => {
        const url = `scaleboard://app/${file.split(path.sep).map(encodeURIComponent).join('/')}`;
        const response = await serve(new Request(url));
        return { file, status: response.status, type: response.headers.get('content-type') };
      }),
    );
    expect(answers.filter((a) => a.status !== 200 || a.type === 'application/octet-stream')).toEqual([]);
  });

  it('creates windows with the secure web preferences, no spellchecker downloads and no permissions', () => {
    const main = read('main', 'index.js');
    for (const setting of [
      'contextIsolation: true',
      'sandbox: true',
      'nodeIntegration: false',
      'webSecurity: true',
      'spellcheck: false',
      'setPermissionRequestHandler((_contents, _permission, callback) => callback(false))',
      'setPermissionCheckHandler(() => false)',
    ]) {
      expect(main).toContain(setting);
    }
    expect(main).toMatch(/preload\/index\.cjs/);
  });
});

describe('the scaleboard command', () => {
  const bin = path.resolve(__dirname, '../../bin/scaleboard.cjs');
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

  it('runs from bin/ in plain Node, with exit codes and one-line errors', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-bin-'));
    const csv = path.join(folder, 'pilots.csv');
    writeFileSync(csv, 'Initiative,Stage,Owner\nClaims triage,Pilot,Ana\nMail routing,In production,Ben\n');
    const imported = run('import', csv, '--out', path.join(folder, 'pilots.scaleboard'), '--json');
    expect(imported.status).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ rows: 2, imported: 2, stages: { pilot: 1, production: 1 } });
    expect(run('validate', path.join(folder, 'pilots.scaleboard')).stdout).toMatch(/a valid board/);

    const missing = run('import', path.join(folder, 'nope.xlsx'), '--out', path.join(folder, 'x.scaleboard'));
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n')).toEqual([`Could not read nope.xlsx: the file does not exist.`]);
    expect(run('--help').stdout).toMatch(/^Usage:/);
    expect(run().status).toBe(2);
  });

  it('reads in the capped spreadsheet process, so a file that spans too many cells ends in one line, in seconds', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-bin-'));
    const bomb = path.join(folder, 'far-right.xlsx');
    writeFileSync(bomb, farRightWorkbook(20_000));
    const started = performance.now();
    const refused = run('inspect', bomb);
    expect((performance.now() - started) / 1000).toBeLessThan(20);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^far-right\.xlsx spans more than 5,000,000 cells, .*“Sheet1” reaches row 20,000 and column XFD/,
      ),
    ]);
  });
});
