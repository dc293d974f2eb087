import { lookup as dnsLookup } from 'node:dns';
import { request as httpRequest } from 'node:http';
import type { ClientRequest, IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { LookupFunction, Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { TLSSocket } from 'node:tls';
import type { ProbeAttempt } from '../../contract';
import { recogniseResponse } from '../recognise';
import { isCredentialName } from './credential-names';
import { pageHints } from './page-hints';
import type { ProxyChoice } from './proxy';

/** Body bytes kept per response; the rest is never read (the socket is destroyed). */
export const BODY_CAP_BYTES = 256 * 1024;
const USER_AGENT = 'GatewayDoctor/1 (+diagnosis; one request)';

export interface ProbeOptions {
  /** Normalised target URL (from parseTarget). */
  url: string;
  /** Connect to this IP instead of resolving the host (Host header and TLS name stay the site's). */
  address?: string | null;
  proxy?: ProxyChoice | null;
  /** Deadline for the whole attempt, slow-drip bodies included. */
  timeoutMs: number;
  /** Give up connecting after this long (defaults to timeoutMs). */
  connectTimeoutMs?: number;
  signal?: AbortSignal;
  maxBodyBytes?: number;
  /** Resolver override for the unpinned case (tests). */
  lookup?: LookupFunction;
  /** Accept any certificate (tests only: certificate errors are evidence in real runs). */
  insecureTls?: boolean;
  /** Extra trusted CA (tests use a loopback certificate). */
  tlsCa?: string;
  now?: () => number;
  /** GET (default) or HEAD: a HEAD answer is tiny, so it gets through where big packets vanish. */
  method?: 'GET' | 'HEAD';
  /** Called once when the TCP connection to the site (or the proxy) is up, with its address. */
  onConnect?: (address: string | null) => void;
  /** Called once when the TLS handshake is done. */
  onSecure?: () => void;
}

interface Marks {
  start: number;
  lookup?: number;
  connect?: number;
  secure?: number;
  firstByte?: number;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * Response headers as one string each. Credentials (cookies, tokens, keys: any header whose name
 * says so, in any case) are never needed for the diagnosis and are not kept; for an auth
 * challenge only its scheme names stay ("Basic, Negotiate"), which is what tells a login apart.
 */
export function flattenHeaders(
  h: IncomingHttpHeaders | Record<string, string | string[] | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) {
    if (v === undefined) continue;
    const value = Array.isArray(v) ? v.join(', ') : v;
    const name = k.toLowerCase();
    if (name === 'www-authenticate' || name === 'proxy-authenticate') out[k] = authSchemes(value);
    else out[k] = isCredentialName(name) ? '[omitted]' : value;
  }
  return out;
}

function authSchemes(challenge: string): string {
  // A scheme is a token at the start or after a comma that is not followed by "=" (a parameter).
  const schemes = [
    ...challenge.slice(0, 2048).matchAll(/(?:^|,)\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]{0,40})(?=\s|,|$)/g),
  ]
    .map((m) => m[1] ?? '')
    .filter((s) => s !== '');
  return schemes.length > 0 ? [...new Set(schemes)].join(', ') : '[omitted]';
}

function hostHeader(u: URL): string {
  return u.host; // includes a non-default port, brackets for IPv6
}

/**
 * One HTTP(S) GET to the site with phase timings, a capped body and a hard deadline.
 * Uses node:http(s) (not fetch) to see DNS/connect/TLS/first-byte phases and to pin an
 * address. Never throws: failures come back as `error` with the network error code.
 * Timings: dnsMs, connectMs and tlsMs are phase durations; firstByteMs and totalMs count
 * from the start of the attempt.
 */
