import { describe, expect, it } from 'vitest';
import type { DiagnosisEvent, Hop } from '../../../electron/contract';
import { createNodeEngineDeps } from '../../../electron/engine';
import type { EngineDeps } from '../../../electron/engine';
import { LatencyBoard } from '../../../electron/engine/checks/common';
import type { CheckContext } from '../../../electron/engine/checks/common';
import { externalVantageCheck } from '../../../electron/engine/checks/external-vantage';
import { gatewayCheck } from '../../../electron/engine/checks/gateway';
import { systemResolversCheck } from '../../../electron/engine/checks/system-resolvers';
import { tracerouteCheck } from '../../../electron/engine/checks/traceroute';
import { proxyFromEnv } from '../../../electron/engine/http/proxy';
import { skipNote } from '../../../electron/engine/platform/skip';
import type { PlatformFacade, PingOutcome, ToolSkip } from '../../../electron/engine/platform/types';
import { parseTarget } from '../../../electron/engine/target';

const SKIP: ToolSkip = {
  kind: 'skipped',
  ...skipNote('tool-missing', { tool: 'ping', deb: 'iputils-ping', rpm: 'iputils' }, 'install-package'),
};
const noReply: PingOutcome = {
  kind: 'ping',
  sent: 3,
  received: 0,
  lossPct: 100,
  rttAvgMs: null,
  rttMinMs: null,
  rttMaxMs: null,
  unreachable: false,
};

function platform(over: Partial<PlatformFacade>): PlatformFacade {
  return {
    os: 'linux',
    defaultGateway: async () => ({ address: '127.0.0.1', interface: 'lo' }),
    ping: async () => SKIP,
    traceroute: async () => SKIP,
    systemResolvers: async () => ['127.0.0.1'],
    ...over,
  };
}

function ctx(
  p: PlatformFacade,
  extra: Partial<EngineDeps> = {},
  settings: Partial<CheckContext['settings']> = {},
  events: DiagnosisEvent[] = [],
): CheckContext {
  const deps = createNodeEngineDeps({
    platform: p,
    env: {},
    resolvers: [],
    controls: [],
    hostsPath: null,
    ...extra,
  });
  return {
    target: parseTarget('http://127.0.0.1:9/'),
    deps,
    settings: { repeat: 1, external: false, resolvers: [], controls: [], ...settings },
    signal: new AbortController().signal,
    deadline: performance.now() + 5000,
    board: new LatencyBoard(),
    proxyFor: async (url) => proxyFromEnv(url, {}),
    emit: (e) => events.push(e),
    runId: 'r',
  };
}

describe('gateway check', () => {
  it('falls back to TCP when ping is not permitted; a refusal proves the router is alive', async () => {
    const out = await gatewayCheck(ctx(platform({}), { gatewayTcpPorts: [9] }));
    expect(out.result).toMatchObject({ id: 'gateway', status: 'ok', problems: ['icmp-not-permitted'] });
    expect(out.gateway).toMatchObject({ address: '127.0.0.1', reachable: true, method: 'tcp' });
    expect(out.result.evidence.tcp).toEqual([{ port: 9, outcome: 'refused' }]);
  });
  it('is a problem when neither ping nor TCP gets anything back', async () => {
    const out = await gatewayCheck(ctx(platform({ ping: async () => noReply }), { gatewayTcpPorts: [] }));
    expect(out.result).toMatchObject({ status: 'problem', problems: ['gateway-silent'] });
    expect(out.gateway).toMatchObject({ reachable: false, method: 'icmp', lossPct: 100 });
  });
  it('reports a missing default route', async () => {
    const out = await gatewayCheck(ctx(platform({ defaultGateway: async () => null })));
    expect(out.result).toMatchObject({ status: 'problem', problems: ['no-default-route'] });
  });
  it('passes a tool skip through with its reason and hint', async () => {
    const out = await gatewayCheck(
      ctx(
        platform({
          defaultGateway: async () => ({
            kind: 'skipped',
            ...skipNote('tool-missing', { tool: 'ip', deb: 'iproute2', rpm: 'iproute' }, 'install-package'),
          }),
        }),
      ),
    );
    expect(out.result).toMatchObject({
      status: 'skipped',
      reason: 'ip is not installed',
      hint: expect.stringContaining('iproute2') as unknown as string,
      reasonCode: 'tool-missing',
      hintCode: 'install-package',
      params: { tool: 'ip', deb: 'iproute2' },
    });
  });
  it('turns an exception into status error instead of crashing the run', async () => {
    const out = await gatewayCheck(
      ctx(
        platform({
          defaultGateway: async () => {
            throw new Error('boom');
          },
        }),
      ),
    );
    expect(out.result.status).toBe('error');
    expect(out.result.reason).toMatch(/boom/);
    expect(Number.isNaN(Date.parse(out.result.startedAt))).toBe(false);
  });
  it('flags loss at the router', async () => {
    const lossy: PingOutcome = { ...noReply, received: 1, lossPct: 67, rttAvgMs: 3 };
    const out = await gatewayCheck(ctx(platform({ ping: async () => lossy })));
    expect(out.result).toMatchObject({ status: 'problem', problems: ['gateway-loss'] });
  });
});

describe('system resolvers check', () => {
  it('keeps IP literals only', async () => {
    const out = await systemResolversCheck(
      ctx(platform({ systemResolvers: async () => ['127.0.0.53', 'bogus', '::1'] })),
    );
    expect(out.resolvers).toEqual(['127.0.0.53', '::1']);
    expect(out.result.status).toBe('ok');
  });
  it('is a problem when there is none, skipped when the tool is missing', async () => {
    expect(
      (await systemResolversCheck(ctx(platform({ systemResolvers: async () => [] })))).result.problems,
    ).toEqual(['no-system-resolvers']);
    expect(
      (await systemResolversCheck(ctx(platform({ systemResolvers: async () => SKIP })))).result.status,
    ).toBe('skipped');
  });
});

