// Rules for faults that look like a dead site but are not the path: a sign-in portal answering for
// the web, a hosts-file line, and the site's own broken DNS. Each returns a decision or null (not
// this fault); the order among the other rules is decide()'s (rules.ts).
import type { EvidenceValue, Phrase } from '../../contract';
import type { Evidence, Facts } from './facts';
import type { RuleDecision } from './link-rules';
import { optional, part, say } from './say';
import type { Reason } from './say';

type Row = { [key: string]: EvidenceValue };
const rows = (v: readonly EvidenceValue[]): Row[] =>
  v.filter((x): x is Row => typeof x === 'object' && x !== null && !Array.isArray(x));
const strs = (v: readonly EvidenceValue[]): string[] => v.filter((x): x is string => typeof x === 'string');

/** The site's own failure (errors seen), as a reason line. */
function siteFailure(e: Evidence, f: Facts): Reason {
  const errors = [...new Set(strs(e.list('site-probe', 'errors')))].join(', ');
  return say('site-probe', 'no-http-answer', 'no-own-answer', {
    attempts: f.attempts,
    errors: optional(errors, () => part('in-parens', { value: errors })),
  });
}

/**
 * captive-portal: plain web requests to the known-good sites (and the site) are all answered by
 * one foreign host or one page, or the OS reports a portal while nothing gets through.
 */
export function portalRule(e: Evidence, f: Facts): RuleDecision | null {
  const osPortal = e.has('captive-portal', 'os-reports-portal');
  const osReason = say('captive-portal', 'os-reports-portal', 'os-reports-portal', {});
  if (!e.has('captive-portal', 'web-intercepted')) {
    // Some portals drop everything until sign-in: only the OS knows then.
    if (osPortal && f.siteOk === 0 && !f.controlsOk)
      return {
        id: 'captive-portal',
        confidence: 'medium',
        reasons: [osReason, siteFailure(e, f)],
      };
    return null;
  }
  const host = e.str('captive-portal', 'portalHost');
  const title = e.str('captive-portal', 'title');
  const url = e.str('captive-portal', 'portalUrl');
  const common = {
    intercepted: e.num('captive-portal', 'intercepted'),
    asked: e.num('captive-portal', 'asked'),
    title: optional(title, () => part('quoted-in-parens', { value: title ?? '' })),
    url: optional(url, () => part('portal-sign-in-page', { url: url ?? '' })),
  };
  const reasons = [
    e.str('captive-portal', 'how') === 'redirect' && host
      ? say('captive-portal', 'web-intercepted', 'portal-redirect', { ...common, host })
      : say('captive-portal', 'web-intercepted', 'portal-same-page', {
          ...common,
          form: optional(e.value('captive-portal', 'loginForm') === true, () =>
            part('with-sign-in-form', {}),
          ),
        }),
  ];
  if (e.str('captive-portal', 'siteAnswered') === 'failed') reasons.push(siteFailure(e, f));
  if (osPortal) reasons.push(osReason);
  return { id: 'captive-portal', confidence: 'high', reasons };
}

/** Addresses per DNS server and which of them answered the site (dns-swap evidence). */
function dnsView(e: Evidence): { servers: string[]; addresses: string[]; working: Phrase[] } {
  const answers = rows(e.list('dns-swap', 'answers'));
  const servers = strs(answers.map((a) => a.resolver ?? null));
  const addresses = [
    ...new Set(answers.flatMap((a) => (Array.isArray(a.addresses) ? strs(a.addresses) : []))),
  ];
  const working = rows(e.list('dns-swap', 'addressProbes'))
    .filter((p) => typeof p.status === 'number' && p.status < 500 && typeof p.address === 'string')
    .map((p) => part('address-status', { address: String(p.address), status: String(p.status) }));
  return { servers, addresses, working };
}

/** hosts-file-override: the hosts file pins the site to addresses no DNS server gives, and it fails. */
export function hostsRule(e: Evidence, f: Facts, siteReason: Reason): RuleDecision | null {
  if (!f.hostsOverride || f.siteOk === f.attempts) return null;
  const pinned = strs(e.list('hosts-file', 'addresses'));
  const entry = rows(e.list('hosts-file', 'entries'))[0];
  const line = e.num('hosts-file', 'line');
  const params = {
    path: e.str('hosts-file', 'path') ?? '',
    line: optional(typeof entry?.text === 'string', () =>
      part('hosts-line-reads', { text: String(entry?.text) }),
    ),
    host: e.str('hosts-file', 'host') ?? '',
    addresses: pinned.join(', '),
  };
  const reasons: Reason[] = [
    line
      ? say('hosts-file', 'site-pinned', 'site-pinned-line', { ...params, lineNo: line })
      : say('hosts-file', 'site-pinned', 'site-pinned', params),
  ];
  const looked = strs(e.list('hosts-file', 'lookupAddresses'));
  if (looked.length > 0 && looked.every((a) => pinned.includes(a)))
    reasons.push(
      say('hosts-file', 'lookup-uses-hosts', 'lookup-uses-hosts', { addresses: looked.join(', ') }),
    );
  const dns = dnsView(e);
  if (dns.addresses.length > 0) {
    const code = f.dnsAddressWorks ? 'dns-address-works' : 'dns-address';
    const given = { servers: dns.servers.join(', '), addresses: dns.addresses.join(', ') };
    reasons.push(
      dns.working.length > 0
        ? say('dns-swap', code, 'dns-address-works-there', { ...given, working: dns.working })
        : say('dns-swap', code, 'dns-address', given),
    );
  }
  reasons.push(siteReason);
  return { id: 'hosts-file-override', confidence: f.dnsAddressWorks ? 'high' : 'medium', reasons };
}

/** One server's failure: its code (SERVFAIL, an error) or its silence. */
function dnsFailure(a: Row): Phrase {
  const server = String(a.resolver);
  if (a.rcode === 'SERVFAIL') return part('server-failed', { server, failure: 'SERVFAIL' });
  if (a.error === 'timeout') return part('server-silent', { server });
  const failure = typeof a.error === 'string' ? a.error : typeof a.rcode === 'string' ? a.rcode : 'SERVFAIL';
  return part('server-failed', { server, failure });
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
  const perServer = answers.map(dnsFailure);
  const reasons: Reason[] = [
    say('dns-swap', 'site-name-fails-everywhere', 'site-name-fails-everywhere', {
      count: answers.length,
      name: e.str('dns-swap', 'name') ?? '',
      failures: perServer.length > 0 ? perServer : [part('servfail-or-silent', {})],
    }),
  ];
  const resolved = control.filter(
    (c) => c.error === null && c.rcode === 'NOERROR' && Number(c.addresses) > 0,
  );
  if (controlName && resolved.length > 0) {
    const ms = resolved.map((c) => (typeof c.latencyMs === 'number' ? c.latencyMs : 0));
    reasons.push(
      say('dns-swap', 'control-name-resolves', 'control-name-resolves', {
        name: controlName,
        resolved: resolved.length,
        asked: control.length,
        ms: Math.round(Math.max(...ms)),
      }),
    );
  }
  reasons.push(siteFailure(e, f));
  if (f.controlsOk) reasons.push(controlsReason);
  return { id: 'site-dns-failing', confidence: 'high', reasons };
}
