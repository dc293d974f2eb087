import type { GuideStepId } from '../../contract';
import { textsEn } from '../../contract';
import type { OsKind } from '../platform/types';
import type { BrowserId } from './browsers';

/**
 * Exact menu paths to clear one site's stored data, per browser (current desktop versions).
 * Only this site's data goes: passwords and other sites stay. The words are `guideSteps` in the
 * text catalogs.
 */
type GuideBrowser = 'chrome' | 'edge' | 'firefox' | 'safari';

const CLEAR_SITE_CACHE_STEPS: Readonly<Record<GuideBrowser, readonly GuideStepId[]>> = {
  chrome: ['chrome-open', 'chrome-site-data', 'chrome-delete', 'chrome-reload'],
  edge: ['edge-open', 'edge-site-data', 'edge-delete', 'edge-reload'],
  firefox: ['firefox-open', 'firefox-clear', 'firefox-confirm', 'firefox-reload'],
  safari: ['safari-open', 'safari-manage', 'safari-remove', 'safari-reload'],
};

/** The English words of guide steps (the CLI; the window words the ids itself). */
export function guideWords(ids: readonly GuideStepId[]): string[] {
  return ids.map((id) => textsEn.guideSteps[id]);
}

/** The steps for one browser, or for all four when the browser is not known. */
export function clearSiteCacheSteps(browser?: BrowserId): GuideStepId[] {
  if (browser === 'chrome' || browser === 'chromium' || browser === 'brave')
    return [...CLEAR_SITE_CACHE_STEPS.chrome];
  if (browser === 'edge' || browser === 'firefox' || browser === 'safari')
    return [...CLEAR_SITE_CACHE_STEPS[browser]];
  return [
    ...CLEAR_SITE_CACHE_STEPS.chrome,
    ...CLEAR_SITE_CACHE_STEPS.edge,
    ...CLEAR_SITE_CACHE_STEPS.firefox,
    ...CLEAR_SITE_CACHE_STEPS.safari,
  ];
}

/** Restarting the router: what the person does; the app then waits for the gateway. */
export const RESTART_ROUTER_STEPS: readonly GuideStepId[] = [
  'router-find',
  'router-off',
  'router-on',
  'router-wait',
];

/** Turning off a proxy, per OS. */
export function disableProxySteps(os: OsKind): GuideStepId[] {
  const common: GuideStepId[] = ['proxy-other-program', 'proxy-check-again'];
  if (os === 'win32') return ['proxy-win-open', 'proxy-win-automatic', 'proxy-win-manual', ...common];
  if (os === 'darwin') return ['proxy-mac-open', 'proxy-mac-details', 'proxy-mac-off', ...common];
  return ['proxy-linux-desktop', 'proxy-linux-variables', ...common];
}
