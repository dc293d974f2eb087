import { describe, expect, it } from 'vitest';
import { runFixCommand } from '../../../electron/cli/commands/fix';
import type { CliIo } from '../../../electron/cli/io';
import { REFUSED_TEXT, FixService } from '../../../electron/engine/fixes/service';
import { createFixesHandlers } from '../../../electron/main/handlers/fixes';
import { fakeContext } from '../main/helpers';
import type { FixDeps } from '../../../electron/engine/fixes/types';
import { fakeLinuxDeps, MemFs } from './fake-deps';

// A snapshot file planted in the state folder must never make Gateway Doctor write anything:
// not the chosen file, not the chosen bytes, not through the admin prompt. Each variant is
// refused, set aside, recorded in history and the log, and `fix list` still works.

const ORIGINAL = '# home\nnameserver 192.168.1.1\nsearch lan\n';
const b64 = (s: string | Buffer): string => Buffer.from(s).toString('base64');
const DEAD_PID = 424242;

function snapshot(
  over: Record<string, unknown> = {},
  state: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    schemaVersion: 1,
    fixId: 'switch-dns',
    fixRunId: 'evil',
    pid: DEAD_PID,
    createdAt: '2026-11-22T06:00:00Z',
    servers: ['192.0.2.53'],
    state: {
      manager: 'resolv-conf',
      path: '/etc/resolv.conf',
      contentB64: b64('nameserver 203.0.113.66\n'),
      servers: ['203.0.113.66'],
      ...state,
    },
    ...over,
  };
}

interface Setup {
  fs: MemFs;
  deps: FixDeps & { fs: MemFs; logs: string[] };
  prompts: string[][][];
}

/** A resolv.conf machine, not admin, with an OS prompt that records what it was asked to run. */
function machine(): Setup {
  const fs = new MemFs();
  fs.files.set('/etc/resolv.conf', Buffer.from(ORIGINAL));
  fs.files.set('/etc/cron.d/backup', Buffer.from('0 3 * * * root /usr/sbin/backup\n'));
  fs.files.set('/home/ann/.bashrc', Buffer.from('alias ll="ls -l"\n'));
  const prompts: string[][][] = [];
  const deps = fakeLinuxDeps({
    fs,
    isAdmin: false,
    elevator: { run: (c) => (prompts.push(c), Promise.resolve({ ok: true, detail: '' })) },
  });
  fs.readonlyPaths.add('/etc/resolv.conf');
  return { fs, deps, prompts };
}

function outsideState(fs: MemFs): Record<string, string> {
  return Object.fromEntries(
    [...fs.files].filter(([k]) => !k.startsWith('/state/')).map(([k, v]) => [k, v.toString('base64')]),
  );
}

type Plant = (s: Setup) => void;
const plantJson =
  (v: unknown, name = 'evil.json'): Plant =>
  ({ fs }) =>
    fs.files.set(`/state/pending/${name}`, Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)));

