// English texts per verdict: title, who acts (one sentence), why (plain), ownerWhy (technical).
export const enVerdicts = {
  'site-ok': {
    title: 'The website works from this computer right now',
    who: 'Nothing is broken on the website or your connection. The hiccup was short, or it is in your browser.',
    why: 'We opened the website several times and it answered normally each time. If your browser still shows the error, it is probably showing an old copy or something in the browser is in the way.',
    ownerWhy: 'Every probe got a normal answer (2xx/3xx) and the other checks passed. The earlier error was transient or client-side (cached error page, extension, stale connection). Watch for recurrences.',
  },
  'site-server-error': {
    title: 'The website itself has a problem',
    who: 'The website’s owner must fix this. Nothing is wrong on your side, so there is no need to restart anything.',
    why: 'Your internet works and other websites open fine. The website’s front door answered, but the part behind it that builds the pages did not reply properly.',
    ownerWhy: 'The gateway or reverse proxy in front of the application answered 502 (or another 5xx) because its upstream failed. Control sites and the local network are healthy, so the fault is on the server side.',
  },
  'site-timeout': {
    title: 'The website is too slow to answer',
    who: 'The website’s owner must fix this. Nothing is wrong on your side.',
    why: 'The website’s front door waited for the part behind it to build the page, gave up, and showed an error. Other websites work normally.',
    ownerWhy: 'The gateway answered 504: the upstream did not respond within the proxy’s read timeout. Look at slow requests, execution limits and load.',
  },
  'site-intermittent': {
    title: 'The website works only some of the time',
    who: 'The website’s owner must fix this. Trying again later may work.',
    why: 'We opened the website several times: some tries worked, others showed an error. This happens when a website is overloaded or one of its servers is broken.',
    ownerWhy: 'Repeated probes returned a mix of success and 5xx. Typical causes: overload, one failing backend in the pool, or health checks that do not take a bad node out of rotation.',
  },
  'cdn-origin-error': {
    title: 'The website’s main server is not answering its delivery network',
    who: 'The website’s owner must fix this. Nothing is wrong on your side.',
    why: 'Big websites use a delivery network that stands in front of their own server. That network answered you, but it could not reach the website’s own server behind it.',
    ownerWhy: 'A CDN edge returned the 5xx on behalf of the site: the origin behind the CDN is failing or unreachable from the CDN (origin down, firewall blocking the CDN’s ranges, TLS or port mismatch).',
  },
  'site-unreachable': {
    title: 'The website does not answer at all',
    who: 'Most likely the website’s owner must fix this; the problem can also be on the way to it.',
    why: 'Your internet works and other websites open, but this website gives no answer from here.',
    ownerWhy: 'Control sites work, but connections to the site time out or are refused. Check that the server is up, that DNS records point to it, and that its firewall lets web traffic in.',
  },
  'proxy-error': {
    title: 'A proxy or VPN on your computer causes the error',
    who: 'You can turn it off, or whoever runs it must fix it.',
    why: 'Your computer sends web traffic through a go-between (a proxy or VPN). That go-between shows the error, but the website works when we go there directly.',
    ownerWhy: 'The configured proxy returned the error while the direct path to the site works. Disable or fix the proxy settings, or ask the proxy’s administrator.',
  },
  'dns-resolver-failing': {
    title: 'Your computer cannot look up website names',
    who: 'You can fix this by switching to another name lookup service. If it keeps happening, tell your internet provider.',
    why: 'Before opening a website, your computer asks a name lookup service where the site lives. Yours does not answer, while other lookup services do.',
    ownerWhy: 'The system DNS resolver times out or fails (SERVFAIL/REFUSED) while the alternative resolvers answer. Switch resolvers or restart the router that forwards DNS.',
  },
  'dns-stale-answer': {
    title: 'Your computer has an old address for this website',
    who: 'You can fix this by clearing the saved addresses or switching the name lookup service.',
    why: 'Your name lookup service gives a different address for this website than other services, and the website works at the other address.',
    ownerWhy: 'The system resolver returns a different address set than the alternatives, and only the alternatives’ address serves the site. Typical after a migration while old records are still cached (TTL).',
  },
  'local-network-down': {
    title: 'Your router does not answer',
    who: 'You can fix this: check your router, cables or Wi-Fi.',
    why: 'Your computer could not reach the box that connects your home to the internet, so no website can load right now.',
    ownerWhy: 'The default gateway does not answer ICMP or TCP probes. The fault is on the local link: router, cable, Wi-Fi association or DHCP lease.',
  },
  'isp-outage': {
    title: 'Your internet provider seems to be down',
    who: 'Your internet provider must fix this.',
    why: 'Your router answers, but nothing behind it does: no website opens. The break is at your internet provider.',
    ownerWhy: 'The default gateway answers, but no control site and no hop beyond the router responds. The outage is upstream of the router, at the ISP.',
  },
  'isp-path-degraded': {
    title: 'The connection is losing data on the way',
    who: 'Your internet provider must fix this. A report helps them find the spot.',
    why: 'On the way to the website, part of the data gets lost. The loss starts after your router and carries on to the website.',
    ownerWhy: 'Packet loss or high latency starts at a hop beyond the router and carries through to the destination, so it is not ICMP rate limiting. Hand the traceroute to the ISP.',
  },
  'firewall-blocking': {
    title: 'A firewall blocks the way to the website',
    who: 'You or your network administrator can allow the website.',
    why: 'The website’s computer answers, but the way into its web pages is blocked. Security software or a firewall is usually the reason.',
    ownerWhy: 'The host answers ping, but TCP 80/443 is refused or silently dropped on the path. Check local security software, network firewalls and the server’s own rules.',
  },
  inconclusive: {
    title: 'We could not find a clear cause',
    who: 'We cannot say for sure who must act. The basic steps below often help.',
    why: 'Some checks gave mixed answers or could not run. Here is what we know; try the steps below, then check again.',
    ownerWhy: 'The evidence conflicts or a check could not run. See the check list below for what is known; work through the server checklist.',
  },
} as const;
