import { isCdnSource, isPageCodeId, pageCode, textsFor } from '../../contract';
import type { Language, PageCodeId, SourceId, WhoActs } from '../../contract';

/** Human name of a source, for sentences ("from Cloudflare"), in `lang` (English by default). */
export function sourceLabel(source: SourceId, lang: Language = 'en'): string {
  return textsFor(lang).sources[source];
}

/** What a known page code means, in `lang` (English by default). */
export function pageCodeMeaning(id: PageCodeId, lang: Language = 'en'): string {
  return textsFor(lang).pageCodes[id];
}

/** Who most likely has to act for this status and source (a known page code says it exactly). */
export function whoActsFor(status: number | null, source: SourceId, variant: string | null = null): WhoActs {
  if (isPageCodeId(variant)) return pageCode(variant).whoActs;
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
  vercel: 'Vercel, which hosts the site,',
  netlify: 'Netlify, which hosts the site,',
  'aws-api-gateway': "The site's Amazon API Gateway",
  kong: "The site's Kong API gateway",
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
  const note = isPageCodeId(r.variant) ? pageCodeMeaning(r.variant) : undefined;
  const who = subject(r.source, r.cdn, r.status);
  // A proxy's own note says more than the generic status words do.
  const first =
    r.source === 'squid' && note !== undefined
      ? `${who} answered with an error${r.status !== null ? ` (${r.status})` : ''}.`
      : `${who} ${whatHappened(r.status)}.`;
  return [first, note, whoSentence(r.whoActs, r.status)].filter((x) => x !== undefined).join(' ');
}
