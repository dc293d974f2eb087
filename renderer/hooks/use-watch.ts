import { useCallback, useEffect, useRef, useState } from 'react';
import type { Bridge, WatchEvent } from '../../electron/contract';

export type WatchState =
  | { status: 'idle' }
  | { status: 'starting' }
  | { status: 'watching'; watchId: string; last: WatchEvent | null }
  | { status: 'error' };

/** "Tell me when it's back": main watches the site with back-off and notifies; we show progress. */
export function useWatch(bridge: Bridge) {
  const [state, setState] = useState<WatchState>({ status: 'idle' });
  const idRef = useRef<string | null>(null);

  useEffect(
    () =>
      bridge.on['watch:event']((event) => {
        if (event.watchId !== idRef.current) return;
        setState((s) => (s.status === 'watching' ? { ...s, last: event } : s));
      }),
    [bridge],
  );

  const start = useCallback(
    async (url: string) => {
      setState({ status: 'starting' });
      try {
        const { watchId } = await bridge.invoke['watch:start']({ url });
        idRef.current = watchId;
        setState({ status: 'watching', watchId, last: null });
      } catch {
        setState({ status: 'error' });
      }
    },
    [bridge],
  );

  const stop = useCallback(async () => {
    const watchId = idRef.current;
    if (!watchId) return;
    try {
      await bridge.invoke['watch:stop']({ watchId });
    } finally {
      setState((s) =>
        s.status === 'watching' && (s.last === null || s.last.state === 'waiting')
          ? {
              ...s,
              last: {
                watchId,
                url: s.last?.url ?? '',
                state: 'stopped',
                attempts: s.last?.attempts ?? 0,
                lastStatus: s.last?.lastStatus ?? null,
                nextCheckInSec: null,
              },
            }
          : s,
      );
    }
  }, [bridge]);

  // A watch left running when the screen goes away would notify about a screen that is gone.
  useEffect(
    () => () => {
      const watchId = idRef.current;
      if (watchId) void bridge.invoke['watch:stop']({ watchId }).catch(() => undefined);
    },
    [bridge],
  );

  return { state, start, stop };
}
