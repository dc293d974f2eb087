import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bridge, WatchEvent } from '../../electron/contract';
import { languageOf } from '../../electron/contract/values';

/** The app's one watch: main re-checks with back-off and notifies; the window shows where it is. */
export type WatchState =
  | { status: 'idle' }
  | { status: 'starting'; url: string; site: string }
  | { status: 'watching'; url: string; site: string; watchId: string; last: WatchEvent | null }
  | { status: 'error'; url: string; site: string };

export interface WatchControls {
  state: WatchState;
  /** Starts watching (a no-op when this site is already watched); stops a watch of another site. */
  start(o: { url: string; site: string; runId?: string | undefined }): Promise<void>;
  stop(): Promise<void>;
  /** Forgets a finished watch (its message goes away). */
  dismiss(): void;
}

/** True while main is still trying: the watch can be stopped. */
export function watchActive(state: WatchState): boolean {
  return (
    state.status === 'starting' ||
    (state.status === 'watching' && (state.last === null || state.last.state === 'waiting'))
  );
}

const WatchContext = createContext<WatchControls | null>(null);

/**
 * Holds the watch at the app level, so it keeps going while the person moves between screens;
 * only Stop (from anywhere) or the site coming back ends it.
 */
export function WatchProvider({ bridge, children }: { bridge: Bridge; children: ReactNode }) {
  const { i18n } = useTranslation();
  const [state, setState] = useState<WatchState>({ status: 'idle' });
  // What start and dismiss decide on (they run in handlers, after the render that showed it).
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  const idRef = useRef<string | null>(null);

  useEffect(
    () =>
      bridge.on['watch:event']((event) => {
        if (event.watchId !== idRef.current) return;
        setState((s) => (s.status === 'watching' ? { ...s, last: event } : s));
      }),
    [bridge],
  );

  const stop = useCallback(async () => {
    const watchId = idRef.current;
    if (!watchId) return;
    try {
      await bridge.invoke['watch:stop']({ watchId });
    } finally {
      setState((s) =>
        s.status === 'watching' && s.watchId === watchId && (s.last === null || s.last.state === 'waiting')
          ? {
              ...s,
              last: {
                watchId,
                url: s.url,
                kind: s.last?.kind ?? 'site',
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

  const start = useCallback(
    async ({ url, site, runId }: { url: string; site: string; runId?: string | undefined }) => {
      const current = stateRef.current;
      if (watchActive(current) && 'url' in current && current.url === url) return;
      if (watchActive(current)) await stop().catch(() => undefined);
      idRef.current = null;
      setState({ status: 'starting', url, site });
      try {
        const { watchId } = await bridge.invoke['watch:start']({
          url,
          lang: languageOf(i18n.language),
          ...(runId ? { runId } : {}),
        });
        idRef.current = watchId;
        setState({ status: 'watching', url, site, watchId, last: null });
      } catch {
        setState({ status: 'error', url, site });
      }
    },
    [bridge, i18n, stop],
  );

  const dismiss = useCallback(() => {
    if (watchActive(stateRef.current)) return;
    idRef.current = null;
    setState({ status: 'idle' });
  }, []);

  const value = useMemo(() => ({ state, start, stop, dismiss }), [state, start, stop, dismiss]);
  return <WatchContext.Provider value={value}>{children}</WatchContext.Provider>;
}

/** The app's watch (inside WatchProvider). */
export function useWatch(): WatchControls {
  const controls = useContext(WatchContext);
  if (!controls) throw new Error('useWatch outside WatchProvider');
  return controls;
}
