/**
 * The handler behind `scaleboard://app/…`, on a real folder with real symlinks: it serves the built renderer's
 * files with their types and the security headers, and refuses everything that could reach a file outside.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { APP_ENTRY_URL, appPathSegments, createAppRequestHandler } from '../../../electron/main/windows/app-scheme';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/windows/content-security-policy';

let work: string;
let root: string;
let serve: (request: Request) => Promise<Response>;
const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-scheme-'));
  root = path.join(work, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Scaleboard</title>');
  writeFileSync(path.join(root, 'assets', 'index-Ab_1-x.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'index-Ab_1-x.css'), 'body{}');
  writeFileSync(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(path.join(root, 'assets', 'data.bin'), 'bytes');
  writeFileSync(path.join(work, 'secret.txt'), 'outside the renderer folder');
  mkdirSync(path.join(work, 'elsewhere'));
  writeFileSync(path.join(work, 'elsewhere', 'page.html'), 'outside too');
  if (process.platform !== 'win32') {
    symlinkSync(path.join(work, 'secret.txt'), path.join(root, 'assets', 'link-out.txt'));
    symlinkSync(path.join(work, 'elsewhere'), path.join(root, 'linked-folder'));
    symlinkSync(path.join(root, 'assets', 'logo.svg'), path.join(root, 'assets', 'link-in.svg'));
  }
  serve = createAppRequestHandler(root);
});

describe('the app scheme handler', () => {
  it.each([
    [APP_ENTRY_URL, 'text/html; charset=utf-8', '<!doctype html><title>Scaleboard</title>'],
    ['scaleboard://app/', 'text/html; charset=utf-8', '<!doctype html><title>Scaleboard</title>'],
    ['scaleboard://app/index.html#audience', 'text/html; charset=utf-8', '<!doctype html><title>Scaleboard</title>'],
    ['scaleboard://app/assets/index-Ab_1-x.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['scaleboard://app/assets/index-Ab_1-x.css', 'text/css; charset=utf-8', 'body{}'],
    ['scaleboard://app/assets/logo.svg', 'image/svg+xml', '<svg/>'],
    ['scaleboard://app/assets/data.bin', 'application/octet-stream', 'bytes'],
  ])('serves %s as %s', async (url, type, body) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(await response.text()).toBe(body);
  });

  it('sends the CSP as a header, nosniff and no caching with every answer, refusals included', async () => {
    for (const url of [APP_ENTRY_URL, 'scaleboard://app/missing.js', 'scaleboard://app/../secret.txt']) {
      const response = await get(url);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(APP_ENTRY_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get(APP_ENTRY_URL, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it.each([
    ['a missing file', 'scaleboard://app/assets/nope.js'],
    ['a folder', 'scaleboard://app/assets'],
  ])('answers 404 for %s', async (_what, url) => {
    expect((await get(url)).status).toBe(404);
  });

  // A Request's URL has its dot segments resolved already (as Chromium's has): they cannot climb above the root.
  it.each([
    ['..', 'scaleboard://app/../secret.txt'],
    ['.. twice', 'scaleboard://app/assets/../../secret.txt'],
    ['encoded dots', 'scaleboard://app/%2e%2e/secret.txt'],
    ['encoded dots, upper case', 'scaleboard://app/assets/%2E%2E/%2E%2E/secret.txt'],
  ])('refuses %s with 404: the path stays inside the folder', async (_what, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
  });

  it.each([
    ['an encoded slash', 'scaleboard://app/..%2fsecret.txt'],
    ['an encoded slash inside a name', 'scaleboard://app/assets%2F..%2F..%2Fsecret.txt'],
    ['a backslash', 'scaleboard://app/..\\secret.txt'],
    ['an encoded backslash', 'scaleboard://app/..%5csecret.txt'],
    ['a NUL byte', 'scaleboard://app/index.html%00.js'],
    ['a broken escape', 'scaleboard://app/%E0%A4%A'],
    ['an absolute path', 'scaleboard://app//etc/passwd'],
    ['a drive letter', 'scaleboard://app/C:/Windows/win.ini'],
    ['a hidden file', 'scaleboard://app/.env'],
    ['another host', 'scaleboard://evil/index.html'],
    ['the host in capitals', 'scaleboard://APP/index.html'],
    ['a port', 'scaleboard://app:80/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['https', 'https://app/index.html'],
  ])('refuses %s with 403, reading nothing outside the folder', async (_what, url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('Forbidden');
  });

  it.runIf(process.platform !== 'win32')(
    'refuses symlinks that lead out of the folder, and follows those that stay',
    async () => {
      expect((await get('scaleboard://app/assets/link-out.txt')).status).toBe(403);
      expect((await get('scaleboard://app/linked-folder/page.html')).status).toBe(403);
      const inside = await get('scaleboard://app/assets/link-in.svg');
      expect(inside.status).toBe(200);
      expect(await inside.text()).toBe('<svg/>');
    },
  );

  it('answers 404 while the folder itself is missing', async () => {
    const missing = createAppRequestHandler(path.join(work, 'not-built-yet'));
    expect((await missing(new Request(APP_ENTRY_URL))).status).toBe(404);
  });

  it('reads each segment of the path as the URL carries it, refusing dot segments it still has', () => {
    expect(appPathSegments('scaleboard://app/assets/index.js?v=1#x')).toEqual(['assets', 'index.js']);
    expect(appPathSegments('scaleboard://app')).toEqual(['index.html']);
    expect(appPathSegments('scaleboard://app/a/./b')).toBeNull();
    expect(appPathSegments('scaleboard://app/a//b')).toBeNull();
  });
});
