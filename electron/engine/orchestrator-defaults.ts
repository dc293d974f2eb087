import { randomUUID } from 'node:crypto';
import { hostname, arch, release, platform as osPlatform } from 'node:os';
import { fetchJson } from './http/fetch-json';
import { createPlatform } from './platform';
import { createNodeRunner } from './platform/command-runner';
import { currentOs } from './platform/os';
import type { EngineDeps } from './orchestrator-deps';

/** Production defaults ONLY: tests always inject loopback resolvers and URLs. */
export const DEFAULT_ALTERNATIVE_RESOLVERS: readonly string[] = ['1.1.1.1', '8.8.8.8', '9.9.9.9'];
/** Production defaults ONLY: known-good sites used to tell "the internet works" from "nothing works". */
export const DEFAULT_CONTROL_URLS: readonly string[] = [
  'https://www.example.com/',
  'https://www.wikipedia.org/',
];

declare const __APP_VERSION__: string | undefined;

function appVersion(): string {
  try {
    return typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';
  } catch {
    return '0.0.0-dev';
  }
}

function defaultHostsPath(): string {
  return currentOs() === 'win32'
    ? `${process.env.SystemRoot ?? 'C:\\Windows'}\\System32\\drivers\\etc\\hosts`
    : '/etc/hosts';
}

/**
 * Builds the real dependencies (system commands, sockets, clock) for the CLI and the app.
 * Anything in `overrides` replaces the default; `env` feeds the proxy variables.
 */
export function createNodeEngineDeps(
  overrides: Partial<EngineDeps> & { env?: NodeJS.ProcessEnv } = {},
): EngineDeps {
  const runner = overrides.runner ?? createNodeRunner();
  const deps: EngineDeps = {
    platform: overrides.platform ?? createPlatform(currentOs(), runner),
    runner,
    resolvers: overrides.resolvers ?? [...DEFAULT_ALTERNATIVE_RESOLVERS],
    controls: overrides.controls ?? [...DEFAULT_CONTROL_URLS],
    clock: overrides.clock ?? { now: () => Date.now() },
    env: overrides.env ?? process.env,
    system: overrides.system ?? {
      os: osPlatform(),
      osRelease: release(),
      arch: arch(),
      appVersion: appVersion(),
      hostname: hostname(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    },
    dnsPort: overrides.dnsPort ?? 53,
    hostsPath: overrides.hostsPath !== undefined ? overrides.hostsPath : defaultHostsPath(),
    gatewayTcpPorts: overrides.gatewayTcpPorts ?? [80, 443, 53],
    newId: overrides.newId ?? (() => randomUUID()),
  };
  if (overrides.resolveProxy) deps.resolveProxy = overrides.resolveProxy;
  // The external vantage check is opt-in per run (--external); the fetcher only makes it possible.
  deps.fetchJson = overrides.fetchJson ?? fetchJson;
  if (overrides.lookup) deps.lookup = overrides.lookup;
  return deps;
}
