import { isIPv4 } from 'node:net';
import type { LookupFunction } from 'node:net';
import { createNodeEngineDeps } from '../../../../electron/engine';
import type { EngineDeps } from '../../../../electron/engine';
import { createPlatform } from '../../../../electron/engine/platform';
import { createNodeRunner } from '../../../../electron/engine/platform/command-runner';
import { skipNote } from '../../../../electron/engine/platform/skip';
import type { PlatformFacade, TraceOutcome } from '../../../../electron/engine/platform/types';

/** Refuses any host that is not loopback: tests must never send packets off the machine. */
function loopbackOnly(host: string): void {
  if (!(host === 'localhost' || host === '::1' || (isIPv4(host) && host.startsWith('127.')))) {
    throw new Error(`test safety: refusing to send packets to ${host}`);
  }
}

export interface FakeWorld {
  gateway?: { address: string; interface: string | null } | null;
  trace?: TraceOutcome;
  systemResolvers?: string[];
  /** Loopback hosts whose ping is scripted to get no reply (to model a silent remote host). */
  silentHosts?: string[];
}

/** A platform whose ping is the real system ping (loopback only) and whose route/trace data is scripted. */
export function loopbackPlatform(world: FakeWorld = {}): PlatformFacade {
  const real = createPlatform('linux', createNodeRunner());
  return {
    os: 'linux',
    defaultGateway: async () =>
      world.gateway === undefined ? { address: '127.0.0.1', interface: 'lo' } : world.gateway,
    ping: async (host, o) => {
      loopbackOnly(host);
      if (world.silentHosts?.includes(host)) {
        return {
          kind: 'ping',
          sent: o.count,
          received: 0,
          lossPct: 100,
          rttAvgMs: null,
          rttMinMs: null,
          rttMaxMs: null,
          unreachable: false,
        };
      }
      return real.ping(host, o);
    },
    traceroute: async (host, o) => {
      loopbackOnly(host);
      if (!world.trace)
        return { kind: 'skipped', ...skipNote('trace-missing', { tools: 'none in this test' }) };
      for (const hop of world.trace.hops) o.onHop?.(hop);
      return world.trace;
    },
    systemResolvers: async () => world.systemResolvers ?? ['127.0.0.1'],
  };
}

/** Engine deps for in-process tests: loopback resolvers, controls and platform only. */
export function loopbackDeps(
  o: {
    world?: FakeWorld;
    controls: string[];
    dnsPort: number;
    lookup?: LookupFunction;
    env?: Record<string, string>;
  } & Partial<EngineDeps>,
): EngineDeps {
  const { world, ...rest } = o;
  return createNodeEngineDeps({
    platform: loopbackPlatform(world),
    resolvers: ['127.0.0.2'],
    env: {},
    gatewayTcpPorts: [9],
    hostsPath: null,
    fetchJson: async () => {
      throw new Error('test safety: no calls to outside services');
    },
    system: {
      os: 'linux',
      osRelease: 'test',
      arch: 'x64',
      appVersion: '0.0.0-test',
      hostname: 'test-pc',
      timeZone: 'Europe/Berlin',
    },
    ...rest,
  });
}
