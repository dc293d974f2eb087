import { redactUrlForLog } from '../engine/fixes';
import type { AppEntry } from './url-policy';
import { parseUrl } from './parse-url';
import { isAppSchemeUrl, isAppUrl, parseExternalUrl } from './url-policy';

/** What to do with a navigation or window.open: nothing opens inside the app. */
export type NavigationDecision = { action: 'deny'; openExternally: string | null };

/**
 * Decides a renderer-initiated navigation or window.open: always denied in the app; a
 * safe http(s) link is handed to the user's browser instead (a link in a verdict text).
 */
export function decideNavigation(url: string): NavigationDecision {
  return { action: 'deny', openExternally: parseExternalUrl(url) };
}

/** The parts of a webContents the hardening touches (structural, so tests need no Electron). */
export interface HardenableContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
}

/** The permission hooks of a session (structural). */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (wc: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

/**
 * Locks a webContents down: window.open denied (safe links go to the OS browser),
 * navigation away from the app page blocked, no <webview>. Applied to every webContents
 * the app creates (app 'web-contents-created').
 */
export function hardenWebContents(
  contents: HardenableContents,
  o: { entry: AppEntry; openExternal: (url: string) => void; log: (message: string) => void },
): void {
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideNavigation(url);
    o.log(`window.open denied: ${redactUrlForLog(url)}`);
    if (decision.openExternally) o.openExternal(decision.openExternally);
    return { action: 'deny' };
  });
  const block = (kind: string) => (event: { preventDefault(): void }, url: string) => {
    // Reloading the app page itself is harmless; every other target is refused.
    if (isAppUrl(url, o.entry)) return;
    event.preventDefault();
    o.log(`${kind} blocked: ${redactUrlForLog(url)}`);
    const decision = decideNavigation(url);
    if (kind === 'will-navigate' && decision.openExternally) o.openExternal(decision.openExternally);
  };
  contents.on('will-navigate', block('will-navigate'));
  contents.on('will-redirect', block('will-redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    o.log('webview attach blocked');
  });
}

const INLINE_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/**
 * Whether a request made by a page may leave: the renderer never talks to the network
 * (the CSP says so; this makes main enforce it too). Allowed: the app's own app:// files (the
 * protocol handler serves only the built renderer folder), inline data, and in dev the dev server
 * (its page, modules and HMR websocket). No file: URL at all: the app is not loaded from disk URLs.
 */
export function isRendererRequestAllowed(url: string, entry: AppEntry): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (INLINE_SCHEMES.has(parsed.protocol)) return true;
  if (entry.kind === 'app') return isAppSchemeUrl(parsed);
  const dev = new URL(entry.url);
  return (parsed.protocol === 'http:' || parsed.protocol === 'ws:') && parsed.host === dev.host;
}

/**
 * The one permission the window keeps: writing plain text to the clipboard (the owner's copy
 * buttons; Chromium sanitises it, and it cannot read anything back).
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** Denies every permission request and check (camera, notifications, geolocation, clipboard reads...). */
export function denyAllPermissions(session: HardenableSession, log: (message: string) => void): void {
  session.setPermissionRequestHandler((_wc, permission, callback) => {
    const granted = ALLOWED_PERMISSIONS.has(permission);
    if (!granted) log(`permission denied: ${permission}`);
    callback(granted);
  });
  session.setPermissionCheckHandler((_wc, permission) => ALLOWED_PERMISSIONS.has(permission));
  session.setDevicePermissionHandler(() => false);
}
