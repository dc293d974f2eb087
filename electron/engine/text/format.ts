import type { CheckResult, DiagnosisResult, WhoActs } from '../../contract';
import { CHECK_LABELS, STEP_TEXTS } from './steps';

const WHO: Record<WhoActs, string> = {
  you: 'you',
  'site-owner': 'the site\'s owner',
  isp: 'your internet provider',
  'proxy-admin': 'whoever runs the proxy',
  'network-admin': 'your network administrator',
  unknown: 'not clear yet',
};

const MARK: Record<CheckResult['status'], string> = { ok: 'ok', problem: 'PROBLEM', skipped: 'skipped', error: 'error' };

/** Plain words for who must act. */
export function whoActsText(w: WhoActs): string {
  return WHO[w];
}

/** One progress line for a finished check (CLI stderr). */
export function checkLine(r: CheckResult): string {
  const extra = r.status === 'problem' ? `: ${r.problems.join(', ')}` : r.status === 'skipped' || r.status === 'error' ? `: ${r.reason ?? ''}` : '';
  return `${MARK[r.status].padEnd(7)} ${CHECK_LABELS[r.id]} (${Math.round(r.durationMs)} ms)${extra}`;
}

/**
 * The human CLI output: the verdict in plain words first, why we think so (with values),
 * what to do, then one line per check.
 */
export function formatDiagnosis(r: DiagnosisResult, o: { owner?: boolean } = {}): string {
  const v = r.verdict;
  const lines: string[] = [];
  lines.push(v.summary);
  lines.push(`Verdict: ${v.id} (confidence ${v.confidence}). Who must act: ${WHO[v.whoActs]}.`);
  lines.push('');
  lines.push(v.explanation);
  if (v.reasons.length > 0) {
    lines.push('', 'Why we think so:');
    for (const reason of v.reasons) lines.push(`  - ${reason.detail}`);
  }
  if (v.visitorSteps.length > 0) {
    lines.push('', 'What you can do:');
    v.visitorSteps.forEach((s, i) => lines.push(`  ${i + 1}. ${STEP_TEXTS[s]}`));
  }
  if (v.ownerSteps.length > 0 && (o.owner ?? true)) {
    lines.push('', 'If you run the site:');
    v.ownerSteps.forEach((s, i) => lines.push(`  ${i + 1}. ${STEP_TEXTS[s]}`));
  }
  lines.push('', `Checks (${r.target.url}, ${r.durationMs} ms):`);
  for (const c of r.checks) lines.push(`  ${checkLine(c)}`);
  return `${lines.join('\n')}\n`;
}
