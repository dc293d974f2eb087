/** Only the first 256 KiB of a body is ever looked at (the site probe caps bodies the same way). */
export const BODY_LIMIT = 256 * 1024;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: "'",
  lsquo: "'",
  rdquo: '"',
  ldquo: '"',
  ndash: '-',
  mdash: '-',
  hellip: '...',
  bull: '*',
  middot: '*',
};

/** Cut to the limit, then drop NUL and other C0 controls that binary bodies bring along. */
export function capText(text: string, limit = BODY_LIMIT): string {
  const cut = text.length > limit ? text.slice(0, limit) : text;
  // Binary bodies: control characters become spaces (a character class only, one pass).
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return cut.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/g, ' ');
}

/**
 * Removes HTML tags, <script>/<style> contents and comments with a single forward scan.
 * A hand-written scanner (instead of /<[^>]*>/) keeps it linear even on "<<<<<..." input.
 */
function stripTags(html: string): string {
  const out: string[] = [];
  let i = 0;
  const n = html.length;
  let skipUntil: string | null = null;
  while (i < n) {
    if (skipUntil !== null) {
      const end = html.indexOf(skipUntil, i);
      if (end < 0) break;
      i = end;
      skipUntil = null;
      continue;
    }
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    // Only treat "<" as a tag when a letter, "/", "!" or "?" follows; "a < b" stays text.
    const next = html.charCodeAt(lt + 1);
    const isTag =
      (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 47 || next === 33 || next === 63;
    if (!isTag) {
      out.push('<');
      i = lt + 1;
      continue;
    }
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) break;
      i = end + 3;
      out.push(' ');
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const name = html.slice(lt + 1, Math.min(gt, lt + 8)).toLowerCase();
    if (name.startsWith('script')) skipUntil = '</script';
    else if (name.startsWith('style')) skipUntil = '</style';
    i = gt + 1;
    out.push(' ');
  }
  return out.join('');
}

/** Decodes numeric and common named entities (Akamai writes "Reference&#32;&#35;..."). */
function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        return ' ';
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Plain text of a page: tags gone, entities decoded, quotes straightened, spaces collapsed. */
export function pageText(body: string): string {
  const looksHtml = body.includes('<') && body.includes('>');
  const text = decodeEntities(looksHtml ? stripTags(body) : body);
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A short lowercase id fragment: "Backend is unhealthy" -> "backend-is-unhealthy". */
export function slug(text: string, max = 40): string {
  return text
    .toLowerCase()
    .slice(0, max * 2)
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
}
