import type { OsKind } from '../platform/types';
import type { BrowserId } from './browsers';

/**
 * Exact menu paths to clear one site's stored data, per browser (current desktop versions).
 * Only this site's data goes: passwords and other sites stay.
 */
type GuideBrowser = 'chrome' | 'edge' | 'firefox' | 'safari';

const CLEAR_SITE_CACHE_STEPS: Readonly<Record<GuideBrowser, readonly string[]>> = {
  chrome: [
    'Google Chrome: open the site, then click the icon just left of the web address (the "View site information" button).',
    'Choose "Cookies and site data", then "Manage on-device site data".',
    'Click the bin icon next to each entry of this site, then "Done".',
    'Reload the page while holding Shift (or press Ctrl+Shift+R; Cmd+Shift+R on a Mac).',
  ],
  edge: [
    'Microsoft Edge: open the site, then click the lock icon just left of the web address.',
    'Choose "Cookies and site data", then "Manage cookies and site data".',
    'Click the bin icon next to this site, then close the panel.',
    'Reload the page with Ctrl+Shift+R (Cmd+Shift+R on a Mac).',
  ],
  firefox: [
    'Mozilla Firefox: open the site, then click the lock icon just left of the web address.',
    'Choose "Clear cookies and site data…".',
    'Confirm with "Remove".',
    'Reload the page with Ctrl+Shift+R (Cmd+Shift+R on a Mac).',
  ],
  safari: [
    'Safari: in the menu bar choose Safari → Settings… (Preferences… on older versions).',
    'Open the "Privacy" tab and click "Manage Website Data…".',
    'Type the site\'s name in the search field, select it and click "Remove", then "Done".',
    'Reload the page with Option+Cmd+R.',
  ],
};

/** The steps for one browser, or for all four when the browser is not known. */
export function clearSiteCacheSteps(browser?: BrowserId): string[] {
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
export const RESTART_ROUTER_STEPS: readonly string[] = [
  'Find your router (the box your internet cable or fibre goes into; it often has blinking lights).',
  'Unplug its power cable, or switch it off with its power button.',
  'Wait 30 seconds, then plug it back in or switch it on.',
  'Leave this window open: we check every few seconds and tell you as soon as the router answers again (this usually takes one to three minutes).',
];

/** Turning off a proxy, per OS. */
export function disableProxySteps(os: OsKind): string[] {
  const common = [
    'If a VPN or security program set the proxy, switch it off there instead, or ask whoever runs it.',
    'Then press "Check again" so we can test the site without the proxy.',
  ];
  if (os === 'win32') {
    return [
      'Open Start → Settings → Network & internet → Proxy.',
      'Under "Automatic proxy setup", turn "Automatically detect settings" on and turn "Use setup script" off (unless your workplace needs it).',
      'Under "Manual proxy setup", click "Edit" (or "Set up") and turn "Use a proxy server" off, then "Save".',
      ...common,
    ];
  }
  if (os === 'darwin') {
    return [
      'Open Apple menu → System Settings → Network.',
      'Select the connection you use (Wi-Fi or Ethernet) and click "Details…".',
      'Choose "Proxies" and turn off every proxy switch (Web, Secure web, Automatic proxy configuration), then "OK".',
      ...common,
    ];
  }
  return [
    'GNOME: open Settings → Network → Network Proxy and choose "Disabled". KDE: System Settings → Network → Proxy → "No proxy".',
    'In a terminal, check that HTTP_PROXY, HTTPS_PROXY and ALL_PROXY are not set (run "env | grep -i proxy"); remove them from ~/.profile or ~/.bashrc if they are.',
    ...common,
  ];
}
