import { isCredentialName } from '../http/credential-names';
import { charMix, isAlpha, isAlnum, isPlaceholder, isStop, replaceRuns, RUNS } from './text-scan';
import type { Emit } from './text-scan';

export { isCredentialName };

/**
 * Secrets in web addresses: user name and password before `@`, query values, fragments and
 * key-like path segments. Credential-named parameters (token, key, password…) count as
 * credentials, so they stay hidden even when query values are shown.
 */

// Query parameters that carry one-time secrets under plain names (OAuth codes and states).
const CREDENTIAL_PARAMS: ReadonlySet<string> = new Set(['code', 'state', 'nonce', 'ticket', 'hash']);

function isCredentialParam(name: string): boolean {
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // A broken escape is still a name; judge it as written.
  }
  return isCredentialName(decoded) || CREDENTIAL_PARAMS.has(decoded.toLowerCase());
}

const JWT = /^eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a JSON Web Token (three base64url parts, the first two JSON objects). */
export function isJwt(s: string): boolean {
  return s.length >= 20 && s.length <= 16384 && JWT.test(s);
}

/**
 * True for a path segment that looks like a key rather than a name: a UUID, 24+ hex digits,
 * or 20+ base64url characters mixing upper case, lower case and digits (slugs and words do not).
 */
export function isTokenSegment(seg: string): boolean {
  if (seg.length < 20) return seg.length === 36 && UUID.test(seg);
  if (seg.length > 4096) return true;
  if (UUID.test(seg)) return true;
  if (/^[0-9a-f]+$/i.test(seg)) return seg.length >= 24 && /\d/.test(seg) && /[a-f]/i.test(seg);
  if (!/^[A-Za-z0-9_~=-]+$/.test(seg)) return false;
  const mix = charMix(seg);
  return mix.digits >= 2 && mix.upper >= 2 && mix.lower >= 2;
}

function redactPairs(part: string, emit: Emit): string {
  return part
    .split('&')
    .map((pair) => {
      if (pair === '' || pair === 'amp;') return pair;
      const eq = pair.indexOf('=');
      if (eq < 0) return isPlaceholder(pair) ? pair : emit('query', pair, pair);
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value === '' || isPlaceholder(value)) return pair;
      return `${name}=${emit(isCredentialParam(name.replace(/^amp;/, '')) ? 'credential' : 'query', value, value)}`;
    })
    .join('&');
}

function redactFragment(fragment: string, emit: Emit): string {
  if (fragment === '' || isPlaceholder(fragment)) return fragment;
  // OAuth puts access tokens in the fragment: a credential-named pair makes the fragment a credential.
  const credential = fragment
    .split('&')
    .some((p) => p.includes('=') && isCredentialParam(p.slice(0, p.indexOf('='))));
  return emit(credential ? 'credential' : 'query', fragment, fragment);
}

function redactPath(path: string, emit: Emit): string {
  if (path.length < 20) return path;
  return path
    .split('/')
    .map((seg) => {
      if (seg === '' || isPlaceholder(seg)) return seg;
      if (isJwt(seg)) return emit('credential', seg, seg);
      return isTokenSegment(seg) ? emit('query', seg, seg) : seg;
    })
    .join('/');
}

/** Redacts path, query and fragment of the part of a URL after its authority. */
export function redactUrlTail(tail: string, emit: Emit): string {
  const hashAt = tail.indexOf('#');
  const beforeHash = hashAt >= 0 ? tail.slice(0, hashAt) : tail;
  const qAt = beforeHash.indexOf('?');
  const path = qAt >= 0 ? beforeHash.slice(0, qAt) : beforeHash;
  let out = redactPath(path, emit);
  if (qAt >= 0) out += `?${redactPairs(beforeHash.slice(qAt + 1), emit)}`;
  if (hashAt >= 0) out += `#${redactFragment(tail.slice(hashAt + 1), emit)}`;
  return out;
}

/** One absolute URL (`scheme://…`, no trailing sentence punctuation). */
export function redactUrl(url: string, emit: Emit): string {
  const sep = url.indexOf('://');
  if (sep < 0) return url;
  const head = url.slice(0, sep + 3);
  const rest = url.slice(sep + 3);
  let authorityEnd = rest.length;
  for (const ch of ['/', '?', '#']) {
    const at = rest.indexOf(ch);
    if (at >= 0 && at < authorityEnd) authorityEnd = at;
  }
  let authority = rest.slice(0, authorityEnd);
  const at = authority.lastIndexOf('@');
  if (at > 0) {
    const userinfo = authority.slice(0, at);
    authority = `${isPlaceholder(userinfo) ? userinfo : emit('credential', userinfo, userinfo)}${authority.slice(at)}`;
  }
  return head + authority + redactUrlTail(rest.slice(authorityEnd), emit);
}

