// The site owner's commands, as data: one entry per command (the owner step it serves, the
// shell it is written for, the command with `{{placeholders}}`), the commands of each stack a
// page can come from, and the commands a verdict adds whatever the stack. The window's checklist
// and the report's owner section are both built from here (owner-checklist.ts); the label of
// each command lives in the text catalogs (`ownerChecks`). Commands are never translated.
//
// Placeholders are filled with values from the diagnosis, each quoted for the command's shell;
// names in capitals (ORIGIN_IP, APP_NAME, TARGET_GROUP_ARN) are for the owner to replace.
import type { SourceId, StepId } from './ids';
import type { VerdictId } from './verdicts';

/** The shell a command is written for (decides how values are quoted). */
export type OwnerShell = 'posix' | 'powershell';

/** One copyable command. */
export interface OwnerCheckEntry {
  /** The owner step (verdict catalog `ownerSteps`) this command helps with. */
  step: StepId;
  shell: OwnerShell;
  /** The command; `{{name}}` is one of OWNER_PLACEHOLDERS. */
  command: string;
}

/** Values a command may use: the site, its URL, and the error's time window in UTC. */
export const OWNER_PLACEHOLDERS = [
  'host',
  'port',
  'url',
  /** host:port, with brackets around an IPv6 literal. */
  'authority',
  /** `YYYY-MM-DD HH:MM:SS UTC`, a few minutes before / after the error. */
  'since',
  'until',
  /** The same instants as ISO 8601 (`…Z`), for PowerShell and Docker. */
  'sinceIso',
  'untilIso',
  /** The PHP-FPM service: `php8.2-fpm` when the site told its PHP version, else a pattern. */
  'phpUnit',
] as const;
export type OwnerPlaceholder = (typeof OWNER_PLACEHOLDERS)[number];

const JOURNAL_WINDOW = '--since {{since}} --until {{until}}';

