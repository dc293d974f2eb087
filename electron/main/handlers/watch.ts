import type { ChannelHandlers, DiagnosisResult, Language, WatchEvent, WatchKind } from '../../contract';
import { VERDICTS, fillText, retryAfterAsked, textsFor } from '../../contract';
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
  /** Wall clock in ms (the time a site's Retry-After names is on it). */
  now?: () => number;
}

/** First check soon (the site may already be back), then slower and slower, capped at 5 min. */
const WATCH_DELAYS_SEC = [5, 15, 30, 60, 120, 300] as const;
/** About eight hours at the cap; after that we stop and say so. */
const WATCH_MAX_ATTEMPTS = 100;
const MAX_WATCHES = 5;
/** The longest a site's Retry-After may hold back the first re-check: an hour, then we look anyway. */
export const RETRY_AFTER_CAP_SEC = 3600;

interface Watch {
  id: string;
  url: string;
  kind: WatchKind;
  lang: Language;
  /** Seconds before the first re-check when the site asked for longer than the usual first wait. */
  firstDelaySec: number | null;
  attempts: number;
  lastStatus: number | null;
  timer: unknown;
  inFlight: AbortController | null;
}

const defaultTimers: WatchTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * True when the watch is over: a site is back when it answers like a working site (any HTTP
 * status below 500); after a network outage any HTTP answer at all means the connection works.
 * No answer (the probe failed, as it does while the network is down) is "not yet".
 */
export function isBack(status: number | null, kind: WatchKind = 'site'): boolean {
  return status !== null && (kind === 'network' || status < 500);
}

/** What the diagnosis a watch follows tells it: what "back" means, and how long the site asked us to wait. */
function followUp(
  stored: DiagnosisResult | null,
  sameSite: boolean,
  nowMs: number,
): { kind: WatchKind; retryAfterSec: number | null } {
  if (!stored || !sameSite) return { kind: 'site', retryAfterSec: null };
  const link = VERDICTS[stored.verdict.id].link;
  const ask = retryAfterAsked(stored.checks);
  const left = ask ? Math.ceil((Date.parse(ask.at) - nowMs) / 1000) : null;
  return {
    kind: link === 'router' || link === 'isp' ? 'network' : 'site',
    retryAfterSec: left !== null && left > 0 ? Math.min(left, RETRY_AFTER_CAP_SEC) : null,
  };
}

/**
 * 'watch:start' / 'watch:stop': re-check a failing site with back-off, report each attempt
 * as a 'watch:event', and show a desktop notification when it works again.
 */
export function createWatchHandlers(
  ctx: Pick<MainContext, 'sink' | 'notify' | 'log' | 'history'>,
  o: WatchOptions,
): { handlers: Pick<ChannelHandlers, 'watch:start' | 'watch:stop'>; stopAll(): void } {
  const timers = o.timers ?? defaultTimers;
  const delays = o.delaysSec ?? WATCH_DELAYS_SEC;
  const maxAttempts = o.maxAttempts ?? WATCH_MAX_ATTEMPTS;
  const now = o.now ?? Date.now;
  const watches = new Map<string, Watch>();

  const delayAfter = (w: Watch): number => {
    const usual = delays[Math.min(w.attempts, delays.length - 1)] ?? 300;
    return w.attempts === 0 && w.firstDelaySec !== null ? Math.max(usual, w.firstDelaySec) : usual;
  };

  function emit(w: Watch, state: WatchEvent['state'], nextCheckInSec: number | null): void {
    ctx.sink('watch:event', {
      watchId: w.id,
      url: w.url,
      kind: w.kind,
      state,
      attempts: w.attempts,
      lastStatus: w.lastStatus,
      nextCheckInSec,
    });
  }

  function schedule(w: Watch, deferEvent = false): void {
    const seconds = delayAfter(w);
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
    if (isBack(status, w.kind)) {
      watches.delete(w.id);
      emit(w, 'back', null);
      const t = textsFor(w.lang).watch;
      const site = new URL(w.url).host;
      if (w.kind === 'network') ctx.notify(t.networkBackTitle, fillText(t.networkBack, { site }));
      else ctx.notify(t.siteBackTitle, fillText(t.siteBack, { site }));
    } else if (w.attempts >= maxAttempts) {
      watches.delete(w.id);
      emit(w, 'gave-up', null);
    } else {
      schedule(w);
    }
  }

  /** The stored diagnosis is about the watched site (history is ours, but old entries may be odd). */
  function sameSite(storedUrl: string, normalised: string): boolean {
    try {
      return o.normaliseUrl(storedUrl) === normalised;
    } catch {
      return false;
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
      'watch:start': ({ url, lang, runId }) => {
        const normalised = o.normaliseUrl(url);
        const existing = [...watches.values()].find((w) => w.url === normalised);
        if (existing) {
          existing.lang = lang;
          return { watchId: existing.id };
        }
        if (watches.size >= MAX_WATCHES)
          throw new Error(`At most ${MAX_WATCHES} sites can be watched at once.`);
        const stored = runId === undefined ? null : ctx.history.get(runId);
        const follow = followUp(stored, stored !== null && sameSite(stored.target.url, normalised), now());
        const w: Watch = {
          id: o.newId(),
          url: normalised,
          kind: follow.kind,
          lang,
          firstDelaySec: follow.retryAfterSec,
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
