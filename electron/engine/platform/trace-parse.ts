import type { Hop } from '../../contract';
import { clampPct, cleanIp, clipLine, parseNum, round3, toLines } from './parse-util';

type Probe = Hop['probes'][number];

/** Which line format a streaming parser reads. */
export type TraceFormat = 'traceroute' | 'tracert' | 'tracepath';

/** Incremental hop parser: feed lines as they arrive, get hops as soon as they are complete. */
export interface TraceLineParser {
  /** Feeds one output line; returns the hops this line completed (in ttl order). */
  push(line: string): Hop[];
  /** Ends the stream; returns the hops still pending. */
  end(): Hop[];
  /** Every hop seen so far, sorted by ttl (late probes merged). */
  hops(): Hop[];
  /** Destination address from the header, when printed. */
  destination(): string | null;
  /** The tool itself said the destination was reached (tracepath "reached"). */
  reachedMarker(): boolean;
}

export interface TraceParserOptions {
  /** Probes per hop the tool was asked for: a hop line holding that many is complete at once. */
  probesPerHop?: number;
}

const MAX_TTL = 255;

/** Builds a contract Hop; loss is the share of probes without an answer. */
function makeHop(ttl: number, probes: Probe[]): Hop {
  const lost = probes.filter((p) => p.rttMs === null).length;
  return { ttl, probes, lossPct: probes.length === 0 ? 100 : clampPct(round3((lost / probes.length) * 100)) };
}

/** True when the last hop answered from the destination address. */
export function reachedDestination(hops: readonly Hop[], destination: string | null): boolean {
  const last = hops[hops.length - 1];
  if (!last || destination === null) return false;
  const dest = destination.toLowerCase();
  return last.probes.some((p) => p.rttMs !== null && p.address !== null && p.address.toLowerCase() === dest);
}

function validTtl(s: string | undefined): number | null {
  const n = Number(s);
  return Number.isInteger(n) && n >= 1 && n <= MAX_TTL ? n : null;
}

/** Shared bookkeeping: hops by ttl, emitted once, in order. */
function hopStore(): {
  add(ttl: number, probes: Probe[]): void;
  emitBelow(ttl: number): Hop[];
  emitTtl(ttl: number): Hop[];
  all(): Hop[];
} {
  const probesByTtl = new Map<number, Probe[]>();
  const emitted = new Set<number>();
  const hopOf = (t: number): Hop => makeHop(t, probesByTtl.get(t) ?? []);
  return {
    add(ttl, probes) {
      probesByTtl.set(ttl, [...(probesByTtl.get(ttl) ?? []), ...probes]);
    },
    emitBelow(ttl) {
      const out = [...probesByTtl.keys()].filter((t) => t < ttl && !emitted.has(t)).sort((a, b) => a - b);
      out.forEach((t) => emitted.add(t));
      return out.map(hopOf);
    },
    emitTtl(ttl) {
      if (emitted.has(ttl) || !probesByTtl.has(ttl)) return [];
      emitted.add(ttl);
      return [hopOf(ttl)];
    },
    all() {
      return [...probesByTtl.keys()].sort((a, b) => a - b).map(hopOf);
    },
  };
}

/** Reads "name (ip)", "ip", "*", "<rtt> ms", "!H" tokens of a traceroute hop (or continuation) line. */
function traceTokens(rest: string, start: { address: string | null; hostname: string | null }): Probe[] {
  const probes: Probe[] = [];
  let address = start.address;
  let hostname = start.hostname;
  const tokens = rest
    .trim()
    .split(/\s+/)
    .filter((t) => t.length > 0);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] ?? '';
    const next = tokens[i + 1];
    if (tok === '*') {
      probes.push({ address: null, hostname: null, rttMs: null, annotation: null });
    } else if (/^\d+(?:\.\d+)?$/.test(tok) && next === 'ms') {
      probes.push({ address, hostname, rttMs: parseNum(tok), annotation: null });
      i++;
    } else if (/^\d+(?:\.\d+)?ms$/.test(tok)) {
      probes.push({ address, hostname, rttMs: parseNum(tok.slice(0, -2)), annotation: null });
    } else if (tok.startsWith('!')) {
      const last = probes[probes.length - 1];
      if (last) last.annotation = tok.slice(0, 12);
    } else if (/^\(.*\)$/.test(tok)) {
      address = cleanIp(tok);
    } else if (tok !== 'ms') {
      const ip = cleanIp(tok);
      const parenIp = next !== undefined && /^\(.*\)$/.test(next) ? next : null;
      if (parenIp !== null) {
        address = cleanIp(parenIp);
        hostname = ip !== null && ip === address ? null : tok;
        i++;
      } else {
        address = ip;
        hostname = ip === null ? tok : null;
      }
    }
  }
  return probes;
}

