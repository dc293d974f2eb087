import { z } from 'zod';
import {
  DiagnosisEventSchema,
  DiagnosisOptionsSchema,
  DiagnosisResultSchema,
  FixIdSchema,
  RecognitionSchema,
  VerdictIdSchema,
} from './diagnosis';
import { FixDescriptorSchema, FixEventSchema, FixParamsSchema, FixPreviewSchema } from './fixes';
import { LanguageSchema, RedactionOptionsSchema, ReportPreviewSchema } from './report';

/** A request/response pair; every invoke channel must have both validators. */
export interface ChannelSpec {
  request: z.ZodType;
  response: z.ZodType;
}

const RunIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const Empty = z.undefined();
// Shared by the channels that take the same request (one definition each, not four or two).
const FixRequestSchema = z.object({ fixId: FixIdSchema, params: FixParamsSchema });
// `lang` is the window's language: the report, its copy and its mail are written in it.
const ReportRequestSchema = z.object({
  runId: RunIdSchema,
  redaction: RedactionOptionsSchema,
  lang: LanguageSchema,
});

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  arch: z.string(),
  electron: z.string().nullable(),
  locale: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const HistoryEntrySchema = z.object({
  runId: z.string(),
  url: z.string(),
  verdictId: VerdictIdSchema,
  finishedAt: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/**
 * What a watch waits for: the site to answer like a working site, or (after a network outage
 * verdict) any answer at all, which means the connection works again.
 */
export const WatchKindSchema = z.enum(['site', 'network']);
export type WatchKind = z.infer<typeof WatchKindSchema>;

export const WatchEventSchema = z.object({
  watchId: z.string(),
  url: z.string(),
  kind: WatchKindSchema,
  state: z.enum(['waiting', 'back', 'stopped', 'gave-up']),
  attempts: z.number().int(),
  lastStatus: z.number().int().nullable(),
  nextCheckInSec: z.number().nullable(),
});
export type WatchEvent = z.infer<typeof WatchEventSchema>;

/**
 * The invoke channels: written once. `satisfies` makes a channel without a
 * validator a compile error; bridge and handler types derive from this map.
 */
export const invokeChannels = {
  'app:info': { request: Empty, response: AppInfoSchema },
  'diagnosis:start': {
    request: z.object({ url: z.string().min(1).max(2048), options: DiagnosisOptionsSchema }),
    response: z.object({ runId: RunIdSchema }),
  },
  'diagnosis:cancel': {
    request: z.object({ runId: RunIdSchema }),
    response: z.object({ cancelled: z.boolean() }),
  },
  'diagnosis:explain': {
    request: z.object({ text: z.string().min(1).max(262144) }),
    response: RecognitionSchema,
  },
  'history:list': { request: Empty, response: z.array(HistoryEntrySchema) },
  'history:get': {
    request: z.object({ runId: RunIdSchema }),
    response: DiagnosisResultSchema.nullable(),
  },
  'fix:list': { request: Empty, response: z.array(FixDescriptorSchema) },
  'fix:preview': {
    request: FixRequestSchema,
    response: FixPreviewSchema,
  },
  'fix:run': {
    request: FixRequestSchema,
    response: z.object({ fixRunId: RunIdSchema }),
  },
  'fix:confirm': {
    request: z.object({ fixRunId: RunIdSchema, keep: z.boolean() }),
    response: z.object({ ok: z.boolean() }),
  },
  'fix:undo': {
    request: z.object({ fixId: FixIdSchema }),
    response: z.object({ ok: z.boolean(), message: z.string() }),
  },
  'report:preview': {
    request: ReportRequestSchema,
    response: ReportPreviewSchema,
  },
  'report:save': {
    request: ReportRequestSchema,
    response: z.object({ saved: z.boolean(), format: z.string().nullable() }),
  },
  /** Puts the whole report (its plain-text rendering) on the clipboard. */
  'report:copy': {
    request: ReportRequestSchema,
    response: z.object({ ok: z.boolean() }),
  },
  /** Opens a mail to whoever the verdict's report is for (`reportTo`); nothing is attached. */
  'report:email': {
    request: ReportRequestSchema,
    response: z.object({ ok: z.boolean() }),
  },
  'shell:open-external': {
    request: z.object({ url: z.url({ protocol: /^https?$/ }) }),
    response: z.object({ ok: z.boolean() }),
  },
  'watch:start': {
    request: z.object({
      url: z.string().min(1).max(2048),
      /** The window's language: the desktop notification speaks it. */
      lang: LanguageSchema,
      /** The diagnosis the watch follows: main reads its verdict and Retry-After from history. */
      runId: RunIdSchema.optional(),
    }),
    response: z.object({ watchId: RunIdSchema }),
  },
  'watch:stop': {
    request: z.object({ watchId: RunIdSchema }),
    response: z.object({ stopped: z.boolean() }),
  },
} as const satisfies Record<string, ChannelSpec>;

/** Events main pushes to the renderer. */
export const eventChannels = {
  'diagnosis:event': DiagnosisEventSchema,
  'fix:event': FixEventSchema,
  'watch:event': WatchEventSchema,
} as const satisfies Record<string, z.ZodType>;

export type InvokeChannel = keyof typeof invokeChannels;
export type EventChannel = keyof typeof eventChannels;
export type ChannelRequest<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['request']>;
export type ChannelResponse<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['response']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof eventChannels)[E]>;

/** Channel names as runtime lists (derived, never written twice). */
export const INVOKE_CHANNELS = Object.keys(invokeChannels) as InvokeChannel[];
export const EVENT_CHANNELS = Object.keys(eventChannels) as EventChannel[];
