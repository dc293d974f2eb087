import {
  checkNote,
  failingAttemptOf,
  fillText,
  ownerChecklistOf,
  reasonLine,
  REDACTION_KINDS,
  stepValues,
  textsFor,
  VERDICTS,
} from '../../contract';
import type {
  DiagnosisResult,
  DnsAnswer,
  Hop,
  Language,
  ProbeAttempt,
  RedactionKind,
  TracerouteSummary,
} from '../../contract';
import { cleanId } from '../recognise/headers';
import { REPORT_SCHEMA_VERSION } from './schema';
import type { ReportHop, ReportModel } from './schema';
import { CHECK_LABEL, STEP_TEXT, verdictWording } from './texts';

// Response headers that carry a CDN's request id, in the order support desks ask for them.
const TRACE_HEADERS = [
  'cf-ray',
  'x-amz-cf-id',
  'eo-log-uuid',
  'x-akamai-request-id',
  'x-served-by',
  'x-request-id',
  'x-cache-id',
];

/** `2026-11-22 07:58:49 GMT+01:00 (Europe/Berlin)`; falls back to the ISO text for an unknown zone. */
export function formatLocalTime(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    }).formatToParts(date);
    const get = (type: Intl.DateTimeFormatPartTypes): string =>
      parts.find((p) => p.type === type)?.value ?? '';
    const offset = get('timeZoneName') === 'GMT' ? 'GMT+00:00' : get('timeZoneName');
    return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')} ${offset} (${timeZone})`;
  } catch {
    return iso;
  }
}

/** The attempt whose status and headers the report shows: the first failing one, else the last. */
export function pickFailingAttempt(result: DiagnosisResult): ProbeAttempt | null {
  return failingAttemptOf(result.probe?.attempts ?? []);
}

function findCdnTrace(result: DiagnosisResult, failing: ProbeAttempt | null): ReportModel['cdnTrace'] {
  const attempts = [...(failing ? [failing] : []), ...(result.probe?.attempts ?? [])];
  // Saved results are untrusted: the id is cleaned again here, whatever the capture did.
  for (const a of attempts) {
    const rec = a.recognition;
    const traceId = cleanId(rec?.traceId);
    if (rec && traceId) {
      const header = Object.keys(a.headers).find((h) => cleanId(a.headers[h]) === traceId) ?? null;
      return {
        cdn: rec.cdn ?? (rec.source === 'unknown' ? null : rec.source),
        traceId,
        header: header ? cleanId(header.toLowerCase()) : null,
      };
    }
  }
  for (const a of attempts) {
    const lower = Object.fromEntries(Object.entries(a.headers).map(([k, v]) => [k.toLowerCase(), v]));
    for (const h of TRACE_HEADERS) {
      const id = cleanId(lower[h]);
      if (id) return { cdn: a.recognition?.cdn ?? null, traceId: id, header: h };
    }
  }
  return null;
}

function toAttempt(a: ProbeAttempt, i: number): ReportModel['attempts'][number] {
  return {
    n: i + 1,
    url: a.url,
    address: a.address,
    via: a.via,
    status: a.status,
    error: a.error,
    totalMs: a.timings.totalMs,
    source: a.recognition?.source ?? null,
    variant: a.recognition?.variant ?? null,
  };
}

function average(values: (number | null)[]): number | null {
  const nums = values.filter((v): v is number => v !== null);
  if (nums.length === 0) return null;
  return Math.round((nums.reduce((s, v) => s + v, 0) / nums.length) * 10) / 10;
}

function firstAnswer(hop: Hop): {
  address: string | null;
  hostname: string | null;
  annotation: string | null;
} {
  const p = hop.probes.find((x) => x.address !== null) ?? hop.probes[0];
  const annotation = hop.probes.map((x) => x.annotation).find((x) => x !== null) ?? null;
  return { address: p?.address ?? null, hostname: p?.hostname ?? null, annotation };
}

