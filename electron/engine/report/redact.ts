import { REDACTION_KINDS } from '../../contract';
import type { RedactionKind, RedactionOptions } from '../../contract';
import { NO_ROLES, redactText } from './detect';
import type { AddressRoles, DetectContext, OnMatch } from './detect';
import { isCredentialName } from './detect-url';
import { LiteralIndex } from './literals';
import { ALWAYS_REDACTED } from './redaction-kinds';
import { addressesIn, homePrefixes, isClientEchoHeader, USER_ADDRESS_KEY } from './roles';
import { isPlaceholder } from './text-scan';

/** Thrown when redaction cannot be guaranteed: the caller must export nothing. */
export class RedactionError extends Error {
  override name = 'RedactionError';
}

/** Redaction on, every kind: the default for every export. */
export const DEFAULT_REDACTION: RedactionOptions = { enabled: true, kinds: [...REDACTION_KINDS] };

const PLACEHOLDER_LABEL: Record<RedactionKind, string> = {
  'public-ip': 'public-ip',
  'lan-ip': 'lan-ip',
  mac: 'mac',
  hostname: 'hostname',
  username: 'user',
  email: 'email',
  query: 'query',
  credential: 'credential',
};

// Short values ("page=1") are too common to hunt for outside the place they were found.
const MIN_ECHOED_VALUE = 6;
const MIN_STANDALONE_USERNAME = 3;

/** What one redaction pass replaced: kept apart from the model so no export can carry it. */
export interface RedactionOutcome<T> {
  value: T;
  counts: Record<RedactionKind, number>;
  /** Original values (normalised) that must not appear in any output. */
  secrets: Map<RedactionKind, Set<string>>;
  /** The address roles used (with the user's addresses learnt on the way), for the post-check. */
  roles: AddressRoles;
}

/** Where redaction looks for what belongs to whom. */
export interface RedactionContext {
  hostname: string;
  roles?: AddressRoles;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The kinds a set of options hides (credentials always, while redaction is on). */
export function enabledKinds(options: RedactionOptions): Set<RedactionKind> {
  if (!options.enabled) return new Set();
  return new Set<RedactionKind>([...options.kinds, ...ALWAYS_REDACTED]);
}

/**
 * Properties that hold closed-vocabulary ids (verdict, check, step ids...). They never carry
 * private data and must stay intact even when a host name happens to equal an id ("gateway").
 */
const ID_KEYS: ReadonlySet<string> = new Set([
  'id',
  'checkId',
  'status',
  'whoActs',
  'reportTo',
  'language',
  'confidence',
  'fixIds',
  'source',
  'cdn',
  'via',
  'role',
  'transport',
  'mark',
  'scheme',
  'schemaVersion',
  'kinds',
]);
const ID_VALUE = /^[a-z0-9-]+$/;

// Below these properties the keys are data (evidence records), so they are redacted too;
// everywhere else keys are the report's own field names and must stay intact.
const DATA_KEY_CONTAINERS: ReadonlySet<string> = new Set(['value', 'evidence']);

interface Visitor {
  /** Any data string. */
  text(s: string): string;
  /** A string that is (part of) a credential: a credential header's or field's value. */
  credential(s: string): string;
  /** A value stored under `name` (a data key, or the name of a name/value pair). */
  named?(name: string, value: unknown): void;
}

function allStrings(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((v) => allStrings(v, fn));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, allStrings(v, fn)]));
  return value;
}

function walk(value: unknown, v: Visitor, key: string | null = null, dataKeys = false): unknown {
  if (typeof value === 'string')
    return key !== null && ID_KEYS.has(key) && ID_VALUE.test(value) ? value : v.text(value);
  if (Array.isArray(value)) return value.map((x) => walk(x, v, key, dataKeys));
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  // Headers and evidence come as { name, value } pairs: the name says what the value is.
  const pairName = typeof obj['name'] === 'string' && 'value' in obj ? (obj['name'] as string) : null;
  if (pairName !== null) v.named?.(pairName, obj['value']);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(obj)) {
    if (dataKeys) v.named?.(k, x);
    const isCredential =
      (k === 'value' && pairName !== null && isCredentialName(pairName)) || (dataKeys && isCredentialName(k));
    out[dataKeys ? v.text(k) : k] = isCredential
      ? allStrings(x, v.credential)
      : walk(x, v, dataKeys ? null : k, dataKeys || DATA_KEY_CONTAINERS.has(k));
  }
  return out;
}

/** Every string (values, data keys; not closed-vocabulary ids) in a JSON-like value. */
export function collectStrings(value: unknown, into: string[] = []): string[] {
  const push = (s: string): string => {
    into.push(s);
    return s;
  };
  walk(value, { text: push, credential: push });
  return into;
}

/** The spellings of the computer's name to hunt for: full, short, `_` for `-`, no separator, NetBIOS. */
export function hostnameForms(hostname: string): string[] {
  const h = hostname.trim().toLowerCase().replace(/\.$/, '');
  if (h === '' || h === 'localhost') return [];
  const short = h.split('.')[0] ?? '';
  const forms = new Set([h]);
  if (short.length >= 3) forms.add(short);
  if (short.length > 15) forms.add(short.slice(0, 15)); // Windows shows the NetBIOS name, cut at 15
  const joined = short.replace(/[-_]/g, '');
  if (joined !== short && joined.length >= 6) forms.add(joined);
  return [...forms];
}

const YOUR_ADDRESS_BEFORE =
  /\b(?:your|client|visitor|public|external|wan|my)[\s_-]?(?:ip|ipv4|ipv6|ip address|address|addr)\b[^\n]{0,24}$/i;

