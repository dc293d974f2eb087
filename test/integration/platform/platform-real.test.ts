import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hop } from '../../../electron/contract';
import { HopSchema } from '../../../electron/contract';
import { createNodeRunner, createPlatform } from '../../../electron/engine/platform';
import type { CommandRunner } from '../../../electron/engine/platform';

const runner = createNodeRunner();

/** Runs every command under a program name that does not exist, as if the tools were not installed. */
const missingTools: CommandRunner = {
  run: (file, args, opts) => runner.run(`gdx-missing-${file}`, args, opts),
};

describe('createPlatform("linux", createNodeRunner()) on loopback (real processes)', () => {
  const platform = createPlatform('linux', runner);

  it('real ping -c 2 127.0.0.1', async () => {
    const r = await platform.ping('127.0.0.1', { count: 2, timeoutMs: 3000 });
    expect(r).toMatchObject({ kind: 'ping', sent: 2, received: 2, lossPct: 0, unreachable: false });
    if (r.kind !== 'ping') return;
    expect(r.rttMinMs).toBeGreaterThanOrEqual(0);
    expect(r.rttAvgMs).toBeGreaterThanOrEqual(r.rttMinMs ?? 0);
    expect(r.rttMaxMs).toBeGreaterThanOrEqual(r.rttAvgMs ?? 0);
  });

  it('real ping ::1', async () => {
    expect(await platform.ping('::1', { count: 1, timeoutMs: 2000 })).toMatchObject({
      kind: 'ping',
      sent: 1,
      received: 1,
    });
  });

  it('real traceroute -n 127.0.0.1 streams its hop and reaches the target', async () => {
    const seen: Hop[] = [];
    const r = await platform.traceroute('127.0.0.1', {
      maxHops: 5,
      timeoutMs: 8000,
      onHop: (h) => seen.push(h),
    });
    expect(r).toMatchObject({ kind: 'trace', tool: 'traceroute', reached: true });
    if (r.kind !== 'trace') return;
    expect(r.hops).toHaveLength(1);
    expect(r.hops[0]?.probes.map((p) => p.address)).toEqual(['127.0.0.1', '127.0.0.1', '127.0.0.1']);
    expect(seen).toEqual(r.hops);
    r.hops.forEach((h) => HopSchema.parse(h));
  });

  it('missing tools → skipped with reason and hint', async () => {
    const p = createPlatform('linux', missingTools);
    expect(await p.ping('127.0.0.1', { count: 1, timeoutMs: 2000 })).toMatchObject({
      kind: 'skipped',
      reasonCode: 'tool-missing',
      reason: 'ping is not installed',
      hint: expect.stringContaining('iputils') as unknown as string,
    });
    expect(await p.traceroute('127.0.0.1', { maxHops: 3, timeoutMs: 2000 })).toMatchObject({
      kind: 'skipped',
      reasonCode: 'trace-missing',
      reason: 'no traceroute tool is installed (traceroute, tracepath, mtr)',
      hint: expect.stringContaining('traceroute') as unknown as string,
    });
  });

  it('systemResolvers reads this machine’s configuration (no packets sent)', async () => {
    const r = await platform.systemResolvers();
    expect(Array.isArray(r) || r.kind === 'skipped').toBe(true);
  });
});

/** Throwaway namespaces: A (10.99.0.2, default via R) — R (10.99.0.1 | 10.98.0.1) — B (10.98.0.2). */
const tag = String(process.pid % 1e6);
const NS = { a: `gdx-it-${tag}-a`, r: `gdx-it-${tag}-r`, b: `gdx-it-${tag}-b` };

