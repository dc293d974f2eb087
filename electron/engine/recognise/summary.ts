import type { SourceId, WhoActs } from '../../contract/diagnosis';

/** CDN and edge networks: when one of them wrote the page, the origin behind it is usually at fault. */
export const CDN_SOURCES: ReadonlySet<SourceId> = new Set<SourceId>([
  'cloudflare', 'cloudfront', 'akamai', 'fastly', 'edgeone', 'azure', 'google',
]);

const LABELS: Record<SourceId, string> = {
  nginx: 'nginx', apache: 'Apache', iis: 'Microsoft IIS', haproxy: 'HAProxy', envoy: 'Envoy', traefik: 'Traefik',
  caddy: 'Caddy', varnish: 'Varnish', squid: 'a Squid proxy', lighttpd: 'lighttpd', cloudflare: 'Cloudflare',
  cloudfront: 'Amazon CloudFront', akamai: 'Akamai', fastly: 'Fastly', edgeone: 'Tencent EdgeOne', google: 'Google',
  azure: 'Microsoft Azure', 'aws-elb': 'an Amazon load balancer', heroku: 'Heroku', 'windows-update': 'Windows Update',
  twitter: 'Twitter/X', unknown: 'an unknown server',
};

/** Human name of a source, for sentences. */
export function sourceLabel(source: SourceId): string {
  return LABELS[source];
}

/** Extra words for well-known variants (IIS sub-codes, Cloudflare 52x, Heroku router codes...). */
const VARIANT_NOTES: Record<string, string> = {
  'iis-502.1': 'The site\'s program (CGI) took longer than the server allows.',
  'iis-502.2': 'The site\'s program stopped before it finished its answer.',
  'iis-502.3': 'IIS forwards requests to another program or server (ARR or ASP.NET Core), and that connection failed or timed out.',
  'iis-502.4': 'IIS forwards requests to a group of servers, and none of them was available.',
  'iis-502.5': 'The site\'s ASP.NET Core program did not start (or IIS\'s WebSocket forwarding failed).',
  'iis-502.6': 'IIS could not forward the request to the server behind it.',
  'iis-502.7': 'IIS could not run the forwarded request.',
  'iis-500.30': 'The site\'s ASP.NET Core program failed to start.',
  'iis-503.0': 'The site\'s application pool is stopped.',
  'iis-503.2': 'The site has reached its limit of requests at once.',
  'cloudflare-520': 'The site\'s server sent Cloudflare an empty or unexpected answer.',
  'cloudflare-521': 'The site\'s server refused Cloudflare\'s connection: it is probably down or blocks Cloudflare.',
  'cloudflare-522': 'Cloudflare could not connect to the site\'s server in time.',
  'cloudflare-523': 'Cloudflare cannot reach the site\'s server at all (a DNS or routing problem on the site\'s side).',
  'cloudflare-524': 'The site\'s server accepted the connection but took too long to answer.',
  'cloudflare-525': 'The secure (TLS) handshake between Cloudflare and the site\'s server failed.',
  'cloudflare-526': 'The site\'s server presented a certificate Cloudflare does not accept.',
  'cloudflare-527': 'Cloudflare\'s Railgun link to the site\'s server failed.',
  'cloudflare-530': 'Cloudflare could not route to the site\'s server.',
  'heroku-h10': 'The site\'s app crashed.',
  'heroku-h12': 'The site\'s app took longer than 30 seconds to answer.',
  'heroku-h13': 'The site\'s app closed the connection without answering.',
  'heroku-h14': 'The site has no running web process.',
  'heroku-h80': 'The site is in maintenance mode.',
  'envoy-upstream-connect-error': 'The proxy could not connect to the service behind it, or the connection was cut.',
  'envoy-no-healthy-upstream': 'Every server behind the proxy is marked unhealthy.',
  'apache-proxy-error': 'Apache passes requests on to another program or server, and got a broken answer from it.',
  'apache-overloaded': 'The server is handling too many requests right now.',
  'overloaded': 'The server is handling too many requests right now.',
  'haproxy-no-server': 'The load balancer has no working server to send the request to.',
  'fastly-backend-is-unhealthy': 'Fastly marks the site\'s server as down.',
  'fastly-first-byte-timeout': 'The site\'s server took too long to start answering Fastly.',
  'varnish-backend-fetch-failed': 'The cache could not get the page from the site\'s server.',
  'twitter-over-capacity': 'The service had more visitors than it could handle.',
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

function whatHappened(status: number | null): string {
  if (status === null) return 'reported an error';
  if (status === 502) return 'got no usable answer from the server behind it (502 Bad Gateway)';
  if (status === 504) return 'waited too long for the server behind it (504 Gateway Timeout)';
  if (status === 503) return 'is overloaded, in maintenance, or has no working server behind it (503 Service Unavailable)';
  if (status === 500) return 'failed while building the page (500 Internal Server Error)';
  if (status >= 520 && status <= 530) return `could not get a proper answer from the site's own server (error ${status})`;
  if (status >= 500) return `reported a server-side error (${status})`;
  if (status === 407) return 'asks for a proxy login (407)';
  if (status === 429) return 'says too many requests came from you (429)';
  if (status === 403) return 'refused access (403 Forbidden)';
  if (status === 404) return 'could not find that page (404 Not Found)';
  if (status >= 400) return `rejected the request (${status})`;
  return `answered normally (${status})`;
}

function whoSentence(who: WhoActs): string {
  switch (who) {
    case 'site-owner': return 'This is on the site\'s side: only its owner can fix it, so retry later or let them know.';
    case 'you': return 'This is something you can act on from your computer.';
    case 'proxy-admin': return 'Whoever runs that proxy (you, your VPN, or your network\'s admin) has to look at it.';
    case 'isp': return 'Your internet provider has to act.';
    case 'network-admin': return 'Your network administrator has to act.';
    case 'unknown': return 'We cannot tell yet who must act; run a full check of the site.';
  }
}

/** One to three plain sentences for a non-technical reader. */
export function buildSummary(r: { status: number | null; source: SourceId; variant: string | null; cdn: SourceId | null; whoActs: WhoActs }): string {
  if (r.source === 'windows-update') {
    return `Windows Update could not reach Microsoft's servers: a proxy or gateway between your computer and them gave a bad answer (code ${r.variant?.replace('windows-update-', '') ?? ''}). Check your proxy or VPN settings and try again later; on a work computer, ask your IT team.`;
  }
  if (r.source === 'unknown' && r.status === null) {
    return 'We could not recognise an HTTP error in this text. Paste the whole error page, or run a full check of the site.';
  }
  const note = r.variant !== null ? VARIANT_NOTES[r.variant] : undefined;
  let who: string;
  if (r.source === 'unknown') who = r.cdn !== null ? `The site (behind ${sourceLabel(r.cdn)})` : 'The site\'s server';
  else if (r.source === 'squid') who = 'A Squid proxy between you and the site';
  else if (CDN_SOURCES.has(r.source)) who = `${sourceLabel(r.source)}, the network in front of the site,`;
  else if (r.cdn !== null && r.cdn !== r.source) who = `The site's ${sourceLabel(r.source)} server (behind ${sourceLabel(r.cdn)})`;
  else who = `The site's ${sourceLabel(r.source)} server`;
  const parts = [`${who} ${whatHappened(r.status)}.`];
  if (note !== undefined) parts.push(note);
  parts.push(whoSentence(r.whoActs));
  return parts.join(' ');
}
