// Small upstream apps behind the lab's nginx (runs inside the gd-net namespace, loopback only).
//   node upstream.mjs <pid-file> <reset-address>
// 8001 ok: a normal page. 8002 garbage: a response header nginx rejects, then closes. 8003 slow: answers after 5 s.
// 8004 busy: 503 with Retry-After: 120. 8005 hang: reads the request, never answers. 8007 empty: closes
// after the request without a byte. 8008 big: a 200 KB page. UDP 5300: an authoritative DNS server that
// answers SERVFAIL to everything; UDP 5301: one that never answers. <reset-address>:80 (the site's own
// address, not loopback): resets every connection once the request arrived.
// Port 8009 is deliberately left closed (nginx gets "connection refused" there).
// The pid file is written only once every port listens, so it doubles as the readiness signal.
import { createSocket } from 'node:dgram';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { writeFileSync, renameSync } from 'node:fs';

const pidFile = process.argv[2];
const resetAddress = process.argv[3];
if (!pidFile || !resetAddress) {
  process.stderr.write('usage: node upstream.mjs <pid-file> <reset-address>\n');
  process.exit(2);
}
const HOST = '127.0.0.1';
const BIG_BYTES = 200 * 1024;

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
  socket.once('data', () =>
    socket.end('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Garbage\u0000\u0001: not a header\r\n\r\n'),
  );
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

const busy = createHttpServer((_req, res) => {
  res.writeHead(503, {
    'content-type': 'text/html; charset=utf-8',
    'retry-after': '120',
    'x-lab-upstream': 'busy',
  });
  res.end(page('Down for maintenance', 'We are updating the shop. Please come back in two minutes.'));
});

// Requests that never get an answer: kept so a stop can drop them.
const hung = new Set();
const hang = createHttpServer((req) => {
  hung.add(req.socket);
  req.socket.once('close', () => hung.delete(req.socket));
});

const empty = createTcpServer((socket) => {
  socket.on('error', () => socket.destroy());
  socket.once('data', () => socket.end());
});

const bigPage = (() => {
  const head = '<!DOCTYPE html>\n<html><head><title>Big page</title></head><body><h1>Big page</h1>\n';
  const tail = '</body></html>\n';
  const line = '<p>A long page: its packets are full-size, so a path MTU black hole stalls it.</p>\n';
  let body = head;
  while (body.length + line.length + tail.length <= BIG_BYTES) body += line;
  return Buffer.from(body + ' '.repeat(BIG_BYTES - body.length - tail.length) + tail);
})();
const big = createHttpServer((_req, res) => {
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': bigPage.length,
    'x-lab-upstream': 'big',
  });
  res.end(bigPage);
});

// reset.gd.test: the connection opens, the request arrives, then a TCP reset instead of an answer.
const reset = createTcpServer((socket) => {
  socket.on('error', () => socket.destroy());
  socket.once('data', () => socket.resetAndDestroy());
});

// SERVFAIL for every query: same id and question, flags QR+RD+RA, rcode 2, no records.
const servfail = createSocket('udp4');
servfail.on('message', (msg, rinfo) => {
  if (msg.length < 12) return;
  const out = Buffer.from(msg);
  out[2] = 0x80 | (msg[2] & 0x01); // QR, keep RD
  out[3] = 0x80 | 0x02; // RA, SERVFAIL
  out.writeUInt16BE(0, 6);
  out.writeUInt16BE(0, 8);
  out.writeUInt16BE(0, 10);
  servfail.send(out, rinfo.port, rinfo.address);
});
const silent = createSocket('udp4');
silent.on('message', () => undefined);

function listen(server, port, host = HOST) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}
function bindUdp(socket, port) {
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(port, HOST, () => resolve());
  });
}

await Promise.all([
  listen(ok, 8001),
  listen(garbage, 8002),
  listen(slow, 8003),
  listen(busy, 8004),
  listen(hang, 8005),
  listen(empty, 8007),
  listen(big, 8008),
  listen(reset, 80, resetAddress),
  bindUdp(servfail, 5300),
  bindUdp(silent, 5301),
]);
writeFileSync(`${pidFile}.tmp`, `${process.pid}\n`);
renameSync(`${pidFile}.tmp`, pidFile);

function stop() {
  for (const t of slowTimers) clearTimeout(t);
  for (const s of hung) s.destroy();
  for (const server of [ok, garbage, slow, busy, hang, empty, big, reset]) server.close();
  servfail.close();
  silent.close();
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
