// Where a path-MTU black hole starts: the pure judgement of one TTL-limited round, and the
// path-mtu check over a scripted path of hops (each link with its own MTU; no packet leaves loopback).
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hopRows, hopTtls, locateBlackhole } from '../../../electron/engine/checks/mtu-hops';
import type { HopAnswer, HopProbe } from '../../../electron/engine/checks/mtu-hops';
import { pathMtuCheck } from '../../../electron/engine/checks/path-mtu';
import type { PingOptions, PlatformFacade } from '../../../electron/engine/platform/types';
import { CANCELLED, ctx, echo, platform } from './fake-check-context';

/** One TTL's two probes: [small answer, large answer, hop address]. */
type Row = [HopAnswer, HopAnswer, string | null];
function probes(rows: Row[], dest = '203.0.113.23'): HopProbe[] {
  return rows.flatMap(([small, large, address], i): HopProbe[] => {
    const from = (a: HopAnswer): string | null =>
      a === 'echo' ? dest : a === 'expired' || a === 'too-big' ? address : null;
    return [
      { ttl: i + 1, size: 'small', answer: small, from: from(small) },
      { ttl: i + 1, size: 'large', answer: large, from: from(large) },
    ];
  });
}

describe('locateBlackhole: the first hop that answers small packets and swallows large ones', () => {
  it('the lab path: router, ISP hop (where it starts), the site', () => {
    const f = locateBlackhole(
      probes([
        ['expired', 'expired', '192.168.77.1'],
        ['expired', 'lost', '198.51.100.1'],
        ['echo', 'lost', null],
        ['echo', 'lost', null],
      ]),
    );
    expect(f).toMatchObject({
      startsAtHop: 2,
      startsAtAddress: '198.51.100.1',
      previousHop: 1,
      previousAddress: '192.168.77.1',
    });
    // rows stop at the destination (TTL 3): TTL 4 asks the same machine again
    expect(f.hops).toEqual([
      { ttl: 1, address: '192.168.77.1', small: 'expired', large: 'expired' },
      { ttl: 2, address: '198.51.100.1', small: 'expired', large: 'lost' },
      { ttl: 3, address: '203.0.113.23', small: 'echo', large: 'lost' },
    ]);
  });

  it('already the first link (a VPN or tunnel on this computer)', () => {
    const f = locateBlackhole(
      probes([
        ['expired', 'lost', '192.168.1.1'],
        ['echo', 'lost', null],
      ]),
    );
    expect(f).toMatchObject({ startsAtHop: 1, startsAtAddress: '192.168.1.1', previousHop: 0 });
    expect(f.previousAddress).toBeNull();
  });

  it('a link into the destination itself', () => {
    const f = locateBlackhole(
      probes([
        ['expired', 'expired', '192.168.1.1'],
        ['expired', 'expired', '198.51.100.1'],
        ['echo', 'lost', null],
      ]),
    );
    expect(f).toMatchObject({ startsAtHop: 3, startsAtAddress: '203.0.113.23', previousHop: 2 });
  });

  it('skips hops that answer nothing: the link lies between the last hop reached and the next that answers', () => {
    const f = locateBlackhole(
      probes([
        ['expired', 'expired', '192.168.1.1'],
        ['lost', 'lost', null],
        ['expired', 'lost', '198.51.100.9'],
        ['echo', 'lost', null],
      ]),
    );
    expect(f).toMatchObject({
      startsAtHop: 3,
      startsAtAddress: '198.51.100.9',
      previousHop: 1,
      previousAddress: '192.168.1.1',
    });
    // a silent first hop: somewhere between this computer and the first hop that answers
    const g = locateBlackhole(
      probes([
        ['lost', 'lost', null],
        ['expired', 'lost', '198.51.100.1'],
      ]),
    );
    expect(g).toMatchObject({ startsAtHop: 2, previousHop: 0, previousAddress: null });
  });

  it('a hop that says "too big" is not the black hole; a large packet cut short (unknown) proves nothing', () => {
    const big = locateBlackhole(
      probes([
        ['expired', 'too-big', '192.168.1.1'],
        ['expired', 'lost', '198.51.100.1'],
      ]),
    );
    expect(big).toMatchObject({ startsAtHop: 2, previousHop: 0 });
    const unknown = locateBlackhole(probes([['expired', 'unknown', '192.168.1.1']]));
    expect(unknown.startsAtHop).toBeNull();
  });

  it('nothing found when every hop passes large packets up to the last TTL asked', () => {
    const f = locateBlackhole(probes(hopTtls().map((t): Row => ['expired', 'expired', `198.51.100.${t}`])));
    expect(f).toMatchObject({ startsAtHop: null, startsAtAddress: null, previousHop: null });
    expect(f.hops).toHaveLength(8);
  });

  it('rows per TTL in order, whatever order the answers came in', () => {
    const p = probes([
      ['expired', 'expired', '192.168.1.1'],
      ['echo', 'lost', null],
    ]).reverse();
    expect(hopRows(p).map((r) => r.ttl)).toEqual([1, 2]);
    expect(hopTtls(3)).toEqual([1, 2, 3]);
  });
});

