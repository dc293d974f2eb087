import type { WhoActs } from '../../contract';

/** A browser's own error screen: no HTTP answer reached the browser at all. */
export interface BrowserError {
  variant: string;
  whoActs: WhoActs;
  summary: string;
}

const CHECK = 'Run a full check of the site to see where it stops.';

/** Chrome/Edge net error codes (and Firefox screen titles) people paste, with what they mean. */
const TABLE: [RegExp, string, WhoActs, string][] = [
  [
    /\bdns_probe_finished_nxdomain\b|\berr_name_not_resolved\b|\bhmm\. we're having trouble finding that site\b|\bserver not found\b/,
    'browser-name-not-resolved',
    'unknown',
    `Your browser could not find the site's address: the name may be mistyped, the site's DNS may be broken, or your DNS server may be failing. ${CHECK}`,
  ],
  [
    /\bdns_probe_finished_bad_config\b/,
    'browser-dns-bad-config',
    'you',
    "Your computer's DNS settings are not working. Switching to another DNS server or restarting the router usually helps.",
  ],
  [
    /\bdns_probe_finished_no_internet\b|\berr_internet_disconnected\b|\byou(?:'re| are) offline\b/,
    'browser-offline',
    'you',
    'Your computer is not connected to the internet. Check the Wi-Fi or cable and restart the router.',
  ],
  [
    /\berr_proxy_connection_failed\b|\berr_tunnel_connection_failed\b|\bthe proxy server is refusing connections\b|\berr_proxy_certificate_invalid\b/,
    'browser-proxy-failed',
    'proxy-admin',
    'Your browser is set to use a proxy, and the proxy does not work. Turn the proxy or VPN off, or ask whoever runs it.',
  ],
  [
    /\berr_connection_refused\b|\bunable to connect\b/,
    'browser-connection-refused',
    'unknown',
    `The site's server refused the connection: it may be down, or a firewall may block it. ${CHECK}`,
  ],
  [
    /\berr_connection_timed_out\b|\berr_timed_out\b|\bthe connection has timed out\b/,
    'browser-connection-timed-out',
    'unknown',
    `The site did not answer in time. The site may be down, or something on the way may be blocking it. ${CHECK}`,
  ],
  [
    /\berr_connection_reset\b|\bthe connection was reset\b|\berr_connection_closed\b/,
    'browser-connection-reset',
    'unknown',
    `The connection to the site was cut. A firewall, security software or the site itself may be the cause. ${CHECK}`,
  ],
  [
    /\berr_empty_response\b/,
    'browser-empty-response',
    'site-owner',
    "The site's server closed the connection without sending anything. Only the site's owner can fix that; retry later.",
  ],
  [
    /\berr_address_unreachable\b|\berr_network_access_denied\b/,
    'browser-network-unreachable',
    'unknown',
    `Your computer found no route to the site. ${CHECK}`,
  ],
  [
    /\berr_network_changed\b/,
    'browser-network-changed',
    'you',
    'Your network connection changed while the page loaded. Reload the page.',
  ],
  [
    /\berr_too_many_redirects\b|\bthe page isn't redirecting properly\b/,
    'browser-too-many-redirects',
    'you',
    "The site keeps sending your browser in circles. Clear this site's cookies; if that does not help, the site's owner must fix it.",
  ],
  [
    /\berr_cert_date_invalid\b/,
    'browser-cert-date-invalid',
    'you',
    "The site's security certificate looks expired. Check your computer's date and time; if they are right, the site's owner must renew it.",
  ],
  [
    /\berr_cert_[a-z_]{2,30}\b|\berr_ssl_[a-z_]{2,30}\b|\bsec_error_[a-z_]{2,30}\b|\bssl_error_[a-z_]{2,30}\b/,
    'browser-tls-error',
    'unknown',
    `The secure connection to the site failed. Security software that inspects HTTPS, a wrong clock, or the site's certificate may be the cause. ${CHECK}`,
  ],
];

/** Recognises a browser's own error code or screen in pasted text (only for short pastes). */
export function matchBrowserError(lower: string): BrowserError | null {
  if (lower.length > 4000) return null;
  for (const [re, variant, whoActs, summary] of TABLE) {
    if (re.test(lower)) return { variant, whoActs, summary };
  }
  return null;
}
