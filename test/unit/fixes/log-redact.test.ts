import { describe, expect, it } from 'vitest';
import {
  describeFixParamsForLog,
  redactArgvForLog,
  redactUrlForLog,
} from '../../../electron/engine/fixes/log-redact';
import { FixService } from '../../../electron/engine/fixes/service';
import { createFixesHandlers } from '../../../electron/main/handlers/fixes';
import type { HardenableContents } from '../../../electron/main/security';
import { hardenWebContents } from '../../../electron/main/security';
import { resolveAppEntry } from '../../../electron/main/url-policy';
import { fakeContext } from '../main/helpers';
import { fakeLinuxDeps } from './fake-deps';

// Logs and history keep which site and which servers, never a URL's user name, password,
// query or fragment (they can carry session tokens).

const SECRET_URL = 'https://ann:hunter2@shop.example:8443/cart/42?session=s3cr3t&x=1#token=abc';
const SECRETS = ['ann', 'hunter2', 's3cr3t', 'session=', 'token=abc'];
const leaks = (text: string): string[] => SECRETS.filter((s) => text.includes(s));

describe('redactUrlForLog', () => {
  it.each([
    [SECRET_URL, 'https://shop.example:8443/cart/42'],
    ['http://admin:pw@10.0.0.5/', 'http://10.0.0.5/'],
    ['https://[2001:db8::1]/a?b#c', 'https://[2001:db8::1]/a'],
    ['javascript:alert(document.cookie)', 'javascript:[redacted]'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'data:[redacted]'],
    ['not a url ?token=1', '[not a URL]'],
  ])('%s → %s', (url, shown) => {
    expect(redactUrlForLog(url)).toBe(shown);
  });

  it('caps a very long path', () => {
    expect(redactUrlForLog(`https://a.example/${'x'.repeat(1000)}`).length).toBeLessThanOrEqual(201);
  });

  it('redacts URL arguments and fix parameters, keeps servers and browser', () => {
    expect(redactArgvForLog(['/usr/bin/firefox', '--private-window', SECRET_URL])).toEqual([
      '/usr/bin/firefox',
      '--private-window',
      'https://shop.example:8443/cart/42',
    ]);
    expect(
      JSON.parse(describeFixParamsForLog({ servers: ['1.1.1.1'], url: SECRET_URL, browser: 'firefox' })),
    ).toEqual({
      servers: ['1.1.1.1'],
      url: 'https://shop.example:8443/cart/42',
      browser: 'firefox',
    });
  });
});

describe('what the fixes log', () => {
  it('open-private-window: the log and history hold the URL without query or fragment; the browser gets it whole', async () => {
    const launched: string[][] = [];
    const deps = fakeLinuxDeps({
      which: (n) => Promise.resolve(n === 'firefox' ? '/usr/bin/firefox' : null),
      launch: (argv) => (launched.push(argv), Promise.resolve()),
    });
    const url = 'https://shop.example/cart?session=s3cr3t#token=abc';
    const r = await new FixService(deps).run('open-private-window', { url });
    expect(r.outcome).toBe('kept');
    expect(launched).toEqual([['/usr/bin/firefox', '--private-window', url]]);
    expect(leaks(deps.logs.join('\n'))).toEqual([]);
    expect(deps.logs.some((l) => l.includes('https://shop.example/cart'))).toBe(true);
    expect(leaks(deps.fs.text('/state/history.jsonl') ?? '')).toEqual([]);
  });

  it('main logs a fix request with the URL redacted', async () => {
    const ctx = fakeContext();
    const deps = fakeLinuxDeps();
    const handlers = createFixesHandlers(ctx, { service: new FixService(deps), recoverOnStart: false });
    await Promise.resolve(
      handlers['fix:run'](
        { fixId: 'switch-dns', params: { servers: ['192.0.2.53'], url: SECRET_URL } },
        { senderId: 1 },
      ),
    ).catch(() => undefined);
    const line = ctx.logs.find((l) => l.includes('[fix] run requested: switch-dns'));
    expect(line).toContain('"servers":["192.0.2.53"]');
    expect(line).toContain('https://shop.example:8443/cart/42');
    expect(leaks(ctx.logs.join('\n'))).toEqual([]);
  });

  it('main logs blocked navigations and window.open with the URL redacted', () => {
    const logs: string[] = [];
    const h: { open?: (d: { url: string }) => unknown } = {};
    const listeners = new Map<string, (e: { preventDefault(): void }, url: string) => void>();
    const contents = {
      setWindowOpenHandler: (fn: (d: { url: string }) => unknown) => void (h.open = fn),
      on: (name: string, l: (e: { preventDefault(): void }, url: string) => void) =>
        void listeners.set(name, l),
    } as unknown as HardenableContents;
    const entry = resolveAppEntry({
      isPackaged: true,
      devServerUrl: undefined,
      rendererIndexPath: '/opt/gd/out/renderer/index.html',
    });
    hardenWebContents(contents, { entry, openExternal: () => undefined, log: (m) => void logs.push(m) });
    h.open?.({ url: SECRET_URL });
    listeners.get('will-navigate')?.({ preventDefault: () => undefined }, SECRET_URL);
    expect(logs).toEqual([
      'window.open denied: https://shop.example:8443/cart/42',
      'will-navigate blocked: https://shop.example:8443/cart/42',
    ]);
  });
});
