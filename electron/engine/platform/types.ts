import type { Hop } from '../../contract';
import type { SkipNote } from './skip';

/** Operating systems the platform facade knows how to drive. */
export type OsKind = 'linux' | 'darwin' | 'win32';

/**
 * A check could not run: missing tool, no permission, unsupported OS. `reason` ("traceroute is
 * not installed") and `hint` (what the user can do so it runs next time) are the English words
 * of `reasonCode` and `hintCode`.
 */
export interface ToolSkip extends SkipNote {
  kind: 'skipped';
}

/** Parsed outcome of one `ping` run. */
export interface PingOutcome {
  kind: 'ping';
  sent: number;
  received: number;
  lossPct: number;
  rttAvgMs: number | null;
  rttMinMs: number | null;
  rttMaxMs: number | null;
  /** An ICMP error (host/net unreachable, no route) was reported instead of echo replies. */
  unreachable: boolean;
  /** Standard deviation of the round trips (ping's mdev/stddev, else computed from the replies). */
  rttStdDevMs?: number;
  /**
   * A don't-fragment packet was too big: a hop answered "fragmentation needed" / "packet too
   * big" (`reportedBy` its address), or this computer refused to send it (`reportedBy` null).
   */
  tooBig?: { mtu: number | null; reportedBy: string | null };
  /** A hop answered "time exceeded" (the TTL ran out there): its address. */
  timeExceededFrom?: string;
}

/** The default route's next hop. */
export interface GatewayInfo {
  address: string;
  interface: string | null;
}

/** Parsed outcome of one traceroute-like run. */
export interface TraceOutcome {
  kind: 'trace';
  /** Tool that produced the hops: traceroute, tracepath, mtr, tracert. */
  tool: string;
  hops: Hop[];
  /** The destination answered (last hop is the target). */
  reached: boolean;
}

/** Reads a text file (injected so tests can feed fixtures). */
export type ReadFile = (path: string) => Promise<string>;

export interface PingOptions {
  count: number;
  timeoutMs: number;
  signal?: AbortSignal;
  /** ICMP payload bytes (the packet is 28 bytes more over IPv4, 48 over IPv6); default the tool's. */
  size?: number;
  /** Set the don't-fragment bit (path MTU tests). */
  dontFragment?: boolean;
  /**
   * Time to live / hop limit (1..255): the hop where it runs out answers "time exceeded". An
   * answer that arrived before `signal` cut the ping still counts (some pings wait on after it).
   */
  ttl?: number;
}

export interface TraceOptions {
  maxHops: number;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Called once per hop as soon as its line has been parsed. */
  onHop?: (hop: Hop) => void;
}

/** Per-OS facade over the system's network tools. */
export interface PlatformFacade {
  readonly os: OsKind;
  /** Default IPv4 gateway (IPv6 when no IPv4 default exists); null when there is no default route. */
  defaultGateway(signal?: AbortSignal): Promise<GatewayInfo | null | ToolSkip>;
  /** Pings a validated host (throws HostInputError on an unsafe host, before any process starts). */
  ping(host: string, o: PingOptions): Promise<PingOutcome | ToolSkip>;
  /** Traces the path to a validated host, streaming hops through `onHop`. */
  traceroute(host: string, o: TraceOptions): Promise<TraceOutcome | ToolSkip>;
  /** System DNS resolvers as IP literals; the systemd-resolved stub is replaced by its upstreams when known. */
  systemResolvers(signal?: AbortSignal): Promise<string[] | ToolSkip>;
  /** The OS's own connectivity verdict (`portal`: a sign-in page answers), where it has one. */
  connectivity?(signal?: AbortSignal): Promise<'full' | 'portal' | 'limited' | 'none' | 'unknown' | ToolSkip>;
}

/** True when a facade call returned a skip instead of data. */
export function isToolSkip(v: unknown): v is ToolSkip {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'skipped';
}
