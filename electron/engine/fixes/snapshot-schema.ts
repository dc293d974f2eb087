import { posix } from 'node:path';
import { z } from 'zod';
import { ipVersion } from '../platform/host';
import { isSafeArgValue } from './ip';

// A snapshot is read back from a user-writable folder and may be restored with administrator
// rights, so every field is checked here, per DNS manager, before anything acts on it.

/** The largest resolv.conf a snapshot may hold (real ones are a few hundred bytes). */
export const RESOLV_CONF_MAX_BYTES = 64 * 1024;

const RESOLV_KEYWORDS = new Set(['nameserver', 'search', 'options', 'domain', 'sortlist']);

/**
 * Why `bytes` is not a resolv.conf Gateway Doctor would write or read back, or null when it is:
 * at most 64 KiB of UTF-8 text without NUL or control characters, every line blank, a comment,
 * or a nameserver/search/options/domain/sortlist line.
 */
export function resolvConfProblem(bytes: Uint8Array): string | null {
  if (bytes.length > RESOLV_CONF_MAX_BYTES) return `larger than ${RESOLV_CONF_MAX_BYTES} bytes`;
  if (bytes.includes(0)) return 'contains a NUL byte';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'is not UTF-8 text';
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    // eslint-disable-next-line no-control-regex -- the point is to find control characters
    if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(line)) return `line ${i + 1} holds a control character`;
    const t = line.trimStart();
    if (t.length === 0 || t.startsWith('#') || t.startsWith(';')) continue;
    const key = t.split(/[\t ]/, 1)[0] ?? '';
    if (!RESOLV_KEYWORDS.has(key)) return `line ${i + 1} is not a resolv.conf setting`;
  }
  return null;
}

const Ip = z
  .string()
  .max(64)
  .refine((s) => ipVersion(s) !== 0, 'not an IP address');
const Servers = z.array(Ip).max(32);
const SafeArg = z.string().refine(isSafeArgValue, 'not a safe argument');
// display names (profile names, adapter aliases): plain one-line text
const Label = z
  .string()
  .max(256)
  // eslint-disable-next-line no-control-regex -- refuses control characters
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'holds a control character');

/** An absolute, normalised POSIX path: no `.`/`..` segment, no `//`, no NUL. */
const AbsPath = z
  .string()
  .min(2)
  .max(4096)
  .refine(
    (p) => p.startsWith('/') && !p.includes('\0') && posix.normalize(p) === p && !p.endsWith('/'),
    'not a plain absolute path',
  );

const ResolvConfState = z
  .object({
    manager: z.literal('resolv-conf'),
    path: AbsPath,
    contentB64: z.base64().max(Math.ceil(RESOLV_CONF_MAX_BYTES / 3) * 4),
    servers: Servers,
  })
  .strict()
  .superRefine((s, ctx) => {
    const problem = resolvConfProblem(Buffer.from(s.contentB64, 'base64'));
    if (problem) ctx.addIssue({ code: 'custom', path: ['contentB64'], message: `the saved file ${problem}` });
  });

/** DNS settings as captured before a change, per manager: enough to put every byte back. */
export const DnsStateSchema = z.discriminatedUnion('manager', [
  ResolvConfState,
  z
    .object({
      manager: z.literal('networkmanager'),
      connections: z
        .array(
          z
            .object({
              uuid: SafeArg,
              name: Label,
              device: Label,
              ipv4Dns: Servers,
              ipv4IgnoreAutoDns: z.boolean(),
              ipv6Dns: Servers,
              ipv6IgnoreAutoDns: z.boolean(),
            })
            .strict(),
        )
        .min(1)
        .max(64),
    })
    .strict(),
  z
    .object({
      manager: z.literal('systemd-resolved'),
      links: z
        .array(z.object({ link: SafeArg, servers: Servers }).strict())
        .min(1)
        .max(64),
    })
    .strict(),
  z
    .object({
      manager: z.literal('networksetup'),
      services: z
        .array(z.object({ service: SafeArg, servers: Servers }).strict())
        .min(1)
        .max(64),
    })
    .strict(),
  z
    .object({
      manager: z.literal('windows'),
      interfaces: z
        .array(
          z
            .object({
              index: z
                .number()
                .int()
                .min(0)
                .max(2 ** 31),
              alias: Label,
              family: z.enum(['IPv4', 'IPv6']),
              servers: Servers,
              static: z.boolean(),
            })
            .strict(),
        )
        .min(1)
        .max(128),
    })
    .strict(),
]);
export type DnsState = z.infer<typeof DnsStateSchema>;
export type DnsManagerKind = DnsState['manager'];

/** Run ids name files (pending/<id>.json): letters, digits, '-' and '_' only. */
export const FixRunIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'not a fix run id');

/** A persisted snapshot: written before anything changes, removed when the run settles. */
export const SnapshotRecordSchema = z
  .object({
    schemaVersion: z.literal(1),
    // only switch-dns changes settings that need a snapshot
    fixId: z.literal('switch-dns'),
    fixRunId: FixRunIdSchema,
    /** Process that made the change; recovery leaves a live owner's snapshot alone. */
    pid: z
      .number()
      .int()
      .min(1)
      .max(2 ** 32),
    createdAt: z.iso.datetime({ offset: true }),
    state: DnsStateSchema,
    /** The servers the fix set (for messages). */
    servers: z.array(Ip).min(1).max(4),
  })
  .strict();
export type SnapshotRecord = z.infer<typeof SnapshotRecordSchema>;

function firstIssue(e: z.ZodError, what: string): string {
  const first = e.issues[0];
  return first ? `${first.path.join('.') || what}: ${first.message}` : `invalid ${what}`;
}

/** Why a freshly captured state could not be saved and loaded back, or null when it can. */
export function dnsStateProblem(state: unknown): string | null {
  const r = DnsStateSchema.safeParse(state);
  return r.success ? null : firstIssue(r.error, 'settings');
}

/** Parses an untrusted snapshot; the reason names the first bad field (for the log, not for people). */
export function parseSnapshot(v: unknown): { ok: true; rec: SnapshotRecord } | { ok: false; reason: string } {
  const r = SnapshotRecordSchema.safeParse(v);
  if (r.success) return { ok: true, rec: r.data };
  return { ok: false, reason: firstIssue(r.error, 'snapshot') };
}