export const OWNER_CHECKS = {
  // The machine itself, for every self-hosted stack.
  'host-listening': { step: 'owner-check-upstream', shell: 'posix', command: 'sudo ss -ltnp' },
  'host-failed-units': { step: 'owner-check-upstream', shell: 'posix', command: 'systemctl --failed' },
  'host-journal': {
    step: 'owner-error-logs',
    shell: 'posix',
    command: `sudo journalctl -p warning ${JOURNAL_WINDOW}`,
  },
  'host-resources': { step: 'owner-resources', shell: 'posix', command: 'uptime; free -m; df -h' },
  'host-oom': {
    step: 'owner-resources',
    shell: 'posix',
    command: `sudo journalctl -k ${JOURNAL_WINDOW} | grep -i -E 'out of memory|oom'`,
  },
  'host-packages': {
    step: 'owner-recent-changes',
    shell: 'posix',
    command: "grep -h -E ' (install|upgrade) ' /var/log/dpkg.log | tail -n 20",
  },
  'host-firewall': { step: 'owner-server-firewall', shell: 'posix', command: 'sudo nft list ruleset' },
  'generic-response': {
    step: 'owner-check-upstream',
    shell: 'posix',
    command: 'curl -sv {{url}} -o /dev/null',
  },

  'nginx-error-log': {
    step: 'owner-error-logs',
    shell: 'posix',
    command: 'sudo tail -n 100 /var/log/nginx/error.log',
  },
  'nginx-journal': {
    step: 'owner-error-logs',
    shell: 'posix',
    command: `sudo journalctl -u nginx ${JOURNAL_WINDOW}`,
  },
  'nginx-status': { step: 'owner-check-upstream', shell: 'posix', command: 'sudo systemctl status nginx' },
  'nginx-config-test': { step: 'owner-proxy-config', shell: 'posix', command: 'sudo nginx -t' },
  'nginx-upstreams': {
    step: 'owner-proxy-config',
    shell: 'posix',
    command: "sudo nginx -T 2>/dev/null | grep -n -E 'proxy_pass|fastcgi_pass|uwsgi_pass|upstream '",
  },
  'nginx-timeouts': {
    step: 'owner-timeouts',
    shell: 'posix',
    command: "sudo nginx -T 2>/dev/null | grep -n -E '(proxy|fastcgi|uwsgi)_(connect|send|read)_timeout'",
  },

  'apache-error-log': {
    step: 'owner-error-logs',
    shell: 'posix',
    command: 'sudo tail -n 100 /var/log/apache2/error.log',
  },
  'apache-journal': {
    step: 'owner-error-logs',
    shell: 'posix',
    command: `sudo journalctl -u apache2 -u httpd ${JOURNAL_WINDOW}`,
  },
  'apache-status': {
    step: 'owner-check-upstream',
    shell: 'posix',
    command: 'sudo systemctl status apache2 httpd',
  },
  'apache-config-test': { step: 'owner-proxy-config', shell: 'posix', command: 'sudo apachectl configtest' },
  'apache-vhosts': { step: 'owner-proxy-config', shell: 'posix', command: 'sudo apachectl -S' },
  'apache-timeouts': {
    step: 'owner-timeouts',
    shell: 'posix',
    command: "sudo grep -rn -i -E '^\\s*(Timeout|ProxyTimeout)' /etc/apache2 /etc/httpd 2>/dev/null",
  },

  'php-fpm-status': {
    step: 'owner-check-upstream',
    shell: 'posix',
    command: 'sudo systemctl status {{phpUnit}}',
  },
  'php-fpm-journal': {
    step: 'owner-error-logs',
    shell: 'posix',
    command: `sudo journalctl -u {{phpUnit}} ${JOURNAL_WINDOW}`,
  },
  'php-fpm-max-children': {
    step: 'owner-resources',
    shell: 'posix',
    command: 'sudo grep -h max_children /var/log/php*-fpm.log',
  },
  'php-fpm-timeouts': {
    step: 'owner-timeouts',
    shell: 'posix',
    command: "sudo grep -rn -E 'request_terminate_timeout|max_execution_time' /etc/php",
  },

  'node-pm2-status': { step: 'owner-check-upstream', shell: 'posix', command: 'pm2 status' },
  'node-pm2-logs': { step: 'owner-error-logs', shell: 'posix', command: 'pm2 logs --lines 100 --nostream' },

  'iis-app-pools': {
    step: 'owner-check-upstream',
    shell: 'powershell',
    command: 'Get-IISAppPool | Format-Table Name, State',
  },
  'iis-events': {
    step: 'owner-error-logs',
    shell: 'powershell',
    command:
      "Get-WinEvent -FilterHashtable @{ LogName = 'Application', 'System'; StartTime = [datetime]{{sinceIso}}; EndTime = [datetime]{{untilIso}} } | Where-Object LevelDisplayName -ne 'Information' | Format-List TimeCreated, ProviderName, Message",
  },
  'iis-logs': {
    step: 'owner-error-logs',
    shell: 'powershell',
    command:
      'Get-ChildItem C:\\inetpub\\logs\\LogFiles -Recurse -Filter *.log | Sort-Object LastWriteTime | Select-Object -Last 1 | Get-Content -Tail 100',
  },
  'iis-resources': {
    step: 'owner-resources',
    shell: 'powershell',
    command: "Get-Counter '\\Processor(_Total)\\% Processor Time', '\\Memory\\Available MBytes'",
  },
  'iis-firewall': {
    step: 'owner-server-firewall',
    shell: 'powershell',
    command:
      'Get-NetFirewallRule -Enabled True -Direction Inbound | Get-NetFirewallPortFilter | Where-Object LocalPort -In 80, 443',
  },

  'haproxy-journal': {
    step: 'owner-error-logs',
    shell: 'posix',
    command: `sudo journalctl -u haproxy ${JOURNAL_WINDOW}`,
  },
  'haproxy-config-test': {
    step: 'owner-proxy-config',
    shell: 'posix',
    command: 'sudo haproxy -c -f /etc/haproxy/haproxy.cfg',
  },
  'haproxy-servers': {
    step: 'owner-check-upstream',
    shell: 'posix',
    command: "echo 'show servers state' | sudo socat stdio /run/haproxy/admin.sock",
  },
  'envoy-clusters': {
    step: 'owner-check-upstream',
    shell: 'posix',
    command: "curl -s http://127.0.0.1:9901/clusters | grep -E 'health_flags|cx_connect_fail'",
  },
  'traefik-logs': {
    step: 'owner-error-logs',
    shell: 'posix',
    command: 'docker logs --since {{sinceIso}} --until {{untilIso}} traefik',
  },
  'caddy-journal': {
    step: 'owner-error-logs',
    shell: 'posix',
    command: `sudo journalctl -u caddy ${JOURNAL_WINDOW}`,
  },
  'caddy-validate': {
    step: 'owner-proxy-config',
    shell: 'posix',
    command: 'caddy validate --config /etc/caddy/Caddyfile',
  },
  'lighttpd-error-log': {
    step: 'owner-error-logs',
    shell: 'posix',
    command: 'sudo tail -n 100 /var/log/lighttpd/error.log',
  },
  'varnish-backends': {
    step: 'owner-check-upstream',
    shell: 'posix',
    command: 'sudo varnishadm backend.list',
  },
  'varnish-errors': {
    step: 'owner-error-logs',
    shell: 'posix',
    command: "sudo varnishlog -d -g request -q 'RespStatus >= 500'",
  },

  // Any CDN or edge network in front of the site.
  'cdn-bypass': {
    step: 'owner-cdn-origin',
    shell: 'posix',
    command: 'curl -sv --resolve {{host}}:{{port}}:ORIGIN_IP {{url}} -o /dev/null',
  },
  'cdn-fresh-headers': { step: 'owner-cdn-trace-id', shell: 'posix', command: 'curl -sI {{url}}' },
  'cloudflare-ips': {
    step: 'owner-server-firewall',
    shell: 'posix',
    command: 'curl -s https://www.cloudflare.com/ips-v4 https://www.cloudflare.com/ips-v6',
  },
  'cloudfront-origins': {
    step: 'owner-cdn-origin',
    shell: 'posix',
    command:
      "aws cloudfront list-distributions --query 'DistributionList.Items[].Origins.Items[].DomainName'",
  },
  'heroku-ps': { step: 'owner-check-upstream', shell: 'posix', command: 'heroku ps --app APP_NAME' },
  'heroku-logs': {
    step: 'owner-error-logs',
    shell: 'posix',
    command: 'heroku logs --num 200 --app APP_NAME',
  },
  'heroku-releases': {
    step: 'owner-recent-changes',
    shell: 'posix',
    command: 'heroku releases --app APP_NAME',
  },
  'elb-target-health': {
    step: 'owner-check-upstream',
    shell: 'posix',
    command: 'aws elbv2 describe-target-health --target-group-arn TARGET_GROUP_ARN',
  },

  // What a verdict asks, whatever the stack.
  timing: {
    step: 'owner-timeouts',
    shell: 'posix',
    command:
      "curl -s -o /dev/null -w 'connect %{time_connect}s, first byte %{time_starttransfer}s, total %{time_total}s\\n' {{url}}",
  },
  'repeat-status': {
    step: 'owner-health-checks',
    shell: 'posix',
    command:
      "for i in $(seq 20); do curl -s -o /dev/null -w '%{http_code}\\n' {{url}}; done | sort | uniq -c",
  },
  'connect-test': {
    step: 'owner-check-upstream',
    shell: 'posix',
    command: 'curl -sv --connect-timeout 10 {{url}} -o /dev/null',
  },
  'web-ports': {
    step: 'owner-server-firewall',
    shell: 'posix',
    command: "sudo ss -ltn '( sport = :80 or sport = :443 )'",
  },
  'tls-show-certificate': {
    step: 'owner-renew-certificate',
    shell: 'posix',
    command:
      'openssl s_client -connect {{authority}} -servername {{host}} </dev/null 2>/dev/null | openssl x509 -noout -subject -issuer -dates -ext subjectAltName',
  },
  'certbot-list': { step: 'owner-renew-certificate', shell: 'posix', command: 'sudo certbot certificates' },
  'dns-records': {
    step: 'owner-dns-records',
    shell: 'posix',
    command: 'dig +short {{host}} A {{host}} AAAA',
  },
  'dns-trace': { step: 'owner-dns-servers', shell: 'posix', command: 'dig +trace {{host}}' },
  'dns-dnssec': { step: 'owner-dns-servers', shell: 'posix', command: 'delv {{host}}' },
} as const satisfies Record<string, OwnerCheckEntry>;

