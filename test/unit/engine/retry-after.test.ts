import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retryAfterAsked, stepValues } from '../../../electron/contract';
import type { CheckResult, EvidenceValue, ProbeAttempt } from '../../../electron/contract';
import { askedRetryAfter } from '../../../electron/engine/checks/site-probe';
import {
  parseHttpDate,
  parseRetryAfter,
  RETRY_AFTER_MAX_SEC,
} from '../../../electron/engine/http/retry-after';
import { stepText } from '../../../electron/engine/text/steps';
import { parseTarget } from '../../../electron/engine/target';
import { decideVerdict } from '../../../electron/engine/verdict';

const NOW = Date.UTC(2026, 2, 14, 13, 30, 0); // Sat, 14 Mar 2026 13:30:00 GMT
const at = (sec: number) => new Date(NOW + sec * 1000).toISOString();
const parse = (v: string | undefined, serverDate?: string) =>
  parseRetryAfter(v, { receivedAtMs: NOW, serverDate });

describe('parseRetryAfter: delay-seconds', () => {
  it.each([
    ['120', 120],
    ['0', 0],
    ['  45 ', 45],
    ['000300', 300],
  ])('%j → %d s', (value, sec) => {
    expect(parse(value)).toEqual({ delaySec: sec, at: at(sec) });
  });

  it('caps huge values at a day, however many digits (never Infinity, never a bad date)', () => {
    for (const v of ['86401', '31536000', '99999999999999999999', '9'.repeat(60)]) {
      expect(parse(v), v).toEqual({ delaySec: RETRY_AFTER_MAX_SEC, at: at(RETRY_AFTER_MAX_SEC) });
    }
    expect(parse('9'.repeat(65)), 'longer than any real value').toBeNull();
  });
});

describe('parseRetryAfter: HTTP-date', () => {
  it('reads the IMF-fixdate and the two obsolete forms a recipient must accept', () => {
    expect(parse('Sat, 14 Mar 2026 13:32:00 GMT')).toEqual({ delaySec: 120, at: at(120) });
    expect(parse('Saturday, 14-Mar-26 13:35:00 GMT')).toEqual({ delaySec: 300, at: at(300) });
    expect(parse('Sat Mar 14 14:30:00 2026')).toEqual({ delaySec: 3600, at: at(3600) });
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994')).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT')).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
  });

  it('counts from the answer’s own Date header, so a wrong clock here does not shift the wait', () => {
    // The server's clock says 10:00, it asks for 10:05: five minutes, whatever our clock says.
    expect(parse('Sat, 14 Mar 2026 10:05:00 GMT', 'Sat, 14 Mar 2026 10:00:00 GMT')).toEqual({
      delaySec: 300,
      at: at(300),
    });
    // A broken Date header: our clock.
    expect(parse('Sat, 14 Mar 2026 13:31:00 GMT', 'yesterday')?.delaySec).toBe(60);
  });

  it('a date in the past means now; one far ahead is capped at a day', () => {
    expect(parse('Fri, 13 Mar 2026 13:30:00 GMT')).toEqual({ delaySec: 0, at: at(0) });
    expect(parse('Thu, 31 Dec 2099 23:59:59 GMT')?.delaySec).toBe(RETRY_AFTER_MAX_SEC);
  });
});

describe('parseRetryAfter: garbage is no answer', () => {
  it.each([
    undefined,
    '',
    '   ',
    '-5',
    '+5',
    '1.5',
    '120s',
    '2 minutes',
    '120, 60', // two headers joined: which one?
    '0x78',
    '1e3',
    'Infinity',
    'NaN',
    'Sat, 14 Mar 2026 13:32:00 UTC',
    'Sat, 14 Mar 2026 13:32 GMT',
    'sat, 14 mar 2026 13:32:00 gmt',
    'Sat, 31 Feb 2026 13:32:00 GMT', // no such day
    'Mon, 14 Mar 2026 13:32:00 GMT', // 14 March 2026 is a Saturday
    'Sat, 14 Mar 2026 25:00:00 GMT',
    'Sat, 14 Mar 2026 13:32:00 GMT trailing',
    '2026-03-14T13:32:00Z',
    '١٢٠', // Arabic-Indic digits
  ])('%j', (value) => {
    expect(parse(value)).toBeNull();
  });

  it('never throws, and any answer is a delay within a day and a real time', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^\d{0,30}$/), fc.string({ unit: 'binary' })),
        (v) => {
          const r = parse(v);
          if (r === null) return;
          expect(r.delaySec).toBeGreaterThanOrEqual(0);
          expect(r.delaySec).toBeLessThanOrEqual(RETRY_AFTER_MAX_SEC);
          expect(Number.isInteger(r.delaySec)).toBe(true);
          expect(Date.parse(r.at)).toBe(NOW + r.delaySec * 1000);
        },
      ),
    );
  });
});

