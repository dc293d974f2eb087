// German wording of the report (every format, the summary and the mail); keys as in English.
import type { ReportTexts } from './report-texts-en';

export const reportTextsDe = {
  head: {
    documentTitle: 'Gateway-Doctor-Bericht — {{title}}',
    eyebrow: 'Gateway-Doctor-Bericht · Ergebnis',
    forLine: 'Für: {{recipient}}',
    verdict: 'Ergebnis',
    whoMustAct: 'Wer handeln muss',
    confidence: 'Sicherheit',
    site: 'Website',
    checkedAt: 'Geprüft am',
    keyEvidence: 'Wichtigster Befund',
    tellThem: 'Was Sie ihnen sagen können',
    footer: 'Erstellt mit Gateway Doctor {{version}} · Berichtsformat {{format}}',
  },
  facts: {
    title: 'Wann, was und von wo',
    field: 'Feld',
    value: 'Wert',
    timeZone: 'Zeitzone',
    target: 'Ziel',
    targetValue: '(Host {{host}}, Port {{port}})',
    computer: 'Computer',
    computerName: 'Name {{name}}',
    appVersion: 'App-Version',
    run: 'Durchlauf',
    took: 'Dauer {{duration}}',
    privacy: 'Datenschutz',
  },
  why: {
    title: 'Warum wir das denken',
    none: 'Keine einzelne Prüfung hat dieses Ergebnis entschieden.',
  },
  response: {
    title: 'Die fehlerhafte Antwort',
    status: 'HTTP {{status}}',
    noAnswer: 'Keine HTTP-Antwort ({{error}})',
    unknownError: 'unbekannter Fehler',
    from: 'von {{source}}',
    forUrl: 'für {{url}}',
    atAddress: 'unter {{address}}',
    behind: 'hinter {{cdn}}',
    failedOf: '{{failed}} von {{total}} Anfragen fehlgeschlagen',
    traceId: 'CDN-Trace-ID',
    traceHeader: 'aus dem Header {{header}}',
    traceAsk: 'Der Support fragt nach dieser ID zusammen mit der Uhrzeit oben.',
    timings: 'Zeiten',
    timingsLine:
      'Zeiten: DNS {{dns}}, Verbindung {{connect}}, TLS {{tls}}, erstes Byte {{firstByte}}, gesamt {{total}}.',
    dns: 'DNS',
    connect: 'Verbindung',
    tls: 'TLS',
    firstByte: 'Erstes Byte',
    total: 'Gesamt',
    headers: 'Antwort-Header',
    header: 'Header',
    noHeaders: 'Keine Header (keine HTTP-Antwort).',
    attempts: 'Alle Anfragen',
    number: 'Nr.',
    statusColumn: 'Status',
    error: 'Fehler',
    time: 'Zeit',
    address: 'Adresse',
    via: 'Über',
    answeredBy: 'Beantwortet von',
  },
  trace: {
    title: 'Weg zur Website (Traceroute)',
    toolLine: 'Werkzeug: {{tool}} · Ziel {{target}} · {{reached}}',
    reached: 'Ziel erreicht',
    notReached: 'Ziel nicht erreicht',
    caption: 'Balken: mittlere Antwortzeit je Station. Rote Linie: Anteil verlorener Pakete.',
    hop: 'Station',
    name: 'Name',
    probeTimes: 'Messzeiten (ms)',
    average: 'Mittel',
    loss: 'Verlust',
    note: 'Hinweis',
    noAddress: 'keine Adresse',
    lossCarries:
      'Der Verlust beginnt bei Station {{hop}}{{where}} und reicht bis zum Ziel ({{lastLoss}} % Verlust an der letzten Station). Ab dieser Station gehen Daten verloren.',
    lossWhere: ' ({{address}}, {{loss}} % verloren)',
    lossRateLimit:
      'Bei Station {{hop}}{{where}} zeigt sich Verlust, der aber nicht bis zum Ziel reicht: Dieser Router begrenzt nur seine Antworten an Traceroute, das ist kein Fehler.',
    notReachedLast:
      'Die Messung hat die Website nicht erreicht; die letzte antwortende Station ist Station {{hop}} ({{address}}).',
    notReachedNone: 'Die Messung hat die Website nicht erreicht, und keine Station hat geantwortet.',
    rateLimitOnly:
      'Einige Router unterwegs verwerfen einen Teil der Messpakete, aber das Ziel beantwortet sie: Das ist eine Ratenbegrenzung, kein Fehler.',
    healthy: 'Jede Station hat ohne Verlust geantwortet: Der Weg zur Website sieht gesund aus.',
  },
  marks: {
    router: 'Ihr Router',
    lossStart: 'hier beginnt der Verlust',
    lossCarried: 'Verlust setzt sich fort',
    rateLimited: 'nur Ratenbegrenzung (kein Fehler)',
    destination: 'Ziel',
  },
  dns: {
    title: 'DNS-Vergleich',
    resolver: 'DNS-Server',
    role: 'Rolle',
    result: 'Ergebnis',
    addresses: 'Adressen',
    transport: 'Transport',
    perAddress: 'Die Website unter jeder Adresse',
    systemUnknown:
      'Die DNS-Server des Systems ließen sich nicht auslesen; nur die Alternativen wurden gefragt.',
    systemFails: 'Ihr DNS-Server hat nicht geantwortet, die alternativen DNS-Server schon.',
    differ: 'Ihr DNS-Server liefert andere Adressen als die Alternativen (siehe Tabelle).',
    noneAnswers: 'Kein DNS-Server hat eine Adresse für die Website geliefert.',
    agree: 'Alle DNS-Server liefern dieselbe Adresse für die Website.',
  },
  checks: {
    title: 'Alle Prüfungen',
    check: 'Prüfung',
    values: 'Werte',
    duration: 'Dauer',
    ok: 'OK',
    problem: 'Problem',
    skipped: 'Übersprungen',
    error: 'Nicht ausführbar',
    problems: 'Probleme: {{list}}',
    reason: 'Grund: {{text}}',
    hint: 'Hinweis: {{text}}',
    router: 'Router: {{address}}{{on}} · {{state}} ({{method}}) · Antwortzeit {{latency}} · Verlust {{loss}}',
    routerOn: ' an {{interface}}',
    routerNotFound: 'nicht gefunden',
    routerNotTested: 'nicht geprüft',
    routerAnswers: 'antwortet',
    routerSilent: 'antwortet nicht',
    empty: '(leer)',
    none: '(keine)',
  },
  steps: {
    title: 'Nächste Schritte',
    visitor: 'Wenn Sie die Website besuchen',
    owner: 'Wenn Sie die Website betreiben',
  },
  privacy: {
    notRedacted: 'Nicht geschwärzt: Dieser Bericht zeigt jeden Wert so, wie er gemessen wurde.',
    hidden:
      'Ausgeblendet: {{list}}. Jeder ausgeblendete Wert erscheint als Platzhalter wie [public-ip-1]; derselbe Wert bekommt immer denselben Platzhalter.',
    keeps:
      'Bewusst sichtbar: die Adresse Ihres Routers, die Router Ihres Internetanbieters auf dem Weg, DNS-Server, die Adressen der Website und ihres CDN sowie CDN-Trace-IDs.',
  },
  summary: {
    title: 'Gateway-Doctor-Bericht: {{title}}',
    whoMustAct: 'Wer handeln muss: {{who}}',
    site: 'Website: {{url}}',
    checkedAt: 'Geprüft am: {{time}}',
    response: 'Antwort: {{line}}',
    meaning: 'Was diese Antwort bedeutet: {{text}}',
    traceId: 'CDN-Trace-ID{{header}}: {{id}}',
    traceroute: 'Traceroute: {{reading}}',
    dns: 'DNS: {{reading}}',
    computer: 'Computer: {{os}}, Gateway Doctor {{version}}',
  },
  mail: {
    subject: 'Website {{host}}: {{problem}} — {{time}}',
    withStatus: 'HTTP {{status}}, {{problem}}',
    attachSaved:
      'Der vollständige Bericht ist noch nicht angehängt: Bitte hängen Sie die gespeicherte Berichtsdatei ({{file}}) vor dem Senden an.',
    attachUnsaved:
      'Der vollständige Bericht ist nicht angehängt: Speichern Sie ihn zuerst in Gateway Doctor und hängen Sie dann die gespeicherte Datei vor dem Senden an.',
    shortened: '[…] (gekürzt: Der vollständige Bericht steht in der gespeicherten Datei)',
  },
} as const satisfies ReportTexts;

