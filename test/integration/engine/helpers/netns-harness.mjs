// Runs inside `unshare --net --mount`: a private network namespace with only loopback and a
// veth pair, so nothing the CLI sends can leave the machine. Sets up a default gateway that
// answers ping, DNS servers on 127.0.0.1:53 (the "system" one, via a bind-mounted
// resolv.conf) and 127.0.0.2:53 (the alternative), web servers, then runs the real CLI and
// prints {code, stdout, stderr, ms} as JSON.
import { execFileSync, spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import dnsPacket from 'dns-packet';

const scenario = JSON.parse(process.argv[2] ?? '{}');
const root = fileURLToPath(new URL('../../../../', import.meta.url));

const ip = (...args) => execFileSync('ip', args, { stdio: 'pipe' });
ip('link', 'set', 'lo', 'up');
ip('link', 'add', 'gdv0', 'type', 'veth', 'peer', 'name', 'gdv1');
ip('link', 'set', 'gdv0', 'up');
ip('link', 'set', 'gdv1', 'up');
ip('addr', 'add', '192.0.2.2/24', 'dev', 'gdv0');
// The gateway is our own address: it answers ping, and no packet can go anywhere else.
ip('route', 'add', 'default', 'via', '192.0.2.2');

const dir = mkdtempSync(join(tmpdir(), 'gd-netns-'));
writeFileSync(join(dir, 'resolv.conf'), 'nameserver 127.0.0.1\n');
execFileSync('mount', ['--bind', join(dir, 'resolv.conf'), '/etc/resolv.conf']);

const NGINX_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n';
const LOGIN_PAGE =
  '<html><head><title>Cafe Wi-Fi: sign in</title></head><body><form method=post><input type=password name=code></form></body></html>';
const pages = {
  // A sign-in portal: every host but its own is sent to its login page.
  portal: (res, req) => {
    if ((req.headers.host ?? '').split(':')[0] === 'portal.test') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(LOGIN_PAGE);
      return;
    }
    res.writeHead(302, { location: 'http://portal.test/login' });
    res.end('<html><head><title>302 Found</title></head></html>');
  },
  ok: (res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html>ok</html>');
  },
  502: (res) => {
    res.writeHead(502, { server: 'nginx/1.22.1', 'content-type': 'text/html' });
    res.end(NGINX_502);
  },
  // A forward proxy that fails every request it is given.
  squid502: (res) => {
    res.writeHead(502, { server: 'squid/5.7', 'content-type': 'text/html' });
    res.end('<html><title>ERROR: The requested URL could not be retrieved</title></html>');
  },
};

// `tls: {cert, key}` (file paths) serves https; `dateOffsetSec` sets the Date header off the clock.
function web(host, port, kind, w = {}) {
  return new Promise((resolve) => {
    const handler = (req, res) => {
      if (w.dateOffsetSec) res.setHeader('date', new Date(Date.now() + w.dateOffsetSec * 1000).toUTCString());
      pages[kind](res, req);
    };
    const s = w.tls
      ? createHttpsServer({ cert: readFileSync(w.tls.cert), key: readFileSync(w.tls.key) }, handler)
      : createServer(handler);
    s.listen(port, host, () => resolve(s));
  });
}

function dns(host, zones) {
  return new Promise((resolve) => {
    const sock = createSocket('udp4');
    sock.on('message', (msg, rinfo) => {
      let q;
      try {
        q = dnsPacket.decode(msg);
      } catch {
        return;
      }
      const question = q.questions?.[0];
      const z = zones[(question?.name ?? '').toLowerCase()];
      if (z === 'silent') return;
      const answers =
        z && question?.type === 'A'
          ? z.map((data) => ({ type: 'A', name: question.name, ttl: 30, data }))
          : [];
      const flags = dnsPacket.RECURSION_AVAILABLE | (z ? 0 : 3);
      sock.send(
        dnsPacket.encode({ type: 'response', id: q.id, flags, questions: q.questions, answers }),
        rinfo.port,
        rinfo.address,
      );
    });
    sock.bind(53, host, () => resolve(sock));
  });
}

const closers = [];
for (const w of scenario.web ?? []) closers.push(await web(w.host, w.port, w.kind, w));
closers.push(await dns('127.0.0.1', scenario.systemDns ?? {}));
closers.push(await dns('127.0.0.2', scenario.altDns ?? {}));

const t0 = performance.now();
const child = spawn(process.execPath, [join(root, 'electron/cli/bin.mjs'), ...scenario.argv], {
  env: { PATH: process.env.PATH, HOME: process.env.HOME ?? '/root', ...(scenario.env ?? {}) },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let stdout = '';
let stderr = '';
child.stdout.on('data', (d) => {
  stdout += d;
});
child.stderr.on('data', (d) => {
  stderr += d;
});
child.on('close', (code) => {
  process.stdout.write(JSON.stringify({ code, stdout, stderr, ms: Math.round(performance.now() - t0) }));
  for (const c of closers) c.close();
  process.exit(0);
});
