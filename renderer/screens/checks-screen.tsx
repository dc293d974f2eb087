import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagnosisOptions, DiagnosisResult, Hop } from '../../electron/contract';
import { HopChart, chartHops } from '../components/hop-chart';
import { checkNote, languageOf } from '../../electron/contract/values';
import { Screen } from '../components/screen';
import type { Diagnosis, LiveCheck } from '../hooks/use-diagnosis';
import { siteLabel } from '../wizard/site-url';
import { CHECK_LABELS, EXPECTED_CHECKS } from '../wizard/tree';
import type { CheckNode } from '../wizard/tree';

function HopList({ hops }: { hops: Hop[] }) {
  const { t } = useTranslation();
  return (
    <div className="hops">
      <p className="hops-count">{t('checking.hops.count', { count: hops.length })}</p>
      <ol className="hop-list" aria-label={t('checking.hops.title')}>
        {hops.map((hop) => {
          const answered = hop.probes.find((p) => p.address !== null);
          const rtts = hop.probes.map((p) => p.rttMs).filter((r): r is number => r !== null);
          return (
            <li key={hop.ttl}>
              <span className="hop-ttl">{t('checking.hops.hop', { ttl: hop.ttl })}</span>{' '}
              {answered ? (
                <span className="mono">
                  {answered.hostname ?? answered.address}
                  {rtts.length ? ` · ${t('tech.ms', { value: Math.round(Math.min(...rtts)) })}` : ''}
                  {` · ${t('checking.hops.loss', { pct: hop.lossPct })}`}
                </span>
              ) : (
                <span className="muted">{t('checking.hops.noReply')}</span>
              )}
            </li>
          );
        })}
      </ol>
      <HopChart hops={chartHops(hops)} />
    </div>
  );
}

function CheckLine({ check, hops }: { check: LiveCheck; hops: Hop[] }) {
  const { t, i18n } = useTranslation();
  const note =
    (check.state === 'skipped' || check.state === 'error') && check.result
      ? checkNote(languageOf(i18n.language), check.result)
      : null;
  const why = note?.reason;
  return (
    <li className={`check check-${check.state}`}>
      <span className="check-icon" aria-hidden="true" />
      <span className="check-text">
        <span className="check-label">{t(CHECK_LABELS[check.id])}</span>
        <span className="check-state">{t(`checking.state.${check.state}`)}</span>
        {why ? (
          <span className="check-why">
            {t('checking.skippedWhy')} {why}
          </span>
        ) : null}
        {note?.hint && why ? <span className="check-why">{note.hint}</span> : null}
        {check.id === 'traceroute' && hops.length > 0 ? <HopList hops={hops} /> : null}
      </span>
    </li>
  );
}

/**
 * Screen 3 (and 5): the automatic checks with live progress, traceroute hops as they
 * arrive, and cancel. Calls `onResult` once the verdict is in. With `adopt`, the run the
 * wizard started as soon as the address was given is shown instead of a new one.
 */
export function ChecksScreen({
  run,
  adopt,
  node,
  site,
  options,
  onResult,
  onRestart,
  onRetry,
}: {
  run: Diagnosis;
  adopt: boolean;
  node: CheckNode;
  site: string;
  options: DiagnosisOptions;
  onResult: (result: DiagnosisResult) => void;
  onRestart: () => void;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const { state, start, cancel } = run;
  const started = useRef(false);
  const reported = useRef(false);
  // A new run must not report the result the shared run still holds from the last one.
  const stale = useRef(adopt ? null : state.result);

  useEffect(() => {
    // StrictMode mounts twice in development: start one run only.
    if (started.current) return;
    started.current = true;
    if (!adopt)
      void start(
        site,
        options,
        options.external ? [...EXPECTED_CHECKS, 'external-vantage'] : EXPECTED_CHECKS,
      );
  }, [start, site, options, adopt]);

  useEffect(() => {
    if (state.phase === 'done' && state.result && state.result !== stale.current && !reported.current) {
      reported.current = true;
      onResult(state.result);
    }
  }, [state.phase, state.result, onResult]);

  // The outside check only runs when the person agreed to it; otherwise it is noise.
  const checks = options.external ? state.checks : state.checks.filter((c) => c.id !== 'external-vantage');
  const done = checks.filter((c) => c.state !== 'waiting' && c.state !== 'running').length;
  const total = checks.length;
  const stopped = state.phase === 'cancelled' || state.phase === 'failed';
  return (
    <Screen title={t(node.titleKey, { site: siteLabel(site) })}>
      <p className="help">{t('checking.intro')}</p>
      <div className="progress-row">
        <progress max={total || 1} value={done} aria-label={t('checking.listLabel')} />
        <p role="status" aria-live="polite" className="progress-text">
          {t('checking.progress', { done, total })}
        </p>
      </div>
      <ul className="checks" aria-label={t('checking.listLabel')}>
        {checks.map((c) => (
          <CheckLine key={c.id} check={c} hops={state.hops} />
        ))}
      </ul>
      {stopped ? (
        <div className="notice" role="alert">
          <h2>{t(state.phase === 'cancelled' ? 'checking.cancelled.title' : 'checking.failed.title')}</h2>
          <p>{t(state.phase === 'cancelled' ? 'checking.cancelled.body' : 'checking.failed.body')}</p>
          {state.phase === 'failed' && state.error ? <p className="mono small">{state.error}</p> : null}
          <div className="actions">
            <button type="button" className="primary" onClick={onRetry}>
              {t('checking.again')}
            </button>
            <button type="button" className="secondary" onClick={onRestart}>
              {t('checking.restart')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="secondary"
            onClick={() => void cancel()}
            disabled={state.phase !== 'running'}
          >
            {t('checking.cancel')}
          </button>
        </div>
      )}
    </Screen>
  );
}
