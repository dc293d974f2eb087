import { z } from 'zod';
import {
  CHECK_IDS,
  CONFIDENCES,
  FIX_IDS,
  PAGE_CODE_IDS,
  HINT_CODES,
  REASON_TEXTS,
  SKIP_CODES,
  SOURCE_IDS,
  STEP_IDS,
  VERDICT_IDS,
  WHO_ACTS,
} from './values';

export const CheckIdSchema = z.enum(CHECK_IDS);

export const CheckStatusSchema = z.enum(['ok', 'problem', 'skipped', 'error']);
export type CheckStatus = z.infer<typeof CheckStatusSchema>;

/** A JSON-safe evidence value. */
export const EvidenceValueSchema = z.json();
export type EvidenceValue = z.infer<typeof EvidenceValueSchema>;

/** A value in a reason or skip text: a name, a count, or a duration (`seconds`, put into words). */
export const FlatParamSchema = z.union([
  z.string(),
  z.number(),
  z.object({ seconds: z.number() }),
  z.object({ pageCode: z.enum(PAGE_CODE_IDS) }),
]);

/** A text fragment with its values, passed as a value into another text (two levels at most). */
export const PhraseSchema = z.object({
  text: z.enum(REASON_TEXTS),
  params: z.record(z.string(), FlatParamSchema).optional(),
});

/** The values of a reason text: plain, a duration, a fragment, or fragments joined by commas. */
export const TextParamsSchema = z.record(
  z.string(),
  z.union([FlatParamSchema, PhraseSchema, z.array(PhraseSchema)]),
);

