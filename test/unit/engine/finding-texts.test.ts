// Every text id the engine can emit has words in every language, with the same values.
import { describe, expect, it } from 'vitest';
import {
  DiagnosisResultSchema,
  FIX_IDS,
  FIX_UNAVAILABLE_CODES,
  GUIDE_STEP_IDS,
  HINT_CODES,
  LANGUAGES,
  REASON_TEXTS,
  SKIP_CODES,
  checkNote,
  phraseText,
  reasonLine,
  textsFor,
} from '../../../electron/contract';
import type { TextCatalog, TextParams } from '../../../electron/contract';

const holes = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
const en = textsFor('en');

/** The catalog sections keyed by one `as const` list each, with that list. */
const SECTIONS: [string, readonly string[], (t: TextCatalog) => Readonly<Record<string, string>>][] = [
  ['reasons', REASON_TEXTS, (t) => t.reasons],
  ['skips', SKIP_CODES, (t) => t.skips],
  ['hints', HINT_CODES, (t) => t.hints],
  ['fixUnavailable', FIX_UNAVAILABLE_CODES, (t) => t.fixUnavailable],
  ['guideSteps', GUIDE_STEP_IDS, (t) => t.guideSteps],
];

describe('finding texts', () => {
  for (const lang of LANGUAGES) {
    const t = textsFor(lang);
    it.each(SECTIONS)(`${lang}: every %s id has words with the English values`, (_name, ids, section) => {
      const words = section(t);
      expect(Object.keys(words).sort()).toEqual([...ids].sort());
      for (const id of ids) {
        const text = words[id] ?? '';
        expect(text.trim(), id).not.toBe('');
        expect(holes(text), `${lang} ${id}`).toEqual(holes(section(en)[id] ?? ''));
      }
    });
    it(`${lang}: every fix has a title, description, check and undo, without ids or commands`, () => {
      for (const id of FIX_IDS) {
        const f = t.fixes[id];
        for (const text of [f.title, f.description, f.verify, f.undo]) {
          expect(text.trim()).not.toBe('');
          expect(text).not.toMatch(
            /gateway-doctor|resolv\.conf|"(dns-swap|system-resolvers|gateway|proxy|site-probe)"/,
          );
        }
      }
    });
  }

  it('German words are not the English ones (a copied entry is a missing translation)', () => {
    const de = textsFor('de');
    const same = SECTIONS.flatMap(([, ids, section]) =>
      ids.filter((id) => {
        const text = section(en)[id] ?? '';
        // fragments made only of values and punctuation read the same in both languages
        return text.replace(/\{\{\w+\}\}|[\s(),.:;“”]/g, '').length > 3 && section(de)[id] === text;
      }),
    );
    // the same in both languages on purpose
    expect(same).toEqual(['in-ms']);
  });

  it('fills fragments, lists and durations in the reader’s language', () => {
    const params: TextParams = {
      at: { text: 'at-address', params: { address: '192.0.2.7' } },
      parts: [
        { text: 'cert-issued-to', params: { subject: 'shop.test' } },
        { text: 'cert-by', params: { issuer: 'Test CA' } },
      ],
      when: { text: 'cert-expired-ago', params: { span: { seconds: 3 * 86400 } } },
    };
    const words = (lang: 'en' | 'de') => phraseText(textsFor(lang), 'certificate-seen', params);
    expect(words('en')).toBe(
      "The certificate the site shows at 192.0.2.7: issued to shop.test, by Test CA — it expired 3 days ago by this computer's clock.",
    );
    expect(words('de')).toContain('ausgestellt für shop.test, von Test CA');
    expect(words('de')).toContain('seit 3 Tagen abgelaufen');
    // an empty value leaves no double space
    expect(phraseText(en, 'gateway-silent', { address: '' })).toBe('The router did not answer (ping).');
  });

  it('reads results saved before the codes existed, and words them safely', () => {
    const legacy = {
      checkId: 'gateway' as const,
      code: 'gateway-silent',
      detail: 'The router 10.0.0.1 did not answer.',
    };
    expect(reasonLine('en', legacy)).toBe(legacy.detail);
    expect(reasonLine('de', legacy)).toContain(textsFor('de').checks.gateway);
    expect(reasonLine('de', legacy)).not.toContain('did not answer');
    const oldCheck = { reason: 'ping is not installed', hint: 'install iputils-ping' };
    expect(checkNote('en', oldCheck)).toEqual({
      reason: 'ping is not installed',
      hint: 'install iputils-ping',
    });
    expect(checkNote('de', oldCheck)).toEqual({ reason: null, hint: null });
    expect(
      checkNote('de', {
        reasonCode: 'tool-missing',
        hintCode: 'install-package',
        params: { tool: 'ping', deb: 'iputils-ping', rpm: 'iputils' },
      }),
    ).toEqual({
      reason: 'ping ist nicht installiert',
      hint: 'Installieren Sie es, z. B. das Paket iputils-ping (Debian/Ubuntu) oder iputils (Fedora).',
    });
  });

  it('the schema accepts old and new reasons, and refuses a text id we do not know', () => {
    const reasons = DiagnosisResultSchema.shape.verdict.shape.reasons;
    expect(reasons.safeParse([{ checkId: 'site-probe', code: 'x', detail: 'old' }]).success).toBe(true);
    const coded = {
      checkId: 'site-probe',
      code: 'evidence',
      detail: 'd',
      text: 'evidence',
      params: { ok: 1 },
    };
    expect(reasons.safeParse([coded]).success).toBe(true);
    expect(reasons.safeParse([{ ...coded, text: 'made-up' }]).success).toBe(false);
    expect(reasons.safeParse([{ ...coded, params: { ok: { text: 'made-up' } } }]).success).toBe(false);
  });
});
