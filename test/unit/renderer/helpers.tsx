// Shared helpers for the renderer's component tests.
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import type { DiagnosisResult, VerdictId } from '../../../electron/contract';
import { App } from '../../../renderer/app';
import { initI18n } from '../../../renderer/i18n';
import { FakeBridge } from '../../bridge/fake-bridge';
import { sampleResult } from '../../bridge/fixtures';

export type User = ReturnType<typeof userEvent.setup>;

/** Renders the app over a fresh fake bridge. */
export function renderApp(opts: { lang?: string; fake?: FakeBridge | null } = {}) {
  const fake = opts.fake === undefined ? new FakeBridge() : opts.fake;
  const user = userEvent.setup();
  const utils = render(<App bridge={fake ? fake.bridge : null} i18n={initI18n(opts.lang ?? 'en')} />);
  return { fake: fake as FakeBridge, user, ...utils };
}

/** Answers the three questions (site, what you see, role) and lands on the checks screen. */
export async function answerQuestions(
  user: User,
  o: { site?: string; symptom?: RegExp; role?: RegExp } = {},
) {
  await user.type(screen.getByRole('textbox', { name: 'Website address' }), o.site ?? 'site.example');
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.click(screen.getByRole('radio', { name: o.symptom ?? /502 Bad Gateway/ }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.click(screen.getByRole('radio', { name: o.role ?? /I am visiting it/ }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

/** Waits for the n-th `diagnosis:start` and returns its run id. */
export async function waitForStart(fake: FakeBridge, n = 1): Promise<string> {
  await waitFor(() => expect(fake.requests('diagnosis:start')).toHaveLength(n));
  return 'run-1';
}

/** Streams a verdict for the run. */
export function finish(fake: FakeBridge, verdict: VerdictId | DiagnosisResult, runId = 'run-1') {
  const result = typeof verdict === 'string' ? sampleResult(verdict) : verdict;
  act(() => fake.emit('diagnosis:event', { type: 'verdict', runId, result: { ...result, runId } }));
}

/** The whole walk to a verdict screen. */
export async function toVerdict(verdict: VerdictId | DiagnosisResult, o: { role?: RegExp } = {}) {
  const app = renderApp();
  await answerQuestions(app.user, o);
  await waitForStart(app.fake);
  finish(app.fake, verdict);
  await screen.findByRole('heading', { level: 1, name: typeof verdict === 'string' ? undefined : undefined });
  return app;
}

export { must } from './must';
