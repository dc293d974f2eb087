import { REDACTION_KINDS } from '../../contract';
import type { RedactionKind, RedactionOptions } from '../../contract';
import { redactText, redactUrlParts, redactUserPaths } from './detect';
import type { LiteralSecrets, OnMatch } from './detect';

/** Thrown when redaction cannot be guaranteed: the caller must export nothing. */
export class RedactionError extends Error {
  override name = 'RedactionError';
}

/** Redaction on, every kind: the default for every export. */
export const DEFAULT_REDACTION: RedactionOptions = { enabled: true, kinds: [...REDACTION_KINDS] };

const PLACEHOLDER_LABEL: Record<RedactionKind, string> = {
  'public-ip': 'public-ip',
  mac: 'mac',
  hostname: 'hostname',
  username: 'user',
  query: 'query',
};

// Short query values ("page=1") are too common to hunt for outside URLs.
const MIN_ECHOED_QUERY_VALUE = 6;
const MIN_STANDALONE_USERNAME = 3;

/** What one redaction pass replaced: kept apart from the model so no export can carry it. */
export interface RedactionOutcome<T> {
  value: T;
  counts: Record<RedactionKind, number>;
  /** Original values (normalised) that must not appear in any output. */
  secrets: Map<RedactionKind, Set<string>>;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * Properties that hold closed-vocabulary ids (verdict, check, step ids...). They never carry
 * private data and must stay intact even when a host name happens to equal an id ("gateway").
 */
const ID_KEYS: ReadonlySet<string> = new Set([
  'id', 'checkId', 'status', 'whoActs', 'confidence', 'fixIds', 'source', 'cdn', 'via', 'role',
  'transport', 'mark', 'scheme', 'schemaVersion', 'kinds',
]);
const ID_VALUE = /^[a-z0-9-]+$/;

// Below these properties the keys are data (evidence records), so they are redacted too;
// everywhere else keys are the report's own field names and must stay intact.
const DATA_KEY_CONTAINERS: ReadonlySet<string> = new Set(['value', 'evidence']);

function mapStrings(value: unknown, fn: (s: string) => string, key: string | null = null, dataKeys = false): unknown {
  if (typeof value === 'string') return key !== null && ID_KEYS.has(key) && ID_VALUE.test(value) ? value : fn(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn, key, dataKeys));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[dataKeys ? fn(k) : k] = mapStrings(v, fn, dataKeys ? null : k, dataKeys || DATA_KEY_CONTAINERS.has(k));
    }
    return out;
  }
  return value;
}

/** Every string (values, data keys; not closed-vocabulary ids) in a JSON-like value. */
export function collectStrings(value: unknown, into: string[] = []): string[] {
  mapStrings(value, (s) => {
    into.push(s);
    return s;
  });
  return into;
}

function hostnameForms(hostname: string): string[] {
  const h = hostname.trim().toLowerCase();
  if (h === '' || h === 'localhost') return [];
  const short = h.split('.')[0] ?? '';
  return short.length >= 3 && short !== h ? [h, short] : [h];
}

/**
 * Replaces private values everywhere in a JSON-like value (strings and keys), with the same
 * placeholder for the same value across the whole document. Throws {@link RedactionError}
 * when anything goes wrong or a private value survives.
 */
