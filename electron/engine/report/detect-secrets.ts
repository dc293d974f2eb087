import { isCredentialName, isJwt } from './detect-url';
import { isAlnum, isPlaceholder, replaceRuns, RUNS } from './text-scan';
import type { Emit } from './text-scan';

/**
 * Credentials, e-mail addresses and user names in free text. Each detector is one pass of
 * indexOf or maximal runs with bounded look-around, so the cost stays linear.
 */

// Vendor key formats: a fixed prefix, then a body of bounded length (sticky regex at the prefix).
const KEY_FORMATS: readonly { prefix: string; body: RegExp }[] = [
  { prefix: 'AKIA', body: /[0-9A-Z]{16}/y },
  { prefix: 'ASIA', body: /[0-9A-Z]{16}/y },
  { prefix: 'ghp_', body: /[A-Za-z0-9]{30,40}/y },
  { prefix: 'gho_', body: /[A-Za-z0-9]{30,40}/y },
  { prefix: 'ghu_', body: /[A-Za-z0-9]{30,40}/y },
  { prefix: 'ghs_', body: /[A-Za-z0-9]{30,40}/y },
  { prefix: 'ghr_', body: /[A-Za-z0-9]{30,40}/y },
  { prefix: 'github_pat_', body: /[A-Za-z0-9_]{20,255}/y },
  { prefix: 'glpat-', body: /[A-Za-z0-9_-]{20,64}/y },
  { prefix: 'AIza', body: /[A-Za-z0-9_-]{35}/y },
  { prefix: 'xoxb-', body: /[A-Za-z0-9-]{10,250}/y },
  { prefix: 'xoxp-', body: /[A-Za-z0-9-]{10,250}/y },
  { prefix: 'xoxa-', body: /[A-Za-z0-9-]{10,250}/y },
  { prefix: 'xoxr-', body: /[A-Za-z0-9-]{10,250}/y },
  { prefix: 'xoxs-', body: /[A-Za-z0-9-]{10,250}/y },
  { prefix: 'sk_live_', body: /[A-Za-z0-9]{16,128}/y },
  { prefix: 'rk_live_', body: /[A-Za-z0-9]{16,128}/y },
  { prefix: 'sk-', body: /[A-Za-z0-9_-]{32,200}/y },
];

function scanKeyFormats(text: string, emit: Emit): string {
  let out = text;
  for (const { prefix, body } of KEY_FORMATS) {
    if (!out.includes(prefix)) continue;
    let result = '';
    let last = 0;
    let at = out.indexOf(prefix);
    while (at >= 0) {
      const before = out.charCodeAt(at - 1);
      body.lastIndex = at + prefix.length;
      const m = at > 0 && isAlnum(before) ? null : body.exec(out);
      if (m && !isAlnum(out.charCodeAt(body.lastIndex))) {
        const key = out.slice(at, body.lastIndex);
        result += out.slice(last, at) + emit('credential', key, key);
        last = body.lastIndex;
        at = out.indexOf(prefix, last);
      } else at = out.indexOf(prefix, at + prefix.length);
    }
    if (last > 0) out = result + out.slice(last);
  }
  return out;
}

function scanPemKeys(text: string, emit: Emit): string {
  let out = '';
  let last = 0;
  let at = text.indexOf('-----BEGIN ');
  while (at >= 0) {
    const endMark = text.indexOf('-----END ', at);
    const close = endMark >= 0 ? text.indexOf('-----', endMark + 9) : -1;
    if (close < 0) break;
    const block = text.slice(at, close + 5);
    if (/PRIVATE KEY-----$/.test(block.slice(0, 80).split('\n')[0] ?? '')) {
      out += text.slice(last, at) + emit('credential', block, block);
      last = close + 5;
    }
    at = text.indexOf('-----BEGIN ', close + 5);
  }
  return last === 0 ? text : out + text.slice(last);
}

const AUTH_SCHEMES = new Set(['bearer', 'basic', 'negotiate', 'ntlm', 'token']);
const TOKEN_WORD = /^[A-Za-z0-9._~+/=-]{8,}$/;

function looksLikeToken(word: string): boolean {
  return word.length <= 8192 && TOKEN_WORD.test(word) && /[0-9+/=_-]/.test(word);
}

/**
 * Free-text credentials: `Bearer <token>` and other auth schemes, header lines such as
 * `Cookie: …` or `Authorization: …` (the rest of the line), `password=…` pairs, vendor keys
 * (AWS, GitHub, GitLab, Google, Slack, Stripe, OpenAI), JWTs and PEM private keys.
 */
