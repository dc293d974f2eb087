// Deutsche Texte der Ansicht für Betreiber der Website (gleiche Schlüssel wie owner-texts-en.ts).
import type { OwnerTexts } from './text-catalog';

export const ownerTextsDe = {
  verdicts: {
    'site-ok': {
      title: 'Ihre Website antwortet von hier aus gerade normal',
      who: 'Auf dem Server ist gerade nichts zu beheben: Jede Anfrage bekam eine normale Antwort. Der Fehler war kurz oder lag im Browser eines Besuchers; achten Sie darauf, ob er wiederkommt.',
    },
    'site-server-error': {
      title: 'Ihre Anwendung versagt hinter ihrem Webserver',
      who: 'Sie müssen das auf dem Server beheben: Der vorgeschaltete Webserver hat mit dem Fehler geantwortet, weil die Anwendung dahinter nicht richtig geantwortet hat.',
    },
    'site-timeout': {
      title: 'Ihre Anwendung ist zu langsam für ihren Webserver',
      who: 'Sie müssen das auf dem Server beheben: Der Webserver hat das Warten auf Ihre Anwendung aufgegeben.',
    },
    'site-intermittent': {
      title: 'Ihre Website scheitert an einem Teil der Anfragen',
      who: 'Sie müssen das auf dem Server beheben: Manche Anfragen klappen, andere enden mit einem Serverfehler.',
    },
    'cdn-origin-error': {
      title: 'Ihr Auslieferungsnetz bekommt von Ihrem Ursprungsserver keine gute Antwort',
      who: 'Sie müssen das an Ihrem Ursprungsserver beheben: Das CDN hat an seiner Stelle geantwortet, weil Ihr eigener Server versagt hat oder vom CDN aus nicht erreichbar war.',
    },
    'site-unreachable': {
      title: 'Ihre Website antwortet von hier aus nicht',
      who: 'Wahrscheinlich müssen Sie das auf dem Server beheben (Dienst aus, DNS-Einträge oder Firewall); es kann auch am Weg aus diesem Netz liegen.',
    },
    'site-dns-failing': {
      title: 'Die Nameserver Ihrer Domain versagen',
      who: 'Sie müssen das im DNS beheben: Jeder Resolver scheitert an Ihrem Namen, während andere Namen funktionieren.',
    },
    'tls-certificate-error': {
      title: 'Das Zertifikat Ihrer Website besteht die Prüfung nicht',
      who: 'Meist müssen Sie das auf dem Server oder im CDN beheben: Zertifikat erneuern, jeden Namen abdecken und die ganze Kette senden. Geht die Uhr dieses Computers falsch, beheben Sie das zuerst.',
    },
    'proxy-error': {
      title: 'Ein Proxy auf diesem Computer verursacht den Fehler, nicht Ihre Website',
      who: 'Ihre Website ist nicht schuld: Der Proxy oder das VPN dieses Computers antwortet mit dem Fehler. Schalten Sie ihn ab oder fragen Sie, wer ihn betreibt.',
    },
    'dns-stale-answer': {
      title: 'Dieser Computer hat noch eine alte Adresse Ihrer Website',
      who: 'Wenn Sie die Website kürzlich umgezogen haben, ist hier noch der alte DNS-Eintrag gespeichert; Ihre aktuelle Adresse funktioniert.',
    },
    'firewall-blocking': {
      title: 'Eine Firewall sperrt die Web-Ports Ihrer Website',
      who: 'Ihr Server antwortet auf Ping, aber seine Web-Ports sind gesperrt: Prüfen Sie zuerst die Firewall des Servers, dann die Sicherheitssoftware dieses Computers.',
    },
  },
  checks: {
    'host-listening': 'Welche Programme auf welchen Ports lauschen (ist der Port der Anwendung offen?)',
    'host-failed-units': 'Dienste, die auf diesem Server ausgefallen sind',
    'host-journal': 'Warnungen und Fehler des Systems um die Zeit des Fehlers',
    'host-resources': 'Last, freier Speicher und freier Plattenplatz',
    'host-oom': 'Prozesse, die der Kernel um die Zeit des Fehlers wegen Speichermangels beendet hat',
    'host-packages': 'Die letzten Paketinstallationen und -aktualisierungen (Debian und Ubuntu)',
    'host-firewall': 'Die Firewall-Regeln des Servers (lassen sie die Ports 80 und 443 herein?)',
    'generic-response': 'Die vollständige Antwort der Website mit den Kopfzeilen jeder Schicht',
    'nginx-error-log':
      'Die letzten 100 Zeilen des Fehlerprotokolls von nginx: Suchen Sie nach „upstream prematurely closed“ oder „connect() failed“',
    'nginx-journal': 'Die Meldungen von nginx um die Zeit des Fehlers',
    'nginx-status': 'Läuft nginx?',
    'nginx-config-test': 'Die Konfiguration von nginx prüfen',
    'nginx-upstreams': 'Wohin nginx Anfragen weiterleitet (proxy_pass, fastcgi_pass, upstream)',
    'nginx-timeouts': 'Die Zeitlimits von nginx für die Anwendung',
    'apache-error-log':
      'Die letzten 100 Zeilen des Fehlerprotokolls von Apache (auf Red-Hat-Systemen: /var/log/httpd/error_log)',
    'apache-journal': 'Die Meldungen von Apache um die Zeit des Fehlers',
    'apache-status': 'Läuft Apache?',
    'apache-config-test': 'Die Konfiguration von Apache prüfen',
    'apache-vhosts': 'Die virtuellen Hosts von Apache und welcher die Website ausliefert',
    'apache-timeouts': 'Die Zeitlimits von Apache (Timeout, ProxyTimeout)',
    'php-fpm-status': 'Läuft PHP-FPM?',
    'php-fpm-journal': 'Die Meldungen von PHP-FPM um die Zeit des Fehlers',
    'php-fpm-max-children': 'Sind PHP-FPM die Worker ausgegangen (pm.max_children)?',
    'php-fpm-timeouts': 'Die Zeitlimits von PHP (request_terminate_timeout, max_execution_time)',
    'node-pm2-status': 'Laufen die Node-Prozesse (pm2)?',
    'node-pm2-logs': 'Die letzten 100 Zeilen der Protokolle der Node-Prozesse (pm2)',
    'iis-app-pools': 'Sind die IIS-Anwendungspools gestartet?',
    'iis-events': 'Warnungen und Fehler in den Windows-Ereignisprotokollen um die Zeit des Fehlers',
    'iis-logs': 'Die letzten 100 Zeilen des neuesten IIS-Protokolls (seine Zeiten sind in UTC)',
    'iis-resources': 'Prozessorlast und freier Speicher',
    'iis-firewall': 'Regeln der Windows-Firewall für die Ports 80 und 443',
    'haproxy-journal': 'Die Meldungen von HAProxy um die Zeit des Fehlers',
    'haproxy-config-test': 'Die Konfiguration von HAProxy prüfen',
    'haproxy-servers': 'Der Zustand jedes Backend-Servers von HAProxy (braucht den Admin-Socket)',
    'envoy-clusters': 'Der Zustand der Upstream-Cluster von Envoy (Admin-Port 9901)',
    'traefik-logs': 'Das Protokoll von Traefik um die Zeit des Fehlers (Container namens traefik)',
    'caddy-journal': 'Die Meldungen von Caddy um die Zeit des Fehlers',
    'caddy-validate': 'Die Konfiguration von Caddy prüfen',
    'lighttpd-error-log': 'Die letzten 100 Zeilen des Fehlerprotokolls von lighttpd',
    'varnish-backends': 'Die Backends von Varnish und ob sie gesund sind',
    'varnish-errors': 'Anfragen, die Varnish mit 5xx beantwortet hat (aus seinem Protokollspeicher)',
    'cdn-bypass':
      'Ihren Ursprungsserver direkt am CDN vorbei fragen: Setzen Sie statt ORIGIN_IP die Adresse Ihres Ursprungsservers ein',
    'cdn-fresh-headers':
      'Die Kopfzeilen einer neuen Anfrage, mit einer neuen Trace-ID für den Support des CDN',
    'cloudflare-ips': 'Die Adressbereiche von Cloudflare, die Ihre Firewall am Ursprung hereinlassen muss',
    'cloudfront-origins': 'Die Ursprünge, an die Ihre CloudFront-Distributionen Anfragen senden',
    'heroku-ps': 'Laufen die Dynos der App? Setzen Sie statt APP_NAME den Namen Ihrer App ein',
    'heroku-logs': 'Die letzten 200 Protokollzeilen der App (suchen Sie nach den Codes H10, H12, H13)',
    'heroku-releases': 'Die letzten Releases der App (zurück mit heroku rollback)',
    'elb-target-health': 'Der Zustand der Ziele des Load Balancers (setzen Sie die ARN Ihrer Zielgruppe ein)',
    timing: 'Wie lange Verbindungsaufbau, erstes Byte und die ganze Antwort dauern',
    'repeat-status': 'Zwanzig Anfragen hintereinander, nach Statuscode gezählt',
    'connect-test': 'Nimmt die Website überhaupt eine Verbindung an, und was antwortet sie?',
    'web-ports': 'Lauscht auf dem Server etwas auf den Ports 80 und 443?',
    'tls-show-certificate':
      'Das Zertifikat, das die Website sendet: Inhaber, Aussteller, Gültigkeit und Namen',
    'certbot-list': 'Die Zertifikate, die certbot verwaltet, und wann sie ablaufen',
    'dns-records': 'Die IPv4- und IPv6-Adressen der Website im DNS',
    'dns-trace': 'Die Namensauflösung von der Wurzel bis zu Ihren Nameservern: Welcher versagt?',
    'dns-dnssec': 'Besteht der Name die DNSSEC-Prüfung?',
  },
} as const satisfies OwnerTexts;
