// What a page says about itself: its title, where it sends the browser on its own, whether it
// asks for a password, and a digest to tell identical pages apart. A sign-in portal answers
// every web address with the same page; these hints let the captive-portal check see that.
// The body is untrusted: only its first bytes are read, with a linear tag scan (no backtracking
// regex over the whole text).
import { createHash } from 'node:crypto';
import type { PageHints } from '../../contract';

/** Only the start of a page is read: titles, refreshes and sign-in forms sit near the top. */
export const PAGE_SCAN_CHARS = 64 * 1024;
const TITLE_MAX = 120;
/** The error page's own words the owner sees (Cloudflare's, nginx's, the application's). */
const SNIPPET_MAX = 600;
/** Elements whose content is not text on the page (the title is its own hint). */
const NOT_TEXT = new Set(['script', 'style', 'title', 'template']);
const TAG_MAX = 1024;
const URL_MAX = 300;

const LOGIN_WORDS =
  /\b(sign[ -]?in|log[ -]?in|login|anmeld\w*|captive|hotspot|portal|wi-?fi|access|terms|accept)\b/i;

function collapse(s: string, max = TITLE_MAX): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

/**
 * The page's visible text from its start: tags, comments, scripts and styles dropped,
 * entities of the common kinds decoded, whitespace collapsed, at most SNIPPET_MAX characters.
 * Every search starts where the last one ended, so the work is linear in the text.
 */
export function visibleText(html: string): string | null {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let kept = 0;
  let i = 0;
  while (i < html.length && kept < SNIPPET_MAX * 4) {
    const lt = html.indexOf('<', i);
    const chunk = html.slice(i, lt < 0 ? undefined : lt);
    parts.push(chunk, ' ');
    kept += chunk.length;
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const name = (
      /^([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt + 1, Math.min(gt, lt + 1 + 40)))?.[1] ?? ''
    ).toLowerCase();
    i = gt + 1;
    if (NOT_TEXT.has(name)) {
      const close = lower.indexOf(`</${name}`, i);
      if (close < 0) break;
      i = close;
    }
  }
  return collapse(parts.join(''), SNIPPET_MAX) || null;
}

/** An absolute http(s) URL for `raw` seen on the page at `base`, or null. */
function absolute(raw: string, base: string): string | null {
  const cleaned = raw.trim().replace(/^['"]|['"]$/g, '');
  if (cleaned === '' || cleaned.length > URL_MAX) return null;
  try {
    const u = new URL(cleaned, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

/** The target of `<meta http-equiv="refresh" content="0; url=...">`, or null. */
function refreshTarget(tag: string): string | null {
  if ((attr(tag, 'http-equiv') ?? '').toLowerCase() !== 'refresh') return null;
  const content = attr(tag, 'content') ?? '';
  const m = /url\s*=\s*(.+)$/i.exec(content);
  return m?.[1]?.trim() ?? null;
}

/** A script's `location = "..."`, `location.href = "..."` or `location.replace("...")` target. */
function scriptTarget(text: string): string | null {
  const m =
    /location(?:\.href)?\s{0,8}=\s{0,8}["']([^"'\s]{1,300})["']|location\.(?:replace|assign)\(\s{0,8}["']([^"'\s]{1,300})["']/.exec(
      text,
    );
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/**
 * Reads the hints of a page fetched from `url`: title, own redirect (meta refresh or script),
 * sign-in form, digest. Linear in the (capped) body length; never throws.
 */
export function pageHints(body: string, url: string): PageHints {
  const text = body.slice(0, PAGE_SCAN_CHARS);
  let title: string | null = null;
  let refresh: string | null = null;
  let password = false;
  let form = false;
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    const end = text.indexOf('>', i + 1);
    if (end < 0) break;
    const tag = text.slice(i + 1, Math.min(end, i + 1 + TAG_MAX));
    const name = (/^\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(tag)?.[1] ?? '').toLowerCase();
    if (name === 'title' && title === null && !tag.startsWith('/')) {
      const close = text.indexOf('<', end + 1);
      title = collapse(text.slice(end + 1, close < 0 ? undefined : close)) || null;
    } else if (name === 'meta' && refresh === null) {
      refresh = refreshTarget(tag);
    } else if (name === 'input' && (attr(tag, 'type') ?? '').toLowerCase() === 'password') {
      password = true;
    } else if (name === 'form') {
      form = true;
    }
    i = text.indexOf('<', end + 1);
  }
  refresh ??= scriptTarget(text);
  return {
    title,
    refreshTo: refresh === null ? null : absolute(refresh, url),
    loginForm: password || (form && title !== null && LOGIN_WORDS.test(title)),
    digest: createHash('sha256').update(body).digest('hex').slice(0, 16),
    snippet: visibleText(text),
  };
}
