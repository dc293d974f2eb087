import { describe, expect, it } from 'vitest';
import {
  PAGE_CODE_IDS,
  PAGE_CODES,
  SOURCE_IDS,
  WHO_ACTS,
  isPageCodeId,
  textsDe,
  textsEn,
} from '../../../electron/contract/values';
import type { PageCodeId } from '../../../electron/contract/values';
import { RecognitionSchema } from '../../../electron/contract/diagnosis';
import { explainText } from '../../../electron/engine/recognise';
import { buildReportModel } from '../../../electron/engine/report/model';
import { loadResult } from '../report/fixtures';

const LANGS = [
  ['en', textsEn],
  ['de', textsDe],
] as const;

describe('the page-code catalog', () => {
  it.each(PAGE_CODE_IDS)('%s has one entry and a sentence in every language', (id) => {
    const entry = PAGE_CODES[id];
    expect(WHO_ACTS).toContain(entry.whoActs);
    if (entry.status !== null) expect(entry.status >= 400 && entry.status <= 599).toBe(true);
    // The id names its product ("cloudflare-1020" is Cloudflare's); unattributed pages are `unknown`.
    if (entry.source !== 'unknown') expect(id.startsWith(`${entry.source}-`)).toBe(true);
    for (const [, texts] of LANGS) {
      const sentence = texts.pageCodes[id];
      expect(sentence.length).toBeGreaterThan(15);
      expect(sentence).toMatch(/[.!]$/);
      // Home-user words: no internal ids, codes in SCREAMING_SNAKE or commands.
      expect(sentence).not.toContain(id);
      expect(sentence).not.toMatch(/[A-Z]{2,}_[A-Z]{2,}|`|--|\b[a-z]+-[a-z]+-\d/);
    }
    expect(textsDe.pageCodes[id]).not.toBe(textsEn.pageCodes[id]);
  });

  it('knows the codes people paste from Cloudflare, Heroku and Vercel', () => {
    const cloudflare = [
      520, 521, 522, 523, 524, 525, 526, 527, 530, 1000, 1001, 1002, 1003, 1004, 1006, 1007, 1008, 1010, 1012,
      1015, 1016, 1018, 1019, 1020, 1033, 1101, 1102, 1104,
    ];
    for (const code of cloudflare) expect(isPageCodeId(`cloudflare-${code}`)).toBe(true);
    for (const code of ['h10', 'h12', 'h13']) expect(isPageCodeId(`heroku-${code}`)).toBe(true);
    for (const code of ['no-response-from-function', 'function-invocation-timeout', 'deployment-not-found'])
      expect(isPageCodeId(`vercel-${code}`)).toBe(true);
    expect(isPageCodeId('nginx-bad-gateway')).toBe(false);
    expect(isPageCodeId(null)).toBe(false);
    expect(isPageCodeId('toString')).toBe(false);
  });

  it('names every source in every language', () => {
    for (const [, texts] of LANGS)
      for (const id of SOURCE_IDS) expect(texts.sources[id].length).toBeGreaterThan(1);
    for (const id of ['vercel', 'netlify', 'aws-api-gateway', 'kong'] as const)
      expect(SOURCE_IDS).toContain(id);
  });

  it('says who acts per code, not per status: rate limits and direct IP access are yours', () => {
    expect(PAGE_CODES['cloudflare-1015'].whoActs).toBe('you');
    expect(PAGE_CODES['cloudflare-1003'].whoActs).toBe('you');
    expect(PAGE_CODES['cloudflare-1020'].whoActs).toBe('site-owner');
    expect(PAGE_CODES['cloudflare-1033'].whoActs).toBe('site-owner');
    expect(PAGE_CODES['squid-err-connect-fail'].whoActs).toBe('proxy-admin');
  });
});

/** Every Cloudflare code, pasted the way its page reads, is recognised with its exact meaning. */
const CLOUDFLARE_IDS = PAGE_CODE_IDS.filter((id) => /^cloudflare-\d+$/.test(id));

describe('a pasted Cloudflare page', () => {
  it.each(CLOUDFLARE_IDS)('%s', (id) => {
    const code = id.slice('cloudflare-'.length);
    const r = RecognitionSchema.parse(
      explainText(`Error ${code} Ray ID: 8a1b2c3d4e5f6789 • 2026-11-22 06:00:00 UTC\nWhat happened?`),
    );
    expect(r).toMatchObject({
      source: 'cloudflare',
      cdn: 'cloudflare',
      variant: id,
      meaning: id,
      traceId: '8a1b2c3d4e5f6789',
      whoActs: PAGE_CODES[id].whoActs,
    });
    const entry = PAGE_CODES[id as PageCodeId];
    expect(r.status).toBe(entry.status ?? null);
    expect(r.summary).toContain(textsEn.pageCodes[id]);
  });

  it('keeps the status the response states over the code usual one', () => {
    const r = explainText(
      'HTTP/1.1 503 Service Unavailable\r\nServer: cloudflare\r\n\r\nError 1020 Ray ID: 8a1b2c3d4e5f6789',
    );
    expect(r).toMatchObject({ status: 503, variant: 'cloudflare-1020', meaning: 'cloudflare-1020' });
  });
});

describe('the report in German', () => {
  it('gives the code meaning from the German catalog, the English summary otherwise', () => {
    const result = loadResult('site-502-cloudflare');
    const attempts = result.probe?.attempts ?? [];
    for (const a of attempts) {
      if (a.recognition) {
        a.recognition.variant = 'cloudflare-522';
        a.recognition.meaning = 'cloudflare-522';
      }
    }
    expect(buildReportModel(result, 'de').failingResponse?.recognisedAs).toBe(
      textsDe.pageCodes['cloudflare-522'],
    );
    const en = buildReportModel(result, 'en').failingResponse?.recognisedAs;
    expect(en).toBe(attempts.find((a) => a.status === 502)?.recognition?.summary);
  });

  it('reads results saved before the meaning was recorded', () => {
    const result = loadResult('site-502-cloudflare');
    const rec = result.probe?.attempts.find((a) => a.recognition)?.recognition;
    expect(rec?.meaning).toBeNull();
  });
});
