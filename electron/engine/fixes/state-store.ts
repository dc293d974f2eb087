import { join } from 'node:path';
import type { DiagnosisResult, FixId } from '../../contract';
import { DiagnosisResultSchema } from '../../contract';
import { FixBusyError, FixInputError } from './ip';
import { parseSnapshot, SnapshotRecordSchema } from './snapshot-schema';
import type { FixDeps, HistoryRecord, SnapshotRecord } from './types';

// Layout of the state dir (0700, every file owned by this process's user):
//   pending/<fixRunId>.json  snapshot written BEFORE a change; removed when the run settles.
//                            One left behind by a dead process is restored on the next start.
//   applied/<fixId>.json     snapshot of a kept change: what `undo` puts back.
//   refused/                 state files that failed the checks, set aside (never acted on).
//   history.jsonl            append-only log of every run, undo and recovery.
//   fix.lock                 {pid, fixId}: two fixes never run at once (across processes too).
//   last-diagnosis.json      the CLI's last diagnosis (0600): `fix switch-dns` proposes servers from it.
//
// The folder is user-writable and a restore may run as root, so nothing read from it is
// trusted: no symlinks, no foreign owner, no group/world-writable file, and every snapshot
// must pass SnapshotRecordSchema.

/** The state folder itself cannot be trusted (a symlink, another user's, not a folder). */
export class FixStateError extends FixInputError {
  override name = 'FixStateError';
}

/** A state file that failed the checks; the reason is for the log and history. */
export interface RefusedFile {
  name: string;
  reason: string;
}

/** Snapshots that passed every check, and the files that did not. */
export interface SnapshotScan {
  valid: SnapshotRecord[];
  refused: RefusedFile[];
}

type Area = 'pending' | 'applied';

const MAX_SNAPSHOT_BYTES = 256 * 1024;
const MAX_LOCK_BYTES = 4096;
const MAX_HISTORY_BYTES = 8 * 1024 * 1024;
/** A diagnosis is tens of KiB; a bigger file is not one of ours. */
export const MAX_LAST_DIAGNOSIS_BYTES = 2 * 1024 * 1024;
const LAST_DIAGNOSIS = 'last-diagnosis.json';
/** Files looked at per scan: a folder stuffed with files cannot make start-up slow. */
const MAX_FILES_PER_SCAN = 64;

class Refusal extends Error {}

const errCode = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;

/** Reads and writes snapshots, history and the lock under deps.stateDir. */
export class FixStateStore {
  private held = false;

  constructor(private readonly deps: FixDeps) {}

  private path(...parts: string[]): string {
    return join(this.deps.stateDir, ...parts);
  }

  /** Creates the folder (0700) if needed and checks it is a real folder of ours; tightens its mode. */
  private async ensure(sub?: string): Promise<void> {
    await this.deps.fs.mkdir(sub ? this.path(sub) : this.deps.stateDir);
    await this.checkDir(this.deps.stateDir);
    if (sub) await this.checkDir(this.path(sub));
  }

  private async checkDir(p: string): Promise<void> {
    const m = await this.deps.fs.lstat(p);
    if (!m) throw new FixStateError(`the quick-fix state folder ${p} could not be created`);
    if (m.type !== 'dir')
      throw new FixStateError(
        `the quick-fix state folder ${p} is not a plain folder (a symbolic link is refused)`,
      );
    if (this.deps.uid === null) return;
    if (m.uid !== this.deps.uid)
      throw new FixStateError(`the quick-fix state folder ${p} belongs to another user`);
    if ((m.mode & 0o077) !== 0) await this.deps.fs.chmod(p, 0o700);
  }

  /** Reads a state file after the symlink, owner, mode and size checks; throws Refusal. */
  private async readTrusted(p: string, maxBytes: number): Promise<Buffer> {
    let r;
    try {
      r = await this.deps.fs.readNoFollow(p, maxBytes);
    } catch (e) {
      throw new Refusal(
        errCode(e) === 'ELOOP' ? 'it is a symbolic link' : e instanceof Error ? e.message : String(e),
      );
    }
    const m = r.meta;
    if (m.type !== 'file') throw new Refusal('it is not a regular file');
    if (this.deps.uid !== null) {
      if (m.uid !== this.deps.uid)
        throw new Refusal(`it belongs to uid ${String(m.uid)}, not ${this.deps.uid}`);
      if ((m.mode & 0o022) !== 0) throw new Refusal('other users may write to it');
    }
    if (m.nlink > 1) throw new Refusal('it has other hard links');
    return r.data;
  }

