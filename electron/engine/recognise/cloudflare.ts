import type { Matcher, PageContext } from './page-context';
import { num } from './page-context';
import { statusFromText } from './status-text';

/**
 * The branded pages (5xx, 52x, 1xxx): the "Ray ID", the "Performance & security by Cloudflare"
 * footer, "Error code 522", the older "Error reference number: 502" and "Cloudflare Location:"
 * lines, or the "What happened? / What can I do?" layout, each next to the name Cloudflare.
 */
function branded(lower: string): boolean {
  // "Ray ID" with its 16 hex digits is Cloudflare's word alone, even when the paste stops before the footer.
  if (/\bray[ -]?id:? ?[0-9a-f]{16}\b/.test(lower)) return true;
  if (!lower.includes('cloudflare')) return false;
  if (lower.includes('ray id') || lower.includes('performance & security by')) return true;
  // The weaker markers only on a page of error-page size: articles about Cloudflare quote them too.
  return (
    lower.length < 5000 &&
    (lower.includes('cloudflare location') ||
      lower.includes('error reference number') ||
      /error code:? \d{3}/.test(lower) ||
      (lower.includes('what happened?') && lower.includes('what can i do?')))
  );
}

/**
 * Cloudflare's own plain nginx-style page: "<center>cloudflare</center>" (older: "cloudflare-nginx")
 * under the status. Cloudflare wrote it, not the site's nginx.
 */
function plainFooter(p: PageContext): boolean {
  if (/<center>\s{0,4}cloudflare(?:-nginx)?\s{0,4}<\/center>/.test(p.rawLower)) return true;
  return p.lower.length < 300 && /(?:^|\s)cloudflare(?:-nginx)?$/.test(p.lower) && /\d{3}/.test(p.lower);
}

/** The code the page names: "error code: 502", "Error code 1020", "Error reference number: 502", "| 522: ". */
function pageCode(lower: string, plain: RegExpExecArray | null): number | null {
  return (
    num(plain?.[1]) ??
    num(/error code:? (\d{3,4})\b/.exec(lower)?.[1]) ??
    num(/error reference number:? ?#?(\d{3,4})\b/.exec(lower)?.[1]) ??
    num(/\berror (\d{3,4})\b/.exec(lower)?.[1]) ??
    num(/\| (\d{3}): /.exec(lower)?.[1])
  );
}

/** Cloudflare's own error pages (5xx, 52x, 1xxx), its plain-text "error code: 502" and its plain footer page. */
export const cloudflare: Matcher = (p) => {
  const plain = /^error code:? (\d{3,4})$/.exec(p.lower.length < 40 ? p.lower : '');
  const isBranded = branded(p.lower);
  const footer = !plain && !isBranded && plainFooter(p);
  if (!plain && !isBranded && !footer) return null;
  const code = footer ? null : pageCode(p.lower, plain);
  const status = p.status ?? (code !== null && code < 1000 ? code : footer ? statusFromText(p.lower) : null);
  // "Ray ID: 8a1b2c3d4e5f6789"; a pasted header value keeps its data-centre suffix ("…-FRA").
  const ray = /\bray id:? ?([0-9a-f]{16}(?:-[a-z]{3})?)\b/i.exec(p.text);
  // The page's three boxes (Browser / Cloudflare / Host) say which side failed; usually it is the host.
  const boxes = /\bcloudflare (working|error)\b.{0,200}?\bhost (working|error)\b/.exec(p.lower);
  const atEdge =
    (boxes?.[1] === 'error' && boxes[2] === 'working') || (footer && (status === 502 || status === 504));
  const shown = footer ? status : code;
  return {
    source: 'cloudflare',
    variant: `cloudflare-${shown ?? 'error'}${atEdge ? '-at-cloudflare' : ''}`,
    status,
    traceId: ray?.[1] ?? null,
  };
};
