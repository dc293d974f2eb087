import { describe, expect, it } from 'vitest';
import type { DiagnosisEvent, DiagnosisResult } from '../../../electron/contract';
import { createDiagnosisHandlers, MAX_PARALLEL_RUNS } from '../../../electron/main/handlers/diagnosis';
import type { DiagnosisEngine } from '../../../electron/main/handlers/diagnosis';
import { fakeContext, sampleResult } from './helpers';

type Run = Parameters<DiagnosisEngine['run']>;

/** An engine whose runs the test finishes by hand. */
function manualEngine() {
  let counter = 0;
  const runs: {
    request: Run[0];
    hooks: Run[1];
    resolve: (r: DiagnosisResult) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const engine: DiagnosisEngine = {
    checkUrl(url) {
      if (url.startsWith('javascript:'))
        throw new Error('Only web addresses (http or https) can be checked.');
    },
    run(request, hooks) {
      return new Promise<DiagnosisResult>((resolve, reject) => {
        runs.push({ request, hooks, resolve, reject });
        hooks.signal.addEventListener('abort', () => reject(new Error('aborted')));
      });
    },
    explain: (text) => ({
      status: 502,
      source: 'nginx',
      variant: null,
      cdn: null,
      traceId: null,
      whoActs: 'site-owner',
      summary: text,
      meaning: null,
    }),
    newRunId: () => `run-${++counter}`,
  };
  return { engine, runs };
}

const tick = () => new Promise<void>((r) => setImmediate(r));
const diagnosisEvents = (ctx: ReturnType<typeof fakeContext>) =>
  ctx.events.filter((e) => e.channel === 'diagnosis:event').map((e) => e.payload as DiagnosisEvent);

describe('diagnosis handlers', () => {
  it('returns a run id at once, streams the engine events and ends with one verdict stored in the history', async () => {
    const ctx = fakeContext();
    const { engine, runs } = manualEngine();
    const d = createDiagnosisHandlers(ctx, engine);
    const { runId } = await d.handlers['diagnosis:start'](
      { url: 'shop.example.test', options: { repeat: 2 } },
      { senderId: 1 },
    );
    expect(runId).toBe('run-1');
    await tick();
    expect(runs[0]?.request).toEqual({ url: 'shop.example.test', options: { repeat: 2 } });
    expect(runs[0]?.hooks.runId).toBe('run-1');
    runs[0]?.hooks.onEvent({
      type: 'check-started',
      runId,
      checkId: 'site-probe',
      at: '2026-11-22T06:00:00Z',
    });
    const result = sampleResult(runId);
    const seenAtVerdict: (string | undefined)[] = [];
    const sink = ctx.sink;
    ctx.sink = (channel, payload) => {
      seenAtVerdict.push(ctx.history.get(runId)?.runId);
      sink(channel, payload);
    };
    runs[0]?.hooks.onEvent({ type: 'verdict', runId, result });
    expect(seenAtVerdict, 'the result must be stored before the verdict event leaves').toEqual([runId]);
    runs[0]?.resolve(result);
    await d.idle();
    expect(diagnosisEvents(ctx).map((e) => e.type)).toEqual(['check-started', 'verdict']);
    expect(ctx.history.get(runId)?.verdict.id).toBe('site-server-error');
  });

  it('sends the verdict itself when the engine did not', async () => {
    const ctx = fakeContext();
    const { engine, runs } = manualEngine();
    const d = createDiagnosisHandlers(ctx, engine);
    const { runId } = await d.handlers['diagnosis:start']({ url: 'a.test', options: {} }, { senderId: 1 });
    await tick();
    runs[0]?.resolve(sampleResult(runId));
    await d.idle();
    expect(diagnosisEvents(ctx)).toEqual([{ type: 'verdict', runId, result: sampleResult(runId) }]);
    expect(ctx.history.get(runId)?.runId).toBe(runId);
  });

  it('cancels a run: one cancelled event, nothing stored, a second cancel finds nothing', async () => {
    const ctx = fakeContext();
    const { engine, runs } = manualEngine();
    const d = createDiagnosisHandlers(ctx, engine);
    const { runId } = await d.handlers['diagnosis:start']({ url: 'a.test', options: {} }, { senderId: 1 });
    await tick();
    expect(await d.handlers['diagnosis:cancel']({ runId }, { senderId: 1 })).toEqual({ cancelled: true });
    await d.idle();
    expect(runs[0]?.hooks.signal.aborted).toBe(true);
    expect(diagnosisEvents(ctx)).toEqual([{ type: 'cancelled', runId }]);
    expect(ctx.history.list()).toEqual([]);
    expect(await d.handlers['diagnosis:cancel']({ runId }, { senderId: 1 })).toEqual({ cancelled: false });
  });

  it('turns an engine crash into one failed event', async () => {
    const ctx = fakeContext();
    const { engine, runs } = manualEngine();
    const d = createDiagnosisHandlers(ctx, engine);
    const { runId } = await d.handlers['diagnosis:start']({ url: 'a.test', options: {} }, { senderId: 1 });
    await tick();
    runs[0]?.reject(new Error('traceroute exploded'));
    await d.idle();
    expect(diagnosisEvents(ctx)).toEqual([{ type: 'failed', runId, message: 'traceroute exploded' }]);
  });

  it('refuses a bad address before starting anything', async () => {
    const ctx = fakeContext();
    const { engine, runs } = manualEngine();
    const d = createDiagnosisHandlers(ctx, engine);
    expect(() =>
      d.handlers['diagnosis:start']({ url: 'javascript:alert(1)', options: {} }, { senderId: 1 }),
    ).toThrow(/http or https/);
    await tick();
    expect(runs).toEqual([]);
  });

  it(`allows at most ${MAX_PARALLEL_RUNS} runs at once; cancelAll stops them`, async () => {
    const ctx = fakeContext();
    const { engine } = manualEngine();
    const d = createDiagnosisHandlers(ctx, engine);
    for (let i = 0; i < MAX_PARALLEL_RUNS; i++)
      d.handlers['diagnosis:start']({ url: 'a.test', options: {} }, { senderId: 1 });
    expect(() => d.handlers['diagnosis:start']({ url: 'a.test', options: {} }, { senderId: 1 })).toThrow(
      /Too many/,
    );
    await tick();
    d.cancelAll();
    await d.idle();
    expect(diagnosisEvents(ctx).filter((e) => e.type === 'cancelled')).toHaveLength(MAX_PARALLEL_RUNS);
  });

  it('explains pasted text with the recogniser', async () => {
    const d = createDiagnosisHandlers(fakeContext(), manualEngine().engine);
    expect((await d.handlers['diagnosis:explain']({ text: '502 Bad Gateway' }, { senderId: 1 })).source).toBe(
      'nginx',
    );
  });
});
