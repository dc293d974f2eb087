// Rules for faults that look like a dead site but are not the path: a sign-in portal answering for
// the web, a hosts-file line, and the site's own broken DNS. Each returns a decision or null (not
// this fault); the order among the other rules is decide()'s (rules.ts).
import type { CheckId, EvidenceValue, Verdict } from '../../contract';
import type { Evidence, Facts } from './facts';
import type { RuleDecision } from './link-rules';

type Reason = Verdict['reasons'][number];
type Row = { [key: string]: EvidenceValue };

const r = (checkId: CheckId, code: string, detail: string): Reason => ({ checkId, code, detail });
const rows = (v: readonly EvidenceValue[]): Row[] =>
  v.filter((x): x is Row => typeof x === 'object' && x !== null && !Array.isArray(x));
const strs = (v: readonly EvidenceValue[]): string[] => v.filter((x): x is string => typeof x === 'string');
const quote = (s: string): string => `“${s}”`;

/** The site's own failure in a few words (errors seen), for a reason line. */
function siteFailure(e: Evidence, f: Facts): string {
  const errors = [...new Set(strs(e.list('site-probe', 'errors')))].join(', ');
  return `None of ${f.attempts} requests to the site got its own answer (${errors || 'no response'}).`;
}

/**
 * captive-portal: plain web requests to the known-good sites (and the site) are all answered by
 * one foreign host or one page, or the OS reports a portal while nothing gets through.
 */
export function portalRule(e: Evidence, f: Facts): RuleDecision | null {
  const osPortal = e.has('captive-portal', 'os-reports-portal');
  const osReason = r(
    'captive-portal',
    'os-reports-portal',
    'The operating system itself reports that this network wants you to sign in.',
  );
  if (!e.has('captive-portal', 'web-intercepted')) {
    // Some portals drop everything until sign-in: only the OS knows then.
    if (osPortal && f.siteOk === 0 && !f.controlsOk)
      return {
        id: 'captive-portal',
        confidence: 'medium',
        reasons: [osReason, r('site-probe', 'no-http-answer', siteFailure(e, f))],
      };
    return null;
  }
  const host = e.str('captive-portal', 'portalHost');
  const title = e.str('captive-portal', 'title');
  const count = `${e.num('captive-portal', 'intercepted')} of ${e.num('captive-portal', 'asked')}`;
  const named = title ? ` (${quote(title)})` : '';
  const how =
    e.str('captive-portal', 'how') === 'redirect' && host
      ? `${count} plain web requests, to the known-good sites and the site, were sent to ${host}${named} instead of their own pages.`
      : `${count} plain web requests, to the known-good sites and the site, got one and the same page${named}${e.value('captive-portal', 'loginForm') === true ? ' with a sign-in form' : ''} instead of each site's own content.`;
  const url = e.str('captive-portal', 'portalUrl');
  const reasons = [r('captive-portal', 'web-intercepted', url ? `${how} Its sign-in page: ${url}` : how)];
  if (e.str('captive-portal', 'siteAnswered') === 'failed')
    reasons.push(r('site-probe', 'no-http-answer', siteFailure(e, f)));
  if (osPortal) reasons.push(osReason);
  return { id: 'captive-portal', confidence: 'high', reasons };
}

/** Addresses per DNS server and which of them answered the site (dns-swap evidence). */
function dnsView(e: Evidence): { servers: string[]; addresses: string[]; working: string[] } {
  const answers = rows(e.list('dns-swap', 'answers'));
  const servers = strs(answers.map((a) => a.resolver ?? null));
  const addresses = [
    ...new Set(answers.flatMap((a) => (Array.isArray(a.addresses) ? strs(a.addresses) : []))),
  ];
  const working = rows(e.list('dns-swap', 'addressProbes'))
    .filter((p) => typeof p.status === 'number' && p.status < 500 && typeof p.address === 'string')
    .map((p) => `${String(p.address)} (status ${String(p.status)})`);
  return { servers, addresses, working };
}

