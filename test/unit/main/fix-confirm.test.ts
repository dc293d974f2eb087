// Main's own confirmation before a fix changes the system: the page asking is not enough.
import { describe, expect, it, vi } from 'vitest';
import type { FixEvent, FixId } from '../../../electron/contract';
import { FIX_IDS, FixEventSchema } from '../../../electron/contract';
import { FixService } from '../../../electron/engine/fixes/service';
import {
  CONFIRM_CANCELLED_TEXT,
  CONFIRM_FAILED_TEXT,
  SYSTEM_CHANGE_TEXT,
} from '../../../electron/main/handlers/fix-confirm';
import { createFixesHandlers } from '../../../electron/main/handlers/fixes';
import type { SystemChangeQuestion } from '../../../electron/main/handlers/fix-confirm';
import { fakeLinuxDeps } from '../fixes/fake-deps';
import { fakeContext } from './helpers';

const ORIGINAL = '# home\nnameserver 192.168.1.1\nsearch lan\n';
const sender = { senderId: 1 };
const SWITCH = { fixId: 'switch-dns' as const, params: { servers: ['192.0.2.53', '192.0.2.54'] } };

function setup(confirm?: (q: SystemChangeQuestion) => Promise<boolean>) {
  const ctx = fakeContext(confirm ? { confirm } : {});
  const deps = fakeLinuxDeps();
  deps.clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms / 1000)) };
  const service = new FixService(deps);
  const run = vi.spyOn(service, 'run');
  const handlers = createFixesHandlers(ctx, { service, recoverOnStart: false });
  const fixEvents = (): FixEvent[] =>
    ctx.events.filter((e) => e.channel === 'fix:event').map((e) => FixEventSchema.parse(e.payload));
  return { ctx, deps, run, handlers, fixEvents };
}

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 2));
  expect(cond()).toBe(true);
}

describe('system-change confirmation in main', () => {
  it('asks with the change in plain words (from → to) before switching DNS, and runs on yes', async () => {
    const { ctx, deps, run, handlers, fixEvents } = setup(async () => true);
    const { fixRunId } = await handlers['fix:run'](SWITCH, sender);
    expect(ctx.questions).toHaveLength(1);
    const q = ctx.questions[0];
    expect(q?.question).toBe('Change the DNS servers of this computer?');
    expect(q?.confirmLabel).toBe('Change DNS servers');
    expect(q?.detail).toContain('192.168.1.1 → 192.0.2.53, 192.0.2.54');
    expect(q?.detail).toContain('you can undo');
    expect(run).toHaveBeenCalledTimes(1);
    await until(() => fixEvents().some((e) => e.type === 'countdown'));
    await handlers['fix:confirm']({ fixRunId, keep: true }, sender);
    await until(() => fixEvents().some((e) => e.type === 'finished'));
    expect(fixEvents().at(-1)).toMatchObject({ fixRunId, outcome: 'kept' });
    expect(deps.fs.text('/etc/resolv.conf')).toContain('nameserver 192.0.2.53');
  });

  it('Cancel: the run ends as cancelled, the engine never runs, nothing changes', async () => {
    const { deps, run, handlers, fixEvents, ctx } = setup(async () => false);
    const { fixRunId } = await handlers['fix:run'](SWITCH, sender);
    expect(run).not.toHaveBeenCalled();
    expect(fixEvents()).toEqual([
      { type: 'finished', fixRunId, outcome: 'cancelled', message: CONFIRM_CANCELLED_TEXT },
    ]);
    expect(deps.fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
    expect(deps.fs.writes).toEqual([]);
    expect(ctx.logs.some((l) => l.includes('cancelled in the confirmation dialog'))).toBe(true);
    // a page answering "keep" on its own gets nowhere: no run waits for it
    expect(await handlers['fix:confirm']({ fixRunId, keep: true }, sender)).toEqual({ ok: false });
  });

  it('a dialog that fails refuses the run: rejected invoke, the engine never runs, nothing changes', async () => {
    const { deps, run, handlers, fixEvents, ctx } = setup(async () => {
      throw new Error('no display');
    });
    await expect(handlers['fix:run'](SWITCH, sender)).rejects.toThrow(CONFIRM_FAILED_TEXT);
    expect(run).not.toHaveBeenCalled();
    expect(fixEvents()).toEqual([]);
    expect(deps.fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
    expect(ctx.logs.some((l) => l.includes('the confirmation dialog failed'))).toBe(true);
  });

  it('a guided fix runs without a question', async () => {
    const { ctx, run, handlers, fixEvents } = setup(async () => false);
    const { fixRunId } = await handlers['fix:run']({ fixId: 'guide-disable-proxy', params: {} }, sender);
    expect(ctx.questions).toEqual([]);
    expect(run).toHaveBeenCalledTimes(1);
    await until(() => fixEvents().some((e) => e.type === 'finished'));
    expect(fixEvents().at(-1)).toMatchObject({ fixRunId, outcome: 'kept' });
  });

  it('an unavailable fix is refused by the run itself, without asking first', async () => {
    const { ctx, handlers } = setup(async () => true);
    await expect(handlers['fix:run']({ fixId: 'flush-dns', params: {} }, sender)).rejects.toThrow(
      /not available on this computer/,
    );
    expect(ctx.questions).toEqual([]);
  });

  it('confirms exactly the fixes that change the system (commands), not guides or browser windows', () => {
    const confirmed = FIX_IDS.filter((id: FixId) => SYSTEM_CHANGE_TEXT[id] !== null).sort();
    expect(confirmed).toEqual(['flush-dns', 'renew-dhcp', 'switch-dns']);
  });
});
