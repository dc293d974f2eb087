import { z } from 'zod';
import {
  CheckIdSchema,
  CheckStatusSchema,
  EvidenceValueSchema,
  FixIdSchema,
  RedactionKindSchema,
  SourceIdSchema,
  StepIdSchema,
  VerdictIdSchema,
  WhoActsSchema,
} from '../../contract';

/** Version of the report JSON; bump on any breaking change of the shape below. */
export const REPORT_SCHEMA_VERSION = 1;

const NameValueSchema = z.object({ name: z.string(), value: z.string() });

const TimingsSchema = z.object({
  dnsMs: z.number().nullable(),
  connectMs: z.number().nullable(),
  tlsMs: z.number().nullable(),
  firstByteMs: z.number().nullable(),
  totalMs: z.number(),
});

const ReportAttemptSchema = z.object({
  n: z.number().int().positive(),
  url: z.string(),
  address: z.string().nullable(),
  via: z.enum(['direct', 'proxy']),
  status: z.number().int().nullable(),
  error: z.string().nullable(),
  totalMs: z.number(),
  source: SourceIdSchema.nullable(),
  variant: z.string().nullable(),
});

export const ReportHopSchema = z.object({
  ttl: z.number().int().positive(),
  address: z.string().nullable(),
  hostname: z.string().nullable(),
  /** One entry per probe; null = no answer ("*"). */
  rttsMs: z.array(z.number().nullable()),
  avgRttMs: z.number().nullable(),
  lossPct: z.number().min(0).max(100),
  annotation: z.string().nullable(),
  /** Role of the hop in the story the table tells. */
  mark: z.enum(['router', 'loss-start', 'loss-carried', 'rate-limited', 'destination', 'none']),
});
export type ReportHop = z.infer<typeof ReportHopSchema>;

/** The report: what every format renders, and exactly what the JSON export contains. */
export const ReportModelSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  generator: z.object({ name: z.literal('Gateway Doctor'), version: z.string() }),
  verdict: z.object({
    id: VerdictIdSchema,
    title: z.string(),
    /** Our plain sentence for this verdict (shown first). */
    headline: z.string(),
    /** The engine's own sentence and paragraph for this run. */
    summary: z.string(),
    explanation: z.string(),
    confidence: z.enum(['high', 'medium', 'low']),
    whoActs: WhoActsSchema,
    whoActsLabel: z.string(),
    /** What to tell or ask whoever must act. */
    askThem: z.array(z.string()),
    reasons: z.array(z.object({ checkId: CheckIdSchema, code: z.string(), detail: z.string() })),
    fixIds: z.array(FixIdSchema),
    visitorSteps: z.array(z.object({ id: StepIdSchema, text: z.string() })),
    ownerSteps: z.array(z.object({ id: StepIdSchema, text: z.string() })),
  }),
  run: z.object({
    runId: z.string(),
    startedAt: z.string(),
    finishedAt: z.string(),
    /** startedAt shown in the user's time zone with its UTC offset. */
    startedAtLocal: z.string(),
    timeZone: z.string(),
    durationMs: z.number(),
  }),
  target: z.object({ url: z.string(), host: z.string(), port: z.number().int(), scheme: z.enum(['http', 'https']) }),
  environment: z.object({
    os: z.string(),
    osRelease: z.string(),
    arch: z.string(),
    appVersion: z.string(),
    hostname: z.string(),
  }),
  checks: z.array(
    z.object({
      id: CheckIdSchema,
      label: z.string(),
      status: CheckStatusSchema,
      problems: z.array(z.string()),
      values: z.array(z.object({ name: z.string(), value: EvidenceValueSchema })),
      reason: z.string().nullable(),
      hint: z.string().nullable(),
      startedAt: z.string(),
      durationMs: z.number(),
    }),
  ),
  failingResponse: z
    .object({
      url: z.string(),
      address: z.string().nullable(),
      via: z.enum(['direct', 'proxy']),
      status: z.number().int().nullable(),
      error: z.string().nullable(),
      timings: TimingsSchema,
      headers: z.array(NameValueSchema),
      source: SourceIdSchema.nullable(),
      variant: z.string().nullable(),
      recognisedAs: z.string().nullable(),
    })
    .nullable(),
  cdnTrace: z.object({ cdn: SourceIdSchema.nullable(), traceId: z.string(), header: z.string().nullable() }).nullable(),
  attempts: z.array(ReportAttemptSchema),
  gateway: z
    .object({
      address: z.string().nullable(),
      interface: z.string().nullable(),
      reachable: z.boolean().nullable(),
      method: z.enum(['icmp', 'tcp', 'none']),
      latencyMs: z.number().nullable(),
      lossPct: z.number().nullable(),
    })
    .nullable(),
  traceroute: z
    .object({
      tool: z.string(),
      target: z.string(),
      reached: z.boolean(),
      lossStartsAt: z.number().int().nullable(),
      carriesThrough: z.boolean(),
      /** One plain sentence on where loss starts and whether it matters. */
      reading: z.string(),
      hops: z.array(ReportHopSchema),
    })
    .nullable(),
  dns: z
    .object({
      reading: z.string(),
      answers: z.array(
        z.object({
          resolver: z.string(),
          role: z.enum(['system', 'alternative']),
          name: z.string(),
          rcode: z.string().nullable(),
          addresses: z.array(z.string()),
          latencyMs: z.number().nullable(),
          transport: z.enum(['udp', 'tcp']),
          error: z.string().nullable(),
        }),
      ),
      addressProbes: z.array(ReportAttemptSchema),
    })
    .nullable(),
  redaction: z.object({
    enabled: z.boolean(),
    kinds: z.array(RedactionKindSchema),
    /** How many distinct values of each kind were replaced. */
    counts: z.record(RedactionKindSchema, z.number().int().nonnegative()),
  }),
});
export type ReportModel = z.infer<typeof ReportModelSchema>;

/** The JSON Schema (draft 2020-12) of the report JSON, for support desks' tooling. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReportModelSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