/** hosts-file-override: the hosts file pins the site to addresses no DNS server gives, and it fails. */
export function hostsRule(e: Evidence, f: Facts, siteReason: Reason): RuleDecision | null {
  if (!f.hostsOverride || f.siteOk === f.attempts) return null;
  const pinned = strs(e.list('hosts-file', 'addresses'));
  const entry = rows(e.list('hosts-file', 'entries'))[0];
  const path = e.str('hosts-file', 'path') ?? 'the hosts file';
  const line = e.num('hosts-file', 'line');
  const where = line
    ? `Line ${line} of this computer's hosts file (${path})`
    : `This computer's hosts file (${path})`;
  const text = typeof entry?.text === 'string' ? ` reads ${quote(entry.text)}: it` : '';
  const host = e.str('hosts-file', 'host') ?? 'the site';
  const reasons: Reason[] = [
    r(
      'hosts-file',
      'site-pinned',
      `${where}${text} pins ${host} to ${pinned.join(', ')}, an address no DNS server gives.`,
    ),
  ];
  const looked = strs(e.list('hosts-file', 'lookupAddresses'));
  if (looked.length > 0 && looked.every((a) => pinned.includes(a)))
    reasons.push(
      r(
        'hosts-file',
        'lookup-uses-hosts',
        `This computer's own name lookup (which reads the hosts file first) gives ${looked.join(', ')}.`,
      ),
    );
  const dns = dnsView(e);
  if (dns.addresses.length > 0)
    reasons.push(
      r(
        'dns-swap',
        f.dnsAddressWorks ? 'dns-address-works' : 'dns-address',
        `The DNS servers (${dns.servers.join(', ')}) give ${dns.addresses.join(', ')}` +
          (dns.working.length > 0 ? `; there the site answers: ${dns.working.join(', ')}.` : '.'),
      ),
    );
  reasons.push(siteReason);
  return { id: 'hosts-file-override', confidence: f.dnsAddressWorks ? 'high' : 'medium', reasons };
}

function dnsFailure(a: Row): string {
  if (a.rcode === 'SERVFAIL') return 'SERVFAIL';
  if (a.error === 'timeout') return 'no answer';
  return typeof a.error === 'string' ? a.error : typeof a.rcode === 'string' ? a.rcode : 'failed';
}

/**
 * site-dns-failing: every DNS server fails the site's name (SERVFAIL or silence) while the same
 * servers resolve a known-good name (or, where none was asked, the known-good sites load). Never
 * when the known-good names fail too: then DNS itself is down.
 */
export function siteDnsRule(e: Evidence, f: Facts, controlsReason: Reason): RuleDecision | null {
  if (!f.namesNotResolved || f.controlsFailed || f.siteNoAnswer < f.attempts) return null;
  const controlName = e.str('dns-swap', 'controlName');
  const control = rows(e.list('dns-swap', 'controlAnswers'));
  const everywhere = e.has('dns-swap', 'site-name-fails-everywhere');
  // Older evidence (no known-good name asked on the servers): every server failed, the controls load.
  const legacy = control.length === 0 && f.dnsAllFailed && f.controlsOk;
  if (!everywhere && !legacy) return null;
  const answers = rows(e.list('dns-swap', 'answers'));
  const name = e.str('dns-swap', 'name') ?? 'the site';
  const perServer = answers.map((a) => `${String(a.resolver)} ${dnsFailure(a)}`).join(', ');
  const reasons: Reason[] = [
    r(
      'dns-swap',
      'site-name-fails-everywhere',
      `Every DNS server asked (${answers.length}) failed to look up ${name}: ${perServer || 'SERVFAIL or no answer'}.`,
    ),
  ];
  const resolved = control.filter(
    (c) => c.error === null && c.rcode === 'NOERROR' && Number(c.addresses) > 0,
  );
  if (controlName && resolved.length > 0) {
    const ms = resolved.map((c) => (typeof c.latencyMs === 'number' ? c.latencyMs : 0));
    reasons.push(
      r(
        'dns-swap',
        'control-name-resolves',
        `The same servers looked up ${controlName} at once (${resolved.length} of ${control.length}, within ${Math.round(Math.max(...ms))} ms): they work, the site's own name servers do not.`,
      ),
    );
  }
  reasons.push(r('site-probe', 'no-http-answer', siteFailure(e, f)));
  if (f.controlsOk) reasons.push(controlsReason);
  return { id: 'site-dns-failing', confidence: 'high', reasons };
}
