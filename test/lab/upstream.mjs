// Small upstream apps behind the lab's nginx (runs inside the gd-net namespace, loopback only).
//   node upstream.mjs <pid-file>
// 8001 ok: a normal page. 8002 garbage: a response header nginx rejects, then closes. 8003 slow: answers after 5 s.
// Port 8009 is deliberately left closed (nginx gets "connection refused" there).
// The pid file is written only once every port listens, so it doubles as the readiness signal.
import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { writeFileSync, renameSync } from 'node:fs';

const pidFile = process.argv[2];
if (!pidFile) {
  process.stderr.write('usage: node upstream.mjs <pid-file>\n');
  process.exit(2);
}
const HOST = '127.0.0.1';

function page(title, text) {
  return `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p></body></html>\n`;
}

const ok = createHttpServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'x-lab-upstream': 'ok' });
  res.end(page('Lab shop', `Everything is fine here (${req.headers.host ?? 'no host'}${req.url ?? ''}).`));
});

const garbage = createTcpServer((socket) => {
  socket.on('error', () => socket.destroy());
  // Wait for the request, then send a header line with control characters: nginx answers 502
  // ("upstream sent invalid header"). Plain non-HTTP bytes would pass through as HTTP/0.9.
  socket.once('data', () => socket.end('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Garbage\u0000\u0001: not a header\r\n\r\n'));
});

const slowTimers = new Set();
const slow = createHttpServer((_req, res) => {
  const timer = setTimeout(() => {
    slowTimers.delete(timer);
    if (!res.destroyed) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page('Slow app', 'Finally answered.'));
    }
  }, 5000);
  slowTimers.add(timer);
  res.on('close', () => {
    clearTimeout(timer);
    slowTimers.delete(timer);
  });
});

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolve());
  });
}

await Promise.all([listen(ok, 8001), listen(garbage, 8002), listen(slow, 8003)]);
writeFileSync(`${pidFile}.tmp`, `${process.pid}\n`);
renameSync(`${pidFile}.tmp`, pidFile);

function stop() {
  for (const t of slowTimers) clearTimeout(t);
  ok.close();
  garbage.close();
  slow.close();
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
