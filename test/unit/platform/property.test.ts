import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HopSchema } from '../../../electron/contract';
import type { Hop } from '../../../electron/contract';
import { parsePing } from '../../../electron/engine/platform/ping';
import type { PingParse } from '../../../electron/engine/platform/ping';
import { createTraceParser, parseTraceText } from '../../../electron/engine/platform/trace-parse';
import type { TraceFormat } from '../../../electron/engine/platform/trace-parse';
import { parseMtrJson, parseMtrReport } from '../../../electron/engine/platform/mtr';
import {
  parseIpRouteJson,
  parseNetRouteJson,
  parseNetRouteTable,
  parseNetstatRn,
  parseProcNetRoute,
  parseRouteGet,
  parseRoutePrint,
} from '../../../electron/engine/platform/gateway';
import type { GatewayParse } from '../../../electron/engine/platform/gateway';
import {
  nmcliResolvers,
  parseNmcliConnectionDns,
  parseNmcliDeviceShow,
  parseResolvConf,
  parseResolvectlDns,
  parseResolvectlStatus,
  resolvConfResolvers,
  resolvectlDnsResolvers,
  resolvectlStatusResolvers,
} from '../../../electron/engine/platform/dns-linux';
import { parseNetworksetupDnsServers, parseScutilDns } from '../../../electron/engine/platform/dns-darwin';
import {
  dnsClientResolvers,
  parseDnsClientServerAddressJson,
  parseDnsClientServerAddressTable,
  parseIpconfigAll,
  parseNetshDnsConfig,
} from '../../../electron/engine/platform/dns-windows';
import { HostInputError, ipVersion, validateHost } from '../../../electron/engine/platform/host';
import { allFixtureLines } from './fixture';

const RUNS = { numRuns: 300 };
const realLines = allFixtureLines();

/** Arbitrary text: random strings, or real tool lines (sometimes cut or spliced with junk) in random order. */
const line = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(...realLines),
  fc.tuple(fc.constantFrom(...realLines), fc.nat(200)).map(([l, n]) => l.slice(0, n)),
  fc.tuple(fc.constantFrom(...realLines), fc.string()).map(([l, s]) => l + s),
);
const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'))
    .map(([ls, eol]) => ls.join(eol)),
);

function checkPing(p: PingParse): void {
  if (p === null) return;
  if (p.kind === 'failure') {
    expect(['permission', 'unresolved']).toContain(p.failure);
    expect(typeof p.message).toBe('string');
    return;
  }
  expect(Number.isInteger(p.sent) && p.sent >= 0).toBe(true);
  expect(Number.isInteger(p.received) && p.received >= 0 && p.received <= p.sent).toBe(true);
  expect(p.lossPct).toBeGreaterThanOrEqual(0);
  expect(p.lossPct).toBeLessThanOrEqual(100);
  for (const v of [p.rttAvgMs, p.rttMinMs, p.rttMaxMs])
    expect(v === null || (Number.isFinite(v) && v >= 0)).toBe(true);
  if (p.received === 0) expect([p.rttAvgMs, p.rttMinMs, p.rttMaxMs]).toEqual([null, null, null]);
  expect(typeof p.unreachable).toBe('boolean');
}

function checkHops(hops: Hop[]): void {
  let last = 0;
  for (const h of hops) {
    expect(HopSchema.safeParse(h).success).toBe(true);
    expect(h.ttl).toBeGreaterThan(last);
    last = h.ttl;
    for (const p of h.probes) if (p.address !== null) expect(ipVersion(p.address)).not.toBe(0);
  }
}

function checkGateway(g: GatewayParse): void {
  if (g === null || g === undefined) return;
  expect(ipVersion(g.address)).not.toBe(0);
  expect(g.interface === null || typeof g.interface === 'string').toBe(true);
}

function checkResolvers(list: string[] | null): void {
  if (list === null) return;
  expect(new Set(list).size).toBe(list.length);
  for (const a of list) expect(ipVersion(a)).not.toBe(0);
}

