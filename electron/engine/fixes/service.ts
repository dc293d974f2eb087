import { randomBytes } from 'node:crypto';
import type { FixDescriptor, FixEvent, FixId, FixParams } from '../../contract';
import { FixIdSchema, FixParamsSchema } from '../../contract';
import type { FixPlan } from './catalog';
import { ALL_FIX_IDS, FIX_INFO, planFix } from './catalog';
import { captureLike, oneLine, restoreDnsState } from './dns-restore';
import type { RestoreOutcome } from './dns-restore';
import { applySteps, switchTookEffect } from './dns-steps';
import { executeSteps, FixNeedsAdminError } from './executor';
import { RENEW_WAIT, waitForGateway, waitForRouterRestart } from './gateway-wait';
import { dnsServerProblem, FixBusyError, FixInputError, isIpLiteral } from './ip';
import type { RefusedFile } from './state-store';
import { FixStateStore } from './state-store';
import type { DnsState, FixDeps, HistoryRecord, RunHooks, SnapshotRecord } from './types';

export type FixOutcome = Extract<FixEvent, { type: 'finished' }>['outcome'];

/** What a finished run reports. */
export interface FixRunResult {
  fixRunId: string;
  fixId: FixId;
  outcome: FixOutcome;
  message: string;
  commands: string[][];
}

/** One line per interrupted run that recovery looked at. */
export interface RecoveryResult {
  fixRunId: string;
  ok: boolean;
  message: string;
  /** The saved snapshot failed the checks: it was set aside and nothing was changed. */
  refused?: true;
}

/** What people read when a saved change is refused (the technical reason goes to the log). */
export const REFUSED_TEXT = {
  recover:
    'A saved DNS change was refused and set aside: it was not made by Gateway Doctor on this computer, or it is damaged. Nothing was changed.',
  undo: 'The saved DNS settings were refused and set aside: they were not made by Gateway Doctor on this computer, or they are damaged. Nothing was changed.',
} as const;

const DEFAULT_KEEP_SECONDS = 20;
const VERIFY_TIMEOUT_MS = 3000;

/** Validates a fix id and params exactly as main does (contract schemas); throws FixInputError. */
export function validateFixRequest(fixId: unknown, params: unknown): { fixId: FixId; params: FixParams } {
  const id = FixIdSchema.safeParse(fixId);
  if (!id.success) {
    throw new FixInputError(`unknown fix "${String(fixId)}". Known fixes: ${ALL_FIX_IDS.join(', ')}.`);
  }
  const p = FixParamsSchema.safeParse(params ?? {});
  if (!p.success) {
    const detail = p.error.issues.map((i) => `${i.path.join('.') || 'params'}: ${i.message}`).join('; ');
    throw new FixInputError(`invalid parameters for ${id.data}: ${detail}`);
  }
  // the schema checks the IP syntax; which addresses can be a DNS server is decided here, for the app and the CLI alike
  for (const server of p.data.servers ?? []) {
    const problem = dnsServerProblem(server);
    if (problem) throw new FixInputError(problem);
  }
  return { fixId: id.data, params: p.data };
}

/**
 * The site's own name when the fix got one (the diagnosed host, else the URL's): a resolver that
 * knows the site is a good one for this user. Only without a site, the control name.
 */
function verifyNameFor(host: string | undefined, url: string | undefined, fallback: string): string {
  if (host) return host.replace(/\.$/, '');
  if (!url) return fallback;
  const urlHost = new URL(url).hostname;
  return urlHost.length > 0 && !isIpLiteral(urlHost.replace(/^\[|\]$/g, '')) ? urlHost : fallback;
}

