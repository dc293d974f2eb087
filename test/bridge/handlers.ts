// The test bridge's channel handlers: the REAL engine behind the same contract main serves.
// Dev/test only. Nothing here changes the machine: fixes are never offered, reports are written
// only into a directory the caller names, nothing is copied or mailed.
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  ChannelHandlers,
  DiagnosisEvent,
  DiagnosisResult,
  EventChannel,
  EventPayload,
  WatchEvent,
} from '../../electron/contract';
import { explainText, parseTarget, runDiagnosis } from '../../electron/engine';
import type { EngineDeps } from '../../electron/engine';
import { buildReport, renderChecked, reportSummary, assertExportClean } from '../../electron/engine/report';
import type { FixService } from '../../electron/engine/fixes';
import type { MainContext } from '../../electron/main/handlers/context';
import { createFixesHandlers } from '../../electron/main/handlers/fixes';
import { createHistoryStore, createMemoryBacking } from '../../electron/main/history-store';
import type { HistoryStore } from '../../electron/main/history-store';

export type Broadcast = <E extends EventChannel>(channel: E, payload: EventPayload<E>) => void;

export interface BridgeEngineConfig {
  /** Builds engine deps for one run (fresh per run, like main). */
  deps: () => EngineDeps;
  /** Where `report:save` writes (nothing is saved when absent). */
  reportDir?: string;
  /** Back-off of the "tell me when it's back" watch, in seconds. */
  watchDelaysSec?: number[];
  /**
   * Quick fixes through main's real handlers over this service (its deps must point at a
   * throwaway resolv.conf and state folder). Without it, fixes are never offered.
   */
  fixes?: {
    service: FixService;
    /** Answer main's "change this computer?" with yes (lab walks only). */ confirm?: boolean;
  };
}

/** The MainContext main's fix handlers need; nothing here reaches the desktop. */
function bridgeMainContext(history: HistoryStore, broadcast: Broadcast, confirm = false): MainContext {
  return {
    sink: (channel, payload) => broadcast(channel, payload),
    log: {
      info: () => undefined,
      warn: () => undefined,
      error: (...a: unknown[]) => process.stderr.write(`test bridge: ${a.map(String).join(' ')}\n`),
    },
    history,
    appVersion: '0.0.0-test',
    openExternal: () => Promise.resolve(false),
    notify: () => undefined,
    chooseSavePath: () => Promise.resolve(null),
    copyText: () => undefined,
    htmlToPdf: () => Promise.reject(new Error('no PDF in the test bridge')),
    // no native dialog here: a system change is declined unless a spec drives one on purpose
    confirmSystemChange: () => Promise.resolve(confirm),
  };
}

/**
 * Every contract channel for the test bridge. Runs stream their events through `broadcast`
 * and always end with exactly one terminal event (verdict, cancelled or failed).
 */
