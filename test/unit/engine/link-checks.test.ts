// The gateway's loss/jitter judgement, the path-MTU check and the IPv6 check's local parts, with
// a scripted platform (no packet leaves loopback).
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayCheck, linkProblems } from '../../../electron/engine/checks/gateway';
import { ipv6Check, isGlobalIpv6, sourceAddressFor } from '../../../electron/engine/checks/ipv6';
import { pathMtuCheck } from '../../../electron/engine/checks/path-mtu';
import type { PingOptions, PlatformFacade, ToolSkip } from '../../../electron/engine/platform/types';
import { skipNote } from '../../../electron/engine/platform/skip';
import { CANCELLED, SKIP, ctx, echo, platform } from './fake-check-context';

describe('gateway: loss and jitter to the router itself', () => {
  it('judges loss by count and share, jitter by deviation and range', () => {
    expect(linkProblems(echo(6, 4))).toEqual(['gateway-loss']);
    expect(linkProblems(echo(6, 5))).toEqual([]); // one echo lost is not enough
    expect(linkProblems(echo(12, 10))).toEqual(['gateway-loss']);
    expect(linkProblems(echo(6, 6, { rttStdDevMs: 48, rttMinMs: 2, rttMaxMs: 150 }))).toEqual([
      'gateway-jitter',
    ]);
    // one slow answer (a radio waking up) spreads the range but not the deviation
    expect(linkProblems(echo(6, 6, { rttStdDevMs: 12, rttMinMs: 2, rttMaxMs: 80 }))).toEqual([]);
    expect(linkProblems(echo(6, 6, { rttStdDevMs: 35, rttMinMs: 2, rttMaxMs: 40 }))).toEqual([]);
    expect(linkProblems(echo(6, 3, { rttStdDevMs: 50, rttMinMs: 2, rttMaxMs: 200 }))).toEqual([
      'gateway-loss',
    ]);
  });

  it('one lost echo in six asks twelve more (two runs at once); the evidence adds them up', async () => {
    const calls: PingOptions[] = [];
    const runs = [
      echo(6, 5, { rttStdDevMs: 0.4 }),
      echo(6, 4, { rttStdDevMs: 0.3, rttMaxMs: 3 }),
      echo(6, 5, { rttStdDevMs: 0.3 }),
    ];
    const p = platform({
      ping: async (_h, o) => {
        calls.push(o);
        return runs.shift() ?? SKIP;
      },
    });
    const out = await gatewayCheck(ctx(p));
    expect(calls).toHaveLength(3);
    expect(out.result).toMatchObject({
      status: 'problem',
      problems: ['gateway-loss'],
      evidence: {
        pingSent: 18,
        pingReceived: 14,
        lossPct: 22.222,
        jitterMs: 0.3,
        rttMinMs: 0.5,
        rttMaxMs: 3,
      },
    });
  });

  it('bad luck is not a weak link: one lost in six, then twelve clean', async () => {
    const runs = [echo(6, 5), echo(6, 6), echo(6, 6)];
    const p = platform({ ping: async () => runs.shift() ?? SKIP });
    const out = await gatewayCheck(ctx(p));
    expect(out.result).toMatchObject({
      status: 'ok',
      problems: [],
      evidence: { pingSent: 18, pingReceived: 17 },
    });
  });

  it('six clean echoes while pings to the site get lost: twelve more before clearing the router', async () => {
    const runs = [echo(6, 6), echo(6, 4), echo(6, 3)];
    let n = 0;
    const p = platform({
      ping: async () => {
        n++;
        return runs.shift() ?? SKIP;
      },
    });
    const c = ctx(p);
    c.board.reportSiteLoss(40);
    const out = await gatewayCheck(c);
    expect(n).toBe(3);
    expect(out.result).toMatchObject({
      problems: ['gateway-loss'],
      evidence: { pingSent: 18, pingReceived: 13 },
    });
  });

  it('a clean run is asked once', async () => {
    let n = 0;
    const p = platform({
      ping: async () => {
        n++;
        return echo(6, 6, { rttStdDevMs: 0.1 });
      },
    });
    const out = await gatewayCheck(ctx(p));
    expect(n).toBe(1);
    expect(out.result).toMatchObject({ status: 'ok', problems: [], evidence: { jitterMs: 0.1 } });
  });
});

