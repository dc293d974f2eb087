import { describe, expect, it } from 'vitest';
import type { Recognition } from '../../../electron/contract/diagnosis';
import { RecognitionSchema } from '../../../electron/contract/diagnosis';
import { explainText, recogniseResponse } from '../../../electron/engine/recognise';

type Row = [input: string, expected: Partial<Recognition>];

/** What people paste from CDN, PaaS and API-gateway error pages (text only, no headers). */
const PASTED: Row[] = [
  // Cloudflare: the lines of its pages, each alone
  [
    'Error 1020 Ray ID: 8a1b2c3d4e5f6789 • 2026-11-22 06:00:00 UTC Access denied What happened? This website is using a security service to protect itself from online attacks.',
    {
      status: 403,
      source: 'cloudflare',
      meaning: 'cloudflare-1020',
      traceId: '8a1b2c3d4e5f6789',
      whoActs: 'site-owner',
    },
  ],
  ['Ray ID: 8a1b2c3d4e5f6789', { source: 'cloudflare', traceId: '8a1b2c3d4e5f6789' }],
  [
    'Error reference number: 502\nCloudflare Location: Frankfurt',
    { status: 502, source: 'cloudflare', variant: 'cloudflare-502', cdn: 'cloudflare' },
  ],
  [
    'Error reference number: 1016\nCloudflare Location: Frankfurt',
    { status: 530, source: 'cloudflare', meaning: 'cloudflare-1016' },
  ],
  ['Error code 504\nVisit cloudflare.com for more information.', { status: 504, source: 'cloudflare' }],
  ['Error code 522', { status: 522, source: 'cloudflare', meaning: 'cloudflare-522' }],
  [
    "Connection timed out Error code 522 Visit cloudflare.com for more information. 2026-11-22 06:00:00 UTC You Browser Working Frankfurt Cloudflare Working example.com Host Error What happened? The initial connection between Cloudflare's network and the origin web server timed out. What can I do? If you're a visitor of this website: Please try again in a few minutes.",
    { status: 522, source: 'cloudflare', variant: 'cloudflare-522', whoActs: 'site-owner' },
  ],
  [
    'Error 1015 Ray ID: 0123456789abcdef • You are being rate limited',
    { status: 429, source: 'cloudflare', meaning: 'cloudflare-1015', whoActs: 'you' },
  ],
  [
    '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare-nginx</center></body></html>',
    { status: 502, source: 'cloudflare', variant: 'cloudflare-502-at-cloudflare' },
  ],
  [
    '504 Gateway Time-out\ncloudflare',
    { status: 504, source: 'cloudflare', variant: 'cloudflare-504-at-cloudflare' },
  ],
  ['Ray ID: 8a1b2c3d4e5f6789-FRA', { source: 'cloudflare', traceId: '8a1b2c3d4e5f6789-FRA' }],
  [
    'Bad gateway Error code 502 Visit cloudflare.com for more information. 2026-11-22 06:00:00 UTC You Browser Working Amsterdam Cloudflare Working example.com Host Error What happened? The web server reported a bad gateway error. What can I do? Please try again in a few minutes. Cloudflare Ray ID: 8a1b2c3d4e5f6789 • Your IP: Click to reveal 198.51.100.7 • Performance & security by Cloudflare',
    { status: 502, source: 'cloudflare', meaning: 'cloudflare-502', traceId: '8a1b2c3d4e5f6789' },
  ],
  // Google
  [
    "502. That's an error. The server encountered a temporary error and could not complete your request. Please try again in 30 seconds. That's all we know.",
    { status: 502, source: 'google', meaning: 'google-502' },
  ],
  [
    '<html><head><title>502 Server Error</title></head><body><h1>Error: Server Error</h1><h2>The server encountered a temporary error and could not complete your request.<p>Please try again in 30 seconds.</h2></body></html>',
    { status: 502, source: 'google', variant: 'google-server-error' },
  ],
  // Heroku
  [
    'Application Error An error occurred in the application and your page could not be served. Please try again in a few moments. If you are the application owner, check your logs for details.',
    { status: 503, source: 'heroku', meaning: 'heroku-application-error' },
  ],
  ['H10', { status: 503, source: 'heroku', meaning: 'heroku-h10' }],
  ['H13 - Connection closed without response', { source: 'heroku', meaning: 'heroku-h13' }],
  // Vercel
  [
    '502: BAD_GATEWAY\nCode: NO_RESPONSE_FROM_FUNCTION\nID: fra1::abcde-1234567890',
    {
      status: 502,
      source: 'vercel',
      meaning: 'vercel-no-response-from-function',
      traceId: 'fra1::abcde-1234567890',
    },
  ],
  [
    '500: INTERNAL_SERVER_ERROR Code: FUNCTION_INVOCATION_FAILED ID: iad1::x7k2m-1700000000000-0a1b2c3d4e5f',
    { status: 500, source: 'vercel', meaning: 'vercel-function-invocation-failed' },
  ],
  [
    'An error occurred with your deployment\n\nFUNCTION_INVOCATION_TIMEOUT\n\nfra1::iad1::8xk2p-1700000000000-0123456789ab',
    { status: 504, source: 'vercel', traceId: 'fra1::iad1::8xk2p-1700000000000-0123456789ab' },
  ],
  [
    '404: NOT_FOUND Code: DEPLOYMENT_NOT_FOUND ID: cdg1::sk4s8-1691493846493-9c2e5ad0e0e3 This deployment cannot be found.',
    { status: 404, source: 'vercel', meaning: 'vercel-deployment-not-found' },
  ],
  // Netlify
  [
    "Page not found Looks like you've followed a broken link or entered a URL that doesn't exist on this site. If this is your site, and you weren't expecting a 404 for this path, please visit Netlify's \"page not found\" support guide for troubleshooting tips.",
    { status: 404, source: 'netlify', meaning: 'netlify-page-not-found' },
  ],
  [
    'Site not found Looks like you followed a broken link or entered a URL that does not exist on Netlify.',
    { status: 404, source: 'netlify', meaning: 'netlify-site-not-found' },
  ],
  [
    'Looks like something went wrong! Netlify Internal ID: 01JDQ3Z9K8V7YB2X4R5T6W8N0P',
    { source: 'netlify', meaning: 'netlify-error', traceId: '01JDQ3Z9K8V7YB2X4R5T6W8N0P' },
  ],
  // API gateways and proxies
  [
    'This edge function has crashed An unhandled error in the function code triggered the following message: Uncaught TypeError Connection details Netlify internal ID: 01JDQ40AB12CD34EF56GH78JK9',
    { source: 'netlify', meaning: 'netlify-function-crashed', traceId: '01JDQ40AB12CD34EF56GH78JK9' },
  ],
  ['{"message":"Endpoint request timed out"}', { status: 504, source: 'aws-api-gateway' }],
  ['{"message": "Missing Authentication Token"}', { status: 403, source: 'aws-api-gateway' }],
  [
    'x-amzn-RequestId: 9b2f6c1e-3d4a-4b5c-8e7f-0a1b2c3d4e5f\n{"message": "Internal server error"}',
    {
      source: 'aws-api-gateway',
      meaning: 'aws-api-gateway-internal-error',
      traceId: '9b2f6c1e-3d4a-4b5c-8e7f-0a1b2c3d4e5f',
    },
  ],
  [
    '{"message":"An invalid response was received from the upstream server"}',
    { status: 502, source: 'kong', meaning: 'kong-invalid-upstream-response' },
  ],
  [
    '{\n  "message":"failure to get a peer from the ring-balancer",\n  "request_id":"a1b2c3d4e5f6a7b8c9d0"\n}',
    { status: 503, source: 'kong', traceId: 'a1b2c3d4e5f6a7b8c9d0' },
  ],
  ['Server: kong/3.6.1\n{"message":"name resolution failed"}', { status: 503, source: 'kong' }],
  ['{"message":"The upstream server is timing out"}', { status: 504, source: 'kong' }],
  [
    '<!doctype html><html><head><title>Error</title></head><body><h1>Error</h1><p>An invalid response was received from the upstream server.</p><p>request_id: 4f1d2e3c4b5a69788796a5b4c3d2e1f0</p></body></html>',
    { status: 502, source: 'kong', traceId: '4f1d2e3c4b5a69788796a5b4c3d2e1f0' },
  ],
  [
    'upstream connect error or disconnect/reset before headers. reset reason: connection failure',
    { status: 503, source: 'envoy', meaning: 'envoy-upstream-connect-error' },
  ],
  ['upstream request timeout', { status: 504, source: 'envoy', meaning: 'envoy-upstream-timeout' }],
  ['no healthy upstream', { status: 503, source: 'envoy', meaning: 'envoy-no-healthy-upstream' }],
  ['server: awselb/2.0\n502 Bad Gateway', { status: 502, source: 'aws-elb', meaning: 'aws-elb-bad-gateway' }],
];

