// The verdict catalog: one entry per verdict id with everything that is that verdict's own.
// Every surface (engine, CLI, report, window, test fixtures) derives from it; texts live in
// the per-language text catalogs (texts-en.ts, texts-de.ts). Adding a verdict: CONTRIBUTING.md.
import type { FixId, ReportRecipient, StepId, WhoActs } from './ids';

/** Evidence sections of the report, most telling first. */
export type ReportSection = 'response' | 'traceroute' | 'dns';

/** Where on the way from this computer to the site the fault sits (the window's chain). */
export type FaultLink = 'computer' | 'router' | 'isp' | 'cdn' | 'site' | 'none' | 'unknown';

/** Everything that belongs to one verdict, apart from its texts. */
export interface VerdictEntry {
  whoActs: WhoActs;
  /**
   * Who the report goes to (its heading, the window's buttons, the mail): who can act on the
   * evidence, which is not always who acts first (a failing proxy: you switch it off, its admin
   * repairs it). `nobody` when a report helps no one: the user saves it for themselves.
   */
  reportTo: ReportRecipient;
  /** The link of the chain this computer → router → provider → (CDN) → site that is broken. */
  link: FaultLink;
  /** Quick fixes offered, in order. */
  fixIds: readonly FixId[];
  /** Next steps for someone visiting the site, in order. */
  visitorSteps: readonly StepId[];
  /** Next steps for the site's owner (or, where the owner cannot act, the visitor's). */
  ownerSteps: readonly StepId[];
  /** The site's owner has something to fix (owner wording and checklist apply). */
  ownerActs: boolean;
  /** Report evidence sections in order. */
  sections: readonly ReportSection[];
}

const SITE_SECTIONS = ['response', 'traceroute', 'dns'] as const;
const PATH_SECTIONS = ['traceroute', 'response', 'dns'] as const;
const DNS_SECTIONS = ['dns', 'response', 'traceroute'] as const;
const VISITOR_WAIT = [
  'retry-later',
  'notify-when-back',
  'status-page',
  'tell-site',
  'down-for-everyone',
] as const;

