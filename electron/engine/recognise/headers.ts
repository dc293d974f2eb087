import type { SourceId } from '../../contract';

/** What the response headers say about the layers in front of the site. */
export interface HeaderFacts {
  /** The CDN / edge network in front of the site, when its headers are present. */
  cdn: SourceId | null;
  /** The id the CDN's support desk asks for (ray id, request id, reference). */
  traceId: string | null;
  /** Software named by `server` (or an equivalent header): the last layer that answered. */
  server: SourceId | null;
  /** Finer hint from headers alone (for example Squid's X-Squid-Error code). */
  hint: string | null;
  /** The request id of a platform or API gateway (Vercel, Netlify, AWS, Kong) its support asks for. */
  requestId: string | null;
  /** The error code a platform names in a header (Vercel's `x-vercel-error`, AWS's `x-amzn-errortype`). */
  errorCode: string | null;
}

const MAX_HEADER_VALUE = 512;

/** Lowercases names, trims and caps values (headers from a paste can be anything). */
export function normaliseHeaders(headers: Record<string, string> | null | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof headers !== 'object' || headers === null) return out;
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value !== 'string') continue;
    const key = name.trim().toLowerCase();
    if (key.length === 0 || key.length > 100) continue;
    const v = value.slice(0, MAX_HEADER_VALUE).trim();
    const prev = out.get(key);
    out.set(key, prev === undefined ? v : `${prev}, ${v}`);
  }
  return out;
}

function hasPrefix(h: Map<string, string>, prefix: string): boolean {
  for (const key of h.keys()) if (key.startsWith(prefix)) return true;
  return false;
}

/**
 * A trace id is shown to people and put in reports (HTML, Markdown, mail): keep it short and made
 * of the characters real ids use (letters, digits, `. _ : = + / , -` and spaces), so a hostile
 * server cannot smuggle markup (`<script>`, `[x](javascript:…)`) into a report through it.
 */
