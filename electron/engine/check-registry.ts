// The check registry: every check the orchestrator runs is one entry here, with the checks it
// needs and what it returns. The runner starts each check as soon as what it needs is done, so
// independent checks run in parallel. Adding a check: one entry (CONTRIBUTING.md "Add a check").
import type { CheckId, CheckResult } from '../contract';
import type { CheckContext } from './checks/common';
import { captivePortalCheck } from './checks/captive-portal';
import { controlSitesCheck } from './checks/control-sites';
import type { ControlSitesOutcome } from './checks/control-sites';
import { dnsSwapCheck } from './checks/dns-swap';
import type { DnsSwapOutcome } from './checks/dns-swap';
import { externalVantageCheck } from './checks/external-vantage';
import { firewallCheck } from './checks/firewall';
import { gatewayCheck } from './checks/gateway';
import { hostsFileCheck } from './checks/hosts-file';
import type { GatewayOutcome } from './checks/gateway';
import { ipv6Check } from './checks/ipv6';
import { pathMtuCheck } from './checks/path-mtu';
import { proxyCheck } from './checks/proxy';
import type { ProxyOutcome } from './checks/proxy';
import { siteProbeCheck } from './checks/site-probe';
import type { SiteProbeOutcome } from './checks/site-probe';
import { systemResolversCheck } from './checks/system-resolvers';
import { tlsCertificateCheck } from './checks/tls-certificate';
import type { SystemResolversOutcome } from './checks/system-resolvers';

/** Settings the orchestrator works out once per run and hands to every check. */
export interface RunOptions {
  /** How long one request to the site may take before it counts as "no answer". */
  attemptTimeoutMs: number;
}

/** What each registered check returns (a check result, maybe with richer data beside it). */
export interface CheckOutputs {
  gateway: GatewayOutcome;
  'site-probe': SiteProbeOutcome;
  'tls-certificate': CheckResult;
  'control-sites': ControlSitesOutcome;
  'captive-portal': CheckResult;
  'system-resolvers': SystemResolversOutcome;
  'hosts-file': CheckResult;
  'dns-swap': DnsSwapOutcome;
  proxy: ProxyOutcome;
  firewall: CheckResult;
  'external-vantage': CheckResult;
  ipv6: CheckResult;
  'path-mtu': CheckResult;
}
export type RegisteredCheckId = keyof CheckOutputs;

/** Reads the outputs of the checks a definition declared in `needs`. */
export type NeedsReader<N extends RegisteredCheckId> = <K extends N>(id: K) => CheckOutputs[K];

/** One check: what it needs first and how to run it. */
export interface CheckDefinition<K extends RegisteredCheckId, N extends RegisteredCheckId = never> {
  id: K;
  needs: readonly N[];
  run(ctx: CheckContext, o: RunOptions, need: NeedsReader<N>): Promise<CheckOutputs[K]>;
}

type AnyDefinition = { [K in RegisteredCheckId]: CheckDefinition<K, RegisteredCheckId> }[RegisteredCheckId];

function define<K extends RegisteredCheckId, N extends RegisteredCheckId = never>(
  d: CheckDefinition<K, N>,
): AnyDefinition {
  return d as unknown as AnyDefinition;
}

/** Every check the orchestrator runs (traceroute is started speculatively beside them). */
const CHECK_REGISTRY: readonly AnyDefinition[] = [
  define({ id: 'gateway', needs: [], run: (ctx) => gatewayCheck(ctx) }),
  define({ id: 'site-probe', needs: [], run: (ctx, o) => siteProbeCheck(ctx, o) }),
  // The certificate the site shows, read beside the site probe (which rejects a bad one).
  define({ id: 'tls-certificate', needs: [], run: (ctx) => tlsCertificateCheck(ctx) }),
  define({ id: 'control-sites', needs: [], run: (ctx, o) => controlSitesCheck(ctx, o) }),
  // Reads what the site and the known-good sites answered; asks more only when something was odd.
  define({
    id: 'captive-portal',
    needs: ['site-probe', 'control-sites'],
    run: (ctx, _o, need) =>
      captivePortalCheck(ctx, need('site-probe').attempts, need('control-sites').attempts),
  }),
  define({ id: 'system-resolvers', needs: [], run: (ctx) => systemResolversCheck(ctx) }),
  define({ id: 'hosts-file', needs: [], run: (ctx) => hostsFileCheck(ctx) }),
  define({
    id: 'dns-swap',
    needs: ['system-resolvers'],
    run: (ctx, _o, need) => dnsSwapCheck(ctx, need('system-resolvers').resolvers),
  }),
  define({ id: 'proxy', needs: [], run: (ctx, o) => proxyCheck(ctx, o) }),
  define({ id: 'firewall', needs: [], run: (ctx) => firewallCheck(ctx) }),
  define({ id: 'external-vantage', needs: [], run: (ctx) => externalVantageCheck(ctx) }),
  // IPv6 beside IPv4: its own pinned requests, in parallel with the DNS comparison.
  define({ id: 'ipv6', needs: [], run: (ctx) => ipv6Check(ctx) }),
  // Waits for a stalled connection from the site probe (through the run's board), else skips.
  define({ id: 'path-mtu', needs: [], run: (ctx) => pathMtuCheck(ctx) }),
];

/** The running checks of one run: each output as a promise, by id. */
export type RunningChecks = { [K in RegisteredCheckId]: Promise<CheckOutputs[K]> };

/**
 * Starts every registered check as soon as the checks it needs are done; `track` wraps each
 * run (events, bookkeeping). Throws at start on a registry whose needs name an unknown or
 * later check (a cycle cannot be written).
 */
export function startChecks(
  ctx: CheckContext,
  o: RunOptions,
  track: <T extends CheckResult | { result: CheckResult }>(id: CheckId, run: () => Promise<T>) => Promise<T>,
  registry: readonly AnyDefinition[] = CHECK_REGISTRY,
): RunningChecks {
  const running = new Map<RegisteredCheckId, Promise<unknown>>();
  const done = new Map<RegisteredCheckId, unknown>();
  for (const def of registry) {
    const needs = def.needs.map((n) => {
      const p = running.get(n);
      if (!p) throw new Error(`check ${def.id} needs ${n}, which is not registered before it`);
      return p;
    });
    const need = ((id: RegisteredCheckId) => done.get(id)) as NeedsReader<RegisteredCheckId>;
    const run = Promise.all(needs).then(() =>
      track(def.id, () => (def.run as AnyDefinition['run'])(ctx, o, need) as Promise<CheckResult>),
    );
    running.set(
      def.id,
      run.then((out) => {
        done.set(def.id, out);
        return out;
      }),
    );
  }
  return Object.fromEntries(running) as RunningChecks;
}
