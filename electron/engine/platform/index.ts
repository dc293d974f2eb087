import { readFile as fsReadFile } from 'node:fs/promises';
import type { HintCode, Hop, SkipCode, SkipParams } from '../../contract';
import { skipNote } from './skip';
import type { CommandResult, CommandRunner } from './command-runner';
import type {
  GatewayInfo,
  OsKind,
  PingOutcome,
  PingOptions,
  PlatformFacade,
  ReadFile,
  ToolSkip,
  TraceOutcome,
  TraceOptions,
} from './types';
import { ipVersion, validateHost } from './host';
import { pingCommand, parsePing } from './ping';
import type { GatewayParse } from './gateway';
import {
  GET_NETROUTE_SCRIPT,
  ipRouteArgv,
  netstatArgv,
  parseIpRouteJson,
  parseNetRouteJson,
  parseNetstatRn,
  parseProcNetRoute,
  parseRouteGet,
  parseRoutePrint,
  powershellArgv,
  routeGetArgv,
} from './gateway';
import { osConnectivity } from './connectivity';
import { traceCommands } from './trace-commands';
import type { TraceCommand } from './trace-commands';
import { createTraceParser, reachedDestination } from './trace-parse';
import { parseMtrJson, parseMtrReport } from './mtr';
import { SYSTEMD_STUBS, onlySystemdStub } from './resolvers';
import {
  nmcliResolvers,
  resolvConfResolvers,
  resolvectlDnsResolvers,
  resolvectlStatusResolvers,
} from './dns-linux';
import { parseScutilDns } from './dns-darwin';
import {
  GET_DNS_SERVERS_SCRIPT,
  dnsClientResolvers,
  parseDnsClientServerAddressJson,
  parseIpconfigAll,
} from './dns-windows';

export * from './types';
export * from './command-runner';
export * from './host';
// pure argv builders and parsers, for callers that run or test them directly
export * from './ping';
export * from './ping-df';
export * from './gateway';
export * from './trace-parse';
export * from './trace-commands';
export * from './mtr';
export * from './resolvers';
export * from './dns-linux';
export * from './dns-darwin';
export * from './dns-windows';
export * from './os';
export * from './connectivity';

export interface PlatformOptions {
  /** Reads files such as /etc/resolv.conf (default: fs.promises.readFile as UTF-8). */
  readFile?: ReadFile;
}

/** Budget for quick local queries (routing table, resolver configuration). */
const QUERY_TIMEOUT_MS = 4000;

/** A tool skip: why (`code`), what would help (`hint`) and the values both texts take. */
const skip = <C extends SkipCode, H extends HintCode = never>(
  code: C,
  params: SkipParams<C, H>,
  hint?: H,
): ToolSkip => ({ kind: 'skipped', ...skipNote(code, params, hint) });
const CANCELLED = skip('cancelled', {}, 'run-again');

/**
 * A missing or unstartable tool (`code`) with how to get it: part of the OS, or a package per
 * distribution. `error` and `tools` are values some of the codes' texts take.
 */
function missingTool(
  os: OsKind,
  code: 'tool-missing' | 'tool-not-started' | 'trace-unusable' | 'trace-missing',
  tool: string,
  more: { error?: string; tools?: string } = {},
): ToolSkip {
  const base = { tool, error: more.error ?? '', tools: more.tools ?? tool };
  if (os === 'win32') return skip(code, base, 'tool-part-of-windows');
  if (os === 'darwin') return skip(code, base, 'tool-part-of-macos');
  // [Debian/Ubuntu package, Fedora package]
  const pkg: Record<string, [string, string]> = {
    ping: ['iputils-ping', 'iputils'],
    traceroute: ['traceroute', 'traceroute'],
    tracepath: ['iputils-tracepath', 'iputils'],
    mtr: ['mtr-tiny', 'mtr'],
    ip: ['iproute2', 'iproute'],
    resolvectl: ['systemd-resolved', 'systemd-resolved'],
    nmcli: ['network-manager', 'NetworkManager'],
  };
  const [deb, rpm] = pkg[tool] ?? [tool, tool];
  return skip(code, { ...base, deb, rpm }, 'install-package');
}

