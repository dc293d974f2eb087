import { z } from 'zod';
import { LANGUAGES, REDACTION_KINDS, REPORT_RECIPIENTS } from './values';

export const RedactionKindSchema = z.enum(REDACTION_KINDS);

/** A language with a complete text catalog (the report's and the window's words). */
export const LanguageSchema = z.enum(LANGUAGES);

/** Who a report is for (the verdict catalog's `reportTo`). */
export const ReportRecipientSchema = z.enum(REPORT_RECIPIENTS);

/** Per-kind redaction toggles; every kind is on by default. */
export const RedactionOptionsSchema = z.object({
  enabled: z.boolean(),
  kinds: z.array(RedactionKindSchema),
});
export type RedactionOptions = z.infer<typeof RedactionOptionsSchema>;

export const ReportFormatSchema = z.enum(['html', 'pdf', 'md', 'json']);
export type ReportFormat = z.infer<typeof ReportFormatSchema>;

export const ReportPreviewSchema = z.object({
  html: z.string(),
  markdown: z.string(),
  summary: z.string(),
  /** How many values of each kind were replaced. */
  redacted: z.record(z.string(), z.number()),
});
export type ReportPreview = z.infer<typeof ReportPreviewSchema>;