/** A hop of a scripted path: its address, the MTU of the link into it, whether it answers TTL expiry. */
interface Hop {
  address: string;
  linkMtu: number;
  silent?: boolean;
}

/**
 * Pings over a path of hops (the last is the destination): a packet crosses the links up to its
 * TTL; a link smaller than the packet swallows it without a word (the black hole), a hop where
 * the TTL runs out answers "time exceeded". Answers come after 3 ms, silence waits for the cut.
 */
function pathPlatform(path: Hop[], seen: PingOptions[] = [], ttlAt: number[] = []): PlatformFacade {
  return platform({
    defaultGateway: async () => ({ address: path[0]?.address ?? '', interface: 'eth0' }),
    ping: (host, o) =>
      new Promise((resolve) => {
        seen.push(o);
        if (o.ttl !== undefined) ttlAt.push(performance.now());
        const packet = (o.size ?? 56) + 28;
        const dest = path.findIndex((h) => h.address === host);
        const reach = Math.min(o.ttl ?? 64, dest + 1);
        const fits = path.slice(0, reach).every((h) => packet <= h.linkMtu);
        const at = path[reach - 1];
        const answer = !fits
          ? null
          : reach === dest + 1
            ? echo(1, 1)
            : at && !at.silent
              ? echo(1, 0, { unreachable: true, timeExceededFrom: at.address })
              : null;
        if (answer) {
          setTimeout(() => resolve(answer), 3);
          return;
        }
        const t = setTimeout(() => resolve(echo(1, 0)), o.timeoutMs);
        o.signal?.addEventListener('abort', () => {
          clearTimeout(t);
          resolve(CANCELLED);
        });
      }),
  });
}

describe('path-mtu check: the hop the black hole starts at', () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = createServer((q, s) => {
      s.writeHead(200, { 'content-length': '2' });
      s.end(q.method === 'HEAD' ? undefined : 'ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => server.close());

  async function run(path: Hop[], seen: PingOptions[] = []) {
    const ttlAt: number[] = [];
    const c = ctx(pathPlatform(path, seen, ttlAt), `http://127.0.0.1:${port}/`);
    const check = pathMtuCheck(c);
    c.board.reportStall({ address: '127.0.0.1', inTls: false });
    const r = await check;
    // how long the hop round added, from its first ping to the check's end
    return { r, hopMs: ttlAt.length ? performance.now() - Math.min(...ttlAt) : 0 };
  }

  const router = { address: '192.168.77.1', linkMtu: 1500 };
  const site = { address: '127.0.0.1', linkMtu: 1500 };

  it('the lab shape: the link from the router to the provider carries 1400 bytes → hop 2', async () => {
    const seen: PingOptions[] = [];
    const { r, hopMs } = await run([router, { address: '198.51.100.1', linkMtu: 1400 }, site], seen);
    expect(r).toMatchObject({
      status: 'problem',
      problems: ['mtu-blackhole'],
      evidence: {
        pathMtu: 1400,
        where: 'beyond-router',
        startsAtHop: 2,
        startsAtAddress: '198.51.100.1',
        previousHop: 1,
        previousAddress: '192.168.77.1',
        hopsProbed: [
          { ttl: 1, address: '192.168.77.1', small: 'expired', large: 'expired' },
          { ttl: 2, address: '198.51.100.1', small: 'expired', large: 'lost' },
          { ttl: 3, address: '127.0.0.1', small: 'echo', large: 'lost' },
        ],
      },
    });
    // one round: TTL 1..8 at once, a small size that passed and the lost size, all don't-fragment
    const limited = seen.filter((o) => o.ttl !== undefined);
    expect(limited.map((o) => o.ttl).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      hopTtls().flatMap((t) => [t, t]),
    );
    expect(new Set(limited.map((o) => (o.size ?? 0) + 28))).toEqual(new Set([576, 1404]));
    expect(limited.every((o) => o.dontFragment === true && o.count === 1)).toBe(true);
    // the hop round costs one cut round (max(300 ms, 4× the site's answer time)): well under a second
    expect(hopMs).toBeGreaterThan(250);
    expect(hopMs).toBeLessThan(700);
  });

  it('a far link and a silent hop before it', async () => {
    const path = [
      router,
      { address: '198.51.100.1', linkMtu: 1500 },
      { address: '198.51.100.5', linkMtu: 1500, silent: true },
      { address: '198.51.100.9', linkMtu: 1280 },
      site,
    ];
    const { r } = await run(path);
    expect(r.evidence).toMatchObject({
      pathMtu: 1280,
      startsAtHop: 4,
      startsAtAddress: '198.51.100.9',
      previousHop: 2,
      previousAddress: '198.51.100.1',
    });
  });

  it("this computer's own link: hop 1, and the router check agrees", async () => {
    const { r } = await run([{ ...router, linkMtu: 1400 }, site]);
    expect(r.evidence).toMatchObject({ where: 'before-router', startsAtHop: 1, previousHop: 0 });
  });

  it('no black hole, no hop round', async () => {
    const seen: PingOptions[] = [];
    const { r } = await run([router, site], seen);
    expect(r).toMatchObject({ status: 'ok', evidence: { startsAtHop: null, hopsProbed: null } });
    expect(seen.some((o) => o.ttl !== undefined)).toBe(false);
  });
});