/** Describes a run that produced no usable output as a skip, or null when the output should be parsed. */
function runProblem(os: OsKind, tool: string, r: CommandResult): ToolSkip | null {
  if (r.aborted) return CANCELLED;
  if (r.notFound) return missingTool(os, 'tool-missing', tool);
  if (r.errorCode === 'EACCES') return skip('tool-denied', { tool }, 'check-permissions');
  if (r.errorCode !== undefined) return missingTool(os, 'tool-not-started', tool, { error: r.errorCode });
  return null;
}

/** Something answered the ping: the destination, a hop whose TTL ran out, or a "too big". */
function answered(p: PingOutcome): boolean {
  return p.received > 0 || p.timeExceededFrom !== undefined || p.tooBig !== undefined;
}

function firstLine(text: string): string {
  return (text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '').trim().slice(0, 200);
}

/** Creates the per-OS facade over ping, traceroute, the routing table and the resolver configuration. */
export function createPlatform(
  os: OsKind,
  runner: CommandRunner,
  opts: PlatformOptions = {},
): PlatformFacade {
  const readFile: ReadFile = opts.readFile ?? ((p) => fsReadFile(p, 'utf8'));
  const query = (file: string, args: string[], signal?: AbortSignal): Promise<CommandResult> =>
    runner.run(file, args, { timeoutMs: QUERY_TIMEOUT_MS, signal });
  const readOrNull = async (path: string): Promise<string | null> => {
    try {
      return await readFile(path);
    } catch {
      return null;
    }
  };

  /** Runs sources in order until one gives an answer (GatewayInfo or null). */
  async function firstGateway(
    sources: (() => Promise<GatewayParse | ToolSkip>)[],
    signal?: AbortSignal,
  ): Promise<GatewayInfo | null | ToolSkip> {
    let lastSkip: ToolSkip | null = null;
    for (const source of sources) {
      if (signal?.aborted) return CANCELLED;
      const r = await source();
      if (r === undefined) continue;
      if (r !== null && 'kind' in r) {
        if (r === CANCELLED) return r;
        lastSkip = r;
        continue;
      }
      return r;
    }
    return lastSkip ?? skip('gateway-unreadable', {}, 'check-network');
  }

  const fromCommand =
    (file: string, args: string[], parse: (t: string) => GatewayParse, signal?: AbortSignal) =>
    async (): Promise<GatewayParse | ToolSkip> => {
      const r = await query(file, args, signal);
      const problem = runProblem(os, file, r);
      if (problem) return problem;
      // a failing command with nothing on stdout says nothing about the routes: try the next source
      if (r.code !== 0 && r.stdout.trim() === '') return undefined;
      return parse(r.stdout);
    };

  async function defaultGateway(signal?: AbortSignal): Promise<GatewayInfo | null | ToolSkip> {
    if (os === 'linux') {
      const v4 = fromCommand('ip', ipRouteArgv(4), parseIpRouteJson, signal);
      const v6 = fromCommand('ip', ipRouteArgv(6), parseIpRouteJson, signal);
      const proc = async (): Promise<GatewayParse> => {
        const t = await readOrNull('/proc/net/route');
        return t === null ? undefined : parseProcNetRoute(t);
      };
      // ip says "no IPv4 default" with [] → try IPv6 before concluding there is none
      const both = async (): Promise<GatewayParse | ToolSkip> => {
        const a = await v4();
        if (a === null) return (await v6()) ?? null;
        return a;
      };
      return firstGateway([both, proc], signal);
    }
    if (os === 'darwin') {
      return firstGateway(
        [
          fromCommand('route', routeGetArgv(), parseRouteGet, signal),
          fromCommand('netstat', netstatArgv(), parseNetstatRn, signal),
        ],
        signal,
      );
    }
    return firstGateway(
      [
        fromCommand('powershell.exe', powershellArgv(GET_NETROUTE_SCRIPT), parseNetRouteJson, signal),
        fromCommand('route', ['print', '-4'], parseRoutePrint, signal),
      ],
      signal,
    );
  }

  async function ping(host: string, o: PingOptions): Promise<PingOutcome | ToolSkip> {
    const target = validateHost(host);
    const cmd = pingCommand(os, target, o);
    // ping is sized to finish inside timeoutMs; the extra second lets it print its statistics
    const r = await runner.run(cmd.file, cmd.args, { timeoutMs: o.timeoutMs + 1000, signal: o.signal });
    const ttlLimited = o.ttl !== undefined;
    const parsed = parsePing(os, r.stdout, r.stderr, { ttlLimited });
    // macOS waits on after a hop's "time exceeded": an answer that came before the cut counts
    if (r.aborted && ttlLimited && parsed?.kind === 'ping' && answered(parsed)) return parsed;
    const problem = runProblem(os, cmd.file, r);
    if (problem) return problem;
    if (parsed?.kind === 'ping') return parsed;
    if (parsed?.kind === 'failure') {
      return parsed.failure === 'permission'
        ? skip('ping-no-icmp', { message: parsed.message }, 'ping-permission')
        : skip('ping-unresolved', { target, message: parsed.message }, 'check-name');
    }
    if (r.timedOut) {
      const count = Math.max(1, Math.floor(o.count) || 1);
      return {
        kind: 'ping',
        sent: count,
        received: 0,
        lossPct: 100,
        rttAvgMs: null,
        rttMinMs: null,
        rttMaxMs: null,
        unreachable: false,
      };
    }
    return skip(
      'ping-output-odd',
      { output: firstLine(r.stderr) || firstLine(r.stdout) || `exit code ${String(r.code)}` },
      'report-output',
    );
  }

  async function runTrace(
    cmd: TraceCommand,
    target: string,
    o: TraceOptions,
  ): Promise<TraceOutcome | ToolSkip | 'not-found' | 'unusable'> {
    const emit = (hops: Hop[]): void => {
      for (const h of hops) {
        try {
          o.onHop?.(h);
        } catch {
          // a failing listener must not stop the trace
        }
      }
    };
    const parser =
      cmd.format === 'mtr-json' || cmd.format === 'mtr-report'
        ? null
        : createTraceParser(cmd.format, { probesPerHop: cmd.probesPerHop });
    const r = await runner.run(cmd.file, cmd.args, {
      timeoutMs: o.timeoutMs,
      signal: o.signal,
      onStdoutLine: parser ? (line) => emit(parser.push(line)) : undefined,
    });
    if (r.notFound) return 'not-found';
    const problem = runProblem(os, cmd.file, r);
    if (problem) return problem;
    let hops: Hop[];
    let destination: string | null = ipVersion(target) !== 0 ? target : null;
    let marker = false;
    if (parser) {
      emit(parser.end());
      hops = parser.hops();
      destination = parser.destination() ?? destination;
      if (destination === null) {
        // macOS prints the "traceroute to name (ip)" header on stderr
        const h = /traceroute6? to \S+ \(([^)]+)\)/.exec(r.stderr);
        destination = h?.[1] ?? null;
      }
      marker = parser.reachedMarker();
    } else {
      const m = cmd.format === 'mtr-json' ? parseMtrJson(r.stdout) : parseMtrReport(r.stdout);
      // an old mtr without --json: let the caller try the report format
      if (m === null && !r.timedOut && cmd.format === 'mtr-json') return 'unusable';
      hops = m?.hops ?? [];
      destination = m?.destination ?? destination;
      emit(hops);
    }
    if (hops.length === 0 && !r.timedOut && r.code !== 0) {
      const msg = firstLine(r.stderr) || firstLine(r.stdout) || `exit code ${String(r.code)}`;
      // another implementation with other options (e.g. inetutils traceroute has no -n): try the next tool
      if (
        /invalid option|unrecognized option|unknown option|illegal option|^usage:/im.test(
          `${r.stderr}\n${r.stdout}`,
        )
      )
        return 'unusable';
      if (/permission denied|operation not permitted|not permitted/i.test(msg))
        return skip('trace-not-permitted', { tool: cmd.tool, message: msg }, 'ping-permission');
      return skip('trace-failed', { tool: cmd.tool, message: msg }, 'check-name');
    }
    return { kind: 'trace', tool: cmd.tool, hops, reached: marker || reachedDestination(hops, destination) };
  }

  async function traceroute(host: string, o: TraceOptions): Promise<TraceOutcome | ToolSkip> {
    const target = validateHost(host);
    const cmds = traceCommands(os, target, o);
    let unusable = false;
    for (const cmd of cmds) {
      if (o.signal?.aborted) return CANCELLED;
      const r = await runTrace(cmd, target, o);
      if (r === 'unusable') unusable = true;
      else if (r !== 'not-found') return r;
    }
    const names = [...new Set(cmds.map((c) => c.tool))];
    return missingTool(os, unusable ? 'trace-unusable' : 'trace-missing', names[0] ?? 'traceroute', {
      tools: names.join(', '),
    });
  }

  async function systemResolvers(signal?: AbortSignal): Promise<string[] | ToolSkip> {
    const fromTool = async (
      file: string,
      args: string[],
      parse: (t: string) => string[],
    ): Promise<string[]> => {
      if (signal?.aborted) return [];
      const r = await query(file, args, signal);
      return runProblem(os, file, r) ? [] : parse(r.stdout).filter((a) => !SYSTEMD_STUBS.includes(a));
    };
    if (os === 'linux') {
      const conf = await readOrNull('/etc/resolv.conf');
      const listed = conf === null ? null : resolvConfResolvers(conf);
      if (listed !== null && listed.length > 0 && !onlySystemdStub(listed)) return listed;
      const upstreamSources: (() => Promise<string[]>)[] = [
        () => fromTool('resolvectl', ['dns'], resolvectlDnsResolvers),
        async () => {
          const t = await readOrNull('/run/systemd/resolve/resolv.conf');
          return t === null ? [] : resolvConfResolvers(t).filter((a) => !SYSTEMD_STUBS.includes(a));
        },
        () => fromTool('resolvectl', ['status'], resolvectlStatusResolvers),
        () => fromTool('systemd-resolve', ['--status'], resolvectlStatusResolvers),
        () => fromTool('nmcli', ['-t', '-f', 'IP4.DNS,IP6.DNS', 'device', 'show'], nmcliResolvers),
      ];
      for (const source of upstreamSources) {
        const found = await source();
        if (found.length > 0) return found;
      }
      if (signal?.aborted) return CANCELLED;
      if (listed !== null) return listed;
      return skip('dns-config-unreadable', {}, 'check-dns-config');
    }
    if (os === 'darwin') {
      const r = await query('scutil', ['--dns'], signal);
      if (r.aborted) return CANCELLED;
      const found = runProblem(os, 'scutil', r) ? [] : parseScutilDns(r.stdout);
      if (found.length > 0) return found;
      const conf = await readOrNull('/etc/resolv.conf');
      if (conf !== null) return resolvConfResolvers(conf);
      return runProblem(os, 'scutil', r) ?? found;
    }
    const r = await query('powershell.exe', powershellArgv(GET_DNS_SERVERS_SCRIPT), signal);
    if (r.aborted) return CANCELLED;
    const rows = runProblem(os, 'powershell.exe', r) ? null : parseDnsClientServerAddressJson(r.stdout);
    const fromPs = rows === null ? null : dnsClientResolvers(rows);
    if (fromPs !== null && fromPs.length > 0) return fromPs;
    const ip = await query('ipconfig', ['/all'], signal);
    const problem = runProblem(os, 'ipconfig', ip);
    if (problem) return fromPs ?? problem;
    return parseIpconfigAll(ip.stdout);
  }

  const connectivity = (signal?: AbortSignal) => osConnectivity(os, runner, signal);
  return { os, defaultGateway, ping, traceroute, systemResolvers, connectivity };
}
