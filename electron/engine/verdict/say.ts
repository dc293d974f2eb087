// One reason line: the problem code, the catalog text that says it and the measured values;
// `detail` is the English wording, derived from the same catalog entry (older readers use it).
import type { CheckId, FlatParam, Phrase, ReasonParams, ReasonTextId, Verdict } from '../../contract';
import { phraseText, textsEn } from '../../contract';

export type Reason = Verdict['reasons'][number];

/** A reason for `checkId`'s problem `code`, worded by `text` with `params`. */
export function say<T extends ReasonTextId>(
  checkId: CheckId,
  code: string,
  text: T,
  params: ReasonParams<T>,
): Reason {
  const values: Reason['params'] = params;
  return { checkId, code, text, params: values, detail: phraseText(textsEn, text, values) };
}

/** A fragment with its values, passed into another reason text as a value. */
export function part<T extends ReasonTextId>(text: T, params: ReasonParams<T, FlatParam>): Phrase {
  return { text, params };
}

/** The fragment when `cond` holds, else nothing (an empty value). */
export function optional(cond: unknown, phrase: () => Phrase): Phrase | '' {
  return cond ? phrase() : '';
}
