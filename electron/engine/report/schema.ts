import { z } from 'zod';
import {
  CheckIdSchema,
  CheckStatusSchema,
  DiagnosisResultSchema,
  DnsAnswerSchema,
  EvidenceValueSchema,
  FixIdSchema,
  GatewayInfoSchema,
  HopProbeSchema,
  HopSchema,
  LanguageSchema,
  ProbeAttemptSchema,
  RedactionKindSchema,
  ReportRecipientSchema,
  SourceIdSchema,
  StepIdSchema,
  TargetSchema,
  TracerouteSummarySchema,
  VerdictIdSchema,
  VerdictSchema,
  WhoActsSchema,
} from '../../contract';
import { OWNER_CHECK_IDS } from '../../contract';

/** Version of the report JSON; bump on any breaking change of the shape below. */
export const REPORT_SCHEMA_VERSION = 1;

const NameValueSchema = z.object({ name: z.string(), value: z.string() });

// The fields a report copies unchanged from the contract's shapes are derived from them, so the
// two cannot drift. Shapes are spread (not .extend()) to keep the report's key order: the JSON
// export is the parsed model, and its field order is part of what support desks see.
const probe = ProbeAttemptSchema.shape;
const AttemptCoreShape = {
  url: probe.url,
  address: probe.address,
  via: probe.via,
  status: probe.status,
  error: probe.error,
};

const ReportAttemptSchema = z.object({
  n: z.number().int().positive(),
  ...AttemptCoreShape,
  totalMs: z.number(),
  source: SourceIdSchema.nullable(),
  variant: z.string().nullable(),
});

const ReportHopSchema = z.object({
  ttl: HopSchema.shape.ttl,
  address: HopProbeSchema.shape.address,
  hostname: HopProbeSchema.shape.hostname,
  /** One entry per probe; null = no answer ("*"). */
  rttsMs: z.array(z.number().nullable()),
  avgRttMs: z.number().nullable(),
  lossPct: HopSchema.shape.lossPct,
  annotation: HopProbeSchema.shape.annotation,
  /** Role of the hop in the story the table tells. */
  mark: z.enum(['router', 'loss-start', 'loss-carried', 'rate-limited', 'destination', 'none']),
});
export type ReportHop = z.infer<typeof ReportHopSchema>;

/** The report: what every format renders, and exactly what the JSON export contains. */
export const ReportModelSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  generator: z.object({ name: z.literal('Gateway Doctor'), version: z.string() }),
  /** The language every sentence of the report is written in. */
  language: LanguageSchema,
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
    /** Who the report is for (the verdict catalog's `reportTo`), and its label ("For: …"). */
    reportTo: ReportRecipientSchema,
    reportToLabel: z.string(),
    /** What to tell or ask whoever must act. */
    askThem: z.array(z.string()),
    reasons: VerdictSchema.shape.reasons,
    fixIds: z.array(FixIdSchema),
    visitorSteps: z.array(z.object({ id: StepIdSchema, text: z.string() })),
    /** The owner's steps, each with the commands for the stack that answered (owner-checks.ts). */
    ownerSteps: z.array(
      z.object({
        id: StepIdSchema,
        text: z.string(),
        commands: z.array(
          z.object({
            id: z.enum(OWNER_CHECK_IDS),
            label: z.string(),
            shell: z.enum(['posix', 'powershell']),
            command: z.string(),
          }),
        ),
      }),
    ),
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
  target: z.object({
    url: TargetSchema.shape.url,
    host: TargetSchema.shape.host,
    port: TargetSchema.shape.port,
    scheme: TargetSchema.shape.scheme,
  }),
  environment: DiagnosisResultSchema.shape.environment,
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
      ...AttemptCoreShape,
      timings: probe.timings,
      headers: z.array(NameValueSchema),
      source: SourceIdSchema.nullable(),
      variant: z.string().nullable(),
      recognisedAs: z.string().nullable(),
    })
    .nullable(),
  cdnTrace: z
    .object({ cdn: SourceIdSchema.nullable(), traceId: z.string(), header: z.string().nullable() })
    .nullable(),
  attempts: z.array(ReportAttemptSchema),
  gateway: GatewayInfoSchema.nullable(),
  traceroute: TracerouteSummarySchema.omit({ hops: true })
    .extend({
      /** One plain sentence on where loss starts and whether it matters. */
      reading: z.string(),
      hops: z.array(ReportHopSchema),
    })
    .nullable(),
  dns: z
    .object({
      reading: z.string(),
      answers: z.array(DnsAnswerSchema),
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
