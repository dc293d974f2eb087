// What a busy site's Retry-After asked for, read back from the site probe's evidence, and the
// values the `retry-after` step's texts take. One reader for the engine, the CLI, the report,
// main's watch and the window.
import type { StepId } from './ids';
import type { Language } from './languages';

/** The wait a 503/429 answer asked for: seconds from the answer, and the time it names. */
export interface RetryAfterAsk {
  delaySec: number;
  /** ISO 8601, this computer's clock. */
  at: string;
}

/** The part of a check result this reads (structural: this layer has no schemas). */
interface CheckLike {
  id: string;
  evidence: Readonly<Record<string, unknown>>;
}

/** The Retry-After the site probe recorded, or null (none, or a value that is not well-formed). */
export function retryAfterAsked(checks: readonly CheckLike[]): RetryAfterAsk | null {
  const evidence = checks.find((c) => c.id === 'site-probe')?.evidence;
  const delaySec = evidence?.retryAfterSec;
  const at = evidence?.retryAfterAt;
  if (typeof delaySec !== 'number' || !Number.isFinite(delaySec) || delaySec < 0) return null;
  if (typeof at !== 'string' || at.length > 40 || Number.isNaN(Date.parse(at))) return null;
  return { delaySec, at };
}

function clockTime(at: string, lang: Language, timeZone: string | undefined): string {
  const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
  try {
    return new Intl.DateTimeFormat(lang, { ...options, timeZone }).format(new Date(at));
  } catch {
    // An unknown time zone name (a saved result from elsewhere): this computer's zone.
    return new Intl.DateTimeFormat(lang, options).format(new Date(at));
  }
}

/**
 * The values the step texts take (`{{minutes}}`, `{{time}}`): the whole minutes to wait
 * (at least 1) and the clock time in `lang`, in `timeZone` (this computer's when absent).
 * Empty when the site named no time.
 */
export function stepValues(
  checks: readonly CheckLike[],
  lang: Language,
  timeZone?: string,
): Readonly<Record<string, string | number>> {
  const ask = retryAfterAsked(checks);
  if (!ask) return {};
  return { minutes: Math.max(1, Math.ceil(ask.delaySec / 60)), time: clockTime(ask.at, lang, timeZone) };
}

/**
 * A verdict's steps when the site named a time to come back: `retry-after` (which says when)
 * takes the place of the vague `retry-later`; a visitor whose verdict has no `retry-later` gets
 * it first, since waiting is then the first thing to do. The engine applies it to the result;
 * the wizard offers both forms.
 */
export function stepsWithRetryAfter(
  steps: readonly StepId[],
  o: { asked: boolean; visitor: boolean },
): StepId[] {
  if (!o.asked) return [...steps];
  if (steps.includes('retry-later')) return steps.map((s) => (s === 'retry-later' ? 'retry-after' : s));
  return o.visitor ? ['retry-after', ...steps] : [...steps];
}
