import { captureDnsState, detectDnsManager, managedResolvConfPath, readResolvConfState } from './dns-capture';
import { restoreSteps, restoreTookEffect } from './dns-steps';
import { executeSteps } from './executor';
import { dnsStateProblem } from './snapshot-schema';
import type { DnsState, FixDeps } from './types';

// Putting a snapshot back. A snapshot comes from a user-writable folder and the restore may
// run as root, so it is checked against this machine first: only the manager detected now,
// and for resolv.conf only the file that manager uses here.

/** What a restore did. `refused`: the snapshot failed the checks and nothing ran. */
export interface RestoreOutcome {
  ok: boolean;
  detail: string;
  ran: string[][];
  refused?: true;
}

/** A log-safe single line (reasons can quote key names from a hostile file). */
export function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex -- strips control characters
  return s.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 300);
}

/** Reads the state of the same units a snapshot covers (resolv.conf: the same path). */
export async function captureLike(deps: FixDeps, state: DnsState): Promise<DnsState> {
  if (state.manager === 'resolv-conf') return readResolvConfState(deps, state.path);
  return captureDnsState(deps, state.manager);
}

/**
 * Why `state` may not be put back here, or null: it must pass the schema again, be for the
 * DNS manager detected now, and (resolv.conf) write exactly the file that manager uses here.
 */
async function restoreRefusal(deps: FixDeps, state: DnsState): Promise<string | null> {
  const problem = dnsStateProblem(state);
  if (problem) return problem;
  try {
    const det = await detectDnsManager(deps);
    if (det.kind !== state.manager)
      return `it is for ${state.manager}, but DNS here is managed by ${det.kind ?? 'nothing Gateway Doctor can change'}`;
    if (state.manager === 'resolv-conf') {
      const managed = await managedResolvConfPath(deps);
      if (managed !== state.path)
        return `it would write ${state.path}, but the file managed here is ${managed}`;
    }
  } catch (e) {
    return `the DNS settings here cannot be checked: ${e instanceof Error ? e.message : String(e)}`;
  }
  return null;
}

/** Puts a snapshot back after the checks and verifies it took; never throws. */
export async function restoreDnsState(
  deps: FixDeps,
  state: DnsState,
  label: string,
): Promise<RestoreOutcome> {
  try {
    const refusal = await restoreRefusal(deps, state);
    if (refusal) {
      deps.log(`${label}: refused to restore a saved snapshot: ${oneLine(refusal)}`);
      return { ok: false, detail: refusal, ran: [], refused: true };
    }
    // nothing changed yet (e.g. the admin prompt was dismissed): no second prompt for a no-op
    const now = await captureLike(deps, state).catch(() => null);
    if (now && restoreTookEffect(now, state)) return { ok: true, detail: 'settings were unchanged', ran: [] };
    const fileNeedsAdmin = state.manager === 'resolv-conf' ? !(await deps.fs.canWrite(state.path)) : false;
    const ex = await executeSteps(deps, restoreSteps(state, { fileNeedsAdmin }), label);
    if (!ex.ok) return ex;
    const after = await captureLike(deps, state);
    return restoreTookEffect(after, state)
      ? { ok: true, detail: 'previous settings restored', ran: ex.ran }
      : { ok: false, detail: 'the settings read back differ from the saved ones', ran: ex.ran };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e), ran: [] };
  }
}