export function httpProbe(o: ProbeOptions): Promise<ProbeAttempt> {
  const now = o.now ?? (() => performance.now());
  const marks: Marks = { start: now() };
  const u = new URL(o.url);
  const isHttps = u.protocol === 'https:';
  const siteHost = u.hostname.replace(/^\[|\]$/g, '');
  const sitePort = u.port === '' ? (isHttps ? 443 : 80) : Number(u.port);
  const maxBody = o.maxBodyBytes ?? BODY_CAP_BYTES;
  const proxy = o.proxy && o.proxy.kind === 'http' ? o.proxy : null;
  const pinned = o.address ?? null;
  const method = o.method ?? 'GET';

  return new Promise<ProbeAttempt>((resolve) => {
    let status: number | null = null;
    let headers: Record<string, string> = {};
    const chunks: Buffer[] = [];
    let bodyBytes = 0;
    let truncated = false;
    let finished = false;
    let req: ClientRequest | null = null;
    const sockets: Socket[] = [];
    let remoteAddress: string | undefined;
    let remoteFamily: string | undefined;
    const notify = (f: () => void): void => {
      try {
        f();
      } catch {
        // a failing listener must not break the request
      }
    };

    const finish = (error: string | null): void => {
      if (finished) return;
      finished = true;
      clearTimeout(deadline);
      clearTimeout(connectTimer);
      o.signal?.removeEventListener('abort', onAbort);
      req?.destroy();
      for (const s of sockets) s.destroy();
      const end = now();
      const dnsMs = marks.lookup !== undefined ? round(marks.lookup - marks.start) : null;
      const connectFrom = marks.lookup ?? marks.start;
      const connectMs = marks.connect !== undefined ? round(marks.connect - connectFrom) : null;
      const tlsMs =
        marks.secure !== undefined && marks.connect !== undefined
          ? round(marks.secure - marks.connect)
          : null;
      const body = Buffer.concat(chunks).toString('utf8');
      const address = pinned ?? remoteAddress ?? null;
      resolve({
        url: o.url,
        address,
        family: familyOf(address, remoteFamily),
        via: proxy ? 'proxy' : 'direct',
        status,
        error,
        timings: {
          dnsMs,
          connectMs,
          tlsMs,
          firstByteMs: marks.firstByte !== undefined ? round(marks.firstByte - marks.start) : null,
          totalMs: round(end - marks.start),
        },
        headers,
        bodyBytes,
        bodyTruncated: truncated,
        recognition: status !== null ? safeRecognise(status, headers, body) : null,
        page: status !== null ? safePage(body, o.url) : null,
      });
    };

    const onAbort = (): void => finish('aborted');
    const deadline = setTimeout(
      () => {
        if (status !== null) {
          truncated = true;
          finish('EBODYTIMEOUT');
        } else {
          finish(marks.connect !== undefined ? 'ERESPONSETIMEOUT' : stalled());
        }
      },
      Math.max(1, o.timeoutMs),
    );
    // A name that never resolved is a DNS failure, not a silent server.
    const needsLookup = !pinned && isIP(proxy ? proxy.host : siteHost) === 0;
    const stalled = (): string => (needsLookup && marks.lookup === undefined ? 'EAI_AGAIN' : 'ETIMEDOUT');
    const connectTimer = setTimeout(
      () => {
        if (marks.connect === undefined) finish(stalled());
      },
      Math.max(1, Math.min(o.connectTimeoutMs ?? o.timeoutMs, o.timeoutMs)),
    );
    if (o.signal?.aborted) {
      finish('aborted');
      return;
    }
    o.signal?.addEventListener('abort', onAbort, { once: true });

    // Time the name lookup in the callback itself: a socket's 'lookup' event can fire before
    // the listener is attached when the answer is already cached.
    const baseLookup: LookupFunction = o.lookup ?? (dnsLookup as unknown as LookupFunction);
    const timedLookup = ((hostname: string, options: object, callback: (...args: unknown[]) => void) => {
      baseLookup(hostname, options as Parameters<LookupFunction>[1], (...args: unknown[]) => {
        marks.lookup ??= now();
        (callback as (...a: unknown[]) => void)(...args);
      });
    }) as LookupFunction;

    const watchSocket = (s: Socket): void => {
      sockets.push(s);
      s.once('connect', () => {
        marks.connect ??= now();
        remoteAddress = s.remoteAddress ?? remoteAddress;
        remoteFamily = s.remoteFamily ?? remoteFamily;
        notify(() => o.onConnect?.(remoteAddress ?? null));
      });
      s.once('secureConnect', () => {
        marks.secure ??= now();
        notify(() => o.onSecure?.());
      });
    };

    const onResponse = (res: IncomingMessage): void => {
      marks.firstByte = now();
      status = res.statusCode ?? null;
      headers = flattenHeaders(res.headers);
      res.on('data', (chunk: Buffer) => {
        if (finished) return;
        const room = maxBody - bodyBytes;
        if (chunk.length >= room) {
          chunks.push(chunk.subarray(0, room));
          bodyBytes += room;
          truncated = true;
          finish(null); // enough to recognise the page: stop reading an endless body
          return;
        }
        chunks.push(chunk);
        bodyBytes += chunk.length;
      });
      res.on('end', () => finish(null));
      res.on('error', (e: NodeJS.ErrnoException) =>
        finish(status !== null && bodyBytes > 0 ? null : (e.code ?? 'ERESPONSE')),
      );
      res.on('aborted', () => {
        truncated = true;
      });
    };

    const onError = (e: NodeJS.ErrnoException): void => {
      if (status !== null) {
        truncated = true;
        finish(null);
        return;
      }
      finish(e.code ?? e.message ?? 'EUNKNOWN');
    };

    const baseHeaders: Record<string, string> = {
      Host: hostHeader(u),
      'User-Agent': USER_AGENT,
      Accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
      'Accept-Encoding': 'identity',
      Connection: 'close',
    };
    const servername = isIP(siteHost) === 0 ? siteHost : undefined;
    const path = `${u.pathname}${u.search}`;

    try {
      if (proxy && !isHttps) {
        // Plain HTTP through a proxy: absolute-form request line to the proxy.
        const h = { ...baseHeaders };
        if (proxy.auth) h['Proxy-Authorization'] = `Basic ${Buffer.from(proxy.auth).toString('base64')}`;
        req = httpRequest({
          host: proxy.host,
          port: proxy.port,
          method,
          path: u.toString(),
          headers: h,
          agent: false,
          lookup: timedLookup,
        });
      } else if (proxy && isHttps) {
        startConnectTunnel();
        return;
      } else {
        const opts = {
          host: pinned ?? siteHost,
          port: sitePort,
          method,
          path,
          headers: baseHeaders,
          agent: false as const,
          ...(pinned ? {} : { lookup: timedLookup }),
        };
        req = isHttps
          ? httpsRequest({
              ...opts,
              servername,
              rejectUnauthorized: !o.insecureTls,
              ...(o.tlsCa ? { ca: o.tlsCa } : {}),
            })
          : httpRequest(opts);
      }
      req.on('socket', watchSocket);
      req.on('response', onResponse);
      req.on('error', onError);
      req.end();
    } catch (e) {
      finish((e as NodeJS.ErrnoException).code ?? 'EINVALID');
    }

    /** HTTPS through a proxy: CONNECT host:port, then TLS to the site inside the tunnel. */
    function startConnectTunnel(): void {
      if (!proxy) return;
      const h: Record<string, string> = { Host: `${u.hostname}:${sitePort}`, 'User-Agent': USER_AGENT };
      if (proxy.auth) h['Proxy-Authorization'] = `Basic ${Buffer.from(proxy.auth).toString('base64')}`;
      const connectReq = httpRequest({
        host: proxy.host,
        port: proxy.port,
        method: 'CONNECT',
        path: `${u.hostname}:${sitePort}`,
        headers: h,
        agent: false,
        lookup: timedLookup,
      });
      req = connectReq;
      connectReq.on('socket', watchSocket);
      connectReq.on('error', onError);
      connectReq.on('connect', (res: IncomingMessage, socket: Socket, head: Buffer) => {
        sockets.push(socket);
        if (res.statusCode !== 200) {
          // The proxy refused or failed the tunnel: its answer is the evidence.
          marks.firstByte = now();
          status = res.statusCode ?? null;
          headers = flattenHeaders(res.headers);
          chunks.push(head.subarray(0, maxBody));
          bodyBytes = Math.min(head.length, maxBody);
          finish('EPROXYCONNECT');
          return;
        }
        const tls: TLSSocket = tlsConnect({
          socket,
          servername,
          rejectUnauthorized: !o.insecureTls,
          ...(o.tlsCa ? { ca: o.tlsCa } : {}),
        });
        sockets.push(tls);
        tls.once('secureConnect', () => {
          marks.secure ??= now();
        });
        const inner = httpsRequest({
          host: siteHost,
          port: sitePort,
          method,
          path,
          headers: baseHeaders,
          createConnection: () => tls,
        });
        req = inner;
        inner.on('response', onResponse);
        inner.on('error', onError);
        inner.end();
      });
      connectReq.end();
    }
  });
}

/** 4 or 6 for the address the request used (or was pinned to), null when it never had one. */
function familyOf(address: string | null, socketFamily: string | undefined): 4 | 6 | null {
  const v = address === null ? 0 : isIP(address);
  if (v === 4 || v === 6) return v;
  return socketFamily === 'IPv6' ? 6 : socketFamily === 'IPv4' ? 4 : null;
}

function safePage(body: string, url: string): ProbeAttempt['page'] {
  try {
    return pageHints(body, url);
  } catch {
    return null;
  }
}

function safeRecognise(
  status: number,
  headers: Record<string, string>,
  body: string,
): ProbeAttempt['recognition'] {
  try {
    return recogniseResponse({ status, headers, body });
  } catch {
    return null;
  }
}
