import { isCdnSource } from '../../contract';
import type { SourceId, WhoActs } from '../../contract';

const LABELS: Record<SourceId, string> = {
  nginx: 'nginx',
  apache: 'Apache',
  iis: 'Microsoft IIS',
  haproxy: 'HAProxy',
  envoy: 'Envoy',
  traefik: 'Traefik',
  caddy: 'Caddy',
  varnish: 'Varnish',
  squid: 'a Squid proxy',
  lighttpd: 'lighttpd',
  cloudflare: 'Cloudflare',
  cloudfront: 'Amazon CloudFront',
  akamai: 'Akamai',
  fastly: 'Fastly',
  edgeone: 'Tencent EdgeOne',
  google: 'Google',
  azure: 'Microsoft Azure',
  'aws-elb': 'an Amazon load balancer',
  heroku: 'Heroku',
  'windows-update': 'Windows Update',
  twitter: 'Twitter/X',
  unknown: 'an unknown server',
};

/** Human name of a source, for sentences. */
export function sourceLabel(source: SourceId): string {
  return LABELS[source];
}

/** Extra words for well-known variants (IIS sub-codes, Cloudflare 52x, Heroku router codes...). */
const VARIANT_NOTES: Record<string, string> = {
  'iis-502.1': "The site's program (CGI) took longer than the server allows.",
  'iis-502.2': "The site's program stopped before it finished its answer.",
  'iis-502.3':
    'IIS forwards requests to another program or server (ARR or ASP.NET Core), and that connection failed or timed out.',
  'iis-502.4': 'IIS forwards requests to a group of servers, and none of them was available.',
  'iis-502.5': "The site's ASP.NET Core program did not start (or IIS's WebSocket forwarding failed).",
  'iis-502.6': 'IIS could not forward the request to the server behind it.',
  'iis-502.7': 'IIS could not run the forwarded request.',
  'iis-500.30': "The site's ASP.NET Core program failed to start.",
  'iis-503.0': "The site's application pool is stopped.",
  'iis-503.2': 'The site has reached its limit of requests at once.',
  'cloudflare-520': "The site's server sent Cloudflare an empty or unexpected answer.",
  'cloudflare-521':
    "The site's server refused Cloudflare's connection: it is probably down or blocks Cloudflare.",
  'cloudflare-522': "Cloudflare could not connect to the site's server in time.",
  'cloudflare-523':
    "Cloudflare cannot reach the site's server at all (a DNS or routing problem on the site's side).",
  'cloudflare-524': "The site's server accepted the connection but took too long to answer.",
  'cloudflare-525': "The secure (TLS) handshake between Cloudflare and the site's server failed.",
  'cloudflare-526': "The site's server presented a certificate Cloudflare does not accept.",
  'cloudflare-527': "Cloudflare's Railgun link to the site's server failed.",
  'cloudflare-530': "Cloudflare could not route to the site's server.",
  'heroku-h10': "The site's app crashed.",
  'heroku-h12': "The site's app took longer than 30 seconds to answer.",
  'heroku-h13': "The site's app closed the connection without answering.",
  'heroku-h14': 'The site has no running web process.',
  'heroku-h80': 'The site is in maintenance mode.',
  'envoy-upstream-connect-error':
    'The proxy could not connect to the service behind it, or the connection was cut.',
  'envoy-no-healthy-upstream': 'Every server behind the proxy is marked unhealthy.',
  'apache-proxy-error':
    'Apache passes requests on to another program or server, and got a broken answer from it.',
  'apache-overloaded': 'The server is handling too many requests right now.',
  overloaded: 'The server is handling too many requests right now.',
  'haproxy-no-server': 'The load balancer has no working server to send the request to.',
  'fastly-backend-is-unhealthy': "Fastly marks the site's server as down.",
  'fastly-first-byte-timeout': "The site's server took too long to start answering Fastly.",
  'varnish-backend-fetch-failed': "The cache could not get the page from the site's server.",
  'twitter-over-capacity': 'The service had more visitors than it could handle.',
  'cloudflare-502-at-cloudflare':
    "Cloudflare's page marks its own network, not the site's server, as failing; this usually clears up by itself.",
  'cloudflare-504-at-cloudflare':
    "Cloudflare's page marks its own network, not the site's server, as failing; this usually clears up by itself.",
  'cloudflare-1016':
    "Cloudflare cannot find the address of the site's server (an error in the site's DNS settings).",
  'cloudflare-1020': 'A security rule set by the site blocked this request.',
  'cloudflare-1033': "The tunnel between Cloudflare and the site's server is down.",
  'edgeone-566': 'A security rule set by the site blocked this request.',
  'edgeone-567': 'A security or rate-limit rule set by the site blocked this request.',
  'heroku-h15': "The connection to the site's app was idle for too long.",
  'heroku-h18': "The site's app cut the connection while answering.",
  'heroku-h19': "Heroku could not connect to the site's app in time.",
  'heroku-h20': "The site's app took too long to start.",
  'heroku-h27': 'You closed the request before the app answered.',
  'heroku-h99': "Heroku's own platform had an error.",
  'squid-err-connect-fail':
    "The proxy could not connect to the site: the site may be down, or the proxy's network blocks it.",
  'squid-err-read-timeout': 'The proxy waited too long for the site to answer.',
  'squid-err-dns-fail': "The proxy could not look up the site's address.",
  'squid-err-access-denied': "The proxy's rules do not allow this address.",
  'squid-err-invalid-resp': 'The site sent the proxy an answer it could not understand.',
  'squid-err-zero-size-object': 'The site sent the proxy an empty answer.',
  'squid-err-lifetime-exp': 'The connection through the proxy lasted too long and was closed.',
  'apache-bad-gateway':
    'Apache passes requests on to another program or server, and its answer was malformed.',
  'aws-elb-bad-gateway': "The load balancer could not get a valid answer from the site's servers.",
  'aws-elb-gateway-timeout': "The site's servers did not answer the load balancer in time.",
  'azure-front-door': "Azure Front Door could not reach the site's servers.",
  'iis-http-sys-503': "The site's application pool is stopped or keeps crashing.",
  'google-temporary-error': 'A Google service (such as Gmail) had a temporary problem.',
  'heroku-application-error': "The site's app crashed or is not running.",
  'proxy-error-page':
    "Such pages usually come from the site's reverse proxy; if you use a proxy or VPN yourself, try without it.",
  'temporary-error': 'The service had a short-lived problem.',
};

