// German words for what the engine found, why a check did not run and the quick fixes: the same
// keys and the same `{{name}}` values as the English reference (texts-en-findings.ts).
import type { FindingTexts } from './text-catalog';

export const findingsDe: FindingTexts = {
  reasons: {
    'http-5xx':
      'Die Website antwortete {{statuses}} auf {{serverErrors}} von {{attempts}} Anfragen{{page}}.{{meaning}}',
    'site-answers':
      'Die Website antwortete normal auf {{ok}} von {{attempts}} Anfragen (Status {{statuses}}).',
    intermittent:
      'Von {{attempts}} Anfragen klappten {{ok}}, {{serverErrors}} bekamen einen Serverfehler und {{noAnswer}} keine Antwort.',
    'no-http-answer': 'Keine der {{attempts}} Anfragen bekam eine Antwort{{errors}}.',
    'no-own-answer': 'Keine der {{attempts}} Anfragen an die Website bekam deren eigene Antwort{{errors}}.',
    'cdn-edge-error': 'Die Fehlerseite kam vom Randserver von {{source}}{{trace}}.{{meaning}}',
    'controls-answer': '{{answered}} von {{total}} bekannt guten Websites antworteten.',
    'controls-all-failed': 'Keine der {{total}} bekannt guten Websites antwortete.',
    'gateway-answers': 'Der Router {{address}} antwortete{{rtt}}.',
    'no-default-route': 'Dieser Computer hat keinen Weg ins Internet (kein Standard-Gateway).',
    'gateway-silent': 'Der Router {{address}} antwortete nicht (Ping).',
    'gateway-silent-tcp': 'Der Router {{address}} antwortete nicht (Ping und TCP).',
    'proxy-fails-direct-works': 'Über den Proxy {{proxy}} scheitert die Website, direkt funktioniert sie.',
    'proxy-unreachable': 'Der Proxy {{proxy}} war nicht erreichbar.',
    'web-port-refused':
      'Der Rechner der Website {{address}} antwortet auf Ping, aber sein Web-Port weist Verbindungen ab.',
    'web-port-silent': 'Der Rechner der Website {{address}} antwortet auf Ping, aber sein Web-Port schweigt.',
    'host-silent':
      'Der Rechner der Website {{address}} antwortete weder auf Ping noch auf einen Verbindungsaufbau.',
    'path-loss-carries-through':
      'Ab Station {{hop}} gehen Daten verloren, und das setzt sich bis zur Website fort ({{lossPct}} % Verlust am Ziel).',
    'path-stops': 'Ab Station {{hop}} antwortet der Weg nicht mehr.',
    'down-for-everyone': 'Auch externe Prüfdienste konnten die Website nicht laden.',
    'conflict-site': 'Die Website antwortete, und doch schwiegen der Router und alle bekannt guten Websites.',
    'conflict-proxy':
      'Über den Proxy hat die Website zugleich funktioniert (Website-Prüfung) und versagt (Proxy-Prüfung).',
    'conflict-firewall':
      'Der Rechner der Website antwortet auf Ping, und doch antwortet keine bekannt gute Website.',
    evidence:
      'Antworten der Website: {{ok}} normal, {{serverErrors}} Serverfehler, {{noAnswer}} keine (von {{attempts}}).',
    'not-run': 'Die Website konnte nicht geprüft werden.',
    'system-address-fails-alternative-works':
      'Ihr DNS-Server nennt eine andere Adresse als die Alternativen, und nur die Adresse der Alternativen funktioniert.',
    'system-dns-failing': 'Ihr DNS-Server versagte ({{codes}}), während die Alternativen antworteten.',
    'system-dns-silent': 'Ihr DNS-Server versagte (keine Antwort), während die Alternativen antworteten.',
    'all-dns-nxdomain': 'Kein DNS-Server kennt den Namen der Website: Ihre DNS-Einträge fehlen.',
    'all-dns-failed': 'Kein DNS-Server antwortete, nicht einmal die Alternativen.',
    'gateway-loss':
      'Schon der Router {{router}} selbst verlor {{lossPct}} % von {{sent}} Pings: Die Verbindung zwischen diesem Computer und dem Router (WLAN oder Kabel) verliert Daten.',
    'gateway-jitter':
      'Die Antworten des Routers schwanken um ±{{jitterMs}} ms (von {{minMs}} bis {{maxMs}} ms): Eine gesunde Verbindung antwortet jedes Mal in wenigen ms.',
    'path-loss-from-home':
      'Hinter dem Router geht der Verlust bis zur Website weiter (ab Station {{hop}}, {{lossPct}} % Verlust am Ziel): Er beginnt zu Hause.',
    'loss-beyond':
      'Pings durch den Router zur Website verloren {{lossPct}} %: gleich viel oder mehr, wie zu erwarten, wenn schon die erste Verbindung Daten verliert.',
    'stalls-after-connect':
      '{{stalls}} von {{attempts}} Anfragen bekamen eine Verbindung zur Website, dann blieb die Antwort hängen{{inTls}}.',
    'mtu-blackhole':
      'Pakete bis {{mtu}} Byte erreichen die Website; ab {{lostFrom}} Byte verschwinden sie, ohne dass die Meldung „zu groß“ zurückkommt (Pfad-MTU {{mtu}}).',
    'starts-at-hop': 'Große Pakete gehen ab Hop {{hop}} ({{address}}) verloren, {{link}}.',
    'mtu-link-first-link': 'auf der Verbindung zwischen diesem Computer und Ihrem Router',
    'mtu-link-router-to-provider': 'auf der Verbindung von Ihrem Router zu Ihrem Internetanbieter',
    'mtu-link-between-hops':
      'auf der Verbindung zwischen Hop {{previousHop}} ({{previousAddress}}) und Hop {{hop}}',
    'mtu-link-up-to-hop': 'irgendwo zwischen diesem Computer und Hop {{hop}}',
    'starts-after-router':
      'Der Router {{router}} lässt Pakete mit {{routerPasses}} Byte durch, die Grenze liegt also dahinter (ab Station 2): an seinem Internetanschluss (PPPoE, VPN, Tunnel) oder weiter entfernt.',
    'starts-before-router':
      'Schon der Router {{router}} bekommt keine Pakete mit {{lostFrom}} Byte: Die Grenze liegt an der eigenen Verbindung dieses Computers (hier ein VPN oder Tunnel).',
    'small-answer-arrives': 'Eine winzige Antwort kommt noch an (HEAD-Anfrage: Status {{status}}).',
    'ipv6-fails': 'Über IPv6 antwortete die Website nicht ({{failures}}).',
    'ipv4-works': 'Über IPv4 antwortete sie ({{answers}}).',
    'computer-has-ipv6':
      'Dieser Computer hat IPv6{{address}}, daher versuchen Browser zuerst IPv6 und warten, bevor sie auf IPv4 ausweichen.',
    'os-reports-portal': 'Das Betriebssystem selbst meldet, dass dieses Netz eine Anmeldung verlangt.',
    'portal-redirect':
      '{{intercepted}} von {{asked}} einfachen Webanfragen, an die bekannt guten Websites und an die Website, wurden zu {{host}}{{title}} umgeleitet statt zu ihren eigenen Seiten.{{url}}',
    'portal-same-page':
      '{{intercepted}} von {{asked}} einfachen Webanfragen, an die bekannt guten Websites und an die Website, bekamen ein und dieselbe Seite{{title}}{{form}} statt des Inhalts der jeweiligen Website.{{url}}',
    'site-pinned':
      'Die Hosts-Datei dieses Computers ({{path}}){{line}} legt {{host}} auf {{addresses}} fest, eine Adresse, die kein DNS-Server nennt.',
    'site-pinned-line':
      'Zeile {{lineNo}} der Hosts-Datei dieses Computers ({{path}}){{line}} legt {{host}} auf {{addresses}} fest, eine Adresse, die kein DNS-Server nennt.',
    'lookup-uses-hosts':
      'Die eigene Namensauflösung dieses Computers (die zuerst die Hosts-Datei liest) ergibt {{addresses}}.',
    'dns-address': 'Die DNS-Server ({{servers}}) nennen {{addresses}}.',
    'dns-address-works-there':
      'Die DNS-Server ({{servers}}) nennen {{addresses}}; dort antwortet die Website: {{working}}.',
    'site-name-fails-everywhere':
      'Jeder gefragte DNS-Server ({{count}}) konnte {{name}} nicht auflösen: {{failures}}.',
    'control-name-resolves':
      'Dieselben Server lösten {{name}} sofort auf ({{resolved}} von {{asked}}, in höchstens {{ms}} ms): Sie funktionieren, die eigenen Nameserver der Website nicht.',
    'tls-expired': 'Das Zertifikat der Website hat die Prüfung nicht bestanden: Es ist abgelaufen{{codes}}.',
    'tls-not-yet-valid':
      'Das Zertifikat der Website hat die Prüfung nicht bestanden: Es ist noch nicht gültig (oder die Uhr dieses Computers geht falsch){{codes}}.',
    'tls-wrong-name':
      'Das Zertifikat der Website hat die Prüfung nicht bestanden: Es wurde für einen anderen Namen ausgestellt{{codes}}.',
    'tls-unknown-issuer':
      'Das Zertifikat der Website hat die Prüfung nicht bestanden: Es stammt von einem Aussteller, dem dieser Computer nicht vertraut{{codes}}.',
    'tls-other': 'Das Zertifikat der Website hat die Prüfung nicht bestanden{{codes}}.',
    'certificate-seen': 'Das Zertifikat, das die Website zeigt{{at}}: {{parts}}{{when}}.',
    'clock-off': 'Die Uhr dieses Computers {{offset}}{{meaning}}.',
    'clock-right':
      'Die Uhr dieses Computers stimmt mit den Uhren der bekannt guten Websites überein (auf {{seconds}} s genau), die Uhr ist also nicht die Ursache.',
    'cert-intercepted':
      'Die bekannt guten Websites zeigen Zertifikate desselben nicht vertrauenswürdigen Ausstellers ({{issuer}}): Etwas auf diesem Computer oder in diesem Netz (Sicherheitssoftware, ein Firmen-Proxy) fängt sichere Verbindungen ab.',
    'in-parens': ' ({{value}})',
    'quoted-in-parens': ' („{{value}}“)',
    'page-made-by': ' (Seite erstellt von {{source}})',
    'trace-id': ' (Trace-ID {{traceId}})',
    'page-meaning': ' {{meaning}}',
    'in-ms': ' in {{ms}} ms',
    'stalled-in-tls': ' (schon beim sicheren Verbindungsaufbau)',
    'with-sign-in-form': ' mit einem Anmeldeformular',
    'portal-sign-in-page': ' Seine Anmeldeseite: {{url}}',
    'hosts-line-reads': ' lautet „{{text}}“ und',
    'address-status': '{{address}} (Status {{status}})',
    'server-failed': '{{server}} {{failure}}',
    'server-silent': '{{server}} keine Antwort',
    'servfail-or-silent': 'SERVFAIL oder keine Antwort',
    'at-address': ' unter {{address}}',
    'cert-issued-to': 'ausgestellt für {{subject}}',
    'cert-for': 'gültig für {{names}}',
    'cert-self-signed': 'von sich selbst signiert ({{issuer}})',
    'cert-by': 'von {{issuer}}',
    'cert-valid': 'gültig vom {{from}} bis {{to}}',
    'cert-expired-ago': ' – nach der Uhr dieses Computers ist es seit {{span}} abgelaufen',
    'cert-starts-in': ' – nach der Uhr dieses Computers gilt es erst in {{span}}',
    'clock-ahead': 'ist den Uhren der bekannt guten Websites mit {{span}} Vorsprung voraus',
    'clock-behind': 'hinkt den Uhren der bekannt guten Websites mit {{span}} Rückstand hinterher',
    'clock-explains':
      ': Zu deren Zeit ist das Zertifikat gültig, falsch ist also die Uhr, nicht das Zertifikat',
    'clock-not-explains': ', aber das Zertifikat ist auch zu deren Zeit nicht gültig',
  },
  skips: {
    cancelled: 'Die Prüfung wurde abgebrochen.',
    'check-crashed': 'Die Prüfung ist unerwartet gescheitert: {{message}}',
    'no-controls': 'Es wurden keine Vergleichs-Websites angegeben.',
    'ip-no-lookup': 'Die Adresse ist eine IP-Nummer, es muss also kein Name aufgelöst werden.',
    'no-resolvers': 'Keine DNS-Server zum Vergleichen.',
    'external-off':
      'Aus, solange Sie es nicht wünschen: Die Adresse der Website geht dabei an einen externen Prüfdienst.',
    'external-unavailable': 'Diese Version kann den externen Prüfdienst nicht erreichen.',
    'external-odd-answer': 'Der externe Prüfdienst gab eine unerwartete Antwort.',
    'no-site-address':
      'Die Adresse der Website war nicht zu finden, ihre Ports ließen sich also nicht testen.',
    'ip-no-hosts-file': 'Nicht nötig: Die Website wurde als Adresse angegeben, nicht als Name.',
    'no-hosts-file': 'Dieser Computer hat keine Hosts-Datei, die wir kennen.',
    'hosts-file-unreadable': 'Die Hosts-Datei konnte nicht gelesen werden.',
    'ip-one-family': 'Die Adresse ist eine IP-Nummer: Sie gehört nur zu einer Adressart.',
    'no-ipv6-address': 'Die Website hat keine IPv6-Adresse.',
    'no-ipv6-here': 'Dieser Computer hat keine IPv6-Verbindung ins Internet, daher wird IPv4 verwendet.',
    'no-stall': 'Nicht nötig: Keine Verbindung zur Website blieb hängen.',
    'site-completed': 'Nicht nötig: Die Antworten der Website kamen am Ende doch vollständig an.',
    'proxy-setting-invalid':
      'Die Proxy-Einstellung ({{proxy}}) enthält einen Benutzernamen oder ein Passwort, das nicht richtig geschrieben ist: Auf ein % müssen zwei Hex-Ziffern folgen.',
    'proxy-unsupported':
      'Ein Proxy ist eingestellt ({{proxy}}), aber Gateway Doctor kann diese Art von Proxy nicht testen.',
    'no-time-left': 'Für eine Routenverfolgung blieb keine Zeit mehr.',
    'trace-name-unresolved':
      'Der Name der Website ließ sich nicht auflösen, es gibt also keinen Weg zu verfolgen.',
    'trace-router-down': 'Nicht nötig: Schon der Router antwortet nicht.',
    'trace-name-not-found':
      'Nicht nötig: Der Name der Website ließ sich nicht auflösen, der Weg ist also nicht die Frage.',
    'trace-not-asked': 'Nicht nötig: Nichts deutete auf ein Problem unterwegs hin.',
    'not-https': 'Nicht nötig: Die Website verwendet keine sichere Adresse.',
    'tls-no-connection':
      'Keine Verbindung zum sicheren Port der Website ({{error}}); die anderen Prüfungen sagen, warum.',
    'tool-missing': '{{tool}} ist nicht installiert',
    'tool-denied': 'keine Berechtigung, {{tool}} auszuführen',
    'tool-not-started': '{{tool}} konnte nicht gestartet werden ({{error}})',
    'gateway-unreadable': 'das Standard-Gateway ließ sich auf diesem System nicht auslesen',
    'ping-no-icmp': 'ping darf hier kein ICMP senden ({{message}})',
    'ping-unresolved': 'ping konnte {{target}} nicht auflösen ({{message}})',
    'ping-output-odd': 'die Ausgabe von ping war nicht zu verstehen: {{output}}',
    'trace-not-permitted': '{{tool}} ist hier nicht erlaubt ({{message}})',
    'trace-failed': '{{tool}} ist gescheitert: {{message}}',
    'trace-unusable':
      'kein brauchbares Programm zur Routenverfolgung ({{tools}}): Die installierten erwarten andere Optionen',
    'trace-missing': 'kein Programm zur Routenverfolgung installiert ({{tools}})',
    'dns-config-unreadable': 'die DNS-Einstellungen dieses Computers ließen sich nicht lesen',
    'os-no-portal-report': 'dieses System meldet Anmeldeseiten nicht an Programme',
    'portal-tool-missing': 'NetworkManager (nmcli) ist nicht installiert',
    'portal-tool-silent': 'NetworkManager hat nichts gesagt (läuft er?)',
  },
  hints: {
    'run-again': 'Führen Sie die Prüfung noch einmal aus.',
    'give-controls':
      'Geben Sie eine oder mehrere Websites an, die sonst funktionieren, und prüfen Sie erneut.',
    'give-resolvers':
      'Geben Sie eine oder mehrere DNS-Server-Adressen zum Vergleichen an und prüfen Sie erneut.',
    'turn-on-external':
      'Schalten Sie die externe Prüfung ein, um zu fragen, ob die Website für alle ausgefallen ist.',
    'fix-proxy-setting':
      'Korrigieren Sie die Proxy-Einstellung (ein % im Passwort als %25 schreiben) oder schalten Sie den Proxy aus, und prüfen Sie dann erneut.',
    'compare-without-proxy': 'Versuchen Sie es zum Vergleich mit ausgeschaltetem Proxy.',
    'more-time': 'Prüfen Sie erneut und lassen Sie mehr Zeit.',
    'install-package': 'Installieren Sie es, z. B. das Paket {{deb}} (Debian/Ubuntu) oder {{rpm}} (Fedora).',
    'tool-part-of-windows':
      '{{tool}} gehört zu Windows; prüfen Sie, ob der Windows-Systemordner im PATH steht.',
    'tool-part-of-macos': '{{tool}} gehört zu macOS; prüfen Sie, ob die Systemordner im PATH stehen.',
    'check-permissions':
      'Prüfen Sie die Dateiberechtigungen des Programms oder führen Sie es als Administrator aus.',
    'check-network': 'Prüfen Sie die Netzwerkeinstellungen: Ist der Computer verbunden?',
    'ping-permission':
      'Pings brauchen hier eine Berechtigung: Als Administrator ausführen oder von einem Administrator erlauben lassen (unter Linux die Fähigkeit cap_net_raw für ping oder net.ipv4.ping_group_range). Solange wird der Verbindungstest verwendet.',
    'check-name': 'Prüfen Sie den Namen oder testen Sie mit einer IP-Adresse.',
    'report-output': 'Melden Sie diese Ausgabe den Entwicklern von Gateway Doctor.',
    'check-dns-config':
      'Prüfen Sie die Netzwerkeinstellungen dieses Computers: Ist ein DNS-Server eingetragen?',
  },
  fixes: {
    'flush-dns': {
      title: 'DNS-Zwischenspeicher leeren',
      description:
        'Dieser Computer vergisst die Adressen der Websites, die er früher nachgeschlagen hat, und fragt beim nächsten Besuch wieder Ihren DNS-Server. Hilft, wenn eine Website eine neue Adresse hat.',
      verify: 'Schlägt Namen erneut bei Ihren DNS-Servern nach und prüft die Website noch einmal.',
      undo: 'Nichts rückgängig zu machen: Der Zwischenspeicher füllt sich beim Surfen von selbst wieder.',
    },
    'switch-dns': {
      title: 'Andere DNS-Server verwenden',
      description:
        'Dieser Computer schlägt Website-Adressen dann bei anderen DNS-Servern nach (zum Beispiel 1.1.1.1) statt bei den jetzigen. Ihre aktuellen Einstellungen werden vorher gesichert.',
      verify:
        'Schlägt einen Namen über die neuen Server nach. Antworten sie nicht, kommen Ihre alten Einstellungen sofort zurück; sonst haben Sie 20 Sekunden, um die Änderung zu behalten, danach wird sie zurückgenommen.',
      undo: 'Rückgängig stellt Ihre vorherigen DNS-Einstellungen genau so wieder her, wie sie waren.',
    },
    'renew-dhcp': {
      title: 'Den Router um eine neue Netzwerkadresse bitten',
      description:
        'Gibt die Netzwerkadresse dieses Computers zurück und bittet den Router um eine neue. Die Verbindung ist dabei ein paar Sekunden weg.',
      verify: 'Prüft, ob der Router wieder antwortet.',
      undo: 'Nichts rückgängig zu machen: Der Computer bekommt seine Adresse wie immer vom Router.',
    },
    'open-private-window': {
      title: 'Die Website in einem privaten Fenster öffnen',
      description:
        'Öffnet die Website in einem privaten Fenster, ohne gespeicherte Cookies, ohne zwischengespeicherte Dateien und (meist) ohne Erweiterungen. Funktioniert sie dort, liegt das Problem in den gespeicherten Daten Ihres Browsers.',
      verify:
        'Sie sehen sich die Seite an: Lädt sie im privaten Fenster, löschen Sie die Daten dieser Website in Ihrem normalen Fenster.',
      undo: 'Schließen Sie das private Fenster.',
    },
    'open-other-browser': {
      title: 'Die Website in einem anderen Browser öffnen',
      description:
        'Öffnet die Website in einem anderen Browser auf diesem Computer. Funktioniert sie dort, liegt das Problem in Ihrem üblichen Browser.',
      verify:
        'Sie sehen sich die Seite an: Lädt sie im anderen Browser, müssen in Ihrem üblichen Browser die Daten gelöscht oder eine Erweiterung ausgeschaltet werden.',
      undo: 'Schließen Sie diesen Browser.',
    },
    'guide-clear-site-cache': {
      title: 'Gespeicherte Daten dieser Website löschen',
      description:
        'Schritt-für-Schritt-Hilfe, um die Cookies und zwischengespeicherten Dateien dieser einen Website in Ihrem Browser zu löschen. Andere Websites und Ihre Passwörter bleiben unberührt.',
      verify: 'Drücken Sie „Erneut prüfen“, und wir testen die Website noch einmal.',
      undo: 'Nichts rückgängig zu machen; eventuell müssen Sie sich bei dieser Website neu anmelden.',
    },
    'guide-restart-router': {
      title: 'Router neu starten',
      description:
        'Schritt-für-Schritt-Hilfe, um Ihren Router aus- und wieder einzuschalten. Wir warten, bis er zurück ist, und prüfen dann von selbst erneut.',
      verify:
        'Wir warten, bis der Router wieder antwortet (mit der Zeit in größeren Abständen, bis zu 5 Minuten), und führen dann die Prüfungen erneut aus.',
      undo: 'Nichts rückgängig zu machen.',
    },
    'guide-disable-proxy': {
      title: 'Proxy ausschalten',
      description:
        'Schritt-für-Schritt-Hilfe, um einen auf diesem Computer eingestellten Proxy auszuschalten, damit die Website direkt erreicht wird.',
      verify: 'Drücken Sie „Erneut prüfen“: Wir testen Proxy und Website noch einmal, diesmal ohne Proxy.',
      undo: 'Schalten Sie den Proxy auf demselben Weg wieder ein, wenn Sie ihn brauchen (zum Beispiel bei der Arbeit).',
    },
  },
  fixUnavailable: {
    'no-method': 'Auf diesem Computer kennen wir keinen Weg, das zu tun.',
    'no-dns-cache':
      'Auf diesem Computer speichert nichts DNS-Antworten zwischen, jede Anfrage geht schon direkt an Ihren DNS-Server: Es gibt nichts zu leeren.',
    'no-route': 'Dieser Computer ist mit keinem Router verbunden, es gibt also nichts zu erneuern.',
    'no-dns-manager': 'Gateway Doctor kann die DNS-Einstellungen auf diesem Computer nicht ändern.',
    'dns-not-saveable':
      'Gateway Doctor kann die aktuellen DNS-Einstellungen nicht so sichern, dass sie sich wiederherstellen lassen, und ändert sie deshalb nicht.',
    'no-private-browser':
      'Es wurde kein installierter Browser gefunden, der ein privates Fenster öffnen kann.',
    'browser-missing': '{{browser}} ist hier nicht installiert oder kann kein privates Fenster öffnen.',
    'no-other-browser': 'Auf diesem Computer ist kein zweiter Browser installiert.',
  },
  guideSteps: {
    'chrome-open':
      'Google Chrome: Öffnen Sie die Website und klicken Sie auf das Symbol direkt links neben der Webadresse (die Schaltfläche „Website-Informationen anzeigen“).',
    'chrome-site-data':
      'Wählen Sie „Cookies und Websitedaten“ und dann „Websitedaten auf dem Gerät verwalten“.',
    'chrome-delete':
      'Klicken Sie bei jedem Eintrag dieser Website auf das Papierkorb-Symbol, dann auf „Fertig“.',
    'chrome-reload':
      'Laden Sie die Seite mit gedrückter Umschalttaste neu (oder drücken Sie Strg+Umschalt+R; auf dem Mac Cmd+Umschalt+R).',
    'edge-open':
      'Microsoft Edge: Öffnen Sie die Website und klicken Sie auf das Schloss-Symbol direkt links neben der Webadresse.',
    'edge-site-data': 'Wählen Sie „Cookies und Websitedaten“ und dann „Cookies und Websitedaten verwalten“.',
    'edge-delete':
      'Klicken Sie neben dieser Website auf das Papierkorb-Symbol und schließen Sie den Bereich.',
    'edge-reload': 'Laden Sie die Seite mit Strg+Umschalt+R neu (auf dem Mac Cmd+Umschalt+R).',
    'firefox-open':
      'Mozilla Firefox: Öffnen Sie die Website und klicken Sie auf das Schloss-Symbol direkt links neben der Webadresse.',
    'firefox-clear': 'Wählen Sie „Cookies und Website-Daten löschen…“.',
    'firefox-confirm': 'Bestätigen Sie mit „Entfernen“.',
    'firefox-reload': 'Laden Sie die Seite mit Strg+Umschalt+R neu (auf dem Mac Cmd+Umschalt+R).',
    'safari-open':
      'Safari: Wählen Sie in der Menüleiste Safari → Einstellungen… (bei älteren Versionen Voreinstellungen…).',
    'safari-manage': 'Öffnen Sie den Bereich „Datenschutz“ und klicken Sie auf „Websitedaten verwalten…“.',
    'safari-remove':
      'Geben Sie den Namen der Website ins Suchfeld ein, wählen Sie sie aus und klicken Sie auf „Entfernen“, dann auf „Fertig“.',
    'safari-reload': 'Laden Sie die Seite mit Wahl+Cmd+R neu.',
    'router-find':
      'Suchen Sie Ihren Router (das Gerät, in das Ihr Internetkabel oder Glasfaseranschluss führt; es hat oft blinkende Lämpchen).',
    'router-off': 'Ziehen Sie sein Stromkabel oder schalten Sie ihn mit seinem Ein-/Ausschalter aus.',
    'router-on': 'Warten Sie 30 Sekunden und stecken Sie ihn dann wieder ein oder schalten Sie ihn ein.',
    'router-wait':
      'Lassen Sie dieses Fenster offen: Wir prüfen alle paar Sekunden und sagen Ihnen, sobald der Router wieder antwortet (das dauert meist ein bis drei Minuten).',
    'proxy-win-open': 'Öffnen Sie Start → Einstellungen → Netzwerk und Internet → Proxy.',
    'proxy-win-automatic':
      'Schalten Sie unter „Automatische Proxyeinrichtung“ die Option „Einstellungen automatisch erkennen“ ein und „Setupskript verwenden“ aus (außer Ihr Arbeitsplatz braucht es).',
    'proxy-win-manual':
      'Klicken Sie unter „Manuelle Proxyeinrichtung“ auf „Bearbeiten“ (oder „Einrichten“), schalten Sie „Proxyserver verwenden“ aus und klicken Sie auf „Speichern“.',
    'proxy-mac-open': 'Öffnen Sie Apple-Menü → Systemeinstellungen → Netzwerk.',
    'proxy-mac-details':
      'Wählen Sie die Verbindung, die Sie nutzen (WLAN oder Ethernet), und klicken Sie auf „Details…“.',
    'proxy-mac-off':
      'Wählen Sie „Proxies“ und schalten Sie jeden Proxy-Schalter aus (Web, Sicheres Web, Automatische Proxykonfiguration), dann „OK“.',
    'proxy-linux-desktop':
      'GNOME: Öffnen Sie Einstellungen → Netzwerk → Netzwerk-Proxy und wählen Sie „Deaktiviert“. KDE: Systemeinstellungen → Netzwerk → Proxy → „Kein Proxy“.',
    'proxy-linux-variables':
      'Wenn Sie einen Proxy für Programme aus dem Terminal eingestellt haben (die Einstellungen HTTP_PROXY, HTTPS_PROXY oder ALL_PROXY), entfernen Sie ihn auch dort.',
    'proxy-other-program':
      'Hat ein VPN oder ein Sicherheitsprogramm den Proxy eingestellt, schalten Sie ihn stattdessen dort aus oder fragen Sie, wer es betreut.',
    'proxy-check-again': 'Drücken Sie dann „Erneut prüfen“, damit wir die Website ohne Proxy testen können.',
  },
  // dative: "seit 3 Tagen", "mit 3 Tagen Vorsprung"
  units: {
    day: { one: '{{n}} Tag', other: '{{n}} Tagen' },
    hour: { one: '{{n}} Stunde', other: '{{n}} Stunden' },
    minute: { one: '{{n}} Minute', other: '{{n}} Minuten' },
  },
  olderReason: 'Ein Befund der Prüfung „{{check}}“ (von einer älteren Version gespeichert, ohne Wortlaut).',
};
