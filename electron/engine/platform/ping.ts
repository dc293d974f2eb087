import type { OsKind, PingOutcome } from './types';
import { ipVersion } from './host';
import { clampPct, parseNum, round3, toLines } from './parse-util';
import { unixTimeExceeded, unixTooBig, windowsTimeExceeded, windowsTooBig } from './ping-df';
import type { TooBigLine } from './ping-df';

/** A ping that could not measure anything, with the cause. */
export interface PingFailure {
  kind: 'failure';
  failure: 'permission' | 'unresolved';
  message: string;
}

/** A parsed ping: an outcome, a failure, or null when the output was not understood. */
export type PingParse = PingOutcome | PingFailure | null;

export interface PingArgvOptions {
  count: number;
  timeoutMs: number;
  /** ICMP payload bytes. */
  size?: number;
  /** Set don't-fragment (Linux -M do, macOS -D / ping6 -m, Windows -f for IPv4). */
  dontFragment?: boolean;
  /** Time to live / hop limit, 1..255 (Linux -t, macOS -m / ping6 -h, Windows -i). */
  ttl?: number;
}

/** The largest ICMP payload the tools accept everywhere. */
const MAX_PAYLOAD = 65500;

export interface PingCommand {
  file: string;
  args: string[];
}

const INTERVAL_S = 0.2;

/**
 * Builds the ping command for an already validated host. The per-reply wait is sized so ping
 * finishes (and prints its statistics) before the caller's timeout kills it.
 */
export function pingCommand(os: OsKind, host: string, o: PingArgvOptions): PingCommand {
  const count = Math.max(1, Math.min(100, Math.floor(o.count) || 1));
  const budgetS = Math.max(0, o.timeoutMs / 1000 - INTERVAL_S * (count - 1) - 0.3);
  const waitS = Math.max(1, Math.min(10, Math.floor(budgetS)));
  const v6 = ipVersion(host) === 6;
  const size =
    o.size === undefined ? null : String(Math.max(0, Math.min(MAX_PAYLOAD, Math.floor(o.size) || 0)));
  const df = o.dontFragment === true;
  const ttl = o.ttl === undefined ? null : String(Math.max(1, Math.min(255, Math.floor(o.ttl) || 1)));
  if (os === 'win32') {
    const waitMs = Math.max(200, Math.min(10000, Math.floor((o.timeoutMs / count) * 0.8)));
    // -f exists for IPv4 only (IPv6 routers never fragment anyway)
    const extra = [
      ...(df && !v6 ? ['-f'] : []),
      ...(ttl !== null ? ['-i', ttl] : []),
      ...(size !== null ? ['-l', size] : []),
    ];
    return { file: 'ping', args: ['-n', String(count), '-w', String(waitMs), ...extra, host] };
  }
  if (os === 'darwin') {
    const sized = size !== null ? ['-s', size] : [];
    if (v6)
      return {
        file: 'ping6',
        args: [
          '-n',
          '-c',
          String(count),
          '-i',
          String(INTERVAL_S),
          ...(df ? ['-m'] : []),
          // ping6 prints ICMPv6 errors ("packet too big", "time exceeded") only when verbose
          ...(df || ttl !== null ? ['-v'] : []),
          ...(ttl !== null ? ['-h', ttl] : []),
          ...sized,
          host,
        ],
      };
    const totalS = Math.max(1, Math.ceil(o.timeoutMs / 1000));
    return {
      file: 'ping',
      args: [
        '-n',
        '-c',
        String(count),
        '-i',
        String(INTERVAL_S),
        '-W',
        String(waitS * 1000),
        '-t',
        String(totalS),
        ...(df ? ['-D'] : []),
        ...(ttl !== null ? ['-m', ttl] : []),
        ...sized,
        host,
      ],
    };
  }
  return {
    file: 'ping',
    args: [
      '-n',
      '-c',
      String(count),
      '-W',
      String(waitS),
      '-i',
      String(INTERVAL_S),
      ...(df ? ['-M', 'do'] : []),
      ...(ttl !== null ? ['-t', ttl] : []),
      ...(size !== null ? ['-s', size] : []),
      host,
    ],
  };
}

const PERMISSION =
  /operation not permitted|permission denied|are you root|missing cap_net_raw|must be root|not permitted/i;
const UNRESOLVED =
  /unknown host|name or service not known|cannot resolve|temporary failure in name resolution|nodename nor servname|no address associated|could not find host|failure in name resolution/i;
