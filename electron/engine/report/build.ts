import type { DiagnosisResult, RedactionKind, RedactionOptions } from '../../contract';
import { buildReportModel } from './model';
import { assertRedacted, collectStrings, redactDeep, RedactionError } from './redact';
import type { RedactionOutcome } from './redact';
import { ReportModelSchema } from './schema';
import type { ReportModel } from './schema';

interface Guard {
  options: RedactionOptions;
  hostname: string;
  secrets: RedactionOutcome<unknown>['secrets'];
}

// The original values live only here, keyed by the model object, so no export can carry them.
const GUARDS = new WeakMap<ReportModel, Guard>();

/**
 * Builds the report model from a diagnosis result and redacts it as a whole (every string,
 * headers included) before any renderer sees it. Throws RedactionError when redaction
 * fails or its post-check finds a private value: fail closed, nothing to export.
 */
export function buildReport(result: DiagnosisResult, o: { redaction: RedactionOptions }): ReportModel {
  // The generator stamp and the redaction record are ours, never data: they stay out of the walk.
  const { redaction: _unused, generator, ...raw } = buildReportModel(result);
  const hostname = result.environment.hostname;
  const outcome = redactDeep(raw, o.redaction, { hostname });
  const kinds: RedactionKind[] = o.redaction.enabled ? [...new Set(o.redaction.kinds)] : [];
  const candidate = { ...outcome.value, generator, redaction: { enabled: o.redaction.enabled && kinds.length > 0, kinds, counts: outcome.counts } };
  const parsed = ReportModelSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new RedactionError(`The report could not be built safely, so nothing was exported: ${parsed.error.issues[0]?.message ?? 'invalid model'}`);
  }
  GUARDS.set(parsed.data, { options: o.redaction, hostname, secrets: outcome.secrets });
  return parsed.data;
}

/**
 * Final check on a rendered export (HTML, Markdown, JSON text): the detectors run again on
 * the exact bytes that would leave the app. Throws RedactionError on any hit.
 */
export function assertExportClean(model: ReportModel, rendered: string): void {
  const guard = GUARDS.get(model);
  const options: RedactionOptions = guard?.options ?? { enabled: model.redaction.enabled, kinds: model.redaction.kinds };
  const hostname = guard?.hostname ?? '';
  // The model check is strict; the rendered text also holds fixed wording, so plain-word
  // host and user names are checked on the model only (see assertRedacted).
  const { generator: _g, redaction: _r, ...data } = model;
  assertRedacted(collectStrings(data), options, guard ?? null, { hostname });
  assertRedacted([rendered], options, guard ?? null, { hostname }, false);
}
