import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_IDS, DiagnosisResultSchema } from '../../../electron/contract';
import type { DiagnosisEvent, Hop } from '../../../electron/contract';
import { runDiagnosis, InputError } from '../../../electron/engine';
import { DiagnosisCancelledError } from '../../../electron/engine/orchestrator';
import { startDnsServer } from './helpers/dns-server';
import type { TestDnsServer } from './helpers/dns-server';
import {
  NGINX_502,
  NGINX_504,
  fixed,
  garbage,
  okPage,
  startHttp,
  startProxy,
  startRaw,
  silent,
} from './helpers/http-servers';
import type { Running } from './helpers/http-servers';
import { loopbackDeps } from './helpers/deps';

const servers: Running[] = [];
let control: Running;
let ok: Running;
let bad502: Running;
let bad504: Running;
let flaky: Running;
let sysDns: TestDnsServer;
let altDns: TestDnsServer;
let closedPort = 0;

beforeAll(async () => {
  control = await startHttp(okPage);
  ok = await startHttp(okPage);
  bad502 = await startHttp(fixed(502, NGINX_502));
  bad504 = await startHttp(fixed(504, NGINX_504));
  flaky = await startHttp((req, res, hit) =>
    hit % 2 === 0 ? fixed(502, NGINX_502)(req, res) : okPage(req, res),
  );
  servers.push(control, ok, bad502, bad504, flaky);
  const gone = await startHttp(okPage);
  closedPort = gone.port;
  await gone.close();
  sysDns = await startDnsServer(
    {
      'shop.test': { a: ['127.0.0.1'] },
      'stale.test': { a: ['127.0.0.3'] },
      'dead-dns.test': { silent: true },
    },
    '127.0.0.1',
  );
  altDns = await startDnsServer(
    {
      'shop.test': { a: ['127.0.0.1'] },
      'stale.test': { a: ['127.0.0.1'] },
      'dead-dns.test': { a: ['127.0.0.1'] },
    },
    '127.0.0.2',
    sysDns.port,
  );
});
afterAll(async () => {
  await Promise.all([...servers.map((s) => s.close()), sysDns.close(), altDns.close()]);
});

function deps(extra: Parameters<typeof loopbackDeps>[0] extends infer T ? Partial<T> : never = {}) {
  // No injected lookup: the engine's own system lookup asks the "system" test resolver.
  return loopbackDeps({ controls: [control.url], dnsPort: sysDns.port, ...extra });
}

async function diagnose(url: string, extra: Parameters<typeof deps>[0] = {}, options = {}) {
  const events: DiagnosisEvent[] = [];
  const t0 = performance.now();
  const result = await runDiagnosis({ url, options: { repeat: 3, ...options } }, deps(extra), {
    onEvent: (e) => events.push(e),
    runId: 'run-1',
  });
  return { result, events, ms: performance.now() - t0 };
}

