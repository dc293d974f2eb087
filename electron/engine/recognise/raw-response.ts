/** A response pasted as text: "HTTP/1.1 502 Bad Gateway", headers, blank line, body. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const STATUS_LINE = /^HTTP\/\d(?:\.\d)? (\d{3})\b([^\r\n]{0,200})/;
const HEADER_LINE = /^([A-Za-z0-9!#$%&'*+.^_`|~-]{1,100})[ \t]{0,8}:[ \t]{0,8}([^\r\n]{0,1000})/;

/** curl -v marks response lines with "< " and its own notes with "* " / "> ": keep only the response. */
function fromCurlVerbose(text: string): string {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  for (const line of lines) {
    if (line.startsWith('< ')) out.push(line.slice(2));
    else if (line === '<') out.push('');
    else if (
      line.startsWith('* ') ||
      line.startsWith('> ') ||
      line === '>' ||
      line.startsWith('{ [') ||
      line.startsWith('} [')
    )
      continue;
    else out.push(line);
  }
  return out.join('\n');
}

function parseHead(head: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const lines = head.split(/\r?\n/);
  for (let i = 1; i < lines.length && i < 300; i++) {
    const m = HEADER_LINE.exec(lines[i] ?? '');
    if (!m?.[1] || m[2] === undefined) continue;
    const key = m[1].toLowerCase();
    headers[key] = headers[key] === undefined ? m[2].trim() : `${headers[key]}, ${m[2].trim()}`;
  }
  return headers;
}

/**
 * Parses a whole response pasted by the user (curl -i / -v output, a saved .http file).
 * Follows "HTTP/1.1 100 Continue" and proxy "200 Connection established" blocks to the final response.
 * Returns null when the text does not start with a status line.
 */
export function parseRawResponse(input: string): RawResponse | null {
  let rest = input.replace(/^\uFEFF/, '').trimStart();
  if (!rest.startsWith('HTTP/') && /^< HTTP\/\d/m.test(rest)) rest = fromCurlVerbose(rest).trimStart();
  let result: RawResponse | null = null;
  for (let guard = 0; guard < 5; guard++) {
    const m = STATUS_LINE.exec(rest);
    if (!m?.[1]) break;
    const sep = /\r?\n\r?\n/.exec(rest);
    const head = sep ? rest.slice(0, sep.index) : rest;
    const body = sep ? rest.slice(sep.index + sep[0].length) : '';
    const status = Number(m[1]);
    result = { status, headers: parseHead(head), body };
    const interim = status < 200 || (status === 200 && /connection established/i.test(m[2] ?? ''));
    if (interim && body.startsWith('HTTP/')) {
      rest = body;
      continue;
    }
    break;
  }
  return result;
}

const TRACE_HEADER_LINE =
  /^[ \t]{0,8}(cf-ray|x-amz-cf-id|x-amz-cf-pop|x-azure-ref|x-msedge-ref|eo-log-uuid|x-fastly-request-id|x-served-by|x-cache|server|via|akamai-grn|x-akamai-request-id|x-squid-error|x-varnish|x-vercel-id|x-vercel-error|x-nf-request-id|x-amzn-requestid|x-amz-apigw-id|apigw-requestid|x-amzn-errortype|x-kong-request-id|x-kong-response-latency|x-kong-upstream-latency)[ \t]{0,4}:[ \t]{0,4}([^\r\n]{1,200})/gim;

/** The pasted text without those header lines, so "cf-ray: ...\n502" reads as a bare "502". */
export function withoutHeaderLines(text: string): string {
  return text.replace(TRACE_HEADER_LINE, '');
}

/** Header lines mixed into a pasted text ("cf-ray: 8a1b...-AMS") are evidence too. */
export function headersInText(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let count = 0;
  for (const m of text.matchAll(TRACE_HEADER_LINE)) {
    if (m[1] === undefined || m[2] === undefined) continue;
    const key = m[1].toLowerCase();
    if (headers[key] === undefined) headers[key] = m[2].trim();
    if (++count > 50) break;
  }
  return headers;
}
