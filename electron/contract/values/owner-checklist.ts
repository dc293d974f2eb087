// The site owner's checklist for one diagnosis, built from the catalog in owner-checks.ts: which
// stack answered (the recognised source, the CDN in front, the application behind it as the
// response headers tell), the verdict's owner steps in order, and under each step the commands
// of that stack for it, filled with the site and the error's time. The window and the report
// both call buildOwnerChecklist, so they show the same commands.
import { CDN_SOURCE_IDS } from './ids';
import type { StepId } from './ids';
import { CDN_CHECKS, GENERIC_CHECKS, OWNER_CHECKS, OWNER_STACKS, VERDICT_CHECKS } from './owner-checks';
import type { OwnerCheckId, OwnerPlaceholder, OwnerShell } from './owner-checks';
import { quotePosixArg, quotePowerShellArg } from './shell-quote';
import { VERDICTS } from './verdicts';
import type { VerdictId } from './verdicts';

/** What the stack is read from: the failing response's recognition and headers. */
export interface OwnerStackInput {
  source: string | null;
  cdn: string | null;
  headers: Readonly<Record<string, string>>;
}

/** The layers that answered, outermost first. */
export interface OwnerStack {
  /** The CDN or edge network in front of the site, if one answered or was seen. */
  edge: string | null;
  /** The server layers behind it (`nginx`, then `php-fpm`); empty when not known. */
  origin: readonly string[];
  /** `8.2` when the site sent `X-Powered-By: PHP/8.2…`. */
  phpVersion: string | null;
}

/** One filled, copyable command. */
export interface OwnerCommand {
  id: OwnerCheckId;
  shell: OwnerShell;
  command: string;
}

/** One owner step with the commands that help with it. */
export interface OwnerChecklistItem {
  step: StepId;
  commands: readonly OwnerCommand[];
}

export interface OwnerChecklistInput {
  verdictId: VerdictId;
  target: { host: string; port: number; url: string };
  /** When the error was seen (the diagnosis time), ISO 8601. */
  at: string;
  response: OwnerStackInput | null;
}

export interface OwnerChecklist {
  stack: OwnerStack;
  /** The error's time as `YYYY-MM-DD HH:MM:SS UTC`, or null for an unreadable time. */
  errorTimeUtc: string | null;
  items: readonly OwnerChecklistItem[];
}

/** How far before and after the error the log commands look. */
const WINDOW_MS = 5 * 60 * 1000;
const HEADER_MAX = 200;
const STACKS: Readonly<Record<string, readonly OwnerCheckId[] | undefined>> = OWNER_STACKS;
const CDNS: readonly string[] = CDN_SOURCE_IDS;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `2026-12-02 16:20:00 UTC` for a time; null when it is not a valid time. */
export function formatUtc(time: Date | string): string | null {
  const d = typeof time === 'string' ? new Date(time) : time;
  if (Number.isNaN(d.getTime())) return null;
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
}

function header(headers: Readonly<Record<string, string>>, name: string): string {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v.slice(0, HEADER_MAX);
  return '';
}

/** Reads the stack from a response: the source, the CDN, and the application its headers name. */
export function detectOwnerStack(response: OwnerStackInput | null): OwnerStack {
  if (!response) return { edge: null, origin: [], phpVersion: null };
  const source = response.source && response.source !== 'unknown' ? response.source : null;
  const edge = response.cdn ?? (source && CDNS.includes(source) ? source : null);
  const origin = source && source !== edge ? [source] : [];
  const powered = header(response.headers, 'x-powered-by');
  const php = /\bPHP\/(\d{1,2})\.(\d{1,2})/i.exec(powered);
  if (php) origin.push('php-fpm');
  else if (/\b(Express|Next\.js|Nuxt|Koa|Fastify)\b/i.test(powered)) origin.push('node');
  return { edge, origin, phpVersion: php ? `${Number(php[1])}.${Number(php[2])}` : null };
}

/** The command ids for a verdict and stack, in order, each once. */
export function ownerCheckIds(verdictId: VerdictId, stack: OwnerStack): OwnerCheckId[] {
  const layers = stack.origin.length > 0 ? stack.origin : [null];
  const ids = [
    ...(VERDICT_CHECKS[verdictId] ?? []),
    ...(stack.edge ? [...(STACKS[stack.edge] ?? []), ...CDN_CHECKS] : []),
    ...layers.flatMap((layer) => (layer === null ? GENERIC_CHECKS : (STACKS[layer] ?? GENERIC_CHECKS))),
  ];
  return [...new Set(ids)];
}