/** "Ping request could not find host X" in a few display languages (only used when no ping header was printed). */
const WIN_UNRESOLVED =
  /nicht finden|no pudo encontrar|n'a pas pu trouver|não pôde encontrar|non è riuscita a trovare|не удается обнаружить|找不到主机|找不到主機|見つけられませんでした/i;
const UNIX_ERROR =
  /unreachable|no route to host|host is down|network is down|time to live exceeded|ttl exceeded|prohibited|redirect host|source quench/i;

interface RttStats {
  min: number | null;
  avg: number | null;
  max: number | null;
  /** Standard deviation (ping's mdev/stddev, or computed), null when unknown. */
  sd: number | null;
}

function statsFromTimes(times: number[]): RttStats {
  if (times.length === 0) return { min: null, avg: null, max: null, sd: null };
  const sum = times.reduce((a, b) => a + b, 0);
  const mean = sum / times.length;
  // population standard deviation, as iputils' mdev and BSD's stddev
  const sd =
    times.length < 2 ? null : Math.sqrt(times.reduce((a, t) => a + (t - mean) ** 2, 0) / times.length);
  return {
    min: Math.min(...times),
    avg: round3(mean),
    max: Math.max(...times),
    sd: sd === null ? null : round3(sd),
  };
}

/** The tool's own statistics, with the standard deviation from the replies when it printed none. */
function withDeviation(printed: RttStats | null, fromReplies: RttStats): RttStats {
  if (!printed) return fromReplies;
  return printed.sd !== null ? printed : { ...printed, sd: fromReplies.sd };
}

function outcome(
  sent: number,
  received: number,
  rtt: RttStats,
  unreachable: boolean,
  tooBig: TooBigLine | null = null,
  timeExceededFrom: string | null = null,
): PingOutcome {
  const r = Math.min(received, sent);
  const out: PingOutcome = {
    kind: 'ping',
    sent,
    received: r,
    lossPct: sent > 0 ? clampPct(round3(((sent - r) / sent) * 100)) : 100,
    rttAvgMs: r > 0 ? rtt.avg : null,
    rttMinMs: r > 0 ? rtt.min : null,
    rttMaxMs: r > 0 ? rtt.max : null,
    unreachable,
  };
  if (r > 0 && rtt.sd !== null) out.rttStdDevMs = rtt.sd;
  if (tooBig) out.tooBig = tooBig;
  if (timeExceededFrom !== null) out.timeExceededFrom = timeExceededFrom;
  return out;
}

/** The first hop's answer wins over this computer's refusal (it names who dropped the packet). */
function firstTooBig(seen: TooBigLine | null, line: TooBigLine | null): TooBigLine | null {
  if (!line) return seen;
  if (!seen || (seen.reportedBy === null && line.reportedBy !== null)) return line;
  return seen;
}

