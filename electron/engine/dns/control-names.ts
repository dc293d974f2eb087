// A known-good name asked on the same DNS servers as the site's name: when every server fails the
// site's name but answers this one, the servers work and the site's own DNS is broken.
import { isIP } from 'node:net';
import type { DnsAnswer } from '../../contract';

/** The host of the first known-good site that is a name (not an address) other than the site's. */
export function controlNameOf(controls: readonly string[], siteHost: string): string | null {
  const site = siteHost.toLowerCase().replace(/\.$/, '');
  for (const raw of controls) {
    try {
      const host = new URL(raw).hostname.toLowerCase().replace(/\.$/, '');
      if (host !== '' && isIP(host.replace(/^\[|\]$/g, '')) === 0 && host !== site) return host;
    } catch {
      // not a URL
    }
  }
  return null;
}

/** The server failed the name in the way a broken zone does: SERVFAIL, or no answer at all. */
function failsLikeBrokenZone(a: DnsAnswer): boolean {
  return a.rcode === 'SERVFAIL' || a.error === 'timeout';
}

/** The server gave addresses for the name. */
function resolvedName(a: DnsAnswer): boolean {
  return a.error === null && a.rcode === 'NOERROR' && a.addresses.length > 0;
}

/**
 * True when every server failed the site's name like a broken zone (SERVFAIL or silence) and at
 * least one of those same servers resolved the known-good name: the servers work, the site's DNS
 * does not. Never true when the known-good name fails everywhere too (then DNS itself is down).
 */
export function siteNameFailsEverywhere(site: readonly DnsAnswer[], control: readonly DnsAnswer[]): boolean {
  if (site.length === 0 || !site.every(failsLikeBrokenZone)) return false;
  return control.some((c) => resolvedName(c) && site.some((s) => s.resolver === c.resolver));
}
