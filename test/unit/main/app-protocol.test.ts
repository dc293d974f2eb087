// The app:// handler against a real temp folder: only files inside the renderer folder are
// served; traversal (plain, encoded, double-encoded), absolute paths and symlinks that point
// outside are refused with 404 and never read.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appSchemePrivileges,
  appUrlToPath,
  createAppProtocolHandler,
  mimeTypeFor,
  nodeAppFileSystem,
} from '../../../electron/main/app-protocol';
import type { AppFileSystem } from '../../../electron/main/app-protocol';

const SECRET = 'top secret outside the app';
let work = '';
let root = '';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'gd-app-proto-'));
  root = join(work, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'export const x = 1;');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(join(root, 'assets', 'font.woff2'), 'w');
  writeFileSync(join(root, 'assets', 'blob.bin'), 'b');
  writeFileSync(join(root, 'assets', 'my file.js'), 'export {};');
  writeFileSync(join(work, 'secret.txt'), SECRET);
  mkdirSync(join(work, 'renderer-evil'));
  writeFileSync(join(work, 'renderer-evil', 'x.js'), SECRET);
  // symlinks: one escaping to a file outside, one to a folder outside, one staying inside
  symlinkSync(join(work, 'secret.txt'), join(root, 'assets', 'leak.js'));
  symlinkSync(work, join(root, 'up'));
  symlinkSync(join(root, 'assets', 'index-abc.js'), join(root, 'alias.js'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** The real node:fs, with every read recorded (a refused request must not read anything). */
function recordingFs(): { fs: AppFileSystem; reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    fs: {
      realpath: nodeAppFileSystem.realpath,
      isFile: nodeAppFileSystem.isFile,
      readFile: async (p) => {
        reads.push(p);
        return nodeAppFileSystem.readFile(p);
      },
    },
  };
}

async function get(
  url: string,
  method = 'GET',
): Promise<{ status: number; type: string | null; body: string; reads: string[] }> {
  const { fs, reads } = recordingFs();
  const logs: string[] = [];
  const handler = createAppProtocolHandler({ root, fs, log: (m) => void logs.push(m) });
  const response = await handler({ url, method });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: await response.text(),
    reads,
  };
}

describe('app:// scheme', () => {
  it('is registered standard, secure and fetch-capable, and nothing more', () => {
    expect(appSchemePrivileges()).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('app:// handler', () => {
  it.each([
    ['app://gateway-doctor/index.html', 'text/html; charset=utf-8', '<!doctype html><title>app</title>'],
    ['app://gateway-doctor/', 'text/html; charset=utf-8', '<!doctype html><title>app</title>'],
    ['app://gateway-doctor/assets/index-abc.js', 'text/javascript; charset=utf-8', 'export const x = 1;'],
    [
      'app://gateway-doctor/assets/index-abc.js?v=1#x',
      'text/javascript; charset=utf-8',
      'export const x = 1;',
    ],
    ['app://gateway-doctor/assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://gateway-doctor/assets/logo.svg', 'image/svg+xml', '<svg/>'],
    ['app://gateway-doctor/assets/font.woff2', 'font/woff2', 'w'],
    ['app://gateway-doctor/assets/blob.bin', 'application/octet-stream', 'b'],
    ['app://gateway-doctor/assets/my%20file.js', 'text/javascript; charset=utf-8', 'export {};'],
    // a symlink that stays inside the folder is fine
    ['app://gateway-doctor/alias.js', 'text/javascript; charset=utf-8', 'export const x = 1;'],
  ])('serves %s as %s', async (url, type, body) => {
    const r = await get(url);
    expect(r).toMatchObject({ status: 200, type, body });
  });

  it('sends nosniff and answers HEAD without a body', async () => {
    const handler = createAppProtocolHandler({ root });
    const head = await handler({ url: 'app://gateway-doctor/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await head.text()).toBe('');
  });

  it.each([
    ['plain traversal (normalised away by the URL parser)', 'app://gateway-doctor/../secret.txt'],
    ['encoded dots', 'app://gateway-doctor/%2e%2e/secret.txt'],
    ['mixed encoded dots', 'app://gateway-doctor/assets/.%2E/.%2e/secret.txt'],
    ['encoded slashes', 'app://gateway-doctor/..%2fsecret.txt'],
    ['encoded slashes and dots', 'app://gateway-doctor/%2e%2e%2fsecret.txt'],
    ['encoded backslashes', 'app://gateway-doctor/..%5csecret.txt'],
    ['a backslash path', 'app://gateway-doctor/assets\\..\\..\\secret.txt'],
    ['double-encoded dots (a literal name, not a parent)', 'app://gateway-doctor/%252e%252e/secret.txt'],
    ['an absolute path', `app://gateway-doctor/${encodeURIComponent(join(work, 'secret.txt'))}`],
    ['an absolute path after a double slash', `app://gateway-doctor/${join(work, 'secret.txt')}`],
    ['a drive path', 'app://gateway-doctor/C:/Windows/win.ini'],
    ['a sibling folder with the same prefix', 'app://gateway-doctor/../renderer-evil/x.js'],
    ['a NUL byte', 'app://gateway-doctor/index.html%00.js'],
    ['a symlink to a file outside', 'app://gateway-doctor/assets/leak.js'],
    ['a symlink to a folder outside', 'app://gateway-doctor/up/secret.txt'],
    ['a folder', 'app://gateway-doctor/assets'],
    ['a folder with a trailing slash', 'app://gateway-doctor/assets/'],
    ['a missing file', 'app://gateway-doctor/nope.js'],
    ['a bad escape', 'app://gateway-doctor/%zz.js'],
    ['another host', 'app://evil.example.test/index.html'],
    ['credentials', 'app://u:p@gateway-doctor/index.html'],
    ['a port', 'app://gateway-doctor:99/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['not a URL', '::nonsense'],
  ])('refuses %s with 404 and reads nothing outside', async (_label, url) => {
    const r = await get(url);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain(SECRET);
    expect(r.reads).toEqual([]);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://gateway-doctor/index.html', 'POST')).status).toBe(405);
    expect((await get('app://gateway-doctor/index.html', 'PUT')).status).toBe(405);
  });

  it('answers 404, not an exception, when the folder itself is gone', async () => {
    const handler = createAppProtocolHandler({ root: join(work, 'missing') });
    expect((await handler({ url: 'app://gateway-doctor/index.html', method: 'GET' })).status).toBe(404);
  });
});

describe('app:// path mapping', () => {
  it('maps into the folder and refuses dot segments outright', () => {
    expect(appUrlToPath('/opt/gd/out/renderer', 'app://gateway-doctor/assets/a.js')).toBe(
      '/opt/gd/out/renderer/assets/a.js',
    );
    expect(appUrlToPath('/opt/gd/out/renderer', 'app://gateway-doctor/')).toBe(
      '/opt/gd/out/renderer/index.html',
    );
    expect(
      appUrlToPath('/opt/gd/out/renderer', 'app://gateway-doctor/a/..%2f..%2f..%2fetc/passwd'),
    ).toBeNull();
    expect(appUrlToPath('/opt/gd/out/renderer', 'app://gateway-doctor/.%2findex.html')).toBeNull();
    expect(appUrlToPath('/opt/gd/out/renderer', 'app://gateway-doctor//etc/passwd')).toBeNull();
  });

  it('gives content types by extension, case-insensitively', () => {
    expect(mimeTypeFor('a/INDEX.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('x.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('x.png')).toBe('image/png');
    expect(mimeTypeFor('Makefile')).toBe('application/octet-stream');
  });
});
