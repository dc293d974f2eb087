/** Reason phrases that identify a status without a number. Ordered: longest / most specific first. */
const PHRASES: [RegExp, number][] = [
  [/\bgateway time-?out\b/, 504],
  [/\bbad gateway\b/, 502],
  [/\bproxy error\b/, 502],
  [/\bservice (?:temporarily )?unavailable\b/, 503],
  [/\b(?:temporarily )?overloaded\b/, 503],
  [/\bover capacity\b/, 503],
  [/\binternal server error\b/, 500],
  [/\bserver error\b/, 500],
  [/\bnot implemented\b/, 501],
  [/\bhttp version not supported\b/, 505],
  [/\bnetwork authentication required\b/, 511],
  [/\bproxy authentication required\b/, 407],
  [/\btoo many requests\b/, 429],
  [/\brequest time-?out\b/, 408],
  [/\bforbidden\b|\baccess denied\b/, 403],
  [/\bnot found\b/, 404],
];

/** A 3-digit HTTP status that a word or sign marks as one ("HTTP 502", "Error 502", "(502)", "502 Bad Gateway"). */
const MARKED = [
  /\b(?:https?|error|status|code|error code|http error|status code)[ :#-]{0,3}([1-5]\d\d)(?![\d])/,
  /\(([1-5]\d\d)\)/,
  /(?:^|[^\d.#])([1-5]\d\d)(?:\.\d{1,2})? ?[-:.]? ?(?:bad gateway|gateway time-?out|service|internal|proxy error|server error|error|that's an error|not found|forbidden|too many|origin|web server|connection|a timeout|ssl|invalid ssl|railgun|backend|first byte|request|host error)/,
];

/** A status the text states as a number ("HTTP 502", "(502)", "502 Bad Gateway"), never from a phrase alone. */
export function numericStatus(lower: string): number | null {
  const bare = /^\s{0,20}([1-5]\d\d)(?:\.\d{1,2})?\s{0,20}$/.exec(lower.length <= 64 ? lower : '');
  if (bare?.[1] !== undefined) return Number(bare[1]);
  for (const re of MARKED) {
    const m = re.exec(lower);
    if (m?.[1] !== undefined) return Number(m[1]);
  }
  return null;
}

/** The status a reason phrase alone implies (used when the page states none). */
function statusFromPhrase(lower: string): number | null {
  for (const [re, status] of PHRASES) if (re.test(lower)) return status;
  return null;
}

/** Finds the HTTP status a page or pasted text states, by number or by reason phrase. Only linear-time regexes. */
export function statusFromText(lower: string): number | null {
  return numericStatus(lower) ?? statusFromPhrase(lower);
}
