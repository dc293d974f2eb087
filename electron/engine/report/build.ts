import { REDACTION_KINDS } from '../../contract';
import type { DiagnosisResult, Language, RedactionKind, RedactionOptions } from '../../contract';
import { buildReportModel } from './model';
import {
  assertRedacted,
  blankStrings,
  collectStrings,
  enabledKinds,
  redactDeep,
  RedactionError,
} from './redact';
import { assertReportInputSize } from './input';
import { addressRoles } from './roles';
import type { RedactionOutcome } from './redact';
import { ReportModelSchema } from './schema';
import type { ReportModel } from './schema';

interface Guard {
  options: RedactionOptions;
  hostname: string;
  secrets: RedactionOutcome<unknown>['secrets'];
  roles: RedactionOutcome<unknown>['roles'];
}

// The original values live only here, keyed by the model object, so no export can carry them.
const GUARDS = new WeakMap<ReportModel, Guard>();

/**
 * Builds the report model from a diagnosis result in `lang` (English by default) and redacts it
 * as a whole (every string, headers included) before any renderer sees it. Throws RedactionError when redaction
 * fails or its post-check finds a private value: fail closed, nothing to export. Throws
 * ReportInputError for a result over REPORT_INPUT_MAX_BYTES.
 */
export function buildReport(
  result: DiagnosisResult,
  o: { redaction: RedactionOptions; lang?: Language },
): ReportModel {
  // Bounded input, bounded time: the same cap as for a saved file, whoever passes the result in.
  assertReportInputSize(result);
  // The generator stamp and the redaction record are ours, never data: they stay out of the walk.
  const { redaction: _unused, generator, ...raw } = buildReportModel(result, o.lang ?? 'en');
  const hostname = result.environment.hostname;
  const outcome = redactDeep(raw, o.redaction, { hostname, roles: addressRoles(result) });
  const chosen = enabledKinds(o.redaction);
  const kinds: RedactionKind[] = REDACTION_KINDS.filter((k) => chosen.has(k));
  const candidate = {
    ...outcome.value,
    generator,
    redaction: { enabled: o.redaction.enabled && kinds.length > 0, kinds, counts: outcome.counts },
  };
  const parsed = ReportModelSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new RedactionError(
      `The report could not be built safely, so nothing was exported: ${parsed.error.issues[0]?.message ?? 'invalid model'}`,
    );
  }
  GUARDS.set(parsed.data, { options: o.redaction, hostname, secrets: outcome.secrets, roles: outcome.roles });
  return parsed.data;
}

/**
 * Renders an export and checks it before it may leave: the model's strings again (strict), then
 * the exact rendered text, against the same renderer's output for a blanked copy of the model
 * (so only what the data contributed is judged, never the report's fixed wording). Throws
 * RedactionError on any hit; returns the text otherwise.
 *
 * Passing an already rendered string still works (no baseline then: plain-word host, user
 * and query values are judged on the model only, since they may be fixed wording too).
 */
export function assertExportClean(model: ReportModel, render: ((m: ReportModel) => string) | string): string {
  const guard = GUARDS.get(model);
  const options: RedactionOptions = guard?.options ?? {
    enabled: model.redaction.enabled,
    kinds: model.redaction.kinds,
  };
  const context = { hostname: guard?.hostname ?? '' };
  const { generator, redaction, ...data } = model;
  assertRedacted(collectStrings(data), options, guard ?? null, context);
  if (typeof render === 'string') {
    assertRedacted(
      [render],
      options,
      guard ? { secrets: distinctiveOnly(guard.secrets), roles: guard.roles } : null,
      { hostname: PLAIN_WORD.test(context.hostname) ? '' : context.hostname },
    );
    return render;
  }
  const text = render(model);
  const baseline = render({ ...blankStrings(data), generator, redaction });
  assertRedacted([text], options, guard ?? null, context, baseline);
  return text;
}

const PLAIN_WORD = /^[a-z]+$/i;

function distinctiveOnly(secrets: Guard['secrets']): Guard['secrets'] {
  return new Map(
    [...secrets].map(([kind, set]) => [kind, new Set([...set].filter((v) => !PLAIN_WORD.test(v)))]),
  );
}