export function redactDeep<T>(value: T, options: RedactionOptions, context: { hostname: string }): RedactionOutcome<T> {
  const kinds = new Set<RedactionKind>(options.enabled ? options.kinds : []);
  const counts = Object.fromEntries(REDACTION_KINDS.map((k) => [k, 0])) as Record<RedactionKind, number>;
  const secrets = new Map<RedactionKind, Set<string>>(REDACTION_KINDS.map((k) => [k, new Set<string>()]));
  if (kinds.size === 0) return { value, counts, secrets };
  try {
    // Pass 1: learn query values and user names, so a token echoed outside its URL (a
    // header) or a user name outside its path is caught too.
    const queryValues = new Set<string>();
    const usernames = new Set<string>();
    const learn: OnMatch = (kind, key) => {
      if (kind === 'query' && key.length >= MIN_ECHOED_QUERY_VALUE) queryValues.add(key);
      if (kind === 'username' && key.length >= MIN_STANDALONE_USERNAME) usernames.add(key);
      return key;
    };
    for (const s of collectStrings(value)) {
      if (kinds.has('query')) redactUrlParts(s, learn);
      if (kinds.has('username')) redactUserPaths(s, learn);
    }
    const byLength = (a: string, b: string): number => b.length - a.length;
    const literals: LiteralSecrets = {
      hostnames: hostnameForms(context.hostname),
      queryValues: [...queryValues].sort(byLength),
      usernames: [...usernames].sort(byLength),
    };
    // Pass 2: replace, numbering placeholders per kind in order of first appearance.
    const assigned = new Map<string, string>();
    const replace: OnMatch = (kind, key) => {
      const id = `${kind}\u0000${kind === 'hostname' ? 'host' : kind === 'username' ? key.toLowerCase() : key}`;
      let placeholder = assigned.get(id);
      if (placeholder === undefined) {
        counts[kind] += 1;
        placeholder = `[${PLACEHOLDER_LABEL[kind]}-${counts[kind]}]`;
        assigned.set(id, placeholder);
      }
      // Only values replaced everywhere are hunted for as plain text afterwards; a short query
      // value ("page=2") is replaced inside URLs only, and the URL detector re-checks those.
      if (kind !== 'query' || key.length >= MIN_ECHOED_QUERY_VALUE) secrets.get(kind)?.add(key.toLowerCase());
      return placeholder;
    };
    const redacted = mapStrings(value, (s) => redactText(s, kinds, literals, replace)) as T;
    for (const h of literals.hostnames) secrets.get('hostname')?.add(h);
    const outcome = { value: redacted, counts, secrets };
    assertRedacted(collectStrings(redacted), options, outcome, context);
    return outcome;
  } catch (error) {
    if (error instanceof RedactionError) throw error;
    throw new RedactionError(`Redaction failed, so nothing was exported: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function countLiteral(text: string, value: string): number {
  const lower = text.toLowerCase();
  let n = 0;
  let at = lower.indexOf(value);
  while (at >= 0) {
    const before = lower[at - 1] ?? ' ';
    const after = lower[at + value.length] ?? ' ';
    if (!/[a-z0-9_-]/.test(before) && !/[a-z0-9_-]/.test(after)) n += 1;
    at = lower.indexOf(value, at + 1);
  }
  return n;
}

/** Every private-looking value in a text: detector hits and original values, as `kind:value` keys. */
function findings(
  text: string,
  kinds: ReadonlySet<RedactionKind>,
  outcome: Pick<RedactionOutcome<unknown>, 'secrets'> | null,
  hostname: string,
): string[] {
  const found: string[] = [];
  const literals: LiteralSecrets = { hostnames: hostnameForms(hostname), queryValues: [], usernames: [] };
  redactText(text, kinds, literals, (kind, key) => {
    found.push(`${kind}:${key}`);
    return key;
  });
  for (const kind of kinds) {
    for (const secret of outcome?.secrets.get(kind) ?? []) {
      if (secret.length < 3) continue;
      for (let i = countLiteral(text, secret); i > 0; i -= 1) found.push(`${kind}:${secret}`);
    }
  }
  return found;
}

/**
 * The post-check: re-runs every enabled detector over the texts and looks for each original
 * value replaced earlier. Any hit throws {@link RedactionError}. With a `baseline` (the same
 * renderer run over the model with every data string blanked), hits that the fixed wording
 * alone produces ("Gateway Doctor" when the computer is called "gateway") are not counted.
 */
export function assertRedacted(
  texts: readonly string[],
  options: RedactionOptions,
  outcome: Pick<RedactionOutcome<unknown>, 'secrets'> | null,
  context: { hostname: string },
  baseline: string | null = null,
): void {
  const kinds = new Set<RedactionKind>(options.enabled ? options.kinds : []);
  if (kinds.size === 0) return;
  const allowed = new Map<string, number>();
  for (const f of baseline === null ? [] : findings(baseline, kinds, outcome, context.hostname)) allowed.set(f, (allowed.get(f) ?? 0) + 1);
  for (const text of texts) {
    const left = new Map(allowed);
    const leaks = findings(text, kinds, outcome, context.hostname).filter((f) => {
      const n = left.get(f) ?? 0;
      left.set(f, n - 1);
      return n <= 0;
    });
    if (leaks.length > 0) {
      const what = [...new Set(leaks.map((f) => f.slice(0, f.indexOf(':'))))].join(', ');
      throw new RedactionError(`Redaction check failed (${what} still visible), so nothing was exported.`);
    }
  }
}

/** Replaces every data string (not closed-vocabulary ids) with `·`, keeping empty strings empty. */
export function blankStrings<T>(value: T): T {
  return mapStrings(value, (s) => (s === '' ? s : '·')) as T;
}

/** Narrow JSON type for callers that redact parsed JSON. */
export type { Json };
