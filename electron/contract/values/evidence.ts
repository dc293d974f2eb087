// Typed evidence: the problem codes and evidence keys each check may report, declared once.
// The verdict rules read them through these names, so a typo does not compile.
import type { CheckId } from './ids';

/** What a failed connection or request is called (the site probe, controls and proxy share it). */
export const NETWORK_ERROR_CODES = [
  'connect-refused',
  'connect-timeout',
  'response-timeout',
  'body-timeout',
  'name-not-resolved',
  'network-unreachable',
  'connection-reset',
  'proxy-refused-tunnel',
  'cancelled',
  'protocol-error',
  'tls-error',
  'network-error',
] as const;
export type NetworkErrorCode = (typeof NETWORK_ERROR_CODES)[number];

/** An HTTP status as a problem code, e.g. `http-502`. */
export type HttpStatusCode = `http-${number}`;

/** Problem codes per check (the fixed ones; site-probe adds `http-<status>`). */
export const CHECK_PROBLEMS = {
  'site-probe': [
    'http-5xx',
    'cdn-edge-error',
    'no-http-answer',
    'intermittent',
    'proxy-unsupported',
    'tls-expired',
    'tls-not-yet-valid',
    'tls-wrong-name',
    'tls-unknown-issuer',
    'redirect-foreign',
    ...NETWORK_ERROR_CODES,
  ],
  'tls-certificate': [
    'cert-expired',
    'cert-not-yet-valid',
    'cert-wrong-name',
    'cert-unknown-issuer',
    'cert-other-error',
    'cert-intercepted',
    'tls-handshake-failed',
  ],
  'captive-portal': ['web-intercepted', 'os-reports-portal'],
  'control-sites': [
    'controls-all-failed',
    'controls-some-failed',
    'controls-redirected',
    ...NETWORK_ERROR_CODES,
  ],
  gateway: [
    'no-default-route',
    'gateway-loss',
    'gateway-jitter',
    'icmp-not-permitted',
    'gateway-ignores-ping',
    'gateway-silent',
  ],
  'system-resolvers': ['no-system-resolvers'],
  'hosts-file': ['site-pinned'],
  'dns-swap': [
    'system-dns-timeout',
    'system-dns-servfail',
    'system-dns-refused',
    'system-dns-error',
    'system-dns-failing',
    'system-dns-nxdomain',
    'all-dns-nxdomain',
    'all-dns-failed',
    'answers-differ',
    'system-address-fails-alternative-works',
    'site-name-fails-everywhere',
  ],
  ipv6: ['ipv6-fails-ipv4-works', 'site-ipv6-fails-elsewhere-works'],
  traceroute: ['path-loss-carries-through', 'path-stops'],
  'path-mtu': ['mtu-blackhole', 'mtu-too-big-signalled', 'mtu-loss-not-size', 'site-ignores-df-ping'],
  proxy: ['proxy-path-fails', 'proxy-unreachable', 'proxy-fails-direct-works'],
  firewall: [
    'web-port-refused',
    'web-port-silent',
    'web-port-unreachable',
    'web-ports-blocked',
    'host-silent',
  ],
  'external-vantage': ['down-for-everyone'],
} as const satisfies Record<CheckId, readonly string[]>;

/** The problem codes check `C` may report. */
export type ProblemOf<C extends CheckId> =
  (typeof CHECK_PROBLEMS)[C][number] | (C extends 'site-probe' ? HttpStatusCode : never);

/** Evidence keys per check: what each check records with its result. */
export const CHECK_EVIDENCE = {
  'site-probe': [
    'attempts',
    'ok',
    'serverErrors',
    'noAnswer',
    'statuses',
    'errors',
    'via',
    'address',
    'source',
    'variant',
    'cdn',
    'traceId',
    'redirectHost',
    'medianFirstByteMs',
  ],
  'tls-certificate': [
    'address',
    'authorized',
    'errorCode',
    'errorClass',
    'subject',
    'names',
    'issuer',
    'selfSigned',
    'validFrom',
    'validTo',
    'checkedAt',
    'controlCertificates',
    'interceptor',
  ],
  'captive-portal': ['portalHost', 'how', 'intercepted', 'asked', 'title', 'loginForm', 'siteAnswered', 'os'],
  'control-sites': ['controls', 'answered', 'total', 'redirectHost', 'clockSkewSec'],
  gateway: [
    'address',
    'interface',
    'ping',
    'pingSent',
    'pingReceived',
    'lossPct',
    'rttAvgMs',
    'rttMinMs',
    'rttMaxMs',
    'jitterMs',
    'tcp',
  ],
  'system-resolvers': ['resolvers'],
  'hosts-file': ['path', 'host', 'addresses', 'line', 'entries', 'lookupAddresses'],
  'dns-swap': [
    'name',
    'answers',
    'fastestAlternativeMs',
    'adaptiveTimeoutMs',
    'addressProbes',
    'controlName',
    'controlAnswers',
  ],
  ipv6: ['addresses6', 'addresses4', 'sourceAddress', 'results', 'works4', 'works6', 'controlWorks6'],
  'path-mtu': [
    'address',
    'family',
    'stalledIn',
    'router',
    'pathMtu',
    'lostFrom',
    'routerPasses',
    'where',
    'tooBigFrom',
    'reportedMtu',
    'localMtu',
    'probes',
    'smallAnswerStatus',
    'smallAnswerError',
  ],
  traceroute: [
    'tool',
    'reached',
    'hops',
    'routerTtl',
    'routerAnswered',
    'lossStartsAt',
    'carriesThrough',
    'rateLimitedHops',
    'destinationLossPct',
    'destinationLossSource',
    'stoppedEarly',
  ],
  proxy: ['configured', 'proxy', 'source', 'viaProxy', 'direct'],
  firewall: ['address', 'ports', 'ping', 'pingReceived', 'pingSent', 'pingLossPct', 'pingRttMs'],
  'external-vantage': ['service', 'up', 'down', 'pending', 'upElsewhere'],
} as const satisfies Record<CheckId, readonly string[]>;

/** The evidence keys check `C` may record. */
export type EvidenceKeyOf<C extends CheckId> = (typeof CHECK_EVIDENCE)[C][number];