describe('parsers never throw and always return well-formed values (fast-check)', () => {
  it('ping, every OS, stdout and stderr', () => {
    fc.assert(
      fc.property(fc.constantFrom('linux', 'darwin', 'win32' as const), text, text, (os, out, err) => {
        checkPing(parsePing(os, out, err));
      }),
      RUNS,
    );
  });

  it('traceroute / tracert / tracepath: whole texts', () => {
    fc.assert(
      fc.property(fc.constantFrom<TraceFormat>('traceroute', 'tracert', 'tracepath'), text, (format, t) => {
        const r = parseTraceText(format, t, { probesPerHop: 3 });
        checkHops(r.hops);
        expect(r.destination === null || ipVersion(r.destination) !== 0).toBe(true);
      }),
      RUNS,
    );
  });

  it('streaming: random lines one by one; each ttl released once, all valid', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<TraceFormat>('traceroute', 'tracert', 'tracepath'),
        fc.array(line, { maxLength: 60 }),
        fc.integer({ min: 0, max: 4 }),
        (format, lines, perHop) => {
          const p = createTraceParser(format, { probesPerHop: perHop });
          const released: Hop[] = [];
          for (const l of lines) released.push(...p.push(l));
          released.push(...p.end());
          const ttls = released.map((h) => h.ttl);
          expect(new Set(ttls).size).toBe(ttls.length);
          released.forEach((h) => expect(HopSchema.safeParse(h).success).toBe(true));
          checkHops(p.hops());
          expect(p.hops().map((h) => h.ttl)).toEqual([...ttls].sort((a, b) => a - b));
        },
      ),
      RUNS,
    );
  });

  it('mtr JSON and report', () => {
    const json = fc.oneof(
      text,
      fc.jsonValue().map((v) => JSON.stringify({ report: { mtr: { dst: '192.0.2.1' }, hubs: [v] } })),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(json, (t) => {
        for (const m of [parseMtrJson(t), parseMtrReport(t)]) if (m) checkHops(m.hops);
      }),
      RUNS,
    );
  });

  it('gateway parsers (text and arbitrary JSON)', () => {
    const input = fc.oneof(
      text,
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.jsonValue().map((v) => JSON.stringify([{ dst: 'default', gateway: v, dev: v, metric: v }])),
    );
    fc.assert(
      fc.property(input, (t) => {
        for (const parse of [
          parseIpRouteJson,
          parseProcNetRoute,
          parseRouteGet,
          parseNetstatRn,
          parseNetRouteJson,
          parseNetRouteTable,
          parseRoutePrint,
        ])
          checkGateway(parse(t));
      }),
      RUNS,
    );
  });

  it('resolver parsers (text and arbitrary JSON)', () => {
    const input = fc.oneof(
      text,
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.jsonValue().map((v) => JSON.stringify([{ InterfaceAlias: 'x', ServerAddresses: v }])),
    );
    fc.assert(
      fc.property(input, (t) => {
        for (const parse of [
          resolvConfResolvers,
          resolvectlDnsResolvers,
          resolvectlStatusResolvers,
          nmcliResolvers,
          parseScutilDns,
          (x: string) => dnsClientResolvers(parseDnsClientServerAddressTable(x)),
          parseIpconfigAll,
          (x: string) => {
            const rows = parseDnsClientServerAddressJson(x);
            return rows === null ? null : dnsClientResolvers(rows);
          },
        ])
          checkResolvers(parse(t));
      }),
      RUNS,
    );
    // the structured forms the fixes read hold IP literals only
    const ips = (list: (string | null)[]): void => {
      for (const a of list) if (a !== null) expect(ipVersion(a)).not.toBe(0);
    };
    fc.assert(
      fc.property(input, (t) => {
        ips(parseResolvConf(t).nameservers);
        ips(parseResolvectlDns(t).flatMap((l) => l.servers));
        const s = parseResolvectlStatus(t);
        ips([s.global, ...s.links].flatMap((x) => [x.currentServer, ...x.servers, ...x.fallback]));
        const d = parseNmcliDeviceShow(t);
        ips([...d.dns4, ...d.dns6]);
        const c = parseNmcliConnectionDns(t);
        ips([...c.ipv4Dns, ...c.ipv6Dns]);
        ips(parseNetworksetupDnsServers(t) ?? []);
        ips((parseDnsClientServerAddressJson(t) ?? []).flatMap((r) => r.servers));
        ips(parseDnsClientServerAddressTable(t).flatMap((r) => r.servers));
        ips(parseNetshDnsConfig(t).flatMap((r) => r.servers));
      }),
      RUNS,
    );
  });

  it('validateHost: throws HostInputError or returns an argv-safe value', () => {
    const host = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.domain(),
      fc.ipV4(),
      fc.ipV6(),
      fc.string().map((s) => `-${s}`),
    );
    fc.assert(
      fc.property(host, (h) => {
        let out: string;
        try {
          out = validateHost(h);
        } catch (e) {
          expect(e).toBeInstanceOf(HostInputError);
          return;
        }
        expect(out.startsWith('-')).toBe(false);
        expect(out).toMatch(/^[A-Za-z0-9_.:%-]+$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('validateHost accepts every generated IP and domain', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6(), fc.domain()), (h) => {
        expect(() => validateHost(h)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

describe('pathological input stays fast', () => {
  it('megabyte-long lines and many lines finish quickly', () => {
    const long = [
      'a'.repeat(1 << 20),
      '1 '.repeat(1 << 19),
      `=${' 1'.repeat(1 << 19)}`,
      `${'9'.repeat(1 << 20)}:`,
    ];
    const t0 = Date.now();
    for (const t of long) {
      for (const os of ['linux', 'win32'] as const) parsePing(os, t, t);
      for (const f of ['traceroute', 'tracert', 'tracepath'] as const) parseTraceText(f, t);
      parseMtrReport(t);
      parseIpconfigAll(t);
      parseResolvectlStatus(t);
      parseNetstatRn(t);
    }
    const many = Array.from(
      { length: 20000 },
      (_, i) => ` ${i % 250}  192.0.2.${i % 250} (192.0.2.1)  1.0 ms`,
    ).join('\n');
    parseTraceText('traceroute', many);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
