import type { PageCodeId } from './page-codes';
// What the engine found and why a check did not run, as codes with values: the one list of every
// text id the engine can emit. The words live in the text catalogs (`reasons`, `skips`, `hints`,
// `fixUnavailable`), one per language; every surface fills them in its own language.

/**
 * Texts of verdict reasons, and the fragments some of them are built from (a fragment is a
 * phrase passed as a value, e.g. an optional "(trace id …)"). A reason's `code` is the problem
 * it reports; its `text` says it in words (one code may have several wordings).
 */
export const REASON_TEXTS = [
  'http-5xx',
  'site-answers',
  'intermittent',
  'no-http-answer',
  'no-own-answer',
  'cdn-edge-error',
  'controls-answer',
  'controls-all-failed',
  'gateway-answers',
  'no-default-route',
  'gateway-silent',
  'gateway-silent-tcp',
  'proxy-fails-direct-works',
  'proxy-unreachable',
  'web-port-refused',
  'web-port-silent',
  'host-silent',
  'path-loss-carries-through',
  'path-stops',
  'down-for-everyone',
  'conflict-site',
  'conflict-proxy',
  'conflict-firewall',
  'evidence',
  'not-run',
  'system-address-fails-alternative-works',
  'system-dns-failing',
  'system-dns-silent',
  'all-dns-nxdomain',
  'all-dns-failed',
  'gateway-loss',
  'gateway-jitter',
  'path-loss-from-home',
  'loss-beyond',
  'stalls-after-connect',
  'mtu-blackhole',
  'starts-after-router',
  'starts-at-hop',
  'mtu-link-first-link',
  'mtu-link-router-to-provider',
  'mtu-link-between-hops',
  'mtu-link-up-to-hop',
  'starts-before-router',
  'small-answer-arrives',
  'ipv6-fails',
  'ipv4-works',
  'computer-has-ipv6',
  'os-reports-portal',
  'portal-redirect',
  'portal-same-page',
  'site-pinned',
  'site-pinned-line',
  'lookup-uses-hosts',
  'dns-address',
  'dns-address-works-there',
  'site-name-fails-everywhere',
  'control-name-resolves',
  'tls-expired',
  'tls-not-yet-valid',
  'tls-wrong-name',
  'tls-unknown-issuer',
  'tls-other',
  'certificate-seen',
  'clock-off',
  'clock-right',
  'cert-intercepted',
  // fragments
  'in-parens',
  'quoted-in-parens',
  'page-made-by',
  'trace-id',
  'page-meaning',
  'in-ms',
  'stalled-in-tls',
  'with-sign-in-form',
  'portal-sign-in-page',
  'hosts-line-reads',
  'address-status',
  'server-failed',
  'server-silent',
  'servfail-or-silent',
  'at-address',
  'cert-issued-to',
  'cert-for',
  'cert-self-signed',
  'cert-by',
  'cert-valid',
  'cert-expired-ago',
  'cert-starts-in',
  'clock-ahead',
  'clock-behind',
  'clock-explains',
  'clock-not-explains',
] as const;
export type ReasonTextId = (typeof REASON_TEXTS)[number];

/** Why a check was skipped or ended in an error. */
export const SKIP_CODES = [
  'cancelled',
  'check-crashed',
  'no-controls',
  'ip-no-lookup',
  'no-resolvers',
  'external-off',
  'external-unavailable',
  'external-odd-answer',
  'no-site-address',
  'ip-no-hosts-file',
  'no-hosts-file',
  'hosts-file-unreadable',
  'ip-one-family',
  'no-ipv6-address',
  'no-ipv6-here',
  'no-stall',
  'site-completed',
  'proxy-setting-invalid',
  'proxy-unsupported',
  'no-time-left',
  'trace-name-unresolved',
  'trace-router-down',
  'trace-name-not-found',
  'trace-not-asked',
  'not-https',
  'tls-no-connection',
  'tool-missing',
  'tool-denied',
  'tool-not-started',
  'gateway-unreadable',
  'ping-no-icmp',
  'ping-unresolved',
  'ping-output-odd',
  'trace-not-permitted',
  'trace-failed',
  'trace-unusable',
  'trace-missing',
  'dns-config-unreadable',
  'os-no-portal-report',
  'portal-tool-missing',
  'portal-tool-silent',
] as const;
export type SkipCode = (typeof SKIP_CODES)[number];

/** What the user can do so a skipped check runs next time. */
export const HINT_CODES = [
  'run-again',
  'give-controls',
  'give-resolvers',
  'turn-on-external',
  'fix-proxy-setting',
  'compare-without-proxy',
  'more-time',
  'install-package',
  'tool-part-of-windows',
  'tool-part-of-macos',
  'check-permissions',
  'check-network',
  'ping-permission',
  'check-name',
  'report-output',
  'check-dns-config',
] as const;
export type HintCode = (typeof HINT_CODES)[number];

/** Why a quick fix cannot run on this computer. */
export const FIX_UNAVAILABLE_CODES = [
  'no-method',
  'no-dns-cache',
  'no-route',
  'no-dns-manager',
  'dns-not-saveable',
  'no-private-browser',
  'browser-missing',
  'no-other-browser',
] as const;
export type FixUnavailableCode = (typeof FIX_UNAVAILABLE_CODES)[number];

/** The steps of the guided fixes, per browser or system (a guide lists them in order). */
export const GUIDE_STEP_IDS = [
  'chrome-open',
  'chrome-site-data',
  'chrome-delete',
  'chrome-reload',
  'edge-open',
  'edge-site-data',
  'edge-delete',
  'edge-reload',
  'firefox-open',
  'firefox-clear',
  'firefox-confirm',
  'firefox-reload',
  'safari-open',
  'safari-manage',
  'safari-remove',
  'safari-reload',
  'router-find',
  'router-off',
  'router-on',
  'router-wait',
  'proxy-win-open',
  'proxy-win-automatic',
  'proxy-win-manual',
  'proxy-mac-open',
  'proxy-mac-details',
  'proxy-mac-off',
  'proxy-linux-desktop',
  'proxy-linux-variables',
  'proxy-other-program',
  'proxy-check-again',
] as const;
export type GuideStepId = (typeof GUIDE_STEP_IDS)[number];

/** A duration in seconds, put into words in the reader's language ("3 days", "3 Tage"). */
export interface Span {
  seconds: number;
}
/** What a code printed on an error page means (PAGE_CODES), put into words in the reader's language. */
export interface PageCodeRef {
  pageCode: PageCodeId;
}
/** A value inside a phrase: plain (names, addresses, counts), a duration or a page code's meaning. */
export type FlatParam = string | number | Span | PageCodeRef;
/** A text with its values: a fragment passed into another text. */
export interface Phrase {
  text: ReasonTextId;
  params?: Record<string, FlatParam>;
}
/** A value of a reason or skip text: plain, a duration, a fragment or fragments joined by commas. */
export type TextParam = FlatParam | Phrase | Phrase[];
export type TextParams = Record<string, TextParam>;
