import type {
  ChannelHandlers,
  DiagnosisEvent,
  DiagnosisOptions,
  DiagnosisResult,
  Recognition,
} from '../../contract';
import type { MainContext } from './context';

/** The engine as the diagnosis handlers see it (index.ts binds the real engine and its deps). */
export interface DiagnosisEngine {
  /** Throws (InputError) with a user-facing message when the address cannot be checked. */
  checkUrl(url: string): void;
  run(
    request: { url: string; options: DiagnosisOptions },
    hooks: { onEvent: (event: DiagnosisEvent) => void; signal: AbortSignal; runId: string },
  ): Promise<DiagnosisResult>;
  explain(text: string): Recognition;
  newRunId(): string;
}

/** More parallel runs than this is a stuck UI or a misbehaving renderer, not a user. */
export const MAX_PARALLEL_RUNS = 3;

type DiagnosisChannels = 'diagnosis:start' | 'diagnosis:cancel' | 'diagnosis:explain';

export interface DiagnosisHandlers {
  handlers: Pick<ChannelHandlers, DiagnosisChannels>;
  /** Aborts every run (window closed, app quitting). */
  cancelAll(): void;
  /** Settles when every started run has finished (tests, orderly quit). */
  idle(): Promise<void>;
}

const TERMINAL: ReadonlySet<DiagnosisEvent['type']> = new Set(['verdict', 'cancelled', 'failed']);

/**
 * 'diagnosis:start' returns a run id at once; the run streams its progress as
 * 'diagnosis:event' and always ends with exactly one terminal event (verdict, cancelled or
 * failed), even when the engine throws. Finished results go to the history.
 */
export function createDiagnosisHandlers(
  ctx: Pick<MainContext, 'sink' | 'history' | 'log'>,
  engine: DiagnosisEngine,
): DiagnosisHandlers {
  const runs = new Map<string, { controller: AbortController; done: Promise<void> }>();

  async function execute(
    runId: string,
    url: string,
    options: DiagnosisOptions,
    controller: AbortController,
  ): Promise<void> {
    let ended = false;
    const emit = (event: DiagnosisEvent): void => {
      if (ended) return;
      if (TERMINAL.has(event.type)) ended = true;
      // Stored before the renderer hears of it: its next call (report, history) finds it.
      if (event.type === 'verdict') ctx.history.add(event.result);
      ctx.sink('diagnosis:event', event);
    };
    try {
      const result = await engine.run({ url, options }, { onEvent: emit, signal: controller.signal, runId });
      if (controller.signal.aborted) {
        emit({ type: 'cancelled', runId });
        return;
      }
      emit({ type: 'verdict', runId, result });
    } catch (error) {
      if (controller.signal.aborted) {
        emit({ type: 'cancelled', runId });
      } else {
        ctx.log.error(`diagnosis ${runId} failed`, error);
        emit({ type: 'failed', runId, message: error instanceof Error ? error.message : String(error) });
      }
    } finally {
      runs.delete(runId);
    }
  }

  const handlers: Pick<ChannelHandlers, DiagnosisChannels> = {
    'diagnosis:start': ({ url, options }) => {
      if (runs.size >= MAX_PARALLEL_RUNS) {
        throw new Error('Too many checks are running at once; wait for one to finish or cancel it.');
      }
      engine.checkUrl(url);
      const runId = engine.newRunId();
      const controller = new AbortController();
      // Registered before the run starts so a cancel right after start always finds it.
      const entry = { controller, done: Promise.resolve() };
      runs.set(runId, entry);
      // Started on the next turn so the reply with the run id leaves before the first event.
      entry.done = new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
        execute(runId, url, options, controller),
      );
      ctx.log.info(`diagnosis ${runId} started`);
      return { runId };
    },
    'diagnosis:cancel': ({ runId }) => {
      const run = runs.get(runId);
      if (!run) return { cancelled: false };
      run.controller.abort();
      return { cancelled: true };
    },
    'diagnosis:explain': ({ text }) => engine.explain(text),
  };

  return {
    handlers,
    cancelAll() {
      for (const run of runs.values()) run.controller.abort();
    },
    async idle() {
      await Promise.all([...runs.values()].map((r) => r.done));
    },
  };
}
