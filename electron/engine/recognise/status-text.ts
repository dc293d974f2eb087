/** Reason phrases that identify a status without a number. Ordered: longest / most specific first. */
const PHRASES: [RegExp, number][] = [
  [/\bgateway[ _]time-?out\b/, 504],
  [/\bbad[ _]gateway\b/, 502],
  [/\bproxy error\b/, 502],
  [/\bservice[ _](?:temporarily[ _])?unavailable\b/, 503],
  [/\b(?:temporarily )?overloaded\b/, 503],
  [/\bover capacity\b/, 503],
  [/\binternal[ _]server[ _]error\b/, 500],
  [/\bserver error\b/, 500],
  [/\bnot implemented\b/, 501],
  [/\bhttp version not supported\b/, 505],
  [/\bnetwork authentication required\b/, 511],
  [/\bproxy authentication required\b/, 407],
  [/\btoo many requests\b/, 429],
  [/\brequest time-?out\b/, 408],
  [/\bforbidden\b|\baccess denied\b/, 403],
  [/\bnot[ _]found\b/, 404],
];

// Only 4xx and 5xx count when read from text: an error page states an error status, while 1xx-3xx
// numbers in pasted text are errnos ("(111: Connection refused)"), counts or parts of ids.

/**
 * A status a word marks as one: "HTTP 502", "HTTP/1.1 504", "Error 502", "status=503",
 * `"status": 503`, `"statusCode":502`, `"code": 504`, "Error reference number: 502".
 */
const MARKED_BY_WORD =
  /\b(?:https?(?:\/\d(?:\.\d)?)?|error|status|code|error code|http error|status code|statuscode|status_code|error reference number|response code)["']?[ \t]{0,3}[:#=]?[ \t]{0,3}["']?([45]\d\d)(?!\d)/;

/** "(502)". */
const IN_PARENS = /\(([45]\d\d)\)/;

/**
 * "502 Bad Gateway", "502: BAD_GATEWAY", "504 - Gateway Time-out". The number stands alone: not
 * after a letter, digit, "." (decimals, times), ":" (ports, times), "/" or "-" (ids, dates), and
 * not after a word that makes it something else ("port 443", "line 502", "errno 104", "pid 500").
 */
const BEFORE_REASON =
  /(?<![\w.:/#-])(?<!\b(?:port|line|lines|errno|pid|uid|id|no|nr|number|row|col|column) ?)([45]\d\d)(?:\.\d{1,2})? ?[-:.]? ?(?:bad[ _]gateway|gateway[ _]time-?out|service|internal|proxy error|server error|error|that's an error|not[ _]found|forbidden|too many|origin|web server|connection|a timeout|ssl|invalid ssl|railgun|backend|first byte|request|host error)/;

/** A status the text states as a number ("HTTP 502", "(502)", "502 Bad Gateway"), never from a phrase alone. */
export function numericStatus(lower: string): number | null {
  const bare = /^\s{0,20}([45]\d\d)(?:\.\d{1,2})?\s{0,20}$/.exec(lower.length <= 64 ? lower : '');
  if (bare?.[1] !== undefined) return Number(bare[1]);
  for (const re of [MARKED_BY_WORD, IN_PARENS, BEFORE_REASON]) {
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
