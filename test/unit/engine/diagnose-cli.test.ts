import { describe, expect, it } from 'vitest';
import { DiagnosisResultSchema, textsDe, textsEn } from '../../../electron/contract';
import type { DiagnosisResult } from '../../../electron/contract';
import { parseDiagnoseArgs } from '../../../electron/cli/commands/diagnose';
import { InputError } from '../../../electron/engine';
import { formatDiagnosis } from '../../../electron/engine/text/format';
import { decideVerdict } from '../../../electron/engine/verdict';
import { parseTarget } from '../../../electron/engine/target';

describe('diagnose argument parsing', () => {
  it('reads every option, in both --opt value and --opt=value forms', () => {
    const p = parseDiagnoseArgs([
      'example.test',
      '--json',
      '--resolvers',
      '192.0.2.53,2001:db8::53',
      '--control=http://a.test,b.test',
      '--repeat',
      '5',
      '--external',
      '--timeout=2.5',
    ]);
    expect(p).toMatchObject({
      url: 'example.test',
      json: true,
      options: {
        resolvers: ['192.0.2.53', '2001:db8::53'],
        controls: ['http://a.test/', 'https://b.test/'],
        repeat: 5,
        external: true,
        timeoutSec: 2.5,
      },
    });
  });
  it('takes the output language, and refuses one we do not ship', () => {
    expect(parseDiagnoseArgs(['a.test'])).toMatchObject({ lang: 'en' });
    expect(parseDiagnoseArgs(['a.test', '--lang', 'de'])).toMatchObject({ lang: 'de' });
    expect(parseDiagnoseArgs(['a.test', '--lang=en'])).toMatchObject({ lang: 'en' });
    expect(() => parseDiagnoseArgs(['a.test', '--lang', 'fr'])).toThrow(/--lang takes one of en, de/);
    expect(() => parseDiagnoseArgs(['a.test', '--lang'])).toThrow(InputError);
  });
  it('asks for help', () => {
    expect(parseDiagnoseArgs(['--help'])).toBe('help');
  });
  it.each([
    [[], /give the address/],
    [['a.test', 'b.test'], /one address only/],
    [['a.test', '--repeat', '1.5'], /whole number/],
    [['a.test', '--repeat', '21'], /1 to 20/],
    [['a.test', '--timeout', '0'], /1 to 120/],
    [['a.test', '--resolvers', '1.1.1.1,dns.google'], /"dns.google" is not one/],
    [['a.test', '--resolvers'], /needs a value/],
    [['a.test', '--control', 'ftp://x'], /only web addresses/i],
    [['javascript:alert(1)'], /only web addresses/i],
    [['-oProxyCommand=x'], /unknown option/],
  ])('rejects %j', (args, message) => {
    expect(() => parseDiagnoseArgs(args)).toThrow(InputError);
    expect(() => parseDiagnoseArgs(args)).toThrow(message);
  });
});

/** A site whose gateway answers 502 three times, a healthy control, a skipped traceroute. */
function sample502(traceroute: Partial<DiagnosisResult['checks'][number]>): DiagnosisResult {
  const target = parseTarget('http://shop.test/');
  const checks: DiagnosisResult['checks'] = [
    {
      id: 'site-probe',
      status: 'problem',
      problems: ['http-5xx', 'http-502'],
      evidence: {
        attempts: 3,
        ok: 0,
        serverErrors: 3,
        noAnswer: 0,
        statuses: [502, 502, 502],
        source: 'nginx',
      },
      startedAt: '2026-01-01T00:00:00.000Z',
      durationMs: 12,
    },
    {
      id: 'control-sites',
      status: 'ok',
      problems: [],
      evidence: { answered: 1, total: 1 },
      startedAt: '2026-01-01T00:00:00.000Z',
      durationMs: 8,
    },
    {
      id: 'traceroute',
      status: 'skipped',
      problems: [],
      evidence: {},
      startedAt: '2026-01-01T00:00:00.000Z',
      durationMs: 0,
      ...traceroute,
    },
  ];
  return DiagnosisResultSchema.parse({
    schemaVersion: 1,
    runId: 'r',
    target,
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:00:01.000Z',
    timeZone: 'UTC',
    durationMs: 1000,
    environment: { os: 'linux', osRelease: 'x', arch: 'x64', appVersion: '0', hostname: 'h' },
    checks,
    probe: null,
    dns: null,
    traceroute: null,
    gateway: null,
    verdict: decideVerdict({ target, checks }),
  });
}

describe('human output', () => {
  it('leads with the plain summary, then who acts, reasons, steps and one line per check', () => {
    const text = formatDiagnosis(sample502({ reason: 'Not needed.' }));
    const lines = text.split('\n');
    expect(lines[0]).toBe('The error comes from shop.test itself, not from your computer or your internet.');
    expect(lines[1]).toBe("Verdict: site-server-error (confidence high). Who must act: the site's owner.");
    expect(text).toContain('  - The site answered 502, 502, 502 to 3 of 3 requests (page made by nginx).');
    // Step and check wording come from the shared text catalog (the window shows the same words).
    expect(text).toContain(`  1. ${textsEn.steps['retry-later'].body}`);
    expect(text).toContain(`PROBLEM ${textsEn.checks['site-probe']} (12 ms): http-5xx, http-502`);
    expect(text).toContain(`skipped ${textsEn.checks.traceroute} (0 ms): Not needed.`);
  });
  it('speaks German with --lang de: reasons and check notes from the German catalog, no English detail', () => {
    const result = sample502({
      reason: textsEn.skips['trace-not-asked'],
      reasonCode: 'trace-not-asked',
    });
    const text = formatDiagnosis(result, { lang: 'de' });
    expect(text.split('\n')[0]).toBe(
      'Der Fehler kommt von shop.test selbst, nicht von Ihrem Computer oder Ihrem Internet.',
    );
    expect(text).toContain(
      '  - Die Website antwortete 502, 502, 502 auf 3 von 3 Anfragen (Seite erstellt von nginx).',
    );
    expect(text).toContain(
      `  - ${textsDe.reasons['controls-answer'].replace('{{answered}}', '1').replace('{{total}}', '1')}`,
    );
    expect(text).toContain(`${textsDe.checks.traceroute} (0 ms): ${textsDe.skips['trace-not-asked']}`);
    for (const r of result.verdict.reasons) expect(text).not.toContain(r.detail);
    expect(text).not.toContain(textsEn.skips['trace-not-asked']);
  });
  it('prints no English note in German for a check saved by an older version', () => {
    const text = formatDiagnosis(sample502({ reason: 'Not needed.' }), { lang: 'de' });
    expect(text).toContain(`${textsDe.checks.traceroute} (0 ms): \n`);
    expect(text).not.toContain('Not needed.');
  });
});
