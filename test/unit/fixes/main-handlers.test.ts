import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { FixEvent } from '../../../electron/contract';
import { FixEventSchema, FixPreviewSchema, invokeChannels } from '../../../electron/contract';
import { FixService } from '../../../electron/engine/fixes/service';
import { createFixesHandlers, elevatedCommandLine, quotePosix } from '../../../electron/main/handlers/fixes';
import { fakeContext, sampleResult } from '../main/helpers';
import { fakeLinuxDeps } from './fake-deps';

const ORIGINAL = '# home\nnameserver 192.168.1.1\nsearch lan\n';
const sender = { senderId: 1 };

function setup(): {
  ctx: ReturnType<typeof fakeContext>;
  deps: ReturnType<typeof fakeLinuxDeps>;
  handlers: ReturnType<typeof createFixesHandlers>;
  fixEvents: () => FixEvent[];
} {
  const ctx = fakeContext();
  const deps = fakeLinuxDeps();
  // real timers for the countdown would make the test slow: 1 ms per "second"
  deps.clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms / 1000)) };
  const handlers = createFixesHandlers(ctx, { service: new FixService(deps), recoverOnStart: false });
  const fixEvents = (): FixEvent[] =>
    ctx.events.filter((e) => e.channel === 'fix:event').map((e) => FixEventSchema.parse(e.payload));
  return { ctx, deps, handlers, fixEvents };
}

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 2));
  expect(cond()).toBe(true);
}