/** The one result shape every check returns. */
export const CheckResultSchema = z.object({
  id: CheckIdSchema,
  status: CheckStatusSchema,
  /** Machine-readable problem codes, e.g. `gateway-silent`, `dns-timeout`. */
  problems: z.array(z.string()),
  /** Named values the verdict rests on (latency, addresses, status codes...). */
  evidence: z.record(z.string(), EvidenceValueSchema),
  /** Why the check was skipped or failed, in English words (derived from `reasonCode`). */
  reason: z.string().optional(),
  /** What the user can do to let the check run next time, in English words (from `hintCode`). */
  hint: z.string().optional(),
  /** Why it was skipped or failed: the text id every surface words in its language (absent in older results). */
  reasonCode: z.enum(SKIP_CODES).optional(),
  /** What would let it run next time, as a text id. */
  hintCode: z.enum(HINT_CODES).optional(),
  /** The values of the reason and hint texts. */
  params: z.record(z.string(), FlatParamSchema).optional(),
  startedAt: z.iso.datetime({ offset: true }),
  durationMs: z.number().nonnegative(),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;

export const SourceIdSchema = z.enum(SOURCE_IDS);

export const WhoActsSchema = z.enum(WHO_ACTS);

/** What the recogniser made of an error page, a pasted text or a response. */
export const RecognitionSchema = z.object({
  status: z.number().int().nullable(),
  source: SourceIdSchema,
  /** Finer variant, e.g. `iis-502.3`, `nginx-gateway-timeout`, `apache-proxy-error`. */
  variant: z.string().nullable(),
  /** CDN in front of the site when one was recognised. */
  cdn: SourceIdSchema.nullable(),
  /** The trace id support desks ask for: CDN ray id, platform request id (Vercel, Netlify, AWS). */
  traceId: z.string().nullable(),
  whoActs: WhoActsSchema,
  summary: z.string(),
  /**
   * The code the page prints, when it is a known one (`cloudflare-1020`, `heroku-h12`): its
   * PAGE_CODES entry and its sentence in every text catalog (`pageCodes`). Absent in results
   * saved before it was recorded.
   */
  meaning: z.enum(PAGE_CODE_IDS).nullable().default(null),
});
export type Recognition = z.infer<typeof RecognitionSchema>;

export const PhaseTimingsSchema = z.object({
  dnsMs: z.number().nullable(),
  connectMs: z.number().nullable(),
  tlsMs: z.number().nullable(),
  firstByteMs: z.number().nullable(),
  totalMs: z.number(),
});
export type PhaseTimings = z.infer<typeof PhaseTimingsSchema>;

/** What a page says about itself, read from its first bytes (a sign-in portal's tells). */
export const PageHintsSchema = z.object({
  /** The page's <title>, whitespace collapsed, at most 120 characters. */
  title: z.string().nullable(),
  /** Where the page sends the browser on its own (meta refresh or a script's location), absolute. */
  refreshTo: z.string().nullable(),
  /** The page has a password field, or a form and a title about signing in. */
  loginForm: z.boolean(),
  /** Short digest of the body read: equal pages from different sites were made by one machine. */
  digest: z.string(),
  /** The page's visible text from its start, at most 600 characters (absent in older results). */
  snippet: z.string().max(600).nullable().optional(),
});
export type PageHints = z.infer<typeof PageHintsSchema>;

/** One HTTP(S) request to the site. */
export const ProbeAttemptSchema = z.object({
  url: z.string(),
  /** Address connected to (pinned when comparing resolvers). */
  address: z.string().nullable(),
  /** IP family of that address (absent in results saved before it was recorded). */
  family: z
    .union([z.literal(4), z.literal(6)])
    .nullable()
    .optional(),
  via: z.enum(['direct', 'proxy']),
  status: z.number().int().nullable(),
  /** Network error code when no HTTP answer came (ECONNREFUSED, ETIMEDOUT, ...). */
  error: z.string().nullable(),
  timings: PhaseTimingsSchema,
  headers: z.record(z.string(), z.string()),
  bodyBytes: z.number().int().nonnegative(),
  bodyTruncated: z.boolean(),
  recognition: RecognitionSchema.nullable(),
  /** What the page said about itself (absent in results saved before it was recorded). */
  page: PageHintsSchema.nullable().optional(),
});
export type ProbeAttempt = z.infer<typeof ProbeAttemptSchema>;

/** One resolver's answer for a name. */
export const DnsAnswerSchema = z.object({
  resolver: z.string(),
  role: z.enum(['system', 'alternative']),
  name: z.string(),
  rcode: z.string().nullable(),
  addresses: z.array(z.string()),
  latencyMs: z.number().nullable(),
  transport: z.enum(['udp', 'tcp']),
  error: z.string().nullable(),
});
export type DnsAnswer = z.infer<typeof DnsAnswerSchema>;

export const HopProbeSchema = z.object({
  address: z.string().nullable(),
  hostname: z.string().nullable(),
  rttMs: z.number().nullable(),
  /** traceroute annotations such as !H, !N, !X. */
  annotation: z.string().nullable(),
});
export const HopSchema = z.object({
  ttl: z.number().int().positive(),
  probes: z.array(HopProbeSchema),
  lossPct: z.number().min(0).max(100),
});
export type Hop = z.infer<typeof HopSchema>;

export const TracerouteSummarySchema = z.object({
  tool: z.string(),
  target: z.string(),
  hops: z.array(HopSchema),
  reached: z.boolean(),
  /** First hop (ttl) beyond the router where loss starts and carries through, or null. */
  lossStartsAt: z.number().int().nullable(),
  carriesThrough: z.boolean(),
});
export type TracerouteSummary = z.infer<typeof TracerouteSummarySchema>;

export const VerdictIdSchema = z.enum(VERDICT_IDS);

export const FixIdSchema = z.enum(FIX_IDS);

export const StepIdSchema = z.enum(STEP_IDS);

export const VerdictSchema = z.object({
  id: VerdictIdSchema,
  confidence: z.enum(CONFIDENCES),
  whoActs: WhoActsSchema,
  /**
   * The check results that decided it: the problem `code`, the `text` that says it with its
   * measured `params` (absent in older results), and `detail`, the same in English.
   */
  reasons: z.array(
    z.object({
      checkId: CheckIdSchema,
      code: z.string(),
      detail: z.string(),
      text: z.enum(REASON_TEXTS).optional(),
      params: TextParamsSchema.optional(),
    }),
  ),
  fixIds: z.array(FixIdSchema),
  visitorSteps: z.array(StepIdSchema),
  ownerSteps: z.array(StepIdSchema),
  /** One plain sentence (English; the UI localises by verdict id). */
  summary: z.string(),
  /** One plain paragraph (English; the UI localises by verdict id). */
  explanation: z.string(),
});
export type Verdict = z.infer<typeof VerdictSchema>;

export const TargetSchema = z.object({
  input: z.string(),
  url: z.string(),
  scheme: z.enum(['http', 'https']),
  host: z.string(),
  port: z.number().int(),
  /** True when host is an IP literal. */
  isIp: z.boolean(),
  /**
   * Set when no scheme was given, https on this (non-443) port failed with a TLS/protocol
   * error and http answered: the run used http (`scheme`, `url`). `httpsError` is the code.
   */
  httpFallback: z.object({ httpsError: z.string() }).optional(),
});
export type Target = z.infer<typeof TargetSchema>;

export const GatewayInfoSchema = z.object({
  address: z.string().nullable(),
  interface: z.string().nullable(),
  reachable: z.boolean().nullable(),
  method: z.enum(['icmp', 'tcp', 'none']),
  latencyMs: z.number().nullable(),
  lossPct: z.number().nullable(),
});
export type GatewayInfo = z.infer<typeof GatewayInfoSchema>;

/** The whole diagnosis: what the CLI prints with --json and the report is built from. */
export const DiagnosisResultSchema = z.object({
  schemaVersion: z.literal(1),
  runId: z.string(),
  target: TargetSchema,
  startedAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }),
  timeZone: z.string(),
  durationMs: z.number(),
  environment: z.object({
    os: z.string(),
    osRelease: z.string(),
    arch: z.string(),
    appVersion: z.string(),
    hostname: z.string(),
  }),
  checks: z.array(CheckResultSchema),
  probe: z.object({ attempts: z.array(ProbeAttemptSchema) }).nullable(),
  dns: z
    .object({
      answers: z.array(DnsAnswerSchema),
      /** The site probed at each distinct address the resolvers gave. */
      addressProbes: z.array(ProbeAttemptSchema),
    })
    .nullable(),
  traceroute: TracerouteSummarySchema.nullable(),
  gateway: GatewayInfoSchema.nullable(),
  verdict: VerdictSchema,
});
export type DiagnosisResult = z.infer<typeof DiagnosisResultSchema>;

