import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { connect as netConnect, createServer as createNetServer } from 'node:net';
import type { AddressInfo, Server as NetServer, Socket } from 'node:net';

/** A loopback server and how to stop it. */
export interface Running {
  port: number;
  url: string;
  hits: number;
  close(): Promise<void>;
}

export const NGINX_502 = `<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n`;
export const NGINX_504 = `<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n`;

function track(server: Server | NetServer): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return sockets;
}

async function listen(server: Server | NetServer, host = '127.0.0.1'): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, host, () => resolve()));
  return (server.address() as AddressInfo).port;
}

/** An HTTP server driven by a handler; `hits` counts requests. */
export async function startHttp(
  handler: (req: IncomingMessage, res: ServerResponse, hit: number) => void,
  host = '127.0.0.1',
): Promise<Running> {
  const state = { hits: 0 };
  const server = createHttpServer((req, res) => {
    state.hits += 1;
    handler(req, res, state.hits);
  });
  const sockets = track(server);
  const port = await listen(server, host);
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    port,
    url: `http://${shown}:${port}/`,
    get hits() {
      return state.hits;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** nginx-like fixed answer. */
export function fixed(
  status: number,
  body: string,
  headers: Record<string, string> = { server: 'nginx/1.22.1', 'content-type': 'text/html' },
) {
  return (_req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(status, headers);
    res.end(body);
  };
}

export const okPage = fixed(200, '<html><body>hello</body></html>', { 'content-type': 'text/html' });

/** A raw TCP server: `onSocket` decides what (if anything) is written. */
export async function startRaw(onSocket: (s: Socket) => void): Promise<Running> {
  const server = createNetServer((s) => {
    s.on('error', () => undefined);
    onSocket(s);
  });
  const sockets = track(server);
  const port = await listen(server);
  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    hits: 0,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

export const garbage = (s: Socket): void => {
  s.once('data', () => s.end('\u0000\u0001SSH-2.0-not-http garbage\r\n\r\n'));
};
export const silent = (_s: Socket): void => undefined;

/** Headers at once, then one byte every 100 ms forever. */
export function slowDrip(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/html' });
  const t = setInterval(() => res.write('x'), 100);
  res.on('close', () => clearInterval(t));
}

/** An endless 200 body written as fast as the socket takes it. */
export function hugeBody(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/plain' });
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  let open = true;
  res.on('close', () => {
    open = false;
  });
  const pump = (): void => {
    while (open && res.write(chunk)) {
      /* keep writing until backpressure */
    }
    if (open) res.once('drain', pump);
  };
  pump();
}

/** A forward proxy: absolute-form GET and CONNECT tunnels; `fail` makes it answer 502 itself. */
export async function startProxy(fail = false): Promise<Running & { seen: string[] }> {
  const seen: string[] = [];
  const server = createHttpServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (fail) {
      res.writeHead(502, { server: 'squid/5.7', 'content-type': 'text/html' });
      res.end(
        '<html><title>ERROR: The requested URL could not be retrieved</title><body>Squid proxy error</body></html>',
      );
      return;
    }
    const target = new URL(req.url ?? '/');
    const up = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: req.method,
        headers: req.headers,
      },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    up.on('error', () => {
      res.writeHead(502);
      res.end('proxy upstream error');
    });
    req.pipe(up);
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    seen.push(`CONNECT ${req.url}`);
    if (fail) {
      client.end('HTTP/1.1 502 Bad Gateway\r\nServer: squid/5.7\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const [h, p] = (req.url ?? '').split(':');
    const up = netConnect(Number(p), h ?? '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection established\r\n\r\n');
      up.write(head);
      up.pipe(client);
      client.pipe(up);
    });
    up.on('error', () => client.destroy());
    client.on('error', () => up.destroy());
  });
  const sockets = track(server);
  const port = await listen(server);
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    hits: 0,
    seen,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
