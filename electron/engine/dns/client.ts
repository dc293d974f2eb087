import { createSocket } from 'node:dgram';
import type { Socket as UdpSocket } from 'node:dgram';
import { randomInt } from 'node:crypto';
import { connect as tcpConnect, isIPv6 } from 'node:net';
import { encodeQuery, frameTcp, parseReply, takeTcpMessages } from './decode';
import type { ParsedReply } from './decode';

export type QueryType = 'A' | 'AAAA';

/** Outcome of one question to one server; errors are values, never exceptions. */
export interface DnsQueryResult {
  server: string;
  name: string;
  type: QueryType;
  rcode: string | null;
  addresses: string[];
  transport: 'udp' | 'tcp';
  latencyMs: number | null;
  /** `timeout`, `malformed-reply`, `aborted`, or a socket error code such as ECONNREFUSED. */
  error: string | null;
}

export interface DnsQueryOptions {
  /** Server port; 53 unless a test points elsewhere. */
  port?: number;
  /** Budget for the whole query (UDP, then TCP on truncation). */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Skip UDP (used by tests and for servers known to truncate). */
  tcpOnly?: boolean;
  now?: () => number;
}

const GARBAGE_GRACE_MS = 200;
/** When to resend an unanswered UDP query (ms after the first send). */
const UDP_RETRY_MS = [100, 250, 500, 1000, 2000];

type Attempt = { reply: ParsedReply } | { error: string };

function matches(reply: ParsedReply, id: number, name: string, type: QueryType): boolean {
  if (!reply.isResponse || reply.id !== id) return false;
  // A server may legitimately echo no question (rare); when it echoes one it must be ours.
  if (reply.questions.length === 0) return true;
  return reply.questions.some((q) => q.name === name.toLowerCase() && q.type === type);
}

/** Runs `body` until it settles, the deadline passes, or the signal aborts. */
function withDeadline(
  deadline: number,
  now: () => number,
  signal: AbortSignal | undefined,
  body: (
    finish: (a: Attempt) => void,
    onCleanup: (f: () => void) => void,
    state: { timeoutError: string },
  ) => void,
): Promise<Attempt> {
  return new Promise((resolve) => {
    const cleanups: (() => void)[] = [];
    const state = { timeoutError: 'timeout' };
    let done = false;
    const finish = (a: Attempt): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      for (const c of cleanups) {
        try {
          c();
        } catch {
          /* closing an already closed socket */
        }
      }
      resolve(a);
    };
    const onAbort = (): void => finish({ error: 'aborted' });
    const timer = setTimeout(() => finish({ error: state.timeoutError }), Math.max(0, deadline - now()));
    if (signal?.aborted) {
      finish({ error: 'aborted' });
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      body(finish, (f) => cleanups.push(f), state);
    } catch (e) {
      finish({ error: (e as NodeJS.ErrnoException).code ?? 'socket-error' });
    }
  });
}

/** One query over one transport: where to, what, and until when. */
interface AttemptInput {
  server: string;
  port: number;
  query: Buffer;
  id: number;
  name: string;
  type: QueryType;
  deadline: number;
  now: () => number;
  signal?: AbortSignal | undefined;
}

