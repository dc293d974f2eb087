// A scripted platform and a check context around it, for check tests (no packet leaves loopback).
import { createNodeEngineDeps } from '../../../electron/engine';
import { LatencyBoard } from '../../../electron/engine/checks/common';
import type { CheckContext } from '../../../electron/engine/checks/common';
import { proxyFromEnv } from '../../../electron/engine/http/proxy';
import type { PingOutcome, PlatformFacade, ToolSkip } from '../../../electron/engine/platform/types';
import { skipNote } from '../../../electron/engine/platform/skip';
import { parseTarget } from '../../../electron/engine/target';

export const SKIP: ToolSkip = {
  kind: 'skipped',
  ...skipNote('trace-failed', { tool: 'ping', message: 'not scripted' }),
};
export const CANCELLED: ToolSkip = { kind: 'skipped', ...skipNote('cancelled', {}, 'run-again') };

/** A ping outcome: `received` of `sent` echoes answered. */
export function echo(sent: number, received: number, extra: Partial<PingOutcome> = {}): PingOutcome {
  return {
    kind: 'ping',
    sent,
    received,
    lossPct: Math.round(((sent - received) / sent) * 100000) / 1000,
    rttAvgMs: received ? 1 : null,
    rttMinMs: received ? 0.5 : null,
    rttMaxMs: received ? 2 : null,
    unreachable: false,
    ...extra,
  };
}

/** A platform whose router is 192.168.1.1; everything not scripted is skipped. */
export function platform(over: Partial<PlatformFacade>): PlatformFacade {
  return {
    os: 'linux',
    defaultGateway: async () => ({ address: '192.168.1.1', interface: 'eth0' }),
    ping: async () => SKIP,
    traceroute: async () => SKIP,
    systemResolvers: async () => ['127.0.0.1'],
    ...over,
  };
}

/** A check context over platform `p` for `url`, five seconds of budget. */
export function ctx(
  p: PlatformFacade,
  url = 'http://127.0.0.1:9/',
  extra: Partial<CheckContext> = {},
): CheckContext {
  return {
    target: parseTarget(url),
    deps: createNodeEngineDeps({ platform: p, env: {}, resolvers: [], controls: [], hostsPath: null }),
    settings: { repeat: 1, external: false, resolvers: [], controls: [] },
    signal: new AbortController().signal,
    deadline: performance.now() + 5000,
    board: new LatencyBoard(),
    proxyFor: async (u) => proxyFromEnv(u, {}),
    emit: () => undefined,
    runId: 'r',
    ...extra,
  };
}