/**
 * Replaces private values everywhere in a JSON-like value (strings and keys), with the same
 * placeholder for the same value across the whole document. Throws {@link RedactionError}
 * when anything goes wrong or a private value survives.
 */
export function redactDeep<T>(
  value: T,
  options: RedactionOptions,
  context: RedactionContext,
): RedactionOutcome<T> {
  const kinds = enabledKinds(options);
  const counts = Object.fromEntries(REDACTION_KINDS.map((k) => [k, 0])) as Record<RedactionKind, number>;
  const secrets = new Map<RedactionKind, Set<string>>(REDACTION_KINDS.map((k) => [k, new Set<string>()]));
  const base = context.roles ?? NO_ROLES;
  if (kinds.size === 0) return { value, counts, secrets, roles: base };
  try {
    // Pass 1: learn values found in one place (a token in a URL, a user name in a path, the
    // address a site echoed back) so they are caught wherever else they appear.
    const literals = new LiteralIndex();
    const userPublic = new Set(base.userPublic);
    const learn: OnMatch = (kind, key, original) => {
      if ((kind === 'query' || kind === 'credential') && key.length >= MIN_ECHOED_VALUE)
        literals.add(kind, key);
      if (kind === 'username' && key.length >= MIN_STANDALONE_USERNAME) literals.add(kind, key);
      return original;
    };
    const learning: DetectContext = { roles: base, literals: new LiteralIndex() };
    const learnText = (s: string): string => {
      learning.classify = (canon, start) => {
        if (YOUR_ADDRESS_BEFORE.test(s.slice(Math.max(0, start - 48), start))) userPublic.add(canon);
        return null;
      };
      return redactText(s, kinds, learning, learn);
    };
    walk(value, {
      text: learnText,
      credential: (s) => {
        if (s.length >= MIN_ECHOED_VALUE && !isPlaceholder(s)) literals.add('credential', s);
        return s;
      },
      named: (name, v) => {
        if (typeof v !== 'string') return;
        if (isClientEchoHeader(name) || USER_ADDRESS_KEY.test(name))
          for (const ip of addressesIn(v)) userPublic.add(ip);
      },
    });
    for (const h of hostnameForms(context.hostname)) literals.add('hostname', h, 'host', 1);
    const roles: AddressRoles = {
      userPublic,
      userPrefixes: new Set([...base.userPrefixes, ...homePrefixes(userPublic)]),
      kept: base.kept,
    };

    // Pass 2: replace, numbering placeholders per kind in order of first appearance.
    const assigned = new Map<string, string>();
    const replace: OnMatch = (kind, key, original) => {
      const id = `${kind}\u0000${kind === 'username' ? key.toLowerCase() : key}`;
      let placeholder = assigned.get(id);
      if (placeholder === undefined) {
        counts[kind] += 1;
        placeholder = `[${PLACEHOLDER_LABEL[kind]}-${counts[kind]}]`;
        assigned.set(id, placeholder);
      }
      // Only values replaced everywhere are hunted for as plain text afterwards; a short query
      // value ("page=2") is replaced inside URLs only, and the URL detector re-checks those.
      if (kind !== 'query' || key.length >= MIN_ECHOED_VALUE)
        secrets.get(kind)?.add((kind === 'hostname' ? original : key).toLowerCase());
      return placeholder;
    };
    const ctx: DetectContext = { roles, literals };
    const credential = (s: string): string =>
      s === '' || isPlaceholder(s) ? s : replace('credential', s, s);
    const redacted = walk(value, { text: (s) => redactText(s, kinds, ctx, replace), credential }) as T;
    for (const h of hostnameForms(context.hostname)) secrets.get('hostname')?.add(h);
    const outcome = { value: redacted, counts, secrets, roles };
    assertRedacted(collectStrings(redacted), options, outcome, context);
    return outcome;
  } catch (error) {
    if (error instanceof RedactionError) throw error;
    throw new RedactionError(
      `Redaction failed, so nothing was exported: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Every private-looking value in a text: detector hits and original values, as `kind:value` keys. */
function findings(
  text: string,
  kinds: ReadonlySet<RedactionKind>,
  outcome: (Pick<RedactionOutcome<unknown>, 'secrets'> & { roles?: AddressRoles }) | null,
  hostname: string,
): string[] {
  const found: string[] = [];
  const literals = new LiteralIndex();
  if (kinds.has('hostname')) for (const h of hostnameForms(hostname)) literals.add('hostname', h, h, 1);
  for (const kind of kinds)
    for (const secret of outcome?.secrets.get(kind) ?? []) literals.add(kind, secret, secret);
  // Detector hits first (without the literals), then every known value counted on the original text.
  redactText(
    text,
    kinds,
    { roles: outcome?.roles ?? NO_ROLES, literals: new LiteralIndex() },
    (kind, key, original) => {
      found.push(`${kind}:${key}`);
      return original;
    },
  );
  for (const f of literals.find(text)) found.push(f);
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
  outcome: (Pick<RedactionOutcome<unknown>, 'secrets'> & { roles?: AddressRoles }) | null,
  context: { hostname: string },
  baseline: string | null = null,
): void {
  const kinds = enabledKinds(options);
  if (kinds.size === 0) return;
  const allowed = new Map<string, number>();
  for (const f of baseline === null ? [] : findings(baseline, kinds, outcome, context.hostname))
    allowed.set(f, (allowed.get(f) ?? 0) + 1);
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
  return walk(value, { text: (s) => (s === '' ? s : '·'), credential: (s) => (s === '' ? s : '·') }) as T;
}

/** Narrow JSON type for callers that redact parsed JSON. */
export type { Json };
