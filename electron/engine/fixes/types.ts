import type { FixEvent, FixId } from '../../contract';
import type { CommandRunner } from '../platform/command-runner';
import type { OsKind } from '../platform/types';

/**
 * One thing a fix does, in the order it is done. Commands are argv arrays (argv[0] is the
 * program); file writes are done by the engine itself (atomic rename) or, when elevation
 * is needed, turned into argv commands by the elevator.
 */
export type FixStep =
  | { kind: 'command'; argv: string[]; admin: boolean; timeoutMs: number }
  | { kind: 'write-file'; path: string; /** base64 of the exact bytes */ contentB64: string; admin: boolean }
  | { kind: 'launch'; argv: string[] };

export type { DnsState, DnsManagerKind, SnapshotRecord } from './snapshot-schema';

/** One append-only history line. */
export interface HistoryRecord {
  at: string;
  fixId: FixId;
  fixRunId: string;
  action: 'run' | 'undo' | 'recover';
  /** 'refused': a saved snapshot failed the checks and was set aside; nothing was changed. */
  outcome: 'kept' | 'verified' | 'rolled-back' | 'failed' | 'cancelled' | 'restored' | 'guided' | 'refused';
  message: string;
  commands: string[][];
}

/** A running process, as far as fixes care (which DNS caches run here). */
export interface ProcessInfo {
  pid: number;
  name: string;
}

/** What lstat/fstat say about a path (a symlink is reported as one, never followed). */
export interface FileMeta {
  type: 'file' | 'dir' | 'symlink' | 'other';
  /** Owner; null where the OS has no POSIX owner (Windows). */
  uid: number | null;
  /** Permission bits (mode & 0o7777). */
  mode: number;
  size: number;
  nlink: number;
}

/** File access the fixes need; injected so tests run against a temp dir. */
export interface FixFs {
  readFile(path: string): Promise<Buffer>;
  /**
   * Opens without following a symlink (O_NOFOLLOW) and reads at most `maxBytes`; returns the
   * bytes with the metadata of the file actually opened. Rejects for a symlink, a non-regular
   * file or a larger file.
   */
  readNoFollow(path: string, maxBytes: number): Promise<{ data: Buffer; meta: FileMeta }>;
  /** Metadata of the path itself (lstat); null when it does not exist. */
  lstat(path: string): Promise<FileMeta | null>;
  chmod(path: string, mode: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Writes via a temp file + rename; falls back to an in-place write when the target is a mount point. */
  writeFileAtomic(path: string, data: Buffer): Promise<void>;
  appendFile(path: string, data: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  rm(path: string): Promise<void>;
  /** Creates a file only when it does not exist; false when it already exists. */
  createExclusive(path: string, data: string): Promise<boolean>;
  exists(path: string): Promise<boolean>;
  /** Symlink target, or null when the path is not a symlink. */
  readlink(path: string): Promise<string | null>;
  canWrite(path: string): Promise<boolean>;
}

/** Runs steps that need administrator rights, through the OS prompt (app) or refuses (CLI). */
export interface Elevator {
  /** Runs the commands with admin rights, in order, stopping at the first failure. */
  run(commands: string[][]): Promise<{ ok: boolean; detail: string }>;
}

/** Resolves `name` at each server directly (dns-packet over UDP); true when one answers with an address. */
export type DnsVerifier = (
  servers: string[],
  name: string,
  o: { timeoutMs: number; signal?: AbortSignal },
) => Promise<{ ok: boolean; detail: string }>;

/** Does the default gateway answer right now? */
export type GatewayProbe = (signal?: AbortSignal) => Promise<{ address: string | null; answered: boolean }>;

export interface FixClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Everything the fixes need from the outside world. */
export interface FixDeps {
  os: OsKind;
  runner: CommandRunner;
  fs: FixFs;
  clock: FixClock;
  /** Snapshots, lock and history live here. */
  stateDir: string;
  /** /etc/resolv.conf unless overridden (tests). */
  resolvConfPath: string;
  /** True when resolvConfPath was overridden: then it is the DNS manager, no detection. */
  resolvConfOverridden: boolean;
  /** Running as root / Administrator already. */
  isAdmin: boolean;
  /** Effective uid: files in the state dir must belong to it. null on Windows (no POSIX owner). */
  uid: number | null;
  /** Present in the app (OS prompt); absent in the CLI (which asks the user to use sudo). */
  elevator: Elevator | null;
  /** Starts a GUI program detached (browsers). */
  launch(argv: string[]): Promise<void>;
  verifyDns: DnsVerifier;
  /** Name resolved to verify a DNS change when the fix got no URL. */
  verifyName: string;
  gatewayProbe: GatewayProbe;
  /** The DNS servers this computer uses now (to verify a cache flush). */
  systemResolvers(): Promise<string[]>;
  listProcesses(): Promise<ProcessInfo[]>;
  /** Finds an executable on PATH (Linux/macOS); null when absent. */
  which(name: string): Promise<string | null>;
  env: Record<string, string | undefined>;
  pid: number;
  isPidAlive(pid: number): boolean;
  log(line: string): void;
  /** Test-only: called after the snapshot is persisted, before anything changes. */
  afterSnapshot?: () => Promise<void>;
  /** Test-only: called after the change is made, before it is verified. */
  afterChange?: () => Promise<void>;
}

/** How a run is steered by its caller (app window or CLI). */
export interface RunHooks {
  onEvent?: (event: FixEvent) => void;
  signal?: AbortSignal;
  /** Keep DNS changes without asking (CLI --yes). */
  autoKeep?: boolean;
  /** Seconds of the "Keep these settings?" countdown (default 20). */
  keepSeconds?: number;
  /** CLI: asks the user directly; resolves true to keep. The app answers through confirm(). */
  askKeep?: (fixRunId: string, seconds: number) => Promise<boolean>;
  /** Fix run id to use (the app returns it before the run finishes). */
  fixRunId?: string;
}

export type { OsKind, CommandRunner };
