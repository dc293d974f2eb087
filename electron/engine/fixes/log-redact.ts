import type { FixParams } from '../../contract';

// Log lines keep what helps a support person (which site, which servers) and drop what can
// carry secrets: a URL's user name, password, query and fragment.

const MAX_LOGGED_URL = 200;

/**
 * A URL as a log line may show it: scheme, host, port and path only. A URL without a host
 * (data:, javascript:) keeps only its scheme; text that is no URL is not shown at all.
 */
export function redactUrlForLog(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return '[not a URL]';
  }
  if (u.host === '') return `${u.protocol}[redacted]`;
  const shown = `${u.protocol}//${u.host}${u.pathname}`;
  return shown.length > MAX_LOGGED_URL ? `${shown.slice(0, MAX_LOGGED_URL)}…` : shown;
}

/** An argv for the log and history: every argument that is a URL is redacted (redactUrlForLog). */
export function redactArgvForLog(argv: readonly string[]): string[] {
  return argv.map((a) => (/^[a-z][a-z0-9+.-]*:\/\//i.test(a) ? redactUrlForLog(a) : a));
}

/** Fix parameters for a log line: servers and browser as given, the URL redacted. */
export function describeFixParamsForLog(params: FixParams): string {
  return JSON.stringify({
    ...params,
    ...(params.url !== undefined ? { url: redactUrlForLog(params.url) } : {}),
  });
}
