import type { CheckId, Language, StepId } from '../../contract';
import { textsFor } from '../../contract';

/** The instructions of a next step (CLI, report), from the shared text catalog. */
export function stepText(id: StepId, lang: Language = 'en'): string {
  return textsFor(lang).steps[id].body;
}

/** The plain question a check answers ("Is your router answering?"). */
export function checkLabel(id: CheckId, lang: Language = 'en'): string {
  return textsFor(lang).checks[id];
}
