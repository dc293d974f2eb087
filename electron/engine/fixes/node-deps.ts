import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants as fsc, promises as fsp, closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { homedir } from 'node:os';
import { basename, delimiter, dirname, join } from 'node:path';
import { queryDns } from '../dns/client';
import { createNodeRunner } from '../platform/command-runner';
import { createPlatform } from '../platform';
import { currentOs } from '../platform/os';
import type { OsKind } from '../platform/types';
import { FixInputError } from './ip';
import { parseResolvConf } from '../platform/dns-linux';
import type { DnsVerifier, FileMeta, FixDeps, FixFs, ProcessInfo } from './types';

/**
 * Environment knobs for tests (documented in `gateway-doctor fix --help`); every one is refused
 * when running elevated or packaged (refuseTestOverrides):
 *   GATEWAY_DOCTOR_STATE_DIR     where snapshots, the lock and history.jsonl live
 *   GATEWAY_DOCTOR_RESOLV_CONF   manage this file instead of detecting /etc/resolv.conf's manager
 *   GATEWAY_DOCTOR_VERIFY_NAME   control name looked up to verify a DNS change when no site is known (default example.com)
 *   GATEWAY_DOCTOR_TEST_PAUSE_AFTER_SNAPSHOT_MS  test only: pause after the snapshot is saved
 *   GATEWAY_DOCTOR_TEST_PAUSE_AFTER_CHANGE_MS    test only: pause after the change, before verifying
 */
export const FIX_ENV = {
  stateDir: 'GATEWAY_DOCTOR_STATE_DIR',
  resolvConf: 'GATEWAY_DOCTOR_RESOLV_CONF',
  verifyName: 'GATEWAY_DOCTOR_VERIFY_NAME',
  pauseAfterSnapshot: 'GATEWAY_DOCTOR_TEST_PAUSE_AFTER_SNAPSHOT_MS',
  pauseAfterChange: 'GATEWAY_DOCTOR_TEST_PAUSE_AFTER_CHANGE_MS',
} as const;

/** Set by sudo, pkexec and doas: this process runs with rights its user was granted for it. */
const ELEVATION_MARKERS = ['SUDO_UID', 'PKEXEC_UID', 'DOAS_USER'] as const;

/** True when the process was started through sudo, pkexec or doas. */
export function runsElevated(env: Record<string, string | undefined>): boolean {
  return ELEVATION_MARKERS.some((k) => (env[k] ?? '') !== '');
}

/**
 * Refuses the test knobs where honouring them would let the user's environment steer a
 * privileged write (which file, which state folder): under sudo/pkexec and in the packaged
 * app. Throws FixInputError naming them.
 */
export function refuseTestOverrides(env: Record<string, string | undefined>, o: { packaged: boolean }): void {
  const set = Object.values(FIX_ENV).filter((k) => env[k] !== undefined);
  if (set.length === 0 || (!o.packaged && !runsElevated(env))) return;
  const where = o.packaged ? 'in the installed app' : 'when Gateway Doctor runs with sudo or pkexec';
  throw new FixInputError(
    `${set.join(', ')} ${set.length > 1 ? 'are' : 'is'} for tests only and refused ${where}. Unset ${set.length > 1 ? 'them' : 'it'} and try again.`,
  );
}

/** Per-user state dir for fixes (shared by the app and the CLI so each can undo the other's change). */
export function defaultStateDir(os: OsKind, env: Record<string, string | undefined>): string {
  const override = env[FIX_ENV.stateDir];
  if (override) return override;
  const home = env.HOME ?? homedir();
  if (os === 'win32')
    return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'Gateway Doctor', 'state');
  if (os === 'darwin') return join(home, 'Library', 'Application Support', 'Gateway Doctor', 'state');
  return join(env.XDG_STATE_HOME ?? join(home, '.local', 'state'), 'gateway-doctor');
}

const errCode = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;

// O_NOFOLLOW does not exist on Windows (0 there: the lstat checks remain)
const NOFOLLOW = fsc.O_NOFOLLOW ?? 0;

function metaOf(s: Stats): FileMeta {
  const type = s.isSymbolicLink() ? 'symlink' : s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other';
  return {
    type,
    uid: currentOs() === 'win32' ? null : s.uid,
    mode: s.mode & 0o7777,
    size: s.size,
    nlink: s.nlink,
  };
}

