import type { LookupFunction } from 'node:net';
import type { CheckResult } from '../../contract';
import { hostsEntriesOf, readHostsText } from '../dns/hosts-file';
import { parseHostsFile } from '../dns/system-lookup';
import { runCheck, skipped } from './common';
import type { CheckContext } from './common';

/** The system lookup answers a pinned name from the file at once; it never waits for DNS here. */
const LOOKUP_CAP_MS = 500;

/** Every address the run's system lookup gives for `host` (empty on failure or after the cap). */
function systemLookup(lookup: LookupFunction | undefined, host: string): Promise<string[]> {
  if (!lookup) return Promise.resolve([]);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve([]), LOOKUP_CAP_MS);
    timer.unref();
    lookup(host, { all: true }, (err, addresses) => {
      clearTimeout(timer);
      const list = Array.isArray(addresses) ? addresses : [];
      resolve(err ? [] : list.map((a) => a.address));
    });
  });
}

/**
 * Hosts file: does this computer's hosts file pin the site's name to fixed addresses? The
 * browser (getaddrinfo) reads it before asking any DNS server, so a leftover line wins. The
 * evidence names each line (number, address, text) and what the system lookup then gives.
 */
export async function hostsFileCheck(ctx: CheckContext): Promise<CheckResult> {
  return runCheck('hosts-file', ctx, async () => {
    const path = ctx.deps.hostsPath;
    if (ctx.target.isIp) return skipped('ip-no-hosts-file', {});
    if (!path) return skipped('no-hosts-file', {});
    const text = await readHostsText(path);
    if (text === null) return skipped('hosts-file-unreadable', {});
    const host = ctx.target.host.toLowerCase().replace(/\.$/, '');
    const addresses = parseHostsFile(text).get(host) ?? [];
    if (addresses.length === 0) return { status: 'ok', evidence: { path, host, addresses: [] } };
    const entries = hostsEntriesOf(text, host);
    return {
      status: 'problem',
      problems: ['site-pinned'],
      evidence: {
        path,
        host,
        addresses,
        line: entries[0]?.line ?? null,
        entries: entries.map((x) => ({ ...x })),
        lookupAddresses: await systemLookup(ctx.lookup, host),
      },
    };
  });
}
