import type { CheckResult, DiagnosisResult, Language, WhoActs } from '../../contract';
import { VERDICTS, checkNote, fillText, reasonLine, stepValues, textsFor } from '../../contract';
import { checkLabel, stepText } from './steps';

const MARK: Record<CheckResult['status'], string> = {
  ok: 'ok',
  problem: 'PROBLEM',
  skipped: 'skipped',
  error: 'error',
};

/** The CLI's own headings per language (the verdict texts come from the shared catalogs). */
const HEADINGS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: {
    verdict: 'Verdict: {{id}} (confidence {{confidence}}). Who must act: {{who}}.',
    why: 'Why we think so:',
    you: 'What you can do:',
    owner: 'If you run the site:',
    checks: 'Checks ({{url}}, {{ms}} ms):',
  },
  de: {
    verdict: 'Ergebnis: {{id}} (Sicherheit {{confidence}}). Wer handeln muss: {{who}}.',
    why: 'Warum wir das denken:',
    you: 'Was Sie tun können:',
    owner: 'Wenn Sie die Website betreiben:',
    checks: 'Prüfungen ({{url}}, {{ms}} ms):',
  },
};

/** Plain words for who must act ("the site's owner"). */
export function whoActsText(w: WhoActs, lang: Language = 'en'): string {
  return textsFor(lang).whoActs[w].name;
}

/** One progress line for a finished check (CLI stderr). */
export function checkLine(r: CheckResult, lang: Language = 'en'): string {
  const extra =
    r.status === 'problem'
      ? `: ${r.problems.join(', ')}`
      : r.status === 'skipped' || r.status === 'error'
        ? `: ${checkNote(lang, r).reason ?? ''}`
        : '';
  return `${MARK[r.status].padEnd(7)} ${checkLabel(r.id, lang)} (${Math.round(r.durationMs)} ms)${extra}`;
}

/**
 * The human CLI output in `lang`: the verdict in plain words first, why we think so (with
 * values), what to do, then one line per check.
 */
export function formatDiagnosis(r: DiagnosisResult, o: { owner?: boolean; lang?: Language } = {}): string {
  const lang = o.lang ?? 'en';
  const h = HEADINGS[lang];
  const text = textsFor(lang).verdicts[r.verdict.id];
  const v = r.verdict;
  const lines: string[] = [];
  lines.push(lang === 'en' ? v.summary : fillText(text.summary, { host: r.target.host }));
  lines.push(
    fillText(h.verdict ?? '', { id: v.id, confidence: v.confidence, who: whoActsText(v.whoActs, lang) }),
  );
  lines.push('');
  lines.push(lang === 'en' ? v.explanation : fillText(text.why, { host: r.target.host }));
  if (v.reasons.length > 0) {
    lines.push('', h.why ?? '');
    for (const reason of v.reasons) lines.push(`  - ${reasonLine(lang, reason)}`);
  }
  const values = stepValues(r.checks, lang, r.timeZone);
  if (v.visitorSteps.length > 0) {
    lines.push('', h.you ?? '');
    v.visitorSteps.forEach((s, i) => lines.push(`  ${i + 1}. ${stepText(s, lang, values)}`));
  }
  if (v.ownerSteps.length > 0 && VERDICTS[v.id].ownerActs && (o.owner ?? true)) {
    lines.push('', h.owner ?? '');
    v.ownerSteps.forEach((s, i) => lines.push(`  ${i + 1}. ${stepText(s, lang, values)}`));
  }
  lines.push('', fillText(h.checks ?? '', { url: r.target.url, ms: r.durationMs }));
  for (const c of r.checks) lines.push(`  ${checkLine(c, lang)}`);
  return `${lines.join('\n')}\n`;
}
