import type { Language, VerdictId } from '../../contract';
import { fillText, textsFor } from '../../contract';

/** One-line summary and one-paragraph explanation of a verdict. */
export interface VerdictText {
  summary: string;
  explanation: string;
}

/**
 * The summary and explanation of a verdict in `lang` (English by default), with the site's
 * name filled in. The texts live in the contract's text catalogs, shared with the window.
 */
export function verdictText(id: VerdictId, host: string, lang: Language = 'en'): VerdictText {
  const t = textsFor(lang).verdicts[id];
  return { summary: fillText(t.summary, { host }), explanation: fillText(t.why, { host }) };
}
