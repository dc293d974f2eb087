import type { SourceId } from '../../contract';
import { numericStatus } from './status-text';

/** One page, prepared once: the raw body and its plain text, both capped, and what the headers say. */
export interface PageContext {
  raw: string;
  rawLower: string;
  text: string;
  lower: string;
  /** The HTTP status of the response when one is known. */
  status: number | null;
  /** The software the response headers name (`server`, or headers only it sends), if any. */
  headerSource: SourceId | null;
  /** The response headers, names lowercased (empty for a bare pasted page). */
  headers: ReadonlyMap<string, string>;
}

/** What a page signature found. */
export interface PageMatch {
  source: SourceId;
  variant: string | null;
  status: number | null;
  traceId?: string | null;
}

/** A page signature: recognises one product's pages, or returns null. */
export type Matcher = (p: PageContext) => PageMatch | null;

/** Error pages are short once tags are gone; weak word markers only count below this length. */
export const SHORT = 1500;

const REASON_SLUGS: Record<number, string> = {
  500: 'internal-server-error',
  501: 'not-implemented',
  502: 'bad-gateway',
  503: 'service-unavailable',
  504: 'gateway-timeout',
  400: 'bad-request',
  403: 'forbidden',
  404: 'not-found',
  408: 'request-timeout',
  429: 'too-many-requests',
};

/** The variant suffix for a status: 502 → "bad-gateway", null → "error". */
export function reasonSlug(status: number | null): string {
  if (status === null) return 'error';
  return REASON_SLUGS[status] ?? String(status);
}

/** "<title>502 Bad Gateway</title>" → 502. */
export function titleStatus(rawLower: string): number | null {
  const m = /<title>\s{0,10}(?:error )?([1-5]\d\d)\b/.exec(rawLower);
  return m?.[1] !== undefined ? Number(m[1]) : null;
}

/** "<title>503 Backend is unhealthy</title>" → ["503", "backend is unhealthy"]. */
export function titleReason(rawLower: string): RegExpExecArray | null {
  return /<title>\s{0,10}(\d{3}) ([a-z][a-z ]{1,60})<\/title>/.exec(rawLower);
}

/** The response status, else the one the text states, else the signature's usual one. */
export function statusOr(p: PageContext, usual: number | null): number | null {
  return p.status ?? numericStatus(p.lower) ?? usual;
}

/** A captured number, or null. */
export const num = (s: string | undefined): number | null => (s === undefined ? null : Number(s));

/** The `"message": "..."` of a small JSON error body (API gateways answer like this), lowercased. */
export function jsonMessage(p: PageContext): string | null {
  if (!p.lower.startsWith('{') || p.lower.length > 2000) return null;
  const m = /"message" ?: ?"([^"\\]{1,200})"/.exec(p.lower);
  return m?.[1]?.trim() ?? null;
}
