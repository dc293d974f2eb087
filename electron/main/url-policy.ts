import { dirname } from 'node:path';
import { APP_HOST, APP_INDEX_URL, APP_ORIGIN, APP_SCHEME } from './app-protocol';
import { openUrlProblem } from '../engine/fixes';
import { parseUrl } from './parse-url';

/**
 * Where the renderer is loaded from: the built folder served as app://gateway-doctor/ in
 * production (see app-protocol.ts), the dev server in dev.
 */
export type AppEntry =
  { kind: 'app'; url: string; origin: string; root: string } | { kind: 'dev'; url: string; origin: string };

const MAX_EXTERNAL_URL = 2048;

/**
 * Returns the normalised URL when `input` is safe to hand to the OS browser: the engine's one
 * rule for a URL a browser may get (openUrlProblem: http(s), no credentials, no spaces or
 * control characters), at most 2048 characters. Anything else (file:, javascript:, custom
 * schemes, relative paths) gives null.
 */
export function parseExternalUrl(input: unknown): string | null {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_EXTERNAL_URL) return null;
  if (openUrlProblem(input) !== null) return null;
  return parseUrl(input)?.href ?? null;
}

/**
 * Decides where the renderer comes from. The dev server URL (set by electron-vite in
 * `npm run dev`) is only honoured when the app is not packaged and it is a loopback http URL.
 */
export function resolveAppEntry(o: {
  isPackaged: boolean;
  devServerUrl: string | undefined;
  rendererIndexPath: string;
}): AppEntry {
  if (!o.isPackaged && o.devServerUrl) {
    const dev = parseDevServerUrl(o.devServerUrl);
    if (dev) return { kind: 'dev', url: dev.href, origin: dev.origin };
  }
  return { kind: 'app', url: APP_INDEX_URL, origin: APP_ORIGIN, root: dirname(o.rendererIndexPath) };
}

function parseDevServerUrl(value: string): URL | null {
  const url = parseUrl(value);
  const loopback = url !== null && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return url?.protocol === 'http:' && loopback ? url : null;
}

/**
 * True when `url` is the app's own page: exactly app://gateway-doctor/index.html (any hash or
 * query, which the renderer may use for routing) or, in dev, a page of the dev server's origin.
 * Node gives custom schemes an opaque origin, so scheme, host and path are compared instead.
 */
export function isAppUrl(url: string | null | undefined, entry: AppEntry): boolean {
  if (!url) return false;
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (entry.kind === 'dev') return parsed.origin === entry.origin;
  return isAppSchemeUrl(parsed) && parsed.pathname === new URL(entry.url).pathname;
}

/** An app:// URL of the app's host (no credentials, no port): the only host the handler serves. */
export function isAppSchemeUrl(url: URL): boolean {
  return (
    url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
  );
}