  /**
   * Takes the lock or throws FixBusyError. A lock left by a dead process is taken over;
   * a live one (this process included) is respected.
   */
  async acquire(fixId: FixId): Promise<void> {
    if (this.held)
      throw new FixBusyError('Another quick fix is running. Wait until it has finished, then try again.');
    await this.ensure();
    const lock = this.path('fix.lock');
    const body = JSON.stringify({
      pid: this.deps.pid,
      fixId,
      at: new Date(this.deps.clock.now()).toISOString(),
    });
    for (let attempt = 0; attempt < 2; attempt++) {
      if (await this.deps.fs.createExclusive(lock, body)) {
        this.held = true;
        return;
      }
      const owner = await this.readLock();
      if (owner && this.deps.isPidAlive(owner.pid)) {
        throw new FixBusyError(
          `Another quick fix (${owner.fixId}) is running in process ${owner.pid}. Wait until it has finished, then try again.`,
        );
      }
      await this.deps.fs.rm(lock);
    }
    throw new FixBusyError('Could not take the quick-fix lock; try again.');
  }

  private async readLock(): Promise<{ pid: number; fixId: string } | null> {
    try {
      const v = JSON.parse(
        (await this.readTrusted(this.path('fix.lock'), MAX_LOCK_BYTES)).toString('utf8'),
      ) as { pid?: unknown; fixId?: unknown };
      const fixId = typeof v.fixId === 'string' && /^[a-z-]{1,40}$/.test(v.fixId) ? v.fixId : '?';
      return typeof v.pid === 'number' && Number.isInteger(v.pid) && v.pid > 0
        ? { pid: v.pid, fixId }
        : { pid: -1, fixId: '?' };
    } catch {
      // unreadable or untrusted: treated as stale, so it is replaced by our own
      return { pid: -1, fixId: '?' };
    }
  }

  async release(): Promise<void> {
    if (!this.held) return;
    this.held = false;
    await this.deps.fs.rm(this.path('fix.lock'));
  }

  /** Persists the snapshot before any change (pending until the run settles); refuses one that would not load back. */
  async savePending(rec: SnapshotRecord): Promise<void> {
    const p = parseSnapshot(rec);
    if (!p.ok)
      throw new FixInputError(
        `the current DNS settings cannot be saved for undo (${p.reason}), so nothing was changed`,
      );
    const checked = p.rec;
    await this.ensure('pending');
    await this.deps.fs.writeFileAtomic(
      this.path('pending', `${checked.fixRunId}.json`),
      Buffer.from(JSON.stringify(checked, null, 2)),
    );
  }

  async dropPending(fixRunId: string): Promise<void> {
    await this.deps.fs.rm(this.path('pending', `${fixRunId}.json`));
  }

  /** Snapshots of runs that did not settle (only those that pass every check). */
  async listPending(): Promise<SnapshotRecord[]> {
    return (await this.scan('pending')).valid;
  }

  /** Every pending snapshot, split into usable ones and refused files; changes nothing. */
  async scanPending(): Promise<SnapshotScan> {
    return this.scan('pending');
  }

  /** A kept change: remembered so `undo` can restore the state before it. */
  async saveApplied(rec: SnapshotRecord): Promise<void> {
    await this.ensure('applied');
    // a second switch keeps the FIRST snapshot: undo must return to the user's own settings
    const existing = await this.getApplied(rec.fixId);
    const keep = SnapshotRecordSchema.parse(
      existing ? { ...rec, state: existing.state, createdAt: existing.createdAt } : rec,
    );
    await this.deps.fs.writeFileAtomic(
      this.path('applied', `${rec.fixId}.json`),
      Buffer.from(JSON.stringify(keep, null, 2)),
    );
  }

  /** The kept change of `fixId`, a refusal when its file fails the checks, or null when there is none. */
  async loadApplied(fixId: FixId): Promise<{ rec: SnapshotRecord } | { refused: RefusedFile } | null> {
    const name = `${fixId}.json`;
    const dir = this.path('applied');
    if (!(await this.deps.fs.lstat(join(dir, name)))) return null;
    const dirProblem = await this.dirProblem(dir);
    if (dirProblem) return { refused: { name, reason: dirProblem } };
    const r = await this.readSnapshot(dir, name, (rec) => rec.fixId === fixId);
    return 'rec' in r ? { rec: r.rec } : { refused: { name, reason: r.reason } };
  }

  async getApplied(fixId: FixId): Promise<SnapshotRecord | null> {
    const r = await this.loadApplied(fixId);
    return r && 'rec' in r ? r.rec : null;
  }

  async dropApplied(fixId: FixId): Promise<void> {
    await this.deps.fs.rm(this.path('applied', `${fixId}.json`));
  }

