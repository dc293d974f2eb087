// German texts: the same keys as the English reference (TextCatalog).
import { ownerTextsDe } from './owner-texts-de';
import { recipientsDe, redactionDe, reportTextsDe } from './report-texts-de';
import type { TextCatalog } from './text-catalog';
import { pageCodesDe, sourcesDe } from './texts-pages-de';
import { findingsDe } from './texts-de-findings';

export const textsDe: TextCatalog = {
  verdicts: {
    'site-ok': {
      title: 'Die Website funktioniert von diesem Computer aus gerade',
      summary: '{{host}} funktioniert von diesem Computer aus gerade.',
      who: 'Weder die Website noch Ihre Verbindung ist kaputt. Die Störung war kurz, oder sie liegt in Ihrem Browser.',
      why: 'Wir haben die Website mehrmals geöffnet, und sie hat jedes Mal normal geantwortet. Wenn Ihr Browser den Fehler weiter zeigt, zeigt er vermutlich eine alte Kopie, oder etwas im Browser stört.',
      ownerWhy:
        'Alle Abrufe bekamen eine normale Antwort (2xx/3xx), die übrigen Prüfungen waren in Ordnung. Der frühere Fehler war vorübergehend oder lag beim Client (gespeicherte Fehlerseite, Erweiterung, alte Verbindung). Achten Sie auf Wiederholungen.',
      askThem: [
        'Noch niemanden fragen: Laden Sie die Seite neu, und wenn der Fehler wiederkommt, prüfen Sie genau dann erneut.',
      ],
      subject: 'die Website funktioniert von hier aus',
    },
    'site-server-error': {
      title: 'Die Website selbst hat ein Problem',
      summary: 'Der Fehler kommt von {{host}} selbst, nicht von Ihrem Computer oder Ihrem Internet.',
      who: 'Der Betreiber der Website muss das beheben. Bei Ihnen ist alles in Ordnung, Sie müssen nichts neu starten.',
      why: 'Ihr Internet funktioniert, und andere Websites öffnen sich. Der Eingang der Website hat geantwortet, aber der Teil dahinter, der die Seiten erstellt, hat nicht richtig reagiert.',
      ownerWhy:
        'Das Gateway bzw. der Reverse Proxy vor der Anwendung antwortete mit 502 (oder einem anderen 5xx), weil sein Upstream versagte. Kontrollseiten und lokales Netz sind gesund, der Fehler liegt also auf der Serverseite.',
      askThem: [
        'Sagen Sie der Website: Ihr vorderer Server (Gateway / Reverse Proxy) liefert diesen Fehler für die unten gezeigte Adresse zur unten gezeigten Zeit.',
        'Bitten Sie, zu prüfen, ob die Anwendung hinter dem Proxy läuft, und ihr Fehlerprotokoll für diese Zeit anzusehen.',
      ],
      subject: 'die Server der Website versagen',
    },
    'site-timeout': {
      title: 'Die Website antwortet zu langsam',
      summary: '{{host}} antwortet zu langsam: Die eigenen Server haben aufgehört zu warten.',
      who: 'Der Betreiber der Website muss das beheben. Bei Ihnen ist alles in Ordnung.',
      why: 'Der Eingang der Website hat auf den Teil dahinter gewartet, der die Seite erstellt, hat aufgegeben und einen Fehler gezeigt. Andere Websites funktionieren normal.',
      ownerWhy:
        'Das Gateway antwortete mit 504: Der Upstream hat nicht innerhalb des Lese-Timeouts des Proxys geantwortet. Prüfen Sie langsame Anfragen, Ausführungslimits und Last.',
      askThem: [
        'Sagen Sie der Website: Ihr Gateway antwortet mit 504 (Zeitüberschreitung beim Warten auf die Anwendung) für die unten gezeigte Adresse.',
        'Bitten Sie, nach langsamen Anfragen, überlasteten Workern oder zu kurzen Zeitlimits zu suchen.',
      ],
      subject: 'die Server der Website antworten nicht rechtzeitig',
    },
    'site-intermittent': {
      title: 'Die Website funktioniert nur manchmal',
      summary: '{{host}} funktioniert mal und mal nicht.',
      who: 'Der Betreiber der Website muss das beheben. Später erneut versuchen kann helfen.',
      why: 'Wir haben die Website mehrmals geöffnet: Manche Versuche klappten, andere zeigten einen Fehler. Das passiert, wenn eine Website überlastet ist oder einer ihrer Server defekt ist.',
      ownerWhy:
        'Wiederholte Abrufe lieferten eine Mischung aus Erfolg und 5xx. Typische Ursachen: Überlast, ein fehlerhaftes Backend im Pool oder Health Checks, die einen kaputten Knoten nicht herausnehmen.',
      askThem: [
        'Sagen Sie der Website: Wiederholte Anfragen wechseln zwischen Erfolg und Serverfehler (Zahlen unten).',
        'Bitten Sie, den Zustand jedes Backend-Servers und die Kapazität zu prüfen.',
      ],
      subject: 'die Website fällt zeitweise aus',
    },
    'cdn-origin-error': {
      title: 'Der Hauptserver der Website antwortet seinem Auslieferungsnetz nicht',
      summary: 'Das Auslieferungsnetz vor {{host}} erreicht den eigenen Server der Website nicht.',
      who: 'Der Betreiber der Website muss das beheben. Bei Ihnen ist alles in Ordnung.',
      why: 'Große Websites nutzen ein Auslieferungsnetz, das vor ihrem eigenen Server steht. Dieses Netz hat Ihnen geantwortet, konnte aber den eigentlichen Server dahinter nicht erreichen.',
      ownerWhy:
        'Ein CDN-Edge lieferte den 5xx im Namen der Website: Der Origin hinter dem CDN versagt oder ist vom CDN aus nicht erreichbar (Origin aus, Firewall sperrt die Adressbereiche des CDN, TLS oder Port passen nicht).',
      askThem: [
        'Sagen Sie der Website: Der CDN-Knoten liefert diesen Fehler für Ihren Ursprungsserver; nennen Sie die Trace-/Ray-ID und die Zeit unten.',
        'Bitten Sie, zu prüfen, ob der Ursprungsserver läuft und seine Firewall die Adressen des CDN hereinlässt.',
      ],
      subject: 'das CDN erreicht den eigenen Server der Website nicht',
    },
    'site-unreachable': {
      title: 'Die Website antwortet überhaupt nicht',
      summary: 'Ihr Internet geht, aber {{host}} antwortet von hier aus gar nicht.',
      who: 'Vermutlich muss der Betreiber der Website das beheben; das Problem kann auch auf dem Weg dorthin liegen.',
      why: 'Ihr Internet funktioniert, und andere Websites öffnen sich, aber diese Website antwortet von hier aus gar nicht.',
      ownerWhy:
        'Kontrollseiten funktionieren, aber Verbindungen zur Website laufen in ein Timeout oder werden abgelehnt. Prüfen Sie, ob der Server läuft, ob die DNS-Einträge auf ihn zeigen und ob seine Firewall Web-Verkehr durchlässt.',
      askThem: [
        'Sagen Sie der Website: Die unten gezeigte Adresse antwortet aus diesem Netz zur unten gezeigten Zeit nicht.',
        'Sagt die Website, sie sei erreichbar, bitten Sie Ihren Internetanbieter, den Weg in der Traceroute-Tabelle anzusehen.',
      ],
      subject: 'die Website antwortet nicht',
    },
    'site-dns-failing': {
      title: 'Die eigenen Nameserver der Website sind kaputt',
      summary: 'Kein DNS-Server findet {{host}}, andere Namen gehen: Das DNS der Website selbst ist kaputt.',
      who: 'Der Betreiber der Website muss das beheben. Ihr DNS ist in Ordnung.',
      why: 'Jeder Namensdienst, den wir gefragt haben, Ihrer und andere, findet die Adresse dieser Website nicht, andere Websites aber sofort. Also sind die Einträge oder Nameserver der Website selbst kaputt; Ihre Einstellungen zu ändern hilft nicht.',
      ownerWhy:
        'Jeder Resolver, System und Alternativen, antwortet für diesen einen Namen SERVFAIL oder gar nicht, während die Kontrollnamen aufgelöst werden: Die autoritativen Server der Zone oder ihre DNSSEC-Kette versagen.',
      askThem: [
        'Sagen Sie der Website: Jeder Resolver (der Ihres Anbieters und öffentliche) scheitert am unten gezeigten Namen mit SERVFAIL oder Zeitüberschreitung, andere Namen gehen.',
        'Bitten Sie, die Nameserver und DNSSEC-Signaturen zu prüfen.',
      ],
      subject: 'die Nameserver der Website versagen',
    },
    'tls-certificate-error': {
      title: 'Das Sicherheitszertifikat der Website ist nicht gültig',
      summary:
        '{{host}} zeigt ein Sicherheitszertifikat, das abgelaufen ist, zu einem anderen Namen gehört oder von einem unbekannten Aussteller stammt.',
      who: 'Meist muss der Betreiber der Website das beheben. Geht die Uhr dieses Computers falsch oder fängt etwas sichere Verbindungen ab, können Sie es.',
      why: 'Sichere Websites weisen sich mit einem Zertifikat aus. Das Zertifikat dieser Website hat die Prüfung nicht bestanden: Es kann abgelaufen sein, zu einem anderen Namen gehören oder von einem Aussteller stammen, dem Ihr Computer nicht vertraut. Wir haben auch die Uhr Ihres Computers mit anderen Websites verglichen, denn eine falsche Uhr verursacht denselben Fehler.',
      ownerWhy:
        'Der TLS-Handshake scheiterte an der Zertifikatsprüfung. Fehlerklasse, Subject, Namen, Aussteller und Gültigkeit des Zertifikats sowie die Abweichung der lokalen Uhr von den Date-Headern der Kontrollseiten stehen unten.',
      askThem: [
        'Sagen Sie der Website: Das Zertifikat für die unten gezeigte Adresse besteht die Prüfung nicht (Details unten: Fehlerklasse, Aussteller, Namen, Gültigkeit).',
        'Hat die Prüfung eine falsche Uhr oder ein Abfangen gefunden, stellen Sie die Uhr richtig oder fragen Sie, wer dieses Netz betreut.',
      ],
      subject: 'das Zertifikat der Website wird nicht akzeptiert',
    },
    'proxy-error': {
      title: 'Ein Proxy oder VPN auf Ihrem Computer verursacht den Fehler',
      summary:
        'Ein auf diesem Computer eingerichteter Proxy verursacht den Fehler; ohne ihn geht die Website.',
      who: 'Sie können ihn ausschalten, oder wer ihn betreibt, muss ihn reparieren.',
      why: 'Ihr Computer schickt den Web-Verkehr über einen Vermittler (Proxy oder VPN). Dieser Vermittler zeigt den Fehler, aber auf direktem Weg funktioniert die Website.',
      ownerWhy:
        'Der eingestellte Proxy lieferte den Fehler, während der direkte Weg zur Website funktioniert. Schalten Sie den Proxy ab, korrigieren Sie die Einstellungen oder fragen Sie den Proxy-Administrator.',
      askThem: [
        'Sagen Sie, wer den Proxy betreibt: Anfragen darüber scheitern, der direkte Weg zur selben Website geht.',
      ],
      subject: 'der Proxy versagt',
    },
    'captive-portal': {
      title: 'Dieses Netz möchte, dass Sie sich zuerst anmelden',
      summary: 'Statt {{host}} antwortet eine Anmeldeseite dieses WLANs.',
      who: 'Sie können das selbst lösen: Melden Sie sich auf der Seite des Netzes an.',
      why: 'Jede Website, die wir über eine einfache Webadresse versucht haben, wurde von derselben Anmeldeseite dieses Netzes beantwortet, und sichere Verbindungen kommen nicht durch. Hotels, Züge und Cafés machen das, bis Sie die Bedingungen annehmen oder sich anmelden.',
      ownerWhy:
        'Einfache HTTP-Anfragen an die Website und an die Kontrollseiten beantwortete derselbe fremde Host (Weiterleitung oder Anmeldeseite), HTTPS scheitert: Ein Captive Portal fängt den Verkehr ab, bis man sich anmeldet.',
      askThem: [
        'Niemanden fragen: Öffnen Sie eine einfache Webseite (zum Beispiel http://neverssl.com), um die Anmeldeseite zu bekommen, melden Sie sich an und prüfen Sie erneut.',
      ],
      subject: 'eine WLAN-Anmeldeseite ist im Weg',
    },
    'hosts-file-override': {
      title: 'Eine Zeile in der hosts-Datei dieses Computers schickt die Website an die falsche Stelle',
      summary:
        'Die hosts-Datei dieses Computers legt {{host}} auf eine Adresse fest, die nicht funktioniert.',
      who: 'Sie können das selbst lösen: Entfernen Sie die Zeile aus der hosts-Datei.',
      why: 'Ihr Computer hat eine kleine Liste fester Adressen (die hosts-Datei), die er liest, bevor er im Internet nachfragt. Darin steht für diese Website eine Adresse, die nicht antwortet, während das Adressbuch des Internets eine andere, funktionierende nennt. Solche Zeilen bleiben oft von Tests oder alter Software übrig.',
      ownerWhy:
        'getaddrinfo lieferte die Adresse aus der lokalen hosts-Datei; sie weicht von der Antwort jedes DNS-Servers ab. Die DNS-Adresse liefert die Website, die festgelegte scheitert.',
      askThem: [
        'Niemanden fragen: Entfernen oder kommentieren Sie die unten gezeigte Zeile der hosts-Datei aus (dafür braucht es Administratorrechte) und prüfen Sie erneut.',
      ],
      subject: 'die Hosts-Datei dieses Computers zeigt woandershin',
    },
    'dns-resolver-failing': {
      title: 'Ihr Computer kann Website-Namen nicht nachschlagen',
      summary:
        'Das Adressbuch Ihres Computers für das Internet (DNS) antwortet nicht; andere DNS-Dienste schon.',
      who: 'Sie können das beheben, indem Sie einen anderen Namensdienst verwenden. Wenn es wieder passiert, sagen Sie Ihrem Internetanbieter Bescheid.',
      why: 'Bevor Ihr Computer eine Website öffnet, fragt er einen Namensdienst, wo die Website zu finden ist. Ihrer antwortet nicht, andere Namensdienste schon.',
      ownerWhy:
        'Der System-DNS-Resolver läuft in ein Timeout oder scheitert (SERVFAIL/REFUSED), während die alternativen Resolver antworten. Wechseln Sie den Resolver oder starten Sie den Router neu, der DNS weiterleitet.',
      askThem: [
        'Sagen Sie Ihrem Internetanbieter: Sein DNS-Server antwortet nicht (oder mit Fehler), öffentliche Resolver beantworten dieselbe Frage; Details unten.',
      ],
      subject: 'der DNS-Server versagt',
    },
    'dns-stale-answer': {
      title: 'Ihr Computer hat eine alte Adresse für diese Website',
      summary:
        'Ihr DNS nennt eine alte oder falsche Adresse für {{host}}; die richtige Adresse funktioniert.',
      who: 'Sie können das beheben, indem Sie gespeicherte Adressen löschen oder den Namensdienst wechseln.',
      why: 'Ihr Namensdienst nennt für diese Website eine andere Adresse als andere Dienste, und die Website funktioniert unter der anderen Adresse.',
      ownerWhy:
        'Der System-Resolver liefert andere Adressen als die Alternativen, und nur die Adresse der Alternativen bedient die Website. Typisch nach einem Umzug, solange alte Einträge zwischengespeichert sind (TTL).',
      askThem: [
        'Sagen Sie Ihrem Internetanbieter: Sein DNS-Server nennt für diese Website eine andere Adresse als öffentliche Resolver (Vergleich unten).',
        'Wenn Sie die Website betreiben: Sie ist vielleicht gerade umgezogen; alte Einträge können bis zu ein, zwei Tage zwischengespeichert bleiben.',
      ],
      subject: 'der DNS-Server liefert eine alte Adresse',
    },
    'local-network-down': {
      title: 'Ihr Router antwortet nicht',
      summary: 'Ihr Router antwortet nicht, deshalb kommt von diesem Computer aus nichts ins Internet.',
      who: 'Sie können das beheben: Prüfen Sie Router, Kabel oder WLAN.',
      why: 'Ihr Computer erreicht das Gerät nicht, das Ihr Zuhause mit dem Internet verbindet. Deshalb lädt gerade keine Website.',
      ownerWhy:
        'Das Standard-Gateway antwortet weder auf ICMP noch auf TCP. Der Fehler liegt im lokalen Netz: Router, Kabel, WLAN-Verbindung oder DHCP-Lease.',
      askThem: [
        'Noch niemanden fragen: Starten Sie den Router neu, prüfen Sie Kabel und WLAN und prüfen Sie dann erneut.',
      ],
      subject: 'der Router antwortet nicht',
    },
    'local-network-degraded': {
      title: 'Die Verbindung zu Ihrem Router verliert Daten',
      summary:
        'Zwischen diesem Computer und Ihrem Router gehen Daten verloren oder kommen verspätet an, deshalb lädt {{host}} schlecht.',
      who: 'Sie können das selbst lösen: Das Problem ist das WLAN oder Kabel zu Hause.',
      why: 'Schon zwischen Ihrem Computer und Ihrem Router geht ein Teil der Daten verloren oder kommt zu spät an. Alles Weitere leidet darunter. Schwaches WLAN, Störungen oder ein schlechtes Kabel sind die üblichen Gründe; Ihr Internetanbieter ist nicht die Ursache.',
      ownerWhy:
        'Pings an das Standard-Gateway selbst zeigen Verlust oder starken Jitter, und der Verlust hinter dem Router ist gleich oder höher: Die lokale Strecke (WLAN oder Kabel) ist gestört, nicht der Anbieter.',
      askThem: [
        'Noch niemanden fragen: Gehen Sie näher an den Router oder nehmen Sie ein Kabel, starten Sie den Router neu und prüfen Sie erneut.',
      ],
      subject: 'die Verbindung zum Router verliert Pakete',
    },
    'isp-outage': {
      title: 'Ihr Internetanbieter scheint gestört zu sein',
      summary:
        'Ihr Router geht, aber dahinter antwortet nichts: Ihr Internetanbieter scheint gestört zu sein.',
      who: 'Ihr Internetanbieter muss das beheben.',
      why: 'Ihr Router antwortet, aber nichts dahinter: Keine Website öffnet sich. Die Unterbrechung liegt bei Ihrem Internetanbieter.',
      ownerWhy:
        'Das Standard-Gateway antwortet, aber keine Kontrollseite und kein Hop hinter dem Router. Der Ausfall liegt vor dem Router, beim Provider.',
      askThem: [
        'Sagen Sie Ihrem Internetanbieter: Der Router antwortet, aber keine Adresse dahinter, seit der unten gezeigten Zeit.',
        'Fragen Sie, ob es in Ihrer Gegend eine Störung gibt und wann sie behoben ist.',
      ],
      subject: 'keine Verbindung hinter dem Router',
    },
    'isp-path-degraded': {
      title: 'Auf dem Weg gehen Daten verloren',
      summary:
        'Auf dem Weg von Ihrem Anbieter zu {{host}} gehen Daten verloren, deshalb scheitert oder kriecht die Website.',
      who: 'Ihr Internetanbieter muss das beheben. Ein Bericht hilft, die Stelle zu finden.',
      why: 'Auf dem Weg zur Website geht ein Teil der Daten verloren. Der Verlust beginnt hinter Ihrem Router und reicht bis zur Website.',
      ownerWhy:
        'Paketverlust oder hohe Latenz beginnt an einem Hop hinter dem Router und reicht bis zum Ziel; es ist also keine ICMP-Drosselung. Geben Sie den Traceroute an den Provider.',
      askThem: [
        'Sagen Sie Ihrem Internetanbieter: Paketverlust beginnt am in der Traceroute-Tabelle markierten Hop und reicht bis zum Ziel.',
        'Bitten Sie, diesen Teil des Netzes zu prüfen und Sie mit dem Ergebnis zurückzurufen.',
      ],
      subject: 'im Netz des Anbieters gehen Pakete verloren',
    },
    'path-mtu-blackhole': {
      title: 'Große Pakete gehen unterwegs verloren, deshalb bleiben Seiten hängen',
      summary:
        'Verbindungen zu {{host}} gehen auf, aber große Pakete verschwinden unterwegs, und die Seite bleibt hängen.',
      who: 'Ihr Internetanbieter oder die Einstellungen Ihres Routers oder VPNs müssen das beheben.',
      why: 'Kleine Datenstücke erreichen die Website, große verschwinden unterwegs, und die Nachricht „zu groß, bitte kleiner schicken“ kommt nie zurück. Deshalb beginnen Seiten zu laden und bleiben dann hängen. Das passiert oft bei DSL-Anschlüssen (PPPoE) und VPNs.',
      ownerWhy:
        'TCP verbindet und kleine Antworten kommen an, volle Pakete werden aber ohne ICMP-„Fragmentation needed“/„Packet too big“ verworfen: ein Path-MTU-Black-Hole. Die gemessene Pfad-MTU und der Hop, ab dem es beginnt, stehen unten; MSS-Clamping oder eine kleinere MTU auf der Strecke behebt es.',
      askThem: [
        'Sagen Sie Ihrem Internetanbieter (oder wer das VPN betreibt): Pakete größer als die unten gezeigte Pfad-MTU werden ab dem gezeigten Hop ohne ICMP-Meldung „Fragmentation needed“ verworfen.',
        'Bitten Sie, die MTU zu korrigieren oder MSS-Clamping auf dieser Strecke einzuschalten.',
      ],
      subject: 'große Pakete gehen unterwegs verloren',
    },
    'ipv6-broken': {
      title: 'Das neuere Internetprotokoll (IPv6) scheitert bei dieser Website',
      summary:
        '{{host}} geht über IPv4, scheitert aber über IPv6, deshalb warten Browser, bevor sie ausweichen.',
      who: 'Ihr Internetanbieter oder die IPv6-Einstellungen Ihres Routers müssen das beheben.',
      why: 'Ihr Computer kann zwei Arten von Internetadressen nutzen, das ältere IPv4 und das neuere IPv6. Diese Website hat beide. Über IPv4 geht sie, über IPv6 scheitert die Verbindung, deshalb wartet Ihr Browser, bevor er den anderen Weg nimmt, oder gibt auf.',
      ownerWhy:
        'Die Website veröffentlicht A- und AAAA-Einträge, dieser Rechner hat globales IPv6 mit Standardroute; Abrufe je Adressfamilie zeigen: IPv4 geht, IPv6 scheitert (Ergebnisse je Adresse unten).',
      askThem: [
        'Sagen Sie Ihrem Internetanbieter: IPv6-Verbindungen zu den unten gezeigten Adressen scheitern von diesem Anschluss, IPv4 geht (Ergebnisse je Adresse unten).',
      ],
      subject: 'IPv6 versagt, IPv4 funktioniert',
    },
    'firewall-blocking': {
      title: 'Eine Firewall versperrt den Weg zur Website',
      summary: 'Etwas blockiert den Webverkehr zu {{host}}, obwohl der Rechner der Website erreichbar ist.',
      who: 'Sie oder Ihr Netzwerkadministrator können die Website freigeben.',
      why: 'Der Computer der Website antwortet, aber der Zugang zu ihren Webseiten ist versperrt. Meist ist Sicherheitssoftware oder eine Firewall der Grund.',
      ownerWhy:
        'Der Host antwortet auf Ping, aber TCP 80/443 wird auf dem Weg abgelehnt oder verworfen. Prüfen Sie lokale Sicherheitssoftware, Netzwerk-Firewalls und die Regeln des Servers.',
      askThem: [
        'Fragen Sie, wer Ihr Netz betreut (oder prüfen Sie Ihre Sicherheitssoftware): Verbindungen zu den Web-Ports dieser Website werden blockiert.',
      ],
      subject: 'eine Firewall blockiert die Web-Ports',
    },
    inconclusive: {
      title: 'Wir haben keine eindeutige Ursache gefunden',
      summary: 'Wir konnten nicht genau sagen, wo das Problem liegt.',
      who: 'Wir können nicht sicher sagen, wer handeln muss. Die Grundschritte unten helfen oft.',
      why: 'Einige Prüfungen lieferten widersprüchliche Antworten oder konnten nicht laufen. Das wissen wir; probieren Sie die Schritte unten und prüfen Sie dann erneut.',
      ownerWhy:
        'Die Befunde widersprechen sich, oder eine Prüfung konnte nicht laufen. Was bekannt ist, steht in der Liste der Prüfungen; arbeiten Sie die Server-Checkliste ab.',
      askThem: [
        'Versuchen Sie die Grundschritte unten und prüfen Sie dann erneut; schicken Sie diesen Bericht an die Stelle, die Sie kontaktieren.',
      ],
      subject: 'die Ursache ist noch unklar',
    },
  },
  steps: {
    'hard-refresh': {
      title: 'Seite vollständig neu laden',
      body: 'Drücken Sie im Browser-Tab mit dem Fehler Strg+F5 (am Mac: Cmd+Umschalt+R). So wird die Seite frisch geladen statt aus einer gespeicherten Kopie.',
    },
    'clear-site-cache': {
      title: 'Gespeicherte Daten dieser Website löschen',
      body: 'Öffnen Sie in den Browser-Einstellungen die gespeicherten Daten nur dieser Website (Cache und Cookies) und löschen Sie sie. Eventuell müssen Sie sich danach neu anmelden.',
    },
    'private-window': {
      title: 'Privates Fenster ausprobieren',
      body: 'Öffnen Sie ein privates Fenster (Inkognito) und rufen Sie die Website dort auf. Es startet ohne gespeicherte Daten und meist ohne Erweiterungen.',
    },
    'other-browser': {
      title: 'Anderen Browser ausprobieren',
      body: 'Öffnen Sie die Website in einem anderen Browser. Klappt es dort, liegt das Problem in Ihrem gewohnten Browser.',
    },
    'disable-extensions': {
      title: 'Browser-Erweiterungen ausschalten',
      body: 'Schalten Sie Ihre Browser-Erweiterungen kurz aus oder starten Sie den Browser ohne sie, und öffnen Sie die Website erneut.',
    },
    'restart-browser': {
      title: 'Tabs schließen und Browser neu starten',
      body: 'Schließen Sie alle Browser-Tabs und -Fenster, starten Sie den Browser neu und öffnen Sie nur diese Website.',
    },
    'retry-later': {
      title: 'Etwas später erneut versuchen',
      body: 'Solche Probleme verschwinden oft innerhalb weniger Minuten. Warten Sie kurz und prüfen Sie dann erneut.',
    },
    'retry-after': {
      title: 'Um {{time}} erneut versuchen, wie die Website bittet',
      body: 'Die Website meldet, dass sie ausgelastet ist, und bittet, es in {{minutes}} Min. (um {{time}}) erneut zu versuchen. Vorher sehen Sie sehr wahrscheinlich denselben Fehler. Wir können die Website im Blick behalten und erst dann wieder nachsehen.',
    },
    'notify-when-back': {
      title: 'Bescheid sagen, wenn sie wieder da ist',
      body: 'Wir behalten die Website im Blick und sagen Ihnen Bescheid, sobald sie wieder antwortet.',
    },
    'status-page': {
      title: 'Statusseite der Website ansehen',
      body: 'Viele Dienste melden Störungen auf einer Statusseite oder in sozialen Medien. Sehen Sie dort nach Neuigkeiten.',
    },
    'tell-site': {
      title: 'Der Website Bescheid geben',
      body: 'Die Betreiber wissen es vielleicht noch nicht. Schicken Sie ihnen einen Bericht mit unseren Messungen.',
    },
    'down-for-everyone': {
      title: 'Ist sie für alle nicht erreichbar?',
      body: 'Wir können einen externen Dienst bitten, die Website von anderen Orten der Welt aus zu öffnen.',
    },
    'restart-router': {
      title: 'Router neu starten',
      body: 'Ziehen Sie den Stecker des Routers (und des Modems, falls getrennt), warten Sie 30 Sekunden, stecken Sie ihn wieder ein und warten Sie, bis die Lämpchen ruhig leuchten.',
    },
    'check-cables-wifi': {
      title: 'Kabel und WLAN prüfen',
      body: 'Prüfen Sie, ob das Netzwerkkabel an beiden Enden fest steckt oder ob Ihr Computer mit Ihrem eigenen WLAN verbunden ist.',
    },
    'restart-computer': {
      title: 'Computer neu starten',
      body: 'Speichern Sie Ihre Arbeit, starten Sie den Computer neu und prüfen Sie dann erneut.',
    },
    'renew-dhcp': {
      title: 'Neu mit dem Netzwerk verbinden',
      body: 'Ihr Computer bittet den Router um eine frische Verbindung.',
    },
    'switch-dns': {
      title: 'Namensdienst wechseln',
      body: 'Verwenden Sie einen anderen Dienst zum Nachschlagen von Website-Namen. Wir sichern vorher Ihre aktuelle Einstellung und können sie zurückholen.',
    },
    'flush-dns': {
      title: 'Gespeicherte Website-Adressen löschen',
      body: 'Ihr Computer vergisst die gespeicherten Website-Adressen und schlägt sie neu nach.',
    },
    'contact-isp': {
      title: 'Internetanbieter kontaktieren',
      body: 'Rufen Sie Ihren Internetanbieter an oder schreiben Sie ihm, und schicken Sie den Bericht mit. Er zeigt, wo und wann das Problem beginnt.',
    },
    'isp-status-page': {
      title: 'Nach einer bekannten Störung suchen',
      body: 'Die Website oder App Ihres Internetanbieters zeigt oft Störungen in Ihrer Gegend. Sie können das vom Handy aus prüfen.',
    },
    'disable-proxy': {
      title: 'Proxy oder VPN ausschalten',
      body: 'Schalten Sie Ihr VPN aus oder entfernen Sie den Proxy in den Netzwerkeinstellungen Ihres Systems, und prüfen Sie dann erneut.',
    },
    'ask-proxy-admin': {
      title: 'Den Betreiber des Proxys fragen',
      body: 'Wenn Ihre Firma oder Schule den Proxy eingerichtet hat, sagen Sie der IT Bescheid. Der Bericht zeigt, was der Proxy geantwortet hat.',
    },
    'pause-security-software': {
      title: 'Sicherheitssoftware kurz pausieren',
      body: 'Pausieren Sie Virenschutz oder Firewall kurz und prüfen Sie erneut. Klappt es dann, geben Sie die Website in den Einstellungen frei und schalten Sie den Schutz wieder ein.',
    },
    'ask-network-admin': {
      title: 'Netzwerkadministrator fragen',
      body: 'In einem Firmen- oder Schulnetz kann der Administrator die Website freigeben. Schicken Sie ihm den Bericht.',
    },
    'sign-in-portal': {
      title: 'Auf der Seite des Netzes anmelden',
      body: 'Öffnen Sie eine einfache Webseite, zum Beispiel http://neverssl.com. Die Anmeldeseite des Netzes erscheint; nehmen Sie die Bedingungen an oder melden Sie sich an und prüfen Sie dann erneut.',
    },
    'remove-hosts-line': {
      title: 'Zeile der Website aus der hosts-Datei entfernen',
      body: 'Öffnen Sie die hosts-Datei als Administrator (Windows: C:\\Windows\\System32\\drivers\\etc\\hosts; Mac und Linux: /etc/hosts), setzen Sie ein # vor die Zeile mit dem Namen dieser Website, speichern Sie und prüfen Sie erneut.',
    },
    'check-vpn-mtu': {
      title: 'MTU-Einstellung von VPN oder Router prüfen',
      body: 'Nutzen Sie ein VPN, schalten Sie es kurz aus und prüfen Sie erneut. Geht die Website dann, oder haben Sie einen DSL-Anschluss, stellen Sie die MTU im VPN oder Router auf den Wert aus dem Bericht oder fragen Sie Ihren Anbieter.',
    },
    'move-closer-wifi': {
      title: 'Näher an den Router gehen oder ein Kabel nehmen',
      body: 'Schwaches WLAN verliert Daten. Gehen Sie näher an den Router, weg von Wänden und Mikrowellen, oder verbinden Sie sich per Netzwerkkabel und prüfen Sie erneut.',
    },
    'check-clock': {
      title: 'Datum und Uhrzeit des Computers prüfen',
      body: 'Eine falsche Uhr lässt jedes Zertifikat ungültig aussehen. Öffnen Sie die Einstellungen für Datum und Uhrzeit, schalten Sie „automatisch einstellen“ ein und prüfen Sie erneut.',
    },
    'owner-check-upstream': {
      title: 'Läuft die Anwendung?',
      body: 'Prüfen Sie, ob der Dienst hinter dem Proxy läuft und dort lauscht, wo der Proxy ihn erwartet (PHP-FPM, Node, App-Pool, Container). Starten Sie ihn neu, wenn Prozesse hängen.',
    },
    'owner-error-logs': {
      title: 'Fehlerprotokolle lesen',
      body: 'Sehen Sie ins Fehlerprotokoll des Proxys (z. B. nginx error.log: „upstream prematurely closed“, „connect() failed“) und ins Protokoll der Anwendung zur Zeit des Fehlers.',
    },
    'owner-resources': {
      title: 'Server-Ressourcen prüfen',
      body: 'Prüfen Sie CPU, Arbeitsspeicher, Platte und die Zahl der Worker oder Verbindungen. Abbrüche wegen Speichermangel und erschöpfte Worker-Pools verursachen 502-Fehler.',
    },
    'owner-recent-changes': {
      title: 'Letzte Änderungen prüfen',
      body: 'Gab es kurz vor den Fehlern ein Deployment, ein Plugin, ein Theme oder eine Konfigurationsänderung? Nehmen Sie es testweise zurück.',
    },
    'owner-proxy-config': {
      title: 'Proxy-Konfiguration prüfen',
      body: 'Prüfen Sie im Reverse Proxy Upstream-Adresse und Port, Socket-Pfade und Rechte sowie die Grenzen für Puffer und Header-Größen.',
    },
    'owner-hosting-provider': {
      title: 'Hosting-Anbieter kontaktieren',
      body: 'Wenn die Serverseite für Sie gut aussieht, schicken Sie den Bericht an Ihren Hosting-Anbieter: Er sieht Ebenen, die Sie nicht sehen.',
    },
    'owner-timeouts': {
      title: 'Zeitlimits prüfen',
      body: 'Vergleichen Sie das Lese-Timeout des Proxys mit den Ausführungslimits der Anwendung (z. B. PHP max_execution_time) und finden Sie die Anfragen, die sie überschreiten.',
    },
    'owner-slow-queries': {
      title: 'Langsame Abfragen finden',
      body: 'Sehen Sie ins Slow-Query-Log der Datenbank und nach langsamen externen Aufrufen beim Erstellen der Seite.',
    },
    'owner-health-checks': {
      title: 'Health Checks und Lastverteilung prüfen',
      body: 'Stellen Sie sicher, dass fehlerhafte Backends aus der Rotation genommen werden und genug Kapazität für die aktuelle Last da ist.',
    },
    'owner-cdn-origin': {
      title: 'Origin ohne CDN testen',
      body: 'Rufen Sie den Origin direkt auf (am CDN vorbei), über dieselben Ports und TLS-Einstellungen, die das CDN nutzt, um zu sehen, ob er antwortet.',
    },
    'owner-cdn-status': {
      title: 'Statusseite des CDN ansehen',
      body: 'Prüfen Sie die Statusseite Ihres CDN-Anbieters auf Störungen in der betroffenen Region.',
    },
    'owner-cdn-trace-id': {
      title: 'Dem CDN-Support die Trace-ID geben',
      body: 'Der CDN-Support braucht die Ray- oder Trace-ID und die genaue Uhrzeit. Beides steht im Bericht.',
    },
    'owner-dns-records': {
      title: 'DNS-Einträge prüfen',
      body: 'Stellen Sie sicher, dass die A/AAAA- (oder CNAME-)Einträge auf allen autoritativen Nameservern auf den richtigen Server zeigen.',
    },
    'owner-dns-propagation': {
      title: 'Warten, bis sich die DNS-Änderung verbreitet',
      body: 'Nach einem Umzug bleiben alte Einträge zwischengespeichert, bis ihre TTL abläuft, bis zu 24–48 Stunden. Senken Sie die TTL vor dem nächsten Umzug.',
    },
    'owner-server-firewall': {
      title: 'Server-Firewall prüfen',
      body: 'Stellen Sie sicher, dass Firewall und Security Groups des Servers die Ports 80 und 443 erlauben, auch aus den Adressbereichen Ihres CDN.',
    },
    'owner-monitoring': {
      title: 'Überwachung einrichten',
      body: 'Gerade ist nichts zu reparieren. Eine Überwachung von Erreichbarkeit und Antwortzeiten erkennt das nächste Auftreten früh.',
    },
    'owner-checklist': {
      title: 'Server-Checkliste abarbeiten',
      body: 'Läuft die Anwendung? Fehlerprotokolle? Ressourcen und Limits? Letzte Deployments oder Plugins? Proxy-, CDN- und Firewall-Konfiguration? DNS-Einträge?',
    },
    'owner-renew-certificate': {
      title: 'Zertifikat der Website erneuern oder korrigieren',
      body: 'Erneuern Sie das Zertifikat, wenn es abgelaufen ist, achten Sie darauf, dass es jeden Namen der Website abdeckt und der Server die ganze Kette sendet. Laden Sie dann Webserver oder CDN neu.',
    },
    'owner-dns-servers': {
      title: 'Nameserver der Domain prüfen',
      body: 'Fragen Sie jeden autoritativen Nameserver nach dem Namen (dig @ns1 name). Reparieren Sie Server, die scheitern oder nicht antworten, und prüfen Sie DNSSEC-Signaturen und DS-Einträge beim Registrar.',
    },
  },
  checks: {
    'site-probe': 'Antwortet die Website?',
    'tls-certificate': 'Ist das Sicherheitszertifikat der Website gültig?',
    'control-sites': 'Funktionieren andere Websites?',
    'captive-portal': 'Will dieses Netz erst eine Anmeldung?',
    gateway: 'Antwortet Ihr Router?',
    'hosts-file': 'Nennt die hosts-Datei dieses Computers die Website?',
    'system-resolvers': 'Kann Ihr Computer den Namen der Website nachschlagen?',
    'dns-swap': 'Liefern andere Namensdienste dieselbe Antwort?',
    ipv6: 'Funktioniert die Website über IPv6 so wie über IPv4?',
    traceroute: 'Wie weit kommt der Weg zur Website?',
    'path-mtu': 'Kommen große Datenpakete bis zur Website durch?',
    proxy: 'Ist etwas dazwischen, etwa ein Proxy oder VPN?',
    firewall: 'Blockiert eine Firewall die Website?',
    'external-vantage': 'Funktioniert die Website für andere?',
  },
  whoActs: {
    you: {
      name: 'Sie',
      label: 'Sie (dieser Computer oder Ihr Heimnetz)',
      sentence: 'Sie können das selbst beheben.',
    },
    'site-owner': {
      name: 'der Betreiber der Website',
      label: 'Der Betreiber oder Hoster der Website',
      sentence: 'Der Betreiber der Website muss das beheben.',
    },
    isp: {
      name: 'Ihr Internetanbieter',
      label: 'Ihr Internetanbieter',
      sentence: 'Ihr Internetanbieter muss das beheben.',
    },
    'proxy-admin': {
      name: 'wer den Proxy betreibt',
      label: 'Wer den Proxy oder das VPN betreibt',
      sentence: 'Wer Ihren Proxy oder Ihr VPN betreibt, muss das beheben.',
    },
    'network-admin': {
      name: 'Ihr Netzwerkadministrator',
      label: 'Ihr Netzwerkadministrator',
      sentence: 'Ihr Netzwerkadministrator kann das beheben.',
    },
    unknown: {
      name: 'noch unklar',
      label: 'Noch nicht bekannt',
      sentence: 'Wir können noch nicht sagen, wer handeln muss.',
    },
  },
  watch: {
    siteBackTitle: 'Die Website ist wieder da',
    siteBack: 'Gute Nachricht: {{site}} antwortet wieder.',
    networkBackTitle: 'Ihre Internetverbindung ist wieder da',
    networkBack: 'Gute Nachricht: Ihre Internetverbindung funktioniert wieder, {{site}} antwortet.',
  },
  confidence: {
    high: 'Wir sind uns ziemlich sicher.',
    medium: 'Wir sind uns einigermaßen sicher.',
    low: 'Wir sind nicht sicher; die Anzeichen deuten darauf hin.',
  },
  hopChart: {
    title: 'Antwortzeit (Balken, linke Achse) und Paketverlust (rote Linie, rechte Achse) je Station',
    ms: 'ms',
    loss: 'Verlust',
    hop: 'Station',
    lossStarts: 'Verlust ab hier',
    hopRtt: 'Station {{ttl}}: {{ms}} ms',
    hopLoss: 'Station {{ttl}}: {{pct}} % verloren',
  },
  owner: ownerTextsDe,
  sources: sourcesDe,
  pageCodes: pageCodesDe,
  // The path-MTU hop sentence is a reason text; the evidence list takes the same words.
  mtuHop: {
    lost: findingsDe.reasons['starts-at-hop'],
    links: {
      'first-link': findingsDe.reasons['mtu-link-first-link'],
      'router-to-provider': findingsDe.reasons['mtu-link-router-to-provider'],
      'between-hops': findingsDe.reasons['mtu-link-between-hops'],
      'up-to-hop': findingsDe.reasons['mtu-link-up-to-hop'],
    },
  },
  ...findingsDe,
  recipients: recipientsDe,
  redaction: redactionDe,
  report: reportTextsDe,
};