describe('runDiagnosis on loopback (real sockets, real ping)', () => {
  it('a 502 from an nginx-like gateway → site-server-error, fast, valid, with events', async () => {
    const { result, events, ms } = await diagnose(bad502.url);
    expect(DiagnosisResultSchema.safeParse(result).success).toBe(true);
    expect(result.verdict.id).toBe('site-server-error');
    expect(result.verdict.whoActs).toBe('site-owner');
    expect(result.probe?.attempts.map((a) => a.status)).toEqual([502, 502, 502]);
    expect(result.gateway).toMatchObject({ address: '127.0.0.1', reachable: true, method: 'icmp' });
    expect(result.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
    expect(result.checks.find((c) => c.id === 'external-vantage')?.status).toBe('skipped');
    expect(result.checks.find((c) => c.id === 'traceroute')?.status).toBe('skipped');
    expect(ms).toBeLessThan(3000);
    expect(events.filter((e) => e.type === 'check-started')).toHaveLength(CHECK_IDS.length);
    expect(events.filter((e) => e.type === 'check-finished')).toHaveLength(CHECK_IDS.length);
    expect(events.at(-1)).toMatchObject({ type: 'verdict', runId: 'run-1' });
    expect(result.timeZone).toBe('Europe/Berlin');
  });
  it('a 504 → site-timeout', async () => {
    expect((await diagnose(bad504.url)).result.verdict.id).toBe('site-timeout');
  });
  it('alternating 200/502 → site-intermittent', async () => {
    const { result } = await diagnose(flaky.url, {}, { repeat: 4 });
    expect(result.verdict.id).toBe('site-intermittent');
  });
  it('garbage instead of HTTP → site-server-error (medium)', async () => {
    const junk = await startRaw(garbage);
    servers.push(junk);
    const { result } = await diagnose(junk.url);
    expect(result.verdict).toMatchObject({ id: 'site-server-error', confidence: 'medium' });
    expect(result.checks.find((c) => c.id === 'site-probe')?.problems).toContain('protocol-error');
  });
  it('works over IPv6 loopback too', async () => {
    const v6 = await startHttp(fixed(502, NGINX_502), '::1');
    servers.push(v6);
    const { result } = await diagnose(v6.url);
    expect(result.target).toMatchObject({ host: '::1', isIp: true });
    expect(result.probe?.attempts[0]).toMatchObject({ status: 502, address: '::1' });
    expect(result.verdict.id).toBe('site-server-error');
  });
  it('a healthy site → site-ok', async () => {
    const { result } = await diagnose(ok.url);
    expect(result.verdict.id).toBe('site-ok');
  });
  it('ping answers but the web port is refused → firewall-blocking', async () => {
    const { result } = await diagnose(`http://127.0.0.1:${closedPort}/`);
    expect(result.checks.find((c) => c.id === 'firewall')?.problems).toEqual(
      expect.arrayContaining(['web-port-refused', 'web-ports-blocked']),
    );
    expect(result.verdict.id).toBe('firewall-blocking');
  });
  it('a server that accepts but never answers → site-timeout within about 3 s', async () => {
    const hang = await startRaw(silent);
    servers.push(hang);
    const { result, ms } = await diagnose(hang.url);
    expect(result.verdict.id).toBe('site-timeout');
    expect(ms).toBeLessThan(3500);
  });
  it('system DNS silent, alternative answers in ms → dns-resolver-failing, declared adaptively', async () => {
    const { result, ms } = await diagnose(`http://dead-dns.test:${ok.port}/`);
    expect(result.verdict.id).toBe('dns-resolver-failing');
    const swap = result.checks.find((c) => c.id === 'dns-swap');
    expect(swap?.problems).toEqual(expect.arrayContaining(['system-dns-timeout', 'system-dns-failing']));
    expect(swap?.evidence.adaptiveTimeoutMs).toBe(300);
    expect(result.dns?.answers.find((a) => a.role === 'system')).toMatchObject({
      resolver: '127.0.0.1',
      error: 'timeout',
    });
    expect(result.dns?.answers.find((a) => a.role === 'alternative')).toMatchObject({
      resolver: '127.0.0.2',
      addresses: ['127.0.0.1'],
    });
    // The probes' own lookups are cut adaptively too, so the whole run stays short.
    expect(result.probe?.attempts.every((a) => a.error === 'EAI_AGAIN' && a.timings.totalMs < 1400)).toBe(
      true,
    );
    expect(ms).toBeLessThan(2000);
  });
  it('system DNS gives an address that fails, the alternative one works → dns-stale-answer', async () => {
    const { result } = await diagnose(`http://stale.test:${ok.port}/`);
    expect(result.verdict.id).toBe('dns-stale-answer');
    expect(result.dns?.addressProbes.map((p) => [p.address, p.status])).toEqual(
      expect.arrayContaining([
        ['127.0.0.3', null],
        ['127.0.0.1', 200],
      ]),
    );
  });
  it('a name that resolves the same everywhere and answers 502 → site-server-error with DNS ok', async () => {
    const bad = `http://shop.test:${bad502.port}/`;
    const { result } = await diagnose(bad);
    expect(result.verdict.id).toBe('site-server-error');
    expect(result.checks.find((c) => c.id === 'dns-swap')?.status).toBe('ok');
  });
  it('a failing proxy from HTTP_PROXY while the direct path works → proxy-error', async () => {
    const proxy = await startProxy(true);
    servers.push(proxy);
    const { result } = await diagnose(ok.url, { env: { HTTP_PROXY: proxy.url } });
    expect(result.verdict.id).toBe('proxy-error');
    expect(result.probe?.attempts[0]?.via).toBe('proxy');
  });
  it('an injected proxy resolver (the app) takes precedence over the environment', async () => {
    const proxy = await startProxy(true);
    servers.push(proxy);
    const { result } = await diagnose(ok.url, {
      env: {},
      resolveProxy: async () => `PROXY 127.0.0.1:${proxy.port}; DIRECT`,
    });
    expect(result.verdict.id).toBe('proxy-error');
    expect(proxy.seen.length).toBeGreaterThan(0);
  });
  it('no default route and nothing answers → local-network-down', async () => {
    const { result } = await diagnose(`http://127.0.0.1:${closedPort}/`, {
      world: { gateway: null },
      controls: [`http://127.0.0.1:${closedPort}/`],
    });
    expect(result.verdict.id).toBe('local-network-down');
    expect(result.checks.find((c) => c.id === 'traceroute')?.reason).toMatch(/router/);
  });
  it('router answers, nothing beyond: traceroute runs, hops stream, → isp-outage', async () => {
    const hops: Hop[] = [
      {
        ttl: 1,
        lossPct: 0,
        probes: [{ address: '127.0.0.1', hostname: null, rttMs: 0.1, annotation: null }],
      },
      { ttl: 2, lossPct: 100, probes: [{ address: null, hostname: null, rttMs: null, annotation: null }] },
      { ttl: 3, lossPct: 100, probes: [{ address: null, hostname: null, rttMs: null, annotation: null }] },
    ];
    const dead = `http://127.0.0.1:${closedPort}/`;
    const world = {
      gateway: { address: '127.0.0.2', interface: 'lo' },
      silentHosts: ['127.0.0.1'],
      trace: { kind: 'trace' as const, tool: 'traceroute', hops, reached: false },
    };
    hops[0] = {
      ...(hops[0] as Hop),
      probes: [{ address: '127.0.0.2', hostname: null, rttMs: 0.1, annotation: null }],
    };
    const { result, events } = await diagnose(dead, { world, controls: [dead] });
    expect(result.traceroute).toMatchObject({ reached: false, lossStartsAt: 2, carriesThrough: true });
    expect(events.filter((e) => e.type === 'hop')).toHaveLength(3);
    expect(result.verdict.id).toBe('isp-outage');
  });
  it('a traceroute started early is dropped unseen when nothing asks a route question', async () => {
    const hops: Hop[] = [
      {
        ttl: 1,
        lossPct: 0,
        probes: [{ address: '127.0.0.1', hostname: null, rttMs: 0.1, annotation: null }],
      },
    ];
    const { result, events } = await diagnose(bad502.url, {
      world: { trace: { kind: 'trace', tool: 'traceroute', hops, reached: true } },
    });
    expect(result.verdict.id).toBe('site-server-error');
    expect(events.filter((e) => e.type === 'hop')).toHaveLength(0);
    expect(result.traceroute).toBeNull();
    expect(result.checks.find((c) => c.id === 'traceroute')).toMatchObject({ status: 'skipped' });
  });
  it('bad input throws InputError before anything runs', async () => {
    await expect(runDiagnosis({ url: 'ftp://x', options: {} }, deps())).rejects.toBeInstanceOf(InputError);
    await expect(runDiagnosis({ url: ok.url, options: { repeat: 99 } }, deps())).rejects.toBeInstanceOf(
      InputError,
    );
  });
  it('cancellation stops the run quickly and emits cancelled', async () => {
    const hang = await startRaw(silent);
    servers.push(hang);
    const ac = new AbortController();
    const events: DiagnosisEvent[] = [];
    setTimeout(() => ac.abort(), 150);
    const t0 = performance.now();
    await expect(
      runDiagnosis({ url: hang.url, options: {} }, deps(), {
        signal: ac.signal,
        onEvent: (e) => events.push(e),
      }),
    ).rejects.toBeInstanceOf(DiagnosisCancelledError);
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(events.at(-1)?.type).toBe('cancelled');
  });
  it('the total budget (--timeout) caps the run', async () => {
    const hang = await startRaw(silent);
    servers.push(hang);
    const t0 = performance.now();
    const result = await runDiagnosis({ url: hang.url, options: { timeoutSec: 1 } }, deps());
    expect(performance.now() - t0).toBeLessThan(1800);
    expect(DiagnosisResultSchema.safeParse(result).success).toBe(true);
  });
});
