// The verdict's reasons and the checks' notes in the window's language, from codes and values.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DiagnosisResult } from '../../../electron/contract';
import { fillText, textsDe, textsEn } from '../../../electron/contract/values';
import { sampleResult } from '../../bridge/fixtures';
import { finish, renderApp, waitForStart } from './helpers';

const counts = { attempts: 3, ok: 2, serverErrors: 1, noAnswer: 0 };

/** A result whose reason and skipped check carry text ids, values and an English detail. */
function coded(): DiagnosisResult {
  const r = sampleResult('site-intermittent');
  const traceroute = r.checks.find((c) => c.id === 'traceroute');
  const checks = r.checks.map((c) =>
    c.id === 'path-mtu' || c === traceroute
      ? {
          ...c,
          status: 'skipped' as const,
          reason: textsEn.skips['no-stall'],
          reasonCode: 'no-stall' as const,
        }
      : c,
  );
  return {
    ...r,
    checks,
    verdict: {
      ...r.verdict,
      reasons: [
        {
          checkId: 'site-probe',
          code: 'intermittent',
          text: 'intermittent',
          params: counts,
          detail: fillText(textsEn.reasons.intermittent, counts),
        },
      ],
    },
  };
}

async function germanVerdict(result: DiagnosisResult) {
  const app = renderApp({ lang: 'de' });
  await app.user.type(screen.getByRole('textbox', { name: 'Adresse der Website' }), 'site.example');
  await app.user.click(screen.getByRole('button', { name: 'Weiter' }));
  await app.user.click(screen.getByRole('radio', { name: /502 Bad Gateway/ }));
  await app.user.click(screen.getByRole('button', { name: 'Weiter' }));
  await app.user.click(screen.getByRole('radio', { name: /Ich besuche sie/ }));
  await app.user.click(screen.getByRole('button', { name: 'Weiter' }));
  await waitForStart(app.fake);
  finish(app.fake, result);
  await screen.findByRole('heading', { level: 1, name: textsDe.verdicts['site-intermittent'].title });
  return app;
}

describe('findings in the window’s language', () => {
  it('shows the key fact and the technical reasons in German, never the English detail', async () => {
    const result = coded();
    await germanVerdict(result);
    const german = fillText(textsDe.reasons.intermittent, counts);
    const main = screen.getByRole('main');
    const fact = within(main).getByText(german, { selector: '.key-fact' });
    expect(fact.getAttribute('lang')).toBeNull();
    expect(within(main).getByText(`site-probe · intermittent: ${german}`)).toBeTruthy();
    expect(main.textContent).not.toContain(result.verdict.reasons[0]?.detail ?? '?');
    expect(main.textContent).toContain(textsDe.skips['no-stall']);
    expect(main.textContent).not.toContain(textsEn.skips['no-stall']);
  });

  it('reads a reason saved by an older version without printing its English words', async () => {
    const result = sampleResult('site-intermittent');
    await germanVerdict(result);
    const main = screen.getByRole('main');
    const legacy = fillText(textsDe.olderReason, { check: textsDe.checks['site-probe'] });
    expect(within(main).getByText(legacy, { selector: '.key-fact' })).toBeTruthy();
    expect(main.textContent).not.toContain(result.verdict.reasons[0]?.detail ?? '?');
  });
});