describe('main fix handlers', () => {
  it('list and preview answer contract-valid data; preview re-validates params itself', async () => {
    const { handlers } = setup();
    const list = await handlers['fix:list'](undefined, sender);
    expect(invokeChannels['fix:list'].response.safeParse(list).success).toBe(true);
    const p = await handlers['fix:preview'](
      { fixId: 'switch-dns', params: { servers: ['192.0.2.53'] } },
      sender,
    );
    FixPreviewSchema.parse(p);
    expect(p.changes).toContain('/etc/resolv.conf: 192.168.1.1 → 192.0.2.53');
    // a caller that skipped the dispatcher still cannot get an unvalidated value through
    const bad = { fixId: 'switch-dns', params: { servers: ['1.1.1.1; reboot'] } } as unknown as Parameters<
      (typeof handlers)['fix:preview']
    >[0];
    await expect(handlers['fix:preview'](bad, sender)).rejects.toThrow(/invalid parameters/);
  });

  it('run → countdown → confirm keep → finished kept; undo restores the file', async () => {
    const { handlers, deps, fixEvents, ctx } = setup();
    const { fixRunId } = await handlers['fix:run'](
      { fixId: 'switch-dns', params: { servers: ['192.0.2.53'] } },
      sender,
    );
    await until(() => fixEvents().some((e) => e.type === 'countdown'));
    expect(await handlers['fix:confirm']({ fixRunId, keep: true }, sender)).toEqual({ ok: true });
    await until(() => fixEvents().some((e) => e.type === 'finished'));
    expect(fixEvents().at(-1)).toMatchObject({ type: 'finished', fixRunId, outcome: 'kept' });
    expect(deps.fs.text('/etc/resolv.conf')).toContain('nameserver 192.0.2.53');
    expect(ctx.logs.some((l) => l.includes('[fix] run requested: switch-dns'))).toBe(true);
    expect(await handlers['fix:undo']({ fixId: 'switch-dns' }, sender)).toEqual({
      ok: true,
      message: 'Your previous DNS settings are back.',
    });
    expect(deps.fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
  });

  it('run with "no" at the keep prompt rolls back; confirm for an unknown run says ok:false', async () => {
    const { handlers, deps, fixEvents } = setup();
    const { fixRunId } = await handlers['fix:run'](
      { fixId: 'switch-dns', params: { servers: ['192.0.2.53'] } },
      sender,
    );
    await until(() => fixEvents().some((e) => e.type === 'countdown'));
    await handlers['fix:confirm']({ fixRunId, keep: false }, sender);
    await until(() => fixEvents().some((e) => e.type === 'finished'));
    expect(fixEvents().at(-1)).toMatchObject({ outcome: 'rolled-back' });
    expect(deps.fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
    expect(await handlers['fix:confirm']({ fixRunId: 'nope', keep: true }, sender)).toEqual({ ok: false });
  });

  it('refusals reject the invoke: not available here, and a second fix while one runs', async () => {
    const { handlers, fixEvents } = setup();
    await expect(handlers['fix:run']({ fixId: 'flush-dns', params: {} }, sender)).rejects.toThrow(
      /not available on this computer/,
    );
    await handlers['fix:run']({ fixId: 'switch-dns', params: { servers: ['192.0.2.53'] } }, sender);
    await until(() => fixEvents().some((e) => e.type === 'countdown'));
    await expect(
      handlers['fix:run']({ fixId: 'switch-dns', params: { servers: ['192.0.2.54'] } }, sender),
    ).rejects.toThrow(/Another quick fix is running/);
  });
});

describe('main fix handlers: switch-dns from a stored diagnosis', () => {
  function stored(ctx: ReturnType<typeof fakeContext>): void {
    const base = sampleResult('run-dns');
    const answer = {
      role: 'alternative' as const,
      name: 'shop.example.test',
      rcode: 'NOERROR',
      addresses: ['203.0.113.7'],
      transport: 'udp' as const,
      error: null,
    };
    ctx.history.add({
      ...base,
      dns: {
        answers: [
          {
            ...answer,
            resolver: '192.168.1.1',
            role: 'system',
            rcode: 'SERVFAIL',
            addresses: [],
            latencyMs: 3,
          },
          { ...answer, resolver: '192.0.2.9', latencyMs: 40 },
          { ...answer, resolver: '192.0.2.53', latencyMs: 12 },
        ],
        addressProbes: [],
      },
    });
  }

  it('preview with only the run id proposes the servers that answered, and shows the change', async () => {
    const { handlers, ctx } = setup();
    stored(ctx);
    const p = await handlers['fix:preview']({ fixId: 'switch-dns', params: { runId: 'run-dns' } }, sender);
    expect(p.changes).toContain('/etc/resolv.conf: 192.168.1.1 → 192.0.2.53, 192.0.2.9');
    await expect(
      handlers['fix:preview']({ fixId: 'switch-dns', params: { runId: 'gone' } }, sender),
    ).rejects.toThrow(/no longer available/);
  });

  it('run with only the run id switches to the proposal and verifies with the diagnosed host', async () => {
    const { handlers, ctx, deps, fixEvents } = setup();
    const names: string[] = [];
    deps.verifyDns = (servers, name) => {
      names.push(name);
      return Promise.resolve({ ok: true, detail: `${servers[0] ?? ''} answered` });
    };
    stored(ctx);
    const { fixRunId } = await handlers['fix:run'](
      { fixId: 'switch-dns', params: { runId: 'run-dns' } },
      sender,
    );
    await until(() => fixEvents().some((e) => e.type === 'countdown'));
    await handlers['fix:confirm']({ fixRunId, keep: true }, sender);
    await until(() => fixEvents().some((e) => e.type === 'finished'));
    expect(fixEvents().at(-1)).toMatchObject({ outcome: 'kept' });
    expect(deps.fs.text('/etc/resolv.conf')).toContain('nameserver 192.0.2.53\nnameserver 192.0.2.9');
    expect(names).toEqual(['shop.example.test']);
  });
});

describe('elevated command line', () => {
  it('POSIX: every argument quoted, commands joined with &&', () => {
    expect(
      elevatedCommandLine('darwin', [
        ['networksetup', '-setdnsservers', 'USB 10/100/1000 LAN', '1.1.1.1'],
        ['killall', '-HUP', 'mDNSResponder'],
      ]),
    ).toBe("networksetup -setdnsservers 'USB 10/100/1000 LAN' 1.1.1.1 && killall -HUP mDNSResponder");
    expect(quotePosix("a'b; rm -rf /")).toBe("'a'\\''b; rm -rf /'");
    expect(() => quotePosix('a\0b')).toThrow();
  });

  it('Linux: the line survives the outer shell sudo-prompt wraps it in (no $, ` or \\ expansion)', async () => {
    const args = [
      '$(echo INJECTED)',
      'a`echo X`b',
      '$HOME',
      'back\\slash',
      'a\\"b',
      "it's",
      'x\\$(y)',
      'USB 10/100 LAN',
    ];
    const line = elevatedCommandLine('linux', [['printf', '[%s]\\n', ...args]]);
    // exactly what @vscode/sudo-prompt's Linux path runs (child_process.exec = /bin/sh -c), minus pkexec
    const wrapped = `/bin/bash -c "echo SUDOPROMPT; ${line.replace(/"/g, '\\"')}"`;
    const { stdout } = await promisify(execFile)('/bin/sh', ['-c', wrapped]);
    expect(stdout.split('\n').slice(1, -1)).toEqual(args.map((a) => `[${a}]`));
  });

  it('Windows: PowerShell goes as -EncodedCommand; cmd metacharacters are refused', () => {
    const line = elevatedCommandLine('win32', [
      [
        'powershell.exe',
        '-NoProfile',
        '-Command',
        "Set-DnsClientServerAddress -InterfaceIndex 4 -ServerAddresses ('1.1.1.1')",
      ],
    ]);
    expect(line).toMatch(/^powershell\.exe -NoProfile -EncodedCommand [A-Za-z0-9+/=]+$/);
    expect(
      elevatedCommandLine('win32', [
        ['ipconfig', '/release'],
        ['ipconfig', '/renew'],
      ]),
    ).toBe('ipconfig /release && ipconfig /renew');
    expect(() => elevatedCommandLine('win32', [['ipconfig', '/renew & calc']])).toThrow(/refusing/);
  });
});
