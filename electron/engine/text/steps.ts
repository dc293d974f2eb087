import type { CheckId, Language, StepId } from '../../contract';
import { fillText, textsFor } from '../../contract';

/**
 * The instructions of a next step (CLI, report), from the shared text catalog, with the values
 * it takes filled in (`stepValues` of the result: when the site asks to be tried again).
 */
export function stepText(
  id: StepId,
  lang: Language = 'en',
  values: Readonly<Record<string, string | number>> = {},
): string {
  return fillText(textsFor(lang).steps[id].body, values);
}

/** The plain question a check answers ("Is your router answering?"). */
export function checkLabel(id: CheckId, lang: Language = 'en'): string {
  return textsFor(lang).checks[id];
}
