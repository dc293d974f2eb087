import type { RedactionKind } from '../../contract';
import { addressKind, scanAddresses, scanMacs } from './detect-net';
import type { AddressRoles, Classify } from './detect-net';
import { scanCredentials, scanEmails, scanUserNames } from './detect-secrets';
import { scanUrls } from './detect-url';
import type { LiteralIndex } from './literals';
import type { Emit } from './text-scan';

/**
 * Detectors for private values in free text. Each calls `onMatch` for every value it finds and
 * splices in what it returns, so the same code both replaces (redaction) and finds leftovers
 * (the post-check). Every detector is linear in the text (see text-scan.ts).
 */
export type OnMatch = Emit;

export { PLACEHOLDER_RE } from './text-scan';
export { canonicalIp, canonicalIpv6, isPublicIpv4, isPublicIpv6, NO_ROLES } from './detect-net';
export type { AddressRoles } from './detect-net';

/** What the detectors know besides patterns: address roles and values learnt on the way. */
export interface DetectContext {
  roles: AddressRoles;
  literals: LiteralIndex;
  /** Replaces the role classification (the learning pass uses it to read "your IP: …"). */
  classify?: Classify;
}

/**
 * Runs every detector over one string, in an order where no detector breaks another's match.
 * Kinds not in `kinds` are found but left as they are.
 */
export function redactText(
  text: string,
  kinds: ReadonlySet<RedactionKind>,
  ctx: DetectContext,
  onMatch: OnMatch,
): string {
  if (text.length === 0) return text;
  const emit: Emit = (kind, key, original) => (kinds.has(kind) ? onMatch(kind, key, original) : original);
  const classify: Classify = ctx.classify ?? ((canon) => addressKind(canon, ctx.roles));
  let out = scanUrls(text, emit);
  out = scanCredentials(out, emit);
  out = scanEmails(out, emit);
  out = scanMacs(out, emit);
  out = scanAddresses(out, emit, classify);
  out = scanUserNames(out, emit);
  return ctx.literals.replace(out, emit);
}
