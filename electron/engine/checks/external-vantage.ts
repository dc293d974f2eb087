import type { CheckResult } from '../../contract';
import { failed, remaining, runCheck, skipped } from './common';
import type { CheckBody, CheckContext } from './common';

const API = 'https://check-host.net';
const RESULT_WAIT_MS = 1500;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * "Down for everyone?": asks check-host.net to fetch the site from a few places. Opt-in only
 * (it sends the URL to a third party), so it is skipped unless the user asked for it.
 */
export async function externalVantageCheck(ctx: CheckContext): Promise<CheckResult> {
  return runCheck('external-vantage', ctx, async (): Promise<CheckBody> => {
    if (!ctx.settings.external) return skipped('external-off', {}, { hint: 'turn-on-external' });
    const fetchJson = ctx.deps.fetchJson;
    if (!fetchJson) return skipped('external-unavailable', {});
    const started = await fetchJson(
      `${API}/check-http?host=${encodeURIComponent(ctx.target.url)}&max_nodes=3`,
      { timeoutMs: Math.min(3000, remaining(ctx)), signal: ctx.signal },
    );
    const id = isRecord(started) ? started.request_id : undefined;
    if (typeof id !== 'string' || !/^[A-Za-z0-9]{1,64}$/.test(id)) return failed('external-odd-answer', {});
    await new Promise((r) => setTimeout(r, Math.min(RESULT_WAIT_MS, Math.max(0, remaining(ctx) - 1000))));
    const res = await fetchJson(`${API}/check-result/${id}`, {
      timeoutMs: Math.min(3000, remaining(ctx)),
      signal: ctx.signal,
    });
    if (!isRecord(res)) return failed('external-odd-answer', {});
    let up = 0;
    let down = 0;
    let pending = 0;
    for (const v of Object.values(res)) {
      const first = Array.isArray(v) ? v[0] : null;
      if (!Array.isArray(first)) {
        pending++;
        continue;
      }
      const status = Number(first[3]);
      if (first[0] === 1 && Number.isFinite(status) && status < 500) up++;
      else down++;
    }
    const downEverywhere = up === 0 && down > 0;
    return {
      status: downEverywhere ? 'problem' : 'ok',
      problems: downEverywhere ? ['down-for-everyone'] : [],
      evidence: { service: 'check-host.net', up, down, pending, upElsewhere: up > 0 },
    };
  });
}
