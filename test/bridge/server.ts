// The loopback test bridge: serves the built renderer and the contract over HTTP + Server-Sent
// Events, so the renderer runs in Chromium against the real engine. Dev/test only: it binds
// 127.0.0.1 on a random port, every API call needs a random token, Host and Origin must be the
// loopback address (no DNS rebinding), and nothing of it ships in the packaged app.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { EVENT_CHANNELS, INVOKE_CHANNELS, eventChannels, invokeChannels } from '../../electron/contract';
import type { ChannelHandlers, EventChannel, EventPayload, InvokeChannel } from '../../electron/contract';
import { bridgeClient } from './client';

export interface BridgeServer {
  /** The page to open (carries the token). */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

export interface BridgeServerOptions {
  /** The built renderer (out/renderer). */
  root: string;
  /** Contract handlers; null serves the renderer only (tests inject a fake bridge instead). */
  handlers: ChannelHandlers | null;
  /** Called with a broadcast function once the server is up, for handlers that push events. */
  onBroadcast?: (send: <E extends EventChannel>(channel: E, payload: EventPayload<E>) => void) => void;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};
const MAX_BODY = 1024 * 1024;

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

/** Starts the bridge on 127.0.0.1 with a random port and token. */
export async function startBridgeServer(opts: BridgeServerOptions): Promise<BridgeServer> {
  const token = randomBytes(24).toString('base64url');
  const streams = new Set<ServerResponse>();
  let origin = '';

  const broadcast = <E extends EventChannel>(channel: E, payload: EventPayload<E>): void => {
    // Events are validated like main's: a payload the contract rejects never reaches the page.
    const parsed = eventChannels[channel].safeParse(payload);
    if (!parsed.success) {
      process.stderr.write(`test bridge: dropped invalid ${channel} event: ${parsed.error.message}\n`);
      return;
    }
    const frame = `event: ${channel}\ndata: ${JSON.stringify(parsed.data)}\n\n`;
    for (const s of streams) s.write(frame);
  };
  opts.onBroadcast?.(broadcast);

  async function serveStatic(res: ServerResponse, pathname: string, query: URLSearchParams): Promise<void> {
    const rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1));
    const file = normalize(join(opts.root, rel));
    if (!file.startsWith(normalize(opts.root) + sep)) return send(res, 403, 'forbidden');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return send(res, 404, 'not found');
    }
    if (rel === 'index.html') {
      if (!sameToken(query.get('token'), token)) return send(res, 403, 'token required');
      if (opts.handlers) {
        // The bridge script loads before the app's module script, so window.gatewayDoctor is ready.
        const tag = `<script src="./__gd/bridge.js?token=${token}"></script>`;
        body = Buffer.from(
          body.toString('utf8').replace('<script type="module"', `${tag}\n    <script type="module"`),
        );
      }
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(body);
  }

  async function invoke(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (!opts.handlers || !(INVOKE_CHANNELS as string[]).includes(channel))
      return send(res, 404, 'unknown channel');
    const auth = req.headers.authorization?.replace(/^Bearer /, '');
    if (!sameToken(auth, token)) return send(res, 403, 'token required');
    if (req.headers.origin !== undefined && req.headers.origin !== origin)
      return send(res, 403, 'bad origin');
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return send(res, 415, 'json only');
    const c = channel as InvokeChannel;
    try {
      const body = JSON.parse(await readBody(req)) as { request?: unknown };
      const request = invokeChannels[c].request.safeParse(body.request);
      if (!request.success)
        return send(
          res,
          400,
          JSON.stringify({ ok: false, error: `invalid request for ${c}` }),
          'application/json',
        );
      const handler = opts.handlers[c] as (r: unknown, ctx: { senderId: number }) => unknown;
      const value = invokeChannels[c].response.parse(await handler(request.data, { senderId: 1 }));
      send(res, 200, JSON.stringify({ ok: true, value }), 'application/json');
    } catch (error) {
      send(
        res,
        200,
        JSON.stringify({ ok: false, error: error instanceof Error ? error.message : String(error) }),
        'application/json',
      );
    }
  }

  const server = createServer((req, res) => {
    void (async () => {
      // Only the loopback origin we serve: a page elsewhere cannot reach the bridge by name.
      if (req.headers.host !== origin.replace(/^http:\/\//, '')) return send(res, 421, 'wrong host');
      const url = new URL(req.url ?? '/', origin);
      const path = url.pathname;
      if (req.method === 'GET' && path === '/__gd/bridge.js') {
        if (!opts.handlers || !sameToken(url.searchParams.get('token'), token))
          return send(res, 403, 'token required');
        const script = `(${bridgeClient.toString()})(${JSON.stringify({ token, invoke: INVOKE_CHANNELS, events: EVENT_CHANNELS })});`;
        return send(res, 200, script, 'text/javascript; charset=utf-8');
      }
      if (req.method === 'GET' && path === '/__gd/events') {
        if (!opts.handlers || !sameToken(url.searchParams.get('token'), token))
          return send(res, 403, 'token required');
        res.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-store',
          connection: 'keep-alive',
        });
        res.write(': connected\n\n');
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return;
      }
      if (req.method === 'POST' && path.startsWith('/__gd/invoke/'))
        return invoke(req, res, path.slice('/__gd/invoke/'.length));
      if (req.method === 'GET') return serveStatic(res, path, url.searchParams);
      send(res, 405, 'method not allowed');
    })().catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, error instanceof Error ? error.message : 'error');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of streams) s.end();
        streams.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
