import type { Catalog } from './en';

// German texts per verdict.
export const deVerdicts: Catalog['verdicts'] = {
  'site-ok': {
    title: 'Die Website funktioniert von diesem Computer aus gerade',
    who: 'Weder die Website noch Ihre Verbindung ist kaputt. Die Störung war kurz, oder sie liegt in Ihrem Browser.',
    why: 'Wir haben die Website mehrmals geöffnet, und sie hat jedes Mal normal geantwortet. Wenn Ihr Browser den Fehler weiter zeigt, zeigt er vermutlich eine alte Kopie, oder etwas im Browser stört.',
    ownerWhy: 'Alle Abrufe bekamen eine normale Antwort (2xx/3xx), die übrigen Prüfungen waren in Ordnung. Der frühere Fehler war vorübergehend oder lag beim Client (gespeicherte Fehlerseite, Erweiterung, alte Verbindung). Achten Sie auf Wiederholungen.',
  },
  'site-server-error': {
    title: 'Die Website selbst hat ein Problem',
    who: 'Der Betreiber der Website muss das beheben. Bei Ihnen ist alles in Ordnung, Sie müssen nichts neu starten.',
    why: 'Ihr Internet funktioniert, und andere Websites öffnen sich. Der Eingang der Website hat geantwortet, aber der Teil dahinter, der die Seiten erstellt, hat nicht richtig reagiert.',
    ownerWhy: 'Das Gateway bzw. der Reverse Proxy vor der Anwendung antwortete mit 502 (oder einem anderen 5xx), weil sein Upstream versagte. Kontrollseiten und lokales Netz sind gesund, der Fehler liegt also auf der Serverseite.',
  },
  'site-timeout': {
    title: 'Die Website antwortet zu langsam',
    who: 'Der Betreiber der Website muss das beheben. Bei Ihnen ist alles in Ordnung.',
    why: 'Der Eingang der Website hat auf den Teil dahinter gewartet, der die Seite erstellt, hat aufgegeben und einen Fehler gezeigt. Andere Websites funktionieren normal.',
    ownerWhy: 'Das Gateway antwortete mit 504: Der Upstream hat nicht innerhalb des Lese-Timeouts des Proxys geantwortet. Prüfen Sie langsame Anfragen, Ausführungslimits und Last.',
  },
  'site-intermittent': {
    title: 'Die Website funktioniert nur manchmal',
    who: 'Der Betreiber der Website muss das beheben. Später erneut versuchen kann helfen.',
    why: 'Wir haben die Website mehrmals geöffnet: Manche Versuche klappten, andere zeigten einen Fehler. Das passiert, wenn eine Website überlastet ist oder einer ihrer Server defekt ist.',
    ownerWhy: 'Wiederholte Abrufe lieferten eine Mischung aus Erfolg und 5xx. Typische Ursachen: Überlast, ein fehlerhaftes Backend im Pool oder Health Checks, die einen kaputten Knoten nicht herausnehmen.',
  },
  'cdn-origin-error': {
    title: 'Der Hauptserver der Website antwortet seinem Auslieferungsnetz nicht',
    who: 'Der Betreiber der Website muss das beheben. Bei Ihnen ist alles in Ordnung.',
    why: 'Große Websites nutzen ein Auslieferungsnetz, das vor ihrem eigenen Server steht. Dieses Netz hat Ihnen geantwortet, konnte aber den eigentlichen Server dahinter nicht erreichen.',
    ownerWhy: 'Ein CDN-Edge lieferte den 5xx im Namen der Website: Der Origin hinter dem CDN versagt oder ist vom CDN aus nicht erreichbar (Origin aus, Firewall sperrt die Adressbereiche des CDN, TLS oder Port passen nicht).',
  },
  'site-unreachable': {
    title: 'Die Website antwortet überhaupt nicht',
    who: 'Vermutlich muss der Betreiber der Website das beheben; das Problem kann auch auf dem Weg dorthin liegen.',
    why: 'Ihr Internet funktioniert, und andere Websites öffnen sich, aber diese Website antwortet von hier aus gar nicht.',
    ownerWhy: 'Kontrollseiten funktionieren, aber Verbindungen zur Website laufen in ein Timeout oder werden abgelehnt. Prüfen Sie, ob der Server läuft, ob die DNS-Einträge auf ihn zeigen und ob seine Firewall Web-Verkehr durchlässt.',
  },
  'proxy-error': {
    title: 'Ein Proxy oder VPN auf Ihrem Computer verursacht den Fehler',
    who: 'Sie können ihn ausschalten, oder wer ihn betreibt, muss ihn reparieren.',
    why: 'Ihr Computer schickt den Web-Verkehr über einen Vermittler (Proxy oder VPN). Dieser Vermittler zeigt den Fehler, aber auf direktem Weg funktioniert die Website.',
    ownerWhy: 'Der eingestellte Proxy lieferte den Fehler, während der direkte Weg zur Website funktioniert. Schalten Sie den Proxy ab, korrigieren Sie die Einstellungen oder fragen Sie den Proxy-Administrator.',
  },
  'dns-resolver-failing': {
    title: 'Ihr Computer kann Website-Namen nicht nachschlagen',
    who: 'Sie können das beheben, indem Sie einen anderen Namensdienst verwenden. Wenn es wieder passiert, sagen Sie Ihrem Internetanbieter Bescheid.',
    why: 'Bevor Ihr Computer eine Website öffnet, fragt er einen Namensdienst, wo die Website zu finden ist. Ihrer antwortet nicht, andere Namensdienste schon.',
    ownerWhy: 'Der System-DNS-Resolver läuft in ein Timeout oder scheitert (SERVFAIL/REFUSED), während die alternativen Resolver antworten. Wechseln Sie den Resolver oder starten Sie den Router neu, der DNS weiterleitet.',
  },
  'dns-stale-answer': {
    title: 'Ihr Computer hat eine alte Adresse für diese Website',
    who: 'Sie können das beheben, indem Sie gespeicherte Adressen löschen oder den Namensdienst wechseln.',
    why: 'Ihr Namensdienst nennt für diese Website eine andere Adresse als andere Dienste, und die Website funktioniert unter der anderen Adresse.',
    ownerWhy: 'Der System-Resolver liefert andere Adressen als die Alternativen, und nur die Adresse der Alternativen bedient die Website. Typisch nach einem Umzug, solange alte Einträge zwischengespeichert sind (TTL).',
  },
  'local-network-down': {
    title: 'Ihr Router antwortet nicht',
    who: 'Sie können das beheben: Prüfen Sie Router, Kabel oder WLAN.',
    why: 'Ihr Computer erreicht das Gerät nicht, das Ihr Zuhause mit dem Internet verbindet. Deshalb lädt gerade keine Website.',
    ownerWhy: 'Das Standard-Gateway antwortet weder auf ICMP noch auf TCP. Der Fehler liegt im lokalen Netz: Router, Kabel, WLAN-Verbindung oder DHCP-Lease.',
  },
  'isp-outage': {
    title: 'Ihr Internetanbieter scheint gestört zu sein',
    who: 'Ihr Internetanbieter muss das beheben.',
    why: 'Ihr Router antwortet, aber nichts dahinter: Keine Website öffnet sich. Die Unterbrechung liegt bei Ihrem Internetanbieter.',
    ownerWhy: 'Das Standard-Gateway antwortet, aber keine Kontrollseite und kein Hop hinter dem Router. Der Ausfall liegt vor dem Router, beim Provider.',
  },
  'isp-path-degraded': {
    title: 'Auf dem Weg gehen Daten verloren',
    who: 'Ihr Internetanbieter muss das beheben. Ein Bericht hilft, die Stelle zu finden.',
    why: 'Auf dem Weg zur Website geht ein Teil der Daten verloren. Der Verlust beginnt hinter Ihrem Router und reicht bis zur Website.',
    ownerWhy: 'Paketverlust oder hohe Latenz beginnt an einem Hop hinter dem Router und reicht bis zum Ziel; es ist also keine ICMP-Drosselung. Geben Sie den Traceroute an den Provider.',
  },
  'firewall-blocking': {
    title: 'Eine Firewall versperrt den Weg zur Website',
    who: 'Sie oder Ihr Netzwerkadministrator können die Website freigeben.',
    why: 'Der Computer der Website antwortet, aber der Zugang zu ihren Webseiten ist versperrt. Meist ist Sicherheitssoftware oder eine Firewall der Grund.',
    ownerWhy: 'Der Host antwortet auf Ping, aber TCP 80/443 wird auf dem Weg abgelehnt oder verworfen. Prüfen Sie lokale Sicherheitssoftware, Netzwerk-Firewalls und die Regeln des Servers.',
  },
  inconclusive: {
    title: 'Wir haben keine eindeutige Ursache gefunden',
    who: 'Wir können nicht sicher sagen, wer handeln muss. Die Grundschritte unten helfen oft.',
    why: 'Einige Prüfungen lieferten widersprüchliche Antworten oder konnten nicht laufen. Das wissen wir; probieren Sie die Schritte unten und prüfen Sie dann erneut.',
    ownerWhy: 'Die Befunde widersprechen sich, oder eine Prüfung konnte nicht laufen. Was bekannt ist, steht in der Liste der Prüfungen; arbeiten Sie die Server-Checkliste ab.',
  },
};