const cases: [string, Plant][] = [
  [
    'any path (the reported attack)',
    plantJson(
      snapshot({}, { path: '/etc/cron.d/backup', contentB64: b64('* * * * * root sh -c "id > /tmp/pwn"\n') }),
    ),
  ],
  ['resolv.conf-looking content for another file', plantJson(snapshot({}, { path: '/home/ann/.bashrc' }))],
  [
    'the managed file, with content that is not a resolv.conf',
    plantJson(snapshot({}, { contentB64: b64('nameserver 1.1.1.1\n* * * * * root evil\n') })),
  ],
  ['a NUL byte in the content', plantJson(snapshot({}, { contentB64: b64('nameserver 1.1.1.1\n\0\n') }))],
  [
    'huge content',
    plantJson(snapshot({}, { contentB64: b64(`${'# pad\n'.repeat(20_000)}nameserver 1.1.1.1\n`) })),
  ],
  ['a path through ..', plantJson(snapshot({}, { path: '/etc/netns/../resolv.conf' }))],
  ['a relative path', plantJson(snapshot({}, { path: 'etc/resolv.conf' }))],
  [
    'systemd-resolved on a resolv.conf machine',
    plantJson(
      snapshot(
        {},
        {
          manager: 'systemd-resolved',
          links: [{ link: 'eth0', servers: ['203.0.113.66'] }],
          path: undefined,
          contentB64: undefined,
          servers: undefined,
        },
      ),
    ),
  ],
  [
    'networkmanager on a resolv.conf machine',
    plantJson({
      ...snapshot(),
      state: {
        manager: 'networkmanager',
        connections: [
          {
            uuid: 'u-1',
            name: 'Home',
            device: 'eth0',
            ipv4Dns: ['203.0.113.66'],
            ipv4IgnoreAutoDns: true,
            ipv6Dns: [],
            ipv6IgnoreAutoDns: true,
          },
        ],
      },
    }),
  ],
  [
    'windows on a Linux machine',
    plantJson({
      ...snapshot(),
      state: {
        manager: 'windows',
        interfaces: [
          { index: 4, alias: 'Ethernet', family: 'IPv4', servers: ['203.0.113.66'], static: true },
        ],
      },
    }),
  ],
  ['an unknown manager', plantJson({ ...snapshot(), state: { manager: 'shell', argv: ['sh', '-c', 'id'] } })],
  [
    'an unsafe systemd link name',
    plantJson({
      ...snapshot(),
      state: { manager: 'systemd-resolved', links: [{ link: '--help', servers: ['203.0.113.66'] }] },
    }),
  ],
  ['wrong types: pid as a string', plantJson(snapshot({ pid: String(DEAD_PID) }))],
  ['wrong types: contentB64 as a number', plantJson(snapshot({}, { contentB64: 42 }))],
  ['wrong types: state null', plantJson(snapshot({ state: null }))],
  ['an extra key in the record', plantJson(snapshot({ run: ['sh', '-c', 'id'] }))],
  ['an extra key in the state', plantJson(snapshot({}, { mode: 0o4755 }))],
  ['another fix id', plantJson(snapshot({ fixId: 'flush-dns' }))],
  ['a file name that does not match the run id', plantJson(snapshot(), 'other.json')],
  ['not JSON', plantJson('{"schemaVersion":1,')],
  [
    'the pending file is a symlink',
    ({ fs }) => {
      fs.files.set('/home/ann/snap.json', Buffer.from(JSON.stringify(snapshot())));
      fs.symlinks.set('/state/pending/evil.json', '/home/ann/snap.json');
    },
  ],
  [
    'the pending file belongs to another user',
    ({ fs }) => {
      plantJson(snapshot())({ fs } as Setup);
      fs.meta.set('/state/pending/evil.json', { uid: 0 });
    },
  ],
  [
    'the pending file is group-writable',
    ({ fs }) => {
      plantJson(snapshot())({ fs } as Setup);
      fs.meta.set('/state/pending/evil.json', { mode: 0o660 });
    },
  ],
  [
    'the pending file has a second hard link',
    ({ fs }) => {
      plantJson(snapshot())({ fs } as Setup);
      fs.meta.set('/state/pending/evil.json', { nlink: 2 });
    },
  ],
  [
    'the pending folder is a symlink',
    ({ fs }) => {
      fs.files.set('/home/ann/pending/evil.json', Buffer.from(JSON.stringify(snapshot())));
      fs.symlinks.set('/state/pending', '/home/ann/pending');
    },
  ],
  [
    'the managed resolv.conf is a symlink to a symlink (target path is a symlink)',
    ({ fs }) => {
      fs.symlinks.set('/etc/resolv.conf', '/run/resolvconf/resolv.conf');
      fs.symlinks.set('/run/resolvconf/resolv.conf', '/etc/shadow');
      fs.files.set('/etc/shadow', Buffer.from('root:$6$secret:19000:0:99999:7:::\n'));
      plantJson(snapshot({}, { path: '/run/resolvconf/resolv.conf' }))({ fs } as Setup);
    },
  ],
  [
    'the snapshot names the link, while the file managed here is its target',
    ({ fs }) => {
      fs.files.set('/run/resolvconf/resolv.conf', Buffer.from(ORIGINAL));
      fs.symlinks.set('/etc/resolv.conf', '/run/resolvconf/resolv.conf');
      plantJson(snapshot())({ fs } as Setup);
    },
  ],
];

