// The real CLI inside throwaway network namespaces (needs root), for the faults on the way:
// pc ── router ── isp ── server, dual-stack with documentation addresses only, nothing linked to
// the host. A path-MTU black hole (the router's uplink carries 1400-byte packets and "too big"
// is dropped) and IPv6 lost at the ISP, each diagnosed end to end.
import { execFile, execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosisResultSchema } from '../../../electron/contract';
import type { DiagnosisResult } from '../../../electron/contract';

const exec = promisify(execFile);
const root = fileURLToPath(new URL('../../..', import.meta.url));
const tag = String(process.pid % 1e5);
const NS = { pc: `gdx-lf${tag}-pc`, r: `gdx-lf${tag}-r`, isp: `gdx-lf${tag}-i`, srv: `gdx-lf${tag}-s` };
// veth names stay under 15 characters
const DEV = {
  pc: `lfp${tag}`,
  rl: `lfrl${tag}`,
  rw: `lfrw${tag}`,
  ic: `lfic${tag}`,
  iu: `lfiu${tag}`,
  s: `lfs${tag}`,
};
const SERVER_V4 = '10.96.2.2';
const SERVER_V6 = '2001:db8:96:2::2';
const ROUTER = '10.96.0.1';
let dir = '';
let cli = '';
let server: ChildProcess | null = null;