/** Texts that look close but name no product: the source stays `unknown`, never another one's name. */
const NOT_ATTRIBUTED: Row[] = [
  ['{"message": "Internal server error"}', { status: 500, source: 'unknown' }],
  ['{"message":"name resolution failed"}', { source: 'unknown' }],
  ['Code: INVALID_REQUEST_BODY', { source: 'unknown' }],
  ['502: BAD_GATEWAY', { status: 502, source: 'unknown' }],
  ['We moved our blog from Vercel to Netlify last year and it has been fine.', { source: 'unknown' }],
  ['Application error', { source: 'unknown' }],
  [
    'H99 problems but a gateway ain’t one, said the release notes of our own tool, version 2',
    { source: 'unknown' },
  ],
];

describe('pasted CDN, PaaS and API-gateway pages', () => {
  it.each(PASTED)('%s', (input, expected) => {
    const r = RecognitionSchema.parse(explainText(input));
    expect(r).toMatchObject(expected);
    if (r.meaning !== null) expect(r.variant).toBe(r.meaning);
  });

  it.each(NOT_ATTRIBUTED)('does not attribute %s', (input, expected) => {
    expect(explainText(input)).toMatchObject({ ...expected, meaning: null });
  });
});

describe('articles about error pages', () => {
  it('are no error page: a long text that quotes Cloudflare, Vercel and Kong names none of them', () => {
    const article =
      'How we fixed our outage. What happened? Cloudflare showed Error code 522 for an hour, then our ' +
      'Vercel functions timed out and Kong logs said name resolution failed. What can I do? Read on. ' +
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(120);
    expect(explainText(article)).toMatchObject({ source: 'unknown', meaning: null });
  });
});