function hopMark(hop: Hop, i: number, t: TracerouteSummary): ReportHop['mark'] {
  if (t.lossStartsAt !== null && hop.ttl === t.lossStartsAt) return 'loss-start';
  if (t.lossStartsAt !== null && t.carriesThrough && hop.ttl > t.lossStartsAt && hop.lossPct > 0)
    return 'loss-carried';
  const later = t.hops.slice(i + 1);
  // Loss at a hop that later hops do not show is the router rationing its replies, not a fault.
  if (hop.lossPct > 0 && hop.lossPct < 100 && later.some((h) => h.lossPct === 0)) return 'rate-limited';
  if (t.reached && i === t.hops.length - 1) return 'destination';
  if (hop.ttl === 1 && hop.lossPct < 100) return 'router';
  return 'none';
}

type ReportWords = ReturnType<typeof textsFor>['report'];

function tracerouteReading(t: TracerouteSummary, w: ReportWords): string {
  const tr = w.trace;
  const last = t.hops.at(-1);
  if (t.lossStartsAt !== null) {
    const start = t.hops.find((h) => h.ttl === t.lossStartsAt);
    const where = start
      ? fillText(tr.lossWhere, { address: firstAnswer(start).address ?? tr.noAddress, loss: start.lossPct })
      : '';
    return fillText(t.carriesThrough ? tr.lossCarries : tr.lossRateLimit, {
      hop: t.lossStartsAt,
      where,
      lastLoss: last?.lossPct ?? 0,
    });
  }
  if (!t.reached) {
    const answered = [...t.hops].reverse().find((h) => h.lossPct < 100);
    return answered
      ? fillText(tr.notReachedLast, {
          hop: answered.ttl,
          address: firstAnswer(answered).address ?? tr.noAddress,
        })
      : tr.notReachedNone;
  }
  if (t.hops.some((h) => h.lossPct > 0)) return tr.rateLimitOnly;
  return tr.healthy;
}

function dnsReading(answers: DnsAnswer[], w: ReportWords): string {
  const system = answers.filter((a) => a.role === 'system');
  const alt = answers.filter((a) => a.role === 'alternative');
  const works = (a: DnsAnswer): boolean =>
    a.error === null && (a.rcode === null || a.rcode === 'NOERROR') && a.addresses.length > 0;
  if (system.length === 0) return w.dns.systemUnknown;
  if (system.every((a) => !works(a)) && alt.some(works)) return w.dns.systemFails;
  const set = (list: DnsAnswer[]): string =>
    [...new Set(list.filter(works).flatMap((a) => a.addresses))].sort().join(',');
  if (alt.some(works) && set(system) !== set(alt)) return w.dns.differ;
  if (!answers.some(works)) return w.dns.noneAnswers;
  return w.dns.agree;
}

/** The owner's steps of the run with the commands for the stack that answered (as the window shows). */
function ownerSteps(
  result: DiagnosisResult,
  failing: ProbeAttempt | null,
  lang: Language,
  values: Readonly<Record<string, string | number>>,
): ReportModel['verdict']['ownerSteps'] {
  const checklist = ownerChecklistOf(result, failing);
  const labels = textsFor(lang).owner.checks;
  return result.verdict.ownerSteps.map((id) => ({
    id,
    text: STEP_TEXT(id, lang, values),
    commands: (checklist.items.find((i) => i.step === id)?.commands ?? []).map((c) => ({
      ...c,
      label: labels[c.id],
    })),
  }));
}

