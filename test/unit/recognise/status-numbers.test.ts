import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecognitionSchema } from '../../../electron/contract/diagnosis';
import { explainText, recogniseResponse } from '../../../electron/engine/recognise';
import { numericStatus, statusFromText } from '../../../electron/engine/recognise/status-text';

/** A number in the error-status range, so that taking it by mistake would look plausible. */
const lookalike = fc.integer({ min: 400, max: 599 });
const hex = (n: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${n}}$`));

/** Numbers that are not the HTTP status: errnos, ports, ids, dates, times, line numbers, pids. */
const noise = fc.oneof(
  fc
    .integer({ min: 1, max: 150 })
    .map((n) => `connect() failed (${n}: Connection refused) while connecting to upstream`),
  fc.integer({ min: 1, max: 150 }).map((n) => `errno ${n}`),
  lookalike.map((n) => `errno ${n}`),
  lookalike.map((n) => `upstream: "http://127.0.0.1:${n}/", port ${n} connection refused`),
  fc.integer({ min: 1024, max: 65535 }).map((n) => `listening on :${n}`),
  lookalike.map((n) => `example.com:${n}: connection timed out`),
  lookalike.map((n) => `at handler (/srv/app/server.js:${n}:17) line ${n}: internal error`),
  lookalike.map((n) => `pid ${n} exited`),
  hex(16).map((h) => `Ray ID: ${h}`),
  fc
    .tuple(fc.integer({ min: 1000000000000, max: 1999999999999 }), hex(12))
    .map(([t, h]) => `ID: fra1::iad1::8xk2p-${t}-${h}`),
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  lookalike.map((n) => `12:34:56.${n}Z`),
  lookalike.map((n) => `2026-11-22 06:${String(n % 60).padStart(2, '0')}:00 took ${n}.5 ms`),
  lookalike.map((n) => `Netlify Internal ID: 01JDQ3Z9K8V7YB2X4R5T6W${n}P`),
  lookalike.map((n) => `price ${n}.30 euros`),
);

/** Ways a status is written: status line, JSON fields, "502: BAD_GATEWAY", words. */
const STATUS_FORMS: ((s: number) => string)[] = [
  (s) => `HTTP/1.1 ${s} Gateway Time-out`,
  (s) => `"status": ${s}`,
  (s) => `{"statusCode":${s},"error":"Bad Gateway"}`,
  (s) => `{"code": ${s}, "message": "upstream failed"}`,
  (s) => `${s}: BAD_GATEWAY`,
  (s) => `HTTP ${s}`,
  (s) => `Error ${s}`,
  (s) => `(${s})`,
  (s) => `${s} Bad Gateway`,
  (s) => `status=${s}`,
  (s) => `Error reference number: ${s}`,
];

describe('the status in text', () => {
  it.each([
    ['502: BAD_GATEWAY', 502],
    ['HTTP/1.1 504 Gateway Time-out', 504],
    ['{"status": 503}', 503],
    ['{"statusCode":502}', 502],
    ['{"code": 504}', 504],
    ['Error reference number: 502', 502],
    ['HTTP/2 502', 502],
  ])('reads %s', (text, status) => {
    expect(numericStatus(text.toLowerCase())).toBe(status);
    expect(explainText(text).status).toBe(status);
  });

  it.each([
    'connect() failed (111: Connection refused) while connecting to upstream',
    'errno 110',
    'port 443',
    'example.com:8080',
    'listening on :502',
    'Ray ID: 8a1b2c3d4e5f6789',
    'ID: fra1::abcde-1234567890',
    'at line 502: internal error',
    '2026-05-02T05:04:03.504Z',
    'port 443: connection refused',
    'errno 504 (timed out)',
  ])('takes no status from %s', (text) => {
    expect(numericStatus(text.toLowerCase())).toBeNull();
    expect(explainText(text).status).toBeNull();
  });

  it('never takes a number from noise as the status', () => {
    fc.assert(
      fc.property(fc.array(noise, { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.join('\n');
        expect(numericStatus(text.toLowerCase())).toBeNull();
        expect(statusFromText(text.toLowerCase())).toBeNull();
        expect(explainText(text).status).toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  it('finds the real status among the noise, however it is written and wherever it stands', () => {
    fc.assert(
      fc.property(
        fc.array(noise, { maxLength: 5 }),
        fc.integer({ min: 0, max: STATUS_FORMS.length - 1 }),
        fc.constantFrom(500, 502, 503, 504),
        fc.nat(),
        (parts, form, status, at) => {
          const lines = [...parts];
          lines.splice(at % (lines.length + 1), 0, STATUS_FORMS[form]?.(status) ?? '');
          const text = lines.join('\n');
          expect(numericStatus(text.toLowerCase())).toBe(status);
          expect(explainText(text).status).toBe(status);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('keeps a response status over any number in its body', () => {
    fc.assert(
      fc.property(fc.array(noise, { maxLength: 5 }), fc.constantFrom(500, 502, 503, 504), (parts, status) => {
        const r = recogniseResponse({ status, headers: {}, body: parts.join('\n') });
        expect(r.status).toBe(status);
      }),
      { numRuns: 200 },
    );
  });
});

const MIB = 1024 * 1024;
const fill = (s: string): string => s.repeat(Math.ceil(MIB / s.length)).slice(0, MIB);

/** 1 MiB built against the new signatures: id scanners, code words, JSON messages, lookbehinds. */
const ADVERSARIAL: [string, string][] = [
  ['vercel id prefixes', fill('fra1::')],
  ['vercel id runs', fill('fra1::abc-')],
  ['code words', fill('Code: A_')],
  ['snake runs', fill('A_')],
  ['head lines', fill('502: BAD_')],
  ['json messages', `{${fill('"message": "')}`],
  ['request ids', `{"message":"failure to get a peer from the ring-balancer",${fill('"request_id":"a')}`],
  ['netlify ids', fill('netlify internal id: 0')],
  ['ray ids', fill('ray id: 8')],
  ['error reference', fill('error reference number: ')],
  ['ports before reasons', fill('port 502 error ')],
  ['status words', fill('"statuscode": "')],
  ['cloudflare footers', fill('<center>cloudflare')],
  ['kong via', fill('kong/')],
];

describe('1 MiB of hostile text', () => {
  it.each(ADVERSARIAL)('is read in linear time: %s', (_name, text) => {
    const start = performance.now();
    const a = explainText(text);
    const b = recogniseResponse({
      status: 502,
      headers: { server: 'Vercel', 'x-vercel-error': text.slice(0, 2000), via: text.slice(0, 2000) },
      body: text,
    });
    const c = explainText(`HTTP/1.1 502 Bad Gateway\r\nServer: kong/3.4.2\r\n\r\n${text}`);
    for (const r of [a, b, c]) RecognitionSchema.parse(r);
    // Linear work on these inputs takes milliseconds; a backtracking regex would take minutes.
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
