// One TLS handshake that accepts any certificate, to read the certificate a server shows and
// what verification said about it (the site probe's own requests reject a bad certificate, and a
// rejected handshake leaves nothing to read). No HTTP request is sent.
import { request as httpRequest } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import type { LookupFunction, Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { PeerCertificate, TLSSocket } from 'node:tls';
import type { ProxyChoice } from './proxy';

/** The certificate a server showed, reduced to what a person (and the rules) can use. */
export interface SeenCertificate {
  /** Subject common name (or organisation when there is no CN). */
  subject: string | null;
  /** DNS names and IP addresses from subjectAltName (at most MAX_NAMES). */
  names: string[];
  /** Issuer common name (or organisation). */
  issuer: string | null;
  /** Subject and issuer are the same: nobody vouches for it. */
  selfSigned: boolean;
  /** ISO times of the validity period (null when unreadable). */
  validFrom: string | null;
  validTo: string | null;
}

/** What one inspecting handshake found. */
export interface TlsInspection {
  /** A connection opened (to the site, or to the proxy for a tunnel). */
  connected: boolean;
  /** The site's address connected to (null through a proxy or when nothing connected). */
  address: string | null;
  /** The handshake completed (a certificate was seen). */
  handshake: boolean;
  /** Verification passed (trusted issuer, valid now, right name). */
  authorized: boolean;
  /** Why verification failed (CERT_HAS_EXPIRED, ERR_TLS_CERT_ALTNAME_INVALID, ...), else null. */
  verifyError: string | null;
  certificate: SeenCertificate | null;
  /** Network or handshake error when no certificate was seen (ETIMEDOUT, ECONNRESET, EPROTO, ...). */
  error: string | null;
  durationMs: number;
}

interface InspectOptions {
  host: string;
  port: number;
  timeoutMs: number;
  /** Give up connecting after this long (defaults to timeoutMs). */
  connectTimeoutMs?: number;
  signal?: AbortSignal;
  lookup?: LookupFunction;
  /** The way the browser goes: through an HTTP proxy this is a CONNECT tunnel. */
  proxy?: ProxyChoice | null;
  /** Extra trusted CA (tests). */
  ca?: string;
}

const MAX_NAMES = 20;
const NAME_MAX = 253;

function field(v: string | string[] | undefined): string | null {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' && s !== '' ? s.slice(0, NAME_MAX) : null;
}

function isoOf(s: string | undefined): string | null {
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** subjectAltName "DNS:a, DNS:b, IP Address:1.2.3.4" → ["a", "b", "1.2.3.4"]. */
export function altNames(san: string | undefined): string[] {
  if (!san) return [];
  return san
    .slice(0, 16 * 1024)
    .split(',')
    .map((p) => /^\s*(?:DNS|IP Address):(\S+)\s*$/i.exec(p)?.[1] ?? '')
    .filter((p) => p !== '')
    .slice(0, MAX_NAMES)
    .map((p) => p.slice(0, NAME_MAX));
}

const dn = (o: Record<string, string | string[] | undefined> | undefined): string =>
  o
    ? Object.entries(o)
        .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : (v ?? '')}`)
        .join(',')
    : '';

/** The readable parts of a peer certificate (an empty object when the server sent none). */
export function seenCertificate(c: PeerCertificate | null | undefined): SeenCertificate | null {
  if (!c || Object.keys(c).length === 0) return null;
  const subject = c.subject as unknown as Record<string, string | string[] | undefined> | undefined;
  const issuer = c.issuer as unknown as Record<string, string | string[] | undefined> | undefined;
  return {
    subject: field(subject?.CN) ?? field(subject?.O),
    names: altNames(c.subjectaltname),
    issuer: field(issuer?.CN) ?? field(issuer?.O),
    selfSigned: dn(subject) !== '' && dn(subject) === dn(issuer),
    validFrom: isoOf(c.valid_from),
    validTo: isoOf(c.valid_to),
  };
}

function codeOf(e: unknown): string | null {
  if (typeof e === 'string') return e;
  if (e instanceof Error) return (e as NodeJS.ErrnoException).code ?? e.message;
  return null;
}

/**
 * Opens one TLS connection to host:port (directly, or through the HTTP proxy's CONNECT), takes
 * the certificate and the verification result, and closes. Never throws.
 */
export function inspectTls(o: InspectOptions): Promise<TlsInspection> {
  const started = performance.now();
  const servername = isIP(o.host) === 0 ? o.host : undefined;
  const proxy = o.proxy && o.proxy.kind === 'http' ? o.proxy : null;
  return new Promise((resolve) => {
    let done = false;
    let connected = false;
    let address: string | null = null;
    const sockets: Socket[] = [];
    const finish = (r: Omit<TlsInspection, 'connected' | 'address' | 'durationMs'>): void => {
      if (done) return;
      done = true;
      clearTimeout(deadline);
      clearTimeout(connectTimer);
      o.signal?.removeEventListener('abort', onAbort);
      // The TLS socket before the raw one under it, and outside its event handler: Node 20
      // crashes (SIGSEGV) when a tunnel's raw socket is destroyed first inside 'secureConnect'.
      setImmediate(() => {
        for (const s of [...sockets].reverse()) s.destroy();
      });
      resolve({ ...r, connected, address, durationMs: Math.round((performance.now() - started) * 10) / 10 });
    };
    const fail = (error: string): void =>
      finish({ handshake: false, authorized: false, verifyError: null, certificate: null, error });
    const onAbort = (): void => fail('aborted');
    const deadline = setTimeout(() => fail(connected ? 'EHANDSHAKETIMEOUT' : 'ETIMEDOUT'), o.timeoutMs);
    const connectTimer = setTimeout(
      () => {
        if (!connected) fail('ETIMEDOUT');
      },
      Math.min(o.connectTimeoutMs ?? o.timeoutMs, o.timeoutMs),
    );
    if (o.signal?.aborted) {
      fail('aborted');
      return;
    }
    o.signal?.addEventListener('abort', onAbort, { once: true });

    const handshake = (socket?: Socket): void => {
      const tls: TLSSocket = tlsConnect({
        ...(socket ? { socket } : { host: o.host, port: o.port, ...(o.lookup ? { lookup: o.lookup } : {}) }),
        servername,
        rejectUnauthorized: false,
        ...(o.ca ? { ca: o.ca } : {}),
      });
      sockets.push(tls);
      if (!socket)
        tls.once('connect', () => {
          connected = true;
          address = tls.remoteAddress ?? null;
        });
      tls.once('secureConnect', () => {
        const certificate = seenCertificate(tls.getPeerCertificate(false));
        const verifyError = tls.authorized ? null : codeOf(tls.authorizationError);
        finish({ handshake: true, authorized: tls.authorized, verifyError, certificate, error: null });
      });
      tls.once('error', (e: NodeJS.ErrnoException) => fail(e.code ?? e.message ?? 'EUNKNOWN'));
    };

    if (!proxy) {
      handshake();
      return;
    }
    const h: Record<string, string> = { Host: `${o.host}:${o.port}` };
    if (proxy.auth) h['Proxy-Authorization'] = `Basic ${Buffer.from(proxy.auth).toString('base64')}`;
    const req = httpRequest({
      host: proxy.host,
      port: proxy.port,
      method: 'CONNECT',
      path: `${o.host}:${o.port}`,
      headers: h,
      agent: false,
      ...(o.lookup ? { lookup: o.lookup } : {}),
    });
    req.once('socket', (s: Socket) => {
      sockets.push(s);
      s.once('connect', () => {
        connected = true;
      });
    });
    req.once('error', (e: NodeJS.ErrnoException) => fail(e.code ?? 'EUNKNOWN'));
    req.once('connect', (res: IncomingMessage, socket: Socket) => {
      sockets.push(socket);
      if (res.statusCode !== 200) fail('EPROXYCONNECT');
      else handshake(socket);
    });
    req.end();
  });
}