/** Linux/macOS `traceroute` (and tcptraceroute) lines: " 3  name (ip)  1.2 ms !H  * ...", continuation lines. */
function tracerouteParser(o: TraceParserOptions): TraceLineParser {
  const store = hopStore();
  let dest: string | null = null;
  let current: { ttl: number; address: string | null; hostname: string | null } | null = null;
  let ended = false;
  const perHop = o.probesPerHop ?? 0;
  const lastOf = (ttl: number): { address: string | null; hostname: string | null } => {
    const answered =
      store
        .all()
        .find((h) => h.ttl === ttl)
        ?.probes.filter((p) => p.address !== null) ?? [];
    const p = answered[answered.length - 1];
    return { address: p?.address ?? null, hostname: p?.hostname ?? null };
  };
  return {
    push(raw) {
      if (typeof raw !== 'string') return [];
      const line = clipLine(raw);
      if (ended) return [];
      const header = /^(?:traceroute6?|Tracing the path) to \S+ \(([^)]+)\)/.exec(line);
      if (header) {
        // a second run in the same capture (never in one process): keep the first, ignore the rest
        if (store.all().length > 0) ended = true;
        else dest = cleanIp(header[1]);
        return [];
      }
      const hop = /^\s*(\d{1,3})\s+(\S.*)$/.exec(line);
      const ttl = hop ? validTtl(hop[1]) : null;
      if (hop && ttl !== null) {
        const out = store.emitBelow(ttl);
        current = { ttl, address: null, hostname: null };
        const probes = traceTokens(hop[2] ?? '', current);
        store.add(ttl, probes);
        if (perHop > 0 && probes.length >= perHop) out.push(...store.emitTtl(ttl));
        return out;
      }
      const cont = /^\s+(\S.*)$/.exec(line);
      if (cont && current !== null && /\d/.test(cont[1] ?? '')) {
        const probes = traceTokens(cont[1] ?? '', lastOf(current.ttl)).filter(
          (p) => p.rttMs !== null || p.address !== null,
        );
        store.add(current.ttl, probes);
      }
      return [];
    },
    end: () => store.emitBelow(MAX_TTL + 1),
    hops: () => store.all(),
    destination: () => dest,
    reachedMarker: () => false,
  };
}

/** Maps a tracert "<ip> reports: <message>" text to a traceroute-style annotation. */
function tracertAnnotation(text: string): string | null {
  const t = text.trim();
  if (t === '') return null;
  if (/net(work)?\s+unreachable/i.test(t)) return '!N';
  if (/prohibited|administratively/i.test(t)) return '!X';
  if (/protocol/i.test(t)) return '!P';
  return '!H';
}

