import { describe, expect, it } from 'vitest';
import { textsDe, textsEn } from '../../../electron/contract';
import type { ReportTexts } from '../../../electron/contract';
import { buildReport, DEFAULT_REDACTION, mdColumns, renderChecked } from '../../../electron/engine/report';
import { RESULT_FIXTURES, loadResult } from './fixtures';

/** Every catalog string of the report's words that has no {{placeholder}}, with its key. */
function plainWords(w: ReportTexts): [string, string][] {
  return Object.entries(w).flatMap(([group, words]) =>
    Object.entries(words as Record<string, string>)
      .filter(([, text]) => !text.includes('{{'))
      .map(([key, text]): [string, string] => [`${group}.${key}`, text]),
  );
}

// Headings the English report always shows: none of them may appear in the German one.
const ENGLISH_HEADINGS = [
  textsEn.report.head.whoMustAct,
  textsEn.report.head.tellThem,
  textsEn.report.facts.title,
  textsEn.report.why.title,
  textsEn.report.checks.title,
];

describe.each(RESULT_FIXTURES)('%s in German', (name) => {
  const m = buildReport(loadResult(name), { redaction: DEFAULT_REDACTION, lang: 'de' });

  it('HTML and Markdown use the German words, not the English ones', () => {
    const html = renderChecked(m, 'html');
    const md = renderChecked(m, 'md');
    expect(html).toContain('<html lang="de">');
    for (const text of [html, md]) {
      expect(text).toContain(textsDe.verdicts[m.verdict.id].title);
      expect(text).toContain(textsDe.report.why.title);
      expect(text).toContain(textsDe.report.checks.title);
      expect(text).toContain(textsDe.report.facts.title);
      for (const heading of ENGLISH_HEADINGS) expect(text).not.toContain(heading);
    }
    // The confidence level is a word of the report's language, never the English id.
    const level = { high: 'hoch', medium: 'mittel', low: 'niedrig' }[m.verdict.confidence];
    expect(html).toContain(`<dd>${level}</dd>`);
    expect(md).toContain(`:** ${level}`);
    expect(md).toContain(`| ${mdColumns(textsDe.report).checks.join(' | ')} |`);
    for (const c of m.checks) expect(c.label).toBe(textsDe.checks[c.id]);
  });

  it('the JSON says its language and holds the German readings', () => {
    const json = JSON.parse(renderChecked(m, 'json')) as typeof m;
    expect(json.language).toBe('de');
    const en = buildReport(loadResult(name), { redaction: DEFAULT_REDACTION });
    expect(en.language).toBe('en');
    if (m.traceroute) expect(json.traceroute?.reading).not.toBe(en.traceroute?.reading);
    if (m.dns) expect(json.dns?.reading).not.toBe(en.dns?.reading);
    if (name === 'isp-path-degraded')
      expect(json.traceroute?.reading).toMatch(
        /^Der Verlust beginnt bei Station 3 \(198\.51\.100\.1, 33\.3 % verloren\)/,
      );
  });
});

describe('report words', () => {
  it('German differs from English for every sentence with words', () => {
    const en = new Map(plainWords(textsEn.report));
    // Words that are the same in both languages on purpose (codes, abbreviations, loan words).
    const same = new Set([
      'response.dns',
      'response.tls',
      'response.header',
      'facts.computer',
      'checks.ok',
      'checks.problem',
      'response.statusColumn',
      'trace.name',
      'dns.transport',
      'dns.title',
      'trace.title',
    ]);
    for (const [key, text] of plainWords(textsDe.report)) {
      if (same.has(key) || text.length < 4) continue;
      expect(text, key).not.toBe(en.get(key));
    }
  });
});
