import type { DnsAnswer } from '../../contract';
import { queryDns } from './client';
import type { DnsQueryOptions } from './client';

/**
 * Resolves `name` on one server (A and AAAA in parallel) into the contract's DnsAnswer.
 * The A reply decides rcode, latency and error (most sites are reached over IPv4); AAAA
 * addresses are added when they arrive in time. Never throws.
 */
export async function resolveOn(
  server: string,
  role: DnsAnswer['role'],
  name: string,
  o: DnsQueryOptions,
): Promise<DnsAnswer> {
  const [a, aaaa] = await Promise.all([queryDns(server, name, 'A', o), queryDns(server, name, 'AAAA', o)]);
  const addresses = [...a.addresses, ...aaaa.addresses.filter((x) => !a.addresses.includes(x))];
  // AAAA speaks for the name only when it has addresses: an empty AAAA answer next to a lost
  // A query must not turn into "this name has no address".
  const primary = a.error !== null && aaaa.error === null && aaaa.addresses.length > 0 ? aaaa : a;
  return {
    resolver: server,
    role,
    name,
    rcode: primary.rcode,
    addresses,
    latencyMs: primary.latencyMs,
    transport: a.transport === 'tcp' || aaaa.transport === 'tcp' ? 'tcp' : 'udp',
    error: primary.error,
  };
}
