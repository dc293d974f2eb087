import { isPageCodeId, pageCode } from '../../contract';
import { cleanId } from './headers';
import type { Matcher, PageContext, PageMatch } from './page-context';
import { jsonMessage, reasonSlug, SHORT, statusOr } from './page-context';
import { slug } from './text';

/** A match whose status falls back to the code's usual one from the catalog. */
function withCode(p: PageContext, source: PageMatch['source'], variant: string, traceId: string | null) {
  const usual = isPageCodeId(variant) ? pageCode(variant).status : null;
  return { source, variant, status: statusOr(p, usual), traceId };
}

/** Vercel's own sentences on its plain-text error answers (what `curl` shows). */
const VERCEL_PHRASES =
  /\ban error occurred with your deployment\b|\ba server error has occurred\b|\bthe deployment could not be found on vercel\b|\bthis deployment cannot be found\b/;

/** A region-prefixed request id: "fra1::abcde-1234567890", "fra1::iad1::8xk2p-1700000000000-0123456789ab". */
const VERCEL_ID =
  /(?:^|[\s:`>(])([a-z]{3}\d(?:::[a-z]{3}\d){0,3}::[a-z0-9]{3,12}(?:-[a-z0-9]{1,40}){1,4})(?![\w:])/;

/** Vercel's code: "Code: NO_RESPONSE_FROM_FUNCTION", else the first bare SCREAMING_SNAKE word that is no "502: BAD_GATEWAY" head. */
function vercelCode(text: string): string | null {
  const labelled = /\bCode: ?`?([A-Z][A-Z0-9]{1,30}(?:_[A-Z0-9]{1,30}){1,8})\b/.exec(text);
  if (labelled?.[1] !== undefined) return labelled[1];
  let seen = 0;
  for (const m of text.matchAll(/(?<!\d{3}: ?)(?<!\w)([A-Z][A-Z0-9]{1,30}(?:_[A-Z0-9]{1,30}){1,8})\b/g)) {
    if (++seen > 20) break;
    if (m[1] !== undefined) return m[1];
  }
  return null;
}

/**
 * Vercel's error pages: "502: BAD_GATEWAY", "Code: NO_RESPONSE_FROM_FUNCTION",
 * "ID: fra1::abcde-1234567890", or the plain-text answer (a sentence, the code, the id).
 */
export const vercel: Matcher = (p) => {
  const id = VERCEL_ID.exec(p.text);
  const head = /(?:^|\s)([45]\d\d): ?[A-Z]{2,20}(?:_[A-Z]{2,20}){0,4}\b/.exec(p.text);
  const fromHeader = p.headerSource === 'vercel' ? p.headers.get('x-vercel-error') : undefined;
  const header = fromHeader !== undefined && /^[A-Z][A-Z0-9_]{2,80}$/.test(fromHeader) ? fromHeader : null;
  const named = p.headerSource === 'vercel' || (p.lower.length < SHORT && /\bvercel\b/.test(p.lower));
  // The region-prefixed id, the x-vercel-error header and Vercel's own sentences are Vercel's alone;
  // the "502: BAD_GATEWAY" head line counts where the headers or the page name Vercel.
  const strong = id !== null || header !== null || VERCEL_PHRASES.test(p.lower);
  if (!strong && !(head !== null && named)) return null;
  const code = header ?? (p.lower.length < SHORT * 4 ? vercelCode(p.text) : null);
  if (code === null && !(strong && (head !== null || named))) return null;
  const variant = code !== null ? `vercel-${slug(code.replace(/_/g, '-'), 60)}` : 'vercel-error';
  return withCode(p, 'vercel', variant, cleanId(id?.[1]));
};

/** Netlify's pages: "Page not found", "Site not found", "This function has crashed", "Netlify Internal ID: 01H...". */
export const netlify: Matcher = (p) => {
  const id = /\bnetlify internal id:? ?([0-9a-z]{20,40})\b/i.exec(p.text);
  const named = p.headerSource === 'netlify' || (p.lower.length < SHORT * 2 && /\bnetlify\b/.test(p.lower));
  if (id === null && !named) return null;
  let variant: string | null = null;
  if (/\bsite not found\b/.test(p.lower)) variant = 'netlify-site-not-found';
  else if (/\bpage not found\b/.test(p.lower)) variant = 'netlify-page-not-found';
  else if (/\bfunction has crashed\b|\bfunction crashed\b/.test(p.lower))
    variant = 'netlify-function-crashed';
  else if (/\blooks like something went wrong\b/.test(p.lower)) variant = 'netlify-error';
  // The bare word "Netlify" (a page hosted there, an article) is no Netlify error page.
  if (variant === null && id === null) return null;
  return withCode(p, 'netlify', variant ?? `netlify-${reasonSlug(p.status)}`, cleanId(id?.[1]));
};

/** Amazon API Gateway's own JSON messages; the last two only it sends, the others need its headers. */
const API_GATEWAY: readonly [message: string, variant: string, distinctive: boolean][] = [
  ['endpoint request timed out', 'aws-api-gateway-timeout', true],
  ['missing authentication token', 'aws-api-gateway-missing-token', true],
  ['internal server error', 'aws-api-gateway-internal-error', false],
  ['service unavailable', 'aws-api-gateway-unavailable', false],
  ['forbidden', 'aws-api-gateway-forbidden', false],
  ['too many requests', 'aws-api-gateway-throttled', false],
  ['limit exceeded', 'aws-api-gateway-throttled', false],
  ['rate exceeded', 'aws-api-gateway-throttled', false],
];

/** `{"message": "Endpoint request timed out"}` and friends, with `x-amzn-RequestId` / `x-amz-apigw-id`. */
export const apiGateway: Matcher = (p) => {
  const message = jsonMessage(p);
  if (message === null) return null;
  const aws =
    p.headerSource === 'aws-api-gateway' ||
    (p.headerSource === null && (p.headers.has('x-amzn-requestid') || p.headers.has('x-amzn-errortype')));
  for (const [needle, variant, distinctive] of API_GATEWAY) {
    if (message === needle && (aws || distinctive)) return withCode(p, 'aws-api-gateway', variant, null);
  }
  return null;
};

/** Kong's own messages (JSON or plain), with its `request_id` when Kong 3.x prints one. */
const KONG: readonly [message: string, variant: string, distinctive: boolean][] = [
  ['an invalid response was received from the upstream server', 'kong-invalid-upstream-response', true],
  ['failure to get a peer from the ring-balancer', 'kong-no-peer', true],
  ['the upstream server is timing out', 'kong-upstream-timeout', true],
  ['no route matched with those values', 'kong-no-route', true],
  ['name resolution failed', 'kong-name-resolution-failed', false],
  ['api rate limit exceeded', 'kong-rate-limited', false],
];

/** Kong gateway pages: `{"message":"failure to get a peer from the ring-balancer"}`, `Server: kong/3.x`. */
export const kong: Matcher = (p) => {
  if (p.lower.length > SHORT) return null;
  const named = p.headerSource === 'kong' || /\bkong\/\d/.test(p.lower);
  for (const [needle, variant, distinctive] of KONG) {
    if (!p.lower.includes(needle) || !(named || distinctive)) continue;
    const id = /\brequest_id"? ?: ?"?([0-9a-z-]{8,80})/.exec(p.lower);
    return withCode(p, 'kong', variant, cleanId(id?.[1]));
  }
  return null;
};
