// English wording of the report (every format, the summary and the mail): the reference.
// `{{name}}` marks a value filled in per report. Every other language has exactly these keys.

export const reportTextsEn = {
  head: {
    documentTitle: 'Gateway Doctor report — {{title}}',
    eyebrow: 'Gateway Doctor report · verdict',
    forLine: 'For: {{recipient}}',
    verdict: 'Verdict',
    whoMustAct: 'Who must act',
    confidence: 'Confidence',
    confidenceHigh: 'high',
    confidenceMedium: 'medium',
    confidenceLow: 'low',
    site: 'Site',
    checkedAt: 'Checked at',
    keyEvidence: 'Key evidence',
    tellThem: 'What to tell them',
    footer: 'Made by Gateway Doctor {{version}} · report format {{format}}',
  },
  facts: {
    title: 'When, what and from where',
    field: 'Field',
    value: 'Value',
    timeZone: 'Time zone',
    target: 'Target',
    targetValue: '(host {{host}}, port {{port}})',
    computer: 'Computer',
    computerName: 'name {{name}}',
    appVersion: 'App version',
    run: 'Run',
    took: 'took {{duration}}',
    privacy: 'Privacy',
  },
  why: {
    title: 'Why we think so',
    none: 'No single check decided this verdict.',
  },
  response: {
    title: 'The failing response',
    status: 'HTTP {{status}}',
    noAnswer: 'No HTTP answer ({{error}})',
    unknownError: 'unknown error',
    from: 'from {{source}}',
    forUrl: 'for {{url}}',
    atAddress: 'at {{address}}',
    behind: 'behind {{cdn}}',
    failedOf: '{{failed}} of {{total}} requests failed',
    traceId: 'CDN trace id',
    traceHeader: 'from the {{header}} header',
    traceAsk: 'Support desks ask for this id together with the time above.',
    timings: 'Timings',
    timingsLine:
      'Timings: DNS {{dns}}, connect {{connect}}, TLS {{tls}}, first byte {{firstByte}}, total {{total}}.',
    dns: 'DNS',
    connect: 'Connect',
    tls: 'TLS',
    firstByte: 'First byte',
    total: 'Total',
    headers: 'Response headers',
    header: 'Header',
    noHeaders: 'No headers (no HTTP answer).',
    attempts: 'All requests',
    number: '#',
    statusColumn: 'Status',
    error: 'Error',
    time: 'Time',
    address: 'Address',
    via: 'Via',
    answeredBy: 'Answered by',
  },
  trace: {
    title: 'Path to the site (traceroute)',
    toolLine: 'Tool: {{tool}} · target {{target}} · {{reached}}',
    reached: 'destination reached',
    notReached: 'destination not reached',
    caption: 'Bars: average round-trip time per hop. Red line: share of probes lost.',
    hop: 'Hop',
    name: 'Name',
    probeTimes: 'Probe times (ms)',
    average: 'Average',
    loss: 'Loss',
    note: 'Note',
    noAddress: 'no address',
    lossCarries:
      'Loss starts at hop {{hop}}{{where}} and carries through to the destination ({{lastLoss}}% lost at the last hop). Traffic is being lost from that hop on.',
    lossWhere: ' ({{address}}, {{loss}}% lost)',
    lossRateLimit:
      'Loss shows at hop {{hop}}{{where}} but does not carry through to the destination: that router only limits its replies to traceroute, which is not a fault.',
    notReachedLast:
      'The trace did not reach the site; the last hop that answered is hop {{hop}} ({{address}}).',
    notReachedNone: 'The trace did not reach the site and no hop answered.',
    rateLimitOnly:
      'Some routers on the way drop part of the probes, but the destination answers them: that is rate limiting, not a fault.',
    healthy: 'Every hop answered without loss: the path to the site looks healthy.',
  },
  marks: {
    router: 'your router',
    lossStart: 'loss starts here',
    lossCarried: 'loss carries on',
    rateLimited: 'rate limiting only (not a fault)',
    destination: 'destination',
  },
  dns: {
    title: 'DNS comparison',
    resolver: 'Resolver',
    role: 'Role',
    result: 'Result',
    addresses: 'Addresses',
    transport: 'Transport',
    perAddress: 'The site at each address',
    systemUnknown: 'The system DNS servers could not be read; only the alternatives were asked.',
    systemFails: 'Your DNS server failed to answer, while the alternative DNS servers answered.',
    differ: "Your DNS server's addresses differ from the alternatives' addresses (see the table).",
    noneAnswers: 'No DNS server returned an address for the site.',
    agree: 'All DNS servers agree on the address of the site.',
  },
  checks: {
    title: 'Every check',
    check: 'Check',
    values: 'Values',
    duration: 'Duration',
    ok: 'OK',
    problem: 'Problem',
    skipped: 'Skipped',
    error: 'Could not run',
    problems: 'problems: {{list}}',
    reason: 'why: {{text}}',
    hint: 'hint: {{text}}',
    router: 'Router: {{address}}{{on}} · {{state}} ({{method}}) · latency {{latency}} · loss {{loss}}',
    routerOn: ' on {{interface}}',
    routerNotFound: 'not found',
    routerNotTested: 'not tested',
    routerAnswers: 'answers',
    routerSilent: 'does not answer',
    empty: '(empty)',
    none: '(none)',
  },
  steps: {
    title: 'Next steps',
    visitor: 'If you are visiting the site',
    owner: 'If you run the site',
  },
  privacy: {
    notRedacted: 'Not redacted: this report shows every value as measured.',
    hidden:
      'Hidden: {{list}}. Each hidden value is shown as a placeholder such as [public-ip-1]; the same value always gets the same placeholder.',
    keeps:
      'Kept on purpose: your router’s address, your internet provider’s routers on the path, DNS servers, the site’s and its CDN’s addresses, and CDN trace ids.',
  },
  summary: {
    title: 'Gateway Doctor report: {{title}}',
    whoMustAct: 'Who must act: {{who}}',
    site: 'Site: {{url}}',
    checkedAt: 'Checked at: {{time}}',
    response: 'Response: {{line}}',
    meaning: 'What this answer means: {{text}}',
    traceId: 'CDN trace id{{header}}: {{id}}',
    traceroute: 'Traceroute: {{reading}}',
    dns: 'DNS: {{reading}}',
    computer: 'Computer: {{os}}, Gateway Doctor {{version}}',
  },
  mail: {
    subject: 'Site {{host}}: {{problem}} — {{time}}',
    withStatus: 'HTTP {{status}}, {{problem}}',
    attachSaved:
      'The full report is not attached yet: please attach the report file you saved ({{file}}) before sending.',
    attachUnsaved:
      'The full report is not attached: save it in Gateway Doctor first, then attach the saved file before sending.',
    shortened: '[…] (shortened: the full report is in the saved file)',
  },
} as const;

