import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { elevatedWriteArgv } from './argv-linux';
import { redactArgvForLog } from './log-redact';
import type { FixDeps, FixStep } from './types';

/** Outcome of carrying out a list of steps. */
export interface ExecOutcome {
  ok: boolean;
  detail: string;
  /** Every argv that was run (for the log and history). */
  ran: string[][];
}

/** Thrown when a step needs admin rights and there is no way to get them (CLI without sudo). */
export class FixNeedsAdminError extends Error {
  override name = 'FixNeedsAdminError';
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 300);
}

/** A file step writes a plain file only: never through a symlink or onto a folder. */
async function writeTargetProblem(deps: FixDeps, path: string): Promise<string | null> {
  const m = await deps.fs.lstat(path);
  return m && m.type !== 'file' ? `${path} is not a plain file, so it was not written` : null;
}

/**
 * Carries out the steps in order, stopping at the first failure. Admin steps go through the
 * elevator (consecutive ones in one batch, so one OS prompt) unless we already run as admin.
 * Every command is logged before it runs.
 */
export async function executeSteps(
  deps: FixDeps,
  steps: readonly FixStep[],
  label: string,
  signal?: AbortSignal,
): Promise<ExecOutcome> {
  const ran: string[][] = [];
  let i = 0;
  while (i < steps.length) {
    if (signal?.aborted) return { ok: false, detail: 'cancelled', ran };
    const step = steps[i];
    if (!step) break;
    const elevate = step.kind !== 'launch' && step.admin && !deps.isAdmin;
    if (elevate) {
      if (!deps.elevator) throw new FixNeedsAdminError('this fix needs administrator rights');
      // gather the consecutive admin steps into one prompt
      const batch: string[][] = [];
      const temps: string[] = [];
      while (i < steps.length) {
        const s = steps[i];
        if (!s || s.kind === 'launch' || !s.admin) break;
        if (s.kind === 'command') batch.push(s.argv);
        else {
          const refusal = await writeTargetProblem(deps, s.path);
          if (refusal) return { ok: false, detail: refusal, ran };
          const bytes = Buffer.from(s.contentB64, 'base64');
          const tmp = join(deps.stateDir, `write-${randomBytes(6).toString('hex')}.tmp`);
          await deps.fs.mkdir(deps.stateDir);
          await deps.fs.writeFileAtomic(tmp, bytes);
          temps.push(tmp);
          // the root step re-checks this hash on its own copy: a swapped temp file is never written
          batch.push(...elevatedWriteArgv(tmp, s.path, createHash('sha256').update(bytes).digest('hex')));
        }
        i++;
      }
      for (const argv of batch) deps.log(`${label}: run as administrator: ${JSON.stringify(argv)}`);
      const r = await deps.elevator.run(batch);
      for (const t of temps) await deps.fs.rm(t);
      ran.push(...batch);
      if (!r.ok)
        return {
          ok: false,
          detail: r.detail || 'the administrator prompt was refused or a command failed',
          ran,
        };
      continue;
    }
    i++;
    if (step.kind === 'command') {
      const [file, ...args] = step.argv;
      if (!file) continue;
      deps.log(`${label}: run ${JSON.stringify(step.argv)}`);
      ran.push(step.argv);
      const r = await deps.runner.run(file, args, {
        timeoutMs: step.timeoutMs,
        ...(signal ? { signal } : {}),
      });
      if (r.notFound) return { ok: false, detail: `${file} is not installed`, ran };
      if (r.timedOut) return { ok: false, detail: `${file} did not finish in time`, ran };
      if (r.code !== 0)
        return {
          ok: false,
          detail: `${step.argv.join(' ')} failed (exit ${r.code ?? 'killed'}): ${oneLine(r.stderr || r.stdout)}`,
          ran,
        };
    } else if (step.kind === 'write-file') {
      const refusal = await writeTargetProblem(deps, step.path);
      if (refusal) return { ok: false, detail: refusal, ran };
      deps.log(`${label}: rewrite ${step.path}`);
      ran.push(['(write file)', step.path]);
      try {
        await deps.fs.writeFileAtomic(step.path, Buffer.from(step.contentB64, 'base64'));
      } catch (e) {
        return {
          ok: false,
          detail: `could not write ${step.path}: ${e instanceof Error ? e.message : String(e)}`,
          ran,
        };
      }
    } else {
      // the URL may hold a token in its query: the log and history keep it without one
      const shown = redactArgvForLog(step.argv);
      deps.log(`${label}: open ${JSON.stringify(shown)}`);
      ran.push(shown);
      try {
        await deps.launch(step.argv);
      } catch (e) {
        return {
          ok: false,
          detail: `could not start ${step.argv[0] ?? ''}: ${e instanceof Error ? e.message : String(e)}`,
          ran,
        };
      }
    }
  }
  return { ok: true, detail: '', ran };
}
