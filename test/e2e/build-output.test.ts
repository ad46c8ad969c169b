import { readFileSync } from 'node:fs';
import path from 'node:path';
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

  it('creates windows with the secure web preferences', () => {
    const main = read('main', 'index.js');
    for (const setting of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'webSecurity: true']) {
      expect(main).toContain(setting);
    }
    expect(main).toMatch(/preload\/index\.cjs/);
  });
});
