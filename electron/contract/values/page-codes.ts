// The error codes that error pages print (Cloudflare 52x/1xxx, Heroku H-codes, Vercel codes, IIS
// sub-status codes...): one entry per code with the HTTP status it comes with and who must act.
// Each id is the recogniser's `variant` for that page; its meaning lives in the text catalogs
// (`pageCodes`, one sentence per language). Extend, never rename: the ids are public (CLI JSON).
import type { SourceId, WhoActs } from './ids';

/** One code an error page prints. */
export interface PageCode {
  /** The software or service whose code it is. */
  source: SourceId;
  /** The HTTP status the code comes with, when the page or response does not state one. */
  status: number | null;
  /** Who must act when this code is shown. */
  whoActs: WhoActs;
}

const owner = (source: SourceId, status: number | null): PageCode => ({
  source,
  status,
  whoActs: 'site-owner',
});
const you = (source: SourceId, status: number | null): PageCode => ({ source, status, whoActs: 'you' });
const proxy = (status: number | null): PageCode => ({ source: 'squid', status, whoActs: 'proxy-admin' });

export const PAGE_CODES = {
  // IIS sub-status codes and HTTP.sys
  'iis-500.30': owner('iis', 500),
  'iis-502.1': owner('iis', 502),
  'iis-502.2': owner('iis', 502),
  'iis-502.3': owner('iis', 502),
  'iis-502.4': owner('iis', 502),
  'iis-502.5': owner('iis', 502),
  'iis-502.6': owner('iis', 502),
  'iis-502.7': owner('iis', 502),
  'iis-503.0': owner('iis', 503),
  'iis-503.2': owner('iis', 503),
  'iis-http-sys-503': owner('iis', 503),
  // Cloudflare: its own 5xx pages, the 52x codes (origin trouble) and the 1xxx codes
  'cloudflare-502': owner('cloudflare', 502),
  'cloudflare-504': owner('cloudflare', 504),
  'cloudflare-502-at-cloudflare': owner('cloudflare', 502),
  'cloudflare-504-at-cloudflare': owner('cloudflare', 504),
  'cloudflare-520': owner('cloudflare', 520),
  'cloudflare-521': owner('cloudflare', 521),
  'cloudflare-522': owner('cloudflare', 522),
  'cloudflare-523': owner('cloudflare', 523),
  'cloudflare-524': owner('cloudflare', 524),
  'cloudflare-525': owner('cloudflare', 525),
  'cloudflare-526': owner('cloudflare', 526),
  'cloudflare-527': owner('cloudflare', 527),
  'cloudflare-530': owner('cloudflare', 530),
  'cloudflare-1000': owner('cloudflare', 403),
  'cloudflare-1001': owner('cloudflare', 530),
  'cloudflare-1002': owner('cloudflare', 403),
  'cloudflare-1003': you('cloudflare', 403),
  'cloudflare-1004': owner('cloudflare', 403),
  'cloudflare-1005': owner('cloudflare', 403),
  'cloudflare-1006': owner('cloudflare', 403),
  'cloudflare-1007': owner('cloudflare', 403),
  'cloudflare-1008': owner('cloudflare', 403),
  'cloudflare-1009': owner('cloudflare', 403),
  'cloudflare-1010': owner('cloudflare', 403),
  'cloudflare-1011': owner('cloudflare', 403),
  'cloudflare-1012': owner('cloudflare', 403),
  'cloudflare-1013': you('cloudflare', 409),
  'cloudflare-1014': owner('cloudflare', 403),
  'cloudflare-1015': you('cloudflare', 429),
  'cloudflare-1016': owner('cloudflare', 530),
  'cloudflare-1018': owner('cloudflare', 409),
  'cloudflare-1019': owner('cloudflare', 500),
  'cloudflare-1020': owner('cloudflare', 403),
  'cloudflare-1023': owner('cloudflare', 409),
  'cloudflare-1025': owner('cloudflare', null),
  'cloudflare-1033': owner('cloudflare', 530),
  'cloudflare-1034': owner('cloudflare', 403),
  'cloudflare-1035': owner('cloudflare', 400),
  'cloudflare-1036': owner('cloudflare', 400),
  'cloudflare-1037': owner('cloudflare', 400),
  'cloudflare-1040': owner('cloudflare', 400),
  'cloudflare-1041': owner('cloudflare', 400),
  'cloudflare-1101': owner('cloudflare', 500),
  'cloudflare-1102': owner('cloudflare', 503),
  'cloudflare-1104': you('cloudflare', null),
  'cloudflare-1106': owner('cloudflare', 403),
  'cloudflare-1200': owner('cloudflare', 503),
  // Heroku router codes
  'heroku-application-error': owner('heroku', 503),
  'heroku-h10': owner('heroku', 503),
  'heroku-h11': owner('heroku', 503),
  'heroku-h12': owner('heroku', 503),
  'heroku-h13': owner('heroku', 503),
  'heroku-h14': owner('heroku', 503),
  'heroku-h15': owner('heroku', 503),
  'heroku-h17': owner('heroku', 503),
  'heroku-h18': owner('heroku', 503),
  'heroku-h19': owner('heroku', 503),
  'heroku-h20': owner('heroku', 503),
  'heroku-h21': owner('heroku', 503),
  'heroku-h22': owner('heroku', 503),
  'heroku-h23': owner('heroku', 503),
  'heroku-h24': owner('heroku', 503),
  'heroku-h25': owner('heroku', 503),
  'heroku-h26': you('heroku', 400),
  'heroku-h27': you('heroku', 499),
  'heroku-h28': you('heroku', 499),
  'heroku-h80': owner('heroku', 503),
  'heroku-h81': owner('heroku', 503),
  'heroku-h82': owner('heroku', 503),
  'heroku-h99': owner('heroku', 503),
  'heroku-no-such-app': owner('heroku', 404),
  // Vercel error codes ("Code: NO_RESPONSE_FROM_FUNCTION")
  'vercel-no-response-from-function': owner('vercel', 502),
  'vercel-function-invocation-failed': owner('vercel', 500),
  'vercel-function-invocation-timeout': owner('vercel', 504),
  'vercel-function-throttled': owner('vercel', 503),
  'vercel-function-payload-too-large': you('vercel', 413),
  'vercel-function-response-payload-too-large': owner('vercel', 500),
  'vercel-edge-function-invocation-failed': owner('vercel', 500),
  'vercel-edge-function-invocation-timeout': owner('vercel', 504),
  'vercel-middleware-invocation-failed': owner('vercel', 500),
  'vercel-middleware-invocation-timeout': owner('vercel', 504),
  'vercel-deployment-not-found': owner('vercel', 404),
  'vercel-deployment-paused': owner('vercel', 503),
  'vercel-deployment-disabled': owner('vercel', 402),
  'vercel-deployment-blocked': owner('vercel', 403),
  'vercel-deployment-deleted': owner('vercel', 410),
  'vercel-not-found': owner('vercel', 404),
  'vercel-dns-hostname-not-found': owner('vercel', 502),
  'vercel-dns-hostname-resolve-failed': owner('vercel', 502),
  'vercel-router-cannot-match': owner('vercel', 502),
  'vercel-router-external-target-connection-error': owner('vercel', 502),
  'vercel-router-external-target-error': owner('vercel', 502),
  'vercel-infinite-loop-detected': owner('vercel', 508),
  'vercel-internal-unexpected-error': owner('vercel', 500),
  // Netlify
  'netlify-page-not-found': owner('netlify', 404),
  'netlify-site-not-found': owner('netlify', 404),
  'netlify-function-crashed': owner('netlify', 502),
  'netlify-error': owner('netlify', null),
  // Amazon API Gateway's own JSON answers
  'aws-api-gateway-internal-error': owner('aws-api-gateway', 502),
  'aws-api-gateway-timeout': owner('aws-api-gateway', 504),
  'aws-api-gateway-unavailable': owner('aws-api-gateway', 503),
  'aws-api-gateway-missing-token': owner('aws-api-gateway', 403),
  'aws-api-gateway-forbidden': owner('aws-api-gateway', 403),
  'aws-api-gateway-throttled': you('aws-api-gateway', 429),
  // Amazon load balancers
  'aws-elb-bad-gateway': owner('aws-elb', 502),
  'aws-elb-gateway-timeout': owner('aws-elb', 504),
  'aws-elb-service-unavailable': owner('aws-elb', 503),
  // Kong
  'kong-invalid-upstream-response': owner('kong', 502),
  'kong-no-peer': owner('kong', 503),
  'kong-upstream-timeout': owner('kong', 504),
  'kong-name-resolution-failed': owner('kong', 503),
  'kong-no-route': owner('kong', 404),
  'kong-rate-limited': you('kong', 429),
  // Envoy
  'envoy-upstream-connect-error': owner('envoy', 503),
  'envoy-no-healthy-upstream': owner('envoy', 503),
  'envoy-upstream-timeout': owner('envoy', 504),
  // Other proxies, caches and services
  'apache-proxy-error': owner('apache', 502),
  'apache-bad-gateway': owner('apache', 502),
  'apache-overloaded': owner('apache', 503),
  'haproxy-no-server': owner('haproxy', 503),
  'fastly-backend-is-unhealthy': owner('fastly', 503),
  'fastly-first-byte-timeout': owner('fastly', 503),
  'varnish-backend-fetch-failed': owner('varnish', 503),
  'edgeone-566': owner('edgeone', 566),
  'edgeone-567': owner('edgeone', 567),
  'azure-front-door': owner('azure', 503),
  'google-server-error': owner('google', 502),
  'google-500': owner('google', 500),
  'google-502': owner('google', 502),
  'google-503': owner('google', 503),
  'google-504': owner('google', 504),
  'google-temporary-error': owner('google', null),
  'twitter-over-capacity': owner('twitter', 503),
  'squid-err-connect-fail': proxy(503),
  'squid-err-read-timeout': proxy(504),
  'squid-err-dns-fail': proxy(503),
  'squid-err-access-denied': proxy(403),
  'squid-err-invalid-resp': proxy(502),
  'squid-err-zero-size-object': proxy(502),
  'squid-err-lifetime-exp': proxy(504),
  // Pages no product can be named for
  overloaded: owner('unknown', 503),
  'proxy-error-page': owner('unknown', 502),
  'temporary-error': owner('unknown', null),
} as const satisfies Readonly<Record<string, PageCode>>;

export type PageCodeId = keyof typeof PAGE_CODES;

/** Every page code id (public interface: the recogniser's `meaning`). */
export const PAGE_CODE_IDS = Object.keys(PAGE_CODES) as [PageCodeId, ...PageCodeId[]];

/** True when `variant` is a code with a catalog entry (and so a meaning in every language). */
export function isPageCodeId(variant: string | null): variant is PageCodeId {
  return variant !== null && Object.prototype.hasOwnProperty.call(PAGE_CODES, variant);
}

/** The catalog entry of a code. */
export function pageCode(id: PageCodeId): PageCode {
  return PAGE_CODES[id];
}
