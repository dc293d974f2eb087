import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFixFs, refuseTestOverrides, runsElevated } from '../../../electron/engine/fixes/node-deps';
import { FixService } from '../../../electron/engine/fixes/service';
import type { FixDeps } from '../../../electron/engine/fixes/types';
import { fakeLinuxDeps, MemFs } from '../../unit/fixes/fake-deps';

// The state folder on a real file system: created 0700, no symlink followed, no foreign file
// trusted. Only the file system is real here; no command runs.

const posix = process.platform !== 'win32';
let dir = '';
let stateDir = '';
let resolv = '';
const ORIGINAL = 'nameserver 192.0.2.1\n';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gd-state-'));
  stateDir = join(dir, 'state');
  resolv = join(dir, 'resolv.conf');
  writeFileSync(resolv, ORIGINAL);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function realDeps(): FixDeps {
  const d = fakeLinuxDeps({
    fs: new MemFs(),
    stateDir,
    resolvConfPath: resolv,
    resolvConfOverridden: true,
    uid: process.geteuid?.() ?? null,
    pid: process.pid,
    isPidAlive: (p) => p === process.pid,
  });
  return { ...d, fs: nodeFixFs() };
}

function plant(name: string, path: string): void {
  mkdirSync(join(stateDir, 'pending'), { recursive: true, mode: 0o700 });
  const rec = {
    schemaVersion: 1,
    fixId: 'switch-dns',
    fixRunId: name,
    pid: 999_999_999,
    createdAt: '2026-11-22T06:00:00Z',
    servers: ['192.0.2.53'],
    state: {
      manager: 'resolv-conf',
      path,
      contentB64: Buffer.from('nameserver 203.0.113.66\n').toString('base64'),
      servers: ['203.0.113.66'],
    },
  };
  writeFileSync(join(dir, `${name}.src`), JSON.stringify(rec), { mode: 0o600 });
  writeFileSync(join(stateDir, 'pending', `${name}.json`), JSON.stringify(rec), { mode: 0o600 });
}

describe.skipIf(!posix)('nodeFixFs on a real disk', () => {
  it('readNoFollow refuses a symlink, a FIFO (without hanging) and an oversized file', async () => {
    const fs = nodeFixFs();
    const file = join(dir, 'f');
    writeFileSync(file, 'x'.repeat(10));
    symlinkSync(file, join(dir, 'link'));
    expect((await fs.readNoFollow(file, 10)).data.toString()).toBe('x'.repeat(10));
    await expect(fs.readNoFollow(join(dir, 'link'), 10)).rejects.toMatchObject({ code: 'ELOOP' });
    await expect(fs.readNoFollow(file, 9)).rejects.toMatchObject({ code: 'EFBIG' });
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    await expect(fs.readNoFollow(join(dir, 'fifo'), 10)).rejects.toMatchObject({ code: 'EINVAL' });
    expect(await fs.lstat(join(dir, 'link'))).toMatchObject({ type: 'symlink' });
    expect(await fs.lstat(join(dir, 'none'))).toBeNull();
  });

  it('appendFile never writes through a symlink', async () => {
    const fs = nodeFixFs();
    const victim = join(dir, 'victim');
    writeFileSync(victim, 'keep\n');
    symlinkSync(victim, join(dir, 'history.jsonl'));
    await expect(fs.appendFile(join(dir, 'history.jsonl'), 'x\n')).rejects.toMatchObject({ code: 'ELOOP' });
    expect(readFileSync(victim, 'utf8')).toBe('keep\n');
  });
});

