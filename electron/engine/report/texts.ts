import type { VerdictId, WhoActs } from '../../contract';

/** Report wording per verdict: a title, one plain headline, and what to ask whoever must act. */
export interface VerdictWording {
  title: string;
  headline: string;
  askThem: string[];
}

// English only: the report is a document sent to support desks; the UI localises on its side.
export const VERDICT_WORDING: Record<VerdictId, VerdictWording> = {
  'site-ok': {
    title: 'The site works from this computer now',
    headline:
      'The site answered normally when we checked. The error was short-lived or sits in the browser (its cache, an extension or a stuck tab).',
    askThem: ['Nothing to ask anyone yet: reload the page, and if the error comes back, run the check again at that moment.'],
  },
  'site-server-error': {
    title: "The site's own server is failing",
    headline:
      "Your connection is fine: other sites work. The site's front server answered with an error because the program behind it did not reply properly. Only the site's owner can fix this.",
    askThem: [
      'Tell the site: your front server (gateway / reverse proxy) returns this error for the address below at the time below.',
      'Ask them to check that the application behind the proxy is running, and to look at its error log for that time.',
    ],
  },
  'site-timeout': {
    title: "The site's server is too slow to answer",
    headline:
      "Your connection is fine. The site's front server gave up waiting for the program behind it, which took too long. Only the site's owner can fix this.",
    askThem: [
      'Tell the site: your gateway answers 504 (timed out waiting for the application) for the address below.',
      'Ask them to look for slow requests, overloaded workers or time limits that are too short.',
    ],
  },
  'site-intermittent': {
    title: 'The site fails some of the time',
    headline:
      'Some of our requests to the site worked and others failed with a server error. This usually means the site is overloaded or one of its servers is broken.',
    askThem: [
      'Tell the site: repeated requests alternate between success and a server error (counts below).',
      'Ask them to check the health of every backend server and their capacity.',
    ],
  },
  'cdn-origin-error': {
    title: "The site's CDN cannot reach the site's own server",
    headline:
      "Your connection reaches the site's delivery network (CDN) fine, but the CDN cannot get an answer from the site's own server behind it. Only the site's owner can fix this.",
    askThem: [
      "Tell the site: the CDN edge returns this error on behalf of your origin server; quote the trace/ray id and the time below.",
      "Ask them to check that the origin server is up and that its firewall lets the CDN's addresses in.",
    ],
  },
  'site-unreachable': {
    title: 'The site does not answer at all',
    headline:
      'Your internet connection works (other sites answer), but this site does not answer from here: no error page, no reply.',
    askThem: [
      'Tell the site: the address below does not answer from this network at the time below.',
      'If the site says it is up, ask your internet provider to look at the route shown in the traceroute table.',
    ],
  },
  'proxy-error': {
    title: 'The proxy set on this computer is failing',
    headline:
      'A proxy or VPN configured on this computer returns the error; going to the site directly works. Turn the proxy off or ask whoever runs it.',
    askThem: [
      'Tell whoever runs the proxy: requests through it fail while the direct path to the same site works.',
    ],
  },
  'dns-resolver-failing': {
    title: 'Your DNS server is not answering',
    headline:
      'The service that turns site names into addresses (DNS) for this computer fails, while other DNS services answer fine. Switching DNS servers fixes this.',
    askThem: [
      'Tell your internet provider: their DNS server does not answer (or fails) while public resolvers answer the same question; details below.',
    ],
  },
  'dns-stale-answer': {
    title: 'Your DNS server gives an outdated address',
    headline:
      'Your DNS server sends this computer to a different address than other DNS services do, and the site only works at the other address. Flushing or switching DNS fixes this.',
    askThem: [
      'Tell your internet provider: their DNS server returns an address for this site that differs from public resolvers (comparison below).',
      'If you run the site: you may have moved it recently; old records can stay cached for up to a day or two.',
    ],
  },
  'local-network-down': {
    title: 'Your router does not answer',
    headline:
      'This computer cannot reach its own router. Check the cable or Wi-Fi and restart the router; nobody outside your home can fix this.',
    askThem: ['Nothing to ask anyone yet: restart the router, check cables and Wi-Fi, then run the check again.'],
  },
  'isp-outage': {
    title: "Your internet provider's connection is down",
    headline:
      'Your router answers, but nothing beyond it does. The connection stops at your internet provider.',
    askThem: [
      'Tell your internet provider: the router answers but no address beyond it does, since the time below.',
      'Ask whether there is an outage in your area and when it will be fixed.',
    ],
  },
  'isp-path-degraded': {
    title: "Your internet provider's network is losing traffic",
    headline:
      "Your router answers, but traffic gets lost right after it and the loss carries on all the way to the site. This is your internet provider's side.",
    askThem: [
      'Tell your internet provider: packet loss starts at the hop marked in the traceroute table and carries through to the destination.',
      'Ask them to check that part of their network and call you back with what they found.',
    ],
  },
  'firewall-blocking': {
    title: 'A firewall blocks the web ports',
    headline:
      'The site answers ping, but its web ports are refused or silent. Security software on this computer or a firewall on the way blocks the connection.',
    askThem: [
      'Ask your network administrator (or check your security software): connections to the web ports of this site are blocked.',
    ],
  },
  inconclusive: {
    title: 'We could not pin down the cause',
    headline:
      'The checks gave mixed or missing results, so we cannot say for sure where the fault is. What we measured is below.',
    askThem: ['Try the basic steps below, then run the check again; send this report to whoever you contact.'],
  },
};

export const WHO_ACTS_LABEL: Record<WhoActs, string> = {
  you: 'You (this computer or your home network)',
  'site-owner': "The site's owner or host",
  isp: 'Your internet provider',
  'proxy-admin': 'Whoever runs the proxy or VPN',
  'network-admin': 'Your network administrator',
  unknown: 'Not known yet',
};

// Check labels and step texts are shared with the CLI output (one wording everywhere).
export { CHECK_LABELS as CHECK_LABEL, STEP_TEXTS as STEP_TEXT } from '../text/steps';