describe('path-mtu check', () => {
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

  /** A path with `mtu` (no "too big" messages) to 127.0.0.1; the router 192.168.1.1 passes everything. */
  function blackholePlatform(mtu: number, seen: number[] = []): PlatformFacade {
    return platform({
      ping: (host, o) =>
        new Promise((resolve) => {
          const packet = (o.size ?? 56) + 28;
          if (host === '127.0.0.1') seen.push(packet);
          if (host !== '127.0.0.1' || packet <= mtu) {
            setTimeout(() => resolve(echo(1, 1)), 3);
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

  it('is not needed when no request stalled', async () => {
    const c = ctx(blackholePlatform(1400));
    const run = pathMtuCheck(c);
    c.board.siteSettled(true);
    expect(await run).toMatchObject({
      status: 'skipped',
      reason: 'Not needed: no connection to the site stalled.',
    });
  });

  it('finds the black hole after the router in parallel rounds, the hop round included, inside 1.8 s', async () => {
    const seen: number[] = [];
    const c = ctx(blackholePlatform(1400, seen), `http://127.0.0.1:${port}/`);
    const t0 = performance.now();
    const run = pathMtuCheck(c);
    c.board.reportStall({ address: '127.0.0.1', inTls: false });
    const r = await run;
    // three rounds of sizes (~300 ms each once the site answered), one to confirm, one of hops
    expect(performance.now() - t0).toBeLessThan(1800);
    expect(r).toMatchObject({
      status: 'problem',
      problems: ['mtu-blackhole'],
      evidence: {
        address: '127.0.0.1',
        family: 4,
        stalledIn: 'response',
        router: '192.168.1.1',
        pathMtu: 1400,
        lostFrom: 1404,
        routerPasses: 1500,
        where: 'beyond-router',
        smallAnswerStatus: 200,
        smallAnswerError: null,
      },
    });
    // the first round asked the four sizes at once, then narrowed
    expect(seen.slice(0, 4).sort()).toEqual([1280, 1400, 1500, 576].sort());
    expect(seen).toContain(1420);
  });

  it('a path without a limit is fine (status ok, path MTU 1500)', async () => {
    const c = ctx(blackholePlatform(9000), `http://127.0.0.1:${port}/`);
    const run = pathMtuCheck(c);
    c.board.reportStall({ address: '127.0.0.1', inTls: true });
    expect(await run).toMatchObject({
      status: 'ok',
      problems: [],
      evidence: { pathMtu: 1500, lostFrom: null, stalledIn: 'tls', smallAnswerStatus: null },
    });
  });

  it('skips with the reason and hint when ping may not run', async () => {
    const denied: ToolSkip = {
      kind: 'skipped',
      ...skipNote('ping-no-icmp', { message: 'socket: Operation not permitted' }, 'ping-permission'),
    };
    const c = ctx(platform({ ping: async () => denied }), `http://127.0.0.1:${port}/`);
    const run = pathMtuCheck(c);
    c.board.reportStall({ address: '127.0.0.1', inTls: true });
    expect(await run).toMatchObject({
      status: 'skipped',
      reason: denied.reason,
      hint: expect.stringContaining('cap_net_raw') as unknown as string,
      reasonCode: 'ping-no-icmp',
      hintCode: 'ping-permission',
    });
  });

  it('stops at once when the run is cancelled', async () => {
    const ac = new AbortController();
    const c = ctx(blackholePlatform(1400), `http://127.0.0.1:${port}/`, { signal: ac.signal });
    const t0 = performance.now();
    const run = pathMtuCheck(c);
    setTimeout(() => ac.abort(), 20);
    const r = await run;
    expect(performance.now() - t0).toBeLessThan(500);
    expect(r.status).toBe('skipped');
  });
});

describe('ipv6: the local parts', () => {
  it('knows a global IPv6 address from loopback, link-local and unique-local ones', () => {
    expect(isGlobalIpv6('2001:db8:77::10')).toBe(true);
    expect(isGlobalIpv6('2a00:1450:4001:82b::200e')).toBe(true);
    expect(isGlobalIpv6('::1')).toBe(false);
    expect(isGlobalIpv6('fe80::1')).toBe(false);
    expect(isGlobalIpv6('fd00::1')).toBe(false);
    expect(isGlobalIpv6('::ffff:192.0.2.1')).toBe(false);
    expect(isGlobalIpv6('192.0.2.1')).toBe(false);
  });

  it('asks the routing table for the source address without sending anything', async () => {
    expect(await sourceAddressFor('127.0.0.1')).toBe('127.0.0.1');
  });

  /** A lookup that answers from a table (no DNS). */
  const table =
    (addresses: string[]): LookupFunction =>
    (_host, _opts, cb) =>
      (cb as (e: null, a: { address: string; family: number }[]) => void)(
        null,
        addresses.map((a) => ({ address: a, family: a.includes(':') ? 6 : 4 })),
      );

  it('skips a site without IPv6, an IP address, and a computer without IPv6', async () => {
    const p = platform({});
    expect(await ipv6Check(ctx(p, 'http://127.0.0.1:9/'))).toMatchObject({ status: 'skipped' });
    const v4only = await ipv6Check(ctx(p, 'http://site.test:9/', { lookup: table(['127.0.0.1']) }));
    expect(v4only).toMatchObject({ status: 'skipped', reason: 'The site has no IPv6 address.' });
    // ::1 answers from loopback only: no global IPv6 here
    const loop = await ipv6Check(ctx(p, 'http://site.test:9/', { lookup: table(['127.0.0.1', '::1']) }));
    expect(loop).toMatchObject({
      status: 'skipped',
      reason: 'This computer has no IPv6 connection to the internet, so IPv4 is used.',
    });
  });
});
