import type { CommandRunner } from './command-runner';
import type { OsKind, PlatformFacade, ReadFile, ToolSkip } from './types';
import { validateHost } from './host';

export * from './types';
export * from './command-runner';
export { HostInputError, validateHost, ipVersion, isSafeHostname } from './host';

export interface PlatformOptions {
  /** Reads files such as /etc/resolv.conf (default: fs.promises.readFile as UTF-8). */
  readFile?: ReadFile;
}

const pending: ToolSkip = { kind: 'skipped', reason: 'not implemented yet', hint: 'update Gateway Doctor' };

/** Creates the per-OS facade over ping, traceroute, the routing table and the resolver configuration. */
export function createPlatform(os: OsKind, _runner: CommandRunner, _opts: PlatformOptions = {}): PlatformFacade {
  return {
    os,
    defaultGateway: () => Promise.resolve(pending),
    ping: (host) => {
      validateHost(host);
      return Promise.resolve(pending);
    },
    traceroute: (host) => {
      validateHost(host);
      return Promise.resolve(pending);
    },
    systemResolvers: () => Promise.resolve(pending),
  };
}
