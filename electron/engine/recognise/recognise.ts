import { isCdnSource, isPageCodeId, pageCode } from '../../contract';
import type { Recognition, SourceId } from '../../contract';
import { normaliseHeaders, readHeaders } from './headers';
import type { HeaderFacts } from './headers';
import { headersInText, parseRawResponse, withoutHeaderLines } from './raw-response';
import type { PageContext, PageMatch } from './page-context';
import { matchPage } from './signatures';
import { statusFromText } from './status-text';
import { BODY_LIMIT, capText, pageText, slug } from './text';
import { buildSummary, whoActsFor } from './summary';
import { matchBrowserError } from './browser-errors';

/** What the site probe hands over: status (null when no HTTP answer), headers, body (any size). */
export interface ResponseInput {
  status: number | null;
  headers: Record<string, string>;
  body: string;
}

const STATUS_TEXT: Record<string, number> = {
  'bad gateway': 502,
  'gateway timeout': 504,
  'service unavailable': 503,
  'internal server error': 500,
};

function reasonVariant(source: SourceId, status: number | null): string | null {
  if (source === 'unknown') return null;
  const names: Record<number, string> = {
    500: 'internal-server-error',
    502: 'bad-gateway',
    503: 'service-unavailable',
    504: 'gateway-timeout',
  };
  return `${source}-${status === null ? 'error' : (names[status] ?? String(status))}`;
}

/** Edges and hosts whose name is in the `server` header of every answer, the site's own pages too. */
const STAMPS_EVERY_ANSWER: ReadonlySet<SourceId> = new Set(['cloudflare', 'vercel', 'netlify']);

/** Platforms and API gateways whose own request id (header or page) is what their support asks for. */
const OWN_ID_SOURCES: ReadonlySet<SourceId> = new Set(['vercel', 'netlify', 'aws-api-gateway', 'kong']);

/** The id support desks ask for: the CDN's, or the platform's own when the platform wrote the page. */
function pickTraceId(
  source: SourceId,
  cdn: SourceId | null,
  match: PageMatch | null,
  facts: HeaderFacts,
): string | null {
  const page = match?.traceId ?? null;
  if (OWN_ID_SOURCES.has(source)) return facts.requestId ?? page ?? facts.traceId;
  // Akamai and Fastly support want the id printed on the page; elsewhere the header id is the complete one.
  if (cdn === 'akamai' || cdn === 'fastly') return page ?? facts.traceId;
  return facts.traceId ?? page ?? (source === 'unknown' ? null : facts.requestId);
}

function validStatus(status: number | null): number | null {
  return status !== null && Number.isInteger(status) && status >= 100 && status <= 999 ? status : null;
}

function recognise(input: ResponseInput, fromResponse: boolean): Recognition {
  const headers = normaliseHeaders(input.headers);
  const facts = readHeaders(headers);
  const raw = capText(typeof input.body === 'string' ? input.body : '');
  const text = pageText(raw);
  const ctx: PageContext = {
    raw,
    rawLower: raw.toLowerCase(),
    text,
    lower: text.toLowerCase(),
    status: validStatus(input.status),
    headerSource: facts.server,
    headers,
  };
  let match: PageMatch | null = matchPage(ctx);

  // Traefik answers with the bare reason phrase as text/plain; Go's own proxy sends an empty body.
  if (match === null && fromResponse && facts.server === null) {
    const plain = STATUS_TEXT[ctx.lower];
    const type = (headers.get('content-type') ?? '').toLowerCase();
    if (plain !== undefined && type.startsWith('text/plain'))
      match = { source: 'traefik', variant: null, status: plain };
  }

  const matched = match?.variant ?? null;
  const usual = isPageCodeId(matched) ? pageCode(matched).status : null;
  const status = ctx.status ?? match?.status ?? usual ?? (fromResponse ? null : statusFromText(ctx.lower));
  // A browser's own error screen ("ERR_CONNECTION_REFUSED") means no HTTP answer arrived at all.
  if (!fromResponse && match === null && status === null) {
    const browser = matchBrowserError(ctx.lower);
    if (browser !== null) {
      return {
        status: null,
        source: 'unknown',
        variant: browser.variant,
        cdn: facts.cdn,
        traceId: facts.traceId,
        whoActs: browser.whoActs,
        summary: browser.summary,
        meaning: null,
      };
    }
  }
  let source: SourceId = match?.source ?? facts.server ?? 'unknown';
  // Cloudflare, Vercel and Netlify stamp their name on every answer's `server` header and their own
  // pages are recognised above, so an unrecognised page with that header came from the site itself
  // (52x codes are Cloudflare's own).
  if (
    match === null &&
    STAMPS_EVERY_ANSWER.has(source) &&
    ctx.lower.length > 0 &&
    (source !== 'cloudflare' || status === null || status < 520 || status > 530)
  )
    source = 'unknown';
  let variant = match?.variant ?? null;
  if (variant === null && source === 'squid' && facts.hint !== null) variant = `squid-${slug(facts.hint)}`;
  if (variant === null && source === 'unknown') {
    if (ctx.lower.includes('proxy error')) variant = 'proxy-error-page';
    else if (/temporary error \(\d{3}\)/.test(ctx.lower)) variant = 'temporary-error';
  }
  // A pasted `server:` line names the source as well as a response does.
  if (variant === null && (match !== null || fromResponse || facts.server !== null))
    variant = reasonVariant(source, status);
  const cdn = facts.cdn ?? (isCdnSource(source) ? source : null);
  const whoActs = whoActsFor(status, source, variant);
  const base = { status, source, variant, cdn, traceId: pickTraceId(source, cdn, match, facts), whoActs };
  return { ...base, summary: buildSummary(base), meaning: isPageCodeId(variant) ? variant : null };
}

function unrecognised(): Recognition {
  const base = {
    status: null,
    source: 'unknown' as const,
    variant: null,
    cdn: null,
    traceId: null,
    whoActs: 'unknown' as const,
  };
  return { ...base, summary: buildSummary(base), meaning: null };
}

/**
 * Recognises an HTTP response: which software or service wrote the error, which CDN is in front,
 * the CDN's trace id, and who must act. Looks at the first 256 KiB of the body only; never throws.
 */
export function recogniseResponse(input: ResponseInput): Recognition {
  try {
    return recognise(input, true);
  } catch {
    return unrecognised();
  }
}

/**
 * Recognises what a user pasted: a whole raw response (status line, headers, body), an error page,
 * a code ("502.3", "0x80244021", "H12") or a phrase ("HTTP Error 502"). Never throws.
 */
export function explainText(text: string): Recognition {
  try {
    const capped = typeof text === 'string' ? text.slice(0, BODY_LIMIT + 64 * 1024) : '';
    if (capped.trim().length === 0) return unrecognised();
    const raw = parseRawResponse(capped);
    if (raw !== null) return recognise(raw, true);
    const headers = headersInText(capped);
    const body = Object.keys(headers).length > 0 ? withoutHeaderLines(capped) : capped;
    return recognise({ status: null, headers, body }, false);
  } catch {
    return unrecognised();
  }
}
