import { z } from 'zod';
import { CheckIdSchema, FixIdSchema } from './diagnosis';
import { FIX_UNAVAILABLE_CODES, GUIDE_STEP_IDS } from './values';

/** Parameters a fix may take; main re-validates them. */
export const FixParamsSchema = z
  .object({
    /** New DNS servers for `switch-dns` (IP literals). */
    servers: z
      .array(z.union([z.ipv4(), z.ipv6()]))
      .min(1)
      .max(4)
      .optional(),
    /** Site to open for the browser fixes. */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** The person's usual browser (guided steps for it; "another browser" avoids it). */
    browser: z.enum(['chrome', 'edge', 'firefox', 'safari', 'chromium', 'brave']).optional(),
    /** The diagnosis the fix follows (main takes proposed servers and the site's name from it). */
    runId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/)
      .optional(),
    /** The site's host name, looked up to verify a DNS change. */
    host: z
      .string()
      .max(253)
      .regex(/^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\.[A-Za-z0-9_-]{1,63})*\.?$/)
      .optional(),
  })
  .strict();
export type FixParams = z.infer<typeof FixParamsSchema>;

export const FixKindSchema = z.enum(['command', 'guided']);

/** What a fix declares before it runs. */
export const FixDescriptorSchema = z.object({
  id: FixIdSchema,
  kind: FixKindSchema,
  title: z.string(),
  description: z.string(),
  available: z.boolean(),
  /** Why it is not available on this machine (English, with the machine's details). */
  unavailableReason: z.string().nullable(),
  /** The same as a text id the window words in its language (absent from older main processes). */
  unavailable: z
    .object({ code: z.enum(FIX_UNAVAILABLE_CODES), params: z.record(z.string(), z.string()).optional() })
    .optional(),
  needsAdmin: z.boolean(),
  risk: z.enum(['none', 'low', 'medium']),
  expectedSeconds: z.number(),
  verify: z.string(),
  /** The checks to run again after the fix (the app re-runs them and says whether it worked). */
  recheck: z.array(CheckIdSchema).optional(),
  undo: z.string(),
});
export type FixDescriptor = z.infer<typeof FixDescriptorSchema>;

/** The exact commands shown before running. */
export const FixPreviewSchema = FixDescriptorSchema.extend({
  commands: z.array(z.array(z.string())),
  /** Guided steps (for guided fixes), plain sentences in English. */
  steps: z.array(z.string()),
  /** The same steps as text ids the window words in its language (absent from older main processes). */
  stepIds: z.array(z.enum(GUIDE_STEP_IDS)).optional(),
  /** Files the fix will change. */
  changes: z.array(z.string()),
  /** switch-dns: the DNS servers in use now (detected) and the ones it sets. */
  dnsChange: z.object({ from: z.array(z.string()), to: z.array(z.string()) }).optional(),
});
export type FixPreview = z.infer<typeof FixPreviewSchema>;

export const FixEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('stage'),
    fixRunId: z.string(),
    stage: z.enum(['snapshot', 'run', 'verify', 'awaiting-confirmation', 'rollback', 'done']),
  }),
  z.object({ type: z.literal('countdown'), fixRunId: z.string(), secondsLeft: z.number() }),
  z.object({
    type: z.literal('finished'),
    fixRunId: z.string(),
    outcome: z.enum(['kept', 'verified', 'rolled-back', 'failed', 'cancelled']),
    message: z.string(),
  }),
]);
export type FixEvent = z.infer<typeof FixEventSchema>;
