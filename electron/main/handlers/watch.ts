import type { ChannelHandlers, WatchEvent } from '../../contract';
import type { MainContext } from './context';

/** One request to the site: the HTTP status, or null when nothing answered. */
export type SiteProbe = (url: string, signal: AbortSignal) => Promise<{ status: number | null }>;

/** Timer functions (injected so tests run the back-off without waiting). */
export interface WatchTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface WatchOptions {
  probe: SiteProbe;
  /** Normalises the address, or throws (InputError) with a user-facing message. */
  normaliseUrl(url: string): string;
  newId(): string;
  timers?: WatchTimers;
  /** Seconds to wait before attempt n+1 (the last value repeats). */
  delaysSec?: readonly number[];
  maxAttempts?: number;
}

/** First check soon (the site may already be back), then slower and slower, capped at 5 min. */
const WATCH_DELAYS_SEC = [5, 15, 30, 60, 120, 300] as const;
/** About eight hours at the cap; after that we stop and say so. */
const WATCH_MAX_ATTEMPTS = 100;
const MAX_WATCHES = 5;

interface Watch {
  id: string;
  url: string;
  attempts: number;
  lastStatus: number | null;
  timer: unknown;
  inFlight: AbortController | null;
}

const defaultTimers: WatchTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** True when the site answers like a working site: any HTTP status below 500. */
export function isBack(status: number | null): boolean {
  return status !== null && status < 500;
}

/**
 * 'watch:start' / 'watch:stop': re-check a failing site with back-off, report each attempt
 * as a 'watch:event', and show a desktop notification when it works again.
 */
export function createWatchHandlers(
  ctx: Pick<MainContext, 'sink' | 'notify' | 'log'>,
  o: WatchOptions,
): { handlers: Pick<ChannelHandlers, 'watch:start' | 'watch:stop'>; stopAll(): void } {
  const timers = o.timers ?? defaultTimers;
  const delays = o.delaysSec ?? WATCH_DELAYS_SEC;
  const maxAttempts = o.maxAttempts ?? WATCH_MAX_ATTEMPTS;
  const watches = new Map<string, Watch>();

  const delayAfter = (attempts: number): number => delays[Math.min(attempts, delays.length - 1)] ?? 300;

  function emit(w: Watch, state: WatchEvent['state'], nextCheckInSec: number | null): void {
    ctx.sink('watch:event', {
      watchId: w.id,
      url: w.url,
      state,
      attempts: w.attempts,
      lastStatus: w.lastStatus,
      nextCheckInSec,
    });
  }

  function schedule(w: Watch, deferEvent = false): void {
    const seconds = delayAfter(w.attempts);
    w.timer = timers.setTimeout(() => void attempt(w), seconds * 1000);
    if (!deferEvent) {
      emit(w, 'waiting', seconds);
      return;
    }
    // The first event waits for the next turn so the reply carrying the watch id reaches
    // the renderer before it; skipped when the watch was stopped meanwhile.
    setImmediate(() => {
      if (watches.get(w.id) === w && w.attempts === 0) emit(w, 'waiting', seconds);
    });
  }

  async function attempt(w: Watch): Promise<void> {
    w.timer = null;
    const controller = new AbortController();
    w.inFlight = controller;
    let status: number | null = null;
    try {
      status = (await o.probe(w.url, controller.signal)).status;
    } catch (error) {
      ctx.log.info(`watch ${w.id}: no answer`, error instanceof Error ? error.message : String(error));
    }
    w.inFlight = null;
    if (!watches.has(w.id) || controller.signal.aborted) return; // stopped meanwhile
    w.attempts += 1;
    w.lastStatus = status;
    if (isBack(status)) {
      watches.delete(w.id);
      emit(w, 'back', null);
      ctx.notify('The site is back', `${w.url} answers again (status ${status ?? ''}).`);
    } else if (w.attempts >= maxAttempts) {
      watches.delete(w.id);
      emit(w, 'gave-up', null);
    } else {
      schedule(w);
    }
  }

  function stop(w: Watch): void {
    watches.delete(w.id);
    if (w.timer !== null) timers.clearTimeout(w.timer);
    w.inFlight?.abort();
    emit(w, 'stopped', null);
  }

  return {
    handlers: {
      'watch:start': ({ url }) => {
        const normalised = o.normaliseUrl(url);
        const existing = [...watches.values()].find((w) => w.url === normalised);
        if (existing) return { watchId: existing.id };
        if (watches.size >= MAX_WATCHES)
          throw new Error(`At most ${MAX_WATCHES} sites can be watched at once.`);
        const w: Watch = {
          id: o.newId(),
          url: normalised,
          attempts: 0,
          lastStatus: null,
          timer: null,
          inFlight: null,
        };
        watches.set(w.id, w);
        schedule(w, true);
        return { watchId: w.id };
      },
      'watch:stop': ({ watchId }) => {
        const w = watches.get(watchId);
        if (!w) return { stopped: false };
        stop(w);
        return { stopped: true };
      },
    },
    stopAll() {
      for (const w of [...watches.values()]) stop(w);
    },
  };
}
