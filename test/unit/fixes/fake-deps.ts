import { dirname } from 'node:path';
import type { CommandResult, CommandRunner } from '../../../electron/engine/platform/command-runner';
import type { FileMeta, FixDeps, FixFs } from '../../../electron/engine/fixes/types';

/** The uid the fake process runs as (and the default owner of every fake file). */
export const FAKE_UID = 1000;

const enoent = (p: string): Error => Object.assign(new Error(`ENOENT ${p}`), { code: 'ENOENT' });

/** An in-memory file system with the FixFs semantics (atomic write = replace). */
export class MemFs implements FixFs {
  files = new Map<string, Buffer>();
  readonlyPaths = new Set<string>();
  /** path → target: lstat says symlink, readNoFollow refuses (ELOOP), readFile follows. */
  symlinks = new Map<string, string>();
  /** Owner/mode/links that differ from the default (FAKE_UID, 0600 files, 0700 folders, one link). */
  meta = new Map<string, Partial<FileMeta>>();
  /** Folders made with mkdir (a folder also exists when a file lies under it). */
  dirs = new Set<string>();
  writes: string[] = [];

  private isDir(p: string): boolean {
    return (
      this.dirs.has(p) || [...this.files.keys(), ...this.symlinks.keys()].some((k) => k.startsWith(`${p}/`))
    );
  }

  readFile(p: string): Promise<Buffer> {
    const target = this.symlinks.get(p);
    const b = this.files.get(target ?? p);
    return b ? Promise.resolve(Buffer.from(b)) : Promise.reject(enoent(p));
  }
  async readNoFollow(p: string, maxBytes: number): Promise<{ data: Buffer; meta: FileMeta }> {
    if (this.symlinks.has(p)) throw Object.assign(new Error(`ELOOP ${p}`), { code: 'ELOOP' });
    const meta = await this.lstat(p);
    if (!meta) throw enoent(p);
    if (meta.type !== 'file')
      throw Object.assign(new Error(`${p} is not a regular file`), { code: 'EINVAL' });
    if (meta.size > maxBytes)
      throw Object.assign(new Error(`${p} is larger than ${maxBytes} bytes`), { code: 'EFBIG' });
    return { data: Buffer.from(this.files.get(p) ?? Buffer.alloc(0)), meta };
  }
  lstat(p: string): Promise<FileMeta | null> {
    const over = this.meta.get(p) ?? {};
    if (this.symlinks.has(p))
      return Promise.resolve({ type: 'symlink', uid: FAKE_UID, mode: 0o777, size: 0, nlink: 1, ...over });
    const b = this.files.get(p);
    if (b)
      return Promise.resolve({ type: 'file', uid: FAKE_UID, mode: 0o600, size: b.length, nlink: 1, ...over });
    if (this.isDir(p) || this.meta.has(p))
      return Promise.resolve({ type: 'dir', uid: FAKE_UID, mode: 0o700, size: 0, nlink: 2, ...over });
    return Promise.resolve(null);
  }
  chmod(p: string, mode: number): Promise<void> {
    this.meta.set(p, { ...this.meta.get(p), mode });
    return Promise.resolve();
  }
  rename(from: string, to: string): Promise<void> {
    const b = this.files.get(from);
    const link = this.symlinks.get(from);
    if (b === undefined && link === undefined) return Promise.reject(enoent(from));
    if (b !== undefined) this.files.set(to, b);
    if (link !== undefined) this.symlinks.set(to, link);
    this.files.delete(from);
    this.symlinks.delete(from);
    return Promise.resolve();
  }
  writeFileAtomic(p: string, data: Buffer): Promise<void> {
    if (this.readonlyPaths.has(p))
      return Promise.reject(Object.assign(new Error(`EACCES ${p}`), { code: 'EACCES' }));
    this.writes.push(p);
    this.files.set(p, Buffer.from(data));
    return Promise.resolve();
  }
  appendFile(p: string, d: string): Promise<void> {
    this.files.set(p, Buffer.concat([this.files.get(p) ?? Buffer.alloc(0), Buffer.from(d)]));
    return Promise.resolve();
  }
  mkdir(p: string): Promise<void> {
    for (let d = p; d !== '/' && d !== '.'; d = dirname(d)) this.dirs.add(d);
    return Promise.resolve();
  }
  readdir(p: string): Promise<string[]> {
    return Promise.resolve(
      [...this.files.keys(), ...this.symlinks.keys()]
        .filter((k) => dirname(k) === p)
        .map((k) => k.slice(p.length + 1)),
    );
  }
  rm(p: string): Promise<void> {
    this.files.delete(p);
    this.symlinks.delete(p);
    return Promise.resolve();
  }
  createExclusive(p: string, d: string): Promise<boolean> {
    if (this.files.has(p)) return Promise.resolve(false);
    this.files.set(p, Buffer.from(d));
    return Promise.resolve(true);
  }
  exists(p: string): Promise<boolean> {
    const target = this.symlinks.get(p);
    return Promise.resolve(this.files.has(target ?? p) || this.isDir(p));
  }
  readlink(p: string): Promise<string | null> {
    return Promise.resolve(this.symlinks.get(p) ?? null);
  }
  canWrite(p: string): Promise<boolean> {
    return Promise.resolve(!this.readonlyPaths.has(p));
  }
  text(p: string): string | undefined {
    return this.files.get(p)?.toString('utf8');
  }
}

