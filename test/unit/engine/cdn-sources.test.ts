import { describe, expect, it } from 'vitest';
import { CDN_SOURCE_IDS, isCdnSource, SOURCE_IDS } from '../../../electron/contract';
import type { ProbeAttempt, SourceId } from '../../../electron/contract';
import { isCdnEdgePage } from '../../../electron/engine/checks/classify';

const attempt = (status: number, source: SourceId): ProbeAttempt => ({
  url: 'https://site.test/',
  address: null,
  via: 'direct',
  status,
  error: null,
  timings: { dnsMs: null, connectMs: null, tlsMs: null, firstByteMs: null, totalMs: 1 },
  headers: {},
  bodyBytes: 0,
  bodyTruncated: false,
  recognition: {
    status,
    source,
    variant: null,
    cdn: null,
    traceId: null,
    whoActs: 'site-owner',
    summary: '',
    meaning: null,
  },
});

// One list of CDN sources (the site-probe check and the recogniser both read isCdnSource).
describe('CDN_SOURCE_IDS', () => {
  it('every SOURCE_ID is a CDN for the check exactly when it is in the list', () => {
    for (const id of SOURCE_IDS) {
      expect(isCdnSource(id)).toBe((CDN_SOURCE_IDS as readonly string[]).includes(id));
      expect(isCdnEdgePage(attempt(502, id))).toBe(isCdnSource(id));
    }
    expect(isCdnEdgePage(attempt(404, 'cloudflare'))).toBe(false);
  });
});
