import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RecognitionSchema } from '../../../electron/contract/diagnosis';
import type { Recognition } from '../../../electron/contract/diagnosis';
import { explainText, recogniseResponse } from '../../../electron/engine/recognise';
import { parseRawResponse } from '../../../electron/engine/recognise/raw-response';

const DIR = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

type Expected = Pick<Recognition, 'status' | 'source' | 'variant' | 'cdn' | 'traceId'> & {
  whoActs?: Recognition['whoActs'];
};

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
  'doc-akamai-503': {
    status: 503,
    source: 'akamai',
    variant: 'akamai-503',
    cdn: 'akamai',
    traceId: '18.a1b2c3d4.1795328100.5e6f7a8b',
  },
  'doc-akamai-504': {
    status: 504,
    source: 'akamai',
    variant: 'akamai-504',
    cdn: 'akamai',
    traceId: '0.9f2e3d17.1795328130.1a2b3c4d',
  },
  'doc-aws-elb-502': {
    status: 502,
    source: 'aws-elb',
    variant: 'aws-elb-bad-gateway',
    cdn: null,
    traceId: null,
  },
  'doc-aws-elb-504': {
    status: 504,
    source: 'aws-elb',
    variant: 'aws-elb-gateway-timeout',
    cdn: null,
    traceId: null,
  },
  'doc-azure-app-gateway-502': {
    status: 502,
    source: 'azure',
    variant: 'azure-app-gateway-502',
    cdn: 'azure',
    traceId: null,
  },
  'doc-azure-front-door-503': {
    status: 503,
    source: 'azure',
    variant: 'azure-front-door',
    cdn: 'azure',
    traceId: '20261122T062000Z-17c9b5d6f8dx4q2vhC1AMS8k4g0000000abc000000001x2y',
  },
  'doc-cloudflare-502': {
    status: 502,
    source: 'cloudflare',
    variant: 'cloudflare-502',
    cdn: 'cloudflare',
    traceId: '8e4c2b1a9f3d7e61-AMS',
  },
  'doc-cloudflare-522': {
    status: 522,
    source: 'cloudflare',
    variant: 'cloudflare-522',
    cdn: 'cloudflare',
    traceId: '7a1b2c3d4e5f6071-FRA',
  },
  'doc-cloudflare-plain-502': {
    status: 502,
    source: 'cloudflare',
    variant: 'cloudflare-502',
    cdn: 'cloudflare',
    traceId: '8e4c2b1a9f3d7e62-LHR',
  },
  'doc-cloudflare-origin-nginx-502': {
    status: 502,
    source: 'nginx',
    variant: 'nginx-bad-gateway',
    cdn: 'cloudflare',
    traceId: '8e4c2b1a9f3d7e63-CDG',
  },
  'doc-cloudfront-502': {
    status: 502,
    source: 'cloudfront',
    variant: 'cloudfront-502',
    cdn: 'cloudfront',
    traceId: 'Q2x2dW5kZnJvbnRJZEV4YW1wbGVGb3JUZXN0c19hYmMxMjM0NQ==',
  },
  'doc-cloudfront-504': {
    status: 504,
    source: 'cloudfront',
    variant: 'cloudfront-504',
    cdn: 'cloudfront',
    traceId: 'b3JpZ2luVGltZW91dEV4YW1wbGVJZF9YWVo5ODc2NTQzMjE=',
  },
  'doc-edgeone-502': {
    status: 502,
    source: 'edgeone',
    variant: 'edgeone-502',
    cdn: 'edgeone',
    traceId: '4105283880544427145',
  },
  'doc-edgeone-524': {
    status: 524,
    source: 'edgeone',
    variant: 'edgeone-524',
    cdn: 'edgeone',
    traceId: '15930274660385612244',
  },
  'doc-envoy-503': {
    status: 503,
    source: 'envoy',
    variant: 'envoy-upstream-connect-error',
    cdn: null,
    traceId: null,
  },
  'doc-envoy-504': {
    status: 504,
    source: 'envoy',
    variant: 'envoy-upstream-timeout',
    cdn: null,
    traceId: null,
  },
  'doc-envoy-no-healthy-upstream': {
    status: 503,
    source: 'envoy',
    variant: 'envoy-no-healthy-upstream',
    cdn: null,
    traceId: null,
  },
  'doc-fastly-503': {
    status: 503,
    source: 'fastly',
    variant: 'fastly-backend-is-unhealthy',
    cdn: 'fastly',
    traceId: 'cache-ams21052-AMS 1795328040 2845716390',
  },
  'doc-fastly-first-byte-timeout': {
    status: 503,
    source: 'fastly',
    variant: 'fastly-first-byte-timeout',
    cdn: 'fastly',
    traceId: 'cache-iad-kiad7000123-IAD 1795328100 1234567890',
  },
  'doc-google-502': { status: 502, source: 'google', variant: 'google-502', cdn: 'google', traceId: null },
  'doc-google-lb-502': {
    status: 502,
    source: 'google',
    variant: 'google-server-error',
    cdn: 'google',
    traceId: null,
  },
  'doc-heroku-503': {
    status: 503,
    source: 'heroku',
    variant: 'heroku-application-error',
    cdn: null,
    traceId: null,
  },
  'doc-iis-502-custom': { status: 502, source: 'iis', variant: 'iis-502', cdn: null, traceId: null },
  'doc-iis-502.3': { status: 502, source: 'iis', variant: 'iis-502.3', cdn: null, traceId: null },
  'doc-iis-502.5-ancm': { status: 502, source: 'iis', variant: 'iis-502.5', cdn: null, traceId: null },
  'doc-iis-503-httpapi': {
    status: 503,
    source: 'iis',
    variant: 'iis-http-sys-503',
    cdn: null,
    traceId: null,
  },
  'doc-traefik-502': {
    status: 502,
    source: 'traefik',
    variant: 'traefik-bad-gateway',
    cdn: null,
    traceId: null,
  },
  'doc-aws-api-gateway-502': {
    status: 502,
    source: 'aws-api-gateway',
    variant: 'aws-api-gateway-internal-error',
    cdn: 'cloudfront',
    traceId: '1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5',
  },
  'doc-aws-api-gateway-504': {
    status: 504,
    source: 'aws-api-gateway',
    variant: 'aws-api-gateway-timeout',
    cdn: null,
    traceId: '9b2f6c1e-3d4a-4b5c-8e7f-0a1b2c3d4e5f',
  },
  'doc-aws-elb-503': {
    status: 503,
    source: 'aws-elb',
    variant: 'aws-elb-service-unavailable',
    cdn: null,
    traceId: null,
  },
  'doc-cloudflare-1015': {
    status: 429,
    source: 'cloudflare',
    variant: 'cloudflare-1015',
    cdn: 'cloudflare',
    traceId: '8a1b2c3d4e5f6791-AMS',
    whoActs: 'you',
  },
  'doc-cloudflare-1020': {
    status: 403,
    source: 'cloudflare',
    variant: 'cloudflare-1020',
    cdn: 'cloudflare',
    traceId: '8a1b2c3d4e5f6789-FRA',
    whoActs: 'site-owner',
  },
  'doc-cloudflare-1033': {
    status: 530,
    source: 'cloudflare',
    variant: 'cloudflare-1033',
    cdn: 'cloudflare',
    traceId: '8a1b2c3d4e5f6792-LHR',
  },
  'doc-cloudflare-521': {
    status: 521,
    source: 'cloudflare',
    variant: 'cloudflare-521',
    cdn: 'cloudflare',
    traceId: '8a1b2c3d4e5f6790-FRA',
  },
  'doc-cloudflare-nginx-502': {
    status: 502,
    source: 'cloudflare',
    variant: 'cloudflare-502-at-cloudflare',
    cdn: 'cloudflare',
    traceId: '8a1b2c3d4e5f6793-CDG',
  },
  'doc-heroku-503-older': {
    status: 503,
    source: 'heroku',
    variant: 'heroku-application-error',
    cdn: null,
    traceId: null,
  },
  'doc-kong-502': {
    status: 502,
    source: 'kong',
    variant: 'kong-invalid-upstream-response',
    cdn: null,
    traceId: '4f1d2e3c4b5a69788796a5b4c3d2e1f0',
  },
  'doc-kong-503-no-peer': {
    status: 503,
    source: 'kong',
    variant: 'kong-no-peer',
    cdn: null,
    traceId: null,
  },
  'doc-netlify-404': {
    status: 404,
    source: 'netlify',
    variant: 'netlify-page-not-found',
    cdn: null,
    traceId: '01JDQ3Z9K8V7YB2X4R5T6W8N0P',
  },
  'doc-netlify-function-crashed': {
    status: 502,
    source: 'netlify',
    variant: 'netlify-function-crashed',
    cdn: null,
    traceId: '01JDQ40AB12CD34EF56GH78JK9',
  },
  'doc-vercel-404-deployment': {
    status: 404,
    source: 'vercel',
    variant: 'vercel-deployment-not-found',
    cdn: null,
    traceId: 'arn1::zx9c8-1795331520000-fedcba987654',
  },
  'doc-vercel-502': {
    status: 502,
    source: 'vercel',
    variant: 'vercel-no-response-from-function',
    cdn: null,
    traceId: 'fra1::iad1::8xk2p-1795331400000-0123456789ab',
  },
  'doc-vercel-504': {
    status: 504,
    source: 'vercel',
    variant: 'vercel-function-invocation-timeout',
    cdn: null,
    traceId: 'cdg1::sfo1::q7w8e-1795331460000-abcdef012345',
  },
  'doc-traefik-504': {
    status: 504,
    source: 'traefik',
    variant: 'traefik-gateway-timeout',
    cdn: null,
    traceId: null,
  },
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
