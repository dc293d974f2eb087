import { describe, expect, it } from 'vitest';
import type { FixEvent } from '../../../electron/contract';
import { FixDescriptorSchema, FixEventSchema, FixPreviewSchema } from '../../../electron/contract';
import { FixNeedsAdminError } from '../../../electron/engine/fixes/executor';
import { FixBusyError, FixInputError } from '../../../electron/engine/fixes/ip';
import { RESOLV_CONF_MARK } from '../../../electron/engine/fixes/resolv-conf-write';
import { FixService } from '../../../electron/engine/fixes/service';
import type { SnapshotRecord } from '../../../electron/engine/fixes/types';
import { fakeLinuxDeps, MemFs, ScriptedRunner } from './fake-deps';

const ORIGINAL = '# home\nnameserver 192.168.1.1\nsearch lan\n';

function collect(): { events: FixEvent[]; onEvent: (e: FixEvent) => void } {
  const events: FixEvent[] = [];
  return { events, onEvent: (e) => events.push(FixEventSchema.parse(e)) };
}

describe('switch-dns on a resolv.conf machine', () => {
  it('snapshots before changing, verifies, keeps with autoKeep, and undo restores the exact bytes', async () => {
    const deps = fakeLinuxDeps();
    const order: string[] = [];
    deps.afterSnapshot = async () => {
      // the snapshot is on disk and the file is still untouched at this point
      order.push(
        `snapshot:${[...deps.fs.files.keys()].some((k) => k.startsWith('/state/pending/'))}:${deps.fs.text('/etc/resolv.conf') === ORIGINAL}`,
      );
    };
    const service = new FixService(deps);
    const { events, onEvent } = collect();
    const r = await service.run('switch-dns', { servers: ['192.0.2.53'] }, { autoKeep: true, onEvent });
    expect(r.outcome).toBe('kept');
    expect(order).toEqual(['snapshot:true:true']);
    expect(deps.fs.text('/etc/resolv.conf')).toBe(
      `# home\n${RESOLV_CONF_MARK}\nnameserver 192.0.2.53\nsearch lan\n`,
    );
    expect(events.filter((e) => e.type === 'stage').map((e) => (e.type === 'stage' ? e.stage : ''))).toEqual([
      'snapshot',
      'run',
      'verify',
      'done',
    ]);
    expect(await service.store.listPending()).toEqual([]);
    const u = await service.undo('switch-dns');
    expect(u).toEqual({ ok: true, message: 'Your previous DNS settings are back.' });
    expect(deps.fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
    expect((await service.undo('switch-dns')).ok).toBe(false);
    const h = await service.store.history();
    expect(h.map((x) => `${x.action}:${x.outcome}`)).toEqual(['run:kept', 'undo:restored']);
    expect(deps.logs.some((l) => l.includes('rewrite /etc/resolv.conf'))).toBe(true);
  });

  it('rolls back by itself when the new servers do not answer', async () => {
    const deps = fakeLinuxDeps({
      verifyDns: () => Promise.resolve({ ok: false, detail: '192.0.2.99: timeout' }),
    });
    const service = new FixService(deps);
    const { events, onEvent } = collect();
    const r = await service.run('switch-dns', { servers: ['192.0.2.99'] }, { autoKeep: true, onEvent });
    expect(r.outcome).toBe('rolled-back');
    expect(r.message).toContain('192.0.2.99: timeout');
    expect(deps.fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
    expect(events.some((e) => e.type === 'stage' && e.stage === 'rollback')).toBe(true);
    expect(await service.store.listPending()).toEqual([]);
    expect(await service.store.getApplied('switch-dns')).toBeNull();
  });

  it('counts down and restores when nobody confirms; keeps when confirm(keep) arrives', async () => {
    const deps = fakeLinuxDeps();
    const service = new FixService(deps);
    const a = collect();
    const r1 = await service.run(
      'switch-dns',
      { servers: ['192.0.2.53'] },
      { keepSeconds: 5, onEvent: a.onEvent },
    );
    expect(r1.outcome).toBe('rolled-back');
    expect(
      a.events.filter((e) => e.type === 'countdown').map((e) => (e.type === 'countdown' ? e.secondsLeft : 0)),
    ).toEqual([5, 4, 3, 2, 1]);
    expect(deps.fs.text('/etc/resolv.conf')).toBe(ORIGINAL);

    const b = collect();
    const r2 = await service.run(
      'switch-dns',
      { servers: ['192.0.2.53'] },
      {
        keepSeconds: 20,
        fixRunId: 'run-keep',
        onEvent: (e) => {
          b.onEvent(e);
          if (e.type === 'countdown' && e.secondsLeft === 18)
            expect(service.confirm('run-keep', true)).toBe(true);
        },
      },
    );
    expect(r2.outcome).toBe('kept');
    expect(deps.fs.text('/etc/resolv.conf')).toContain('nameserver 192.0.2.53');
    expect(service.confirm('run-keep', true)).toBe(false);
  });

  it('asks the CLI callback and rolls back on "no"', async () => {
    const deps = fakeLinuxDeps();
    const service = new FixService(deps);
    const r = await service.run(
      'switch-dns',
      { servers: ['192.0.2.53'] },
      { askKeep: () => Promise.resolve(false) },
    );
    expect(r.outcome).toBe('rolled-back');
    expect(deps.fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
  });

  it("a second switch keeps the first snapshot, so undo returns to the user's own settings", async () => {
    const deps = fakeLinuxDeps();
    const service = new FixService(deps);
    await service.run('switch-dns', { servers: ['192.0.2.53'] }, { autoKeep: true });
    await service.run('switch-dns', { servers: ['192.0.2.54'] }, { autoKeep: true });
    expect(deps.fs.text('/etc/resolv.conf')).toContain('nameserver 192.0.2.54');
    await service.undo('switch-dns');
    expect(deps.fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
  });

  it('refuses bad input and unavailable fixes with FixInputError and changes nothing', async () => {
    const deps = fakeLinuxDeps();
    const service = new FixService(deps);
    await expect(service.run('reboot-internet', {})).rejects.toThrow(/unknown fix "reboot-internet"/);
    await expect(service.run('switch-dns', { servers: ['dns.google'] })).rejects.toThrow(FixInputError);
    await expect(service.run('switch-dns', {})).rejects.toThrow(/needs the new DNS servers/);
    await expect(service.run('switch-dns', { servers: ['192.0.2.1'], extra: 1 })).rejects.toThrow(
      FixInputError,
    );
    await expect(service.run('flush-dns', {})).rejects.toThrow(
      /not available on this computer: Nothing on this computer keeps a DNS cache/,
    );
    expect(deps.fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
    expect(deps.fs.writes).toEqual([]);
  });

  it('a resolv.conf with lines it does not understand is not changed (it could not be restored safely)', async () => {
    const fs = new MemFs();
    fs.files.set('/etc/resolv.conf', Buffer.from('nameserver 192.168.1.1\nlookup file bind\n'));
    const deps = fakeLinuxDeps({ fs });
    await expect(
      new FixService(deps).run('switch-dns', { servers: ['192.0.2.53'] }, { autoKeep: true }),
    ).rejects.toThrow(
      '/etc/resolv.conf line 2 is not a resolv.conf setting; Gateway Doctor only changes a resolv.conf it fully understands',
    );
    expect(fs.writes).toEqual([]);
  });

  it('never runs two fixes at once (in-process and across processes)', async () => {
    const deps = fakeLinuxDeps();
    let release: () => void = () => undefined;
    deps.afterSnapshot = () => new Promise<void>((r) => (release = r));
    const service = new FixService(deps);
    const first = service.run('switch-dns', { servers: ['192.0.2.53'] }, { autoKeep: true });
    await new Promise((r) => setTimeout(r, 10));
    await expect(service.run('switch-dns', { servers: ['192.0.2.54'] }, { autoKeep: true })).rejects.toThrow(
      FixBusyError,
    );
    release();
    expect((await first).outcome).toBe('kept');
    // a lock held by another live process
    const other = new FixService(fakeLinuxDeps({ fs: deps.fs, pid: 2000, isPidAlive: () => true }));
    deps.fs.files.set('/state/fix.lock', Buffer.from(JSON.stringify({ pid: 1000, fixId: 'switch-dns' })));
    await expect(other.run('switch-dns', { servers: ['192.0.2.54'] }, { autoKeep: true })).rejects.toThrow(
      /running in process 1000/,
    );
    // a stale lock (dead owner) is taken over
    const third = new FixService(fakeLinuxDeps({ fs: deps.fs, pid: 3000, isPidAlive: (p) => p === 3000 }));
    expect((await third.run('switch-dns', { servers: ['192.0.2.55'] }, { autoKeep: true })).outcome).toBe(
      'kept',
    );
  });

  it('recoverInterrupted restores a snapshot left by a dead process, and leaves a live one alone', async () => {
    const fs = new MemFs();
    fs.files.set('/etc/resolv.conf', Buffer.from('nameserver 192.0.2.53\n'));
    const rec = (pid: number, id: string): SnapshotRecord => ({
      schemaVersion: 1,
      fixId: 'switch-dns',
      fixRunId: id,
      pid,
      createdAt: '2026-11-22T06:00:00Z',
      servers: ['192.0.2.53'],
      state: {
        manager: 'resolv-conf',
        path: '/etc/resolv.conf',
        contentB64: Buffer.from(ORIGINAL).toString('base64'),
        servers: ['192.168.1.1'],
      },
    });
    fs.files.set('/state/pending/live.json', Buffer.from(JSON.stringify(rec(4000, 'live'))));
    const deps = fakeLinuxDeps({ fs, isPidAlive: (p) => p === 1000 || p === 4000 });
    const service = new FixService(deps);
    expect(await service.recoverInterrupted()).toEqual([]);
    expect(fs.text('/etc/resolv.conf')).toBe('nameserver 192.0.2.53\n');
    fs.files.set('/state/pending/dead.json', Buffer.from(JSON.stringify(rec(5000, 'dead'))));
    const out = await service.recoverInterrupted();
    expect(out).toEqual([
      { fixRunId: 'dead', ok: true, message: expect.stringContaining('interrupted switch-dns run (dead)') },
    ]);
    expect(fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
    expect(fs.files.has('/state/pending/dead.json')).toBe(false);
    expect(fs.files.has('/state/pending/live.json')).toBe(true);
    expect((await service.store.history()).map((h) => h.action)).toEqual(['recover']);
  });

  it('needs admin: refuses without an elevator; with one, batches the admin steps into one prompt', async () => {
    const fs = new MemFs();
    fs.files.set('/etc/resolv.conf', Buffer.from(ORIGINAL));
    fs.readonlyPaths.add('/etc/resolv.conf');
    const noElev = fakeLinuxDeps({ fs, isAdmin: false });
    await expect(
      new FixService(noElev).run('switch-dns', { servers: ['192.0.2.53'] }, { autoKeep: true }),
    ).rejects.toThrow(FixNeedsAdminError);
    expect(fs.text('/etc/resolv.conf')).toBe(ORIGINAL);

    const batches: string[][][] = [];
    const elevated = fakeLinuxDeps({
      fs,
      isAdmin: false,
      elevator: {
        run: async (cmds) => {
          batches.push(cmds);
          // play the elevated write (sh -c SCRIPT name sha src target) against the in-memory fs
          const src = cmds[0]?.[5] ?? '';
          fs.files.set('/etc/resolv.conf', Buffer.from(fs.files.get(src) ?? Buffer.alloc(0)));
          return { ok: true, detail: '' };
        },
      },
    });
    const service = new FixService(elevated);
    const r = await service.run('switch-dns', { servers: ['192.0.2.53'] }, { autoKeep: true });
    expect(r.outcome).toBe('kept');
    expect(batches).toHaveLength(1);
    expect(batches[0]?.map((c) => [c[0], c[1], c[6]])).toEqual([['/bin/sh', '-c', '/etc/resolv.conf']]);
    expect(fs.text('/etc/resolv.conf')).toContain('nameserver 192.0.2.53');
    expect([...fs.files.keys()].filter((k) => k.endsWith('.tmp'))).toEqual([]);
  });
});

describe('list, preview and the other fixes', () => {
  it('lists every fix with a valid descriptor, and previews validate against the contract', async () => {
    const service = new FixService(
      fakeLinuxDeps({
        which: (n) => Promise.resolve(n === 'firefox' || n === 'chromium' ? `/usr/bin/${n}` : null),
      }),
    );
    const list = await service.list();
    expect(list.map((f) => f.id)).toEqual([
      'flush-dns',
      'switch-dns',
      'renew-dhcp',
      'open-private-window',
      'open-other-browser',
      'guide-clear-site-cache',
      'guide-restart-router',
      'guide-disable-proxy',
    ]);
    for (const f of list) FixDescriptorSchema.parse(f);
    expect(list.find((f) => f.id === 'switch-dns')).toMatchObject({
      available: true,
      needsAdmin: false,
      recheck: ['system-resolvers', 'dns-swap', 'site-probe'],
    });
    expect(list.find((f) => f.id === 'guide-disable-proxy')?.recheck).toEqual(['proxy', 'site-probe']);
    const p = await service.preview('open-private-window', { url: 'https://shop.example/cart' });
    FixPreviewSchema.parse(p.preview);
    expect(p.preview.commands).toEqual([
      ['/usr/bin/firefox', '--private-window', 'https://shop.example/cart'],
    ]);
    const other = await service.preview('open-other-browser', {
      url: 'https://shop.example/',
      browser: 'firefox',
    });
    expect(other.preview.commands).toEqual([['/usr/bin/chromium', 'https://shop.example/']]);
    for (const id of ['open-private-window', 'open-other-browser']) {
      await expect(service.preview(id, { url: 'https://ann:hunter2@shop.example/' })).rejects.toThrow(
        /must not contain a user name or password/,
      );
      await expect(service.run(id, { url: 'https://ann:hunter2@shop.example/' })).rejects.toThrow(
        FixInputError,
      );
    }
    const guide = await service.preview('guide-clear-site-cache', { browser: 'safari' });
    expect(guide.preview.steps[0]).toMatch(/^Safari: in the menu bar choose Safari → Settings…/);
  });

  it('flush-dns with systemd-resolved: runs resolvectl flush-caches and verifies the system servers', async () => {
    const fs = new MemFs();
    fs.files.set('/etc/resolv.conf', Buffer.from('nameserver 127.0.0.53\noptions edns0\n'));
    const runner = new ScriptedRunner((argv) => (argv[0] === 'resolvectl' ? { stdout: '' } : undefined));
    const asked: string[][] = [];
    const deps = fakeLinuxDeps({
      fs,
      runner,
      which: (n) => Promise.resolve(n === 'resolvectl' ? '/usr/bin/resolvectl' : null),
      verifyDns: (s) => (asked.push(s), Promise.resolve({ ok: true, detail: 'ok' })),
    });
    const r = await new FixService(deps).run('flush-dns', {});
    expect(r.outcome).toBe('verified');
    expect(runner.calls.filter((c) => c[0] === 'resolvectl')).toEqual([['resolvectl', 'flush-caches']]);
    expect(asked).toEqual([['192.168.1.1']]);
  });

  it('guide-restart-router waits for the router to go quiet and come back', async () => {
    const answers = [true, true, false, false, false, true];
    const deps = fakeLinuxDeps({
      gatewayProbe: () => Promise.resolve({ address: '192.168.1.1', answered: answers.shift() ?? true }),
    });
    const r = await new FixService(deps).run('guide-restart-router', {});
    expect(r).toMatchObject({ outcome: 'verified', message: expect.stringContaining('answers again') });
    expect(answers).toEqual([]);
  });

  it("a failing command makes the fix fail with the command's own error", async () => {
    const runner = new ScriptedRunner((argv) => {
      if (argv.join(' ') === 'ip -j route show default')
        return { stdout: '[{"dst":"default","gateway":"192.168.1.1","dev":"eth0"}]' };
      if (argv[0] === 'dhclient') return { code: 1, stderr: 'dhclient: no lease' };
      return undefined;
    });
    const deps = fakeLinuxDeps({
      runner,
      which: (n) => Promise.resolve(n === 'dhclient' ? '/sbin/dhclient' : null),
    });
    const r = await new FixService(deps).run('renew-dhcp', {});
    expect(r.outcome).toBe('failed');
    expect(r.message).toContain('dhclient: no lease');
    expect(r.commands).toEqual([['dhclient', '-r', 'eth0']]);
  });
});

describe('unexpected errors mid-run', () => {
  it('restore the snapshot at once and report failed', async () => {
    const deps = fakeLinuxDeps();
    deps.verifyDns = () => Promise.reject(new Error('socket exploded'));
    const service = new FixService(deps);
    const r = await service.run('switch-dns', { servers: ['192.0.2.53'] }, { autoKeep: true });
    expect(r).toMatchObject({
      outcome: 'failed',
      message: 'Internal error: socket exploded. Your previous settings are back.',
    });
    expect(deps.fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
    expect(await service.store.listPending()).toEqual([]);
  });
});

describe('a dismissed administrator prompt', () => {
  it('fails without a second prompt when nothing was changed', async () => {
    const fs = new MemFs();
    fs.files.set('/etc/resolv.conf', Buffer.from(ORIGINAL));
    fs.readonlyPaths.add('/etc/resolv.conf');
    let prompts = 0;
    const deps = fakeLinuxDeps({
      fs,
      isAdmin: false,
      elevator: { run: () => (prompts++, Promise.resolve({ ok: false, detail: 'Request dismissed' })) },
    });
    const r = await new FixService(deps).run('switch-dns', { servers: ['192.0.2.53'] }, { autoKeep: true });
    expect(r).toMatchObject({
      outcome: 'failed',
      message: 'The change failed: Request dismissed. Your previous DNS settings are back.',
    });
    expect(prompts).toBe(1);
    expect(fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
  });
});
