import { describe, expect, it } from 'vitest';
import { RecognitionSchema } from '../../../electron/contract/diagnosis';
import { explainText, recogniseResponse } from '../../../electron/engine/recognise';

describe('recogniser basics', () => {
  it('recognises an nginx 502 page', () => {
    const r = recogniseResponse({
      status: 502,
      headers: { Server: 'nginx/1.22.1' },
      body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n',
    });
    expect(RecognitionSchema.parse(r)).toMatchObject({
      status: 502,
      source: 'nginx',
      variant: 'nginx-bad-gateway',
      cdn: null,
      whoActs: 'site-owner',
    });
  });

  it('explains an IIS sub-code and reads a pasted raw response', () => {
    expect(explainText('HTTP Error 502.3 - Bad Gateway')).toMatchObject({
      status: 502,
      source: 'iis',
      variant: 'iis-502.3',
    });
    expect(
      explainText('HTTP/1.1 502 Bad Gateway\r\nServer: cloudflare\r\nCF-RAY: 8abc123def456789-AMS\r\n\r\n'),
    ).toMatchObject({
      status: 502,
      source: 'cloudflare',
      cdn: 'cloudflare',
      traceId: '8abc123def456789-AMS',
    });
  });

  it('credits an unrecognised page behind Cloudflare to the site, not to Cloudflare', () => {
    const r = recogniseResponse({
      status: 502,
      headers: { server: 'cloudflare', 'cf-ray': '8abc123def456789-AMS' },
      body: '<h1>Our shop is taking a break</h1>',
    });
    expect(r).toMatchObject({
      status: 502,
      source: 'unknown',
      variant: null,
      cdn: 'cloudflare',
      traceId: '8abc123def456789-AMS',
      whoActs: 'site-owner',
    });
    expect(r.summary).toMatch(/behind Cloudflare/);
    // 52x codes only ever come from Cloudflare itself.
    expect(
      recogniseResponse({ status: 521, headers: { server: 'cloudflare' }, body: '<p>down</p>' }).source,
    ).toBe('cloudflare');
  });

  it('reads the CDN from via, x-cache and x-served-by', () => {
    expect(
      recogniseResponse({ status: 503, headers: { via: '1.1 0a1b.cloudfront.net (CloudFront)' }, body: '' })
        .cdn,
    ).toBe('cloudfront');
    expect(
      recogniseResponse({
        status: 503,
        headers: { 'x-cache': 'TCP_MISS from a23-1-2-3.deploy.akamaitechnologies.com (AkamaiGHost/22.1)' },
        body: '',
      }).cdn,
    ).toBe('akamai');
    expect(
      recogniseResponse({ status: 503, headers: { 'x-served-by': 'cache-fra-eddf8230077-FRA' }, body: '' }),
    ).toMatchObject({ cdn: 'fastly', traceId: 'cache-fra-eddf8230077-FRA' });
    expect(recogniseResponse({ status: 502, headers: { via: '1.1 google' }, body: '' }).cdn).toBe('google');
    expect(recogniseResponse({ status: 502, headers: { 'X-Azure-Ref': '0abc' }, body: '' })).toMatchObject({
      cdn: 'azure',
      traceId: '0abc',
    });
    expect(
      recogniseResponse({ status: 502, headers: { 'EO-LOG-UUID': '123', server: 'nginx' }, body: '' }),
    ).toMatchObject({ cdn: 'edgeone', source: 'nginx', traceId: '123' });
    expect(recogniseResponse({ status: 200, headers: { server: 'nginx' }, body: 'ok' })).toMatchObject({
      cdn: null,
      whoActs: 'you',
    });
  });

  it('writes summaries that say who acts in plain words', () => {
    const ok = recogniseResponse({ status: 200, headers: {}, body: '<p>hello</p>' });
    expect(ok.summary).toMatch(/not a server error/);
    expect(explainText('HTTP Error 502').summary).toMatch(
      /^A server on the way, most often the site's own gateway, passed your request on but got no usable answer back/,
    );
    expect(
      explainText('ERROR The requested URL could not be retrieved (ERR_CONNECT_FAIL) squid').summary,
    ).toMatch(/proxy could not connect/);
    for (const text of ['502', '504', '503', '500', 'error code: 522', '0x80244021', 'HTTP Error 502.5']) {
      const s = explainText(text).summary;
      expect(s.split(/(?<=\.) /).length).toBeLessThanOrEqual(3);
      expect(s).not.toMatch(/undefined|null|NaN/);
    }
  });
});

describe('recogniser guards', () => {
  it('does not read short server names inside longer ones', () => {
    expect(recogniseResponse({ status: 502, headers: { server: 'guesfish' }, body: '' }).source).toBe(
      'unknown',
    );
    expect(recogniseResponse({ status: 502, headers: { server: 'ESF' }, body: '' }).source).toBe('google');
    expect(recogniseResponse({ status: 503, headers: { server: 'istio-envoy' }, body: '' }).source).toBe(
      'envoy',
    );
  });

  it('ignores a long article that merely mentions EdgeOne', () => {
    const article = `What is a 502 Bad Gateway error? ${'Lots of words about servers and gateways. '.repeat(80)} About us: Tencent EdgeOne provides acceleration.`;
    expect(explainText(article).source).not.toBe('edgeone');
  });
});

describe('Cloudflare status boxes', () => {
  it('notices when the page blames Cloudflare itself rather than the host', () => {
    const page =
      '<title>example.com | 502: Bad gateway</title><h1>Bad gateway</h1><span>Error code 502</span>' +
      '<div>You</div><h3>Browser</h3><span>Working</span><div>Frankfurt</div><h3>Cloudflare</h3><span>Error</span>' +
      '<div>example.com</div><h3>Host</h3><span>Working</span><p>Cloudflare Ray ID: <strong>0123456789abcdef</strong></p>';
    const r = recogniseResponse({
      status: 502,
      headers: { server: 'cloudflare', 'cf-ray': '0123456789abcdef-FRA' },
      body: page,
    });
    expect(r).toMatchObject({
      source: 'cloudflare',
      variant: 'cloudflare-502-at-cloudflare',
      cdn: 'cloudflare',
    });
    expect(r.summary).toMatch(/its own network/);
    const hostDown = page
      .replace('<span>Error</span>', '<span>Working</span>')
      .replace('<h3>Host</h3><span>Working</span>', '<h3>Host</h3><span>Error</span>');
    expect(recogniseResponse({ status: 502, headers: {}, body: hostDown }).variant).toBe('cloudflare-502');
  });
});
