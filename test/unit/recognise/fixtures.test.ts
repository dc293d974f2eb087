import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RecognitionSchema } from '../../../electron/contract/diagnosis';
import { explainText, recogniseResponse } from '../../../electron/engine/recognise';
import { parseRawResponse } from '../../../electron/engine/recognise/raw-response';

const DIR = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

import { DOC_ROWS } from './fixture-rows-doc';
import type { Expected } from './fixture-rows-doc';

/** One row per fixture file (real captures first, then documentation-derived `doc-*`). */
const EXPECTED: Record<string, Expected> = {
  'nginx-dead': {
    status: 502,
    source: 'nginx',
    variant: 'nginx-bad-gateway',
    cdn: null,
    traceId: null,
    whoActs: 'site-owner',
  },
  'nginx-garbage': { status: 502, source: 'nginx', variant: 'nginx-bad-gateway', cdn: null, traceId: null },
  'nginx-slow': { status: 504, source: 'nginx', variant: 'nginx-gateway-timeout', cdn: null, traceId: null },
  'nginx-unavailable': {
    status: 503,
    source: 'nginx',
    variant: 'nginx-service-unavailable',
    cdn: null,
    traceId: null,
  },
  'apache-dead': {
    status: 503,
    source: 'apache',
    variant: 'apache-service-unavailable',
    cdn: null,
    traceId: null,
  },
  'apache-garbage': {
    status: 502,
    source: 'apache',
    variant: 'apache-bad-gateway',
    cdn: null,
    traceId: null,
  },
  'apache-slow': { status: 502, source: 'apache', variant: 'apache-proxy-error', cdn: null, traceId: null },
  'haproxy-dead': { status: 503, source: 'haproxy', variant: 'haproxy-no-server', cdn: null, traceId: null },
  'haproxy-garbage': {
    status: 502,
    source: 'haproxy',
    variant: 'haproxy-bad-gateway',
    cdn: null,
    traceId: null,
  },
  'haproxy-no-server': {
    status: 503,
    source: 'haproxy',
    variant: 'haproxy-no-server',
    cdn: null,
    traceId: null,
  },
  'haproxy-slow': {
    status: 504,
    source: 'haproxy',
    variant: 'haproxy-gateway-timeout',
    cdn: null,
    traceId: null,
  },
  'varnish-dead': {
    status: 503,
    source: 'varnish',
    variant: 'varnish-backend-fetch-failed',
    cdn: null,
    traceId: '4',
  },
  'varnish-garbage': {
    status: 503,
    source: 'varnish',
    variant: 'varnish-backend-fetch-failed',
    cdn: null,
    traceId: '7',
  },
  'varnish-slow': {
    status: 503,
    source: 'varnish',
    variant: 'varnish-backend-fetch-failed',
    cdn: null,
    traceId: '32771',
  },
  'squid-dead': {
    status: 503,
    source: 'squid',
    variant: 'squid-err-connect-fail',
    cdn: null,
    traceId: null,
    whoActs: 'proxy-admin',
  },
  'squid-denied': {
    status: 403,
    source: 'squid',
    variant: 'squid-err-access-denied',
    cdn: null,
    traceId: null,
    whoActs: 'proxy-admin',
  },
  'squid-garbage': {
    status: 502,
    source: 'squid',
    variant: 'squid-err-invalid-resp',
    cdn: null,
    traceId: null,
  },
  'squid-slow': { status: 504, source: 'squid', variant: 'squid-err-read-timeout', cdn: null, traceId: null },
  // A proxy or cache that passes the site's own error page through is not blamed for it.
  'squid-passthrough-nginx-502': {
    status: 502,
    source: 'nginx',
    variant: 'nginx-bad-gateway',
    cdn: null,
    traceId: null,
    whoActs: 'site-owner',
  },
  'varnish-passthrough-nginx-502': {
    status: 502,
    source: 'nginx',
    variant: 'nginx-bad-gateway',
    cdn: null,
    traceId: null,
    whoActs: 'site-owner',
  },
  'caddy-dead': { status: 502, source: 'caddy', variant: 'caddy-bad-gateway', cdn: null, traceId: null },
  'caddy-garbage': { status: 502, source: 'caddy', variant: 'caddy-bad-gateway', cdn: null, traceId: null },
  'caddy-slow': { status: 504, source: 'caddy', variant: 'caddy-gateway-timeout', cdn: null, traceId: null },
  'lighttpd-dead': {
    status: 503,
    source: 'lighttpd',
    variant: 'lighttpd-service-unavailable',
    cdn: null,
    traceId: null,
  },
  // lighttpd really passes this malformed upstream answer on as an empty 200.
  'lighttpd-garbage': {
    status: 200,
    source: 'lighttpd',
    variant: 'lighttpd-200',
    cdn: null,
    traceId: null,
    whoActs: 'you',
  },
  'lighttpd-slow': {
    status: 504,
    source: 'lighttpd',
    variant: 'lighttpd-gateway-timeout',
    cdn: null,
    traceId: null,
  },
  ...DOC_ROWS,
};

const files = readdirSync(DIR)
  .filter((n) => n.endsWith('.http'))
  .map((n) => n.slice(0, -'.http'.length))
  .sort();

describe('fixture pages', () => {
  it('has an expectation for every fixture file and a file for every expectation', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s', (name) => {
    const text = readFileSync(`${DIR}${name}.http`, 'utf8');
    const raw = parseRawResponse(text);
    expect(raw).not.toBeNull();
    if (raw === null) return;
    const direct = RecognitionSchema.parse(recogniseResponse(raw));
    const expected = EXPECTED[name];
    expect(expected).toBeDefined();
    const { whoActs, ...fields } = expected ?? ({} as Expected);
    expect(direct).toMatchObject(fields);
    if (whoActs !== undefined) expect(direct.whoActs).toBe(whoActs);
    expect(direct.summary.length).toBeGreaterThan(20);
    // Pasting the whole response into `explain -` must give the same answer as the site probe.
    expect(explainText(text)).toEqual(direct);
  });
});