/** Windows `tracert` lines: "  9     *       26 ms     *     name [ip]" in any display language. */
function tracertParser(): TraceLineParser {
  const store = hopStore();
  let dest: string | null = null;
  let seenHop = false;
  return {
    push(raw) {
      if (typeof raw !== 'string') return [];
      const line = clipLine(raw);
      const m = /^\s*(\d{1,3})\s+((?:(?:<?\s?\d+\s*[^\s\d*<]{1,3}|\*)\s+){1,3})(.*)$/.exec(`${line} `);
      const ttl = m ? validTtl(m[1]) : null;
      if (!m || ttl === null) {
        if (!seenHop && dest === null) {
          const bracket = /\[([^\]]+)\]/.exec(line);
          dest =
            cleanIp(bracket?.[1]) ??
            line
              .split(/\s+/)
              .map((t) => cleanIp(t))
              .find((ip) => ip !== null) ??
            null;
        }
        return [];
      }
      seenHop = true;
      const rest = (m[3] ?? '').trim();
      const bracket = /^(.*?)\s*\[([^\]]+)\]\s*(.*)$/.exec(rest);
      let address: string | null = null;
      let hostname: string | null = null;
      let tail = '';
      if (bracket) {
        address = cleanIp(bracket[2]);
        hostname = (bracket[1] ?? '').trim() || null;
        tail = bracket[3] ?? '';
      } else {
        const first = rest.split(/\s+/)[0] ?? '';
        address = cleanIp(first);
        tail = address === null ? '' : rest.slice(first.length);
      }
      const annotation = address === null ? null : tracertAnnotation(tail);
      const cols = (m[2] ?? '').trim().match(/<?\s?\d+\s*[^\s\d*<]{1,3}|\*/g) ?? [];
      const probes: Probe[] = cols.map((c) => {
        if (c === '*') return { address: null, hostname: null, rttMs: null, annotation: null };
        const v = /(<)?\s?(\d+)/.exec(c);
        const rtt = v?.[1] ? 0.5 : parseNum(v?.[2]);
        return { address, hostname, rttMs: rtt, annotation };
      });
      const out = store.emitBelow(ttl);
      store.add(ttl, probes);
      out.push(...store.emitTtl(ttl));
      return out;
    },
    end: () => store.emitBelow(MAX_TTL + 1),
    hops: () => store.all(),
    destination: () => dest,
    reachedMarker: () => false,
  };
}

/** iputils `tracepath` lines: " 2:  addr  asymm 1  0.390ms pmtu 1480", "no reply", "reached", "!N". */
function tracepathParser(): TraceLineParser {
  const store = hopStore();
  let reached = false;
  return {
    push(raw) {
      if (typeof raw !== 'string') return [];
      const line = clipLine(raw);
      const m = /^\s*(\d{1,3})\??:\s+(\S.*)$/.exec(line);
      const ttl = m ? validTtl(m[1]) : null;
      if (!m || ttl === null || /\[LOCALHOST\]/.test(m[2] ?? '')) return [];
      const rest = (m[2] ?? '').trim();
      const out = store.emitBelow(ttl);
      if (/^no reply\b/i.test(rest)) {
        store.add(ttl, [{ address: null, hostname: null, rttMs: null, annotation: null }]);
        return out;
      }
      const first = rest.split(/\s+/)[0] ?? '';
      const address = cleanIp(first);
      const time = /(?:^|\s)(\d+(?:\.\d+)?)ms\b/.exec(rest);
      const note = /(?:^|\s)(![A-Za-z0-9<>-]+)/.exec(rest);
      if (/\breached\b/.test(rest)) reached = true;
      store.add(ttl, [
        {
          address,
          hostname: address === null && first !== '' ? first : null,
          rttMs: time ? parseNum(time[1]) : null,
          annotation: note?.[1] ?? null,
        },
      ]);
      return out;
    },
    end: () => store.emitBelow(MAX_TTL + 1),
    hops: () => store.all(),
    destination: () => null,
    reachedMarker: () => reached,
  };
}

/** Creates an incremental parser for one traceroute-like tool. */
export function createTraceParser(format: TraceFormat, o: TraceParserOptions = {}): TraceLineParser {
  if (format === 'tracert') return tracertParser();
  if (format === 'tracepath') return tracepathParser();
  return tracerouteParser(o);
}

/** Parses a whole captured output at once (same parser as streaming). */
export function parseTraceText(
  format: TraceFormat,
  text: string,
  o: TraceParserOptions = {},
): { hops: Hop[]; destination: string | null; reached: boolean } {
  const p = createTraceParser(format, o);
  for (const line of toLines(text)) p.push(line);
  p.end();
  const hops = p.hops();
  const destination = p.destination();
  return { hops, destination, reached: p.reachedMarker() || reachedDestination(hops, destination) };
}