function canUseNetns(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('ip', ['netns', 'list'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const ip = (...args: string[]): void => {
  execFileSync('ip', args, { stdio: 'ignore' });
};

/** A runner that runs every command inside namespace `ns`. */
const inNetns = (ns: string): CommandRunner => ({
  run: (file, args, opts) => runner.run('ip', ['netns', 'exec', ns, file, ...args], opts),
});

describe.skipIf(!canUseNetns())('real tools inside throwaway network namespaces', () => {
  beforeAll(() => {
    for (const ns of Object.values(NS)) ip('netns', 'add', ns);
    ip('link', 'add', `gdxa${tag}`, 'type', 'veth', 'peer', 'name', `gdxra${tag}`, 'netns', NS.r);
    ip('link', 'set', `gdxa${tag}`, 'netns', NS.a);
    ip('-n', NS.r, 'link', 'add', `gdxrb${tag}`, 'type', 'veth', 'peer', 'name', `gdxb${tag}`, 'netns', NS.b);
    ip('-n', NS.a, 'addr', 'add', '10.99.0.2/24', 'dev', `gdxa${tag}`);
    ip('-n', NS.r, 'addr', 'add', '10.99.0.1/24', 'dev', `gdxra${tag}`);
    ip('-n', NS.r, 'addr', 'add', '10.98.0.1/24', 'dev', `gdxrb${tag}`);
    ip('-n', NS.b, 'addr', 'add', '10.98.0.2/24', 'dev', `gdxb${tag}`);
    for (const [ns, dev] of [
      [NS.a, `gdxa${tag}`],
      [NS.r, `gdxra${tag}`],
      [NS.r, `gdxrb${tag}`],
      [NS.b, `gdxb${tag}`],
    ] as const)
      ip('-n', ns, 'link', 'set', dev, 'up');
    for (const ns of Object.values(NS)) ip('-n', ns, 'link', 'set', 'lo', 'up');
    ip('-n', NS.a, 'route', 'add', 'default', 'via', '10.99.0.1');
    ip('-n', NS.b, 'route', 'add', 'default', 'via', '10.98.0.1');
    execFileSync('ip', ['netns', 'exec', NS.r, 'sysctl', '-qw', 'net.ipv4.ip_forward=1']);
    // `ip netns exec` bind-mounts /etc/netns/<ns>/resolv.conf over /etc/resolv.conf
    mkdirSync(`/etc/netns/${NS.a}`, { recursive: true });
    writeFileSync(
      `/etc/netns/${NS.a}/resolv.conf`,
      '# written by the platform integration test\nnameserver 10.99.0.1\noptions edns0\n',
    );
  });

  afterAll(() => {
    rmSync(`/etc/netns/${NS.a}`, { recursive: true, force: true });
    for (const ns of Object.values(NS)) {
      try {
        ip('netns', 'del', ns);
      } catch {
        // already gone
      }
    }
  });

  const platform = (): ReturnType<typeof createPlatform> => createPlatform('linux', inNetns(NS.a));

  it('finds the default gateway with the real ip -j route and pings it', async () => {
    expect(await platform().defaultGateway()).toEqual({ address: '10.99.0.1', interface: `gdxa${tag}` });
    expect(await platform().ping('10.99.0.1', { count: 3, timeoutMs: 3000 })).toMatchObject({
      kind: 'ping',
      sent: 3,
      received: 3,
      lossPct: 0,
    });
  });

  it('reads the namespace resolv.conf through the injected readFile', async () => {
    const run = inNetns(NS.a);
    const readFile = async (path: string): Promise<string> => {
      const r = await run.run('cat', [path], { timeoutMs: 2000 });
      if (r.code !== 0) throw new Error(r.stderr);
      return r.stdout;
    };
    expect(await createPlatform('linux', run, { readFile }).systemResolvers()).toEqual(['10.99.0.1']);
  });

  it('traces two real hops through the router', async () => {
    const seen: number[] = [];
    const r = await platform().traceroute('10.98.0.2', {
      maxHops: 8,
      timeoutMs: 8000,
      onHop: (h) => seen.push(h.ttl),
    });
    expect(r).toMatchObject({ kind: 'trace', tool: 'traceroute', reached: true });
    if (r.kind !== 'trace') return;
    expect(r.hops.map((h) => h.probes[0]?.address)).toEqual(['10.99.0.1', '10.98.0.2']);
    expect(seen).toEqual([1, 2]);
  });

  it('an on-link host that never answers: ICMP host unreachable is reported', async () => {
    const r = await platform().ping('10.99.0.77', { count: 2, timeoutMs: 5000 });
    expect(r).toMatchObject({ kind: 'ping', received: 0, lossPct: 100 });
  }, 15000);

  it('the timeout kills a long ping and still gives an answer in time', async () => {
    const t0 = Date.now();
    // 50 probes at 0.2 s would take 10 s; the 1.5 s budget (+1 s for statistics) must stop it
    const r = await platform().ping('10.99.0.77', { count: 50, timeoutMs: 1500 });
    const elapsed = Date.now() - t0;
    expect(elapsed).toBeLessThan(4500);
    expect(r).toMatchObject({ kind: 'ping', received: 0, lossPct: 100 });
    const left = execFileSync('ip', ['netns', 'pids', NS.a], { encoding: 'utf8' }).trim();
    expect(left).toBe('');
  });

  it('a traceroute through a router that stopped forwarding: stars until the timeout, then partial hops', async () => {
    execFileSync('ip', ['netns', 'exec', NS.r, 'sysctl', '-qw', 'net.ipv4.ip_forward=0']);
    try {
      const t0 = Date.now();
      const r = await platform().traceroute('10.98.0.2', { maxHops: 4, timeoutMs: 6000 });
      expect(Date.now() - t0).toBeLessThan(7500);
      expect(r).toMatchObject({ kind: 'trace', reached: false });
      if (r.kind === 'trace') for (const h of r.hops) expect(h.lossPct).toBe(100);
    } finally {
      execFileSync('ip', ['netns', 'exec', NS.r, 'sysctl', '-qw', 'net.ipv4.ip_forward=1']);
    }
  });
});
