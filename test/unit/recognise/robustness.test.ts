import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecognitionSchema } from '../../../electron/contract/diagnosis';
import { BODY_LIMIT, explainText, recogniseResponse } from '../../../electron/engine/recognise';

const SIZE = 256 * 1024;
const rep = (s: string): string => s.repeat(Math.ceil(SIZE / s.length)).slice(0, SIZE);

/** Inputs built to hurt naive regexes and scanners: unclosed tags, entity runs, near-miss markers. */
const ADVERSARIAL: [string, string][] = [
  ['unclosed tags', rep('<')],
  ['tag openers', rep('<a')],
  ['unclosed comment', `<!--${rep('-')}`],
  ['unclosed script', `<script>${rep('x')}`],
  ['entities', rep('&#')],
  ['long entity names', rep('&abcdefgh')],
  ['digits', rep('5')],
  ['status-like', rep('502.')],
  ['near-miss reference', rep('reference #1.')],
  ['near-miss ray id', rep('ray id: 0')],
  ['error code runs', rep('error code ')],
  ['error status runs', rep('error 503 a ')],
  ['guru details', rep('details: cache-a')],
  ['spaces', rep(' ')],
  ['newlines', rep('\r\n')],
  ['header-like', rep('cf-ray: ')],
  ['status lines', rep('HTTP/1.1 100 Continue\r\n\r\n')],
  ['curl verbose', rep('< HTTP/1.1 ')],
  ['title opener', rep('<title>503 ')],
  ['apache address', rep('<address>apache/')],
  ['nginx center', rep('<center>nginx/')],
  ['dashes', rep('-')],
  ['squid codes', rep('err_')],
  ['binary', Array.from({ length: SIZE }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('')],
];

describe('robustness', () => {
  it.each(ADVERSARIAL)('finishes fast on 256 KiB of %s', (_name, body) => {
    const start = performance.now();
    const a = recogniseResponse({
      status: 502,
      headers: { server: body.slice(0, 1000), via: body.slice(0, 1000) },
      body,
    });
    const b = explainText(body);
    const c = explainText(`HTTP/1.1 502 Bad Gateway\r\ncf-ray: x\r\n\r\n${body}`);
    const elapsed = performance.now() - start;
    for (const r of [a, b, c]) RecognitionSchema.parse(r);
    // Linear work on 3 x 256 KiB takes milliseconds; a quadratic regex would take seconds or minutes.
    expect(elapsed).toBeLessThan(1500);
  });

  it('looks only at the first 256 KiB of a body', () => {
    const marker =
      '<html><body><h1>502 Bad Gateway</h1>The server returned an invalid or incomplete response.</body></html>';
    const late = recogniseResponse({ status: 502, headers: {}, body: ' '.repeat(BODY_LIMIT) + marker });
    expect(late.source).toBe('unknown');
    const early = recogniseResponse({ status: 502, headers: {}, body: marker + ' '.repeat(BODY_LIMIT) });
    expect(early.source).toBe('haproxy');
  });

  it('handles a 4 MiB paste without trouble', () => {
    const big = `HTTP Error 502.3 - Bad Gateway\n${'x'.repeat(4 * 1024 * 1024)}`;
    expect(explainText(big)).toMatchObject({ source: 'iis', variant: 'iis-502.3' });
  });

  it('never throws and always returns a valid Recognition for arbitrary responses', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: -1000, max: 100000 }), { nil: null }),
        fc.dictionary(fc.string({ maxLength: 30 }), fc.string({ maxLength: 200 }), { maxKeys: 8 }),
        fc.oneof(
          fc.string({ maxLength: 2000 }),
          fc.string({ unit: 'binary', maxLength: 2000 }),
          fc.string({ unit: 'grapheme', maxLength: 500 }),
        ),
        (status, headers, body) => {
          RecognitionSchema.parse(recogniseResponse({ status, headers, body }));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws and always returns a valid Recognition for arbitrary pasted text', () => {
    const tokens = fc.constantFrom(
      'HTTP/1.1 ',
      '502',
      ' Bad Gateway',
      '\r\n',
      '\n\n',
      'server: ',
      'cloudflare',
      'cf-ray: ',
      '<title>',
      '</title>',
      '<center>nginx</center>',
      'Reference #',
      '18.',
      'Guru Meditation',
      'XID: ',
      'error code: ',
      '0x80244021',
      'H12',
      'code=',
      '502.3',
      '<!--',
      '<script>',
      '&#35;',
      '&#x1F600;',
      '&#0;',
      '&#99999999;',
      'ERR_',
      '< HTTP/2 504',
      '* ',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(tokens, fc.string({ maxLength: 20 })), { maxLength: 60 }), (parts) => {
        RecognitionSchema.parse(explainText(parts.join('')));
      }),
      { numRuns: 1000 },
    );
  });

  it('survives values that are not what the types promise', () => {
    const weird = {
      status: Number.NaN,
      headers: { server: 42 } as unknown as Record<string, string>,
      body: null as unknown as string,
    };
    expect(RecognitionSchema.parse(recogniseResponse(weird)).status).toBeNull();
    expect(RecognitionSchema.parse(explainText(undefined as unknown as string)).source).toBe('unknown');
  });
});
