import type { LookupFunction } from 'node:net';
import type { CommandRunner } from './platform/command-runner';
import type { PlatformFacade } from './platform/types';

/**
 * How the app tells the engine which proxy a URL goes through: a PAC-style answer such as
 * `DIRECT` or `PROXY host:port; DIRECT` (what Electron's `session.resolveProxy` returns).
 */
export type ProxyResolver = (url: string) => Promise<string>;

/** One HTTP GET used by the opt-in external vantage check (injected; never used in tests). */
export type JsonFetcher = (url: string, o: { timeoutMs: number; signal?: AbortSignal }) => Promise<unknown>;

/** Facts about this computer recorded in the result (injected so tests are deterministic). */
export interface SystemInfo {
  os: string;
  osRelease: string;
  arch: string;
  appVersion: string;
  hostname: string;
  timeZone: string;
}

/** Everything the engine needs from the outside world; the CLI and the app build one each. */
export interface EngineDeps {
  platform: PlatformFacade;
  runner: CommandRunner;
  /** Alternative DNS resolvers (IP literals) compared with the system's. */
  resolvers: string[];
  /** Known-good control URLs. */
  controls: string[];
  clock: { now(): number };
  /** Environment for HTTP_PROXY / HTTPS_PROXY / NO_PROXY (CLI); ignored when resolveProxy is set. */
  env: Record<string, string | undefined>;
  /** App only: the session's proxy resolver (takes precedence over env). */
  resolveProxy?: ProxyResolver;
  /** Opt-in external vantage fetcher; absent means the check is skipped. */
  fetchJson?: JsonFetcher;
  system: SystemInfo;
  /** DNS server port (53 in production; tests point at a loopback server on another port). */
  dnsPort: number;
  /** Ports tried by the TCP fallbacks (gateway, firewall); tests inject loopback ports. */
  gatewayTcpPorts: number[];
  /** Name lookup for the probes; default: hosts file, then the system's DNS servers (see createSystemLookup). */
  lookup?: LookupFunction;
  /** Hosts file consulted first by the default lookup (null: none). */
  hostsPath: string | null;
  /** Generates run ids. */
  newId(): string;
}
