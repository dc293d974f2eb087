import { useCallback, useEffect, useState } from 'react';
import type { Bridge, DiagnosisResult, HistoryEntry } from '../../electron/contract';

export type HistoryState =
  { status: 'loading' } | { status: 'done'; entries: HistoryEntry[] } | { status: 'error' };

/** Recent diagnoses, persisted by main (`history:list` / `history:get`). */
export function useHistory(bridge: Bridge) {
  const [state, setState] = useState<HistoryState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    bridge.invoke['history:list'](undefined).then(
      (entries) => {
        if (live) setState({ status: 'done', entries });
      },
      () => {
        if (live) setState({ status: 'error' });
      },
    );
    return () => {
      live = false;
    };
  }, [bridge]);
  const get = useCallback(
    (runId: string): Promise<DiagnosisResult | null> => bridge.invoke['history:get']({ runId }),
    [bridge],
  );
  return { state, get };
}