describe.skipIf(!posix)('the state folder on a real disk', () => {
  it('is created 0700; a loose mode of ours is tightened', async () => {
    const service = new FixService(realDeps());
    await service.store.record({
      at: 'x',
      fixId: 'flush-dns',
      fixRunId: 'r',
      action: 'run',
      outcome: 'kept',
      message: '',
      commands: [],
    });
    expect(statSync(stateDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(stateDir, 'history.jsonl')).mode & 0o777).toBe(0o600);
    chmodSync(stateDir, 0o777);
    await service.store.record({
      at: 'y',
      fixId: 'flush-dns',
      fixRunId: 'r',
      action: 'run',
      outcome: 'kept',
      message: '',
      commands: [],
    });
    expect(statSync(stateDir).mode & 0o777).toBe(0o700);
  });

  it('a symlinked history.jsonl is replaced, never written through', async () => {
    mkdirSync(stateDir, { mode: 0o700 });
    const victim = join(dir, 'victim');
    writeFileSync(victim, 'keep\n');
    symlinkSync(victim, join(stateDir, 'history.jsonl'));
    await new FixService(realDeps()).store.record({
      at: 'x',
      fixId: 'flush-dns',
      fixRunId: 'r',
      action: 'run',
      outcome: 'kept',
      message: '',
      commands: [],
    });
    expect(readFileSync(victim, 'utf8')).toBe('keep\n');
    expect(lstatSync(join(stateDir, 'history.jsonl')).isFile()).toBe(true);
  });

  it('refuses a pending symlink, a group-writable file and (as root) a file of another user', async () => {
    plant('evil', resolv);
    rmSync(join(stateDir, 'pending', 'evil.json'));
    symlinkSync(join(dir, 'evil.src'), join(stateDir, 'pending', 'evil.json'));
    plant('loose', resolv);
    chmodSync(join(stateDir, 'pending', 'loose.json'), 0o666);
    const root = process.geteuid?.() === 0;
    if (root) {
      plant('foreign', resolv);
      chownSync(join(stateDir, 'pending', 'foreign.json'), 1234, 1234);
    }
    const deps = realDeps();
    const logs: string[] = [];
    deps.log = (l) => logs.push(l);
    const out = await new FixService(deps).recoverInterrupted();
    expect(out.map((r) => r.refused)).toEqual(root ? [true, true, true] : [true, true]);
    expect(readFileSync(resolv, 'utf8')).toBe(ORIGINAL);
    expect(logs.join('\n')).toMatch(/"evil\.json": it is a symbolic link/);
    expect(logs.join('\n')).toMatch(/"loose\.json": other users may write to it/);
    if (root) expect(logs.join('\n')).toMatch(/"foreign\.json": it belongs to uid 1234/);
    expect(existsSync(join(stateDir, 'pending', 'evil.json'))).toBe(false);
  });

  it('refuses a state folder that is a symlink', async () => {
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere, { mode: 0o700 });
    symlinkSync(elsewhere, stateDir);
    await expect(
      new FixService(realDeps()).run('switch-dns', { servers: ['192.0.2.53'] }, { autoKeep: true }),
    ).rejects.toThrow(/not a plain folder/);
    expect(readFileSync(resolv, 'utf8')).toBe(ORIGINAL);
  });
});

describe('test knobs', () => {
  it('are refused under sudo/pkexec/doas and in the packaged app, and allowed otherwise', () => {
    const knobs = { GATEWAY_DOCTOR_RESOLV_CONF: '/tmp/x', GATEWAY_DOCTOR_TEST_PAUSE_AFTER_CHANGE_MS: '1' };
    expect(() => refuseTestOverrides(knobs, { packaged: false })).not.toThrow();
    expect(() => refuseTestOverrides({}, { packaged: true })).not.toThrow();
    expect(() => refuseTestOverrides({ SUDO_UID: '1000' }, { packaged: false })).not.toThrow();
    for (const marker of ['SUDO_UID', 'PKEXEC_UID', 'DOAS_USER']) {
      expect(runsElevated({ [marker]: '1000' })).toBe(true);
      expect(() => refuseTestOverrides({ ...knobs, [marker]: '1000' }, { packaged: false })).toThrow(
        'GATEWAY_DOCTOR_RESOLV_CONF, GATEWAY_DOCTOR_TEST_PAUSE_AFTER_CHANGE_MS are for tests only and refused when Gateway Doctor runs with sudo or pkexec',
      );
    }
    expect(() => refuseTestOverrides({ GATEWAY_DOCTOR_STATE_DIR: '/x' }, { packaged: true })).toThrow(
      /is for tests only and refused in the installed app/,
    );
  });
});
