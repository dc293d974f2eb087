import type { CheckId, Language, StepId, VerdictId, WhoActs } from '../../contract';
import { VERDICT_IDS, WHO_ACTS, textsFor } from '../../contract';
import { checkLabel, stepText } from '../text/steps';

/** Report wording per verdict: a title, one plain headline, and what to ask whoever must act. */
export interface VerdictWording {
  title: string;
  headline: string;
  askThem: readonly string[];
}

/** The report's wording of a verdict in `lang`, from the shared text catalog. */
export function verdictWording(id: VerdictId, lang: Language = 'en'): VerdictWording {
  const t = textsFor(lang).verdicts[id];
  return { title: t.title, headline: t.why, askThem: t.askThem };
}

/** English report wording per verdict (derived from the text catalog). */
export const VERDICT_WORDING: Readonly<Record<VerdictId, VerdictWording>> = Object.fromEntries(
  VERDICT_IDS.map((id) => [id, verdictWording(id)]),
) as Record<VerdictId, VerdictWording>;

/** English who-acts labels for the report (derived from the text catalog). */
export const WHO_ACTS_LABEL: Readonly<Record<WhoActs, string>> = Object.fromEntries(
  WHO_ACTS.map((w) => [w, textsFor('en').whoActs[w].label]),
) as Record<WhoActs, string>;

/** A check's label in the report. */
export const CHECK_LABEL = (id: CheckId, lang: Language = 'en'): string => checkLabel(id, lang);
/** A step's text in the report. */
export const STEP_TEXT = (
  id: StepId,
  lang: Language = 'en',
  values: Readonly<Record<string, string | number>> = {},
): string => stepText(id, lang, values);
