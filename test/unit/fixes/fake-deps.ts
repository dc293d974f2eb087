import { dirname } from 'node:path';
import type { CommandResult, CommandRunner } from '../../../electron/engine/platform/command-runner';
import type { FixDeps, FixFs } from '../../../electron/engine/fixes/types';

/** An in-memory file system with the FixFs semantics (atomic write = replace). */
export class MemFs implements FixFs {
  files = new Map<string, Buffer>();
  readonlyPaths = new Set<string>();
  writes: string[] = [];

  readFile(p: string): Promise<Buffer> {
    const b = this.files.get(p);
    return b ? Promise.resolve(Buffer.from(b)) : Promise.reject(Object.assign(new Error(`ENOENT ${p}`), { code: 'ENOENT' }));
  }
  writeFileAtomic(p: string, data: Buffer): Promise<void> {
    if (this.readonlyPaths.has(p)) return Promise.reject(Object.assign(new Error(`EACCES ${p}`), { code: 'EACCES' }));
    this.writes.push(p);
    this.files.set(p, Buffer.from(data));
    return Promise.resolve();
  }
  appendFile(p: string, d: string): Promise<void> {
    this.files.set(p, Buffer.concat([this.files.get(p) ?? Buffer.alloc(0), Buffer.from(d)]));
    return Promise.resolve();
  }
  mkdir(): Promise<void> {
    return Promise.resolve();
  }
  readdir(p: string): Promise<string[]> {
    return Promise.resolve([...this.files.keys()].filter((k) => dirname(k) === p).map((k) => k.slice(p.length + 1)));
  }
  rm(p: string): Promise<void> {
    this.files.delete(p);
    return Promise.resolve();
  }
  createExclusive(p: string, d: string): Promise<boolean> {
    if (this.files.has(p)) return Promise.resolve(false);
    this.files.set(p, Buffer.from(d));
    return Promise.resolve(true);
  }
  exists(p: string): Promise<boolean> {
    return Promise.resolve(this.files.has(p) || [...this.files.keys()].some((k) => k.startsWith(`${p}/`)));
  }
  readlink(_p: string): Promise<string | null> {
    return Promise.resolve(null);
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
    const base: CommandResult = { code: 0, stdout: '', stderr: '', timedOut: false, notFound: false, aborted: false };
    if (r === undefined) return Promise.resolve({ ...base, code: null, notFound: true, stderr: `${file}: not found` });
    return Promise.resolve({ ...base, ...r });
  }
}

/** A clock whose sleep returns at once and moves time forward. */
export function fakeClock(start = Date.parse('2026-11-22T06:00:00Z')): FixDeps['clock'] & { slept: number[] } {
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
  if (!fs.files.has('/etc/resolv.conf')) fs.files.set('/etc/resolv.conf', Buffer.from('# home\nnameserver 192.168.1.1\nsearch lan\n'));
  const logs: string[] = [];
  const deps: FixDeps & { fs: MemFs; logs: string[] } = {
    os: 'linux',
    runner: new ScriptedRunner(() => undefined),
    clock: fakeClock(),
    stateDir: '/state',
    resolvConfPath: '/etc/resolv.conf',
    resolvConfOverridden: false,
    isAdmin: true,
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
