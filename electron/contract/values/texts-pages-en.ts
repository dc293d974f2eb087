// English names of the software and services that write error pages, and what each code they
// print means (one sentence per code in PAGE_CODES). Part of the English text catalog.
import type { PageCodeId } from './page-codes';
import type { SourceId } from './ids';

/** How a source is named after "from" / "behind" in a sentence. */
export const sourcesEn = {
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
  vercel: 'Vercel',
  netlify: 'Netlify',
  'aws-api-gateway': 'Amazon API Gateway',
  kong: 'a Kong API gateway',
  unknown: 'an unknown server',
} as const satisfies Readonly<Record<SourceId, string>>;

const IP_BANNED =
  "The site's owner has blocked your internet address with Cloudflare. If you use a VPN, try without it; otherwise only the owner can let you in.";
const GOOGLE = "Google's servers had a temporary error. Try again in 30 seconds.";
const GOOGLE_ANY = "Google's servers had an error; this is usually temporary.";
const REWRITE = "A rule the site's owner set up at Cloudflare to rewrite requests is broken.";

/** What each page code means, in one plain sentence. */
export const pageCodesEn = {
  'iis-500.30': "The site's ASP.NET Core program failed to start.",
  'iis-502.1': "The site's program (CGI) took longer than the server allows.",
  'iis-502.2': "The site's program stopped before it finished its answer.",
  'iis-502.3':
    'IIS forwards requests to another program or server (ARR or ASP.NET Core), and that connection failed or timed out.',
  'iis-502.4': 'IIS forwards requests to a group of servers, and none of them was available.',
  'iis-502.5': "The site's ASP.NET Core program did not start (or IIS's WebSocket forwarding failed).",
  'iis-502.6': 'IIS could not forward the request to the server behind it.',
  'iis-502.7': 'IIS could not run the forwarded request.',
  'iis-503.0': "The site's application pool is stopped.",
  'iis-503.2': 'The site has reached its limit of requests at once.',
  'iis-http-sys-503': "The site's application pool is stopped or keeps crashing.",
  'cloudflare-502': "Cloudflare reached the site's server but got no valid answer from it.",
  'cloudflare-504': "Cloudflare reached the site's server but its answer took too long.",
  'cloudflare-502-at-cloudflare':
    "Cloudflare's page marks its own network, not the site's server, as failing; this usually clears up by itself.",
  'cloudflare-504-at-cloudflare':
    "Cloudflare's page marks its own network, not the site's server, as failing; this usually clears up by itself.",
  'cloudflare-520': "The site's server sent Cloudflare an empty or unexpected answer (unknown error).",
  'cloudflare-521':
    "The site's web server is down: it refused Cloudflare's connection, or blocks Cloudflare.",
  'cloudflare-522': "Cloudflare could not connect to the site's server in time (connection timed out).",
  'cloudflare-523':
    "Cloudflare cannot reach the site's server at all (origin unreachable: a DNS or routing problem on the site's side).",
  'cloudflare-524':
    "The site's server accepted Cloudflare's connection but took too long to answer (a timeout occurred).",
  'cloudflare-525': "The secure (TLS) handshake between Cloudflare and the site's server failed.",
  'cloudflare-526':
    "The site's server presented a certificate Cloudflare does not accept (invalid certificate).",
  'cloudflare-527': "Cloudflare's Railgun link to the site's server failed.",
  'cloudflare-530':
    "Cloudflare could not reach the site's server; the 1xxx code on the same page names the reason.",
  'cloudflare-1000':
    "The site's address settings at Cloudflare point back at Cloudflare itself (DNS points to a prohibited address).",
  'cloudflare-1001':
    'Cloudflare could not resolve this address: the name is not set up on Cloudflare or points to a name that does not resolve.',
  'cloudflare-1002': "The site's address settings at Cloudflare point to an address that is not allowed.",
  'cloudflare-1003':
    "The site was opened by its numeric internet address; Cloudflare sites only work by name. Type the site's name instead.",
  'cloudflare-1004':
    'Cloudflare is not (or not yet) set up to serve this site; new settings may still be on their way.',
  'cloudflare-1005':
    "The site's owner has blocked the network your connection comes from. If you use a VPN, try without it.",
  'cloudflare-1006': IP_BANNED,
  'cloudflare-1007': IP_BANNED,
  'cloudflare-1008': IP_BANNED,
  'cloudflare-1106': IP_BANNED,
  'cloudflare-1009': "The site's owner does not allow visitors from your country or region.",
  'cloudflare-1010':
    "The site's owner blocks your browser based on its signature (often automated tools or unusual extensions).",
  'cloudflare-1011': "The site's owner does not allow its files to be shown on other websites (hotlinking).",
  'cloudflare-1012':
    "The site's owner blocked your address because of suspicious traffic from it; a virus scan on this computer is worth a try.",
  'cloudflare-1013':
    'Your browser asked for one site name and used another for the secure connection; a proxy or security software is often the cause.',
  'cloudflare-1014':
    "The site's address points to a Cloudflare site of another account, which is not allowed.",
  'cloudflare-1015': 'You are being rate limited: too many requests came from your address. Wait a while.',
  'cloudflare-1016':
    "Cloudflare cannot find the address of the site's server (origin DNS error in the site's settings).",
  'cloudflare-1018':
    'Cloudflare could not find the site (host not found); it may have been added to Cloudflare only recently.',
  'cloudflare-1019': "The site's Cloudflare Worker (a program it runs on Cloudflare) keeps calling itself.",
  'cloudflare-1020': 'Access denied: a firewall rule the site set up at Cloudflare blocked this request.',
  'cloudflare-1023': 'Cloudflare could not find the site (host not found).',
  'cloudflare-1025': "The site's Cloudflare Workers plan has reached its daily limit. Check back later.",
  'cloudflare-1033':
    "The tunnel between Cloudflare and the site's server (Argo Tunnel) is down or cannot be found.",
  'cloudflare-1034':
    "The site's address points to a Cloudflare address it may not use (edge address restricted).",
  'cloudflare-1035': REWRITE,
  'cloudflare-1036': REWRITE,
  'cloudflare-1037': REWRITE,
  'cloudflare-1040': REWRITE,
  'cloudflare-1041': REWRITE,
  'cloudflare-1101': "The site's Cloudflare Worker (a program it runs on Cloudflare) crashed.",
  'cloudflare-1102': "The site's Cloudflare Worker used more computing time or memory than allowed.",
  'cloudflare-1104':
    'A Cloudflare account error: a variation of this e-mail address is already taken. It is not about the website.',
  'cloudflare-1200':
    "Too many requests are waiting at Cloudflare's cache for this site (cache connection limit).",
  'heroku-application-error': "The site's app crashed or is not running.",
  'heroku-h10': "The site's app crashed.",
  'heroku-h11': "The site's app has too many requests waiting.",
  'heroku-h12': "The site's app took longer than 30 seconds to answer.",
  'heroku-h13': "The site's app closed the connection without answering.",
  'heroku-h14': 'The site has no running web process.',
  'heroku-h15': "The connection to the site's app was idle for too long.",
  'heroku-h17': "The site's app sent a malformed answer.",
  'heroku-h18': "The site's app cut the connection while answering.",
  'heroku-h19': "Heroku could not connect to the site's app in time.",
  'heroku-h20': "The site's app took too long to start.",
  'heroku-h21': "The site's app refused Heroku's connection.",
  'heroku-h22': "The site's app has reached its limit of connections.",
  'heroku-h23': "The site's connection settings at Heroku are wrong.",
  'heroku-h24': "Heroku closed a connection to the site's app that lasted too long.",
  'heroku-h25': 'Heroku blocked a request that did not follow its rules.',
  'heroku-h26': 'Heroku could not read the request your browser sent.',
  'heroku-h27': 'The request was closed (by you or your browser) before the app answered.',
  'heroku-h28': 'Your side of the connection was idle for too long.',
  'heroku-h80': 'The site is in maintenance mode.',
  'heroku-h81': 'Nothing has been put on this Heroku app yet.',
  'heroku-h82': "The site's free Heroku hours are used up.",
  'heroku-h99': "Heroku's own platform had an error.",
  'heroku-no-such-app': 'There is no Heroku app at this address: it was removed, or the address is wrong.',
  'vercel-no-response-from-function': "The site's server function on Vercel gave no answer.",
  'vercel-function-invocation-failed': "The site's server function on Vercel crashed.",
  'vercel-function-invocation-timeout': "The site's server function on Vercel took longer than allowed.",
  'vercel-function-throttled': "The site's server functions on Vercel are busy with too many requests.",
  'vercel-function-payload-too-large': 'What your browser sent was larger than the site accepts.',
  'vercel-function-response-payload-too-large':
    "The site's server function on Vercel built an answer larger than allowed.",
  'vercel-edge-function-invocation-failed': "The site's edge function on Vercel crashed.",
  'vercel-edge-function-invocation-timeout': "The site's edge function on Vercel took longer than allowed.",
  'vercel-middleware-invocation-failed': "The site's middleware on Vercel crashed.",
  'vercel-middleware-invocation-timeout': "The site's middleware on Vercel took longer than allowed.",
  'vercel-deployment-not-found':
    'There is no Vercel deployment at this address: it was removed, or the address is wrong.',
  'vercel-deployment-paused': "The site's owner has paused it on Vercel.",
  'vercel-deployment-disabled': 'Vercel has disabled the site (often an account or payment limit).',
  'vercel-deployment-blocked': 'Vercel has blocked the site.',
  'vercel-deployment-deleted': 'The site was deleted from Vercel.',
  'vercel-not-found': 'This page does not exist on the site.',
  'vercel-dns-hostname-not-found': 'Vercel could not find the address of the server the site forwards to.',
  'vercel-dns-hostname-resolve-failed':
    'Vercel could not look up the address of the server the site forwards to.',
  'vercel-router-cannot-match': "Vercel could not match the request to the site's routing rules.",
  'vercel-router-external-target-connection-error':
    'Vercel could not connect to the outside server the site forwards to.',
  'vercel-router-external-target-error': 'The outside server the site forwards to gave Vercel an error.',
  'vercel-infinite-loop-detected': "The site's routing sends requests around in a loop.",
  'vercel-internal-unexpected-error': "Vercel's own platform had an error.",
  'netlify-page-not-found': 'This page does not exist on the site. Check the address.',
  'netlify-site-not-found':
    'There is no Netlify site at this address: it was removed, or its address settings are wrong.',
  'netlify-function-crashed': "The site's server function on Netlify crashed.",
  'netlify-error': 'Netlify could not serve the page because something on the site went wrong.',
  'aws-api-gateway-internal-error':
    'The program behind the API gateway failed or sent an answer the gateway could not use.',
  'aws-api-gateway-timeout':
    'The program behind the API gateway did not answer in time (endpoint request timed out).',
  'aws-api-gateway-unavailable': 'The program behind the API gateway was not available or too slow.',
  'aws-api-gateway-missing-token':
    'The API gateway has nothing at this address, or the request lacked its credentials.',
  'aws-api-gateway-forbidden': 'The API gateway does not allow this request.',
  'aws-api-gateway-throttled': 'Too many requests reached the API gateway. Wait a little, then try again.',
  'aws-elb-bad-gateway': "The load balancer could not get a valid answer from the site's servers.",
  'aws-elb-gateway-timeout': "The site's servers did not answer the load balancer in time.",
  'aws-elb-service-unavailable': 'The load balancer has no healthy server to send the request to.',
  'kong-invalid-upstream-response': 'The service behind the API gateway sent an invalid answer.',
  'kong-no-peer':
    'The API gateway has no healthy server to send the request to (failure to get a peer from the ring-balancer).',
  'kong-upstream-timeout': 'The service behind the API gateway did not answer in time.',
  'kong-name-resolution-failed': 'The API gateway could not look up the address of the service behind it.',
  'kong-no-route': 'The API gateway has no route for this address.',
  'kong-rate-limited': 'Too many requests came from you. Wait a little, then try again.',
  'envoy-upstream-connect-error':
    'The proxy could not connect to the service behind it, or the connection was cut.',
  'envoy-no-healthy-upstream': 'Every server behind the proxy is marked unhealthy.',
  'envoy-upstream-timeout': 'The service behind the proxy did not answer in time.',
  'apache-proxy-error':
    'Apache passes requests on to another program or server, and got a broken answer from it.',
  'apache-bad-gateway':
    'Apache passes requests on to another program or server, and its answer was malformed.',
  'apache-overloaded': 'The server is handling too many requests right now.',
  'haproxy-no-server': 'The load balancer has no working server to send the request to.',
  'fastly-backend-is-unhealthy': "Fastly marks the site's server as down.",
  'fastly-first-byte-timeout': "The site's server took too long to start answering Fastly.",
  'varnish-backend-fetch-failed': "The cache could not get the page from the site's server.",
  'edgeone-566': 'A security rule set by the site blocked this request.',
  'edgeone-567': 'A security or rate-limit rule set by the site blocked this request.',
  'azure-front-door': "Azure Front Door could not reach the site's servers.",
  'google-server-error': GOOGLE,
  'google-500': GOOGLE_ANY,
  'google-502': GOOGLE,
  'google-503': GOOGLE_ANY,
  'google-504': GOOGLE_ANY,
  'google-temporary-error': 'A Google service (such as Gmail) had a temporary problem.',
  'twitter-over-capacity': 'The service had more visitors than it could handle.',
  'squid-err-connect-fail':
    "The proxy could not connect to the site: the site may be down, or the proxy's network blocks it.",
  'squid-err-read-timeout': 'The proxy waited too long for the site to answer.',
  'squid-err-dns-fail': "The proxy could not look up the site's address.",
  'squid-err-access-denied': "The proxy's rules do not allow this address.",
  'squid-err-invalid-resp': 'The site sent the proxy an answer it could not understand.',
  'squid-err-zero-size-object': 'The site sent the proxy an empty answer.',
  'squid-err-lifetime-exp': 'The connection through the proxy lasted too long and was closed.',
  overloaded: 'The server is handling too many requests right now.',
  'proxy-error-page':
    "Such pages usually come from the site's reverse proxy; if you use a proxy or VPN yourself, try without it.",
  'temporary-error': 'The service had a short-lived problem.',
} as const satisfies Readonly<Record<PageCodeId, string>>;