/** Who most likely has to act for this status and source. */
export function whoActsFor(status: number | null, source: SourceId): WhoActs {
  if (source === 'windows-update') return 'you';
  if (source === 'squid') return 'proxy-admin';
  if (status === null) return source === 'unknown' ? 'unknown' : 'site-owner';
  if (status === 407) return 'proxy-admin';
  if (status === 400 || status === 408 || status === 429) return 'you';
  if (status < 400) return 'you';
  return 'site-owner';
}

/** How a source is named as the subject of a sentence about the site. */
const SUBJECTS: Partial<Record<SourceId, string>> = {
  iis: "The site's IIS web server",
  haproxy: "The site's HAProxy load balancer",
  envoy: "The site's Envoy proxy",
  traefik: "The site's Traefik proxy",
  varnish: "The site's Varnish cache",
  'aws-elb': "The site's Amazon load balancer",
  heroku: "Heroku's router, in front of the site's app,",
  twitter: 'Twitter/X',
  google: "Google's front-end servers",
  azure: 'Microsoft Azure, in front of the site,',
  squid: 'A Squid proxy between you and the site',
};

function subject(source: SourceId, cdn: SourceId | null, status: number | null): string {
  if (source === 'unknown') {
    if (status === 407) return 'A proxy between you and the site';
    return cdn !== null
      ? `The site's server (behind ${sourceLabel(cdn)})`
      : "A server on the way, most often the site's own gateway,";
  }
  const named = SUBJECTS[source];
  if (named !== undefined) return named;
  if (isCdnSource(source)) return `${sourceLabel(source)}, the network in front of the site,`;
  const base = `The site's ${sourceLabel(source)} server`;
  return cdn !== null && cdn !== source ? `${base} (behind ${sourceLabel(cdn)})` : base;
}

