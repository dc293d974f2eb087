// A scripted fake of the contract's Bridge for Playwright, injected with page.addInitScript.
// Serialised with Function#toString: it must be self-contained (no imports, no outside names).
import type {
  DiagnosisResult,
  FixDescriptor,
  FixPreview,
  HistoryEntry,
  Recognition,
  ReportPreview,
} from '../../../electron/contract';

export interface FakeScenario {
  /** Results of successive runs (the last one repeats). */
  results: DiagnosisResult[];
  history: HistoryEntry[];
  fixes: FixDescriptor[];
  previews: FixPreview[];
  report: ReportPreview;
  recognition: Recognition;
  /** Pause between streamed events, in ms. */
  stepMs: number;
  /** Hold each run before its verdict until window.__gdFake.release() is called. */
  hold: boolean;
}

/** Installs window.gatewayDoctor (and window.__gdFake for the test) in the page. */
export function installFakeBridge(s: FakeScenario): void {
  type Listener = (payload: unknown) => void;
  const listeners: Record<string, Set<Listener>> = {
    'diagnosis:event': new Set(),
    'fix:event': new Set(),
    'watch:event': new Set(),
  };
  const emit = (channel: string, payload: unknown) => {
    for (const l of listeners[channel] ?? []) l(payload);
  };
  const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
  let runs = 0;
  let release: (() => void) | null = null;
  const cancelled = new Set<string>();
  const calls: { channel: string; request: unknown }[] = [];
  const control = {
    calls,
    release() {
      release?.();
      release = null;
    },
    held: () => release !== null,
  };
  (window as unknown as Record<string, unknown>).__gdFake = control;

  async function play(runId: string, result: DiagnosisResult) {
    for (const c of result.checks) {
      await sleep(s.stepMs);
      if (cancelled.has(runId)) return;
      emit('diagnosis:event', { type: 'check-started', runId, checkId: c.id, at: c.startedAt });
      if (c.id === 'traceroute') {
        for (const hop of result.traceroute?.hops ?? []) {
          await sleep(s.stepMs);
          emit('diagnosis:event', { type: 'hop', runId, hop });
        }
      }
      emit('diagnosis:event', { type: 'check-finished', runId, result: c });
    }
    if (s.hold) await new Promise<void>((r) => (release = r));
    if (cancelled.has(runId)) return;
    emit('diagnosis:event', { type: 'verdict', runId, result: { ...result, runId } });
  }

  async function playFix(fixRunId: string) {
    for (const stage of ['snapshot', 'run', 'verify', 'awaiting-confirmation']) {
      await sleep(s.stepMs);
      emit('fix:event', { type: 'stage', fixRunId, stage });
    }
    emit('fix:event', { type: 'countdown', fixRunId, secondsLeft: 20 });
  }

  const handlers: Record<string, (r: never) => unknown> = {
    'app:info': () => ({
      name: 'Gateway Doctor',
      version: '0.1.0',
      platform: 'linux',
      arch: 'x64',
      electron: null,
      locale: 'en',
    }),
    'diagnosis:start': () => {
      const result = s.results[Math.min(runs, s.results.length - 1)];
      runs++;
      const runId = `run-${runs}`;
      if (result) void play(runId, result);
      return { runId };
    },
    'diagnosis:cancel': ({ runId }: { runId: string }) => {
      cancelled.add(runId);
      setTimeout(() => emit('diagnosis:event', { type: 'cancelled', runId }), 0);
      return { cancelled: true };
    },
    'diagnosis:explain': () => s.recognition,
    'history:list': () => s.history,
    'history:get': ({ runId }: { runId: string }) => s.results.find((r) => r.runId === runId) ?? null,
    'fix:list': () => s.fixes,
    'fix:preview': ({ fixId }: { fixId: string }) => {
      const p = s.previews.find((x) => x.id === fixId);
      if (!p) throw new Error('no preview');
      return p;
    },
    'fix:run': () => {
      void playFix('fix-1');
      return { fixRunId: 'fix-1' };
    },
    'fix:confirm': ({ fixRunId, keep }: { fixRunId: string; keep: boolean }) => {
      setTimeout(
        () =>
          emit('fix:event', {
            type: 'finished',
            fixRunId,
            outcome: keep ? 'kept' : 'rolled-back',
            message: '',
          }),
        s.stepMs,
      );
      return { ok: true };
    },
    'fix:undo': () => ({ ok: true, message: '' }),
    'report:preview': () => s.report,
    'report:save': () => ({ saved: true, format: 'html' }),
    'report:copy': () => ({ ok: true }),
    'report:email': () => ({ ok: true }),
    'shell:open-external': () => ({ ok: true }),
    'watch:start': ({ url }: { url: string }) => {
      setTimeout(
        () =>
          emit('watch:event', {
            watchId: 'watch-1',
            url,
            kind: 'site',
            state: 'waiting',
            attempts: 2,
            lastStatus: 502,
            nextCheckInSec: 30,
          }),
        s.stepMs,
      );
      return { watchId: 'watch-1' };
    },
    'watch:stop': () => ({ stopped: true }),
  };
  const invoke: Record<string, (r: unknown) => Promise<unknown>> = {};
  for (const [channel, h] of Object.entries(handlers)) {
    invoke[channel] = async (request: unknown) => {
      calls.push({ channel, request });
      return (h as (r: unknown) => unknown)(request);
    };
  }
  const on: Record<string, (l: Listener) => () => void> = {};
  for (const name of Object.keys(listeners)) {
    on[name] = (l) => {
      listeners[name]?.add(l);
      return () => {
        listeners[name]?.delete(l);
      };
    };
  }
  (window as unknown as Record<string, unknown>).gatewayDoctor = { invoke, on };
}
