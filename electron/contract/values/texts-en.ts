// English texts: the reference catalog every surface uses (CLI, report, window).
// `{{host}}` is the site's name. Every other language has exactly these keys (TextCatalog).
import { ownerTextsEn } from './owner-texts-en';
import { recipientsEn, redactionEn, reportTextsEn } from './report-texts-en';
import type { TextCatalog } from './text-catalog';
import { pageCodesEn, sourcesEn } from './texts-pages-en';
import { findingsEn } from './texts-en-findings';

export const textsEn = {
  verdicts: {
    'site-ok': {
      title: 'The website works from this computer right now',
      summary: '{{host}} is working from this computer right now.',
      who: 'Nothing is broken on the website or your connection. The hiccup was short, or it is in your browser.',
      why: 'We opened the website several times and it answered normally each time. If your browser still shows the error, it is probably showing an old copy or something in the browser is in the way.',
      ownerWhy:
        'Every probe got a normal answer (2xx/3xx) and the other checks passed. The earlier error was transient or client-side (cached error page, extension, stale connection). Watch for recurrences.',
      askThem: [
        'Nothing to ask anyone yet: reload the page, and if the error comes back, run the check again at that moment.',
      ],
      subject: 'the site works from here now',
    },
    'site-server-error': {
      title: 'The website itself has a problem',
      summary: 'The error comes from {{host}} itself, not from your computer or your internet.',
      who: 'The website’s owner must fix this. Nothing is wrong on your side, so there is no need to restart anything.',
      why: 'Your internet works and other websites open fine. The website’s front door answered, but the part behind it that builds the pages did not reply properly.',
      ownerWhy:
        'The gateway or reverse proxy in front of the application answered 502 (or another 5xx) because its upstream failed. Control sites and the local network are healthy, so the fault is on the server side.',
      askThem: [
        'Tell the site: your front server (gateway / reverse proxy) returns this error for the address below at the time below.',
        'Ask them to check that the application behind the proxy is running, and to look at its error log for that time.',
      ],
      subject: "the site's servers fail",
    },
    'site-timeout': {
      title: 'The website is too slow to answer',
      summary: '{{host}} is too slow to answer: its own servers gave up waiting.',
      who: 'The website’s owner must fix this. Nothing is wrong on your side.',
      why: 'The website’s front door waited for the part behind it to build the page, gave up, and showed an error. Other websites work normally.',
      ownerWhy:
        'The gateway answered 504: the upstream did not respond within the proxy’s read timeout. Look at slow requests, execution limits and load.',
      askThem: [
        'Tell the site: your gateway answers 504 (timed out waiting for the application) for the address below.',
        'Ask them to look for slow requests, overloaded workers or time limits that are too short.',
      ],
      subject: "the site's servers time out",
    },
    'site-intermittent': {
      title: 'The website works only some of the time',
      summary: '{{host}} works some of the time and fails some of the time.',
      who: 'The website’s owner must fix this. Trying again later may work.',
      why: 'We opened the website several times: some tries worked, others showed an error. This happens when a website is overloaded or one of its servers is broken.',
      ownerWhy:
        'Repeated probes returned a mix of success and 5xx. Typical causes: overload, one failing backend in the pool, or health checks that do not take a bad node out of rotation.',
      askThem: [
        'Tell the site: repeated requests alternate between success and a server error (counts below).',
        'Ask them to check the health of every backend server and their capacity.',
      ],
      subject: 'the site fails some of the time',
    },
    'cdn-origin-error': {
      title: 'The website’s main server is not answering its delivery network',
      summary: "The delivery network in front of {{host}} cannot reach the site's own server.",
      who: 'The website’s owner must fix this. Nothing is wrong on your side.',
      why: 'Big websites use a delivery network that stands in front of their own server. That network answered you, but it could not reach the website’s own server behind it.',
      ownerWhy:
        'A CDN edge returned the 5xx on behalf of the site: the origin behind the CDN is failing or unreachable from the CDN (origin down, firewall blocking the CDN’s ranges, TLS or port mismatch).',
      askThem: [
        'Tell the site: the CDN edge returns this error on behalf of your origin server; quote the trace/ray id and the time below.',
        "Ask them to check that the origin server is up and that its firewall lets the CDN's addresses in.",
      ],
      subject: "the CDN cannot reach the site's own server",
    },
    'site-unreachable': {
      title: 'The website does not answer at all',
      summary: 'Your internet works, but {{host}} does not answer at all from here.',
      who: 'Most likely the website’s owner must fix this; the problem can also be on the way to it.',
      why: 'Your internet works and other websites open, but this website gives no answer from here.',
      ownerWhy:
        'Control sites work, but connections to the site time out or are refused. Check that the server is up, that DNS records point to it, and that its firewall lets web traffic in.',
      askThem: [
        'Tell the site: the address below does not answer from this network at the time below.',
        'If the site says it is up, ask your internet provider to look at the route shown in the traceroute table.',
      ],
      subject: 'the site does not answer',
    },
    'site-dns-failing': {
      title: 'The website’s own name servers are broken',
      summary: 'No DNS server can look up {{host}}, while other names work: the site’s own DNS is broken.',
      who: 'The website’s owner must fix this. Your DNS is fine.',
      why: 'Every name lookup service we asked, yours and others, fails to find this website’s address, while they find other websites at once. So the website’s own records or name servers are broken; changing your settings will not help.',
      ownerWhy:
        'Every resolver, system and alternatives, answers SERVFAIL or times out for this name alone, while the control names resolve: the zone’s authoritative servers or its DNSSEC chain are failing.',
      askThem: [
        'Tell the site: every resolver (your ISP’s and public ones) fails to resolve the name below with SERVFAIL or a timeout, while other names resolve.',
        'Ask them to check their name servers and DNSSEC signatures.',
      ],
      subject: "the site's name servers fail",
    },
    'tls-certificate-error': {
      title: 'The website’s security certificate is not valid',
      summary:
        '{{host}} shows a security certificate that is expired, for another name, or from an unknown issuer.',
      who: 'Usually the website’s owner must fix this. If this computer’s clock is wrong or something intercepts secure connections, you can.',
      why: 'Secure websites prove who they are with a certificate. The one this website shows did not pass the check: it may have expired, belong to another name, or come from an issuer your computer does not trust. We also compared your computer’s clock with other websites, because a wrong clock causes the same error.',
      ownerWhy:
        'The TLS handshake failed certificate verification. The error class, the certificate’s subject, names, issuer and validity, and the local clock’s offset from the control sites’ Date headers are below.',
      askThem: [
        'Tell the site: the certificate served for the address below fails verification (details below: error class, issuer, names, validity).',
        'If the check found your clock off or an interceptor, fix the clock or ask whoever manages this network instead.',
      ],
      subject: "the site's certificate is not accepted",
    },
    'proxy-error': {
      title: 'A proxy or VPN on your computer causes the error',
      summary: 'A proxy set up on this computer is causing the error; without it the site works.',
      who: 'You can turn it off, or whoever runs it must fix it.',
      why: 'Your computer sends web traffic through a go-between (a proxy or VPN). That go-between shows the error, but the website works when we go there directly.',
      ownerWhy:
        'The configured proxy returned the error while the direct path to the site works. Disable or fix the proxy settings, or ask the proxy’s administrator.',
      askThem: [
        'Tell whoever runs the proxy: requests through it fail while the direct path to the same site works.',
      ],
      subject: 'the proxy fails',
    },
    'captive-portal': {
      title: 'This network wants you to sign in first',
      summary: 'A sign-in page of this Wi-Fi network answers instead of {{host}}.',
      who: 'You can fix this: sign in on the network’s page.',
      why: 'Every website we tried over plain web addresses was answered by the same sign-in page of this network, and secure connections do not get through. Hotels, trains and cafés do this until you accept their terms or sign in.',
      ownerWhy:
        'Plain-HTTP requests to the site and to the control sites were all answered by one foreign host (a redirect or a login page), and HTTPS fails: a captive portal intercepts traffic until the user signs in.',
      askThem: [
        'Nothing to ask anyone: open any plain web page (for example http://neverssl.com) to get the sign-in page, sign in, then check again.',
      ],
      subject: 'a Wi-Fi sign-in page is in the way',
    },
    'hosts-file-override': {
      title: 'A line in this computer’s hosts file sends the website to the wrong place',
      summary: 'This computer’s hosts file pins {{host}} to an address that does not work.',
      who: 'You can fix this: remove the line from the hosts file.',
      why: 'Your computer has a small list of fixed addresses (the hosts file) that it reads before asking the internet. It has a line for this website with an address that does not answer, while the internet’s address book gives a different one that works. Such lines are often left over from testing or from old software.',
      ownerWhy:
        'getaddrinfo returned the address from the local hosts file, which differs from every DNS server’s answer; the DNS address serves the site while the pinned one fails.',
      askThem: [
        'Nothing to ask anyone: remove or comment out the hosts-file line shown below (it needs administrator rights), then check again.',
      ],
      subject: "this computer's hosts file points elsewhere",
    },
    'dns-resolver-failing': {
      title: 'Your computer cannot look up website names',
      summary:
        "Your computer's address book for the internet (DNS) is not answering; other DNS services are.",
      who: 'You can fix this by switching to another name lookup service. If it keeps happening, tell your internet provider.',
      why: 'Before opening a website, your computer asks a name lookup service where the site lives. Yours does not answer, while other lookup services do.',
      ownerWhy:
        'The system DNS resolver times out or fails (SERVFAIL/REFUSED) while the alternative resolvers answer. Switch resolvers or restart the router that forwards DNS.',
      askThem: [
        'Tell your internet provider: their DNS server does not answer (or fails) while public resolvers answer the same question; details below.',
      ],
      subject: 'the DNS server fails',
    },
    'dns-stale-answer': {
      title: 'Your computer has an old address for this website',
      summary: 'Your DNS gives an old or wrong address for {{host}}; the correct address works.',
      who: 'You can fix this by clearing the saved addresses or switching the name lookup service.',
      why: 'Your name lookup service gives a different address for this website than other services, and the website works at the other address.',
      ownerWhy:
        'The system resolver returns a different address set than the alternatives, and only the alternatives’ address serves the site. Typical after a migration while old records are still cached (TTL).',
      askThem: [
        'Tell your internet provider: their DNS server returns an address for this site that differs from public resolvers (comparison below).',
        'If you run the site: you may have moved it recently; old records can stay cached for up to a day or two.',
      ],
      subject: 'the DNS server gives an old address',
    },
    'local-network-down': {
      title: 'Your router does not answer',
      summary: 'Your router is not answering, so nothing can get online from this computer.',
      who: 'You can fix this: check your router, cables or Wi-Fi.',
      why: 'Your computer could not reach the box that connects your home to the internet, so no website can load right now.',
      ownerWhy:
        'The default gateway does not answer ICMP or TCP probes. The fault is on the local link: router, cable, Wi-Fi association or DHCP lease.',
      askThem: [
        'Nothing to ask anyone yet: restart the router, check cables and Wi-Fi, then run the check again.',
      ],
      subject: 'the router does not answer',
    },
    'local-network-degraded': {
      title: 'The link to your router is losing data',
      summary:
        'The connection between this computer and your router loses or delays data, so {{host}} loads badly.',
      who: 'You can fix this: the problem is the Wi-Fi or cable at home.',
      why: 'Already between your computer and your router, part of the data gets lost or arrives late. Everything further away suffers from it too. Weak Wi-Fi, interference or a bad cable are the usual reasons; your internet provider is not the cause.',
      ownerWhy:
        'Pings to the default gateway itself show loss or high jitter, and loss beyond the router is the same or higher: the local link (Wi-Fi or cable) is degraded, not the ISP.',
      askThem: [
        'Nothing to ask anyone yet: move closer to the router or use a cable, restart the router, then check again.',
      ],
      subject: 'the link to the router loses packets',
    },
    'isp-outage': {
      title: 'Your internet provider seems to be down',
      summary: 'Your router works, but nothing beyond it answers: your internet provider seems to be down.',
      who: 'Your internet provider must fix this.',
      why: 'Your router answers, but nothing behind it does: no website opens. The break is at your internet provider.',
      ownerWhy:
        'The default gateway answers, but no control site and no hop beyond the router responds. The outage is upstream of the router, at the ISP.',
      askThem: [
        'Tell your internet provider: the router answers but no address beyond it does, since the time below.',
        'Ask whether there is an outage in your area and when it will be fixed.',
      ],
      subject: 'no connection beyond the router',
    },
    'isp-path-degraded': {
      title: 'The connection is losing data on the way',
      summary: 'The way from your provider to {{host}} is losing data, which makes the site fail or crawl.',
      who: 'Your internet provider must fix this. A report helps them find the spot.',
      why: 'On the way to the website, part of the data gets lost. The loss starts after your router and carries on to the website.',
      ownerWhy:
        'Packet loss or high latency starts at a hop beyond the router and carries through to the destination, so it is not ICMP rate limiting. Hand the traceroute to the ISP.',
      askThem: [
        'Tell your internet provider: packet loss starts at the hop marked in the traceroute table and carries through to the destination.',
        'Ask them to check that part of their network and call you back with what they found.',
      ],
      subject: "packets are lost in the provider's network",
    },
    'path-mtu-blackhole': {
      title: 'Large packets get lost on the way, so pages stall',
      summary: 'Connections to {{host}} open, but large packets vanish on the way and the page stalls.',
      who: 'Your internet provider, or the settings of your router or VPN, must fix this.',
      why: 'Small pieces of data reach the website, but big ones disappear somewhere on the way, and the message that should say “too big, send smaller pieces” never comes back. So pages start to load and then hang. This often happens on DSL (PPPoE) lines and VPNs.',
      ownerWhy:
        'TCP connects and small responses arrive, but full-size packets are dropped without an ICMP fragmentation-needed/packet-too-big reply: a path-MTU black hole. The measured path MTU and the hop where it starts are below; MSS clamping or a lower MTU on the link fixes it.',
      askThem: [
        'Tell your internet provider (or whoever runs the VPN): packets larger than the path MTU below are dropped without an ICMP “fragmentation needed” reply, starting at the hop shown.',
        'Ask them to fix the MTU or enable MSS clamping on that link.',
      ],
      subject: 'large packets are lost on the way',
    },
    'ipv6-broken': {
      title: 'The newer internet protocol (IPv6) fails for this website',
      summary: '{{host}} works over IPv4 but fails over IPv6, so browsers stall before falling back.',
      who: 'Your internet provider or your router’s IPv6 settings must fix this.',
      why: 'Your computer can use two kinds of internet addresses, the older IPv4 and the newer IPv6. This website has both. Over IPv4 it works, over IPv6 the connection fails, so your browser waits before it tries the other way, or gives up.',
      ownerWhy:
        'The site publishes A and AAAA records and this host has global IPv6 with a default route; probes pinned to each family show IPv4 working and IPv6 failing (results per address below).',
      askThem: [
        'Tell your internet provider: IPv6 connections to the addresses below fail from this line while IPv4 works (results per address below).',
      ],
      subject: 'IPv6 fails while IPv4 works',
    },
    'firewall-blocking': {
      title: 'A firewall blocks the way to the website',
      summary: "Something is blocking web traffic to {{host}}, although the site's machine is reachable.",
      who: 'You or your network administrator can allow the website.',
      why: 'The website’s computer answers, but the way into its web pages is blocked. Security software or a firewall is usually the reason.',
      ownerWhy:
        'The host answers ping, but TCP 80/443 is refused or silently dropped on the path. Check local security software, network firewalls and the server’s own rules.',
      askThem: [
        'Ask your network administrator (or check your security software): connections to the web ports of this site are blocked.',
      ],
      subject: 'a firewall blocks the web ports',
    },
    inconclusive: {
      title: 'We could not find a clear cause',
      summary: 'We could not pin down where the problem is.',
      who: 'We cannot say for sure who must act. The basic steps below often help.',
      why: 'Some checks gave mixed answers or could not run. Here is what we know; try the steps below, then check again.',
      ownerWhy:
        'The evidence conflicts or a check could not run. See the check list below for what is known; work through the server checklist.',
      askThem: [
        'Try the basic steps below, then run the check again; send this report to whoever you contact.',
      ],
      subject: 'the cause is not clear yet',
    },
  },
  steps: {
    'hard-refresh': {
      title: 'Reload the page fully',
      body: 'In the browser tab with the error, press Ctrl+F5 (on a Mac: Cmd+Shift+R). This loads the page fresh instead of showing a saved copy.',
    },
    'clear-site-cache': {
      title: 'Clear this website’s saved data',
      body: 'In your browser’s settings, open the saved data for this website only (cache and cookies) and delete it. You may need to sign in again afterwards.',
    },
    'private-window': {
      title: 'Try a private window',
      body: 'Open a private (incognito) window and visit the website there. It starts without saved data and usually without add-ons.',
    },
    'other-browser': {
      title: 'Try another browser',
      body: 'Open the website in a different browser. If it works there, the problem is in your usual browser.',
    },
    'disable-extensions': {
      title: 'Turn off browser add-ons',
      body: 'Turn off your browser add-ons (extensions) for a moment, or start the browser without them, and open the website again.',
    },
    'restart-browser': {
      title: 'Close tabs and restart the browser',
      body: 'Close all browser tabs and windows, start the browser again and open only this website.',
    },
    'retry-later': {
      title: 'Try again a bit later',
      body: 'Problems like this often go away within minutes. Wait a little, then check again.',
    },
    'retry-after': {
      title: 'Try again at {{time}}, as the website asks',
      body: 'The website says it is busy and asks visitors to try again in {{minutes}} min (at {{time}}). Sooner, you will most likely see the same error. We can keep an eye on it and try again only then.',
    },
    'notify-when-back': {
      title: 'Tell me when it is back',
      body: 'We keep an eye on the website and let you know as soon as it answers again.',
    },
    'status-page': {
      title: 'Look at the website’s status page',
      body: 'Many services have a status page or a social media account where they report problems. Look there for news.',
    },
    'tell-site': {
      title: 'Tell the website',
      body: 'The people running the website may not know yet. Send them a report with what we measured.',
    },
    'down-for-everyone': {
      title: 'Is it down for everyone?',
      body: 'We can ask an outside service to open the website from other places in the world.',
    },
    'restart-router': {
      title: 'Restart your router',
      body: 'Unplug the router (and the modem, if you have a separate one), wait 30 seconds, plug it back in and wait until its lights are steady.',
    },
    'check-cables-wifi': {
      title: 'Check cables and Wi-Fi',
      body: 'Make sure the network cable is plugged in firmly at both ends, or that your computer is connected to your own Wi-Fi.',
    },
    'restart-computer': {
      title: 'Restart your computer',
      body: 'Save your work, restart the computer, then check again.',
    },
    'renew-dhcp': {
      title: 'Reconnect to the network',
      body: 'Your computer asks the router for a fresh connection.',
    },
    'switch-dns': {
      title: 'Switch the name lookup service',
      body: 'Use a different service to look up website names. We save your current setting first and can put it back.',
    },
    'flush-dns': {
      title: 'Clear saved website addresses',
      body: 'Your computer forgets the website addresses it has saved and looks them up again.',
    },
    'contact-isp': {
      title: 'Contact your internet provider',
      body: 'Call or write to your internet provider and send them the report. It shows where the problem starts and when.',
    },
    'isp-status-page': {
      title: 'Look for a known outage',
      body: 'Your internet provider’s website or app often lists outages in your area. You can check it from your phone.',
    },
    'disable-proxy': {
      title: 'Turn off the proxy or VPN',
      body: 'Turn off your VPN, or remove the proxy in your system’s network settings, then check again.',
    },
    'ask-proxy-admin': {
      title: 'Ask whoever runs the proxy',
      body: 'If your company or school set up the proxy, tell their IT support. The report shows what the proxy answered.',
    },
    'pause-security-software': {
      title: 'Pause your security software briefly',
      body: 'Pause your antivirus or firewall for a moment and check again. If it works then, allow this website in its settings and turn protection back on.',
    },
    'ask-network-admin': {
      title: 'Ask your network administrator',
      body: 'On a work or school network, the administrator can allow the website. Send them the report.',
    },
    'sign-in-portal': {
      title: 'Sign in on the network’s page',
      body: 'Open any plain web page, for example http://neverssl.com. The network’s sign-in page appears; accept the terms or sign in there, then check again.',
    },
    'remove-hosts-line': {
      title: 'Remove the website’s line from the hosts file',
      body: 'Open the hosts file as administrator (Windows: C:\\Windows\\System32\\drivers\\etc\\hosts; Mac and Linux: /etc/hosts), put a # in front of the line with this website’s name, save, and check again.',
    },
    'check-vpn-mtu': {
      title: 'Check the VPN or router’s MTU setting',
      body: 'If you use a VPN, turn it off for a moment and check again. If the website then works, or you have a DSL line, set the MTU in the VPN or router to the value the report shows, or ask your provider.',
    },
    'move-closer-wifi': {
      title: 'Move closer to the router or use a cable',
      body: 'Weak Wi-Fi loses data. Move closer to the router, away from walls and microwaves, or connect with a network cable, then check again.',
    },
    'check-clock': {
      title: 'Check your computer’s date and time',
      body: 'A wrong clock makes every certificate look invalid. Open the date and time settings, turn on “set automatically”, then check again.',
    },
    'owner-check-upstream': {
      title: 'Is the application running?',
      body: 'Check that the service behind the proxy is up and listening where the proxy expects it (PHP-FPM, Node, app pool, container). Restart it if processes are stuck.',
    },
    'owner-error-logs': {
      title: 'Read the error logs',
      body: 'Look at the proxy’s error log (for example nginx error.log: “upstream prematurely closed”, “connect() failed”) and the application’s own log at the time of the error.',
    },
    'owner-resources': {
      title: 'Check server resources',
      body: 'Look at CPU, memory, disk and the number of workers or connections. Out-of-memory kills and exhausted worker pools cause 502s.',
    },
    'owner-recent-changes': {
      title: 'Review recent changes',
      body: 'Did a deployment, plugin, theme or configuration change happen just before the errors? Roll it back to test.',
    },
    'owner-proxy-config': {
      title: 'Check the proxy configuration',
      body: 'Verify the upstream address and port, socket paths and permissions, and buffer and header size limits in the reverse proxy.',
    },
    'owner-hosting-provider': {
      title: 'Contact your hosting provider',
      body: 'If the server side looks fine to you, send the report to your hosting provider: they can see the layers you cannot.',
    },
    'owner-timeouts': {
      title: 'Check time limits',
      body: 'Compare the proxy’s read timeout with the application’s execution limits (for example PHP max_execution_time) and find the requests that exceed them.',
    },
    'owner-slow-queries': {
      title: 'Find slow queries',
      body: 'Look at the database’s slow query log and at slow external calls made while building the page.',
    },
    'owner-health-checks': {
      title: 'Check health checks and load balancing',
      body: 'Make sure failing backends are taken out of rotation and that there is enough capacity for the current load.',
    },
    'owner-cdn-origin': {
      title: 'Test the origin without the CDN',
      body: 'Request the origin directly (bypassing the CDN) to see whether it answers, over the same port and TLS settings the CDN uses.',
    },
    'owner-cdn-status': {
      title: 'Look at the CDN’s status page',
      body: 'Check your CDN provider’s status page for incidents in the affected region.',
    },
    'owner-cdn-trace-id': {
      title: 'Give the CDN support the trace ID',
      body: 'CDN support needs the ray or trace ID and the exact time. Both are in the report.',
    },
    'owner-dns-records': {
      title: 'Check the DNS records',
      body: 'Make sure the A/AAAA (or CNAME) records point to the right server on every authoritative name server.',
    },
    'owner-dns-propagation': {
      title: 'Wait for the DNS change to spread',
      body: 'After moving a site, old records stay cached until their TTL runs out, up to 24–48 hours. Lower TTLs before the next move.',
    },
    'owner-server-firewall': {
      title: 'Check the server firewall',
      body: 'Make sure the server’s firewall and security groups allow ports 80 and 443, including from your CDN’s address ranges.',
    },
    'owner-monitoring': {
      title: 'Set up monitoring',
      body: 'Nothing to fix now. Monitoring uptime and response times will catch the next occurrence early.',
    },
    'owner-checklist': {
      title: 'Go through the server checklist',
      body: 'Application running? Error logs? Resources and limits? Recent deployments or plugins? Proxy, CDN and firewall configuration? DNS records?',
    },
    'owner-renew-certificate': {
      title: 'Renew or fix the site’s certificate',
      body: 'Renew the certificate if it expired, make sure it covers every name the site is reached by, and that the server sends the full chain. Then reload the web server or CDN.',
    },
    'owner-dns-servers': {
      title: 'Check the domain’s name servers',
      body: 'Query each authoritative name server for the name (dig @ns1 name). Fix servers that fail or time out, and check DNSSEC signatures and DS records at the registrar.',
    },
  },
  checks: {
    'site-probe': 'Does the website answer?',
    'tls-certificate': 'Is the website’s security certificate valid?',
    'control-sites': 'Do other websites work?',
    'captive-portal': 'Does this network want you to sign in first?',
    gateway: 'Is your router answering?',
    'hosts-file': 'Does this computer’s hosts file name the website?',
    'system-resolvers': 'Can your computer look up the website’s name?',
    'dns-swap': 'Do other name lookups give the same answer?',
    ipv6: 'Does the website work over IPv6 as well as IPv4?',
    traceroute: 'How far does the path to the website get?',
    'path-mtu': 'Do large packets get through to the website?',
    proxy: 'Is anything in between, like a proxy or VPN?',
    firewall: 'Is a firewall blocking the website?',
    'external-vantage': 'Does the website work for other people?',
  },
  whoActs: {
    you: {
      name: 'you',
      label: 'You (this computer or your home network)',
      sentence: 'You can fix this yourself.',
    },
    'site-owner': {
      name: "the site's owner",
      label: "The site's owner or host",
      sentence: 'The website’s owner must fix this.',
    },
    isp: {
      name: 'your internet provider',
      label: 'Your internet provider',
      sentence: 'Your internet provider must fix this.',
    },
    'proxy-admin': {
      name: 'whoever runs the proxy',
      label: 'Whoever runs the proxy or VPN',
      sentence: 'Whoever runs your proxy or VPN must fix this.',
    },
    'network-admin': {
      name: 'your network administrator',
      label: 'Your network administrator',
      sentence: 'Your network administrator can fix this.',
    },
    unknown: { name: 'not clear yet', label: 'Not known yet', sentence: 'We cannot say yet who must act.' },
  },
  watch: {
    siteBackTitle: 'The website is back',
    siteBack: 'Good news: {{site}} answers again.',
    networkBackTitle: 'Your internet connection is back',
    networkBack: 'Good news: your internet connection works again, {{site}} answers.',
  },
  confidence: {
    high: 'We are quite sure about this.',
    medium: 'We are fairly sure about this.',
    low: 'We are not sure; the signs point this way.',
  },
  hopChart: {
    title: 'Round-trip time (bars, left axis) and packet loss (red line, right axis) per hop',
    ms: 'ms',
    loss: 'loss',
    hop: 'hop',
    lossStarts: 'loss starts',
    hopRtt: 'hop {{ttl}}: {{ms}} ms',
    hopLoss: 'hop {{ttl}}: {{pct}}% lost',
  },
  owner: ownerTextsEn,
  sources: sourcesEn,
  pageCodes: pageCodesEn,
  // The path-MTU hop sentence is a reason text; the evidence list takes the same words.
  mtuHop: {
    lost: findingsEn.reasons['starts-at-hop'],
    links: {
      'first-link': findingsEn.reasons['mtu-link-first-link'],
      'router-to-provider': findingsEn.reasons['mtu-link-router-to-provider'],
      'between-hops': findingsEn.reasons['mtu-link-between-hops'],
      'up-to-hop': findingsEn.reasons['mtu-link-up-to-hop'],
    },
  },
  ...findingsEn,
  recipients: recipientsEn,
  redaction: redactionEn,
  report: reportTextsEn,
} as const satisfies TextCatalog;
