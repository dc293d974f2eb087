import type { Language } from '../../contract';
import { fillText, mtuHopPhrase, textsFor } from '../../contract';

/**
 * "Large packets are lost from hop 2 (198.51.100.1), on the link from your router to your
 * internet provider." in `lang`, from the path-mtu check's evidence; null when it located no hop.
 */
export function mtuHopSentence(
  evidence: Readonly<Record<string, unknown>>,
  lang: Language = 'en',
): string | null {
  const phrase = mtuHopPhrase(evidence);
  if (!phrase) return null;
  const t = textsFor(lang).mtuHop;
  return fillText(t.lost, { ...phrase.values, link: fillText(t.links[phrase.link], phrase.values) });
}