/** Parses iputils, BusyBox and macOS/BSD ping output (stdout and stderr together; several runs → last one). */
function parsePingUnix(stdout: string, stderr = ''): PingParse {
  let lines = toLines(
    `${typeof stdout === 'string' ? stdout : ''}\n${typeof stderr === 'string' ? stderr : ''}`,
  );
  const lastHeader = lines.reduce((acc, l, i) => (/^PING\s/.test(l) ? i : acc), -1);
  // stderr merged in front of the only run (a terminal copy) still belongs to it
  const before = lastHeader > 0 ? lines.slice(0, lastHeader) : [];
  const lead = before.some((l) => /^PING\s/.test(l)) ? [] : before;
  if (lastHeader > 0) lines = lines.slice(lastHeader);
  let stats: { sent: number; received: number; errors: number } | null = null;
  let rtt: RttStats | null = null;
  const seqs = new Set<string>();
  const replied = new Map<string, number>();
  let errorLines = 0;
  let seqLessErrors = 0;
  let tooBig: TooBigLine | null = lead.reduce<TooBigLine | null>(
    (t, l) => firstTooBig(t, unixTooBig(l)),
    null,
  );
  let expired: string | null = null;
  for (const line of lines) {
    tooBig = firstTooBig(tooBig, unixTooBig(line));
    expired ??= unixTimeExceeded(line);
    const s = /^\s*(\d+)\s[^,]*,\s*(\d+)\s[^,]*,(.*?)(\d+(?:[.,]\d+)?)%/.exec(line);
    if (s) {
      const extra = s[3] ?? '';
      const errs = [...extra.matchAll(/\+(\d+)\s+(\S+)/g)].filter((m) => !/^dup|^corrupt/i.test(m[2] ?? ''));
      stats = {
        sent: Number(s[1]),
        received: Number(s[2]),
        errors: errs.reduce((a, m) => a + Number(m[1]), 0),
      };
      continue;
    }
    const r = /=\s*(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)(?:\/(\d+(?:\.\d+)?))?/.exec(line);
    if (r && /\//.test(line.split('=')[0] ?? '')) {
      rtt = { min: parseNum(r[1]), avg: parseNum(r[2]), max: parseNum(r[3]), sd: parseNum(r[4]) };
      continue;
    }
    const seq = /\b(?:icmp_)?seq[=\s](\d+)/.exec(line)?.[1];
    const time = /\b\S+[=<]\s*(\d+(?:\.\d+)?)\s*ms\b/.exec(line)?.[1];
    if (seq !== undefined) seqs.add(seq);
    if (seq !== undefined && time !== undefined && !UNIX_ERROR.test(line)) {
      if (!/\(DUP!\)/.test(line) && !replied.has(seq)) replied.set(seq, parseNum(time) ?? 0);
    } else if (UNIX_ERROR.test(line) || (seq !== undefined && /^From\s/i.test(line))) {
      errorLines++;
      // "connect: Network is unreachable" means nothing could be sent at all
      if (seq === undefined && !/\bconnect:/i.test(line)) seqLessErrors++;
    }
  }
  const unreachable = errorLines > 0 || (stats?.errors ?? 0) > 0 || tooBig !== null;
  const fromReplies = statsFromTimes([...replied.values()]);
  if (stats)
    return outcome(stats.sent, stats.received, withDeviation(rtt, fromReplies), unreachable, tooBig, expired);
  const text = lines.join('\n');
  if (PERMISSION.test(text))
    return { kind: 'failure', failure: 'permission', message: firstMatching(lines, PERMISSION) };
  if (UNRESOLVED.test(text))
    return { kind: 'failure', failure: 'unresolved', message: firstMatching(lines, UNRESOLVED) };
  // "ping: sendto: Message too long" without statistics: each refusal was one probe
  const sent = Math.max(seqs.size, seqLessErrors, tooBigLines([...lead, ...lines]));
  if (sent === 0 && !unreachable) return null;
  return outcome(sent, replied.size, withDeviation(rtt, fromReplies), unreachable, tooBig, expired);
}

function tooBigLines(lines: string[]): number {
  return lines.filter((l) => unixTooBig(l)?.reportedBy === null).length;
}

function firstMatching(lines: string[], re: RegExp): string {
  return (lines.find((l) => re.test(l)) ?? '').trim().slice(0, 200);
}

const IPV4_TOKEN = /\d{1,3}(?:\.\d{1,3}){3}/g;
const IPV6_TOKEN = /[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%\w+)?/g;
/** "<words> <ip>: <rest>" or "<ip> <words>: <rest>" (French puts a space before the colon). */
const REPLY = /([0-9A-Fa-f.:%]*[0-9A-Fa-f])\s?:\s+(\S.*)$/;

/** The first IP literal of a Windows header line ("Pinging <ip> with …", "… <name> [<ip>] …"). */
function headerTarget(line: string): string | null {
  for (const m of line.matchAll(/\[([^\]]+)\]|[0-9A-Fa-f.:%]+/g)) {
    const token = m[1] ?? m[0];
    if (ipVersion(token) !== 0) return token;
  }
  return null;
}

function isWinHeader(line: string): boolean {
  if (!/[:：]\s*$/.test(line) || /=/.test(line)) return false;
  const rest = line.replace(IPV6_TOKEN, ' ').replace(IPV4_TOKEN, ' ');
  return /(^|[^\w.])\d+([^\w.]|$)/.test(rest);
}

/**
 * Parses Windows ping in any display language by structure: the statistics line holds three
 * "= N" counts (sent, received, lost), the times line three "= N<unit>" values (min, max, avg),
 * a reply line is "<ip>: ..." with "=N"/"<N" values, and an "<ip>: <text>" line without values is
 * an ICMP error (host unreachable, TTL expired) that Windows nevertheless counts as received.
 * `ttlLimited`: the ping ran with a TTL, so an error from another address is a hop's "time exceeded".
 */
