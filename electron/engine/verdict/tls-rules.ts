// tls-certificate-error: the site's certificate failed verification on every request. Usually the
// site's owner acts; this computer's user acts when its clock is off (the certificate is valid at
// the known-good sites' time) or when one untrusted issuer signs every site (an interceptor).
import type { CheckId, Verdict, WhoActs } from '../../contract';
import type { Evidence, Facts } from './facts';
import type { RuleDecision } from './link-rules';

type Reason = Verdict['reasons'][number];
const r = (checkId: CheckId, code: string, detail: string): Reason => ({ checkId, code, detail });

/** A clock further off than this is wrong (the Date header itself is only good to a second or two). */
const CLOCK_SKEW_LIMIT_SEC = 5 * 60;

const TLS_WORDS: Readonly<Record<string, string>> = {
  expired: 'it has expired',
  'not-yet-valid': "it is not valid yet (or this computer's clock is wrong)",
  'wrong-name': 'it was issued for another name',
  'unknown-issuer': 'it comes from an issuer this computer does not trust',
  other: 'it did not pass the check',
};

/** "3 days", "5 hours", "12 minutes": how far, in the largest unit that fits. */
export function spanWords(sec: number): string {
  const a = Math.abs(sec);
  const unit = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (a >= 2 * 86400) return unit(Math.round(a / 86400), 'day');
  if (a >= 2 * 3600) return unit(Math.round(a / 3600), 'hour');
  return unit(Math.max(1, Math.round(a / 60)), 'minute');
}

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
  const parts: string[] = [];
  if (subject) parts.push(`issued to ${subject}`);
  if (names.length > 0) parts.push(`for ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`);
  if (issuer)
    parts.push(
      e.value('tls-certificate', 'selfSigned') === true ? `signed by itself (${issuer})` : `by ${issuer}`,
    );
  if (from && to) parts.push(`valid from ${day(from)} to ${day(to)}`);
  if (parts.length === 0) return null;
  let when = '';
  const at = checkedAt ? Date.parse(checkedAt) : Number.NaN;
  if (to && Date.parse(to) < at) when = ` — it expired ${spanWords((at - Date.parse(to)) / 1000)} ago`;
  else if (from && Date.parse(from) > at)
    when = ` — it starts in ${spanWords((Date.parse(from) - at) / 1000)}`;
  if (when) when += " by this computer's clock";
  const addr = e.str('tls-certificate', 'address');
  return r(
    'tls-certificate',
    'certificate-seen',
    `The certificate the site shows${addr ? ` at ${addr}` : ''}: ${parts.join(', ')}${when}.`,
  );
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
  const reasons: Reason[] = [
    r(
      'site-probe',
      `tls-${kind}`,
      `The site's certificate failed the check: ${TLS_WORDS[kind] ?? kind} (${codes.join(', ') || e.str('tls-certificate', 'errorCode') || 'certificate error'}).`,
    ),
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
      reasons.push(
        r(
          'control-sites',
          'clock-off',
          `This computer's clock is ${spanWords(skew)} ${skew > 0 ? 'ahead of' : 'behind'} the known-good sites' clocks` +
            (valid === true
              ? ': at their time the certificate is valid, so the clock is wrong, not the certificate.'
              : valid === false
                ? ', but the certificate is not valid at their time either.'
                : '.'),
        ),
      );
      if (valid === true) whoActs = 'you';
    } else {
      reasons.push(
        r(
          'control-sites',
          'clock-right',
          `This computer's clock agrees with the known-good sites' clocks (within ${Math.abs(skew)} s), so the clock is not the cause.`,
        ),
      );
    }
  }
  const interceptor = e.str('tls-certificate', 'interceptor');
  if (interceptor) {
    reasons.push(
      r(
        'tls-certificate',
        'cert-intercepted',
        `The known-good sites show certificates from the same untrusted issuer (${interceptor}): something on this computer or network (security software, a company proxy) intercepts secure connections.`,
      ),
    );
    whoActs = 'you';
  }
  reasons.push(...ctx);
  return whoActs
    ? { id: 'tls-certificate-error', confidence, reasons, whoActs }
    : { id: 'tls-certificate-error', confidence, reasons };
}