/** The report's wording in one language: the same groups and keys as English. */
export type ReportTexts = {
  readonly [G in keyof typeof reportTextsEn]: { readonly [K in keyof (typeof reportTextsEn)[G]]: string };
};

/** Who the report is for (the verdict catalog's `reportTo`), in English. */
export const recipientsEn = {
  isp: {
    label: 'Your internet provider',
    why: 'It shows your internet provider where on the way to the site the traffic gets lost, with the time.',
    email: 'Email it to your internet provider',
  },
  'site-owner': {
    label: 'The website’s owner or support',
    why: 'It shows the website’s support what their servers answered, with the time, so they can find it in their logs.',
    email: 'Email it to the website’s support',
  },
  'cdn-support': {
    label: 'The website’s support, for its delivery network (CDN)',
    why: 'It gives the website’s support the delivery network’s trace id, the time and what the error code means, which their CDN support asks for.',
    email: 'Email it to the website’s support',
  },
  'proxy-admin': {
    label: 'Whoever runs your proxy or VPN',
    why: 'It shows whoever runs your proxy or VPN that it fails while the direct way works.',
    email: 'Email it to whoever runs the proxy',
  },
  'network-admin': {
    label: 'Your network administrator',
    why: 'It shows your network administrator which web ports are blocked from this computer.',
    email: 'Email it to your network administrator',
  },
  nobody: {
    label: 'Your own records',
    why: 'Nobody else needs this report: what is left to do is on your side. You can save it for yourself, for example to compare with a later check.',
    email: null,
  },
} as const;

/** Exactly what each redaction kind hides, in English (report privacy line and checkboxes). */
export const redactionEn = {
  'public-ip':
    'Your public internet address (the address sites see) and other addresses in your provider-assigned range',
  'lan-ip': 'Addresses of devices in your home network (the router’s address stays)',
  mac: 'Hardware (MAC) addresses',
  hostname: 'This computer’s name, in any spelling',
  username: 'Your user name (in folder paths and Windows domain logons)',
  email: 'E-mail addresses',
  query: 'Values in web addresses after ? and #, and key-like parts of their path',
  credential:
    'Passwords, keys and tokens (login headers, cookies, API keys, user:password@ in web addresses)',
} as const;