/** Who the report is for, in German. */
export const recipientsDe = {
  isp: {
    label: 'Ihr Internetanbieter',
    why: 'Er zeigt Ihrem Internetanbieter, wo auf dem Weg zur Website Daten verloren gehen, mit Uhrzeit.',
    email: 'Per E-Mail an Ihren Internetanbieter',
  },
  'site-owner': {
    label: 'Der Betreiber oder Support der Website',
    why: 'Er zeigt dem Support der Website, was ihre Server geantwortet haben, mit Uhrzeit, damit sie es in ihren Protokollen finden.',
    email: 'Per E-Mail an den Support der Website',
  },
  'cdn-support': {
    label: 'Der Support der Website, für ihr Auslieferungsnetz (CDN)',
    why: 'Er gibt dem Support der Website die Trace-ID des Auslieferungsnetzes, die Uhrzeit und die Bedeutung des Fehlercodes, nach denen ihr CDN-Support fragt.',
    email: 'Per E-Mail an den Support der Website',
  },
  'proxy-admin': {
    label: 'Wer Ihren Proxy oder Ihr VPN betreibt',
    why: 'Er zeigt dem Betreiber Ihres Proxys oder VPNs, dass dieser versagt, während der direkte Weg funktioniert.',
    email: 'Per E-Mail an den Betreiber des Proxys',
  },
  'network-admin': {
    label: 'Ihr Netzwerkadministrator',
    why: 'Er zeigt Ihrem Netzwerkadministrator, welche Web-Ports von diesem Computer aus blockiert sind.',
    email: 'Per E-Mail an Ihren Netzwerkadministrator',
  },
  nobody: {
    label: 'Ihre eigenen Unterlagen',
    why: 'Niemand sonst braucht diesen Bericht: Was zu tun bleibt, liegt bei Ihnen. Sie können ihn für sich speichern, etwa zum Vergleich mit einer späteren Prüfung.',
    email: null,
  },
} as const;

/** Exactly what each redaction kind hides, in German. */
export const redactionDe = {
  'public-ip':
    'Ihre öffentliche Internetadresse (die Adresse, die Websites sehen) und andere Adressen aus dem Bereich, den Ihnen Ihr Anbieter zuteilt',
  'lan-ip': 'Adressen der Geräte in Ihrem Heimnetz (die Adresse des Routers bleibt)',
  mac: 'Hardware-Adressen (MAC)',
  hostname: 'Der Name dieses Computers, in jeder Schreibweise',
  username: 'Ihr Benutzername (in Ordnerpfaden und Windows-Domänenanmeldungen)',
  email: 'E-Mail-Adressen',
  query: 'Werte in Web-Adressen nach ? und # sowie schlüsselartige Teile ihres Pfads',
  credential:
    'Passwörter, Schlüssel und Tokens (Anmelde-Header, Cookies, API-Schlüssel, Benutzer:Passwort@ in Web-Adressen)',
} as const;
