import { join } from 'node:path';
import type { FixId } from '../../contract';
import { FixIdSchema } from '../../contract';
import { FixBusyError } from './ip';
import type { FixDeps, HistoryRecord, SnapshotRecord } from './types';

// Layout of the state dir:
//   pending/<fixRunId>.json  snapshot written BEFORE a change; removed when the run settles.
//                            One left behind by a dead process is restored on the next start.
//   applied/<fixId>.json     snapshot of a kept change: what `undo` puts back.
//   history.jsonl            append-only log of every run, undo and recovery.
//   fix.lock                 {pid, fixId}: two fixes never run at once (across processes too).

function isSnapshot(v: unknown): v is SnapshotRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Partial<SnapshotRecord>;
  return r.schemaVersion === 1 && FixIdSchema.safeParse(r.fixId).success && typeof r.fixRunId === 'string' && typeof r.pid === 'number' && typeof r.state === 'object';
}

/** Reads and writes snapshots, history and the lock under deps.stateDir. */
export class FixStateStore {
  private held = false;

  constructor(private readonly deps: FixDeps) {}

  private path(...parts: string[]): string {
    return join(this.deps.stateDir, ...parts);
  }

  private async ensure(sub?: string): Promise<void> {
    await this.deps.fs.mkdir(sub ? this.path(sub) : this.deps.stateDir);
  }

  /**
   * Takes the lock or throws FixBusyError. A lock left by a dead process is taken over;
   * a live one (this process included) is respected.
   */
  async acquire(fixId: FixId): Promise<void> {
    if (this.held) throw new FixBusyError('Another quick fix is running. Wait until it has finished, then try again.');
    await this.ensure();
    const lock = this.path('fix.lock');
    const body = JSON.stringify({ pid: this.deps.pid, fixId, at: new Date(this.deps.clock.now()).toISOString() });
    for (let attempt = 0; attempt < 2; attempt++) {
      if (await this.deps.fs.createExclusive(lock, body)) {
        this.held = true;
        return;
      }
      const owner = await this.readLock();
      if (owner && this.deps.isPidAlive(owner.pid)) {
        throw new FixBusyError(`Another quick fix (${owner.fixId}) is running in process ${owner.pid}. Wait until it has finished, then try again.`);
      }
      await this.deps.fs.rm(lock);
    }
    throw new FixBusyError('Could not take the quick-fix lock; try again.');
  }

  private async readLock(): Promise<{ pid: number; fixId: string } | null> {
    try {
      const v = JSON.parse((await this.deps.fs.readFile(this.path('fix.lock'))).toString('utf8')) as { pid?: unknown; fixId?: unknown };
      return typeof v.pid === 'number' ? { pid: v.pid, fixId: String(v.fixId) } : { pid: -1, fixId: '?' };
    } catch {
      return { pid: -1, fixId: '?' };
    }
  }

  async release(): Promise<void> {
    if (!this.held) return;
    this.held = false;
    await this.deps.fs.rm(this.path('fix.lock'));
  }

  /** Persists the snapshot before any change (pending until the run settles). */
  async savePending(rec: SnapshotRecord): Promise<void> {
    await this.ensure('pending');
    await this.deps.fs.writeFileAtomic(this.path('pending', `${rec.fixRunId}.json`), Buffer.from(JSON.stringify(rec, null, 2)));
  }

  async dropPending(fixRunId: string): Promise<void> {
    await this.deps.fs.rm(this.path('pending', `${fixRunId}.json`));
  }

  /** Snapshots of runs that did not settle. */
  async listPending(): Promise<SnapshotRecord[]> {
    return this.readAll('pending');
  }

  /** A kept change: remembered so `undo` can restore the state before it. */
  async saveApplied(rec: SnapshotRecord): Promise<void> {
    await this.ensure('applied');
    // a second switch keeps the FIRST snapshot: undo must return to the user's own settings
    const existing = await this.getApplied(rec.fixId);
    const keep = existing ? { ...rec, state: existing.state, createdAt: existing.createdAt } : rec;
    await this.deps.fs.writeFileAtomic(this.path('applied', `${rec.fixId}.json`), Buffer.from(JSON.stringify(keep, null, 2)));
  }

  async getApplied(fixId: FixId): Promise<SnapshotRecord | null> {
    const p = this.path('applied', `${fixId}.json`);
    if (!(await this.deps.fs.exists(p))) return null;
    try {
      const v: unknown = JSON.parse((await this.deps.fs.readFile(p)).toString('utf8'));
      return isSnapshot(v) ? v : null;
    } catch {
      return null;
    }
  }

  async dropApplied(fixId: FixId): Promise<void> {
    await this.deps.fs.rm(this.path('applied', `${fixId}.json`));
  }

  private async readAll(sub: string): Promise<SnapshotRecord[]> {
    const dir = this.path(sub);
    if (!(await this.deps.fs.exists(dir))) return [];
    const out: SnapshotRecord[] = [];
    for (const name of (await this.deps.fs.readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
      try {
        const v: unknown = JSON.parse((await this.deps.fs.readFile(join(dir, name))).toString('utf8'));
        if (isSnapshot(v)) out.push(v);
      } catch {
        // a torn write cannot happen (atomic rename); anything unreadable is not ours to act on
      }
    }
    return out;
  }

  /** Appends one line to history.jsonl. */
  async record(entry: HistoryRecord): Promise<void> {
    await this.ensure();
    await this.deps.fs.appendFile(this.path('history.jsonl'), `${JSON.stringify(entry)}\n`);
  }

  /** All history lines (oldest first); malformed lines are skipped. */
  async history(): Promise<HistoryRecord[]> {
    const p = this.path('history.jsonl');
    if (!(await this.deps.fs.exists(p))) return [];
    return (await this.deps.fs.readFile(p))
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim().length > 0)
      .flatMap((l) => {
        try {
          return [JSON.parse(l) as HistoryRecord];
        } catch {
          return [];
        }
      });
  }
}
