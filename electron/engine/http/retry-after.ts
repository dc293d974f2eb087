// Retry-After (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. The header comes from the
// network, so it is parsed strictly: one value, a bounded length, exact date grammars.

/** Longest delay we record (one day); a site asking for more is recorded as asking for a day. */
export const RETRY_AFTER_MAX_SEC = 86_400;
/** Longer than any well-formed value (an IMF-fixdate has 29 characters). */
const MAX_VALUE_CHARS = 64;

/** What a Retry-After header asks for: wait this long, until this time. */
export interface RetryAfter {
  /** Seconds from when the answer arrived, 0 to RETRY_AFTER_MAX_SEC. */
  delaySec: number;
  /** When the site wants to be asked again (ISO 8601, this computer's clock). */
  at: string;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const MONTH = MONTHS.join('|');
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';
// IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
const IMF = new RegExp(`^(${DAYS.join('|')}), (\\d{2}) (${MONTH}) (\\d{4}) ${TIME} GMT$`);
// Obsolete RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
const RFC850 = new RegExp(`^(${LONG_DAYS.join('|')}), (\\d{2})-(${MONTH})-(\\d{2}) ${TIME} GMT$`);
// Obsolete asctime: Sun Nov  6 08:49:37 1994
const ASCTIME = new RegExp(`^(${DAYS.join('|')}) (${MONTH}) ([ \\d]\\d) ${TIME} (\\d{4})$`);

interface DateParts {
  weekday: number;
  day: number;
  month: number;
  year: number;
  hour: number;
  minute: number;
  second: number;
}

function fromParts(p: DateParts): number | null {
  if (p.hour > 23 || p.minute > 59 || p.second > 60) return null;
  const ms = Date.UTC(p.year, p.month, p.day, p.hour, p.minute, Math.min(p.second, 59));
  const d = new Date(ms);
  // Date.UTC rolls 31 Feb over into March: a date that does not round-trip does not exist.
  if (d.getUTCDate() !== p.day || d.getUTCMonth() !== p.month || d.getUTCDay() !== p.weekday) return null;
  return ms;
}

const monthOf = (m: string): number => MONTHS.indexOf(m as (typeof MONTHS)[number]);

/**
 * An HTTP-date (IMF-fixdate, or the obsolete RFC 850 and asctime forms a recipient must accept)
 * as epoch milliseconds; null for anything else, including dates that do not exist.
 */
export function parseHttpDate(value: string): number | null {
  if (value.length > MAX_VALUE_CHARS) return null;
  let m = IMF.exec(value);
  if (m) {
    const [, wd, dd, mon, yyyy, hh, mi, ss] = m as unknown as string[];
    return fromParts({
      weekday: DAYS.indexOf(wd as (typeof DAYS)[number]),
      day: Number(dd),
      month: monthOf(mon ?? ''),
      year: Number(yyyy),
      hour: Number(hh),
      minute: Number(mi),
      second: Number(ss),
    });
  }
  m = RFC850.exec(value);
  if (m) {
    const [, wd, dd, mon, yy, hh, mi, ss] = m as unknown as string[];
    const short = Number(yy);
    return fromParts({
      weekday: LONG_DAYS.indexOf(wd as (typeof LONG_DAYS)[number]),
      day: Number(dd),
      month: monthOf(mon ?? ''),
      // RFC 9110: a two-digit year that would be more than 50 years ahead is in the past century.
      year: short < 70 ? 2000 + short : 1900 + short,
      hour: Number(hh),
      minute: Number(mi),
      second: Number(ss),
    });
  }
  m = ASCTIME.exec(value);
  if (m) {
    const [, wd, mon, dd, hh, mi, ss, yyyy] = m as unknown as string[];
    return fromParts({
      weekday: DAYS.indexOf(wd as (typeof DAYS)[number]),
      day: Number((dd ?? '').trim()),
      month: monthOf(mon ?? ''),
      year: Number(yyyy),
      hour: Number(hh),
      minute: Number(mi),
      second: Number(ss),
    });
  }
  return null;
}

/**
 * Reads a Retry-After header value: delay-seconds (`120`) or an HTTP-date. A date counts from
 * the answer's own Date header when that is a valid HTTP-date (so a wrong clock here does not
 * shift it), else from `receivedAtMs`. Delays are capped at a day; dates in the past mean 0.
 * Null for a missing, empty, repeated (`120, 60`), signed, fractional or otherwise malformed value.
 */
export function parseRetryAfter(
  value: string | undefined,
  o: { receivedAtMs: number; serverDate?: string | undefined },
): RetryAfter | null {
  if (value === undefined || value.length > MAX_VALUE_CHARS) return null;
  const v = value.trim();
  let delaySec: number | null = null;
  if (/^\d+$/.test(v)) {
    delaySec = Math.min(Number(v), RETRY_AFTER_MAX_SEC);
  } else {
    const date = parseHttpDate(v);
    if (date === null) return null;
    const server = o.serverDate === undefined ? null : parseHttpDate(o.serverDate.trim());
    const from = server ?? o.receivedAtMs;
    delaySec = Math.min(Math.max(0, Math.ceil((date - from) / 1000)), RETRY_AFTER_MAX_SEC);
  }
  if (!Number.isFinite(o.receivedAtMs)) return null;
  return { delaySec, at: new Date(o.receivedAtMs + delaySec * 1000).toISOString() };
}