export const DiagnosisOptionsSchema = z.object({
  /** Alternative resolvers (IP literals). */
  resolvers: z
    .array(z.union([z.ipv4(), z.ipv6()]))
    .max(8)
    .optional(),
  /** Known-good control URLs. */
  controls: z
    .array(z.url({ protocol: /^https?$/ }))
    .max(5)
    .optional(),
  repeat: z.number().int().min(1).max(20).optional(),
  /** Opt-in: asks a third party whether the site is down for everyone. */
  external: z.boolean().optional(),
  timeoutSec: z.number().min(1).max(120).optional(),
  /** Text the user pasted from the error page. */
  errorText: z.string().max(262144).optional(),
  role: z.enum(['visitor', 'owner']).optional(),
});
export type DiagnosisOptions = z.infer<typeof DiagnosisOptionsSchema>;

/** Streaming progress of one run. */
export const DiagnosisEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('check-started'), runId: z.string(), checkId: CheckIdSchema, at: z.string() }),
  z.object({ type: z.literal('check-finished'), runId: z.string(), result: CheckResultSchema }),
  z.object({ type: z.literal('hop'), runId: z.string(), hop: HopSchema }),
  z.object({ type: z.literal('verdict'), runId: z.string(), result: DiagnosisResultSchema }),
  z.object({ type: z.literal('cancelled'), runId: z.string() }),
  z.object({ type: z.literal('failed'), runId: z.string(), message: z.string() }),
]);
export type DiagnosisEvent = z.infer<typeof DiagnosisEventSchema>;
