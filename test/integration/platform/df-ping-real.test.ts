// Real don't-fragment pings through the platform facade, inside throwaway namespaces (root):
// A (10.95.0.2) — R (10.95.0.1 | 10.95.1.1, far link MTU 1400) — B (10.95.1.2, MTU 1400).
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeRunner, createPlatform } from '../../../electron/engine/platform';
import type { CommandRunner } from '../../../electron/engine/platform';

const runner = createNodeRunner();
const tag = String(process.pid % 1e5);
const NS = { a: `gdx-df${tag}-a`, r: `gdx-df${tag}-r`, b: `gdx-df${tag}-b` };
const DEV = { a: `dfa${tag}`, ra: `dfra${tag}`, rb: `dfrb${tag}`, b: `dfb${tag}` };

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

const ip = (...args: string[]): void => {
  execFileSync('ip', args, { stdio: 'ignore' });
};
const inNetns = (ns: string): CommandRunner => ({
  run: (file, args, opts) => runner.run('ip', ['netns', 'exec', ns, file, ...args], opts),
});
const df = (size: number) => ({ count: 1, timeoutMs: 1000, size, dontFragment: true });

describe.skipIf(!canUseNetns())("don't-fragment pings, real ping in throwaway namespaces", () => {
  beforeAll(() => {
    for (const ns of Object.values(NS)) ip('netns', 'add', ns);
    ip('-n', NS.a, 'link', 'add', DEV.a, 'type', 'veth', 'peer', 'name', DEV.ra, 'netns', NS.r);
    ip('-n', NS.r, 'link', 'add', DEV.rb, 'type', 'veth', 'peer', 'name', DEV.b, 'netns', NS.b);
    ip('-n', NS.a, 'addr', 'add', '10.95.0.2/24', 'dev', DEV.a);
    ip('-n', NS.r, 'addr', 'add', '10.95.0.1/24', 'dev', DEV.ra);
    ip('-n', NS.r, 'addr', 'add', '10.95.1.1/24', 'dev', DEV.rb);
    ip('-n', NS.b, 'addr', 'add', '10.95.1.2/24', 'dev', DEV.b);
    ip('-n', NS.r, 'link', 'set', DEV.rb, 'mtu', '1400');
    ip('-n', NS.b, 'link', 'set', DEV.b, 'mtu', '1400');
    for (const [ns, dev] of [
      [NS.a, DEV.a],
      [NS.r, DEV.ra],
      [NS.r, DEV.rb],
      [NS.b, DEV.b],
      [NS.a, 'lo'],
      [NS.r, 'lo'],
      [NS.b, 'lo'],
    ] as const)
      ip('-n', ns, 'link', 'set', dev, 'up');
    ip('-n', NS.a, 'route', 'add', 'default', 'via', '10.95.0.1');
    ip('-n', NS.b, 'route', 'add', 'default', 'via', '10.95.1.1');
    execFileSync('ip', ['netns', 'exec', NS.r, 'sysctl', '-qw', 'net.ipv4.ip_forward=1']);
  });

  afterAll(() => {
    for (const ns of Object.values(NS)) {
      try {
        ip('netns', 'del', ns);
      } catch {
        // already gone
      }
    }
  });

  const platform = () => createPlatform('linux', inNetns(NS.a));
  const flush = (): void => ip('netns', 'exec', NS.a, 'ip', 'route', 'flush', 'cache');

  it('a full-size packet reaches the router; a packet that fits reaches beyond it', async () => {
    expect(await platform().ping('10.95.0.1', df(1472))).toMatchObject({
      kind: 'ping',
      sent: 1,
      received: 1,
    });
    expect(await platform().ping('10.95.1.2', df(1372))).toMatchObject({
      kind: 'ping',
      sent: 1,
      received: 1,
    });
  });

  it('beyond the router a full-size packet gets "fragmentation needed" (mtu 1400), then a local refusal', async () => {
    flush();
    const first = await platform().ping('10.95.1.2', df(1472));
    expect(first).toMatchObject({ received: 0, tooBig: { mtu: 1400, reportedBy: '10.95.0.1' } });
    // the kernel has learnt the path MTU: now it refuses to send
    const again = await platform().ping('10.95.1.2', df(1472));
    expect(again).toMatchObject({ received: 0, tooBig: { mtu: 1400, reportedBy: null } });
  });

  it('with the router dropping its "too big" messages the packet just vanishes (a black hole)', async () => {
    flush();
    execFileSync('ip', ['netns', 'exec', NS.r, 'nft', '-f', '-'], {
      input:
        'table inet gdx_df {\n chain output {\n  type filter hook output priority filter - 10; policy accept;\n  icmp type destination-unreachable icmp code frag-needed drop\n }\n}\n',
    });
    try {
      const lost = await platform().ping('10.95.1.2', df(1472));
      expect(lost).toEqual({
        kind: 'ping',
        sent: 1,
        received: 0,
        lossPct: 100,
        rttAvgMs: null,
        rttMinMs: null,
        rttMaxMs: null,
        unreachable: false,
      });
      // small packets still pass
      expect(await platform().ping('10.95.1.2', df(548))).toMatchObject({ received: 1 });
    } finally {
      ip('netns', 'exec', NS.r, 'nft', 'delete', 'table', 'inet', 'gdx_df');
    }
  });

  it("an aborted don't-fragment ping comes back at once as cancelled", async () => {
    // everything forwarded is dropped silently: the echo would wait its full second
    execFileSync('ip', ['netns', 'exec', NS.r, 'nft', '-f', '-'], {
      input:
        'table inet gdx_df2 {\n chain forward {\n  type filter hook forward priority filter - 10; policy drop;\n }\n}\n',
    });
    try {
      const ac = new AbortController();
      const t0 = performance.now();
      setTimeout(() => ac.abort(), 100);
      const r = await platform().ping('10.95.1.2', { ...df(1372), signal: ac.signal });
      expect(r).toMatchObject({ kind: 'skipped', reasonCode: 'cancelled' });
      expect(performance.now() - t0).toBeLessThan(900);
    } finally {
      ip('netns', 'exec', NS.r, 'nft', 'delete', 'table', 'inet', 'gdx_df2');
    }
  });
});
