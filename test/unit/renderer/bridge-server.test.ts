import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelHandlers, EventChannel, EventPayload, InvokeChannel } from '../../../electron/contract';
import { FakeBridge } from '../../bridge/fake-bridge';
import { startBridgeServer } from '../../bridge/server';
import type { BridgeServer } from '../../bridge/server';

interface Reply {
  status: number;
  body: string;
}

function call(
  server: BridgeServer,
  path: string,
  o: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  const url = new URL(path, server.origin);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: o.method ?? 'GET', headers: o.headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(o.body);
  });
}

const json = (server: BridgeServer, token = server.token) => ({
  'content-type': 'application/json',
  authorization: `Bearer ${token}`,
  origin: server.origin,
});

describe('loopback test bridge server', () => {
  const fake = new FakeBridge();
  let server: BridgeServer;
  let send: <E extends EventChannel>(channel: E, payload: EventPayload<E>) => void = () => undefined;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'gd-bridge-'));
    writeFileSync(
      join(root, 'index.html'),
      '<html><head><script type="module" src="/a.js"></script></head></html>',
    );
    writeFileSync(join(root, 'a.js'), 'console.log(1)');
    const handlers = Object.fromEntries(
      (Object.keys(fake.bridge.invoke) as InvokeChannel[]).map((c) => [
        c,
        (r: unknown) => (fake.bridge.invoke[c] as (x: unknown) => Promise<unknown>)(r),
      ]),
    ) as unknown as ChannelHandlers;
    server = await startBridgeServer({ root, handlers, onBroadcast: (b) => (send = b) });
  });
  afterAll(async () => {
    await server.close();
  });

  it('listens on 127.0.0.1 only, with a long random token', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the page only with the token, and injects the bridge script before the app', async () => {
    expect((await call(server, '/')).status).toBe(403);
    const page = await call(server, `/?token=${server.token}`);
    expect(page.status).toBe(200);
    expect(page.body.indexOf('__gd/bridge.js')).toBeGreaterThan(0);
    expect(page.body.indexOf('__gd/bridge.js')).toBeLessThan(page.body.indexOf('type="module"'));
    expect((await call(server, '/__gd/bridge.js')).status).toBe(403);
    const script = await call(server, `/__gd/bridge.js?token=${server.token}`);
    expect(script.body).toContain('gatewayDoctor');
    expect(script.body).toContain('"diagnosis:start"');
  });

  it('refuses another Host name (DNS rebinding) and paths outside the renderer', async () => {
    expect(
      (await call(server, `/?token=${server.token}`, { headers: { host: 'evil.example' } })).status,
    ).toBe(421);
    expect((await call(server, '/..%2f..%2f..%2fetc%2fpasswd')).status).toBe(403);
    expect((await call(server, '/a.js')).status).toBe(200);
  });

  it('answers invokes only with the token, from its own origin, with a valid payload', async () => {
    const body = JSON.stringify({ request: { text: '502 Bad Gateway' } });
    expect(
      (
        await call(server, '/__gd/invoke/diagnosis:explain', {
          method: 'POST',
          headers: json(server, 'x'.repeat(32)),
          body,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(server, '/__gd/invoke/diagnosis:explain', {
          method: 'POST',
          headers: { ...json(server), origin: 'http://evil.example' },
          body,
        })
      ).status,
    ).toBe(403);
    expect(
      (await call(server, '/__gd/invoke/no:such', { method: 'POST', headers: json(server), body })).status,
    ).toBe(404);
    const before = fake.requests('diagnosis:explain').length;
    const bad = await call(server, '/__gd/invoke/diagnosis:explain', {
      method: 'POST',
      headers: json(server),
      body: JSON.stringify({ request: { text: '' } }),
    });
    expect(bad.status).toBe(400);
    expect(fake.requests('diagnosis:explain')).toHaveLength(before);
    const ok = await call(server, '/__gd/invoke/diagnosis:explain', {
      method: 'POST',
      headers: json(server),
      body,
    });
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { status: 502, source: 'nginx' } });
    const empty = await call(server, '/__gd/invoke/history:list', {
      method: 'POST',
      headers: json(server),
      body: '{}',
    });
    expect(JSON.parse(empty.body).value).toHaveLength(2);
  });

  it('streams valid events over Server-Sent Events and drops invalid ones', async () => {
    const events: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const req = request(new URL(`/__gd/events?token=${server.token}`, server.origin), (res) => {
        res.on('data', (d: Buffer) => {
          events.push(d.toString());
          if (events.join('').includes('event: watch:event')) {
            req.destroy();
            resolve();
          }
        });
        send('diagnosis:event', { type: 'cancelled' } as unknown as EventPayload<'diagnosis:event'>);
        send('watch:event', {
          watchId: 'w',
          url: 'http://x/',
          kind: 'site',
          state: 'back',
          attempts: 1,
          lastStatus: 200,
          nextCheckInSec: null,
        });
      });
      req.on('error', reject);
      req.end();
    });
    const all = events.join('');
    expect(all).not.toContain('diagnosis:event');
    expect(all).toContain('"state":"back"');
    expect((await call(server, '/__gd/events')).status).toBe(403);
  });
});