function canUseNetns(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('ip', ['netns', 'list'], { stdio: 'ignore' });
    execFileSync('nft', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const sh = (...args: string[]): void => {
  execFileSync(args[0] ?? 'true', args.slice(1), { stdio: 'ignore' });
};
const inNs = (ns: string, ...args: string[]): void => sh('ip', 'netns', 'exec', ns, ...args);
const nft = (ns: string, rules: string): void => {
  execFileSync('ip', ['netns', 'exec', ns, 'nft', '-f', '-'], { input: rules });
};
const dropTable = (ns: string): void => {
  try {
    inNs(ns, 'nft', 'delete', 'table', 'inet', 'gdx_fault');
  } catch {
    // no fault applied
  }
};

const SERVER = `import { createServer } from 'node:http';
const big = 'x'.repeat(200 * 1024);
const handler = (q, s) => {
  const body = q.url === '/small' ? 'ok' : big;
  s.writeHead(200, { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(body) });
  s.end(q.method === 'HEAD' ? undefined : body);
};
let up = 0;
const ready = () => { if (++up === 2) console.log('ready'); };
createServer(handler).listen(8080, '${SERVER_V4}', ready);
createServer(handler).listen(8080, '${SERVER_V6}', ready);
`;

function buildTopology(): void {
  for (const ns of Object.values(NS)) sh('ip', 'netns', 'add', ns);
  // No duplicate address detection: addresses are usable at once.
  for (const ns of Object.values(NS)) {
    inNs(ns, 'sysctl', '-qw', 'net.ipv6.conf.all.disable_ipv6=0', 'net.ipv6.conf.default.accept_dad=0');
    inNs(ns, 'sysctl', '-qw', 'net.ipv6.conf.all.accept_dad=0', 'net.ipv6.conf.default.accept_ra=0');
    sh('ip', '-n', ns, 'link', 'set', 'lo', 'up');
  }
  const pair = (a: string, devA: string, b: string, devB: string): void => {
    sh('ip', '-n', a, 'link', 'add', devA, 'type', 'veth', 'peer', 'name', devB, 'netns', b);
  };
  pair(NS.pc, DEV.pc, NS.r, DEV.rl);
  pair(NS.r, DEV.rw, NS.isp, DEV.ic);
  pair(NS.isp, DEV.iu, NS.srv, DEV.s);
  const addr = (ns: string, dev: string, v4: string, v6: string): void => {
    sh('ip', '-n', ns, 'addr', 'add', v4, 'dev', dev);
    sh('ip', '-n', ns, 'addr', 'add', v6, 'dev', dev, 'nodad');
    sh('ip', '-n', ns, 'link', 'set', dev, 'up');
  };
  addr(NS.pc, DEV.pc, '10.96.0.2/24', '2001:db8:96::2/64');
  addr(NS.r, DEV.rl, '10.96.0.1/24', '2001:db8:96::1/64');
  addr(NS.r, DEV.rw, '10.96.1.1/24', '2001:db8:96:1::1/64');
  addr(NS.isp, DEV.ic, '10.96.1.2/24', '2001:db8:96:1::2/64');
  addr(NS.isp, DEV.iu, '10.96.2.1/24', '2001:db8:96:2::1/64');
  addr(NS.srv, DEV.s, `${SERVER_V4}/24`, `${SERVER_V6}/64`);
  const route = (ns: string, ...args: string[]): void => sh('ip', '-n', ns, ...args);
  route(NS.pc, 'route', 'add', 'default', 'via', ROUTER);
  route(NS.pc, '-6', 'route', 'add', 'default', 'via', '2001:db8:96::1');
  route(NS.r, 'route', 'add', 'default', 'via', '10.96.1.2');
  route(NS.r, '-6', 'route', 'add', 'default', 'via', '2001:db8:96:1::2');
  route(NS.isp, 'route', 'add', '10.96.0.0/24', 'via', '10.96.1.1');
  route(NS.isp, '-6', 'route', 'add', '2001:db8:96::/64', 'via', '2001:db8:96:1::1');
  route(NS.srv, 'route', 'add', 'default', 'via', '10.96.2.1');
  route(NS.srv, '-6', 'route', 'add', 'default', 'via', '2001:db8:96:2::1');
  for (const ns of [NS.r, NS.isp])
    inNs(ns, 'sysctl', '-qw', 'net.ipv4.ip_forward=1', 'net.ipv6.conf.all.forwarding=1');
  // `ip netns exec` mounts these over /etc/hosts and /etc/resolv.conf for the CLI.
  mkdirSync(`/etc/netns/${NS.pc}`, { recursive: true });
  writeFileSync(
    `/etc/netns/${NS.pc}/hosts`,
    `127.0.0.1 localhost\n${SERVER_V4} big.gdx.test\n${SERVER_V4} dual.gdx.test\n${SERVER_V6} dual.gdx.test\n`,
  );
  writeFileSync(`/etc/netns/${NS.pc}/resolv.conf`, `nameserver ${SERVER_V4}\n`);
}

async function diagnose(url: string): Promise<DiagnosisResult> {
  const args = ['netns', 'exec', NS.pc, process.execPath, cli, 'diagnose', url, '--json'];
  args.push('--resolvers', SERVER_V4, '--control', `http://${SERVER_V4}:8080/small`, '--repeat', '3');
  const { stdout } = await exec('ip', args, { timeout: 60_000, env: { ...process.env, NO_PROXY: '*' } });
  return DiagnosisResultSchema.parse(JSON.parse(stdout));
}
const check = (r: DiagnosisResult, id: string) => r.checks.find((c) => c.id === id);
const why = (r: DiagnosisResult): string =>
  JSON.stringify({ verdict: r.verdict.id, reasons: r.verdict.reasons.map((x) => x.detail) }, null, 1);

describe.skipIf(!canUseNetns())('faults on the way, real CLI in throwaway namespaces (needs root)', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gdx-link-faults-'));
    // Built inside the worktree so the bundle resolves its dependencies from node_modules.
    const out = join(root, 'out', `gdx-link-faults-${tag}`);
    await exec(
      'npx',
      [
        'vite',
        'build',
        '--config',
        'electron/cli/vite.config.ts',
        '--outDir',
        out,
        '--emptyOutDir',
        '--logLevel',
        'error',
      ],
      { cwd: root, timeout: 180_000 },
    );
    cli = join(out, 'run.mjs');
    writeFileSync(
      cli,
      "const { main } = await import('./index.mjs');\nprocess.exitCode = await main(process.argv.slice(2));\n",
    );
    buildTopology();
    // Both families must carry before the first case (neighbour discovery on fresh links).
    for (const target of [SERVER_V4, SERVER_V6]) {
      let ok = false;
      for (let i = 0; i < 10 && !ok; i++) {
        try {
          inNs(NS.pc, 'ping', '-n', '-c', '1', '-W', '1', target);
          ok = true;
        } catch {
          await new Promise((r) => setTimeout(r, 200));
        }
      }
      expect(ok, `${target} reachable from the pc namespace`).toBe(true);
    }
    writeFileSync(join(dir, 'server.mjs'), SERVER);
    server = spawn('ip', ['netns', 'exec', NS.srv, process.execPath, join(dir, 'server.mjs')], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      server?.stdout?.once('data', () => resolve());
      server?.once('exit', (code) => reject(new Error(`test server exited (${code})`)));
    });
  }, 240_000);

  afterAll(() => {
    server?.kill();
    rmSync(`/etc/netns/${NS.pc}`, { recursive: true, force: true });
    for (const ns of Object.values(NS)) {
      try {
        sh('ip', 'netns', 'del', ns);
      } catch {
        // already gone
      }
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (cli) rmSync(join(cli, '..'), { recursive: true, force: true });
  });

  it('healthy dual stack: IPv6 and IPv4 both answer, no MTU question', async () => {
    const r = await diagnose('http://dual.gdx.test:8080/small');
    expect(r.verdict.id, why(r)).toBe('site-ok');
    expect(check(r, 'ipv6')).toMatchObject({ status: 'ok', evidence: { works4: true, works6: true } });
    expect(check(r, 'path-mtu')?.status).toBe('skipped');
  }, 60_000);

  it('IPv6 lost at the ISP while IPv4 works → ipv6-broken, with the family of each result', async () => {
    nft(
      NS.isp,
      `table inet gdx_fault {\n chain forward {\n  type filter hook forward priority filter - 10; policy accept;\n  iifname "${DEV.ic}" meta nfproto ipv6 drop\n }\n}\n`,
    );
    try {
      const r = await diagnose('http://dual.gdx.test:8080/small');
      expect(r.verdict.id, why(r)).toBe('ipv6-broken');
      const results = check(r, 'ipv6')?.evidence.results;
      expect(results).toEqual([
        { address: SERVER_V6, family: 6, status: null, error: 'ETIMEDOUT', connectMs: null },
        expect.objectContaining({ address: SERVER_V4, family: 4, status: 200 }),
      ]);
      expect(check(r, 'ipv6')?.evidence.sourceAddress).toBe('2001:db8:96::2');
      expect(r.durationMs).toBeLessThan(3000);
    } finally {
      dropTable(NS.isp);
    }
  }, 60_000);

  it('large packets vanish after the router → path-mtu-blackhole with the path MTU and where', async () => {
    for (const [ns, dev] of [
      [NS.r, DEV.rw],
      [NS.isp, DEV.ic],
    ] as const) {
      sh('ip', '-n', ns, 'link', 'set', dev, 'mtu', '1400');
      nft(
        ns,
        'table inet gdx_fault {\n chain output {\n  type filter hook output priority filter - 10; policy accept;\n  icmp type destination-unreachable icmp code frag-needed drop\n  icmpv6 type packet-too-big drop\n }\n}\n',
      );
    }
    try {
      const r = await diagnose('http://big.gdx.test:8080/');
      expect(r.verdict.id, why(r)).toBe('path-mtu-blackhole');
      expect(r.probe?.attempts.every((a) => a.timings.connectMs !== null && a.status === null)).toBe(true);
      expect(check(r, 'path-mtu')).toMatchObject({
        status: 'problem',
        problems: ['mtu-blackhole'],
        evidence: {
          pathMtu: 1400,
          router: ROUTER,
          routerPasses: 1500,
          where: 'beyond-router',
          smallAnswerStatus: 200,
        },
      });
      expect(r.durationMs).toBeLessThan(3000);
    } finally {
      for (const [ns, dev] of [
        [NS.r, DEV.rw],
        [NS.isp, DEV.ic],
      ] as const) {
        sh('ip', '-n', ns, 'link', 'set', dev, 'mtu', '1500');
        dropTable(ns);
      }
    }
  }, 60_000);
});