function udpAttempt(a: AttemptInput): Promise<Attempt> {
  const { server, port, query, id, name, type, deadline, now, signal } = a;
  return withDeadline(deadline, now, signal, (finish, onCleanup, state) => {
    const socket: UdpSocket = createSocket(isIPv6(server) ? 'udp6' : 'udp4');
    onCleanup(() => socket.close());
    socket.on('error', (e: NodeJS.ErrnoException) => finish({ error: e.code ?? 'socket-error' }));
    socket.on('message', (msg, rinfo) => {
      if (rinfo.port !== port) return;
      const parsed = parseReply(msg);
      // Report garbage instead of a bare timeout when the server only ever sent nonsense.
      // A short grace lets a genuine reply still win over one stray bad datagram.
      if (!parsed.ok) {
        state.timeoutError = 'malformed-reply';
        const grace = setTimeout(
          () => finish({ error: 'malformed-reply' }),
          Math.min(GARBAGE_GRACE_MS, Math.max(0, deadline - now())),
        );
        onCleanup(() => clearTimeout(grace));
        return;
      }
      if (!matches(parsed.reply, id, name, type)) return; // late or spoofed answer: keep waiting
      finish({ reply: parsed.reply });
    });
    const send = (): void => {
      socket.send(query, port, server, (err) => {
        if (err) finish({ error: (err as NodeJS.ErrnoException).code ?? 'send-failed' });
      });
    };
    send();
    // UDP gets lost: resend the same query (same id) on a growing schedule, like stub resolvers.
    const start = now();
    for (const at of UDP_RETRY_MS) {
      if (start + at >= deadline) break;
      const t = setTimeout(send, at);
      onCleanup(() => clearTimeout(t));
    }
  });
}

function tcpAttempt(a: AttemptInput): Promise<Attempt> {
  const { server, port, query, id, name, type, deadline, now, signal } = a;
  return withDeadline(deadline, now, signal, (finish, onCleanup) => {
    const socket = tcpConnect({ host: server, port });
    onCleanup(() => socket.destroy());
    let stream: Buffer = Buffer.alloc(0);
    socket.on('error', (e: NodeJS.ErrnoException) => finish({ error: e.code ?? 'socket-error' }));
    socket.on('connect', () => socket.write(frameTcp(query)));
    socket.on('data', (chunk: Buffer) => {
      stream = Buffer.concat([stream, chunk]);
      if (stream.byteLength > 70_000) {
        finish({ error: 'malformed-reply' });
        return;
      }
      const { messages, rest } = takeTcpMessages(stream);
      stream = rest;
      for (const m of messages) {
        const parsed = parseReply(m);
        if (!parsed.ok) {
          finish({ error: 'malformed-reply' });
          return;
        }
        if (matches(parsed.reply, id, name, type)) {
          finish({ reply: parsed.reply });
          return;
        }
      }
    });
    socket.on('end', () =>
      finish({ error: stream.byteLength > 0 ? 'malformed-reply' : 'closed-without-answer' }),
    );
  });
}

/**
 * Asks `server` for `name`'s A or AAAA records: UDP first, TCP when the reply is truncated,
 * all within `timeoutMs`. Replies with another id or question are ignored; malformed replies,
 * timeouts, refusals and cancellation come back as `error`, never as an exception.
 */
export async function queryDns(
  server: string,
  name: string,
  type: QueryType,
  o: DnsQueryOptions,
): Promise<DnsQueryResult> {
  const now = o.now ?? (() => performance.now());
  const port = o.port ?? 53;
  const start = now();
  const deadline = start + o.timeoutMs;
  const base = { server, name, type };
  let query: Buffer;
  const id = randomInt(0, 65536);
  try {
    query = encodeQuery(id, name, type);
  } catch {
    return { ...base, rcode: null, addresses: [], transport: 'udp', latencyMs: null, error: 'bad-name' };
  }
  let transport: 'udp' | 'tcp' = o.tcpOnly ? 'tcp' : 'udp';
  const input: AttemptInput = { server, port, query, id, name, type, deadline, now, signal: o.signal };
  let attempt = o.tcpOnly ? await tcpAttempt(input) : await udpAttempt(input);
  if ('reply' in attempt && attempt.reply.truncated && transport === 'udp') {
    transport = 'tcp';
    attempt = await tcpAttempt(input);
  }
  const latencyMs = Math.round((now() - start) * 10) / 10;
  if ('error' in attempt)
    return { ...base, rcode: null, addresses: [], transport, latencyMs: null, error: attempt.error };
  return {
    ...base,
    rcode: attempt.reply.rcode,
    addresses: attempt.reply.addresses,
    transport,
    latencyMs,
    error: null,
  };
}
