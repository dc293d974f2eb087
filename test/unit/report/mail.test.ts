import { describe, expect, it } from 'vitest';
import { textsDe, textsEn } from '../../../electron/contract';
import type { DiagnosisResult, VerdictId } from '../../../electron/contract';
import {
  buildReport,
  DEFAULT_REDACTION,
  RedactionError,
  reportMail,
  reportMailSubject,
  reportMailto,
  utcMinute,
} from '../../../electron/engine/report';
import { ALL_SEEDED, loadResult } from './fixtures';

function model(r: DiagnosisResult, lang: 'en' | 'de' = 'en', verdict?: VerdictId) {
  if (verdict) r.verdict = { ...r.verdict, id: verdict };
  return buildReport(r, { redaction: DEFAULT_REDACTION, lang });
}

describe('report mail subject', () => {
  it('names the site, the status, the problem and the minute in UTC', () => {
    expect(reportMailSubject(model(loadResult('site-502-cloudflare')))).toBe(
      "Site shop.example.com: HTTP 502, the site's servers fail — 2026-11-21 18:42 UTC",
    );
    expect(reportMailSubject(model(loadResult('site-502-cloudflare'), 'de'))).toBe(
      'Website shop.example.com: HTTP 502, die Server der Website versagen — 2026-11-21 18:42 UTC',
    );
  });

  it('leaves the status out when the site gave no error status, and converts the offset to UTC', () => {
    const m = model(loadResult('isp-path-degraded'));
    expect(m.failingResponse?.status ?? null).toBeNull();
    expect(reportMailSubject(m)).toBe(
      `Site news.example.org: ${textsEn.verdicts['isp-path-degraded'].subject} — 2026-11-21 13:15 UTC`,
    );
  });

  it('takes the problem words from the verdict text of the report language', () => {
    for (const verdict of ['site-timeout', 'cdn-origin-error', 'site-ok'] as const) {
      expect(reportMailSubject(model(loadResult('isp-path-degraded'), 'en', verdict))).toContain(
        textsEn.verdicts[verdict].subject,
      );
      expect(reportMailSubject(model(loadResult('isp-path-degraded'), 'de', verdict))).toContain(
        textsDe.verdicts[verdict].subject,
      );
    }
  });

  it('utcMinute keeps text that is not a time', () => {
    expect(utcMinute('2026-07-01T23:59:59+02:00')).toBe('2026-07-01 21:59 UTC');
    expect(utcMinute('yesterday')).toBe('yesterday');
  });
});

describe('report mail body', () => {
  it('asks to attach the saved file (or to save one first) and never claims an attachment', () => {
    const m = model(loadResult('leak-seeded'));
    const unsaved = reportMail(m, { savedFile: null });
    expect(unsaved.body.split('\n')[0]).toBe(textsEn.report.mail.attachUnsaved);
    const saved = reportMail(m, { savedFile: '~/Reports/shop.pdf' });
    expect(saved.body.split('\n')[0]).toContain('(~/Reports/shop.pdf)');
    for (const body of [unsaved.body, saved.body]) {
      expect(body).not.toMatch(/\b(?:is|are) attached\b|\battached below\b/i);
      expect(body).toContain(`Site: ${m.target.url}`);
      for (const v of ALL_SEEDED) expect(body).not.toContain(v);
    }
  });

  it('for CDN support: the trace id, the status and what it means', () => {
    const m = model(loadResult('site-502-cloudflare'), 'en', 'cdn-origin-error');
    expect(m.verdict.reportTo).toBe('cdn-support');
    const { body } = reportMail(m, { savedFile: null });
    expect(body).toContain('8e4f2c1a9b3d7f60-FRA');
    expect(body).toMatch(/Response: HTTP 502/);
    expect(body).toContain(`What this answer means: ${m.failingResponse?.recognisedAs ?? '(missing)'}`);
  });

  it('is written in the report language', () => {
    const { body } = reportMail(model(loadResult('leak-seeded'), 'de'), { savedFile: null });
    expect(body.split('\n')[0]).toBe(textsDe.report.mail.attachUnsaved);
    expect(body).toContain(`Wer handeln muss: ${textsDe.whoActs['site-owner'].label}`);
    expect(body).not.toContain('Who must act');
  });

  it('refuses a saved-file name that would leak a private value', () => {
    const m = model(loadResult('leak-seeded'));
    for (const file of ['zephyr-ws42.html', '~/jdoe42.html', '81.2.69.160 report.md'])
      expect(() => reportMail(m, { savedFile: file }), file).toThrow(RedactionError);
    expect(() => reportMail(m, { savedFile: '~/Reports/shop.example.com.html' })).not.toThrow();
  });
});

describe('mailto URL', () => {
  const note = textsEn.report.mail.shortened;

  it('is the subject and body, encoded, when short', () => {
    expect(reportMailto({ subject: 'a & b', body: 'one\ntwo' }, note)).toBe(
      'mailto:?subject=a%20%26%20b&body=one%0Atwo',
    );
  });

  it('drops whole lines from the end to stay under 2 KB, keeping the attach note and saying so', () => {
    const lines = Array.from(
      { length: 200 },
      (_, i) => `line ${i}: traffic is lost after hop 3 & carries on`,
    );
    const url = reportMailto({ subject: 'S', body: ['Attach the file.', ...lines].join('\n') }, note);
    expect(url.length).toBeLessThanOrEqual(1900);
    const body = new URL(url).searchParams.get('body') ?? '';
    expect(body.startsWith('Attach the file.\nline 0: traffic')).toBe(true);
    expect(body.endsWith(`\n${note}`)).toBe(true);
    const kept = body.split('\n').slice(1, -1);
    expect(kept.every((l, i) => l === lines[i])).toBe(true);
    expect(kept.length).toBeGreaterThan(10);
  });
});