describe('traceroute check', () => {
  const hop = (ttl: number, loss: number, address: string | null): Hop => ({
    ttl,
    lossPct: loss,
    probes: [{ address, hostname: null, rttMs: address ? 1 : null, annotation: null }],
  });
  it('streams hops as events and never blames rate-limited hops', async () => {
    const events: DiagnosisEvent[] = [];
    const hops = [hop(1, 0, '127.0.0.1'), hop(2, 66, '198.51.100.1'), hop(3, 0, '203.0.113.10')];
    const p = platform({
      traceroute: async (_h, o) => {
        hops.forEach((h) => o.onHop?.(h));
        return { kind: 'trace', tool: 'traceroute', hops, reached: true };
      },
    });
    const out = await tracerouteCheck(ctx(p, {}, {}, events), {
      capMs: 2000,
      gatewayAddress: async () => '127.0.0.1',
    });
    expect(events.map((e) => e.type)).toEqual(['hop', 'hop', 'hop']);
    expect(out.result).toMatchObject({ status: 'ok', problems: [] });
    expect(out.result.evidence.rateLimitedHops).toEqual([2]);
    expect(out.summary).toMatchObject({
      tool: 'traceroute',
      reached: true,
      lossStartsAt: null,
      carriesThrough: false,
    });
  });
  it('uses the ping-measured loss at the destination', async () => {
    const hops = [hop(1, 0, '127.0.0.1'), hop(2, 33, '198.51.100.1'), hop(3, 0, '203.0.113.10')];
    const p = platform({
      traceroute: async () => ({ kind: 'trace', tool: 'traceroute', hops, reached: true }),
    });
    const out = await tracerouteCheck(ctx(p), {
      capMs: 2000,
      gatewayAddress: async () => '127.0.0.1',
      destinationLoss: async () => 40,
    });
    expect(out.result.problems).toEqual(['path-loss-carries-through']);
    expect(out.summary).toMatchObject({ lossStartsAt: 2, carriesThrough: true });
  });
  it('stops once three hops in a row are silent and keeps the hops it has', async () => {
    const p = platform({
      traceroute: (_h, o) =>
        new Promise((resolve) => {
          const all = [
            hop(1, 0, '127.0.0.1'),
            hop(2, 0, '198.51.100.1'),
            hop(3, 100, null),
            hop(4, 100, null),
            hop(5, 100, null),
            hop(6, 100, null),
          ];
          let i = 0;
          const t = setInterval(() => {
            const h = all[i++];
            if (h) o.onHop?.(h);
          }, 20);
          o.signal?.addEventListener('abort', () => {
            clearInterval(t);
            resolve({ kind: 'skipped', ...skipNote('cancelled', {}) });
          });
        }),
    });
    const t0 = performance.now();
    const out = await tracerouteCheck(ctx(p), { capMs: 5000, gatewayAddress: async () => '127.0.0.1' });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(out.summary?.hops.map((h) => h.ttl)).toEqual([1, 2, 3, 4, 5]);
    expect(out.summary).toMatchObject({
      reached: false,
      lossStartsAt: 3,
      carriesThrough: true,
      tool: 'traceroute',
    });
    expect(out.result).toMatchObject({ status: 'problem', problems: ['path-stops'] });
    expect(out.result.evidence.stoppedEarly).toBe(true);
  });
  it('skips with the tool reason when no traceroute tool exists', async () => {
    const out = await tracerouteCheck(ctx(platform({})), { capMs: 2000, gatewayAddress: async () => null });
    expect(out.result).toMatchObject({ status: 'skipped', reason: 'ping is not installed' });
    expect(out.summary).toBeNull();
  });
});

describe('external vantage check (opt-in)', () => {
  it('is skipped unless asked for, and then never calls out', async () => {
    let calls = 0;
    const out = await externalVantageCheck(
      ctx(platform({}), {
        fetchJson: async () => {
          calls++;
          return {};
        },
      }),
    );
    expect(out.status).toBe('skipped');
    expect(calls).toBe(0);
  });
  it('reads check-host.net answers: down for everyone', async () => {
    const urls: string[] = [];
    const fetchJson = async (url: string): Promise<unknown> => {
      urls.push(url);
      if (url.includes('/check-http')) return { ok: 1, request_id: 'abc123' };
      return {
        n1: [[0, 3.0, 'Connection timed out', null, null]],
        n2: [[1, 0.2, 'Bad Gateway', '502', '203.0.113.10']],
        n3: null,
      };
    };
    const out = await externalVantageCheck(ctx(platform({}), { fetchJson }, { external: true }));
    expect(out).toMatchObject({
      status: 'problem',
      problems: ['down-for-everyone'],
      evidence: { up: 0, down: 2, pending: 1 },
    });
    expect(urls[0]).toBe('https://check-host.net/check-http?host=http%3A%2F%2F127.0.0.1%3A9%2F&max_nodes=3');
    expect(urls[1]).toBe('https://check-host.net/check-result/abc123');
  });
  it('refuses an unexpected request id', async () => {
    const out = await externalVantageCheck(
      ctx(platform({}), { fetchJson: async () => ({ request_id: '../../x' }) }, { external: true }),
    );
    expect(out.status).toBe('error');
  });
});