function whatHappened(status: number | null): string {
  if (status === null) return 'reported an error';
  if (status === 502) return 'passed your request on but got no usable answer back (502 Bad Gateway)';
  if (status === 504) return 'passed your request on but the answer took too long (504 Gateway Timeout)';
  if (status === 503)
    return 'cannot take requests right now: overloaded, in maintenance, or nothing working behind it (503 Service Unavailable)';
  if (status === 500) return 'failed while building the page (500 Internal Server Error)';
  if (status >= 520 && status <= 530)
    return `could not get a proper answer from the site's own server (error ${status})`;
  if (status >= 500) return `reported a server-side error (${status})`;
  if (status === 407) return 'asks for a proxy login (407)';
  if (status === 429) return 'says too many requests came from you (429)';
  if (status === 403) return 'refused access (403 Forbidden)';
  if (status === 404) return 'could not find that page (404 Not Found)';
  if (status >= 400) return `rejected the request (${status})`;
  return `answered normally (${status})`;
}

function whoSentence(who: WhoActs, status: number | null): string {
  switch (who) {
    case 'site-owner':
      return "This is on the site's side: only its owner can fix it, so retry later or let them know.";
    case 'you':
      if (status === 429) return 'Wait a few minutes, then try again.';
      if (status === 400) return "Clear this site's cookies and cache, then try again.";
      if (status === 408) return 'Check your connection, then try again.';
      return 'This is something you can act on from your computer.';
    case 'proxy-admin':
      return "Whoever runs that proxy (you, your VPN, or your network's admin) has to look at it.";
    case 'isp':
      return 'Your internet provider has to act.';
    case 'network-admin':
      return 'Your network administrator has to act.';
    case 'unknown':
      return 'We cannot tell yet who must act; run a full check of the site.';
  }
}

/** One to three plain sentences for a non-technical reader. */
export function buildSummary(r: {
  status: number | null;
  source: SourceId;
  variant: string | null;
  cdn: SourceId | null;
  whoActs: WhoActs;
}): string {
  if (r.source === 'windows-update') {
    return `Windows Update could not reach Microsoft's servers: a proxy or gateway between your computer and them gave a bad answer (code ${r.variant?.replace('windows-update-', '') ?? ''}). Check your proxy or VPN settings and try again later; on a work computer, ask your IT team.`;
  }
  if (r.source === 'unknown' && r.status === null) {
    return 'We could not recognise an HTTP error in this text. Paste the whole error page, or run a full check of the site.';
  }
  if (r.status !== null && r.status < 400) {
    const from = r.source === 'unknown' ? 'The site' : `The site's ${sourceLabel(r.source)} server`;
    return `${from} answered normally (${r.status}), so this is not a server error. If your browser still shows an error, the cause is probably on your side: reload, clear this site's cache, or try another browser.`;
  }
  const note = r.variant !== null ? VARIANT_NOTES[r.variant] : undefined;
  const who = subject(r.source, r.cdn, r.status);
  // A proxy's own note says more than the generic status words do.
  const first =
    r.source === 'squid' && note !== undefined
      ? `${who} answered with an error${r.status !== null ? ` (${r.status})` : ''}.`
      : `${who} ${whatHappened(r.status)}.`;
  return [first, note, whoSentence(r.whoActs, r.status)].filter((x) => x !== undefined).join(' ');
}
