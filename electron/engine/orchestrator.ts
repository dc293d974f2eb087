import { DiagnosisOptionsSchema, DiagnosisResultSchema, CHECK_IDS } from '../contract';
import type {
  CheckId,
  CheckResult,
  DiagnosisEvent,
  DiagnosisOptions,
  DiagnosisResult,
  ProbeAttempt,
} from '../contract';
import { LatencyBoard, runCheck, skipped } from './checks/common';
import type { CheckContext, RunSettings } from './checks/common';
import type { TracerouteOutcome } from './checks/traceroute';
import { attemptClass, networkErrorCode } from './checks/classify';
import { startChecks } from './check-registry';
import { setMaxListeners } from 'node:events';
import { readHostsText } from './dns/hosts-file';
import { createSystemLookup } from './dns/system-lookup';
import { httpProbe } from './http/probe';
import { proxyFromEnv, proxyFromPac } from './http/proxy';
import type { ProxyChoice } from './http/proxy';
import type { EngineDeps } from './orchestrator-deps';
import { startSpeculativeTrace } from './orchestrator-trace';
import { chooseScheme } from './scheme-choice';
import { InputError, parseTarget } from './target';
import { decideVerdict } from './verdict';

/** Progress hooks and cancellation for one run. */
export interface DiagnosisHooks {
  onEvent?: (e: DiagnosisEvent) => void;
  signal?: AbortSignal;
  runId?: string;
}

/** Thrown by runDiagnosis when the caller cancelled (after the `cancelled` event). */
export class DiagnosisCancelledError extends Error {
  override name = 'DiagnosisCancelledError';
}

const DEFAULT_REPEAT = 3;
const DEFAULT_TIMEOUT_SEC = 10;
/** One request to the site may take this long before it counts as "no answer". */
const ATTEMPT_CAP_MS = 2500;
const TRACE_CAP_MS = 2500;
/** Where the verdict should be by: a traceroute gets what is left until then. */
const SOFT_TARGET_MS = 2200;
const LOOKUP_CAP_MS = 2000;
/** An answer slower than this raises a path question (traceroute). */
const SLOW_ANSWER_MS = 1500;
const SYN_RESEND_MS = 900;
/** The https/http question for `host:port` (no scheme) is one quick request each. */
const SCHEME_PROBE_MS = 1500;
/** Checks get their own caps well inside the budget; this is only the safety net. */
const BUDGET_GRACE_MS = 250;

/** Loss to the site measured by the firewall check's ping, or null when it did not ping. */
function pingLoss(f: CheckResult): number | null {
  const v = f.evidence.pingLossPct;
  return typeof v === 'number' ? v : null;
}

/**
 * Share of connections that needed a SYN retransmission (connect ≥ 900 ms: the first resend
 * comes after 1 s), as a loss estimate to the site; null when nothing connected.
 */
function synLoss(attempts: readonly ProbeAttempt[]): number | null {
  const connected = attempts.filter((a) => a.timings.connectMs !== null);
  if (connected.length === 0) return null;
  const resent = connected.filter((a) => (a.timings.connectMs ?? 0) >= SYN_RESEND_MS).length;
  return Math.round((100 * resent) / connected.length);
}

