// The app's own pages come from app://gateway-doctor/… (a privileged standard scheme served by
// main) instead of file://, so the page has a real origin, 'self' in the CSP means only the app,
// and the file:// extra privileges can be switched off (electronFuses in electron-builder.yml).
import { readFile, realpath, stat } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { parseUrl } from './parse-url';

/** The scheme and host of the app's own pages. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'gateway-doctor';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page main loads. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * The argument of `protocol.registerSchemesAsPrivileged` (must run before app 'ready'):
 * standard (relative URLs, a tuple origin), secure (like https: no mixed-content rules),
 * fetch for the page's own modules. Nothing else: no CSP bypass, no service workers, no CORS.
 */
export function appSchemePrivileges(): {
  scheme: string;
  privileges: { standard: true; secure: true; supportFetchAPI: true };
}[] {
  return [{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }];
}

/** Content types by extension; anything else is served as opaque bytes (and nosniff). */
const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The content type for a file name (by extension, case-insensitive). */
export function mimeTypeFor(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The file-system calls the handler makes (Electron's fs reads inside app.asar too). */
export interface AppFileSystem {
  realpath(path: string): Promise<string>;
  isFile(path: string): Promise<boolean>;
  readFile(path: string): Promise<Uint8Array>;
}

/** node:fs callback APIs: these are the ones Electron's asar support patches for sure. */
export const nodeAppFileSystem: AppFileSystem = {
  realpath: (p) => promisify(realpath)(p),
  isFile: async (p) => (await promisify(stat)(p)).isFile(),
  readFile: (p) => promisify(readFile)(p),
};

/** True when `child` is `folder` itself or lies below it (both absolute, normalised). */
function isInside(folder: string, child: string): boolean {
  const rel = relative(folder, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Maps an app:// URL to a path inside `root`, or null. Only the app's host; the path is
 * decoded once and split into segments, and any `..` or `.` segment, a backslash, a drive or
 * stream colon or a NUL refuses the whole request (no "normalising" a hostile path into a
 * harmless-looking one). `/` means index.html. Symlinks are checked by the handler.
 */
export function appUrlToPath(root: string, url: string): string | null {
  const parsed = parseUrl(url);
  if (parsed === null) return null;
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (decoded === '/' || decoded === '') decoded = '/index.html';
  const segments = decoded.split('/').slice(1);
  const bad = (s: string): boolean => s === '' || s === '.' || s === '..' || /[\\:\0]/.test(s);
  if (segments.length === 0 || segments.some(bad)) return null;
  const base = resolve(root);
  const candidate = resolve(join(base, ...segments));
  return isInside(base, candidate) && candidate !== base ? candidate : null;
}

/** What the handler needs from Electron's request (structural, so tests need no Electron). */
export interface AppRequest {
  url: string;
  method: string;
}

const NOT_FOUND = (): Response =>
  new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/**
 * The `protocol.handle('app', …)` handler: serves GET/HEAD of regular files whose real path
 * (symlinks resolved) lies inside `root` (the built renderer folder), with the content type of
 * the extension and nosniff; 404 for everything else, 405 for other methods. Never throws.
 * (Only the app's own window uses this session's app:// handler: it never shows other pages.)
 */
export function createAppProtocolHandler(o: {
  root: string;
  fs?: AppFileSystem;
  log?: (message: string) => void;
}): (request: AppRequest) => Promise<Response> {
  const fs = o.fs ?? nodeAppFileSystem;
  const log = o.log ?? (() => undefined);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const path = appUrlToPath(o.root, request.url);
    if (!path) {
      log('app:// request refused: not a file of the app');
      return NOT_FOUND();
    }
    try {
      const [rootReal, fileReal] = await Promise.all([fs.realpath(resolve(o.root)), fs.realpath(path)]);
      if (!isInside(rootReal, fileReal) || fileReal === rootReal || !(await fs.isFile(fileReal))) {
        log('app:// request refused: outside the app folder or not a file');
        return NOT_FOUND();
      }
      const body = await fs.readFile(fileReal);
      const headers = {
        'content-type': mimeTypeFor(fileReal),
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      };
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
    } catch {
      // a missing file (ENOENT) or one that cannot be read: the same answer, nothing more
      return NOT_FOUND();
    }
  };
}