type Responder = (argv: string[]) => Partial<CommandResult> | undefined;

/** A runner that answers from a script and records every argv it was asked to run. */
export class ScriptedRunner implements CommandRunner {
  calls: string[][] = [];
  constructor(private readonly respond: Responder) {}
  run(file: string, args: readonly string[]): Promise<CommandResult> {
    const argv = [file, ...args];
    this.calls.push(argv);
    const r = this.respond(argv);
    const base: CommandResult = {
      code: 0,
      stdout: '',
      stderr: '',
      timedOut: false,
      notFound: false,
      aborted: false,
    };
    if (r === undefined)
      return Promise.resolve({ ...base, code: null, notFound: true, stderr: `${file}: not found` });
    return Promise.resolve({ ...base, ...r });
  }
}

/** A clock whose sleep returns at once and moves time forward. */
export function fakeClock(
  start = Date.parse('2026-11-22T06:00:00Z'),
): FixDeps['clock'] & { slept: number[] } {
  let t = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => t,
    sleep: async (ms: number) => {
      slept.push(ms);
      t += ms;
      await Promise.resolve();
    },
  };
}

/** Deps for a Linux machine whose DNS is a plain resolv.conf at /etc/resolv.conf. */
export function fakeLinuxDeps(over: Partial<FixDeps> = {}): FixDeps & { fs: MemFs; logs: string[] } {
  const fs = over.fs instanceof MemFs ? over.fs : new MemFs();
  if (!fs.files.has('/etc/resolv.conf'))
    fs.files.set('/etc/resolv.conf', Buffer.from('# home\nnameserver 192.168.1.1\nsearch lan\n'));
  const logs: string[] = [];
  const deps: FixDeps & { fs: MemFs; logs: string[] } = {
    os: 'linux',
    runner: new ScriptedRunner(() => undefined),
    clock: fakeClock(),
    stateDir: '/state',
    resolvConfPath: '/etc/resolv.conf',
    resolvConfOverridden: false,
    isAdmin: true,
    uid: FAKE_UID,
    elevator: null,
    launch: () => Promise.resolve(),
    verifyDns: (servers) => Promise.resolve({ ok: true, detail: `${servers[0] ?? ''} answered` }),
    verifyName: 'verify.lab.test',
    gatewayProbe: () => Promise.resolve({ address: '192.168.1.1', answered: true }),
    systemResolvers: () => Promise.resolve(['192.168.1.1']),
    listProcesses: () => Promise.resolve([]),
    which: () => Promise.resolve(null),
    env: {},
    pid: 1000,
    isPidAlive: (pid) => pid === 1000,
    log: (l) => logs.push(l),
    ...over,
    fs,
    logs,
  };
  return deps;
}