export type OwnerCheckId = keyof typeof OWNER_CHECKS;
export const OWNER_CHECK_IDS = Object.keys(OWNER_CHECKS) as [OwnerCheckId, ...OwnerCheckId[]];

const HOST: readonly OwnerCheckId[] = [
  'host-listening',
  'host-failed-units',
  'host-journal',
  'host-resources',
  'host-oom',
  'host-packages',
  'host-firewall',
];

/** Layers a stack can have besides the page's source: the application behind the web server. */
export type OwnerLayer = SourceId | 'php-fpm' | 'node';

/**
 * The commands per layer. A layer without an entry (an unknown source, or one added later)
 * gets GENERIC_CHECKS; a CDN layer gets CDN_CHECKS as well (owner-checklist.ts).
 */
export const OWNER_STACKS: Readonly<Partial<Record<OwnerLayer, readonly OwnerCheckId[]>>> = {
  nginx: [
    'nginx-status',
    'nginx-error-log',
    'nginx-journal',
    'nginx-config-test',
    'nginx-upstreams',
    'nginx-timeouts',
    ...HOST,
  ],
  apache: [
    'apache-status',
    'apache-error-log',
    'apache-journal',
    'apache-config-test',
    'apache-vhosts',
    'apache-timeouts',
    ...HOST,
  ],
  iis: ['iis-app-pools', 'iis-logs', 'iis-events', 'iis-resources', 'iis-firewall'],
  'php-fpm': ['php-fpm-status', 'php-fpm-journal', 'php-fpm-max-children', 'php-fpm-timeouts'],
  node: ['node-pm2-status', 'node-pm2-logs'],
  haproxy: ['haproxy-servers', 'haproxy-journal', 'haproxy-config-test', ...HOST],
  envoy: ['envoy-clusters', ...HOST],
  traefik: ['traefik-logs', ...HOST],
  caddy: ['caddy-journal', 'caddy-validate', ...HOST],
  lighttpd: ['lighttpd-error-log', ...HOST],
  varnish: ['varnish-backends', 'varnish-errors', ...HOST],
  cloudflare: ['cloudflare-ips'],
  cloudfront: ['cloudfront-origins'],
  heroku: ['heroku-ps', 'heroku-logs', 'heroku-releases'],
  'aws-elb': ['elb-target-health', 'generic-response', ...HOST],
};

/** The commands for a server we know nothing about. */
export const GENERIC_CHECKS: readonly OwnerCheckId[] = ['generic-response', ...HOST];

/** The commands for any CDN or edge network in front of the site. */
export const CDN_CHECKS: readonly OwnerCheckId[] = ['cdn-bypass', 'cdn-fresh-headers'];

/** Commands a verdict asks for whatever the stack, listed before the stack's own. */
export const VERDICT_CHECKS: Readonly<Partial<Record<VerdictId, readonly OwnerCheckId[]>>> = {
  'site-timeout': ['timing'],
  'site-intermittent': ['repeat-status'],
  'site-unreachable': ['connect-test', 'web-ports', 'dns-records'],
  'site-dns-failing': ['dns-trace', 'dns-dnssec', 'dns-records'],
  'tls-certificate-error': ['tls-show-certificate', 'certbot-list'],
  'dns-stale-answer': ['dns-records'],
  'firewall-blocking': ['web-ports'],
  inconclusive: ['connect-test'],
};
