import type { LookupFunction } from 'node:net';
import { queryDns } from '../../../../electron/engine/dns/client';

/**
 * A Node `lookup` that asks a loopback test DNS server instead of the OS, so site probes
 * resolve test names exactly like the "system resolver" of the scenario.
 */
export function lookupVia(server: string, port: number, timeoutMs = 1500): LookupFunction {
  return ((hostname: string, options: unknown, callback: (...args: unknown[]) => void) => {
    const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all === true;
    void queryDns(server, hostname, 'A', { port, timeoutMs }).then((r) => {
      if (r.error !== null || r.addresses.length === 0) {
        const err = Object.assign(new Error(`lookup ${hostname}: ${r.error ?? r.rcode}`), { code: r.error === 'timeout' ? 'EAI_AGAIN' : 'ENOTFOUND' });
        callback(err);
        return;
      }
      if (all) callback(null, r.addresses.map((address) => ({ address, family: 4 })));
      else callback(null, r.addresses[0], 4);
    });
  }) as LookupFunction;
}
