import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Screen } from '../components/screen';
import { useWatch } from '../hooks/use-watch';
import { siteLabel } from '../wizard/site-url';

/**
 * Screen 6: "tell me when it's back". Starts the app's watch (main re-checks with back-off and
 * shows the desktop notification); the watch goes on when the person leaves this screen, and the
 * header shows it (and its Stop) everywhere.
 */
export function WatchScreen({
  site,
  siteUrl,
  runId,
  onCheckAgain,
  onBack,
}: {
  site: string;
  siteUrl: string;
  /** The diagnosis this watch follows: main reads what "back" means and any Retry-After from it. */
  runId?: string | undefined;
  onCheckAgain: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const { state, start } = useWatch();
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void start({ url: siteUrl, site: siteLabel(site), runId });
  }, [start, siteUrl, site, runId]);
  const mine = state.status !== 'idle' && state.url === siteUrl;
  const last = mine && state.status === 'watching' ? state.last : null;
  // The news itself (waiting, back) is the header's live status line; this screen adds the detail.
  return (
    <Screen title={t('watch.title')}>
      <p className="lead">{t('watch.intro')}</p>
      <div className="watch-status">
        {mine && state.status === 'error' ? <p role="alert">{t('app.error')}</p> : null}
        {last?.state === 'waiting' ? (
          <p>
            {t('watch.waiting', { count: last.attempts })}{' '}
            {last.nextCheckInSec !== null
              ? t('watch.next', { seconds: Math.round(last.nextCheckInSec) })
              : null}
          </p>
        ) : null}
        {last?.state === 'stopped' ? <p>{t('watch.stopped')}</p> : null}
      </div>
      <div className="actions">
        <button type="button" className="secondary" onClick={onBack}>
          {t('app.back')}
        </button>
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