describe('a hostile snapshot in pending/', () => {
  it.each(cases)('%s: refused, set aside, logged; no file written, no prompt', async (_name, plant) => {
    const s = machine();
    plant(s);
    const before = outsideState(s.fs);
    const service = new FixService(s.deps);
    const out = await service.recoverInterrupted();
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((r) => !r.ok && r.refused === true && r.message === REFUSED_TEXT.recover)).toBe(true);
    expect(outsideState(s.fs)).toEqual(before);
    expect(s.fs.writes.filter((w) => !w.startsWith('/state/'))).toEqual([]);
    expect(s.prompts).toEqual([]);
    const history = await service.store.history();
    expect(history.map((h) => `${h.action}:${h.outcome}`)).toEqual(out.map(() => 'recover:refused'));
    expect(history[0]?.message).toContain(REFUSED_TEXT.recover);
    expect(s.deps.logs.some((l) => /refused/.test(l))).toBe(true);
    // set aside: the next start has nothing left to act on, and says nothing more
    expect(await service.store.scanPending()).toEqual({ valid: [], refused: [] });
    expect(await service.recoverInterrupted()).toEqual([]);
  });

  it('`fix list` still lists every fix and says plainly that a saved change was refused', async () => {
    const s = machine();
    plantJson(snapshot({}, { path: '/etc/cron.d/backup' }))(s);
    const before = outsideState(s.fs);
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      errIsTty: false,
      env: {},
      readStdin: () => Promise.resolve(''),
      out: (t) => void (stdout += t),
      err: (t) => void (stderr += t),
    };
    const code = await runFixCommand(['list'], io, { createDeps: () => Promise.resolve(s.deps), ask: null });
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(8);
    expect(stderr).toContain('A saved DNS change was refused and set aside');
    expect(stderr).not.toMatch(/Restored/);
    expect(outsideState(s.fs)).toEqual(before);
    expect(s.prompts).toEqual([]);
  });

  it('the app, on start, refuses it too and tells the person in a notification', async () => {
    const s = machine();
    plantJson(snapshot({}, { path: '/etc/cron.d/backup' }))(s);
    const before = outsideState(s.fs);
    const ctx = fakeContext();
    createFixesHandlers(ctx, { service: new FixService(s.deps) });
    for (let i = 0; i < 200 && ctx.notifications.length === 0; i++)
      await new Promise((r) => setTimeout(r, 2));
    expect(ctx.notifications).toEqual([{ title: 'Gateway Doctor', body: REFUSED_TEXT.recover }]);
    expect(outsideState(s.fs)).toEqual(before);
    expect(s.prompts).toEqual([]);
  });

  it('a dry run reports the untrusted file and changes nothing, not even the state folder', async () => {
    const s = machine();
    plantJson(snapshot({ pid: 'x' }))(s);
    let stderr = '';
    const io: CliIo = {
      errIsTty: false,
      env: {},
      readStdin: () => Promise.resolve(''),
      out: () => undefined,
      err: (t) => void (stderr += t),
    };
    const code = await runFixCommand(['switch-dns', '--to', '192.0.2.53', '--dry-run'], io, {
      createDeps: () => Promise.resolve(s.deps),
      ask: null,
    });
    expect(code).toBe(0);
    expect(stderr).toContain('1 saved change(s) cannot be trusted');
    expect(s.fs.files.has('/state/pending/evil.json')).toBe(true);
  });

  it('a genuine snapshot from a dead run is still restored (control)', async () => {
    const s = machine();
    s.fs.files.set('/etc/resolv.conf', Buffer.from('nameserver 192.0.2.53\n'));
    plantJson(snapshot({}, { contentB64: b64(ORIGINAL), servers: ['192.168.1.1'] }))(s);
    s.fs.readonlyPaths.clear();
    const out = await new FixService(s.deps).recoverInterrupted();
    expect(out).toEqual([
      { fixRunId: 'evil', ok: true, message: expect.stringContaining('Restored the DNS settings') },
    ]);
    expect(s.fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
  });
});

describe('a hostile applied/ snapshot', () => {
  it('undo refuses it, sets it aside, writes nothing and exits 2', async () => {
    const s = machine();
    s.fs.files.set(
      '/state/applied/switch-dns.json',
      Buffer.from(JSON.stringify(snapshot({}, { path: '/etc/cron.d/backup' }))),
    );
    const before = outsideState(s.fs);
    let stderr = '';
    const io: CliIo = {
      errIsTty: false,
      env: {},
      readStdin: () => Promise.resolve(''),
      out: () => undefined,
      err: (t) => void (stderr += t),
    };
    const code = await runFixCommand(['undo', 'switch-dns'], io, {
      createDeps: () => Promise.resolve(s.deps),
      ask: null,
    });
    expect(code).toBe(2);
    expect(stderr).toContain(REFUSED_TEXT.undo);
    expect(outsideState(s.fs)).toEqual(before);
    expect(s.prompts).toEqual([]);
    expect(s.fs.files.has('/state/applied/switch-dns.json')).toBe(false);
    expect((await new FixService(s.deps).store.history()).map((h) => `${h.action}:${h.outcome}`)).toEqual([
      'undo:refused',
    ]);
  });

  it('a schema-valid snapshot for another file is refused at restore time', async () => {
    const s = machine();
    s.fs.files.set(
      '/state/applied/switch-dns.json',
      Buffer.from(JSON.stringify(snapshot({}, { path: '/home/ann/.bashrc' }))),
    );
    const before = outsideState(s.fs);
    const r = await new FixService(s.deps).undo('switch-dns');
    expect(r).toEqual({ ok: false, message: REFUSED_TEXT.undo, refused: true });
    expect(outsideState(s.fs)).toEqual(before);
    expect(s.deps.logs.some((l) => l.includes('but the file managed here is /etc/resolv.conf'))).toBe(true);
  });
});

describe('the state folder', () => {
  it('refuses a state folder that belongs to another user, and tightens a loose mode of ours', async () => {
    const s = machine();
    s.fs.dirs.add('/state');
    s.fs.meta.set('/state', { mode: 0o755 });
    await new FixService(s.deps).store.record({
      at: 'x',
      fixId: 'flush-dns',
      fixRunId: 'r',
      action: 'run',
      outcome: 'kept',
      message: '',
      commands: [],
    });
    expect(s.fs.meta.get('/state')?.mode).toBe(0o700);
    s.fs.meta.set('/state', { uid: 0 });
    await expect(
      new FixService(s.deps).run('switch-dns', { servers: ['192.0.2.53'] }, { autoKeep: true }),
    ).rejects.toThrow(/belongs to another user/);
    expect(s.fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
  });
});