function refusedError(message: string, code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/** Appends to a file that is never a symlink (O_NOFOLLOW), creating it 0600. */
function appendNoFollowSync(p: string, data: string): void {
  const fd = openSync(p, fsc.O_WRONLY | fsc.O_APPEND | fsc.O_CREAT | NOFOLLOW, 0o600);
  try {
    writeSync(fd, data);
  } finally {
    closeSync(fd);
  }
}

/** The real file system. Writes are atomic (temp + rename), except onto mount points. */
export function nodeFixFs(): FixFs {
  return {
    readFile: (p) => fsp.readFile(p),
    async readNoFollow(p, maxBytes) {
      if (NOFOLLOW === 0 && (await fsp.lstat(p)).isSymbolicLink())
        throw refusedError(`${p} is a symbolic link`, 'ELOOP');
      // O_NONBLOCK: a FIFO put in place of the file cannot hang the open
      const fh = await fsp.open(p, fsc.O_RDONLY | NOFOLLOW | (fsc.O_NONBLOCK ?? 0));
      try {
        const meta = metaOf(await fh.stat());
        if (meta.type !== 'file') throw refusedError(`${p} is not a regular file`, 'EINVAL');
        if (meta.size > maxBytes) throw refusedError(`${p} is larger than ${maxBytes} bytes`, 'EFBIG');
        const buf = Buffer.alloc(maxBytes + 1);
        let n = 0;
        for (;;) {
          const { bytesRead } = await fh.read(buf, n, buf.length - n, n);
          if (bytesRead === 0) break;
          n += bytesRead;
          if (n > maxBytes) throw refusedError(`${p} is larger than ${maxBytes} bytes`, 'EFBIG');
        }
        return { data: buf.subarray(0, n), meta };
      } finally {
        await fh.close();
      }
    },
    lstat: (p) =>
      fsp.lstat(p).then(metaOf, (e: unknown) => {
        if (errCode(e) === 'ENOENT' || errCode(e) === 'ENOTDIR') return null;
        throw e;
      }),
    chmod: (p, mode) => fsp.chmod(p, mode),
    rename: (a, b) => fsp.rename(a, b),
    async writeFileAtomic(p, data) {
      const tmp = join(dirname(p), `.${basename(p)}.gd-${randomBytes(4).toString('hex')}`);
      const mode = await fsp.stat(p).then(
        (s) => s.mode & 0o7777,
        () => 0o644,
      );
      // 'wx': the temp name is new, never an existing file or a symlink planted there
      const fh = await fsp.open(tmp, 'wx', mode);
      try {
        await fh.writeFile(data);
        await fh.sync();
      } finally {
        await fh.close();
      }
      try {
        await fsp.rename(tmp, p);
      } catch (e) {
        await fsp.rm(tmp, { force: true });
        // a bind-mounted file (containers, `ip netns exec`) cannot be renamed over: rewrite it in place
        if (errCode(e) !== 'EBUSY' && errCode(e) !== 'EXDEV') throw e;
        const fd = await fsp.open(p, 'r+');
        try {
          await fd.truncate(0);
          await fd.write(data, 0, data.length, 0);
          await fd.sync();
        } finally {
          await fd.close();
        }
      }
    },
    async appendFile(p, d) {
      const fh = await fsp.open(p, fsc.O_WRONLY | fsc.O_APPEND | fsc.O_CREAT | NOFOLLOW, 0o600);
      try {
        await fh.writeFile(d);
      } finally {
        await fh.close();
      }
    },
    mkdir: async (p) => {
      await fsp.mkdir(p, { recursive: true, mode: 0o700 });
    },
    readdir: (p) => fsp.readdir(p),
    rm: (p) => fsp.rm(p, { force: true }),
    async createExclusive(p, d) {
      try {
        await fsp.writeFile(p, d, { flag: 'wx', mode: 0o600 });
        return true;
      } catch (e) {
        if (errCode(e) === 'EEXIST') return false;
        throw e;
      }
    },
    exists: (p) =>
      fsp.access(p).then(
        () => true,
        () => false,
      ),
    readlink: (p) => fsp.readlink(p).catch(() => null),
    canWrite: (p) =>
      fsp.access(p, fsc.W_OK).then(
        () => true,
        () => false,
      ),
  };
}

/** Resolves `name` on each server with dns-packet over UDP (TCP on truncation); ok when one returns an address. */
export function createDnsVerifier(port = 53): DnsVerifier {
  return async (servers, name, o) => {
    const results = await Promise.all(
      servers.map((s) =>
        queryDns(s, name, 'A', { port, timeoutMs: o.timeoutMs, ...(o.signal ? { signal: o.signal } : {}) }),
      ),
    );
    const good = results.find((r) => r.error === null && r.rcode === 'NOERROR' && r.addresses.length > 0);
    if (good)
      return {
        ok: true,
        detail: `${good.server} answered ${name} → ${good.addresses.join(', ')} in ${good.latencyMs ?? '?'} ms`,
      };
    return {
      ok: false,
      detail: results.map((r) => `${r.server}: ${r.error ?? r.rcode ?? 'no answer'}`).join('; '),
    };
  };
}

async function linuxProcesses(): Promise<ProcessInfo[]> {
  const out: ProcessInfo[] = [];
  for (const entry of await fsp.readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry)) continue;
    const name = await fsp.readFile(`/proc/${entry}/comm`, 'utf8').catch(() => null);
    if (name !== null) out.push({ pid: Number(entry), name: name.trim() });
  }
  return out;
}

