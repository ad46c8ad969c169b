/**
 * The app's own scheme, `scaleboard://app/…`, from which both windows load the renderer (DESIGN.md §4).
 *
 * Never the file protocol: the packaged app's fuse `grantFileProtocolExtraPrivileges` is off, so a page loaded
 * from a file has a `null` origin, runs no module scripts and cannot read inside app.asar; every installer would
 * open a blank window. A standard, secure scheme gives the page a real origin (`scaleboard://app`) that the CSP's
 * 'self', the navigation guard and the IPC sender check can all name.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

export const APP_SCHEME = 'scaleboard';
/** The page's origin: the one host the scheme serves. */
export const APP_ORIGIN = `${APP_SCHEME}://app`;
/** The page both windows load; the audience window adds `#audience`. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before `ready` (Electron allows it only then). Standard: relative URLs resolve and the page has an
 * origin, `scaleboard://app`. Secure: a secure context, as https. Fetch: the page may fetch its own files. Not
 * CORS-enabled: the page's module scripts come from its own origin, which needs no CORS, and Electron serves a
 * CORS-enabled scheme to any origin without checking Access-Control-Allow-Origin. No `bypassCSP`, no service
 * workers, no code cache.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** One path segment as the build names files: letters, digits, `_`, `-` and inner dots; never `.` or `..`. */
const SAFE_SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
/** The scheme and host exactly as Chromium writes them for a standard scheme, then the path. */
const APP_URL = new RegExp(`^${APP_ORIGIN}(/[^?#]*)?(?:[?#].*)?$`);

/** Sent with every answer, refusals included. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // The files change with each release; nothing of an old version may be served from a cache.
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function refuse(status: 403 | 404 | 405, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  });
}

/**
 * The path segments a URL asks for, each decoded on its own, or null when the URL is not one of the app's or a
 * segment could name something outside the folder: `..` or `.` (Chromium and the Request class resolve those
 * already; this does not rely on it), an encoded slash or backslash, a NUL, a drive letter, an empty segment.
 */
export function appPathSegments(url: string): string[] | null {
  const match = APP_URL.exec(url);
  if (!match) return null;
  const rawPath = match[1] && match[1] !== '/' ? match[1] : '/index.html';
  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (!SAFE_SEGMENT.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

function isInside(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * The handler behind `protocol.handle('scaleboard', …)`: serves files under `root` (the built renderer folder)
 * and nothing else. Refusals: 403 for a URL that is not the app's or that tries to leave the folder (including
 * through a symlink), 404 for what is not there, 405 for anything but GET and HEAD. Every answer carries the CSP,
 * `nosniff` and `no-store`.
 */
export function createAppRequestHandler(root: string): (request: Request) => Promise<Response> {
  let realRoot: Promise<string> | null = null;
  const resolveRoot = (): Promise<string | null> =>
    (realRoot ??= realpath(root)).catch(() => {
      realRoot = null; // a root that is missing now is looked for again next time
      return null;
    });
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refuse(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    const segments = appPathSegments(request.url);
    if (!segments) return refuse(403, 'Forbidden');
    const folder = await resolveRoot();
    if (!folder) return refuse(404, 'Not found');
    let file: string;
    let body: Uint8Array | null = null;
    try {
      file = await realpath(path.join(folder, ...segments));
      if (!isInside(folder, file)) return refuse(403, 'Forbidden');
      if (!(await stat(file)).isFile()) return refuse(404, 'Not found');
      if (request.method === 'GET') body = new Uint8Array(await readFile(file));
    } catch {
      return refuse(404, 'Not found');
    }
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': type } });
  };
}
