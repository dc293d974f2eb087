// English words for what the engine found (reasons), why a check did not run (skips, hints) and
// the quick fixes; part of the English catalog (texts-en.ts). `{{name}}` takes the value the
// engine measured; a fragment (lower half of `reasons`) is put into another text as a value.
import type { FindingTexts } from './text-catalog';

export const findingsEn = {
  reasons: {
    'http-5xx':
      'The site answered {{statuses}} to {{serverErrors}} of {{attempts}} requests{{page}}.{{meaning}}',
    'site-answers': 'The site answered normally to {{ok}} of {{attempts}} requests (status {{statuses}}).',
    intermittent:
      'Of {{attempts}} requests, {{ok}} worked, {{serverErrors}} got a server error and {{noAnswer}} got no answer.',
    'no-http-answer': 'None of {{attempts}} requests got an answer{{errors}}.',
    'no-own-answer': 'None of {{attempts}} requests to the site got its own answer{{errors}}.',
    'cdn-edge-error': 'The error page came from the {{source}} edge{{trace}}.{{meaning}}',
    'controls-answer': '{{answered}} of {{total}} known-good sites answered.',
    'controls-all-failed': 'None of {{total}} known-good sites answered.',
    'gateway-answers': 'The router {{address}} answered{{rtt}}.',
    'no-default-route': 'This computer has no route to the internet (no default gateway).',
    'gateway-silent': 'The router {{address}} did not answer (ping).',
    'gateway-silent-tcp': 'The router {{address}} did not answer (ping and TCP).',
    'proxy-fails-direct-works': 'Through the proxy {{proxy}} the site fails; directly it works.',
    'proxy-unreachable': 'The proxy {{proxy}} could not be reached.',
    'web-port-refused': "The site's machine {{address}} answers ping, but its web port is refused.",
    'web-port-silent': "The site's machine {{address}} answers ping, but its web port is silent.",
    'host-silent': "The site's machine {{address}} answered neither ping nor a connection.",
    'path-loss-carries-through':
      'Loss starts at hop {{hop}} and carries through to the site ({{lossPct}}% lost at the destination).',
    'path-stops': 'The route stops answering from hop {{hop}} on.',
    'down-for-everyone': 'Outside checkers could not load the site either.',
    'conflict-site': 'The site answered, yet the router and every known-good site were silent.',
    'conflict-proxy': 'Through the proxy the site both worked (site check) and failed (proxy check).',
    'conflict-firewall': "The site's machine answers ping, yet no known-good site answers at all.",
    evidence:
      'Site answers: {{ok}} normal, {{serverErrors}} server errors, {{noAnswer}} none (of {{attempts}}).',
    'not-run': 'The site could not be checked.',
    'system-address-fails-alternative-works':
      "Your DNS server gives a different address than the alternatives, and only the alternatives' address works.",
    'system-dns-failing': 'Your DNS server failed ({{codes}}) while the alternatives answered.',
    'system-dns-silent': 'Your DNS server failed (no answer) while the alternatives answered.',
    'all-dns-nxdomain': "No DNS server knows the site's name: its DNS records are missing.",
    'all-dns-failed': 'No DNS server answered, not even the alternatives.',
    'gateway-loss':
      'The router {{router}} itself lost {{lossPct}}% of {{sent}} pings: the link between this computer and the router (Wi-Fi or cable) drops data.',
    'gateway-jitter':
      "The router's answers vary by ±{{jitterMs}} ms (from {{minMs}} to {{maxMs}} ms): a healthy link answers in a few ms every time.",
    'path-loss-from-home':
      'Beyond the router the loss goes on to the site (hop {{hop}} on, {{lossPct}}% lost at the destination): it starts at home.',
    'loss-beyond':
      'Pings through the router to the site lost {{lossPct}}%: the same or more, as expected when the first link loses data.',
    'stalls-after-connect':
      '{{stalls}} of {{attempts}} requests connected to the site, then the answer stalled{{inTls}}.',
    'mtu-blackhole':
      'Packets up to {{mtu}} bytes reach the site; from {{lostFrom}} bytes on they vanish without the "too big" message that should come back (path MTU {{mtu}}).',
    'starts-at-hop': 'Large packets are lost from hop {{hop}} ({{address}}), {{link}}.',
    'mtu-link-first-link': 'on the link between this computer and your router',
    'mtu-link-router-to-provider': 'on the link from your router to your internet provider',
    'mtu-link-between-hops': 'on the link between hop {{previousHop}} ({{previousAddress}}) and hop {{hop}}',
    'mtu-link-up-to-hop': 'somewhere between this computer and hop {{hop}}',
    'starts-after-router':
      'The router {{router}} passes {{routerPasses}}-byte packets, so the limit starts after it (hop 2 on): its internet link (PPPoE, VPN, tunnel) or further along.',
    'starts-before-router':
      "Even the router {{router}} does not get {{lostFrom}}-byte packets: the limit is on this computer's own link (a VPN or tunnel here).",
    'small-answer-arrives': 'A tiny answer still arrives (HEAD request: status {{status}}).',
    'ipv6-fails': 'Over IPv6 the site did not answer ({{failures}}).',
    'ipv4-works': 'Over IPv4 it answered ({{answers}}).',
    'computer-has-ipv6':
      'This computer has IPv6{{address}}, so browsers try IPv6 first and wait before falling back to IPv4.',
    'os-reports-portal': 'The operating system itself reports that this network wants you to sign in.',
    'portal-redirect':
      '{{intercepted}} of {{asked}} plain web requests, to the known-good sites and the site, were sent to {{host}}{{title}} instead of their own pages.{{url}}',
    'portal-same-page':
      "{{intercepted}} of {{asked}} plain web requests, to the known-good sites and the site, got one and the same page{{title}}{{form}} instead of each site's own content.{{url}}",
    'site-pinned':
      "This computer's hosts file ({{path}}){{line}} pins {{host}} to {{addresses}}, an address no DNS server gives.",
    'site-pinned-line':
      "Line {{lineNo}} of this computer's hosts file ({{path}}){{line}} pins {{host}} to {{addresses}}, an address no DNS server gives.",
    'lookup-uses-hosts':
      "This computer's own name lookup (which reads the hosts file first) gives {{addresses}}.",
    'dns-address': 'The DNS servers ({{servers}}) give {{addresses}}.',
    'dns-address-works-there':
      'The DNS servers ({{servers}}) give {{addresses}}; there the site answers: {{working}}.',
    'site-name-fails-everywhere':
      'Every DNS server asked ({{count}}) failed to look up {{name}}: {{failures}}.',
    'control-name-resolves':
      "The same servers looked up {{name}} at once ({{resolved}} of {{asked}}, within {{ms}} ms): they work, the site's own name servers do not.",
    'tls-expired': "The site's certificate failed the check: it has expired{{codes}}.",
    'tls-not-yet-valid':
      "The site's certificate failed the check: it is not valid yet (or this computer's clock is wrong){{codes}}.",
    'tls-wrong-name': "The site's certificate failed the check: it was issued for another name{{codes}}.",
    'tls-unknown-issuer':
      "The site's certificate failed the check: it comes from an issuer this computer does not trust{{codes}}.",
    'tls-other': "The site's certificate failed the check: it did not pass the check{{codes}}.",
    'certificate-seen': 'The certificate the site shows{{at}}: {{parts}}{{when}}.',
    'clock-off': "This computer's clock is {{offset}} the known-good sites' clocks{{meaning}}.",
    'clock-right':
      "This computer's clock agrees with the known-good sites' clocks (within {{seconds}} s), so the clock is not the cause.",
    'cert-intercepted':
      'The known-good sites show certificates from the same untrusted issuer ({{issuer}}): something on this computer or network (security software, a company proxy) intercepts secure connections.',
    'in-parens': ' ({{value}})',
    'quoted-in-parens': ' (“{{value}}”)',
    'page-made-by': ' (page made by {{source}})',
    'trace-id': ' (trace id {{traceId}})',
    'page-meaning': ' {{meaning}}',
    'in-ms': ' in {{ms}} ms',
    'stalled-in-tls': ' (already in the secure handshake)',
    'with-sign-in-form': ' with a sign-in form',
    'portal-sign-in-page': ' Its sign-in page: {{url}}',
    'hosts-line-reads': ' reads “{{text}}”: it',
    'address-status': '{{address}} (status {{status}})',
    'server-failed': '{{server}} {{failure}}',
    'server-silent': '{{server}} no answer',
    'servfail-or-silent': 'SERVFAIL or no answer',
    'at-address': ' at {{address}}',
    'cert-issued-to': 'issued to {{subject}}',
    'cert-for': 'for {{names}}',
    'cert-self-signed': 'signed by itself ({{issuer}})',
    'cert-by': 'by {{issuer}}',
    'cert-valid': 'valid from {{from}} to {{to}}',
    'cert-expired-ago': " — it expired {{span}} ago by this computer's clock",
    'cert-starts-in': " — it starts in {{span}} by this computer's clock",
    'clock-ahead': '{{span}} ahead of',
    'clock-behind': '{{span}} behind',
    'clock-explains': ': at their time the certificate is valid, so the clock is wrong, not the certificate',
    'clock-not-explains': ', but the certificate is not valid at their time either',
  },
  skips: {
    cancelled: 'The check was cancelled.',
    'check-crashed': 'The check failed unexpectedly: {{message}}',
    'no-controls': 'No control sites were given.',
    'ip-no-lookup': 'The address is an IP number, so no name needs looking up.',
    'no-resolvers': 'No DNS servers to compare.',
    'external-off': "Off unless you ask for it: it sends the site's address to an outside checking service.",
    'external-unavailable': 'This build cannot contact the outside checking service.',
    'external-odd-answer': 'The outside checking service gave an unexpected answer.',
    'no-site-address': "The site's address could not be found, so its ports could not be tested.",
    'ip-no-hosts-file': 'Not needed: the site was given as an address, not a name.',
    'no-hosts-file': 'This computer has no hosts file we know of.',
    'hosts-file-unreadable': 'The hosts file could not be read.',
    'ip-one-family': 'The address is an IP number: it has one family only.',
    'no-ipv6-address': 'The site has no IPv6 address.',
    'no-ipv6-here': 'This computer has no IPv6 connection to the internet, so IPv4 is used.',
    'no-stall': 'Not needed: no connection to the site stalled.',
    'site-completed': "Not needed: the site's answers completed after all.",
    'proxy-setting-invalid':
      'The proxy setting ({{proxy}}) has a user name or password that is not written correctly: a % must be followed by two hex digits.',
    'proxy-unsupported': 'A proxy is set ({{proxy}}) but Gateway Doctor cannot test this kind of proxy.',
    'no-time-left': 'There was no time left for a traceroute.',
    'trace-name-unresolved': "The site's name could not be looked up, so there is no route to trace.",
    'trace-router-down': 'Not needed: the router itself does not answer.',
    'trace-name-not-found':
      "Not needed: the site's name could not be looked up, so the route is not the question.",
    'trace-not-asked': 'Not needed: nothing pointed at a problem along the route.',
    'not-https': 'Not needed: the site does not use a secure address.',
    'tls-no-connection':
      "Could not connect to the site's secure port ({{error}}); the other checks tell why.",
    'tool-missing': '{{tool}} is not installed',
    'tool-denied': 'permission denied running {{tool}}',
    'tool-not-started': '{{tool}} could not be started ({{error}})',
    'gateway-unreadable': 'the default gateway could not be read from this system',
    'ping-no-icmp': 'ping is not allowed to send ICMP here ({{message}})',
    'ping-unresolved': 'ping could not resolve {{target}} ({{message}})',
    'ping-output-odd': 'ping output was not understood: {{output}}',
    'trace-not-permitted': '{{tool}} is not permitted here ({{message}})',
    'trace-failed': '{{tool}} failed: {{message}}',
    'trace-unusable': 'no usable traceroute tool ({{tools}}): the installed ones take other options',
    'trace-missing': 'no traceroute tool is installed ({{tools}})',
    'dns-config-unreadable': "this computer's DNS settings could not be read",
    'os-no-portal-report': 'this system does not report sign-in portals to programs',
    'portal-tool-missing': 'NetworkManager (nmcli) is not installed',
    'portal-tool-silent': 'NetworkManager did not say (is it running?)',
  },
  hints: {
    'run-again': 'Run the check again.',
    'give-controls': 'Give one or more sites that normally work, then check again.',
    'give-resolvers': 'Give one or more DNS server addresses to compare, then check again.',
    'turn-on-external': 'Turn on the outside check to ask whether the site is down for everyone.',
    'fix-proxy-setting':
      'Correct the proxy setting (write a % in a password as %25), or turn the proxy off, then check again.',
    'compare-without-proxy': 'Try again with the proxy turned off to compare.',
    'more-time': 'Check again and allow more time.',
    'install-package': 'Install it, e.g. the package {{deb}} (Debian/Ubuntu) or {{rpm}} (Fedora).',
    'tool-part-of-windows': '{{tool}} is part of Windows; check that the Windows system folder is on PATH.',
    'tool-part-of-macos': '{{tool}} ships with macOS; check that the system folders are on PATH.',
    'check-permissions': 'Check the file permissions of the tool or run as an administrator.',
    'check-network': 'Check the network settings; is the computer connected?',
    'ping-permission':
      'Sending pings needs a permission here: run as administrator, or let an administrator allow it (on Linux the cap_net_raw capability of ping, or net.ipv4.ping_group_range). The connection test is used meanwhile.',
    'check-name': 'Check the name, or test with an IP address.',
    'report-output': 'Report this output to the Gateway Doctor developers.',
    'check-dns-config': "Check this computer's network settings: is a DNS server set?",
  },
  fixes: {
    'flush-dns': {
      title: 'Empty the DNS cache',
      description:
        'Makes this computer forget the addresses of sites it looked up earlier, so the next visit asks your DNS server again. Helps when a site has moved to a new address.',
      verify: 'Looks names up again on your DNS servers and checks the site again.',
      undo: 'Nothing to undo: the cache fills up again by itself as you browse.',
    },
    'switch-dns': {
      title: 'Use other DNS servers',
      description:
        'Tells this computer to look up site addresses with other DNS servers (for example 1.1.1.1) instead of the ones it uses now. Your current settings are saved first.',
      verify:
        'Looks a name up through the new servers. If they do not answer, your old settings come back at once; then you have 20 seconds to keep the change, otherwise it is undone.',
      undo: 'Undo puts your previous DNS settings back exactly as they were.',
    },
    'renew-dhcp': {
      title: 'Ask the router for a new network address',
      description:
        "Gives back this computer's network address and asks the router for a fresh one. The connection drops for a few seconds.",
      verify: 'Checks that the router answers again.',
      undo: 'Nothing to undo: the computer gets its address from the router as always.',
    },
    'open-private-window': {
      title: 'Open the site in a private window',
      description:
        "Opens the site in a private window, which uses no stored cookies, no cached files and (usually) no extensions. If the site works there, the problem is in your browser's stored data.",
      verify:
        "You look at the page: if it loads in the private window, clear this site's data in your usual window.",
      undo: 'Close the private window.',
    },
    'open-other-browser': {
      title: 'Open the site in another browser',
      description:
        'Opens the site in a different browser installed on this computer. If it works there, the problem is in your usual browser.',
      verify:
        'You look at the page: if it loads in the other browser, your usual browser needs its data cleared or an extension turned off.',
      undo: 'Close that browser.',
    },
    'guide-clear-site-cache': {
      title: "Clear this site's stored data",
      description:
        'Step-by-step help to delete the cookies and cached files of this one site in your browser. Other sites and your passwords are not touched.',
      verify: 'Press "Check again" and we test the site again.',
      undo: 'Nothing to undo; you may have to sign in to this site again.',
    },
    'guide-restart-router': {
      title: 'Restart your router',
      description:
        'Step-by-step help to switch your router off and on. We watch for it to come back and then check again by ourselves.',
      verify:
        'We wait until the router answers again (checking more slowly as time goes on, for up to 5 minutes), then run the checks again.',
      undo: 'Nothing to undo.',
    },
    'guide-disable-proxy': {
      title: 'Turn off the proxy',
      description:
        'Step-by-step help to switch off a proxy set on this computer, so the site is reached directly.',
      verify: 'Press "Check again": we test the proxy and the site again, this time without the proxy.',
      undo: 'Turn the proxy back on the same way if you need it (for example at work).',
    },
  },
  fixUnavailable: {
    'no-method': 'This computer has no way we know of to do this.',
    'no-dns-cache':
      'Nothing on this computer keeps a DNS cache, so every lookup already goes straight to your DNS server: there is nothing to empty.',
    'no-route': 'This computer has no connection to a router, so there is nothing to renew.',
    'no-dns-manager': 'Gateway Doctor cannot change the DNS settings on this computer.',
    'dns-not-saveable':
      'Gateway Doctor cannot save the current DNS settings so they can be put back, so it does not change them.',
    'no-private-browser': 'No installed browser that can open a private window was found.',
    'browser-missing': '{{browser}} is not installed here or cannot open a private window.',
    'no-other-browser': 'No second browser is installed on this computer.',
  },
  guideSteps: {
    'chrome-open':
      'Google Chrome: open the site, then click the icon just left of the web address (the "View site information" button).',
    'chrome-site-data': 'Choose "Cookies and site data", then "Manage on-device site data".',
    'chrome-delete': 'Click the bin icon next to each entry of this site, then "Done".',
    'chrome-reload': 'Reload the page while holding Shift (or press Ctrl+Shift+R; Cmd+Shift+R on a Mac).',
    'edge-open': 'Microsoft Edge: open the site, then click the lock icon just left of the web address.',
    'edge-site-data': 'Choose "Cookies and site data", then "Manage cookies and site data".',
    'edge-delete': 'Click the bin icon next to this site, then close the panel.',
    'edge-reload': 'Reload the page with Ctrl+Shift+R (Cmd+Shift+R on a Mac).',
    'firefox-open': 'Mozilla Firefox: open the site, then click the lock icon just left of the web address.',
    'firefox-clear': 'Choose "Clear cookies and site data…".',
    'firefox-confirm': 'Confirm with "Remove".',
    'firefox-reload': 'Reload the page with Ctrl+Shift+R (Cmd+Shift+R on a Mac).',
    'safari-open': 'Safari: in the menu bar choose Safari → Settings… (Preferences… on older versions).',
    'safari-manage': 'Open the "Privacy" tab and click "Manage Website Data…".',
    'safari-remove': 'Type the site\'s name in the search field, select it and click "Remove", then "Done".',
    'safari-reload': 'Reload the page with Option+Cmd+R.',
    'router-find':
      'Find your router (the box your internet cable or fibre goes into; it often has blinking lights).',
    'router-off': 'Unplug its power cable, or switch it off with its power button.',
    'router-on': 'Wait 30 seconds, then plug it back in or switch it on.',
    'router-wait':
      'Leave this window open: we check every few seconds and tell you as soon as the router answers again (this usually takes one to three minutes).',
    'proxy-win-open': 'Open Start → Settings → Network & internet → Proxy.',
    'proxy-win-automatic':
      'Under "Automatic proxy setup", turn "Automatically detect settings" on and turn "Use setup script" off (unless your workplace needs it).',
    'proxy-win-manual':
      'Under "Manual proxy setup", click "Edit" (or "Set up") and turn "Use a proxy server" off, then "Save".',
    'proxy-mac-open': 'Open Apple menu → System Settings → Network.',
    'proxy-mac-details': 'Select the connection you use (Wi-Fi or Ethernet) and click "Details…".',
    'proxy-mac-off':
      'Choose "Proxies" and turn off every proxy switch (Web, Secure web, Automatic proxy configuration), then "OK".',
    'proxy-linux-desktop':
      'GNOME: open Settings → Network → Network Proxy and choose "Disabled". KDE: System Settings → Network → Proxy → "No proxy".',
    'proxy-linux-variables':
      'If you set a proxy for programs started from a terminal (the HTTP_PROXY, HTTPS_PROXY or ALL_PROXY settings), remove it there too.',
    'proxy-other-program':
      'If a VPN or security program set the proxy, switch it off there instead, or ask whoever runs it.',
    'proxy-check-again': 'Then press "Check again" so we can test the site without the proxy.',
  },
  units: {
    day: { one: '{{n}} day', other: '{{n}} days' },
    hour: { one: '{{n}} hour', other: '{{n}} hours' },
    minute: { one: '{{n}} minute', other: '{{n}} minutes' },
  },
  olderReason: 'A finding of the check “{{check}}” (saved by an older version, without its wording).',
} as const satisfies FindingTexts;
