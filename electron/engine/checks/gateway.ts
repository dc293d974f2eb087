import type { CheckResult, EvidenceValue, GatewayInfo } from '../../contract';
import { isToolSkip } from '../platform/types';
import type { PingOutcome } from '../platform/types';
import { remaining, runCheck, skipped } from './common';
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

/**
 * Gateway: finds the default route's next hop and checks it answers — system ping first,
 * then a TCP connection to common router ports when ICMP is not permitted or filtered
 * (a refusal proves the router is alive just as well as an echo reply).
 */
export async function gatewayCheck(ctx: CheckContext): Promise<GatewayOutcome> {
  let gateway: GatewayInfo | null = null;
  const result = await runCheck('gateway', ctx, async (): Promise<CheckBody> => {
    const found = await ctx.deps.platform.defaultGateway(ctx.signal);
    if (isToolSkip(found)) return skipped(found.reason, found.hint);
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
    const ping = await ctx.deps.platform.ping(found.address, {
      count: PING_COUNT,
      timeoutMs: Math.max(200, Math.min(PING_CAP_MS, remaining(ctx))),
      signal: ctx.signal,
    });
    let pingOk: PingOutcome | null = null;
    if (isToolSkip(ping)) {
      evidence.ping = `skipped: ${ping.reason}`;
    } else {
      evidence.pingSent = ping.sent;
      evidence.pingReceived = ping.received;
      evidence.lossPct = ping.lossPct;
      evidence.rttAvgMs = ping.rttAvgMs;
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
      const problems = pingOk.lossPct >= 30 ? ['gateway-loss'] : [];
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
