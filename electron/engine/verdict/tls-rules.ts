// tls-certificate-error: the site's certificate failed verification on every request. Usually the
// site's owner acts; this computer's user acts when its clock is off (the certificate is valid at
// the known-good sites' time) or when one untrusted issuer signs every site (an interceptor).
import type { Phrase, Verdict, WhoActs } from '../../contract';
import type { Evidence, Facts } from './facts';
import type { RuleDecision } from './link-rules';
import { optional, part, say } from './say';
import type { Reason } from './say';

/** A clock further off than this is wrong (the Date header itself is only good to a second or two). */
const CLOCK_SKEW_LIMIT_SEC = 5 * 60;

/** The reason text per certificate error class (facts.tlsProblem). */
const TLS_TEXT = {
  expired: 'tls-expired',
  'not-yet-valid': 'tls-not-yet-valid',
  'wrong-name': 'tls-wrong-name',
  'unknown-issuer': 'tls-unknown-issuer',
  other: 'tls-other',
} as const;
const tlsText = (kind: string) => (kind in TLS_TEXT ? TLS_TEXT[kind as keyof typeof TLS_TEXT] : 'tls-other');

const day = (iso: string): string => iso.slice(0, 10);

/**
 * Whether the certificate is valid at the known-good sites' time (this computer's check time
 * minus the clock skew); null when a date is missing.
 */
export function validAtTheirTime(
  validFrom: string | null,
  validTo: string | null,
  checkedAt: string | null,
  skewSec: number,
): boolean | null {
  if (!validFrom || !validTo || !checkedAt) return null;
  const theirs = Date.parse(checkedAt) - skewSec * 1000;
  const from = Date.parse(validFrom);
  const to = Date.parse(validTo);
  if ([theirs, from, to].some(Number.isNaN)) return null;
  return from <= theirs && theirs <= to;
}

function certificateReason(e: Evidence): Reason | null {
  if (!e.ran('tls-certificate')) return null;
  const subject = e.str('tls-certificate', 'subject');
  const names = e.list('tls-certificate', 'names').filter((x): x is string => typeof x === 'string');
  const issuer = e.str('tls-certificate', 'issuer');
  const from = e.str('tls-certificate', 'validFrom');
  const to = e.str('tls-certificate', 'validTo');
  const checkedAt = e.str('tls-certificate', 'checkedAt');
  const parts: Phrase[] = [];
  if (subject) parts.push(part('cert-issued-to', { subject }));
  if (names.length > 0)
    parts.push(
      part('cert-for', { names: `${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}` }),
    );
  if (issuer)
    parts.push(
      e.value('tls-certificate', 'selfSigned') === true
        ? part('cert-self-signed', { issuer })
        : part('cert-by', { issuer }),
    );
  if (from && to) parts.push(part('cert-valid', { from: day(from), to: day(to) }));
  if (parts.length === 0) return null;
  let when: Phrase | '' = '';
  const at = checkedAt ? Date.parse(checkedAt) : Number.NaN;
  if (to && Date.parse(to) < at)
    when = part('cert-expired-ago', { span: { seconds: (at - Date.parse(to)) / 1000 } });
  else if (from && Date.parse(from) > at)
    when = part('cert-starts-in', { span: { seconds: (Date.parse(from) - at) / 1000 } });
  const addr = e.str('tls-certificate', 'address');
  return say('tls-certificate', 'certificate-seen', 'certificate-seen', {
    at: optional(addr, () => part('at-address', { address: addr ?? '' })),
    parts,
    when,
  });
}

/** The decision for a certificate error of class `kind` (see facts.tlsProblem); `ctx`: context reasons. */
export function tlsDecision(
  e: Evidence,
  f: Facts,
  kind: string,
  confidence: Verdict['confidence'],
  ctx: readonly Reason[],
): RuleDecision & { whoActs?: WhoActs } {
  const codes = [
    ...new Set(e.list('site-probe', 'errors').filter((x): x is string => typeof x === 'string')),
  ];
  const shown = codes.join(', ') || e.str('tls-certificate', 'errorCode') || '';
  const reasons: Reason[] = [
    say('site-probe', `tls-${kind}`, tlsText(kind), {
      codes: optional(shown, () => part('in-parens', { value: shown })),
    }),
  ];
  const cert = certificateReason(e);
  if (cert) reasons.push(cert);
  let whoActs: WhoActs | undefined;
  const skew = f.clockSkewSec;
  if ((kind === 'expired' || kind === 'not-yet-valid') && skew !== null) {
    const valid = validAtTheirTime(
      e.str('tls-certificate', 'validFrom'),
      e.str('tls-certificate', 'validTo'),
      e.str('tls-certificate', 'checkedAt'),
      skew,
    );
    if (Math.abs(skew) > CLOCK_SKEW_LIMIT_SEC) {
      const span = { seconds: skew };
      reasons.push(
        say('control-sites', 'clock-off', 'clock-off', {
          offset: skew > 0 ? part('clock-ahead', { span }) : part('clock-behind', { span }),
          meaning:
            valid === true
              ? part('clock-explains', {})
              : valid === false
                ? part('clock-not-explains', {})
                : '',
        }),
      );
      if (valid === true) whoActs = 'you';
    } else {
      reasons.push(say('control-sites', 'clock-right', 'clock-right', { seconds: Math.abs(skew) }));
    }
  }
  const interceptor = e.str('tls-certificate', 'interceptor');
  if (interceptor) {
    reasons.push(say('tls-certificate', 'cert-intercepted', 'cert-intercepted', { issuer: interceptor }));
    whoActs = 'you';
  }
  reasons.push(...ctx);
  return whoActs
    ? { id: 'tls-certificate-error', confidence, reasons, whoActs }
    : { id: 'tls-certificate-error', confidence, reasons };
}