  /**
   * Moves a refused file (or folder) out of the way into refused/, so it is reported once and
   * never acted on; removes it when it cannot be moved.
   */
  async setAside(area: Area, name: string | null): Promise<void> {
    const src = name === null ? this.path(area) : this.path(area, name);
    const safe = (name ?? area).replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100);
    try {
      await this.ensure('refused');
      await this.deps.fs.rename(src, this.path('refused', `${this.deps.clock.now()}-${area}-${safe}`));
    } catch {
      await this.deps.fs.rm(src).catch(() => undefined);
    }
  }

  private async dirProblem(dir: string): Promise<string | null> {
    const m = await this.deps.fs.lstat(dir);
    if (!m) return null;
    if (m.type !== 'dir') return 'the folder is a symbolic link or not a folder';
    if (this.deps.uid !== null && m.uid !== this.deps.uid) return 'the folder belongs to another user';
    if (this.deps.uid !== null && (m.mode & 0o022) !== 0) return 'other users may write to the folder';
    return null;
  }

  private async readSnapshot(
    dir: string,
    name: string,
    nameMatches: (rec: SnapshotRecord) => boolean,
  ): Promise<{ rec: SnapshotRecord } | { reason: string }> {
    try {
      const data = await this.readTrusted(join(dir, name), MAX_SNAPSHOT_BYTES);
      let json: unknown;
      try {
        json = JSON.parse(data.toString('utf8'));
      } catch {
        return { reason: 'it is not JSON' };
      }
      const p = parseSnapshot(json);
      if (!p.ok) return { reason: p.reason };
      if (!nameMatches(p.rec)) return { reason: 'its file name does not match its contents' };
      return { rec: p.rec };
    } catch (e) {
      if (e instanceof Refusal) return { reason: e.message };
      throw e;
    }
  }

  private async scan(area: Area): Promise<SnapshotScan> {
    const dir = this.path(area);
    const out: SnapshotScan = { valid: [], refused: [] };
    if (!(await this.deps.fs.lstat(dir))) return out;
    const problem = await this.dirProblem(dir);
    if (problem) {
      out.refused.push({ name: '', reason: problem });
      return out;
    }
    const names = (await this.deps.fs.readdir(dir))
      .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
      .sort()
      .slice(0, MAX_FILES_PER_SCAN);
    for (const name of names) {
      const r = await this.readSnapshot(
        dir,
        name,
        (rec) => (area === 'pending' ? `${rec.fixRunId}.json` : `${rec.fixId}.json`) === name,
      );
      if ('rec' in r) out.valid.push(r.rec);
      else out.refused.push({ name, reason: r.reason });
    }
    return out;
  }

  /** Keeps the last diagnosis (the CLI's `diagnose`), replacing the one before; refuses an oversized one. */
  async saveLastDiagnosis(result: DiagnosisResult): Promise<void> {
    const data = Buffer.from(JSON.stringify(DiagnosisResultSchema.parse(result)));
    if (data.length > MAX_LAST_DIAGNOSIS_BYTES)
      throw new FixInputError('the diagnosis is too large to keep for the quick fixes');
    await this.ensure();
    const p = this.path(LAST_DIAGNOSIS);
    await this.deps.fs.writeFileAtomic(p, data);
    await this.deps.fs.chmod(p, 0o600);
  }

  /** The last diagnosis after the file checks and the schema; null when absent or refused (logged). */
  async loadLastDiagnosis(): Promise<DiagnosisResult | null> {
    const p = this.path(LAST_DIAGNOSIS);
    if (!(await this.deps.fs.lstat(p))) return null;
    const dirProblem = await this.dirProblem(this.deps.stateDir);
    try {
      if (dirProblem) throw new Refusal(dirProblem);
      const parsed = DiagnosisResultSchema.safeParse(
        JSON.parse((await this.readTrusted(p, MAX_LAST_DIAGNOSIS_BYTES)).toString('utf8')),
      );
      if (parsed.success) return parsed.data;
      this.deps.log(`${LAST_DIAGNOSIS} refused: not a diagnosis result`);
    } catch (e) {
      this.deps.log(`${LAST_DIAGNOSIS} refused: ${e instanceof Error ? e.message : String(e)}`);
    }
    return null;
  }

  /** Appends one line to history.jsonl. */
  async record(entry: HistoryRecord): Promise<void> {
    await this.ensure();
    const p = this.path('history.jsonl');
    const line = `${JSON.stringify(entry)}\n`;
    try {
      await this.deps.fs.appendFile(p, line);
    } catch (e) {
      // a symlink planted as history.jsonl is never written through: it goes, and a new file starts
      if (errCode(e) !== 'ELOOP') throw e;
      this.deps.log('history.jsonl was a symbolic link; replaced by a new file');
      await this.deps.fs.rm(p);
      await this.deps.fs.appendFile(p, line);
    }
  }

  /** All history lines (oldest first); malformed lines are skipped, an untrusted file reads as empty. */
  async history(): Promise<HistoryRecord[]> {
    const p = this.path('history.jsonl');
    if (!(await this.deps.fs.lstat(p))) return [];
    let text: string;
    try {
      text = (await this.readTrusted(p, MAX_HISTORY_BYTES)).toString('utf8');
    } catch (e) {
      if (e instanceof Refusal) {
        this.deps.log(`history.jsonl refused: ${e.message}`);
        return [];
      }
      throw e;
    }
    return text
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
