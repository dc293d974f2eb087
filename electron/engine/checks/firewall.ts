import type { CheckResult, EvidenceValue } from '../../contract';
import { isToolSkip } from '../platform/types';
import { lookupAddress, remaining, runCheck, skipped } from './common';
import type { CheckBody, CheckContext } from './common';
import { tcpProbe } from './tcp-connect';
import type { TcpOutcome } from './tcp-connect';

const LOOKUP_CAP_MS = 1500;
const PING_CAP_MS = 1500;
/** Five echoes also measure loss to the site well enough to raise the path question. */
const PING_COUNT = 5;
const TCP_CAP_MS = 1500;

const RANK: Record<TcpOutcome, number> = { open: 4, refused: 3, unreachable: 2, error: 1, silent: 0 };

/** Two connection attempts at once, so one lost SYN on a lossy route does not look like a firewall. */
async function bestOfTwo(
  host: string,
  port: number,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<{ outcome: TcpOutcome }> {
  const [a, b] = await Promise.all([
    tcpProbe(host, port, timeoutMs, signal),
    tcpProbe(host, port, timeoutMs, signal),
  ]);
  return RANK[a.outcome] >= RANK[b.outcome] ? a : b;
}

/**
 * Firewall inference: does the site's host answer ping while its web port is refused or
 * silent? That pattern means something on the path (or the host's firewall) blocks web
 * traffic. `host-silent` means nothing answered at all.
 */
export async function firewallCheck(ctx: CheckContext): Promise<CheckResult> {
  return runCheck('firewall', ctx, async (): Promise<CheckBody> => {
    const address = await lookupAddress(ctx.lookup, ctx.target.host, Math.min(LOOKUP_CAP_MS, remaining(ctx)));
    if (!address) return skipped('no-site-address', {});
    const port = ctx.target.port;
    const ports = [port, ...([80, 443].includes(port) ? [80, 443].filter((p) => p !== port) : [])];
    const [ping, ...tcp] = await Promise.all([
      ctx.deps.platform.ping(address, {
        count: PING_COUNT,
        timeoutMs: Math.max(200, Math.min(PING_CAP_MS, remaining(ctx))),
        signal: ctx.signal,
      }),
      ...ports.map((p) =>
        bestOfTwo(address, p, Math.max(100, Math.min(TCP_CAP_MS, remaining(ctx))), ctx.signal),
      ),
    ]);
    const outcomes: Record<string, TcpOutcome> = {};
    ports.forEach((p, i) => {
      outcomes[String(p)] = tcp[i]?.outcome ?? 'error';
    });
    const evidence: Record<string, EvidenceValue> = { address, ports: outcomes };
    const pingAnswered = !isToolSkip(ping) && ping.received > 0;
    // only when some echoes came back: a silent site says nothing about the link
    if (pingAnswered) ctx.board.reportSiteLoss(ping.lossPct);
    if (isToolSkip(ping)) evidence.ping = `skipped: ${ping.reason}`;
    else
      Object.assign(evidence, {
        pingReceived: ping.received,
        pingSent: ping.sent,
        pingLossPct: ping.lossPct,
        pingRttMs: ping.rttAvgMs,
      });
    const main = outcomes[String(port)] ?? 'error';
    if (main === 'open') return { status: 'ok', evidence };
    const problems: string[] = [
      main === 'refused'
        ? 'web-port-refused'
        : main === 'silent'
          ? 'web-port-silent'
          : 'web-port-unreachable',
    ];
    if (pingAnswered) problems.push('web-ports-blocked');
    else if (!isToolSkip(ping) && main !== 'refused') problems.push('host-silent');
    return { status: 'problem', problems, evidence };
  });
}