function attempt(status: number | null, headers: Record<string, string>): ProbeAttempt {
  return {
    url: 'https://shop.example.test/',
    address: '192.0.2.10',
    via: 'direct',
    status,
    error: status === null ? 'ECONNREFUSED' : null,
    timings: { dnsMs: 1, connectMs: 1, tlsMs: null, firstByteMs: 2, totalMs: 3 },
    headers,
    bodyBytes: 0,
    bodyTruncated: false,
    recognition: null,
  };
}

describe('askedRetryAfter: what the site probe records', () => {
  it('only 503 and 429 answers count, and the longest wait wins', () => {
    const r = askedRetryAfter(
      [
        attempt(503, { 'retry-after': '60' }),
        attempt(502, { 'retry-after': '999' }),
        attempt(429, { 'retry-after': '120' }),
        attempt(200, { 'retry-after': '500' }),
        attempt(503, { 'retry-after': 'soon' }),
        attempt(null, {}),
      ],
      NOW,
    );
    expect(r).toEqual({ delaySec: 120, at: at(120) });
    expect(askedRetryAfter([attempt(503, {})], NOW)).toBeNull();
  });
});

const check = (
  id: CheckResult['id'],
  status: CheckResult['status'],
  problems: string[],
  ev: Record<string, EvidenceValue>,
): CheckResult => ({
  id,
  status,
  problems,
  evidence: ev,
  startedAt: '2026-03-14T13:30:00.000Z',
  durationMs: 1,
});
const busy = (ev: Record<string, EvidenceValue>): CheckResult[] => [
  check('site-probe', 'problem', ['http-5xx', 'http-503'], {
    attempts: 3,
    ok: 0,
    serverErrors: 3,
    noAnswer: 0,
    statuses: [503, 503, 503],
    errors: [null, null, null],
    ...ev,
  }),
  check('control-sites', 'ok', [], { answered: 2, total: 2 }),
  check('gateway', 'ok', [], { address: '192.168.1.1', rttAvgMs: 1 }),
  check('proxy', 'ok', [], { configured: false }),
  check('firewall', 'ok', [], { address: '192.0.2.10' }),
  check('dns-swap', 'ok', [], {}),
];

describe('the verdict names the time the site asks for', () => {
  const target = parseTarget('https://shop.example.test/');

  it('retry-after takes retry-later’s place, with a reason carrying the values', () => {
    const v = decideVerdict({ target, checks: busy({ retryAfterSec: 120, retryAfterAt: at(120) }) });
    expect(v.id).toBe('site-server-error');
    expect(v.visitorSteps[0]).toBe('retry-after');
    expect(v.visitorSteps).not.toContain('retry-later');
    expect(v.reasons.at(-1)).toMatchObject({ checkId: 'site-probe', code: 'retry-after' });
    expect(v.reasons.at(-1)?.detail).toContain('120 s');
  });

  it('without a (well-formed) Retry-After nothing changes', () => {
    const cases: Record<string, EvidenceValue>[] = [
      {},
      { retryAfterSec: null, retryAfterAt: null },
      { retryAfterSec: -1, retryAfterAt: at(0) },
      { retryAfterSec: 60, retryAfterAt: 'soon' },
    ];
    for (const ev of cases) {
      const v = decideVerdict({ target, checks: busy(ev) });
      expect(v.visitorSteps[0], JSON.stringify(ev)).toBe('retry-later');
      expect(v.reasons.some((r) => r.code === 'retry-after')).toBe(false);
    }
  });

  it('the step text says in how many minutes and at what time, in English and German', () => {
    const checks = busy({ retryAfterSec: 125, retryAfterAt: at(125) });
    expect(retryAfterAsked(checks)).toEqual({ delaySec: 125, at: at(125) });
    const en = stepValues(checks, 'en', 'Europe/Berlin');
    expect(en).toEqual({ minutes: 3, time: '2:32 PM' });
    expect(stepText('retry-after', 'en', en)).toContain('in 3 min (at 2:32 PM)');
    expect(stepText('retry-after', 'de', stepValues(checks, 'de', 'Europe/Berlin'))).toContain(
      'in 3 Min. (um 14:32)',
    );
    expect(stepText('retry-after', 'en', en)).not.toContain('{{');
    // An unknown zone from a saved result still gives a time.
    expect(stepValues(checks, 'en', 'Mars/Olympus').time).toMatch(/^\d{1,2}:\d\d/);
    expect(stepValues(busy({}), 'en', 'Europe/Berlin')).toEqual({});
  });
});
