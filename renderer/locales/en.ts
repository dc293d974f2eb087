// English catalog: the reference. Every other catalog has exactly these keys (type Catalog),
// and TKey lists every leaf so a typo in a key is a compile error.
import { textsEn } from '../../electron/contract/values';

export const en = {
  app: {
    title: 'Gateway Doctor',
    tagline: 'Find out why a website will not load, and what to do about it.',
    noBridge: 'Gateway Doctor cannot reach its checking engine. Please restart the app.',
    skip: 'Skip to the main content',
    newCheck: 'New check',
    history: 'Recent checks',
    back: 'Back',
    continue: 'Continue',
    stepOf: 'Step {{step}} of {{total}}',
    error: 'Something went wrong and this could not be done. Please try again.',
  },
  questions: {
    site: {
      question: 'Which website will not load?',
      help: 'Type its address as you would in the browser, for example example.com.',
      label: 'Website address',
      empty: 'Please type the address of the website.',
      invalid: 'This does not look like a web address. Try something like example.com.',
    },
    symptom: {
      question: 'What do you see instead of the page?',
      help: 'Pick what is closest to what your browser shows. If you are unsure, paste the text from the page.',
      'bad-gateway': {
        label: '502 Bad Gateway',
        hint: 'Also “Bad Gateway”, “Proxy Error” or “HTTP Error 502”.',
      },
      'gateway-timeout': {
        label: '504 Gateway Time-out',
        hint: 'The page waited a long time, then showed 504.',
      },
      'no-load': {
        label: 'The page does not load at all',
        hint: 'It keeps loading, or the browser says it cannot reach the site.',
      },
      'other-error': {
        label: 'Another error message',
        hint: 'For example “Service Temporarily Overloaded” or a code such as 0x80244021.',
      },
      paste: {
        label: 'I will paste the text I see',
        hint: 'Copy the words from the error page and paste them below.',
      },
      pasteLabel: 'Text from the error page',
      recognise: 'Read this text',
      recognising: 'Reading the text…',
      required: 'Please choose one of the answers.',
    },
    role: {
      question: 'Are you visiting this website, or do you run it?',
      help: 'The next steps depend on it.',
      visitor: { label: 'I am visiting it', hint: 'I just want the page to work.' },
      owner: {
        label: 'I run this website',
        hint: 'Show me the technical evidence and a checklist for the server.',
      },
    },
  },
  recognised: {
    title: 'What this message means',
    source: 'The message comes from {{source}}.',
    status: 'Error code {{status}}.',
    cdn: 'The site uses {{cdn}} in front of its servers.',
    unknown: 'We could not tell exactly where this message comes from. The checks will find out more.',
    failed: 'We could not read this text, but you can still continue.',
    unknownSource: 'an unknown program',
  },
  whoActs: textsEn.whoActs,
  checking: {
    title: { first: 'Checking {{site}}', recheck: 'Checking {{site}} again' },
    intro: 'This takes a few seconds. You can watch each step below.',
    listLabel: 'Checks',
    progress: '{{done}} of {{total}} checks done',
    cancel: 'Stop checking',
    state: {
      waiting: 'Waiting',
      running: 'Checking…',
      ok: 'Fine',
      problem: 'Problem found',
      followOn: 'Follows from the cause',
      skipped: 'Skipped',
      error: 'Could not check',
    },
    skippedWhy: 'Why:',
    hops: {
      title: 'Stops on the way to the website',
      count_one: '{{count}} stop so far',
      count_other: '{{count}} stops so far',
      hop: 'Stop {{ttl}}',
      noReply: 'no reply',
    },
    cancelled: {
      title: 'Checks stopped',
      body: 'You stopped the checks. Nothing was changed on your computer.',
    },
    failed: {
      title: 'The checks could not finish',
      body: 'Something went wrong while checking. You can try again.',
    },
    again: 'Check again',
    restart: 'Start over',
  },
  checks: textsEn.checks,
  chain: {
    caption: 'Where the fault is, from this computer to the website',
    node: {
      computer: 'This computer',
      router: 'Your router',
      isp: 'Internet provider',
      cdn: 'Delivery network',
      site: 'The website',
    },
    state: { broken: 'The fault is here', ok: 'Works', unknown: 'Not clear' },
  },
  verdict: {
    heading: 'Result for {{site}}',
    solved: 'Solved: the website works now.',
    notSolved: 'Not solved yet. Here is what we found this time.',
    changed: 'Something changed since the last check. Here is the new result.',
    whoHeading: 'Who needs to act',
    whyHeading: 'Why we think so',
    showEvidence: 'Show what we checked',
    confidence: textsEn.confidence,
    nextHeading: 'What you can do now',
    ownerNextHeading: 'Checklist for your server',
    quickFix: 'Quick fix',
    guided: 'Step by step',
    report: 'Make a report',
    checkAgain: 'Check again',
    earlier: 'This is an earlier result, from {{time}}.',
    checkedAt: 'Checked on {{time}}.',
    stillSeeing: 'Still see the error in your browser?',
    ownerToggle: 'Show technical details',
  },
  verdicts: textsEn.verdicts,
  actions: textsEn.steps,
  action: {
    checkAgainHint: 'When you have done this, check again and we will tell you whether it worked.',
    done: 'I did it, check again',
    close: 'Close',
    externalConsent:
      'To find out, we ask an outside service (check-host.net) to open the website from other places. It will see the website’s address. Go ahead?',
    externalYes: 'Yes, ask it',
    externalNo: 'No, thanks',
    browserLabel: 'Which browser do you usually use?',
    browserUnknown: 'I am not sure',
  },
  fix: {
    dnsFromTo: 'Your DNS servers: {{from}} → {{to}}',
    dnsNoProposal: 'No other DNS server answered this site in the checks. Type the servers to use.',
    serversLabel: 'DNS servers to use',
    serversHint: 'One to four addresses, separated by commas, such as 1.1.1.1, 9.9.9.9',
    serversInvalid:
      'These are not addresses of DNS servers. Type one to four addresses, such as 1.1.1.1, 9.9.9.9.',
    serversShow: 'Show this change',
    automatic: 'automatic (from the router)',
    title: 'Before we change anything',
    titleRunning: 'Your quick fix',
    titleKeep: 'Keep this change?',
    loading: 'Preparing…',
    willRun: 'This is exactly what will run:',
    steps: 'Do these steps:',
    changes: 'What it changes:',
    needsAdmin: 'Your computer will ask for your password, because this changes a system setting.',
    risk: {
      none: 'This cannot break anything.',
      low: 'Low risk: it can be undone.',
      medium: 'Some risk: we save your current settings first and can put them back.',
    },
    verify: 'How we check that it worked:',
    undo: 'How to undo it:',
    unavailable: 'This quick fix is not available on this computer.',
    run: 'Make the change',
    cancel: 'Cancel',
    stage: {
      snapshot: 'Saving your current settings…',
      run: 'Making the change…',
      verify: 'Checking that it works…',
      'awaiting-confirmation': 'Done. Does everything still work?',
      rollback: 'Putting your old settings back…',
      done: 'Finished.',
    },
    countdown_one: 'Keep this change? If you do nothing, we put your old settings back in {{count}} second.',
    countdown_other:
      'Keep this change? If you do nothing, we put your old settings back in {{count}} seconds.',
    keep: 'Keep it',
    revert: 'Undo it now',
    outcome: {
      kept: 'The change is kept.',
      verified: 'The change works.',
      'rolled-back': 'Your old settings are back.',
      failed: 'The change did not work. Nothing was left half done.',
      cancelled: 'Nothing was changed.',
    },
    rechecking: 'Now checking the website again…',
  },
  watch: {
    title: 'Tell me when it is back',
    intro:
      'We try the website now and then, waiting a little longer each time. You will get a notification when it answers.',
    start: 'Start watching',
    stop: 'Stop watching',
    waiting_one: 'Still not answering after {{count}} try.',
    waiting_other: 'Still not answering after {{count}} tries.',
    next: 'Next try in {{seconds}} seconds.',
    back: 'Good news: {{site}} answers again.',
    stopped: 'Stopped watching.',
    gaveUp: 'We stopped trying. The website still does not answer.',
    checkNow: 'Check everything again',
  },
  history: {
    title: 'Recent checks',
    empty: 'There are no earlier checks yet.',
    loading: 'Loading…',
    open: 'Open the result for {{site}}',
    missing: 'This result is no longer stored.',
  },
  report: {
    title: 'Report',
    for: 'For: {{recipient}}',
    privacy: 'Private details',
    enabled: 'Hide private details (recommended)',
    // Exactly what each kind hides: the same words as the report's privacy line.
    kind: textsEn.redaction,
    always: 'always hidden while private details are hidden',
    hidden: '{{count}} hidden',
    preview: 'Preview',
    previewFrame: 'The report as it will be saved',
    loading: 'Preparing the preview…',
    save: 'Save the report…',
    saveForMe: 'Save it for myself…',
    copy: 'Copy the whole report',
    saved: 'The report is saved.',
    notSaved: 'The report was not saved.',
    copied: 'The whole report is copied.',
    emailed:
      'Your email program is open with a message to fill in. The report is not attached: attach the file you saved before sending.',
    back: 'Back to the result',
  },
  tech: {
    title: 'Technical details',
    layer: 'Which layer answered',
    layerValue: '{{source}}, HTTP {{status}}',
    variant: 'Variant: {{variant}}',
    cdn: 'CDN: {{cdn}}',
    traceId: 'Trace ID: {{id}}',
    noAnswer: 'No HTTP answer ({{error}})',
    attempts: 'Requests',
    headers: 'Response headers',
    dns: 'DNS answers per resolver',
    resolver: 'Resolver',
    role: 'Role',
    addresses: 'Addresses',
    rcode: 'Result',
    latency: 'Time',
    timings: 'Timings',
    dnsMs: 'DNS',
    connectMs: 'Connect',
    tlsMs: 'TLS',
    firstByteMs: 'First byte',
    totalMs: 'Total',
    ms: '{{value}} ms',
    none: '—',
    gateway: 'Default gateway',
    gatewayValue: '{{address}} via {{method}}, loss {{loss}} %, {{latency}} ms',
    trace: 'Traceroute ({{tool}})',
    hop: 'Hop',
    reasons: 'What decided the verdict',
    checks: 'All checks',
    status: 'Status',
    duration: 'Duration',
    address: 'Address',
    via: 'Via',
  },
} as const;

type Widen<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends readonly string[]
      ? readonly string[]
      : Widen<T[K]>;
};
/** The shape every catalog must have. */
export type Catalog = Widen<typeof en>;

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K}`
    : T[K] extends readonly unknown[]
      ? never
      : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
// Plural forms (`_one`, `_other`) are used through their base key.
type StripPlural<K> = K extends `${infer B}_one` ? B : K extends `${infer B}_other` ? B : K;
/** Every text key of the catalog. */
export type TKey = StripPlural<Leaves<typeof en>>;
