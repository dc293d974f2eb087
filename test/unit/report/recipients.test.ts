import { describe, expect, it } from 'vitest';
import { LANGUAGES, REPORT_RECIPIENTS, textsFor, VERDICT_IDS, VERDICTS } from '../../../electron/contract';
import { buildReport, DEFAULT_REDACTION, renderHtml, renderMarkdown } from '../../../electron/engine/report';
import { loadResult } from './fixtures';

describe('who a report is for (verdict catalog reportTo)', () => {
  it('every verdict id has a recipient', () => {
    for (const id of VERDICT_IDS) expect(REPORT_RECIPIENTS).toContain(VERDICTS[id].reportTo);
  });

  it('follows who can act on the evidence', () => {
    for (const id of VERDICT_IDS) {
      const v = VERDICTS[id];
      if (v.whoActs === 'isp') expect(v.reportTo, id).toBe('isp');
      if (v.whoActs === 'site-owner')
        expect(v.reportTo, id).toBe(v.link === 'cdn' ? 'cdn-support' : 'site-owner');
    }
    expect(VERDICTS['cdn-origin-error'].reportTo).toBe('cdn-support');
    expect(VERDICTS['proxy-error'].reportTo).toBe('proxy-admin');
    // Fixes on this computer, or nothing broken: a report helps nobody else.
    for (const id of ['site-ok', 'captive-portal', 'hosts-file-override', 'local-network-down'] as const)
      expect(VERDICTS[id].reportTo, id).toBe('nobody');
  });

  it('every recipient has its words in every language; only nobody has no mail button', () => {
    for (const lang of LANGUAGES)
      for (const r of REPORT_RECIPIENTS) {
        const t = textsFor(lang).recipients[r];
        expect(t.label.length, `${lang} ${r}`).toBeGreaterThan(5);
        expect(t.why.length, `${lang} ${r}`).toBeGreaterThan(20);
        expect(t.email === null, `${lang} ${r}`).toBe(r === 'nobody');
      }
  });

  it.each(VERDICT_IDS)('the %s report is headed with its recipient in both languages', (id) => {
    for (const lang of LANGUAGES) {
      const r = loadResult('site-502-cloudflare');
      r.verdict = { ...r.verdict, id };
      const m = buildReport(r, { redaction: DEFAULT_REDACTION, lang });
      const t = textsFor(lang);
      expect(m.verdict.reportTo).toBe(VERDICTS[id].reportTo);
      const line = t.report.head.forLine.replace('{{recipient}}', t.recipients[VERDICTS[id].reportTo].label);
      expect(m.verdict.reportToLabel).toBe(t.recipients[VERDICTS[id].reportTo].label);
      expect(renderHtml(m)).toContain(`data-report-to="${VERDICTS[id].reportTo}"`);
      expect(renderMarkdown(m)).toContain(`**${line}**`);
    }
  });
});