export function cleanId(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const v = value
    .slice(0, 1000)
    .replace(/[^A-Za-z0-9._:=+/, -]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  return v.length > 0 ? v : null;
}

// Which software a `server` header names: first match wins, so order matters.
const SERVER_NEEDLES: readonly [string, SourceId][] = [
  ['cloudflare', 'cloudflare'],
  ['cloudfront', 'cloudfront'],
  ['akamai', 'akamai'],
  ['edgeone', 'edgeone'],
  ['microsoft-azure-application-gateway', 'azure'],
  ['azure', 'azure'],
  ['awselb', 'aws-elb'],
  ['microsoft-iis', 'iis'],
  ['microsoft-httpapi', 'iis'],
  ['envoy', 'envoy'],
  ['caddy', 'caddy'],
  ['lighttpd', 'lighttpd'],
  ['squid', 'squid'],
  ['haproxy', 'haproxy'],
  ['traefik', 'traefik'],
  ['varnish', 'varnish'],
  ['openresty', 'nginx'],
  ['tengine', 'nginx'],
  ['nginx', 'nginx'],
  ['apache', 'apache'],
  ['gfe', 'google'],
  ['google frontend', 'google'],
  ['esf', 'google'],
  ['heroku', 'heroku'],
  ['vercel', 'vercel'],
  ['netlify', 'netlify'],
  ['kong', 'kong'],
  ['tsa_', 'twitter'],
];

/** Which software the `server` header names (first match wins; order matters). */
function serverSource(server: string): SourceId | null {
  const s = server.toLowerCase();
  // Short needles ('gfe', 'esf', 'kong', 'tsa_') only count at the start, so they cannot hit inside other names.
  for (const [needle, source] of SERVER_NEEDLES)
    if (needle.length < 5 ? s.startsWith(needle) : s.includes(needle)) return source;
  return null;
}

/** Reads CDN, trace id and server software from response headers. Never throws. */
export function readHeaders(h: Map<string, string>): HeaderFacts {
  const get = (name: string): string => h.get(name) ?? '';
  const server = get('server');
  const via = get('via').toLowerCase();
  const xCache = get('x-cache').toLowerCase();
  const servedBy = get('x-served-by').toLowerCase();
  let cdn: SourceId | null = null;
  let traceId: string | null = null;

  if (h.has('cf-ray') || /^cloudflare/i.test(server) || h.has('cf-cache-status')) {
    cdn = 'cloudflare';
    traceId = cleanId(h.get('cf-ray'));
  } else if (
    h.has('x-amz-cf-id') ||
    h.has('x-amz-cf-pop') ||
    via.includes('cloudfront') ||
    xCache.includes('cloudfront') ||
    /^cloudfront/i.test(server)
  ) {
    cdn = 'cloudfront';
    traceId = cleanId(h.get('x-amz-cf-id'));
  } else if (
    h.has('x-fastly-request-id') ||
    hasPrefix(h, 'fastly-') ||
    /(^|[\s,])cache-[a-z0-9]{3,}-[a-z]{3}/.test(servedBy)
  ) {
    cdn = 'fastly';
    traceId = cleanId(h.get('x-fastly-request-id')) ?? cleanId(h.get('x-served-by'));
  } else if (
    hasPrefix(h, 'x-akamai') ||
    hasPrefix(h, 'akamai-') ||
    /akamai/i.test(server) ||
    xCache.includes('akamaitechnologies')
  ) {
    cdn = 'akamai';
    traceId =
      cleanId(h.get('akamai-grn')) ??
      cleanId(h.get('x-akamai-request-id')) ??
      cleanId(h.get('x-akamai-session-info'));
  } else if (h.has('eo-log-uuid') || hasPrefix(h, 'eo-') || /edgeone/i.test(server)) {
    cdn = 'edgeone';
    traceId = cleanId(h.get('eo-log-uuid'));
  } else if (h.has('x-azure-ref') || h.has('x-msedge-ref') || h.has('x-fd-int-roxy-purgeid')) {
    cdn = 'azure';
    traceId = cleanId(h.get('x-azure-ref')) ?? cleanId(h.get('x-msedge-ref'));
  } else if (/(^|,\s?)1\.1 google\b/.test(via)) {
    cdn = 'google';
  }

  let serverId = server.length > 0 ? serverSource(server) : null;
  if (serverId === null) {
    if (h.has('x-varnish') || via.includes('varnish')) serverId = cdn === 'fastly' ? 'fastly' : 'varnish';
    else if (hasPrefix(h, 'x-envoy-')) serverId = 'envoy';
    else if (via.includes('vegur') || h.has('heroku-request-id')) serverId = 'heroku';
    else if (h.has('x-vercel-id') || h.has('x-vercel-error')) serverId = 'vercel';
    else if (h.has('x-nf-request-id')) serverId = 'netlify';
    else if (hasPrefix(h, 'x-kong-') || /(^|[\s,])kong\//.test(via)) serverId = 'kong';
    else if (h.has('x-amz-apigw-id') || h.has('apigw-requestid') || h.has('x-amzn-errortype'))
      serverId = 'aws-api-gateway';
    else if (h.has('x-squid-error') || /squid/.test(via) || /from [^\s]{1,100} \(squid/.test(xCache))
      serverId = 'squid';
  }
  const squidError = /^(ERR_[A-Z_]{2,40})/.exec(get('x-squid-error'));
  const requestId =
    cleanId(h.get('x-vercel-id')) ??
    cleanId(h.get('x-nf-request-id')) ??
    cleanId(h.get('x-amzn-requestid')) ??
    cleanId(h.get('apigw-requestid')) ??
    cleanId(h.get('x-kong-request-id'));
  // "ForbiddenException:http://internal.amazon.com/coral/..." names the type before the first colon.
  const errorCode = /^([A-Za-z][A-Za-z0-9_]{2,60})/.exec(get('x-vercel-error') || get('x-amzn-errortype'));
  return {
    cdn,
    traceId,
    server: serverId,
    hint: squidError?.[1] ?? null,
    requestId,
    errorCode: errorCode?.[1] ?? null,
  };
}
