import type { CheckResult } from '../../contract';
import { hostsLineOf, readHostsText } from '../dns/hosts-file';
import { parseHostsFile } from '../dns/system-lookup';
import { runCheck, skipped } from './common';
import type { CheckContext } from './common';

/**
 * Hosts file: does this computer's hosts file pin the site's name to fixed addresses? The
 * browser (getaddrinfo) reads it before asking any DNS server, so a leftover line wins.
 */
export async function hostsFileCheck(ctx: CheckContext): Promise<CheckResult> {
  return runCheck('hosts-file', ctx, async () => {
    const path = ctx.deps.hostsPath;
    if (ctx.target.isIp) return skipped('Not needed: the site was given as an address, not a name.');
    if (!path) return skipped('This computer has no hosts file we know of.');
    const text = await readHostsText(path);
    if (text === null) return skipped('The hosts file could not be read.');
    const host = ctx.target.host.toLowerCase().replace(/\.$/, '');
    const addresses = parseHostsFile(text).get(host) ?? [];
    if (addresses.length === 0) return { status: 'ok', evidence: { path, addresses: [] } };
    return {
      status: 'problem',
      problems: ['site-pinned'],
      evidence: { path, addresses, line: hostsLineOf(text, host) },
    };
  });
}
