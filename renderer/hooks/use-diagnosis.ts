import { useCallback, useEffect, useReducer, useRef } from 'react';
import type {
  Bridge,
  CheckId,
  CheckResult,
  DiagnosisEvent,
  DiagnosisOptions,
  DiagnosisResult,
  Hop,
} from '../../electron/contract';

export type LiveState = 'waiting' | 'running' | 'ok' | 'problem' | 'skipped' | 'error';
export interface LiveCheck {
  id: CheckId;
  state: LiveState;
  result: CheckResult | null;
}
export type RunPhase = 'idle' | 'starting' | 'running' | 'done' | 'cancelled' | 'failed';

export interface RunState {
  phase: RunPhase;
  runId: string | null;
  checks: LiveCheck[];
  hops: Hop[];
  result: DiagnosisResult | null;
  error: string | null;
}

type Action =
  | { type: 'start'; expected: readonly CheckId[] }
  | { type: 'started'; runId: string }
  | { type: 'event'; event: DiagnosisEvent }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string };

const initial: RunState = { phase: 'idle', runId: null, checks: [], hops: [], result: null, error: null };

function upsert(checks: LiveCheck[], id: CheckId, patch: Omit<LiveCheck, 'id'>): LiveCheck[] {
  return checks.some((c) => c.id === id)
    ? checks.map((c) => (c.id === id ? { id, ...patch } : c))
    : [...checks, { id, ...patch }];
}

/** A stopped run: nothing is checking any more, so no line may keep its spinner. */
function stopChecks(state: RunState): RunState {
  return {
    ...state,
    checks: state.checks.map((c) =>
      c.state === 'waiting' || c.state === 'running' ? { ...c, state: 'skipped' } : c,
    ),
  };
}

function reduce(state: RunState, action: Action): RunState {
  switch (action.type) {
    case 'start':
      return {
        ...initial,
        phase: 'starting',
        checks: action.expected.map((id) => ({ id, state: 'waiting', result: null })),
      };
    case 'started':
      return state.phase === 'starting'
        ? { ...state, phase: 'running', runId: action.runId }
        : { ...state, runId: action.runId };
    case 'cancelled':
      return state.phase === 'done' ? state : { ...stopChecks(state), phase: 'cancelled' };
    case 'failed':
      return { ...stopChecks(state), phase: 'failed', error: action.message };
    case 'event':
      break;
  }
  const e = action.event;
  switch (e.type) {
    case 'check-started':
      return { ...state, checks: upsert(state.checks, e.checkId, { state: 'running', result: null }) };
    case 'check-finished':
      return {
        ...state,
        checks: upsert(state.checks, e.result.id, { state: e.result.status, result: e.result }),
      };
    case 'hop':
      // Hops may be re-sent when a late probe arrives: keep one row per ttl.
      return {
        ...state,
        hops: [...state.hops.filter((h) => h.ttl !== e.hop.ttl), e.hop].sort((a, b) => a.ttl - b.ttl),
      };
    case 'verdict': {
      // The final result is authoritative: checks that never reported are shown as skipped.
      const byId = new Map(e.result.checks.map((c) => [c.id, c]));
      const checks = state.checks.map((c): LiveCheck => {
        const r = byId.get(c.id);
        return r
          ? { id: c.id, state: r.status, result: r }
          : { ...c, state: c.state === 'waiting' || c.state === 'running' ? 'skipped' : c.state };
      });
      for (const r of e.result.checks)
        if (!checks.some((c) => c.id === r.id)) checks.push({ id: r.id, state: r.status, result: r });
      const hops = e.result.traceroute?.hops.length ? e.result.traceroute.hops : state.hops;
      return { ...state, phase: 'done', checks, hops, result: e.result };
    }
    case 'cancelled':
      return { ...stopChecks(state), phase: 'cancelled' };
    case 'failed':
      return { ...stopChecks(state), phase: 'failed', error: e.message };
  }
}

/**
 * One diagnosis run: starts it, follows its streamed events, cancels it.
 * Events that arrive before `diagnosis:start` has answered are buffered, so a fast
 * engine cannot lose the first check's progress.
 */
export function useDiagnosis(bridge: Bridge) {
  const [state, dispatch] = useReducer(reduce, initial);
  const runIdRef = useRef<string | null>(null);
  const pendingRef = useRef<DiagnosisEvent[] | null>(null);

  useEffect(
    () =>
      bridge.on['diagnosis:event']((event) => {
        if (runIdRef.current === null) {
          pendingRef.current?.push(event);
          return;
        }
        if (event.runId === runIdRef.current) dispatch({ type: 'event', event });
      }),
    [bridge],
  );

  const start = useCallback(
    async (url: string, options: DiagnosisOptions, expected: readonly CheckId[]) => {
      runIdRef.current = null;
      pendingRef.current = [];
      dispatch({ type: 'start', expected });
      try {
        const { runId } = await bridge.invoke['diagnosis:start']({ url, options });
        runIdRef.current = runId;
        dispatch({ type: 'started', runId });
        const buffered = pendingRef.current;
        pendingRef.current = null;
        for (const event of buffered) if (event.runId === runId) dispatch({ type: 'event', event });
      } catch (error) {
        pendingRef.current = null;
        dispatch({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    },
    [bridge],
  );

  const cancel = useCallback(async () => {
    const runId = runIdRef.current;
    if (!runId) return;
    try {
      const { cancelled } = await bridge.invoke['diagnosis:cancel']({ runId });
      if (cancelled) dispatch({ type: 'cancelled' });
    } catch (error) {
      dispatch({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [bridge]);

  return { state, start, cancel };
}

/** A diagnosis run as {@link useDiagnosis} gives it, for screens that show a run started elsewhere. */
export type Diagnosis = ReturnType<typeof useDiagnosis>;

/** True while a run is starting or running (not idle, done, cancelled or failed). */
export function isActive(state: RunState): boolean {
  return state.phase === 'starting' || state.phase === 'running';
}
