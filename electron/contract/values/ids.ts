// The zod-free value layer: ids and codes every side may import (the renderer included).
// The contract's schemas are built from these lists; nothing here imports zod.

/** Stable check ids (public interface: CLI JSON, report, tests), in display order. */
export const CHECK_IDS = [
  'site-probe',
  'tls-certificate',
  'control-sites',
  'captive-portal',
  'gateway',
  'system-resolvers',
  'hosts-file',
  'dns-swap',
  'ipv6',
  'traceroute',
  'path-mtu',
  'proxy',
  'firewall',
  'external-vantage',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** The checks shown as "waiting" before the engine reports anything (external-vantage is opt-in). */
export const EXPECTED_CHECKS: readonly CheckId[] = CHECK_IDS.filter((id) => id !== 'external-vantage');

/**
 * The CDN and edge networks among the sources: a page one of them wrote came from the edge in
 * front of the site, and the origin behind it is usually at fault. The one list of them.
 */
export const CDN_SOURCE_IDS = [
  'cloudflare',
  'cloudfront',
  'akamai',
  'fastly',
  'edgeone',
  'google',
  'azure',
] as const;

/** Software or service that produced an error page (extend, never rename). */
export const SOURCE_IDS = [
  'nginx',
  'apache',
  'iis',
  'haproxy',
  'envoy',
  'traefik',
  'caddy',
  'varnish',
  'squid',
  'lighttpd',
  ...CDN_SOURCE_IDS,
  'aws-elb',
  'heroku',
  'windows-update',
  'twitter',
  'vercel',
  'netlify',
  'aws-api-gateway',
  'kong',
  'unknown',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];
export type CdnSourceId = (typeof CDN_SOURCE_IDS)[number];

/** True when `source` is a CDN or edge network (CDN_SOURCE_IDS). */
export function isCdnSource(source: SourceId): source is CdnSourceId {
  return (CDN_SOURCE_IDS as readonly SourceId[]).includes(source);
}

/** Who must act on a verdict or a recognised page. */
export const WHO_ACTS = ['you', 'site-owner', 'isp', 'proxy-admin', 'network-admin', 'unknown'] as const;
export type WhoActs = (typeof WHO_ACTS)[number];

/**
 * Who a report is for: the people who can act on its evidence. `nobody` when a report helps no
 * one else (the fix is on this computer, or nothing is broken): the user keeps it for themselves.
 */
export const REPORT_RECIPIENTS = [
  'isp',
  'site-owner',
  'cdn-support',
  'proxy-admin',
  'network-admin',
  'nobody',
] as const;
export type ReportRecipient = (typeof REPORT_RECIPIENTS)[number];

/** Closed catalog of quick-fix ids (commands run by main, guided steps shown by the UI). */
export const FIX_IDS = [
  'flush-dns',
  'switch-dns',
  'renew-dhcp',
  'open-private-window',
  'open-other-browser',
  'guide-clear-site-cache',
  'guide-restart-router',
  'guide-disable-proxy',
] as const;
export type FixId = (typeof FIX_IDS)[number];

/** Next steps, visitor and owner (texts live in the text catalogs, one per language). */
export const STEP_IDS = [
  'hard-refresh',
  'clear-site-cache',
  'private-window',
  'other-browser',
  'disable-extensions',
  'restart-browser',
  'retry-later',
  'retry-after',
  'notify-when-back',
  'status-page',
  'tell-site',
  'down-for-everyone',
  'restart-router',
  'check-cables-wifi',
  'restart-computer',
  'renew-dhcp',
  'switch-dns',
  'flush-dns',
  'contact-isp',
  'isp-status-page',
  'disable-proxy',
  'ask-proxy-admin',
  'pause-security-software',
  'ask-network-admin',
  'sign-in-portal',
  'remove-hosts-line',
  'check-vpn-mtu',
  'move-closer-wifi',
  'check-clock',
  'owner-check-upstream',
  'owner-error-logs',
  'owner-resources',
  'owner-recent-changes',
  'owner-proxy-config',
  'owner-hosting-provider',
  'owner-timeouts',
  'owner-slow-queries',
  'owner-health-checks',
  'owner-cdn-origin',
  'owner-cdn-status',
  'owner-cdn-trace-id',
  'owner-dns-records',
  'owner-dns-propagation',
  'owner-server-firewall',
  'owner-monitoring',
  'owner-checklist',
  'owner-renew-certificate',
  'owner-dns-servers',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/**
 * Kinds of private detail a report can hide (each has its own toggle and count). The defaults
 * protect the user (their public address, home network, devices, names, e-mail, web-address
 * secrets and credentials) and keep third-party evidence. `credential` is hidden whenever
 * redaction is on.
 */
export const REDACTION_KINDS = [
  'public-ip',
  'lan-ip',
  'mac',
  'hostname',
  'username',
  'email',
  'query',
  'credential',
] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

/** Kinds hidden whenever redaction is on, whatever the per-kind choices say: never evidence. */
export const ALWAYS_REDACTED: readonly RedactionKind[] = ['credential'];

/** Confidence of a verdict. */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
