import type { VerdictId } from '../../contract';

/** English one-line summary and one-paragraph explanation per verdict (the UI localises by id). */
export interface VerdictText {
  summary: string;
  explanation: string;
}

/**
 * Plain-language texts for each verdict, written for someone who has never heard of a
 * gateway. `{host}` is replaced with the site's name.
 */
export const VERDICT_TEXTS: Record<VerdictId, VerdictText> = {
  'site-ok': {
    summary: '{host} is working from this computer right now.',
    explanation:
      'We asked the site for its page several times and it answered normally every time. Whatever went wrong has passed, '
      + 'or it is stuck in your browser: an old copy of the page, a cookie, an add-on or a tab that has been open too long. '
      + 'Reloading the page properly, clearing what your browser keeps for this site, or opening it in a private window usually sorts it out.',
  },
  'site-server-error': {
    summary: 'The error comes from {host} itself, not from your computer or your internet.',
    explanation:
      'Your connection reached the site without trouble. The part of the site that greets visitors answered, but the system behind it, '
      + 'which actually builds the pages, did not give it a usable reply. Other sites work normally, so there is nothing to fix at home: '
      + 'restarting your computer or router will not help. The people who run the site need to repair it; until then, try again later.',
  },
  'site-timeout': {
    summary: '{host} is too slow to answer: its own servers gave up waiting.',
    explanation:
      'Your request reached the site, and the site\'s front door passed it on, but the system behind it took so long that the front door '
      + 'stopped waiting and showed an error. This happens when a site is overloaded or something behind it hangs. Your connection is fine; '
      + 'the people who run the site need to find what is slow. Trying again in a few minutes may work.',
  },
  'site-intermittent': {
    summary: '{host} works some of the time and fails some of the time.',
    explanation:
      'We asked the site for the same page several times. Some answers were fine and some were errors from the site. That pattern usually '
      + 'means the site is overloaded or one of the machines serving it is broken while the others work. Your connection is not the cause. '
      + 'Trying again often works; the people who run the site need to find the failing part.',
  },
  'cdn-origin-error': {
    summary: 'The delivery network in front of {host} cannot reach the site\'s own server.',
    explanation:
      'Big sites are often served through a delivery network that sits between visitors and the site\'s own server. That network answered '
      + 'you, but it reported that the site\'s own server behind it is not responding properly. Nothing on your side causes this. '
      + 'The people who run the site need to check their server and its connection to the delivery network.',
  },
  'site-unreachable': {
    summary: 'Your internet works, but {host} does not answer at all from here.',
    explanation:
      'Other sites load normally, so your connection is fine. This site, however, did not answer our requests at all: it may be switched off, '
      + 'its address may be wrong or missing, or something between you and it may be blocking the way. Checking whether it is down for '
      + 'everyone tells you whether to wait for the site or look closer to home.',
  },
  'proxy-error': {
    summary: 'A proxy set up on this computer is causing the error; without it the site works.',
    explanation:
      'Your computer is set to send web traffic through a proxy or VPN-like service. Through that service the site fails, but when we went '
      + 'to the site directly it worked. Turning the proxy off, fixing its settings, or asking whoever manages it should solve the problem.',
  },
  'dns-resolver-failing': {
    summary: 'Your computer\'s address book for the internet (DNS) is not answering; other DNS services are.',
    explanation:
      'Before your computer can open a site it asks a DNS server for the site\'s address, much like looking up a phone number. The DNS server '
      + 'your computer uses did not answer or gave an error, while other public DNS servers answered at once. Switching to another DNS '
      + 'server (which can be undone) or restarting your router usually fixes it; if it keeps happening, tell your internet provider.',
  },
  'dns-stale-answer': {
    summary: 'Your DNS gives an old or wrong address for {host}; the correct address works.',
    explanation:
      'The DNS server your computer uses told it to go to one address, while other DNS servers gave a different one. The site works at the '
      + 'other address and fails at yours, so your computer is being sent to an out-of-date place, often because the site moved recently. '
      + 'Clearing your computer\'s DNS memory or switching DNS server helps; otherwise it corrects itself within a day or two.',
  },
  'local-network-down': {
    summary: 'Your router is not answering, so nothing can get online from this computer.',
    explanation:
      'Everything your computer sends to the internet goes through your router first. The router did not respond to us at all, so the problem '
      + 'is at home: the router, the cable or the Wi-Fi link. Restarting the router, checking the cables and the Wi-Fi connection, or '
      + 'restarting the computer usually brings it back. We can wait for the router to come back and check again.',
  },
  'isp-outage': {
    summary: 'Your router works, but nothing beyond it answers: your internet provider seems to be down.',
    explanation:
      'Your computer reaches your router without trouble, but no site and no service beyond it answered. That points at the line or at your '
      + 'internet provider rather than at the site you wanted. Restarting the modem or router sometimes helps; otherwise check your '
      + 'provider\'s status page or call them and share the report.',
  },
  'isp-path-degraded': {
    summary: 'The way from your provider to {host} is losing data, which makes the site fail or crawl.',
    explanation:
      'We traced the route your data takes to the site. From a point beyond your home router, a share of the data gets lost, and the loss '
      + 'continues all the way to the site. That is a fault on the route, usually at your internet provider or one of its partners, not in '
      + 'your home and not on the site. Call your provider with the report; trying again later may also work.',
  },
  'firewall-blocking': {
    summary: 'Something is blocking web traffic to {host}, although the site\'s machine is reachable.',
    explanation:
      'The machine behind the site answers when we knock, but its web door stays shut for us: the connection is refused or silently dropped. '
      + 'That usually means a firewall or security program is blocking it, either on this computer, on your network, or at the site. Try '
      + 'again with your security software paused (then allow the site), or ask whoever manages the network.',
  },
  inconclusive: {
    summary: 'We could not pin down where the problem is.',
    explanation:
      'Some checks could not run or their results point in different directions, so we will not guess. The basic steps below fix most cases: '
      + 'reload the page, clear what the browser keeps for this site, try another browser and restart the router. Then run the check again; '
      + 'the details below show what we did find.',
  },
};

/** The English summary and explanation for a verdict, with the site's name filled in. */
export function verdictText(id: VerdictId, host: string): VerdictText {
  const t = VERDICT_TEXTS[id];
  return { summary: t.summary.replaceAll('{host}', host), explanation: t.explanation.replaceAll('{host}', host) };
}
