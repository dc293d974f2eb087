import { domainToASCII } from 'node:url';
import type { Target } from '../contract';

/** Bad user input (exit code 2 in the CLI); the message is shown to the user as is. */
export class InputError extends Error {
  override name = 'InputError';
}

const MAX_INPUT = 2048;
const SCHEME_WITH_SLASHES = /^([a-z][a-z0-9+.-]*):\/\//i;
// "name:" followed by something that is not a port: mailto:, javascript:, data:, file:...
const OPAQUE_SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d{1,5}(?:[/?#]|$))/i;

import { ipVersion, isIpLiteral, isSafeHostname } from './platform/host';

/**
 * True when the user typed the scheme (`http://…`, `https://…`); false for `host:port` or
 * `//host`, where parseTarget assumed https and the orchestrator may fall back to http.
 */
export function hasExplicitScheme(input: string): boolean {
  return SCHEME_WITH_SLASHES.test(input.trim());
}

/**
 * Parses what the user typed into a normalised {@link Target}.
 * No scheme means https; IDN names become punycode; user-info and fragments are dropped;
 * anything that is not http(s), or whose host is not a valid name or IP literal, throws
 * {@link InputError} so nothing unsafe ever reaches a socket or a command line.
 */
export function parseTarget(input: string): Target {
  const raw = input.trim();
  if (raw.length === 0)
    throw new InputError('Please give the address of the site, for example https://example.com.');
  if (raw.length > MAX_INPUT)
    throw new InputError(`The address is too long (more than ${MAX_INPUT} characters).`);
  if (/\s/.test(raw) || [...raw].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
    throw new InputError('The address contains spaces or control characters.');

  let withScheme: string;
  const explicit = SCHEME_WITH_SLASHES.exec(raw);
  if (explicit) {
    withScheme = raw;
  } else if (raw.startsWith('//')) {
    withScheme = `https:${raw}`;
  } else {
    const opaque = OPAQUE_SCHEME.exec(raw);
    if (opaque && !raw.startsWith('[')) {
      throw new InputError(`Only web addresses (http or https) can be checked, not "${opaque[1]}:".`);
    }
    withScheme = `https://${raw}`;
  }

  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new InputError(`"${raw}" is not a valid web address.`);
  }
  const scheme = url.protocol.slice(0, -1).toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') {
    throw new InputError(`Only web addresses (http or https) can be checked, not "${scheme}:".`);
  }

  url.username = '';
  url.password = '';
  url.hash = '';

  let host = url.hostname;
  let isIp = false;
  if (host.startsWith('[') && host.endsWith(']')) {
    host = host.slice(1, -1);
    if (ipVersion(host) !== 6 || !isIpLiteral(host))
      throw new InputError(`"${host}" is not a valid IPv6 address.`);
    isIp = true;
  } else if (ipVersion(host) === 4) {
    isIp = true;
  } else {
    // WHATWG URL already maps IDN to punycode for http(s); domainToASCII is the belt and braces.
    const ascii = domainToASCII(host.replace(/\.$/, ''));
    if (!ascii || !isSafeHostname(ascii))
      throw new InputError(`"${url.hostname || raw}" is not a valid host name.`);
    host = ascii.toLowerCase();
    if (host !== url.hostname) url.hostname = host;
  }

  const port = url.port === '' ? (scheme === 'https' ? 443 : 80) : Number(url.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new InputError(`Port "${url.port}" is not valid.`);

  return { input, url: url.toString(), scheme, host, port, isIp };
}