const isSchemeChar = (c: number): boolean => isAlnum(c) || c === 43 || c === 46 || c === 45;
const TRAILING_PUNCT = new Set(['.', ',', ';', ':', '!', '?', ')']);

function splitTrailing(s: string): [string, string] {
  let end = s.length;
  while (end > 0 && TRAILING_PUNCT.has(s[end - 1] ?? '')) end -= 1;
  return [s.slice(0, end), s.slice(end)];
}

/**
 * Where the URL whose `://` is at `sep` ends. A second `scheme://` in its path starts a URL of
 * its own (so `a://x@b://y@` hides both user parts, as the post-check reads them); one inside
 * the query or fragment stays part of that value. Each character is looked at once.
 */
function urlEnd(text: string, sep: number): number {
  let end = sep + 3;
  let inQuery = false;
  for (;;) {
    const next = inQuery ? -1 : text.indexOf('://', end);
    const limit = next >= 0 ? next : text.length;
    while (end < limit && !isStop(text.charCodeAt(end))) {
      const c = text.charCodeAt(end);
      if (c === 63 || c === 35) inQuery = true; // '?' or '#'
      end += 1;
    }
    if (end < limit || next < 0) return end;
    if (inQuery) continue;
    // The nested URL's scheme: the letters right before its `://`.
    let start = next;
    while (start > end - 32 && start > sep + 3 && isSchemeChar(text.charCodeAt(start - 1))) start -= 1;
    while (start < next && !isAlpha(text.charCodeAt(start))) start += 1;
    if (start < next) return start;
    end = next + 3;
  }
}

/**
 * Every URL in a text: absolute ones (`scheme://`) and paths with a query (`/p?x=1`, also after
 * `=`). One left-to-right pass: each `://` is found once and its URL scanned once.
 */
export function scanUrls(text: string, emit: Emit): string {
  let out = '';
  let pos = 0;
  let searchFrom = 0;
  for (;;) {
    const sep = text.indexOf('://', searchFrom);
    if (sep < 0) break;
    let start = sep;
    while (start > Math.max(pos, sep - 32) && isSchemeChar(text.charCodeAt(start - 1))) start -= 1;
    while (start < sep && !isAlpha(text.charCodeAt(start))) start += 1;
    const end = urlEnd(text, sep);
    searchFrom = end;
    if (start === sep) continue;
    const [url, tail] = splitTrailing(text.slice(start, end));
    out += text.slice(pos, start) + redactUrl(url, emit) + tail;
    pos = end;
  }
  const absoluteDone = pos === 0 ? text : out + text.slice(pos);
  return replaceRuns(absoluteDone, RUNS.token, (word) => {
    if (word.includes('://')) return null;
    let p = word.indexOf('/');
    while (p > 0 && word[p - 1] !== '=') p = word.indexOf('/', p + 1);
    if (p < 0) return null;
    const rel = word.slice(p);
    if (!rel.includes('?') && !rel.includes('#') && rel.length < 20) return null;
    const [body, tail] = splitTrailing(rel);
    const redacted = redactUrlTail(body, emit);
    return redacted === body ? null : word.slice(0, p) + redacted + tail;
  });
}

/**
 * A URL as it may be shown in the CLI's JSON and in reports: no user name or password, no
 * fragment, and query parameter names without their values. Never throws.
 */
export function stripUrlSecrets(input: string): string {
  const hashAt = input.indexOf('#');
  let s = hashAt >= 0 ? input.slice(0, hashAt) : input;
  const sep = s.indexOf('://');
  const authStart = sep >= 0 ? sep + 3 : s.startsWith('//') ? 2 : 0;
  const rest = s.slice(authStart);
  const authEnd = rest.search(/[/?]/);
  const authority = authEnd >= 0 ? rest.slice(0, authEnd) : rest;
  const at = authority.lastIndexOf('@');
  if (at >= 0)
    s = s.slice(0, authStart) + authority.slice(at + 1) + (authEnd >= 0 ? rest.slice(authEnd) : '');
  const q = s.indexOf('?');
  if (q < 0) return s;
  const pairs = s
    .slice(q + 1)
    .split('&')
    .filter((p) => p !== '')
    .map((p) => (p.includes('=') ? `${p.slice(0, p.indexOf('='))}=` : p.length > 0 ? '' : p))
    .filter((p) => p !== '');
  return pairs.length > 0 ? `${s.slice(0, q)}?${pairs.join('&')}` : s.slice(0, q);
}