async function which(name: string, env: Record<string, string | undefined>): Promise<string | null> {
  for (const dir of (env.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin').split(
    delimiter,
  )) {
    if (!dir) continue;
    const p = join(dir, name);
    if (
      await fsp.access(p, fsc.X_OK).then(
        () => true,
        () => false,
      )
    )
      return p;
  }
  return null;
}

function launchDetached(argv: string[]): Promise<void> {
  const [file, ...args] = argv;
  if (!file) return Promise.reject(new Error('empty command'));
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { detached: true, stdio: 'ignore', shell: false, windowsHide: false });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}

/**
 * The real dependencies for the CLI and the app (the app adds its elevator and says it is
 * packaged). Throws FixInputError when test knobs are set where they are refused.
 */
export async function createNodeFixDeps(
  o: {
    env?: Record<string, string | undefined>;
    os?: OsKind;
    packaged?: boolean;
    overrides?: Partial<FixDeps>;
  } = {},
): Promise<FixDeps> {
  const env = o.env ?? process.env;
  refuseTestOverrides(env, { packaged: o.packaged ?? false });
  const os: OsKind = o.os ?? currentOs();
  const runner = createNodeRunner();
  const fs = nodeFixFs();
  const stateDir = defaultStateDir(os, env);
  const resolvOverride = env[FIX_ENV.resolvConf];
  const resolvConfPath = resolvOverride ?? '/etc/resolv.conf';
  let isAdmin = typeof process.getuid === 'function' && process.getuid() === 0;
  if (os === 'win32') isAdmin = (await runner.run('net', ['session'], { timeoutMs: 5000 })).code === 0;
  const platform = createPlatform(os, runner);
  const pauseMs = Number(env[FIX_ENV.pauseAfterSnapshot] ?? '');
  const pauseChangeMs = Number(env[FIX_ENV.pauseAfterChange] ?? '');
  const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new Error('aborted'));
      const t = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => (clearTimeout(t), reject(new Error('aborted'))), {
        once: true,
      });
    });
  const deps: FixDeps = {
    os,
    runner,
    fs,
    stateDir,
    resolvConfPath,
    resolvConfOverridden: resolvOverride !== undefined,
    isAdmin,
    uid: os === 'win32' || typeof process.geteuid !== 'function' ? null : process.geteuid(),
    clock: { now: () => Date.now(), sleep },
    elevator: null,
    launch: launchDetached,
    verifyDns: createDnsVerifier(),
    verifyName: env[FIX_ENV.verifyName] ?? 'example.com',
    async gatewayProbe(signal) {
      const gw = await platform.defaultGateway(signal);
      if (gw === null || 'kind' in gw) return { address: null, answered: false };
      const p = await platform.ping(gw.address, { count: 1, timeoutMs: 2000, ...(signal ? { signal } : {}) });
      return { address: gw.address, answered: p.kind === 'ping' && p.received > 0 };
    },
    async systemResolvers() {
      if (os === 'linux') {
        const text = await fs.readFile(resolvConfPath).then(
          (b) => b.toString('utf8'),
          () => '',
        );
        return parseResolvConf(text).nameservers;
      }
      const r = await platform.systemResolvers();
      return Array.isArray(r) ? r : [];
    },
    listProcesses: () => (os === 'linux' ? linuxProcesses() : Promise.resolve([])),
    which: (name) => which(name, env),
    env,
    pid: process.pid,
    isPidAlive(pid) {
      try {
        process.kill(pid, 0);
        return true;
      } catch (e) {
        return errCode(e) === 'EPERM';
      }
    },
    log(line) {
      try {
        mkdirSync(stateDir, { recursive: true, mode: 0o700 });
        appendNoFollowSync(join(stateDir, 'fixes.log'), `${new Date().toISOString()} ${line}\n`);
      } catch {
        // logging must never break a fix
      }
    },
    ...(Number.isFinite(pauseMs) && pauseMs > 0 ? { afterSnapshot: () => sleep(pauseMs) } : {}),
    ...(Number.isFinite(pauseChangeMs) && pauseChangeMs > 0
      ? { afterChange: () => sleep(pauseChangeMs) }
      : {}),
    ...o.overrides,
  };
  return deps;
}
