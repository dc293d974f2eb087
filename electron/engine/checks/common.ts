import { lookup as osLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { LookupFunction } from 'node:net';
import type {
  CheckId,
  CheckResult,
  DiagnosisEvent,
  EvidenceValue,
  HintCode,
  SkipCode,
  SkipParams,
  Target,
} from '../../contract';
import { skipNote } from '../platform/skip';
import type { SkipNote } from '../platform/skip';
import type { ToolSkip } from '../platform/types';
import type { EngineDeps } from '../orchestrator-deps';
import type { ProxyChoice } from '../http/proxy';

/** A request to the site that connected and then got no complete answer in time. */
export interface StalledRequest {
  /** The address it connected to. */
  address: string;
  /** It stalled inside the TLS handshake (the server's certificate never arrived). */
  inTls: boolean;
}

/** Latencies seen so far in this run, shared so silent things can be declared dead early. */
export class LatencyBoard {
  private readonly dns: number[] = [];
  private readonly waiters = new Set<() => void>();
  private stall: StalledRequest | null = null;
  private lossToSite: number | null = null;
  private siteDone: boolean | null = null;
  private readonly siteWaiters = new Set<() => void>();

  /** Loss of the pings to the site (the gateway check asks more of the router when there is some). */
  reportSiteLoss(pct: number): void {
    this.lossToSite = pct;
  }

  /** Loss of the pings to the site so far, or null when not measured (yet). */
  siteLoss(): number | null {
    return this.lossToSite;
  }

  /** The site probe saw a request stall after connecting (the first one is kept). */
  reportStall(s: StalledRequest): void {
    if (this.stall) return;
    this.stall = s;
    for (const w of this.siteWaiters) w();
  }

  /** The site probe is done; `allOk` when every request got a complete normal answer. */
  siteSettled(allOk: boolean): void {
    this.siteDone ??= allOk;
    for (const w of this.siteWaiters) w();
  }

  /** Whether the site probe finished with every answer complete (null while it runs). */
  siteAllOk(): boolean | null {
    return this.siteDone;
  }

  /**
   * Resolves with the first stalled request, or null once the site probe settled without one
   * (or `signal` aborts): the path-MTU question is asked only when a connection stalled.
   */
  whenStalled(signal: AbortSignal): Promise<StalledRequest | null> {
    return new Promise((resolve) => {
      const check = (): void => {
        const answer = this.stall ?? (this.siteDone !== null || signal.aborted ? null : undefined);
        if (answer === undefined) return;
        this.siteWaiters.delete(check);
        signal.removeEventListener('abort', check);
        resolve(answer);
      };
      this.siteWaiters.add(check);
      signal.addEventListener('abort', check, { once: true });
      check();
    });
  }

  /** Records a successful DNS answer's latency and wakes anyone waiting on it. */
  recordDns(ms: number): void {
    this.dns.push(ms);
    for (const w of this.waiters) w();
  }

  /** Fastest DNS answer so far, or null. */
  fastestDns(): number | null {
    return this.dns.length === 0 ? null : Math.min(...this.dns);
  }

  /** Calls `f` on every new DNS answer until the returned function is called. */
  onDns(f: () => void): () => void {
    this.waiters.add(f);
    return () => this.waiters.delete(f);
  }
}

/** Settings of one run after defaults were applied. */
export interface RunSettings {
  repeat: number;
  external: boolean;
  /** Alternative resolvers (IP literals). */
  resolvers: string[];
  controls: string[];
  errorText?: string;
}

/** What every check gets: the target, the injected world, cancellation and a deadline. */
export interface CheckContext {
  target: Target;
  deps: EngineDeps;
  settings: RunSettings;
  signal: AbortSignal;
  /** Monotonic ms (performance.now()) by which the check must have finished. */
  deadline: number;
  board: LatencyBoard;
  /** How the site is reached (as the browser would: proxy or direct). */
  proxyFor(url: string): Promise<ProxyChoice>;
  emit(e: DiagnosisEvent): void;
  runId: string;
  /** Name lookup for the probes (the system's resolvers, shared per run). */
  lookup?: LookupFunction;
}

/** Milliseconds left before `deadline` (never negative). */
export function remaining(ctx: CheckContext): number {
  return Math.max(0, ctx.deadline - performance.now());
}

/** What a check body returns; the wrapper adds id, timing and error handling. */
export interface CheckBody {
  status: CheckResult['status'];
  problems?: string[];
  evidence?: Record<string, EvidenceValue>;
  /** Why it was skipped or failed (skipped, failed, or a tool skip passed through). */
  note?: SkipNote;
}

/** A skipped result body: why (`code`, with the values its text and the hint's take), what would help. */
export function skipped<C extends SkipCode, H extends HintCode = never>(
  code: C,
  params: SkipParams<C, H>,
  o: { hint?: H; evidence?: Record<string, EvidenceValue> } = {},
): CheckBody {
  return { status: 'skipped', note: skipNote(code, params, o.hint), evidence: o.evidence ?? {} };
}

/** A failed result body (the check ran and could not finish), with why and what would help. */
export function failed<C extends SkipCode, H extends HintCode = never>(
  code: C,
  params: SkipParams<C, H>,
  o: { hint?: H; evidence?: Record<string, EvidenceValue> } = {},
): CheckBody {
  return { status: 'error', note: skipNote(code, params, o.hint), evidence: o.evidence ?? {} };
}

/** A tool's skip (missing, not permitted) as the check's skipped body. */
export function skippedByTool(skip: ToolSkip, evidence: Record<string, EvidenceValue> = {}): CheckBody {
  const { kind: _kind, ...note } = skip;
  return { status: 'skipped', note, evidence };
}

/**
 * Runs a check body, timing it and turning any exception into status `error` so one broken
 * check never takes the whole diagnosis down.
 */
export async function runCheck(
  id: CheckId,
  ctx: CheckContext,
  body: () => Promise<CheckBody>,
): Promise<CheckResult> {
  const startedAt = new Date(ctx.deps.clock.now()).toISOString();
  const t0 = performance.now();
  let out: CheckBody;
  try {
    out = ctx.signal.aborted ? skipped('cancelled', {}) : await body();
  } catch (e) {
    out = failed('check-crashed', { message: e instanceof Error ? e.message : String(e) });
  }
  const result: CheckResult = {
    id,
    status: out.status,
    problems: out.problems ?? [],
    evidence: out.evidence ?? {},
    startedAt,
    durationMs: Math.round((performance.now() - t0) * 10) / 10,
  };
  const note = out.note;
  if (note) {
    result.reason = note.reason;
    if (note.hint) result.hint = note.hint;
    result.reasonCode = note.reasonCode;
    if (note.hintCode) result.hintCode = note.hintCode;
    if (Object.keys(note.params).length > 0) result.params = note.params;
  }
  return result;
}

/** The run's lookup as probe options (absent: Node's default, the OS resolver). */
export function lookupOf(ctx: CheckContext): { lookup?: LookupFunction } {
  return ctx.lookup ? { lookup: ctx.lookup } : {};
}

/**
 * Resolves `host` to one address with the run's lookup (OS resolver when none), or null
 * when it cannot be resolved within `timeoutMs`.
 */
export function lookupAddress(
  lookup: LookupFunction | undefined,
  host: string,
  timeoutMs: number,
): Promise<string | null> {
  if (isIP(host) !== 0) return Promise.resolve(host);
  const timeout = new Promise<null>((r) => setTimeout(() => r(null), Math.max(1, timeoutMs)).unref());
  const found = lookup
    ? new Promise<string | null>((resolve) => {
        lookup(host, { all: true }, (err, addresses) => {
          const list = Array.isArray(addresses) ? addresses : [];
          resolve(err ? null : (list[0]?.address ?? null));
        });
      })
    : osLookup(host).then(
        (a) => a.address,
        () => null,
      );
  return Promise.race([found, timeout]);
}