export const VERDICTS = {
  'site-ok': {
    whoActs: 'you',
    reportTo: 'nobody',
    link: 'none',
    fixIds: ['guide-clear-site-cache', 'open-private-window', 'open-other-browser'],
    visitorSteps: [
      'hard-refresh',
      'clear-site-cache',
      'private-window',
      'other-browser',
      'disable-extensions',
      'restart-browser',
    ],
    ownerSteps: ['owner-monitoring', 'hard-refresh', 'clear-site-cache', 'private-window'],
    ownerActs: true,
    sections: SITE_SECTIONS,
  },
  'site-server-error': {
    whoActs: 'site-owner',
    reportTo: 'site-owner',
    link: 'site',
    fixIds: [],
    visitorSteps: VISITOR_WAIT,
    ownerSteps: [
      'owner-check-upstream',
      'owner-error-logs',
      'owner-resources',
      'owner-recent-changes',
      'owner-proxy-config',
      'owner-hosting-provider',
    ],
    ownerActs: true,
    sections: SITE_SECTIONS,
  },
  'site-timeout': {
    whoActs: 'site-owner',
    reportTo: 'site-owner',
    link: 'site',
    fixIds: [],
    visitorSteps: VISITOR_WAIT,
    ownerSteps: [
      'owner-timeouts',
      'owner-slow-queries',
      'owner-resources',
      'owner-check-upstream',
      'owner-error-logs',
      'owner-hosting-provider',
    ],
    ownerActs: true,
    sections: SITE_SECTIONS,
  },
  'site-intermittent': {
    whoActs: 'site-owner',
    reportTo: 'site-owner',
    link: 'site',
    fixIds: [],
    visitorSteps: ['retry-later', 'notify-when-back', 'tell-site'],
    ownerSteps: ['owner-health-checks', 'owner-resources', 'owner-error-logs', 'owner-check-upstream'],
    ownerActs: true,
    sections: SITE_SECTIONS,
  },
  'cdn-origin-error': {
    whoActs: 'site-owner',
    reportTo: 'cdn-support',
    link: 'cdn',
    fixIds: [],
    visitorSteps: ['retry-later', 'notify-when-back', 'status-page', 'tell-site'],
    ownerSteps: [
      'owner-cdn-origin',
      'owner-server-firewall',
      'owner-cdn-status',
      'owner-cdn-trace-id',
      'owner-check-upstream',
    ],
    ownerActs: true,
    sections: SITE_SECTIONS,
  },
  'site-unreachable': {
    whoActs: 'site-owner',
    reportTo: 'site-owner',
    link: 'site',
    fixIds: [],
    visitorSteps: ['down-for-everyone', 'retry-later', 'notify-when-back', 'tell-site'],
    ownerSteps: [
      'owner-check-upstream',
      'owner-dns-records',
      'owner-server-firewall',
      'owner-hosting-provider',
    ],
    ownerActs: true,
    sections: PATH_SECTIONS,
  },
  'site-dns-failing': {
    whoActs: 'site-owner',
    reportTo: 'site-owner',
    link: 'site',
    fixIds: [],
    visitorSteps: ['retry-later', 'notify-when-back', 'tell-site'],
    ownerSteps: ['owner-dns-servers', 'owner-dns-records', 'owner-hosting-provider'],
    ownerActs: true,
    sections: DNS_SECTIONS,
  },
  'tls-certificate-error': {
    whoActs: 'site-owner',
    reportTo: 'site-owner',
    link: 'site',
    fixIds: [],
    visitorSteps: ['check-clock', 'retry-later', 'tell-site'],
    ownerSteps: ['owner-renew-certificate', 'owner-proxy-config', 'owner-cdn-origin'],
    ownerActs: true,
    sections: SITE_SECTIONS,
  },
  'proxy-error': {
    whoActs: 'you',
    reportTo: 'proxy-admin',
    link: 'computer',
    fixIds: ['guide-disable-proxy'],
    visitorSteps: ['disable-proxy', 'ask-proxy-admin'],
    ownerSteps: ['disable-proxy', 'ask-proxy-admin'],
    ownerActs: false,
    sections: SITE_SECTIONS,
  },
  'captive-portal': {
    whoActs: 'you',
    reportTo: 'nobody',
    link: 'router',
    fixIds: [],
    visitorSteps: ['sign-in-portal', 'check-cables-wifi', 'retry-later'],
    ownerSteps: ['sign-in-portal', 'check-cables-wifi', 'retry-later'],
    ownerActs: false,
    sections: SITE_SECTIONS,
  },
  'hosts-file-override': {
    whoActs: 'you',
    reportTo: 'nobody',
    link: 'computer',
    fixIds: ['flush-dns'],
    visitorSteps: ['remove-hosts-line', 'flush-dns'],
    ownerSteps: ['remove-hosts-line', 'flush-dns'],
    ownerActs: false,
    sections: DNS_SECTIONS,
  },
  'dns-resolver-failing': {
    whoActs: 'you',
    reportTo: 'isp',
    link: 'router',
    fixIds: ['switch-dns', 'guide-restart-router'],
    visitorSteps: ['switch-dns', 'restart-router', 'contact-isp'],
    ownerSteps: ['switch-dns', 'restart-router', 'contact-isp'],
    ownerActs: false,
    sections: DNS_SECTIONS,
  },
  'dns-stale-answer': {
    whoActs: 'you',
    reportTo: 'nobody',
    link: 'router',
    fixIds: ['flush-dns', 'switch-dns'],
    visitorSteps: ['flush-dns', 'switch-dns'],
    ownerSteps: ['owner-dns-propagation', 'owner-dns-records', 'flush-dns'],
    ownerActs: true,
    sections: DNS_SECTIONS,
  },
  'local-network-down': {
    whoActs: 'you',
    reportTo: 'nobody',
    link: 'router',
    fixIds: ['guide-restart-router', 'renew-dhcp'],
    visitorSteps: [
      'restart-router',
      'check-cables-wifi',
      'renew-dhcp',
      'restart-computer',
      'notify-when-back',
    ],
    ownerSteps: ['restart-router', 'check-cables-wifi', 'renew-dhcp', 'restart-computer', 'notify-when-back'],
    ownerActs: false,
    sections: PATH_SECTIONS,
  },
  'local-network-degraded': {
    whoActs: 'you',
    reportTo: 'nobody',
    link: 'router',
    fixIds: ['guide-restart-router'],
    visitorSteps: ['move-closer-wifi', 'check-cables-wifi', 'restart-router'],
    ownerSteps: ['move-closer-wifi', 'check-cables-wifi', 'restart-router'],
    ownerActs: false,
    sections: PATH_SECTIONS,
  },
  'isp-outage': {
    whoActs: 'isp',
    reportTo: 'isp',
    link: 'isp',
    fixIds: ['guide-restart-router'],
    visitorSteps: ['restart-router', 'isp-status-page', 'contact-isp', 'notify-when-back'],
    ownerSteps: ['restart-router', 'isp-status-page', 'contact-isp', 'notify-when-back'],
    ownerActs: false,
    sections: PATH_SECTIONS,
  },
  'isp-path-degraded': {
    whoActs: 'isp',
    reportTo: 'isp',
    link: 'isp',
    fixIds: [],
    visitorSteps: ['contact-isp', 'retry-later', 'notify-when-back'],
    ownerSteps: ['contact-isp', 'retry-later', 'notify-when-back'],
    ownerActs: false,
    sections: PATH_SECTIONS,
  },
  'path-mtu-blackhole': {
    whoActs: 'isp',
    reportTo: 'isp',
    link: 'isp',
    fixIds: ['guide-restart-router'],
    visitorSteps: ['check-vpn-mtu', 'restart-router', 'contact-isp'],
    ownerSteps: ['check-vpn-mtu', 'restart-router', 'contact-isp'],
    ownerActs: false,
    sections: PATH_SECTIONS,
  },
  'ipv6-broken': {
    whoActs: 'isp',
    reportTo: 'isp',
    link: 'isp',
    fixIds: ['guide-restart-router'],
    visitorSteps: ['restart-router', 'contact-isp', 'retry-later'],
    ownerSteps: ['restart-router', 'contact-isp', 'retry-later'],
    ownerActs: false,
    sections: PATH_SECTIONS,
  },
  'firewall-blocking': {
    whoActs: 'you',
    reportTo: 'network-admin',
    link: 'computer',
    fixIds: [],
    visitorSteps: ['pause-security-software', 'ask-network-admin'],
    ownerSteps: ['owner-server-firewall', 'pause-security-software', 'ask-network-admin'],
    ownerActs: true,
    sections: PATH_SECTIONS,
  },
  inconclusive: {
    whoActs: 'unknown',
    reportTo: 'nobody',
    link: 'unknown',
    fixIds: ['guide-clear-site-cache', 'guide-restart-router'],
    visitorSteps: [
      'hard-refresh',
      'clear-site-cache',
      'other-browser',
      'restart-router',
      'down-for-everyone',
    ],
    ownerSteps: ['owner-checklist', 'owner-error-logs', 'owner-check-upstream', 'down-for-everyone'],
    ownerActs: true,
    sections: SITE_SECTIONS,
  },
} as const satisfies Record<string, VerdictEntry>;

/** Stable verdict ids (public interface), in catalog order. */
export type VerdictId = keyof typeof VERDICTS;
export const VERDICT_IDS = Object.keys(VERDICTS) as [VerdictId, ...VerdictId[]];

/** The catalog entry of a verdict. */
export function verdictEntry(id: VerdictId): VerdictEntry {
  return VERDICTS[id];
}
