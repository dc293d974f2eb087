import type { CheckResult, EvidenceValue, GatewayInfo } from '../../contract';
import { isToolSkip } from '../platform/types';
import type { PingOutcome, ToolSkip } from '../platform/types';
import { remaining, runCheck, skippedByTool } from './common';
import type { CheckBody, CheckContext } from './common';
import { tcpProbe } from './tcp-connect';

export interface GatewayOutcome {
  result: CheckResult;
  gateway: GatewayInfo | null;
}

// Six echoes 0.2 s apart (about 1 s): enough to see a link that loses one packet in three.
const PING_COUNT = 6;
/** A home router answers in a few ms; a second and a half of silence is a dead router. */
const PING_CAP_MS = 1500;
const TCP_CAP_MS = 700;
/** Loss to the router itself: at least two echoes and this share of them. */
const LOSS_MIN_LOST = 2;
const LOSS_PCT = 15;
/**
 * Jitter to the router itself: a healthy link answers within a few ms every time; a weak Wi-Fi
 * link spreads its answers over tens of ms (standard deviation and range of the round trips).
 */
const JITTER_SD_MS = 30;
const JITTER_RANGE_MS = 60;
const JITTER_MIN_REPLIES = 4;

/** Two ping runs as one: counts add up, the extremes and the deviation of the later run win. */
function combine(a: PingOutcome, b: PingOutcome | ToolSkip): PingOutcome {
  if (isToolSkip(b)) return a;
  const sent = a.sent + b.sent;
  const received = a.received + b.received;
  const avg =
    received === 0
      ? null
      : Math.round((((a.rttAvgMs ?? 0) * a.received + (b.rttAvgMs ?? 0) * b.received) / received) * 1000) /
        1000;
  const out: PingOutcome = {
    kind: 'ping',
    sent,
    received,
    lossPct: sent > 0 ? Math.round(((sent - received) / sent) * 100000) / 1000 : 100,
    rttAvgMs: avg,
    rttMinMs: minOf(a.rttMinMs, b.rttMinMs, Math.min),
    rttMaxMs: minOf(a.rttMaxMs, b.rttMaxMs, Math.max),
    unreachable: a.unreachable || b.unreachable,
  };
  const sd = b.rttStdDevMs ?? a.rttStdDevMs;
  if (sd !== undefined) out.rttStdDevMs = sd;
  return out;
}

function minOf(a: number | null, b: number | null, f: (x: number, y: number) => number): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return f(a, b);
}

/** The router's own echoes: lossy, jittery, both or neither. */
export function linkProblems(p: PingOutcome): string[] {
  const lost = p.sent - p.received;
  const out: string[] = [];
  if (lost >= LOSS_MIN_LOST && p.lossPct >= LOSS_PCT) out.push('gateway-loss');
  const range = p.rttMaxMs !== null && p.rttMinMs !== null ? p.rttMaxMs - p.rttMinMs : 0;
  if (p.received >= JITTER_MIN_REPLIES && (p.rttStdDevMs ?? 0) >= JITTER_SD_MS && range >= JITTER_RANGE_MS)
    out.push('gateway-jitter');
  return out;
}

/**
 * Gateway: finds the default route's next hop and checks it answers — system ping first,
 * then a TCP connection to common router ports when ICMP is not permitted or filtered
 * (a refusal proves the router is alive just as well as an echo reply).
 */
export async function gatewayCheck(ctx: CheckContext): Promise<GatewayOutcome> {
  let gateway: GatewayInfo | null = null;
  const result = await runCheck('gateway', ctx, async (): Promise<CheckBody> => {
    const found = await ctx.deps.platform.defaultGateway(ctx.signal);
    if (isToolSkip(found)) return skippedByTool(found);
    if (found === null) {
      gateway = {
        address: null,
        interface: null,
        reachable: false,
        method: 'none',
        latencyMs: null,
        lossPct: null,
      };
      return { status: 'problem', problems: ['no-default-route'], evidence: { address: null } };
    }
    const evidence: Record<string, EvidenceValue> = { address: found.address, interface: found.interface };
    // The TCP fallback runs alongside ping, so a dead router costs one wait, not two.
    const ports = ctx.deps.gatewayTcpPorts;
    const tcpRun = Promise.all(
      ports.map((p) =>
        tcpProbe(found.address, p, Math.max(100, Math.min(TCP_CAP_MS, remaining(ctx))), ctx.signal),
      ),
    );
    const pingOnce = (): Promise<PingOutcome | ToolSkip> =>
      ctx.deps.platform.ping(found.address, {
        count: PING_COUNT,
        timeoutMs: Math.max(200, Math.min(PING_CAP_MS, remaining(ctx))),
        signal: ctx.signal,
      });
    let ping = await pingOnce();
    // One echo lost in six cannot tell a weak link from bad luck, and six clean echoes while
    // pings to the site get lost may be luck too: twelve more (two runs at once) decide.
    if (!isToolSkip(ping) && ping.received > 0 && remaining(ctx) > PING_CAP_MS) {
      const lost = ping.sent - ping.received;
      if (lost === 1 || (lost === 0 && (ctx.board.siteLoss() ?? 0) > 0)) {
        const [a, b] = await Promise.all([pingOnce(), pingOnce()]);
        ping = combine(combine(ping, a), b);
      }
    }
    let pingOk: PingOutcome | null = null;
    if (isToolSkip(ping)) {
      evidence.ping = `skipped: ${ping.reason}`;
    } else {
      evidence.pingSent = ping.sent;
      evidence.pingReceived = ping.received;
      evidence.lossPct = ping.lossPct;
      evidence.rttAvgMs = ping.rttAvgMs;
      evidence.rttMinMs = ping.rttMinMs;
      evidence.rttMaxMs = ping.rttMaxMs;
      evidence.jitterMs = ping.rttStdDevMs ?? null;
      if (ping.received > 0) pingOk = ping;
    }
    if (pingOk) {
      gateway = {
        address: found.address,
        interface: found.interface,
        reachable: true,
        method: 'icmp',
        latencyMs: pingOk.rttAvgMs,
        lossPct: pingOk.lossPct,
      };
      const problems = linkProblems(pingOk);
      return { status: problems.length ? 'problem' : 'ok', problems, evidence };
    }
    // ICMP not permitted or filtered: did TCP to ports routers usually listen on get an answer?
    const tcp = await tcpRun;
    evidence.tcp = ports.map((p, i) => ({ port: p, outcome: tcp[i]?.outcome ?? 'error' }));
    const alive = tcp.find((t) => t.outcome === 'open' || t.outcome === 'refused');
    if (alive) {
      gateway = {
        address: found.address,
        interface: found.interface,
        reachable: true,
        method: 'tcp',
        latencyMs: alive.ms,
        lossPct: null,
      };
      return {
        status: 'ok',
        problems: isToolSkip(ping) ? ['icmp-not-permitted'] : ['gateway-ignores-ping'],
        evidence,
      };
    }
    gateway = {
      address: found.address,
      interface: found.interface,
      reachable: false,
      method: isToolSkip(ping) ? 'tcp' : 'icmp',
      latencyMs: null,
      lossPct: isToolSkip(ping) ? null : ping.lossPct,
    };
    return { status: 'problem', problems: ['gateway-silent'], evidence };
  });
  return { result, gateway };
}