function newRunId(): string {
  return `fix-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/**
 * The quick-fix flow: preview → (caller's consent) → snapshot persisted → run (elevated only
 * when needed) → verify → keep or roll back (DNS: "Keep these settings?" countdown) → history.
 * One fix at a time; interrupted runs are restored by recoverInterrupted().
 */
export class FixService {
  readonly store: FixStateStore;
  private readonly waiters = new Map<string, (keep: boolean) => void>();

  constructor(private readonly deps: FixDeps) {
    this.store = new FixStateStore(deps);
  }

  /** Every fix with its availability on this machine. */
  async list(): Promise<FixDescriptor[]> {
    const out: FixDescriptor[] = [];
    for (const id of ALL_FIX_IDS) {
      try {
        const { preview } = await planFix(this.deps, id, {}, { forList: true });
        const { commands: _c, steps: _s, changes: _ch, ...descriptor } = preview;
        out.push(descriptor);
      } catch (e) {
        const i = FIX_INFO[id];
        out.push({
          id,
          kind: i.kind,
          title: i.title,
          description: i.description,
          available: false,
          unavailableReason: e instanceof Error ? e.message : String(e),
          needsAdmin: false,
          risk: i.risk,
          expectedSeconds: i.expectedSeconds,
          verify: i.verify,
          recheck: [...i.recheck],
          undo: i.undo,
        });
      }
    }
    return out;
  }

  /** The exact commands and changes, computed from this machine's current state; changes nothing. */
  async preview(fixId: unknown, params: unknown): Promise<FixPlan> {
    const req = validateFixRequest(fixId, params);
    return planFix(this.deps, req.fixId, req.params);
  }

  /** Answers the "Keep these settings?" question of a running DNS change; false when none waits. */
  confirm(fixRunId: string, keep: boolean): boolean {
    const w = this.waiters.get(fixRunId);
    if (!w) return false;
    w(keep);
    return true;
  }

  /** Runs one fix. Throws FixInputError (bad request, not available), FixBusyError, FixNeedsAdminError. */
  async run(fixId: unknown, params: unknown, hooks: RunHooks = {}): Promise<FixRunResult> {
    const req = validateFixRequest(fixId, params);
    const id = req.fixId;
    if (id === 'switch-dns' && !req.params.servers) {
      throw new FixInputError('switch-dns needs the new DNS servers, e.g. --to 1.1.1.1,1.0.0.1');
    }
    if ((id === 'open-private-window' || id === 'open-other-browser') && !req.params.url) {
      throw new FixInputError(`${id} needs the site address (url)`);
    }
    const fixRunId = hooks.fixRunId ?? newRunId();
    const emit = (e: FixEvent): void => hooks.onEvent?.(e);
    await this.store.acquire(id);
    try {
      const plan = await planFix(this.deps, id, req.params);
      if (!plan.preview.available) {
        throw new FixInputError(
          `"${id}" is not available on this computer: ${plan.preview.unavailableReason ?? 'unsupported'}`,
        );
      }
      if (plan.preview.needsAdmin && !this.deps.isAdmin && !this.deps.elevator) {
        throw new FixNeedsAdminError(
          `"${id}" needs administrator rights. Run it again as an administrator (Linux/macOS: sudo gateway-doctor fix ${id} ...).`,
        );
      }
      this.deps.log(`fix ${id} (${fixRunId}) starting`);
      let result: FixRunResult;
      try {
        result = plan.dns
          ? await this.runDnsSwitch(id, fixRunId, plan, hooks, emit)
          : await this.runPlain(id, fixRunId, plan, hooks, emit);
      } catch (e) {
        // an unexpected error after the snapshot: put it back now rather than at the next start
        const message = e instanceof Error ? e.message : String(e);
        const rec = (await this.store.listPending()).find((r) => r.fixRunId === fixRunId);
        const back = rec ? await this.restore(rec.state, `fix ${id} (${fixRunId}) rollback`) : null;
        if (rec && back?.ok) await this.store.dropPending(fixRunId);
        result = {
          fixRunId,
          fixId: id,
          outcome: 'failed',
          message: `Internal error: ${message}.${back?.ok ? ' Your previous settings are back.' : ''}`,
          commands: back?.ran ?? [],
        };
      }
      await this.finish(result, 'run', emit);
      return result;
    } finally {
      await this.store.release();
    }
  }

  private async finish(
    r: FixRunResult,
    action: HistoryRecord['action'],
    emit: (e: FixEvent) => void,
  ): Promise<void> {
    this.deps.log(`fix ${r.fixId} (${r.fixRunId}) ${r.outcome}: ${r.message}`);
    await this.store.record({
      at: new Date(this.deps.clock.now()).toISOString(),
      fixId: r.fixId,
      fixRunId: r.fixRunId,
      action,
      outcome: r.outcome,
      message: r.message,
      commands: r.commands,
    });
    emit({ type: 'stage', fixRunId: r.fixRunId, stage: 'done' });
    emit({ type: 'finished', fixRunId: r.fixRunId, outcome: r.outcome, message: r.message });
  }

  private async runPlain(
    id: FixId,
    fixRunId: string,
    plan: FixPlan,
    hooks: RunHooks,
    emit: (e: FixEvent) => void,
  ): Promise<FixRunResult> {
    const res = (outcome: FixOutcome, message: string, commands: string[][] = []): FixRunResult => ({
      fixRunId,
      fixId: id,
      outcome,
      message,
      commands,
    });
    emit({ type: 'stage', fixRunId, stage: 'run' });
    const ex = await executeSteps(this.deps, plan.steps, `fix ${id} (${fixRunId})`, hooks.signal);
    if (!ex.ok) return res(ex.detail === 'cancelled' ? 'cancelled' : 'failed', ex.detail, ex.ran);
    if (plan.verifyKind === 'none') {
      return res(
        'kept',
        plan.preview.kind === 'guided' ? 'Follow the steps, then press "Check again".' : 'Done.',
        ex.ran,
      );
    }
    emit({ type: 'stage', fixRunId, stage: 'verify' });
    const o = hooks.signal ? { signal: hooks.signal } : {};
    if (plan.verifyKind === 'gateway-wait') {
      const w = await waitForRouterRestart(this.deps.gatewayProbe, this.deps.clock, o);
      if (w.outcome === 'aborted') return res('cancelled', 'Stopped waiting for the router.');
      if (w.outcome === 'unknown') {
        return res(
          'kept',
          'We cannot see your router from here, so we cannot tell when it is back. When its lights are steady again, press "Check again".',
        );
      }
      if (w.outcome === 'back')
        return res('verified', 'Your router answers again. Checking the site again now.');
      if (w.outcome === 'never-down')
        return res(
          'verified',
          'Your router kept answering the whole time (it was not switched off, or it restarted very quickly). Checking the site again now.',
        );
      return res(
        'failed',
        'Your router has not answered for 5 minutes. Check its lights and cables, then call your internet provider.',
      );
    }
    if (plan.verifyKind === 'gateway') {
      const w = await waitForGateway(this.deps.gatewayProbe, this.deps.clock, true, { ...RENEW_WAIT, ...o });
      if (w.unknown)
        return res(
          'kept',
          'A new address was requested; we cannot check the router from here, so run the checks again.',
          ex.ran,
        );
      return w.answered
        ? res('verified', 'New address received; your router answers.', ex.ran)
        : res('failed', 'The router does not answer after renewing the address.', ex.ran);
    }
    // dns-system: the cache is empty; the servers behind it must still answer
    const servers = await this.deps.systemResolvers();
    if (servers.length === 0) return res('verified', 'The DNS cache was emptied.', ex.ran);
    const v = await this.deps.verifyDns(servers, this.deps.verifyName, {
      timeoutMs: VERIFY_TIMEOUT_MS,
      ...o,
    });
    return res(
      v.ok ? 'verified' : 'failed',
      v.ok
        ? `The DNS cache was emptied; ${v.detail}.`
        : `The cache was emptied, but your DNS servers do not answer: ${v.detail}.`,
      ex.ran,
    );
  }

  /** Puts a snapshot back (after the checks) and checks it took; never throws. */
  private restore(state: DnsState, label: string): Promise<RestoreOutcome> {
    return restoreDnsState(this.deps, state, label);
  }

  private async runDnsSwitch(
    id: FixId,
    fixRunId: string,
    plan: FixPlan,
    hooks: RunHooks,
    emit: (e: FixEvent) => void,
  ): Promise<FixRunResult> {
    const dns = plan.dns;
    if (!dns || id !== 'switch-dns') throw new Error('internal: no DNS plan');
    const label = `fix ${id} (${fixRunId})`;
    // 1. snapshot, persisted BEFORE anything changes
    emit({ type: 'stage', fixRunId, stage: 'snapshot' });
    const snapshot = await captureLike(this.deps, dns.state);
    const record: SnapshotRecord = {
      schemaVersion: 1,
      fixId: id,
      fixRunId,
      pid: this.deps.pid,
      createdAt: new Date(this.deps.clock.now()).toISOString(),
      state: snapshot,
      servers: dns.servers,
    };
    await this.store.savePending(record);
    this.deps.log(`${label}: snapshot saved (${snapshot.manager})`);
    await this.deps.afterSnapshot?.();
    const res = (outcome: FixOutcome, message: string, commands: string[][]): FixRunResult => ({
      fixRunId,
      fixId: id,
      outcome,
      message,
      commands,
    });
    const rollback = async (outcome: FixOutcome, why: string, ran: string[][]): Promise<FixRunResult> => {
      emit({ type: 'stage', fixRunId, stage: 'rollback' });
      const r = await this.restore(snapshot, `${label} rollback`);
      if (r.ok) await this.store.dropPending(fixRunId);
      const tail = r.ok
        ? 'Your previous DNS settings are back.'
        : `Putting your previous settings back failed (${r.detail}); they will be restored the next time Gateway Doctor starts.`;
      return res(outcome, `${why} ${tail}`, [...ran, ...r.ran]);
    };
    if (hooks.signal?.aborted) return rollback('cancelled', 'Cancelled.', []);
    // 2. run
    emit({ type: 'stage', fixRunId, stage: 'run' });
    const steps = applySteps(snapshot, dns.servers, { fileNeedsAdmin: dns.fileNeedsAdmin });
    let ex;
    try {
      ex = await executeSteps(this.deps, steps, label, hooks.signal);
    } catch (e) {
      return rollback('failed', e instanceof Error ? e.message : String(e), []);
    }
    if (!ex.ok)
      return rollback(
        ex.detail === 'cancelled' ? 'cancelled' : 'failed',
        `The change failed: ${ex.detail}.`,
        ex.ran,
      );
    await this.deps.afterChange?.();
    // 3. verify: the change took, and the new servers answer
    emit({ type: 'stage', fixRunId, stage: 'verify' });
    const after = await captureLike(this.deps, snapshot).catch(() => null);
    if (!after || !switchTookEffect(after, dns.servers)) {
      return rollback('rolled-back', 'The new servers did not show up in the settings read back.', ex.ran);
    }
    const name = verifyNameFor(plan.host, plan.url, this.deps.verifyName);
    const v = await this.deps.verifyDns(dns.servers, name, {
      timeoutMs: VERIFY_TIMEOUT_MS,
      ...(hooks.signal ? { signal: hooks.signal } : {}),
    });
    if (!v.ok) return rollback('rolled-back', `The new DNS servers did not answer (${v.detail}).`, ex.ran);
    // 4. keep or roll back
    let keep = hooks.autoKeep === true;
    if (!keep) {
      keep = await this.askKeep(fixRunId, hooks, emit);
      if (!keep) return rollback('rolled-back', 'The change was not confirmed in time.', ex.ran);
    }
    await this.store.saveApplied(record);
    await this.store.dropPending(fixRunId);
    return res(
      'kept',
      `Now using ${dns.servers.join(', ')} (${v.detail}). To go back: undo switch-dns.`,
      ex.ran,
    );
  }

  private async askKeep(fixRunId: string, hooks: RunHooks, emit: (e: FixEvent) => void): Promise<boolean> {
    const seconds = hooks.keepSeconds ?? DEFAULT_KEEP_SECONDS;
    emit({ type: 'stage', fixRunId, stage: 'awaiting-confirmation' });
    let decision: boolean | null = null;
    const decided = new Promise<boolean>((resolve) => {
      this.waiters.set(fixRunId, resolve);
      hooks.askKeep?.(fixRunId, seconds).then(resolve, () => resolve(false));
    }).then((v) => {
      decision = v;
      return v;
    });
    try {
      for (let left = seconds; left > 0 && decision === null; left--) {
        if (hooks.signal?.aborted) return false;
        emit({ type: 'countdown', fixRunId, secondsLeft: left });
        await Promise.race([this.deps.clock.sleep(1000, hooks.signal).catch(() => undefined), decided]);
      }
    } finally {
      this.waiters.delete(fixRunId);
    }
    return decision ?? false;
  }

  /** Puts back the settings from before the last kept change of `fixId`. */
  async undo(fixId: unknown): Promise<{ ok: boolean; message: string; refused?: true }> {
    const { fixId: id } = validateFixRequest(fixId, {});
    if (id !== 'switch-dns') return { ok: false, message: `Nothing to undo for ${id}: ${FIX_INFO[id].undo}` };
    await this.store.acquire(id);
    try {
      const loaded = await this.store.loadApplied(id);
      if (!loaded)
        return {
          ok: false,
          message:
            'Nothing to undo: Gateway Doctor has not changed your DNS servers (or the change was already undone).',
        };
      if ('refused' in loaded) {
        await this.refuse('undo', 'applied', loaded.refused);
        return { ok: false, message: REFUSED_TEXT.undo, refused: true };
      }
      const rec = loaded.rec;
      const r = await this.restore(rec.state, `undo ${id}`);
      if (r.refused) {
        await this.refuse('undo', 'applied', { name: `${id}.json`, reason: r.detail }, rec.fixRunId);
        return { ok: false, message: REFUSED_TEXT.undo, refused: true };
      }
      if (r.ok) await this.store.dropApplied(id);
      const message = r.ok ? 'Your previous DNS settings are back.' : `Undo failed: ${r.detail}.`;
      await this.store.record({
        at: new Date(this.deps.clock.now()).toISOString(),
        fixId: id,
        fixRunId: rec.fixRunId,
        action: 'undo',
        outcome: r.ok ? 'restored' : 'failed',
        message,
        commands: r.ran,
      });
      this.deps.log(`undo ${id}: ${message}`);
      return { ok: r.ok, message };
    } finally {
      await this.store.release();
    }
  }

  /** Sets a refused state file aside and records why (history + log); nothing is restored from it. */
  private async refuse(
    action: 'undo' | 'recover',
    area: 'pending' | 'applied',
    f: RefusedFile,
    fixRunId?: string,
  ): Promise<void> {
    await this.store.setAside(area, f.name === '' ? null : f.name);
    const runId =
      fixRunId ??
      (f.name
        .replace(/\.json$/, '')
        .replace(/[^A-Za-z0-9_-]/g, '_')
        .slice(0, 80) ||
        area);
    const reason = oneLine(f.reason);
    await this.store.record({
      at: new Date(this.deps.clock.now()).toISOString(),
      fixId: 'switch-dns',
      fixRunId: runId,
      action,
      outcome: 'refused',
      message: `${REFUSED_TEXT[action]} (${reason})`,
      commands: [],
    });
    this.deps.log(
      `${action}: refused the saved snapshot ${JSON.stringify(oneLine(f.name || area))}: ${reason}`,
    );
  }

  /**
   * On start: restores every snapshot a killed run left behind (its process is gone), so an
   * interrupted change never stays half-done. A snapshot that fails the checks is set aside
   * and reported, never acted on. Returns one line per snapshot looked at.
   */
  async recoverInterrupted(): Promise<RecoveryResult[]> {
    const scan = await this.store.scanPending();
    const pending = scan.valid.filter((r) => r.pid !== this.deps.pid && !this.deps.isPidAlive(r.pid));
    if (pending.length === 0 && scan.refused.length === 0) return [];
    const out: RecoveryResult[] = [];
    try {
      await this.store.acquire(pending[0]?.fixId ?? 'switch-dns');
    } catch (e) {
      // another fix is running right now: leave the snapshots for the next start
      if (e instanceof FixBusyError) return [];
      throw e;
    }
    try {
      for (const f of scan.refused) {
        await this.refuse('recover', 'pending', f);
        out.push({ fixRunId: '', ok: false, message: REFUSED_TEXT.recover, refused: true });
      }
      // newest first: each snapshot holds the state before its own run
      for (const rec of [...pending].reverse()) {
        const r = await this.restore(rec.state, `recover ${rec.fixRunId}`);
        if (r.refused) {
          await this.refuse(
            'recover',
            'pending',
            { name: `${rec.fixRunId}.json`, reason: r.detail },
            rec.fixRunId,
          );
          out.push({ fixRunId: rec.fixRunId, ok: false, message: REFUSED_TEXT.recover, refused: true });
          continue;
        }
        if (r.ok) await this.store.dropPending(rec.fixRunId);
        const message = r.ok
          ? `Restored the DNS settings from before an interrupted ${rec.fixId} run (${rec.fixRunId}).`
          : `Could not restore the settings of an interrupted ${rec.fixId} run (${rec.fixRunId}): ${r.detail}.`;
        await this.store.record({
          at: new Date(this.deps.clock.now()).toISOString(),
          fixId: rec.fixId,
          fixRunId: rec.fixRunId,
          action: 'recover',
          outcome: r.ok ? 'restored' : 'failed',
          message,
          commands: r.ran,
        });
        this.deps.log(message);
        out.push({ fixRunId: rec.fixRunId, ok: r.ok, message });
      }
    } finally {
      await this.store.release();
    }
    return out;
  }

  /** Snapshots of interrupted runs waiting to be restored (dry runs only report them). */
  async pendingRecoveries(): Promise<SnapshotRecord[]> {
    return (await this.store.listPending()).filter(
      (r) => r.pid !== this.deps.pid && !this.deps.isPidAlive(r.pid),
    );
  }

  /** How many pending snapshot files fail the checks (set aside on the next real run). */
  async pendingRefusals(): Promise<number> {
    return (await this.store.scanPending()).refused.length;
  }
}
