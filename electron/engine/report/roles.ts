import type { DiagnosisResult, EvidenceValue } from '../../contract';
import { canonicalIp, isPublicIpv4, isPublicIpv6, v6HomePrefix } from './detect-net';
import type { AddressRoles } from './detect-net';

/**
 * Which addresses of a diagnosis are whose, read from where they appear (the role), not from
 * their pattern: the router and the path's hops, the site and its resolvers are evidence; the
 * address the site saw the user come from is the user's.
 */

// Response headers in which a site or proxy echoes the address the request came from.
const CLIENT_ECHO_HEADERS: ReadonlySet<string> = new Set([
  'x-forwarded-for',
  'x-real-ip',
  'x-client-ip',
  'cf-connecting-ip',
  'cf-connecting-ipv6',
  'true-client-ip',
  'x-cluster-client-ip',
  'fastly-client-ip',
  'x-originating-ip',
  'x-remote-addr',
  'x-remote-ip',
  'x-your-ip',
  'x-visitor-ip',
  'x-user-ip',
  'forwarded',
  'x-forwarded',
  'client-ip',
  'x-azure-clientip',
  'x-appengine-user-ip',
]);

/** True for a header that echoes the client's address back. */
export function isClientEchoHeader(name: string): boolean {
  return CLIENT_ECHO_HEADERS.has(name.trim().toLowerCase());
}

/** Evidence field names that hold the user's own public address (publicAddress, wan_ip, myIp…). */
export const USER_ADDRESS_KEY =
  /^(?:public|wan|external|client|my|own|your)[-_ ]?(?:ip|ipv4|ipv6|ip[-_ ]?address|address|addr)$/i;

/** Public addresses in a header or field value: `a, b`, `for=a;proto=…`, `"[v6]:port"`. */
export function addressesIn(value: string): string[] {
  const out: string[] = [];
  for (const raw of value.slice(0, 4096).split(/[\s,;]+/)) {
    const token = raw.replace(/^for=/i, '').replace(/^"|"$/g, '');
    const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(token);
    const hostPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(token);
    const ip = canonicalIp(bracket?.[1] ?? hostPort?.[1] ?? token);
    if (ip !== null && (ip.includes(':') ? isPublicIpv6(ip) : isPublicIpv4(ip))) out.push(ip);
  }
  return out;
}

function evidenceStrings(value: EvidenceValue, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) evidenceStrings(v, into);
  else if (value !== null && typeof value === 'object')
    for (const v of Object.values(value)) evidenceStrings(v ?? null, into);
}

function collectUserAddresses(value: EvidenceValue, into: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) collectUserAddresses(v, into);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (USER_ADDRESS_KEY.test(k)) {
        const strings: string[] = [];
        evidenceStrings(v ?? null, strings);
        for (const s of strings) for (const ip of addressesIn(s)) into.add(ip);
      } else collectUserAddresses(v ?? null, into);
    }
  }
}

/** Adds the 56-bit home prefix of every IPv6 address in `userPublic`. */
export function homePrefixes(userPublic: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const ip of userPublic) {
    const p = v6HomePrefix(ip);
    if (p !== null) out.add(p);
  }
  return out;
}

/** The address roles of one diagnosis (see AddressRoles). */
export function addressRoles(result: DiagnosisResult): AddressRoles {
  const userPublic = new Set<string>();
  const kept = new Set<string>();
  const keep = (ip: string | null | undefined): void => {
    const c = ip ? canonicalIp(ip) : null;
    if (c !== null) kept.add(c);
  };
  keep(result.gateway?.address);
  const gatewayCheck = result.checks.find((c) => c.id === 'gateway');
  const gwAddress = gatewayCheck?.evidence.address;
  if (typeof gwAddress === 'string') keep(gwAddress);
  // The path's routers (the first is the user's router), the site and the addresses the resolvers gave.
  for (const hop of result.traceroute?.hops ?? []) for (const p of hop.probes) keep(p.address);
  keep(result.traceroute?.target);
  if (result.target.isIp) keep(result.target.host);
  const attempts = [...(result.probe?.attempts ?? []), ...(result.dns?.addressProbes ?? [])];
  for (const a of attempts) {
    keep(a.address);
    for (const [name, value] of Object.entries(a.headers))
      if (isClientEchoHeader(name)) for (const ip of addressesIn(value)) userPublic.add(ip);
  }
  for (const answer of result.dns?.answers ?? []) for (const ip of answer.addresses) keep(ip);
  for (const check of result.checks) collectUserAddresses(check.evidence, userPublic);
  return { userPublic, userPrefixes: homePrefixes(userPublic), kept };
}
