import { describe, expect, it } from 'vitest';
import {
  decideNavigation,
  denyAllPermissions,
  hardenWebContents,
  isRendererRequestAllowed,
} from '../../../electron/main/security';
import type { HardenableContents } from '../../../electron/main/security';
import { resolveAppEntry } from '../../../electron/main/url-policy';

const entry = resolveAppEntry({
  isPackaged: true,
  devServerUrl: undefined,
  rendererIndexPath: '/opt/gd/out/renderer/index.html',
});

function fakeContents() {
  let openHandler: ((d: { url: string }) => { action: 'deny' }) | null = null;
  const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
  const contents = {
    setWindowOpenHandler(h: (d: { url: string }) => { action: 'deny' }) {
      openHandler = h;
    },
    on(event: string, listener: (event: { preventDefault(): void }, url: string) => void) {
      listeners.set(event, listener);
    },
  } as unknown as HardenableContents;
  const fire = (name: string, url: string): boolean => {
    let prevented = false;
    listeners.get(name)?.({ preventDefault: () => void (prevented = true) }, url);
    return prevented;
  };
  return { contents, open: (url: string) => openHandler?.({ url }), fire };
}

function harden() {
  const opened: string[] = [];
  const fake = fakeContents();
  hardenWebContents(fake.contents, { entry, openExternal: (u) => void opened.push(u), log: () => undefined });
  return { ...fake, opened };
}

describe('web contents hardening', () => {
  it('denies window.open and hands only safe http(s) links to the browser', () => {
    const { open, opened } = harden();
    expect(open('https://status.example.test/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://status.example.test/']);
  });

  it('blocks navigation away from the app page', () => {
    const { fire, opened } = harden();
    expect(fire('will-navigate', 'https://evil.example.test/')).toBe(true);
    expect(fire('will-navigate', 'file:///home/user/x.html')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example.test/')).toBe(true);
    expect(opened).toEqual(['https://evil.example.test/']);
  });

  it('lets the app page reload itself', () => {
    const { fire } = harden();
    expect(fire('will-navigate', 'app://gateway-doctor/index.html')).toBe(false);
    expect(fire('will-navigate', 'file:///opt/gd/out/renderer/index.html')).toBe(true);
    expect(fire('will-navigate', 'app://gateway-doctor/assets/other.html')).toBe(true);
  });

  it('refuses <webview>', () => {
    const { fire } = harden();
    expect(fire('will-attach-webview', '')).toBe(true);
  });

  it('never allows navigation', () => {
    expect(decideNavigation('https://example.test/').action).toBe('deny');
    expect(decideNavigation('ftp://example.test/')).toEqual({ action: 'deny', openExternally: null });
  });
});

describe('permissions', () => {
  it('denies every request, check and device', () => {
    const got: {
      request?: (wc: unknown, p: string, cb: (g: boolean) => void) => void;
      check?: (wc: unknown, p: string) => boolean;
      device?: () => boolean;
    } = {};
    denyAllPermissions(
      {
        setPermissionRequestHandler: (h) => void (got.request = h),
        setPermissionCheckHandler: (h) => void (got.check = h),
        setDevicePermissionHandler: (h) => void (got.device = h),
      },
      () => undefined,
    );
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      got.request?.(null, p, (g) => answers.push(g));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(got.check?.(null, 'media')).toBe(false);
    expect(got.check?.(null, 'clipboard-read')).toBe(false);
    expect(got.device?.()).toBe(false);
  });

  it('lets the window write plain text to the clipboard, and nothing more', () => {
    let request: ((wc: unknown, p: string, cb: (g: boolean) => void) => void) | undefined;
    let check: ((wc: unknown, p: string) => boolean) | undefined;
    const denied: string[] = [];
    denyAllPermissions(
      {
        setPermissionRequestHandler: (h) => void (request = h),
        setPermissionCheckHandler: (h) => void (check = h),
        setDevicePermissionHandler: () => undefined,
      },
      (m) => denied.push(m),
    );
    const answers: boolean[] = [];
    request?.(null, 'clipboard-sanitized-write', (g) => answers.push(g));
    request?.(null, 'clipboard-read', (g) => answers.push(g));
    expect(answers).toEqual([true, false]);
    expect(check?.(null, 'clipboard-sanitized-write')).toBe(true);
    expect(denied).toEqual(['permission denied: clipboard-read']);
  });
});

describe('requests from pages', () => {
  const dev = resolveAppEntry({
    isPackaged: false,
    devServerUrl: 'http://localhost:5173/',
    rendererIndexPath: '/x/index.html',
  });

  it('stay local in production', () => {
    expect(isRendererRequestAllowed('app://gateway-doctor/assets/index.js', entry)).toBe(true);
    expect(isRendererRequestAllowed('app://gateway-doctor/index.html', entry)).toBe(true);
    expect(isRendererRequestAllowed('data:image/png;base64,AAAA', entry)).toBe(true);
    expect(isRendererRequestAllowed('app://other-host/x.js', entry)).toBe(false);
    expect(isRendererRequestAllowed('app://gateway-doctor/index.js', dev)).toBe(false);
    // the app is not loaded from file:// any more: no disk URL may load, not even the renderer's own
    expect(isRendererRequestAllowed('file:///opt/gd/out/renderer/assets/index.js', entry)).toBe(false);
    expect(isRendererRequestAllowed('file:///etc/passwd', entry)).toBe(false);
    expect(isRendererRequestAllowed('file:///opt/gd/out/renderer/index.js', dev)).toBe(false);
    expect(isRendererRequestAllowed('https://tracker.example.test/pixel.gif', entry)).toBe(false);
    expect(isRendererRequestAllowed('http://localhost:5173/', entry)).toBe(false);
    expect(isRendererRequestAllowed('ws://127.0.0.1:9222/', entry)).toBe(false);
    expect(isRendererRequestAllowed('::nonsense', entry)).toBe(false);
  });

  it('may reach the dev server (page, modules, HMR socket) in dev only', () => {
    expect(isRendererRequestAllowed('http://localhost:5173/@vite/client', dev)).toBe(true);
    expect(isRendererRequestAllowed('ws://localhost:5173/', dev)).toBe(true);
    expect(isRendererRequestAllowed('http://localhost:5174/', dev)).toBe(false);
    expect(isRendererRequestAllowed('https://example.test/', dev)).toBe(false);
  });
});
