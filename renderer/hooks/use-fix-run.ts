import { useCallback, useEffect, useRef, useState } from 'react';
import type { Bridge, FixEvent, FixId, FixParams, FixPreview } from '../../electron/contract';

type Stage = Extract<FixEvent, { type: 'stage' }>['stage'];
type Outcome = Extract<FixEvent, { type: 'finished' }>['outcome'];

export type FixRunState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'preview'; preview: FixPreview }
  | {
      status: 'running';
      preview: FixPreview;
      fixRunId: string | null;
      stage: Stage | null;
      secondsLeft: number | null;
    }
  | { status: 'finished'; preview: FixPreview; outcome: Outcome; message: string }
  | { status: 'error' };

/**
 * One quick fix: preview (exact commands), run, follow its stages and the
 * keep-or-revert countdown, confirm or revert.
 */
export function useFixRun(bridge: Bridge) {
  const [state, setState] = useState<FixRunState>({ status: 'idle' });
  const runIdRef = useRef<string | null>(null);
  const early = useRef<FixEvent[]>([]);

  const apply = useCallback((event: FixEvent) => {
    setState((s) => {
      if (s.status !== 'running') return s;
      switch (event.type) {
        case 'stage':
          return {
            ...s,
            stage: event.stage,
            secondsLeft: event.stage === 'awaiting-confirmation' ? s.secondsLeft : null,
          };
        case 'countdown':
          return { ...s, secondsLeft: event.secondsLeft };
        case 'finished':
          return { status: 'finished', preview: s.preview, outcome: event.outcome, message: event.message };
      }
    });
  }, []);

  useEffect(
    () =>
      bridge.on['fix:event']((event) => {
        if (runIdRef.current === null) early.current.push(event);
        else if (event.fixRunId === runIdRef.current) apply(event);
      }),
    [bridge, apply],
  );

  const preview = useCallback(
    async (fixId: FixId, params: FixParams) => {
      setState({ status: 'loading' });
      try {
        setState({ status: 'preview', preview: await bridge.invoke['fix:preview']({ fixId, params }) });
      } catch {
        setState({ status: 'error' });
      }
    },
    [bridge],
  );

  /** Previews other params (typed DNS servers); on refusal the current preview stays and false comes back. */
  const repreview = useCallback(
    async (fixId: FixId, params: FixParams): Promise<boolean> => {
      try {
        const next = await bridge.invoke['fix:preview']({ fixId, params });
        setState({ status: 'preview', preview: next });
        return true;
      } catch {
        return false;
      }
    },
    [bridge],
  );

  const run = useCallback(
    async (p: FixPreview, params: FixParams) => {
      runIdRef.current = null;
      early.current = [];
      setState({ status: 'running', preview: p, fixRunId: null, stage: null, secondsLeft: null });
      try {
        const { fixRunId } = await bridge.invoke['fix:run']({ fixId: p.id, params });
        runIdRef.current = fixRunId;
        setState((s) => (s.status === 'running' ? { ...s, fixRunId } : s));
        const buffered = early.current;
        early.current = [];
        for (const e of buffered) if (e.fixRunId === fixRunId) apply(e);
      } catch {
        setState({ status: 'error' });
      }
    },
    [bridge, apply],
  );

  const confirm = useCallback(
    async (keep: boolean) => {
      const fixRunId = runIdRef.current;
      if (!fixRunId) return;
      setState((s) => (s.status === 'running' ? { ...s, secondsLeft: null } : s));
      try {
        await bridge.invoke['fix:confirm']({ fixRunId, keep });
      } catch {
        setState({ status: 'error' });
      }
    },
    [bridge],
  );

  const reset = useCallback(() => {
    runIdRef.current = null;
    setState({ status: 'idle' });
  }, []);

  return { state, preview, repreview, run, confirm, reset };
}
