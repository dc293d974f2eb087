import type { FixId, StepId, VerdictId, WhoActs } from '../../contract';

/** Who acts, quick fixes and next steps per verdict, in DESIGN.md's order. */
export interface VerdictPlan {
  whoActs: WhoActs;
  fixIds: FixId[];
  visitorSteps: StepId[];
  ownerSteps: StepId[];
}

const SITE_SIDE_VISITOR: StepId[] = ['retry-later', 'notify-when-back', 'status-page', 'tell-site'];

export const VERDICT_PLANS: Record<VerdictId, VerdictPlan> = {
  'site-ok': {
    whoActs: 'you',
    fixIds: ['guide-clear-site-cache', 'open-private-window', 'open-other-browser'],
    visitorSteps: ['hard-refresh', 'clear-site-cache', 'private-window', 'other-browser', 'disable-extensions', 'restart-browser'],
    ownerSteps: ['owner-monitoring'],
  },
  'site-server-error': {
    whoActs: 'site-owner',
    fixIds: [],
    visitorSteps: SITE_SIDE_VISITOR,
    ownerSteps: ['owner-check-upstream', 'owner-error-logs', 'owner-resources', 'owner-recent-changes', 'owner-proxy-config', 'owner-hosting-provider'],
  },
  'site-timeout': {
    whoActs: 'site-owner',
    fixIds: [],
    visitorSteps: SITE_SIDE_VISITOR,
    ownerSteps: ['owner-timeouts', 'owner-slow-queries', 'owner-resources', 'owner-check-upstream', 'owner-error-logs'],
  },
  'site-intermittent': {
    whoActs: 'site-owner',
    fixIds: [],
    visitorSteps: ['retry-later', 'notify-when-back', 'tell-site'],
    ownerSteps: ['owner-health-checks', 'owner-resources', 'owner-error-logs'],
  },
  'cdn-origin-error': {
    whoActs: 'site-owner',
    fixIds: [],
    visitorSteps: ['retry-later', 'notify-when-back', 'tell-site'],
    ownerSteps: ['owner-cdn-origin', 'owner-server-firewall', 'owner-cdn-status', 'owner-cdn-trace-id'],
  },
  'site-unreachable': {
    whoActs: 'site-owner',
    fixIds: [],
    visitorSteps: ['down-for-everyone', 'retry-later', 'tell-site'],
    ownerSteps: ['owner-check-upstream', 'owner-dns-records', 'owner-server-firewall'],
  },
  'proxy-error': {
    whoActs: 'you',
    fixIds: ['guide-disable-proxy'],
    visitorSteps: ['disable-proxy', 'ask-proxy-admin'],
    ownerSteps: [],
  },
  'dns-resolver-failing': {
    whoActs: 'you',
    fixIds: ['switch-dns', 'guide-restart-router'],
    visitorSteps: ['switch-dns', 'restart-router', 'contact-isp'],
    ownerSteps: [],
  },
  'dns-stale-answer': {
    whoActs: 'you',
    fixIds: ['flush-dns', 'switch-dns'],
    visitorSteps: ['flush-dns', 'switch-dns'],
    ownerSteps: ['owner-dns-propagation'],
  },
  'local-network-down': {
    whoActs: 'you',
    fixIds: ['guide-restart-router', 'renew-dhcp'],
    visitorSteps: ['restart-router', 'check-cables-wifi', 'restart-computer'],
    ownerSteps: [],
  },
  'isp-outage': {
    whoActs: 'isp',
    fixIds: ['guide-restart-router'],
    visitorSteps: ['restart-router', 'isp-status-page', 'contact-isp'],
    ownerSteps: [],
  },
  'isp-path-degraded': {
    whoActs: 'isp',
    fixIds: [],
    visitorSteps: ['contact-isp', 'retry-later'],
    ownerSteps: [],
  },
  'firewall-blocking': {
    whoActs: 'you',
    fixIds: [],
    visitorSteps: ['pause-security-software', 'ask-network-admin'],
    ownerSteps: ['owner-server-firewall'],
  },
  inconclusive: {
    whoActs: 'unknown',
    fixIds: ['guide-clear-site-cache', 'guide-restart-router'],
    visitorSteps: ['hard-refresh', 'clear-site-cache', 'other-browser', 'restart-router'],
    ownerSteps: ['owner-checklist'],
  },
};
