import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bridge } from '../../electron/contract';
import { Screen } from '../components/screen';
import { useWatch } from '../hooks/use-watch';
import { siteLabel } from '../wizard/site-url';

/** Screen 6: "tell me when it's back". Main watches with back-off and shows the desktop notification. */
export function WatchScreen({
  bridge,
  site,
  siteUrl,
  onCheckAgain,
  onBack,
}: {
  bridge: Bridge;
  site: string;
  siteUrl: string;
  onCheckAgain: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const { state, start, stop } = useWatch(bridge);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void start(siteUrl);
  }, [start, siteUrl]);
  const last = state.status === 'watching' ? state.last : null;
  const active = state.status === 'watching' && (last === null || last.state === 'waiting');
  return (
    <Screen title={t('watch.title')}>
      <p className="lead">{t('watch.intro')}</p>
      <div role="status" aria-live="polite" className="watch-status">
        {state.status === 'error' ? <p>{t('app.error')}</p> : null}
        {last?.state === 'waiting' ? (
          <p>
            {t('watch.waiting', { count: last.attempts })}{' '}
            {last.nextCheckInSec !== null
              ? t('watch.next', { seconds: Math.round(last.nextCheckInSec) })
              : null}
          </p>
        ) : null}
        {last?.state === 'back' ? (
          <p className="banner banner-good">{t('watch.back', { site: siteLabel(site) })}</p>
        ) : null}
        {last?.state === 'stopped' ? <p>{t('watch.stopped')}</p> : null}
        {last?.state === 'gave-up' ? <p>{t('watch.gaveUp')}</p> : null}
      </div>
      <div className="actions">
        <button type="button" className="secondary" onClick={onBack}>
          {t('app.back')}
        </button>
        {active ? (
          <button type="button" className="secondary" onClick={() => void stop()}>
            {t('watch.stop')}
          </button>
        ) : null}
        <button
          type="button"
          className={last?.state === 'back' ? 'primary' : 'secondary'}
          onClick={onCheckAgain}
        >
          {t('watch.checkNow')}
        </button>
      </div>
    </Screen>
  );
}
