// Why something could not run, as a code with values plus the English words derived from the
// catalog (the CLI's progress lines and older readers); every surface words the code itself.
import type { FlatParam, HintCode, SkipCode, SkipParams } from '../../contract';
import { noteText, textsEn } from '../../contract';

/** A skip or error note: text ids, their values and the English words. */
export interface SkipNote {
  reasonCode: SkipCode;
  hintCode?: HintCode;
  params: Record<string, FlatParam>;
  /** English words of `reasonCode`. */
  reason: string;
  /** English words of `hintCode` ('' without one). */
  hint: string;
}

/** The note for `code` (and `hint`, if any) with the values their texts take. */
export function skipNote<C extends SkipCode, H extends HintCode = never>(
  code: C,
  params: SkipParams<C, H>,
  hint?: H,
): SkipNote {
  const values: Record<string, FlatParam> = { ...params };
  const note: SkipNote = {
    reasonCode: code,
    params: values,
    reason: noteText(textsEn, textsEn.skips[code], values),
    hint: hint ? noteText(textsEn, textsEn.hints[hint], values) : '',
  };
  if (hint) note.hintCode = hint;
  return note;
}
