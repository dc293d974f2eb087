// English texts per next step: the button title and the instructions.
export const enActions = {
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
} as const;