export function createBridgeHandlers(
  config: BridgeEngineConfig,
  broadcast: Broadcast,
): { handlers: ChannelHandlers; history: HistoryStore; dispose(): void } {
  const runs = new Map<string, AbortController>();
  const history = createHistoryStore(createMemoryBacking());
  const fixes = config.fixes
    ? createFixesHandlers(bridgeMainContext(history, broadcast, config.fixes.confirm === true), {
        service: config.fixes.service,
        recoverOnStart: false,
      })
    : null;
  const watches = new Map<string, { stop(): void }>();

  async function execute(
    runId: string,
    url: string,
    options: Parameters<ChannelHandlers['diagnosis:start']>[0]['options'],
    controller: AbortController,
  ) {
    let ended = false;
    const emit = (event: DiagnosisEvent) => {
      if (ended) return;
      if (event.type === 'verdict' || event.type === 'cancelled' || event.type === 'failed') ended = true;
      broadcast('diagnosis:event', event);
    };
    try {
      const result = await runDiagnosis({ url, options }, config.deps(), {
        onEvent: emit,
        signal: controller.signal,
        runId,
      });
      if (controller.signal.aborted) return emit({ type: 'cancelled', runId });
      history.add(result);
      emit({ type: 'verdict', runId, result });
    } catch (error) {
      emit(
        controller.signal.aborted
          ? { type: 'cancelled', runId }
          : { type: 'failed', runId, message: error instanceof Error ? error.message : String(error) },
      );
    } finally {
      runs.delete(runId);
    }
  }

  const load = (runId: string): DiagnosisResult => {
    const result = history.get(runId);
    if (!result) throw new Error(`No diagnosis with id ${runId}.`);
    return result;
  };

  function startWatch(url: string): string {
    const watchId = randomUUID();
    const delays = config.watchDelaysSec ?? [2, 4, 8, 16, 30];
    let attempts = 0;
    let timer: NodeJS.Timeout | null = null;
    let stopped = false;
    const send = (state: WatchEvent['state'], lastStatus: number | null, next: number | null) =>
      broadcast('watch:event', {
        watchId,
        url,
        kind: 'site',
        state,
        attempts,
        lastStatus,
        nextCheckInSec: next,
      });
    const tick = async () => {
      attempts++;
      let status: number | null = null;
      try {
        const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
        status = res.status;
        await res.body?.cancel();
      } catch {
        status = null;
      }
      if (stopped) return;
      if (status !== null && status < 500) return send('back', status, null);
      const delay = delays[Math.min(attempts - 1, delays.length - 1)] ?? 30;
      if (attempts >= 20) return send('gave-up', status, null);
      send('waiting', status, delay);
      timer = setTimeout(() => void tick(), delay * 1000);
    };
    setImmediate(() => void tick());
    watches.set(watchId, {
      stop() {
        stopped = true;
        if (timer) clearTimeout(timer);
        send('stopped', null, null);
      },
    });
    return watchId;
  }

  const unavailable = (what: string) => {
    throw new Error(`${what} is not available in the test bridge.`);
  };

  const handlers: ChannelHandlers = {
    'app:info': () => ({
      name: 'Gateway Doctor (test bridge)',
      version: '0.0.0-test',
      platform: process.platform,
      arch: process.arch,
      electron: null,
      locale: 'en',
    }),
    'diagnosis:start': ({ url, options }) => {
      parseTarget(url);
      const runId = randomUUID();
      const controller = new AbortController();
      runs.set(runId, controller);
      // Next turn: the reply with the run id leaves before the first event.
      setImmediate(() => void execute(runId, url, options, controller));
      return { runId };
    },
    'diagnosis:cancel': ({ runId }) => {
      const controller = runs.get(runId);
      controller?.abort();
      return { cancelled: controller !== undefined };
    },
    'diagnosis:explain': ({ text }) => explainText(text),
    'history:list': () => history.list(),
    'history:get': ({ runId }) => history.get(runId),
    // Fixes change the machine: only main's real handlers over the throwaway files they were given.
    'fix:list': (r, c) => (fixes ? fixes['fix:list'](r, c) : []),
    'fix:preview': (r, c) => (fixes ? fixes['fix:preview'](r, c) : unavailable('Quick fixes are')),
    'fix:run': (r, c) => (fixes ? fixes['fix:run'](r, c) : unavailable('Quick fixes are')),
    'fix:confirm': (r, c) => (fixes ? fixes['fix:confirm'](r, c) : unavailable('Quick fixes are')),
    'fix:undo': (r, c) => (fixes ? fixes['fix:undo'](r, c) : unavailable('Quick fixes are')),
    'report:preview': ({ runId, redaction, lang }) => {
      const model = buildReport(load(runId), { redaction, lang });
      const summary = assertExportClean(model, reportSummary);
      return {
        html: renderChecked(model, 'html'),
        markdown: renderChecked(model, 'md'),
        summary,
        redacted: { ...model.redaction.counts },
      };
    },
    'report:save': async ({ runId, redaction, lang }) => {
      if (!config.reportDir) return { saved: false, format: null };
      const model = buildReport(load(runId), { redaction, lang });
      await mkdir(config.reportDir, { recursive: true });
      await writeFile(join(config.reportDir, `${runId}.html`), renderChecked(model, 'html'));
      return { saved: true, format: 'html' };
    },
    'report:copy': () => ({ ok: false }),
    'report:email': () => ({ ok: false }),
    'shell:open-external': () => ({ ok: false }),
    'watch:start': ({ url }) => ({ watchId: startWatch(url) }),
    'watch:stop': ({ watchId }) => {
      const w = watches.get(watchId);
      w?.stop();
      watches.delete(watchId);
      return { stopped: w !== undefined };
    },
  };
  return {
    handlers,
    history,
    dispose() {
      for (const c of runs.values()) c.abort();
      for (const w of watches.values()) w.stop();
      watches.clear();
    },
  };
}
