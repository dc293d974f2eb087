import { describe, expect, it } from 'vitest';
import { defaultLanguage, takeLangOption } from '../../../electron/cli/lang-option';
import { takeReportOptions } from '../../../electron/cli/report-option';

describe('--report / --no-redact parsing', () => {
  it('takes the options out and leaves the rest in order', () => {
    expect(takeReportOptions(['https://a.example/', '--report', 'r.html', '--json'])).toEqual({
      options: { path: 'r.html', redact: true },
      rest: ['https://a.example/', '--json'],
    });
    expect(takeReportOptions(['--report=out/r.PDF', '--no-redact', 'x'])).toEqual({
      options: { path: 'out/r.PDF', redact: false },
      rest: ['x'],
    });
    expect(takeReportOptions(['x'])).toEqual({ options: { path: null, redact: true }, rest: ['x'] });
  });

  it('rejects what cannot work before any check runs', () => {
    expect(takeReportOptions(['--report', 'r.txt'])).toEqual({
      error: expect.stringMatching(/\.html, \.md, \.json or \.pdf/),
    });
    expect(takeReportOptions(['--report'])).toEqual({ error: expect.stringMatching(/needs a file name/) });
    expect(takeReportOptions(['--report', '--json'])).toEqual({
      error: expect.stringMatching(/needs a file name/),
    });
    expect(takeReportOptions(['--no-redact'])).toEqual({
      error: expect.stringMatching(/only makes sense with --report/),
    });
  });
});

describe('--lang parsing and the environment default', () => {
  it('takes --lang out, accepts en and de in any case, and leaves the rest in order', () => {
    expect(takeLangOption(['x', '--lang', 'de', '--json'], {})).toEqual({
      lang: 'de',
      rest: ['x', '--json'],
    });
    expect(takeLangOption(['--lang=EN', 'x'], { LANG: 'de_DE.UTF-8' })).toEqual({ lang: 'en', rest: ['x'] });
  });

  it('defaults to German only when LC_ALL, LC_MESSAGES or LANG (in that order) starts with de', () => {
    expect(defaultLanguage({})).toBe('en');
    expect(defaultLanguage({ LANG: 'de_AT.UTF-8' })).toBe('de');
    expect(defaultLanguage({ LANG: 'C.UTF-8' })).toBe('en');
    expect(defaultLanguage({ LC_ALL: 'en_GB.UTF-8', LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(defaultLanguage({ LC_ALL: '', LC_MESSAGES: 'de_CH', LANG: 'en_US' })).toBe('de');
    expect(defaultLanguage({ LC_ALL: 'de', LANG: 'fr_FR' })).toBe('de');
    expect(defaultLanguage({ LANG: 'fr_FR.UTF-8' })).toBe('en');
  });

  it('rejects a missing or unknown language before any work', () => {
    expect(takeLangOption(['--lang'], {})).toEqual({ error: '--lang takes one of en, de' });
    expect(takeLangOption(['--lang='], {})).toEqual({ error: '--lang takes one of en, de' });
    expect(takeLangOption(['--lang', 'fr'], {})).toEqual({ error: '--lang takes one of en, de (got "fr")' });
    expect(takeLangOption(['--lang', 'de-DE'], {})).toEqual({ error: expect.stringMatching(/got "de-DE"/) });
  });
});