describe('responses from stamping hosts', () => {
  it("credits the site's own page, not the host that stamps its name on every answer", () => {
    for (const server of ['Vercel', 'Netlify', 'cloudflare']) {
      const r = recogniseResponse({
        status: 500,
        headers: { server, 'content-type': 'application/json' },
        body: '{"error":"database connection lost"}',
      });
      expect(r.source).toBe('unknown');
    }
  });

  it('credits Vercel when it says it wrote the error, and keeps its id', () => {
    const r = recogniseResponse({
      status: 502,
      headers: {
        server: 'Vercel',
        'x-vercel-error': 'NO_RESPONSE_FROM_FUNCTION',
        'x-vercel-id': 'fra1::iad1::8xk2p-1700000000000-0123456789ab',
      },
      body: '',
    });
    expect(r).toMatchObject({
      source: 'vercel',
      meaning: 'vercel-no-response-from-function',
      traceId: 'fra1::iad1::8xk2p-1700000000000-0123456789ab',
    });
  });

  it('names an nginx page behind Kong as nginx, with Kong only in the via header', () => {
    const r = recogniseResponse({
      status: 502,
      headers: { server: 'nginx/1.25.3', via: '1.1 kong/3.6.1' },
      body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.25.3</center></body></html>',
    });
    expect(r.source).toBe('nginx');
  });
});