/** The larger of two loss estimates (null only when both are unknown). */
function combineLoss(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

function settingsOf(options: DiagnosisOptions, deps: EngineDeps): RunSettings {
  const s: RunSettings = {
    repeat: options.repeat ?? DEFAULT_REPEAT,
    external: options.external ?? false,
    resolvers: options.resolvers ?? deps.resolvers,
    controls: options.controls ?? deps.controls,
  };
  if (options.errorText !== undefined) s.errorText = options.errorText;
  return s;
}

function safeEmit(onEvent: DiagnosisHooks['onEvent'], e: DiagnosisEvent): void {
  try {
    onEvent?.(e);
  } catch {
    // A broken listener must not break the diagnosis.
  }
}

/**
 * Runs every check for `request.url` — in parallel where independent, within the total
 * budget (`timeoutSec`) — then applies the verdict rules. Emits check-started/-finished,
 * hop and verdict events. Throws InputError on a bad URL or options, and
 * DiagnosisCancelledError when `hooks.signal` aborts.
 */
export async function runDiagnosis(
  request: { url: string; options: DiagnosisOptions },
  deps: EngineDeps,
  hooks: DiagnosisHooks = {},
): Promise<DiagnosisResult> {
  const typed = parseTarget(request.url);
  const parsed = DiagnosisOptionsSchema.safeParse(request.options ?? {});
  if (!parsed.success)
    throw new InputError(
      `Invalid options: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`).join('; ')}`,
    );
  const options = parsed.data;
  const runId = hooks.runId ?? deps.newId();
  const emit = (e: DiagnosisEvent): void => safeEmit(hooks.onEvent, e);
  const budgetMs = (options.timeoutSec ?? DEFAULT_TIMEOUT_SEC) * 1000;
  const t0 = performance.now();
  const startedAt = new Date(deps.clock.now()).toISOString();
  const deadline = t0 + budgetMs;
  const budget = new AbortController();
  const budgetTimer = setTimeout(() => budget.abort(), budgetMs + BUDGET_GRACE_MS);
  const signals = hooks.signal ? [hooks.signal, budget.signal] : [budget.signal];
  const signal = AbortSignal.any(signals);
  // Every probe listens on the run's signal; dozens of listeners are expected, not a leak.
  setMaxListeners(256, signal);

  const proxyCache = new Map<string, Promise<ProxyChoice>>();
  const proxyFor = (url: string): Promise<ProxyChoice> => {
    let p = proxyCache.get(url);
    if (!p) {
      p = deps.resolveProxy
        ? deps.resolveProxy(url).then(proxyFromPac, (): ProxyChoice => ({ kind: 'direct', source: 'system' }))
        : Promise.resolve(proxyFromEnv(url, deps.env));
      proxyCache.set(url, p);
    }
    return p;
  };
  // The probes resolve names like the OS would, but cancellably (see createSystemLookup).
  let systemServers: (list: string[]) => void = () => undefined;
  const serversKnown = new Promise<string[]>((resolve) => {
    systemServers = resolve;
  });
  const hostsPath = deps.hostsPath;
  const board = new LatencyBoard();
  const lookup =
    deps.lookup ??
    createSystemLookup({
      servers: () => serversKnown,
      port: deps.dnsPort,
      readHosts: () => (hostsPath ? readHostsText(hostsPath) : Promise.resolve(null)),
      timeoutMs: Math.min(LOOKUP_CAP_MS, budgetMs),
      signal,
      onDnsAnswer: (f) => board.onDns(f),
      fastestDns: () => board.fastestDns(),
    });
  // `host:port` without a scheme: https is assumed, but a plain-http server must not look dead.
  // The OS resolver (or the injected one) answers here: the system servers are not known yet.
  const target = await chooseScheme(typed, async (url) =>
    httpProbe({
      url,
      proxy: await proxyFor(url),
      timeoutMs: Math.min(SCHEME_PROBE_MS, budgetMs / 4),
      signal,
      ...(deps.lookup ? { lookup: deps.lookup } : {}),
    }),
  );
  const ctx: CheckContext = {
    target,
    deps,
    settings: settingsOf(options, deps),
    signal,
    deadline,
    board,
    proxyFor,
    emit,
    runId,
    lookup,
  };
  // By default a request that takes longer than 2.5 s counts as no answer (the ~3 s goal);
  // an explicit --timeout gives slow sites up to half of it.
  const attemptTimeoutMs =
    options.timeoutSec === undefined
      ? ATTEMPT_CAP_MS
      : Math.max(500, Math.min(budgetMs - 500, Math.max(ATTEMPT_CAP_MS, budgetMs / 2)));

  const finished = new Map<CheckId, CheckResult>();
  const track = async <T extends { result: CheckResult } | CheckResult>(
    id: CheckId,
    run: () => Promise<T>,
  ): Promise<T> => {
    emit({ type: 'check-started', runId, checkId: id, at: new Date(deps.clock.now()).toISOString() });
    const out = await run();
    const result: CheckResult =
      'result' in out ? (out as { result: CheckResult }).result : (out as CheckResult);
    finished.set(id, result);
    emit({ type: 'check-finished', runId, result });
    return out;
  };

  try {
    let gatewayDown = false;
    // firewallRun and gatewayRun are assigned below, before anything awaits these getters.
    const trace = startSpeculativeTrace(ctx, {
      lookup,
      capMs: Math.min(TRACE_CAP_MS, SOFT_TARGET_MS),
      lookupCapMs: Math.min(LOOKUP_CAP_MS, budgetMs),
      gatewayAddress: () => gatewayRun.then((g) => g.gateway?.address ?? null),
      destinationLoss: () =>
        Promise.all([firewallRun, siteRun, dnsRun]).then(([f, site, dns]) =>
          combineLoss(pingLoss(f), synLoss([...site.attempts, ...dns.addressProbes])),
        ),
    });

    const running = startChecks(ctx, { attemptTimeoutMs }, track);
    const gatewayRun = running.gateway.then((g) => {
      gatewayDown =
        g.result.problems.includes('gateway-silent') || g.result.problems.includes('no-default-route');
      return g;
    });
    const siteRun = running['site-probe'];
    const dnsRun = running['dns-swap'];
    const firewallRun = running.firewall;
    void running['system-resolvers'].then((r) => systemServers(r.resolvers));
    const [gateway, site, controls, dns, firewall] = await Promise.all([
      gatewayRun,
      siteRun,
      running['control-sites'],
      dnsRun,
      firewallRun,
      ...Object.values(running),
    ]);
    // Keep the traceroute only for a route question: a request with no answer or a very slow
    // one, known-good sites failing, or echoes to the site getting lost. A silent router
    // answers the question before any route does.
    const routeQuestion =
      !gatewayDown &&
      (site.attempts.some(
        (a) =>
          (attemptClass(a) === 'no-answer' && networkErrorCode(a.error ?? '') !== 'name-not-resolved') ||
          a.timings.totalMs > SLOW_ANSWER_MS,
      ) ||
        (synLoss([...site.attempts, ...dns.addressProbes]) ?? 0) > 0 ||
        controls.result.problems.includes('controls-all-failed') ||
        (pingLoss(firewall) ?? 0) > 0);
    let traced: TracerouteOutcome | null = null;
    if (routeQuestion) traced = await track('traceroute', () => trace.keep());
    else await trace.drop();
    if (hooks.signal?.aborted) throw new DiagnosisCancelledError('The diagnosis was cancelled.');
    if (!traced) {
      await track('traceroute', async () =>
        runCheck('traceroute', ctx, async () =>
          skipped(
            gatewayDown
              ? 'trace-router-down'
              : site.result.problems.includes('name-not-resolved')
                ? 'trace-name-not-found'
                : 'trace-not-asked',
            {},
          ),
        ),
      );
    }

    const checks = CHECK_IDS.flatMap((id) => {
      const r = finished.get(id);
      return r ? [r] : [];
    });
    const verdict = decideVerdict({ target, checks });
    const dnsSkipped = dns.result.status === 'skipped';
    const result: DiagnosisResult = {
      schemaVersion: 1,
      runId,
      target,
      startedAt,
      finishedAt: new Date(deps.clock.now()).toISOString(),
      timeZone: deps.system.timeZone,
      durationMs: Math.round(performance.now() - t0),
      environment: {
        os: deps.system.os,
        osRelease: deps.system.osRelease,
        arch: deps.system.arch,
        appVersion: deps.system.appVersion,
        hostname: deps.system.hostname,
      },
      checks,
      probe: { attempts: site.attempts },
      dns: dnsSkipped ? null : { answers: dns.answers, addressProbes: dns.addressProbes },
      traceroute: traced?.summary ?? null,
      gateway: gateway.gateway,
      verdict,
    };
    const valid = DiagnosisResultSchema.parse(result);
    emit({ type: 'verdict', runId, result: valid });
    return valid;
  } catch (e) {
    if (hooks.signal?.aborted) {
      emit({ type: 'cancelled', runId });
      throw e instanceof DiagnosisCancelledError
        ? e
        : new DiagnosisCancelledError('The diagnosis was cancelled.');
    }
    emit({ type: 'failed', runId, message: e instanceof Error ? e.message : String(e) });
    throw e;
  } finally {
    clearTimeout(budgetTimer);
  }
}