function parsePingWindows(stdout: string, stderr = '', ttlLimited = false): PingParse {
  let lines = toLines(
    `${typeof stdout === 'string' ? stdout : ''}\n${typeof stderr === 'string' ? stderr : ''}`,
  );
  const lastHeader = lines.reduce((acc, l, i) => (isWinHeader(l) ? i : acc), -1);
  if (lastHeader >= 0) lines = lines.slice(lastHeader);
  const target = lastHeader >= 0 ? headerTarget(lines[0] ?? '') : null;
  let expired: string | null = null;
  let stats: { sent: number; received: number } | null = null;
  let rtt: RttStats | null = null;
  const times: number[] = [];
  let echo = 0;
  let icmpErrors = 0;
  let failures = 0;
  let probeLines = 0;
  let probing = lastHeader >= 0;
  let tooBig: TooBigLine | null = null;
  for (const [i, line] of lines.entries()) {
    if (i === 0 && lastHeader >= 0) continue;
    const counts = [...line.matchAll(/=\s*(\d+)(?=\s*(?:[,、，(]|$))/g)].map((m) => Number(m[1]));
    if (counts.length === 3 && !/TTL/i.test(line)) {
      stats = { sent: counts[0] ?? 0, received: counts[1] ?? 0 };
      probing = false;
      continue;
    }
    const vals = [...line.matchAll(/=\s*(\d+)\s*[^\d\s,、，=<]{1,6}(?=\s*(?:[,、，]|$))/g)].map((m) =>
      Number(m[1]),
    );
    if (vals.length === 3 && !/TTL/i.test(line)) {
      rtt = { min: vals[0] ?? null, max: vals[1] ?? null, avg: vals[2] ?? null, sd: null };
      continue;
    }
    if (line.trim() === '' || /[:：]\s*$/.test(line)) {
      if (line.trim() === '' && probeLines > 0) probing = false;
      continue;
    }
    const m = REPLY.exec(line);
    const ipOk = m !== null && ipVersion(m[1] ?? '') !== 0;
    const big = windowsTooBig(line, ipOk ? (m?.[1] ?? null) : null);
    tooBig = firstTooBig(tooBig, big);
    if (!big) expired ??= windowsTimeExceeded(line, ipOk ? (m?.[1] ?? null) : null, target, ttlLimited);
    if (big && !ipOk) {
      failures++;
    } else if (ipOk && /[=<]\s*\d/.test(m[2] ?? '')) {
      echo++;
      const nums = [...(m[2] ?? '').matchAll(/(TTL\s*)?[=<]\s*(\d+(?:[.,]\d+)?)/gi)].filter(
        (x) => x[1] === undefined,
      );
      const t = nums.length >= 2 ? nums[nums.length - 1] : nums[0];
      // "<1ms" is recorded as 0.5 ms (the same convention as tracert hops)
      const v = t && /</.test(t[0]) ? 0.5 : parseNum(t?.[2]);
      if (v !== null) times.push(v);
    } else if (ipOk) {
      icmpErrors++;
    } else if (/general failure|transmit failed/i.test(line)) {
      failures++;
    }
    if (probing) probeLines++;
  }
  const unreachable = icmpErrors > 0 || failures > 0;
  const fromReplies = statsFromTimes(times);
  if (stats) {
    const visible = echo + icmpErrors > 0;
    const received = visible ? Math.min(stats.received, echo) : stats.received;
    return outcome(stats.sent, received, withDeviation(rtt, fromReplies), unreachable, tooBig, expired);
  }
  if (lastHeader < 0) {
    const text = lines.join('\n');
    if (UNRESOLVED.test(text) || WIN_UNRESOLVED.test(text))
      return { kind: 'failure', failure: 'unresolved', message: firstMatching(lines, /\S/) };
    return null;
  }
  return outcome(probeLines, echo, fromReplies, unreachable, tooBig, expired);
}

/**
 * Parses ping output of the given OS. Never throws. `o.ttlLimited`: the ping ran with a TTL
 * (Windows names a hop's "time exceeded" only in its display language; see windowsTimeExceeded).
 */
export function parsePing(
  os: OsKind,
  stdout: string,
  stderr = '',
  o: { ttlLimited?: boolean } = {},
): PingParse {
  try {
    return os === 'win32'
      ? parsePingWindows(stdout, stderr, o.ttlLimited === true)
      : parsePingUnix(stdout, stderr);
  } catch {
    return null;
  }
}