/** Builds the report model from a diagnosis result, before any redaction. */
export function buildReportModel(result: DiagnosisResult, lang: Language = 'en'): ReportModel {
  const wording = verdictWording(result.verdict.id, lang);
  const texts = textsFor(lang);
  const own = texts.verdicts[result.verdict.id];
  const reportTo = VERDICTS[result.verdict.id].reportTo;
  const failing = pickFailingAttempt(result);
  const t = result.traceroute;
  const values = stepValues(result.checks, lang, result.timeZone);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generator: { name: 'Gateway Doctor', version: result.environment.appVersion },
    language: lang,
    verdict: {
      id: result.verdict.id,
      title: wording.title,
      headline: wording.headline,
      summary: lang === 'en' ? result.verdict.summary : fillText(own.summary, { host: result.target.host }),
      explanation: fillText(own.ownerWhy, { host: result.target.host }),
      confidence: result.verdict.confidence,
      whoActs: result.verdict.whoActs,
      whoActsLabel: texts.whoActs[result.verdict.whoActs].label,
      reportTo,
      reportToLabel: texts.recipients[reportTo].label,
      askThem: [...wording.askThem],
      // the words in the report's language; older results without a text id keep theirs in English only
      reasons: result.verdict.reasons.map((r) => ({ ...r, detail: reasonLine(lang, r) })),
      fixIds: result.verdict.fixIds,
      visitorSteps: result.verdict.visitorSteps.map((id) => ({ id, text: STEP_TEXT(id, lang, values) })),
      ownerSteps: ownerSteps(result, failing, lang, values),
    },
    run: {
      runId: result.runId,
      startedAt: result.startedAt,
      finishedAt: result.finishedAt,
      startedAtLocal: formatLocalTime(result.startedAt, result.timeZone),
      timeZone: result.timeZone,
      durationMs: result.durationMs,
    },
    target: {
      url: result.target.url,
      host: result.target.host,
      port: result.target.port,
      scheme: result.target.scheme,
    },
    environment: { ...result.environment },
    checks: result.checks.map((c) => ({
      id: c.id,
      label: CHECK_LABEL(c.id, lang),
      status: c.status,
      problems: c.problems,
      values: Object.entries(c.evidence).map(([name, value]) => ({ name, value })),
      reason: checkNote(lang, c).reason,
      hint: checkNote(lang, c).hint,
      startedAt: c.startedAt,
      durationMs: c.durationMs,
    })),
    failingResponse: failing
      ? {
          url: failing.url,
          address: failing.address,
          via: failing.via,
          status: failing.status,
          error: failing.error,
          timings: failing.timings,
          headers: Object.entries(failing.headers).map(([name, value]) => ({ name, value })),
          source: failing.recognition?.source ?? null,
          variant: failing.recognition?.variant ?? null,
          // The summary is English; another language gets the code's meaning from its own catalog.
          recognisedAs:
            lang !== 'en' && failing.recognition?.meaning
              ? textsFor(lang).pageCodes[failing.recognition.meaning]
              : (failing.recognition?.summary ?? null),
        }
      : null,
    cdnTrace: findCdnTrace(result, failing),
    attempts: (result.probe?.attempts ?? []).map(toAttempt),
    gateway: result.gateway,
    traceroute: t
      ? {
          tool: t.tool,
          target: t.target,
          reached: t.reached,
          lossStartsAt: t.lossStartsAt,
          carriesThrough: t.carriesThrough,
          reading: tracerouteReading(t, texts.report),
          hops: t.hops.map((hop, i) => ({
            ttl: hop.ttl,
            ...firstAnswer(hop),
            rttsMs: hop.probes.map((p) => p.rttMs),
            avgRttMs: average(hop.probes.map((p) => p.rttMs)),
            lossPct: hop.lossPct,
            mark: hopMark(hop, i, t),
          })),
        }
      : null,
    dns: result.dns
      ? {
          reading: dnsReading(result.dns.answers, texts.report),
          answers: result.dns.answers,
          addressProbes: result.dns.addressProbes.map(toAttempt),
        }
      : null,
    redaction: {
      enabled: false,
      kinds: [],
      counts: Object.fromEntries(REDACTION_KINDS.map((k) => [k, 0])) as Record<RedactionKind, number>,
    },
  };
}
