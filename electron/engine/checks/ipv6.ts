import { createSocket } from 'node:dgram';
import { lookup as osLookup } from 'node:dns';
import { isIP } from 'node:net';
import type { LookupFunction } from 'node:net';
import type { CheckResult, EvidenceValue, ProbeAttempt } from '../../contract';
import { httpProbe } from '../http/probe';
import { remaining, runCheck, skipped } from './common';
import type { CheckBody, CheckContext } from './common';

const LOOKUP_CAP_MS = 1500;
/** A working IPv6 path connects in well under a second; a browser falls back after 0.25 s. */
const CONNECT_CAP_MS = 1000;
const PROBE_CAP_MS = 1500;
/** Addresses probed per family (a site's addresses usually share one fate). */
const PER_FAMILY = 2;
const SOURCE_CAP_MS = 500;

/** True for a global unicast IPv6 address (2000::/3): not loopback, link-local or unique-local. */
export function isGlobalIpv6(address: string): boolean {
  if (isIP(address) !== 6) return false;
  const first = Number.parseInt(address.split(':')[0] ?? '', 16);
  return Number.isFinite(first) && first >= 0x2000 && first <= 0x3fff;
}

/**
 * The source address this computer would use towards `address`: a UDP "connect" only asks
 * the routing table (no packet is sent), so it shows whether there is an IPv6 route at all.
 */
export function sourceAddressFor(address: string, timeoutMs = SOURCE_CAP_MS): Promise<string | null> {
  return new Promise((resolve) => {
    let settled = false;
    let socket: ReturnType<typeof createSocket> | null = null;
    const done = (v: string | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      try {
        socket?.close();
      } catch {
        // already closed
      }
      resolve(v);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    try {
      socket = createSocket(isIP(address) === 6 ? 'udp6' : 'udp4');
      socket.on('error', () => done(null));
      socket.connect(9, address, () => {
        try {
          done(socket?.address().address ?? null);
        } catch {
          done(null);
        }
      });
    } catch {
      done(null);
    }
  });
}

/** Every address the run's lookup gives for `host` (either family), or [] in time. */
function lookupAll(lookup: LookupFunction | undefined, host: string, timeoutMs: number): Promise<string[]> {
  const fn = lookup ?? (osLookup as unknown as LookupFunction);
  const found = new Promise<string[]>((resolve) => {
    fn(host, { all: true }, (err, addresses) => {
      const list = Array.isArray(addresses) ? addresses.map((a) => a.address) : [];
      resolve(err ? [] : [...new Set(list)]);
    });
  });
  const timeout = new Promise<string[]>((r) => setTimeout(() => r([]), Math.max(1, timeoutMs)).unref());
  return Promise.race([found, timeout]);
}

/** One pinned request: the family is the address's. */
function pinned(ctx: CheckContext, url: string, address: string): Promise<ProbeAttempt> {
  const budget = Math.max(100, Math.min(PROBE_CAP_MS, remaining(ctx)));
  return httpProbe({
    url,
    address,
    timeoutMs: budget,
    connectTimeoutMs: Math.min(CONNECT_CAP_MS, budget),
    signal: ctx.signal,
  });
}

/** IPv6 requests to the known-good sites: does IPv6 work anywhere from here? */
async function controlsOverIpv6(ctx: CheckContext): Promise<boolean | null> {
  const urls = ctx.settings.controls.slice(0, 2);
  const tries = await Promise.all(
    urls.map(async (url) => {
      const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
      const v6 = (await lookupAll(ctx.lookup, host, Math.min(LOOKUP_CAP_MS, remaining(ctx)))).filter(
        (a) => isIP(a) === 6,
      );
      if (v6[0] === undefined) return null;
      return (await pinned(ctx, url, v6[0])).status !== null;
    }),
  );
  const known = tries.filter((t): t is boolean => t !== null);
  return known.length === 0 ? null : known.some(Boolean);
}

/**
 * IPv6 next to IPv4: when the site has IPv6 addresses and this computer has an IPv6 route
 * with a global address, the site is fetched at each A and AAAA address with the family
 * pinned. IPv6 failing while IPv4 answers is what makes browsers stall before falling back;
 * the known-good sites over IPv6 tell a broken IPv6 path from the site's own broken IPv6.
 */
export async function ipv6Check(ctx: CheckContext): Promise<CheckResult> {
  return runCheck('ipv6', ctx, async (): Promise<CheckBody> => {
    if (ctx.target.isIp) return skipped('ip-one-family', {});
    const all = await lookupAll(ctx.lookup, ctx.target.host, Math.min(LOOKUP_CAP_MS, remaining(ctx)));
    const addresses6 = all.filter((a) => isIP(a) === 6);
    const addresses4 = all.filter((a) => isIP(a) === 4);
    const evidence: Record<string, EvidenceValue> = { addresses6, addresses4 };
    if (addresses6[0] === undefined) return skipped('no-ipv6-address', {}, { evidence });
    const source = await sourceAddressFor(addresses6[0]);
    evidence.sourceAddress = source;
    if (source === null || !isGlobalIpv6(source)) return skipped('no-ipv6-here', {}, { evidence });
    const chosen = [...addresses6.slice(0, PER_FAMILY), ...addresses4.slice(0, PER_FAMILY)];
    const [attempts, controls6] = await Promise.all([
      Promise.all(chosen.map((a) => pinned(ctx, ctx.target.url, a))),
      controlsOverIpv6(ctx),
    ]);
    const answered = (family: 4 | 6): boolean =>
      attempts.some((a) => a.family === family && a.status !== null);
    const works4 = addresses4.length > 0 ? answered(4) : null;
    const works6 = answered(6);
    Object.assign(evidence, {
      results: attempts.map((a) => ({
        address: a.address,
        family: a.family ?? null,
        status: a.status,
        error: a.error,
        connectMs: a.timings.connectMs,
      })),
      works4,
      works6,
      controlWorks6: controls6,
    });
    const problems: string[] = [];
    if (!works6 && works4 === true)
      problems.push(controls6 === true ? 'site-ipv6-fails-elsewhere-works' : 'ipv6-fails-ipv4-works');
    return { status: problems.length ? 'problem' : 'ok', problems, evidence };
  });
}