export function scanCredentials(text: string, emit: Emit): string {
  let out = scanPemKeys(text, emit);
  out = scanKeyFormats(out, emit);
  if (out.includes('eyJ'))
    out = replaceRuns(out, RUNS.jwt, (run) => (isJwt(run) ? emit('credential', run, run) : null), 20);
  // Header lines: "Name: value" where the name is a credential header; the value is the rest of the line.
  out = out
    .split('\n')
    .map((line) => {
      const colon = line.indexOf(':');
      if (colon <= 0 || colon > 64) return line;
      const name = line.slice(0, colon).trim().split(/\s+/).pop() ?? '';
      if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(name) || !isCredentialName(name)) return line;
      const value = line.slice(colon + 1).trim();
      if (value === '' || isPlaceholder(value)) return line;
      return `${line.slice(0, line.length - line.slice(colon + 1).trimStart().length)}${emit('credential', value, value)}`;
    })
    .join('\n');
  // Word by word: an auth scheme followed by a token, and name=value pairs with a credential name.
  let prevWord = '';
  return replaceRuns(out, RUNS.token, (word) => {
    const scheme = prevWord;
    prevWord = word.toLowerCase().replace(/:$/, '');
    if (AUTH_SCHEMES.has(scheme) && !isPlaceholder(word) && looksLikeToken(word))
      return emit('credential', word, word);
    if (!word.includes('=') || word.includes('://')) return null;
    let changed = false;
    const pieces = word.split(/([&;,])/).map((piece) => {
      const eq = piece.indexOf('=');
      if (eq <= 0) return piece;
      const name = piece.slice(0, eq).replace(/^.*[^A-Za-z0-9_.-]/, '');
      const value = piece.slice(eq + 1);
      if (value === '' || isPlaceholder(value) || !isCredentialName(name)) return piece;
      changed = true;
      return `${piece.slice(0, eq + 1)}${emit('credential', value, value)}`;
    });
    return changed ? pieces.join('') : null;
  });
}

const isLocalChar = (c: number): boolean =>
  isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
const isDomainChar = (c: number): boolean => isAlnum(c) || c === 46 || c === 45;

/** E-mail addresses (`ann.lee+x@example.co.uk`): each `@` looks at most 64 characters left, 253 right. */
export function scanEmails(text: string, emit: Emit): string {
  let out = '';
  let last = 0;
  let at = text.indexOf('@');
  while (at >= 0) {
    let s = at;
    while (s > last && at - s < 64 && isLocalChar(text.charCodeAt(s - 1))) s -= 1;
    let e = at + 1;
    while (e < text.length && e - at <= 253 && isDomainChar(text.charCodeAt(e))) e += 1;
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e -= 1;
    while (s < at && text[s] === '.') s += 1;
    const local = text.slice(s, at);
    const domain = text.slice(at + 1, e);
    const tld = domain.slice(domain.lastIndexOf('.') + 1);
    const bounded = s === last || !isLocalChar(text.charCodeAt(s - 1));
    if (
      local.length > 0 &&
      bounded &&
      domain.includes('.') &&
      /^[A-Za-z]{2,63}$/.test(tld) &&
      !domain.startsWith('.')
    ) {
      const original = text.slice(s, e);
      out += text.slice(last, s) + emit('email', original.toLowerCase(), original);
      last = e;
      at = text.indexOf('@', e);
    } else at = text.indexOf('@', at + 1);
  }
  return last === 0 ? text : out + text.slice(last);
}

/** User names in home-directory paths (POSIX and Windows) and in `DOMAIN\name` logons. */
export function scanUserNames(text: string, emit: Emit): string {
  const user = (m: string, pre: string, name: string): string =>
    isPlaceholder(name) ? m : pre + emit('username', name.toLowerCase(), name);
  // Windows first: "C:/Users/Ann Lee" must not be read as the POSIX "/Users/Ann". Names are bounded, so
  // each match backtracks a bounded amount and the whole pass stays linear.
  return text
    .replace(
      /(\b[A-Za-z]:(?:\\{1,4}|\/)(?:Users|Documents and Settings)(?:\\{1,4}|\/))([^\\/\r\n"'<>:[\]`|]{1,64})/gi,
      user,
    )
    .replace(/(\/(?:home|Users|var\/home)\/)([^/\s"'<>:[\]`|]{1,64})/g, user)
    .replace(
      /(?<![\\/:\w.$%-])([A-Za-z][A-Za-z0-9-]{0,14}\\{1,2})([A-Za-z0-9][A-Za-z0-9._-]{0,63})(?![\\/\w.-])/g,
      (m: string, pre: string, name: string) =>
        /^[A-Za-z]:?\\/.test(pre) && pre.length <= 3 ? m : user(m, pre, name),
    );
}
