import { useTranslation } from 'react-i18next';
import { useWatch, watchActive } from '../hooks/use-watch';

/**
 * The watch on every screen (in the header): what is watched and when the next try is, with
 * Stop; then the news when it is back (or that we gave up). The status line is a polite live
 * region that is always there, so screen readers hear each change without losing their place.
 */
export function WatchIndicator({ onCheckAgain }: { onCheckAgain?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const { state, stop, dismiss } = useWatch();
  const active = watchActive(state);
  const last = state.status === 'watching' ? state.last : null;
  const network = last?.kind === 'network';
  const site = state.status === 'idle' ? '' : state.site;
  let text = '';
  if (active) {
    const seconds = last?.state === 'waiting' ? last.nextCheckInSec : null;
    text =
      seconds === null
        ? t(network ? 'watch.indicator.networkNow' : 'watch.indicator.siteNow', { site })
        : t(network ? 'watch.indicator.network' : 'watch.indicator.site', {
            site,
            seconds: Math.round(seconds),
          });
  } else if (last?.state === 'back') {
    text = t(network ? 'watch.networkBack' : 'watch.back', { site });
  } else if (last?.state === 'gave-up') {
    text = t('watch.gaveUp');
  }
  const finished = last?.state === 'back' || last?.state === 'gave-up';
  return (
    <div className={`watch-indicator${text ? '' : ' watch-indicator-idle'}`}>
      <p role="status" aria-live="polite" className={last?.state === 'back' ? 'watch-news' : undefined}>
        {text}
      </p>
      {active ? (
        <button type="button" className="link-button" onClick={() => void stop()}>
          {t('watch.stop')}
        </button>
      ) : null}
      {last?.state === 'back' && onCheckAgain ? (
        <button type="button" className="link-button" onClick={onCheckAgain}>
          {t('watch.checkNow')}
        </button>
      ) : null}
      {finished ? (
        <button type="button" className="link-button" onClick={dismiss}>
          {t('watch.dismiss')}
        </button>
      ) : null}
    </div>
  );
}