/** The values the placeholders take for a site and the error's time. */
export function ownerValues(
  target: OwnerChecklistInput['target'],
  at: string,
  phpVersion: string | null,
): Readonly<Record<OwnerPlaceholder, string>> {
  const t = new Date(at).getTime();
  const around = (ms: number) => (Number.isNaN(t) ? null : new Date(t + ms));
  const since = around(-WINDOW_MS);
  const until = around(WINDOW_MS);
  return {
    host: target.host,
    port: String(target.port),
    url: target.url,
    authority: `${target.host.includes(':') ? `[${target.host}]` : target.host}:${target.port}`,
    since: since ? (formatUtc(since) ?? 'ERROR_TIME') : 'ERROR_TIME',
    until: until ? (formatUtc(until) ?? 'ERROR_TIME') : 'ERROR_TIME',
    sinceIso: since ? since.toISOString().replace(/\.\d{3}Z$/, 'Z') : 'ERROR_TIME',
    untilIso: until ? until.toISOString().replace(/\.\d{3}Z$/, 'Z') : 'ERROR_TIME',
    phpUnit: phpVersion ? `php${phpVersion}-fpm` : 'php*-fpm',
  };
}

/**
 * Fills a command's `{{placeholders}}`, each value quoted for the command's shell, so a value
 * can never become shell syntax whatever it holds. Unknown placeholders stay as written.
 */
export function fillOwnerCommand(
  template: string,
  shell: OwnerShell,
  values: Readonly<Record<string, string>>,
): string {
  const quote = shell === 'posix' ? quotePosixArg : quotePowerShellArg;
  return template.replace(/\{\{(\w+)\}\}/g, (m, k: string) => {
    const v = Object.hasOwn(values, k) ? values[k] : undefined;
    return v === undefined ? m : quote(v);
  });
}

/**
 * The owner's checklist for one diagnosis: each owner step of the verdict, in the catalog's
 * order, with the filled commands of the detected stack that help with that step.
 */
export function buildOwnerChecklist(input: OwnerChecklistInput): OwnerChecklist {
  const stack = detectOwnerStack(input.response);
  const values = ownerValues(input.target, input.at, stack.phpVersion);
  const ids = ownerCheckIds(input.verdictId, stack);
  const items = VERDICTS[input.verdictId].ownerSteps.map((step) => ({
    step,
    commands: ids
      .filter((id) => OWNER_CHECKS[id].step === step)
      .map((id) => ({
        id,
        shell: OWNER_CHECKS[id].shell,
        command: fillOwnerCommand(OWNER_CHECKS[id].command, OWNER_CHECKS[id].shell, values),
      })),
  }));
  return { stack, errorTimeUtc: formatUtc(input.at), items };
}

/** The parts of a diagnosis the checklist reads (structural: the value layer has no zod types). */
export interface OwnerChecklistSource {
  verdict: { id: VerdictId };
  target: { host: string; port: number; url: string };
  startedAt: string;
}

/** The failing answer's parts that name the stack. */
export interface OwnerFailingAnswer {
  recognition?: { source: OwnerStackInput['source']; cdn: OwnerStackInput['cdn'] } | null | undefined;
  headers: OwnerStackInput['headers'];
}

/** The checklist of a diagnosis, from the answer that failed (the window and the report alike). */
export function ownerChecklistOf(
  result: OwnerChecklistSource,
  failing: OwnerFailingAnswer | null,
): OwnerChecklist {
  return buildOwnerChecklist({
    verdictId: result.verdict.id,
    target: result.target,
    at: result.startedAt,
    response: failing
      ? {
          source: failing.recognition?.source ?? null,
          cdn: failing.recognition?.cdn ?? null,
          headers: failing.headers,
        }
      : null,
  });
}

/**
 * The answer a diagnosis is judged by: the first request that failed (an error, no status or a
 * 5xx), else the last one. The report, the technical view and the checklist all show this one.
 */
export function failingAttemptOf<A extends { status: number | null; error: string | null }>(
  attempts: readonly A[],
): A | null {
  return (
    attempts.find((a) => a.error !== null || a.status === null || a.status >= 500) ?? attempts.at(-1) ?? null
  );
}
