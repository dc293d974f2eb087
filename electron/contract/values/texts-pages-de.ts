// German names of the software and services that write error pages, and what each code they
// print means (one sentence per code in PAGE_CODES). Part of the German text catalog.
import type { PageCodeId } from './page-codes';
import type { SourceId } from './ids';

/** How a source is named after "von" / "hinter" in a sentence (dative). */
export const sourcesDe: Readonly<Record<SourceId, string>> = {
  nginx: 'nginx',
  apache: 'Apache',
  iis: 'Microsoft IIS',
  haproxy: 'HAProxy',
  envoy: 'Envoy',
  traefik: 'Traefik',
  caddy: 'Caddy',
  varnish: 'Varnish',
  squid: 'einem Squid-Proxy',
  lighttpd: 'lighttpd',
  cloudflare: 'Cloudflare',
  cloudfront: 'Amazon CloudFront',
  akamai: 'Akamai',
  fastly: 'Fastly',
  edgeone: 'Tencent EdgeOne',
  google: 'Google',
  azure: 'Microsoft Azure',
  'aws-elb': 'einem Amazon-Load-Balancer',
  heroku: 'Heroku',
  'windows-update': 'Windows Update',
  twitter: 'Twitter/X',
  vercel: 'Vercel',
  netlify: 'Netlify',
  'aws-api-gateway': 'Amazon API Gateway',
  kong: 'einem Kong-API-Gateway',
  unknown: 'einem unbekannten Server',
};

const IP_BANNED =
  'Der Betreiber der Website hat Ihre Internetadresse bei Cloudflare gesperrt. Wenn Sie ein VPN nutzen, versuchen Sie es ohne; sonst kann nur der Betreiber Sie freischalten.';
const GOOGLE_ANY = 'Die Server von Google hatten einen Fehler; das ist meist vorübergehend.';
const GOOGLE =
  'Die Server von Google hatten einen vorübergehenden Fehler. Versuchen Sie es in 30 Sekunden erneut.';
const REWRITE = 'Eine Regel, mit der der Betreiber bei Cloudflare Anfragen umschreibt, ist fehlerhaft.';

/** Was jeder Code einer Fehlerseite bedeutet, in einem einfachen Satz. */
export const pageCodesDe: Readonly<Record<PageCodeId, string>> = {
  'iis-500.30': 'Das ASP.NET-Core-Programm der Website ist nicht gestartet.',
  'iis-502.1': 'Das Programm der Website (CGI) hat länger gebraucht, als der Server erlaubt.',
  'iis-502.2': 'Das Programm der Website hat aufgehört, bevor seine Antwort fertig war.',
  'iis-502.3':
    'IIS leitet Anfragen an ein anderes Programm oder einen anderen Server weiter (ARR oder ASP.NET Core), und diese Verbindung ist gescheitert oder hat zu lange gedauert.',
  'iis-502.4': 'IIS leitet Anfragen an eine Gruppe von Servern weiter, und keiner davon war erreichbar.',
  'iis-502.5':
    'Das ASP.NET-Core-Programm der Website ist nicht gestartet (oder die WebSocket-Weiterleitung von IIS ist gescheitert).',
  'iis-502.6': 'IIS konnte die Anfrage nicht an den Server dahinter weiterleiten.',
  'iis-502.7': 'IIS konnte die weitergeleitete Anfrage nicht ausführen.',
  'iis-503.0': 'Der Anwendungspool der Website ist angehalten.',
  'iis-503.2': 'Die Website hat ihre Grenze gleichzeitiger Anfragen erreicht.',
  'iis-http-sys-503': 'Der Anwendungspool der Website ist angehalten oder stürzt immer wieder ab.',
  'cloudflare-502': 'Cloudflare hat den Server der Website erreicht, aber keine gültige Antwort bekommen.',
  'cloudflare-504': 'Cloudflare hat den Server der Website erreicht, aber dessen Antwort kam zu spät.',
  'cloudflare-502-at-cloudflare':
    'Die Seite von Cloudflare zeigt das eigene Netz als gestört, nicht den Server der Website; das behebt sich meist von selbst.',
  'cloudflare-504-at-cloudflare':
    'Die Seite von Cloudflare zeigt das eigene Netz als gestört, nicht den Server der Website; das behebt sich meist von selbst.',
  'cloudflare-520':
    'Der Server der Website hat Cloudflare eine leere oder unerwartete Antwort geschickt (unbekannter Fehler).',
  'cloudflare-521':
    'Der Webserver der Website ist nicht erreichbar: Er hat die Verbindung von Cloudflare abgelehnt oder sperrt Cloudflare.',
  'cloudflare-522':
    'Cloudflare konnte sich nicht rechtzeitig mit dem Server der Website verbinden (Zeitüberschreitung beim Verbinden).',
  'cloudflare-523':
    'Cloudflare kann den Server der Website gar nicht erreichen (ein DNS- oder Routing-Problem auf Seiten der Website).',
  'cloudflare-524':
    'Der Server der Website hat die Verbindung von Cloudflare angenommen, aber zu lange nicht geantwortet.',
  'cloudflare-525':
    'Der sichere Verbindungsaufbau (TLS) zwischen Cloudflare und dem Server der Website ist gescheitert.',
  'cloudflare-526':
    'Der Server der Website hat ein Zertifikat vorgelegt, das Cloudflare nicht akzeptiert (ungültiges Zertifikat).',
  'cloudflare-527': 'Die Railgun-Verbindung von Cloudflare zum Server der Website ist gescheitert.',
  'cloudflare-530':
    'Cloudflare konnte den Server der Website nicht erreichen; der 1xxx-Code auf derselben Seite nennt den Grund.',
  'cloudflare-1000':
    'Die Adresseinstellungen der Website bei Cloudflare zeigen auf Cloudflare selbst (DNS zeigt auf eine verbotene Adresse).',
  'cloudflare-1001':
    'Cloudflare konnte diese Adresse nicht auflösen: Der Name ist bei Cloudflare nicht eingerichtet oder zeigt auf einen Namen, der sich nicht auflösen lässt.',
  'cloudflare-1002':
    'Die Adresseinstellungen der Website bei Cloudflare zeigen auf eine Adresse, die nicht erlaubt ist.',
  'cloudflare-1003':
    'Die Website wurde über ihre Zahlenadresse aufgerufen; Cloudflare-Websites funktionieren nur über ihren Namen. Geben Sie den Namen der Website ein.',
  'cloudflare-1004':
    'Cloudflare ist (noch) nicht für diese Website eingerichtet; neue Einstellungen sind vielleicht noch unterwegs.',
  'cloudflare-1005':
    'Der Betreiber der Website hat das Netz gesperrt, aus dem Ihre Verbindung kommt. Wenn Sie ein VPN nutzen, versuchen Sie es ohne.',
  'cloudflare-1006': IP_BANNED,
  'cloudflare-1007': IP_BANNED,
  'cloudflare-1008': IP_BANNED,
  'cloudflare-1106': IP_BANNED,
  'cloudflare-1009': 'Der Betreiber der Website lässt keine Besucher aus Ihrem Land oder Ihrer Region zu.',
  'cloudflare-1010':
    'Der Betreiber der Website sperrt Ihren Browser anhand seiner Signatur (oft automatische Werkzeuge oder ungewöhnliche Erweiterungen).',
  'cloudflare-1011':
    'Der Betreiber der Website erlaubt nicht, dass seine Dateien auf anderen Websites gezeigt werden (Hotlinking).',
  'cloudflare-1012':
    'Der Betreiber der Website hat Ihre Adresse wegen verdächtigen Datenverkehrs gesperrt; ein Virenscan dieses Computers lohnt sich.',
  'cloudflare-1013':
    'Ihr Browser hat nach einem Websitenamen gefragt und für die sichere Verbindung einen anderen benutzt; oft steckt ein Proxy oder eine Sicherheitssoftware dahinter.',
  'cloudflare-1014':
    'Die Adresse der Website zeigt auf eine Cloudflare-Website eines anderen Kontos, was nicht erlaubt ist.',
  'cloudflare-1015':
    'Ihre Anfragen werden gebremst: Von Ihrer Adresse kamen zu viele Anfragen. Warten Sie eine Weile.',
  'cloudflare-1016':
    'Cloudflare findet die Adresse des Servers der Website nicht (DNS-Fehler in den Einstellungen der Website).',
  'cloudflare-1018':
    'Cloudflare konnte die Website nicht finden; vielleicht wurde sie erst vor Kurzem bei Cloudflare angelegt.',
  'cloudflare-1019':
    'Der Cloudflare Worker der Website (ein Programm, das sie bei Cloudflare laufen lässt) ruft sich immer wieder selbst auf.',
  'cloudflare-1020':
    'Zugriff verweigert: Eine Firewall-Regel, die die Website bei Cloudflare eingerichtet hat, hat diese Anfrage gesperrt.',
  'cloudflare-1023': 'Cloudflare konnte die Website nicht finden.',
  'cloudflare-1025':
    'Der Cloudflare-Workers-Tarif der Website hat sein Tageslimit erreicht. Versuchen Sie es später wieder.',
  'cloudflare-1033':
    'Der Tunnel zwischen Cloudflare und dem Server der Website (Argo Tunnel) ist unterbrochen oder nicht auffindbar.',
  'cloudflare-1034':
    'Die Adresse der Website zeigt auf eine Cloudflare-Adresse, die sie nicht benutzen darf (eingeschränkte Edge-Adresse).',
  'cloudflare-1035': REWRITE,
  'cloudflare-1036': REWRITE,
  'cloudflare-1037': REWRITE,
  'cloudflare-1040': REWRITE,
  'cloudflare-1041': REWRITE,
  'cloudflare-1101':
    'Der Cloudflare Worker der Website (ein Programm, das sie bei Cloudflare laufen lässt) ist abgestürzt.',
  'cloudflare-1102':
    'Der Cloudflare Worker der Website hat mehr Rechenzeit oder Speicher gebraucht als erlaubt.',
  'cloudflare-1104':
    'Ein Fehler im Cloudflare-Konto: Eine Variante dieser E-Mail-Adresse ist schon vergeben. Mit der Website hat das nichts zu tun.',
  'cloudflare-1200':
    'Im Cache von Cloudflare warten zu viele Anfragen für diese Website (Grenze der Cache-Verbindungen).',
  'heroku-application-error': 'Die App der Website ist abgestürzt oder läuft nicht.',
  'heroku-h10': 'Die App der Website ist abgestürzt.',
  'heroku-h11': 'Bei der App der Website warten zu viele Anfragen.',
  'heroku-h12': 'Die App der Website hat länger als 30 Sekunden für die Antwort gebraucht.',
  'heroku-h13': 'Die App der Website hat die Verbindung ohne Antwort geschlossen.',
  'heroku-h14': 'Für die Website läuft kein Webprozess.',
  'heroku-h15': 'Die Verbindung zur App der Website war zu lange untätig.',
  'heroku-h17': 'Die App der Website hat eine fehlerhafte Antwort geschickt.',
  'heroku-h18': 'Die App der Website hat die Verbindung mitten in der Antwort abgebrochen.',
  'heroku-h19': 'Heroku konnte sich nicht rechtzeitig mit der App der Website verbinden.',
  'heroku-h20': 'Die App der Website hat zu lange zum Starten gebraucht.',
  'heroku-h21': 'Die App der Website hat die Verbindung von Heroku abgelehnt.',
  'heroku-h22': 'Die App der Website hat ihre Grenze an Verbindungen erreicht.',
  'heroku-h23': 'Die Verbindungseinstellungen der Website bei Heroku sind falsch.',
  'heroku-h24': 'Heroku hat eine zu lange Verbindung zur App der Website geschlossen.',
  'heroku-h25': 'Heroku hat eine Anfrage gesperrt, die sich nicht an seine Regeln hielt.',
  'heroku-h26': 'Heroku konnte die Anfrage Ihres Browsers nicht lesen.',
  'heroku-h27': 'Die Anfrage wurde (von Ihnen oder Ihrem Browser) geschlossen, bevor die App antwortete.',
  'heroku-h28': 'Ihre Seite der Verbindung war zu lange untätig.',
  'heroku-h80': 'Die Website ist im Wartungsmodus.',
  'heroku-h81': 'Auf dieser Heroku-App wurde noch nichts veröffentlicht.',
  'heroku-h82': 'Die kostenlosen Heroku-Stunden der Website sind aufgebraucht.',
  'heroku-h99': 'Die Plattform von Heroku selbst hatte einen Fehler.',
  'heroku-no-such-app':
    'Unter dieser Adresse gibt es keine Heroku-App: Sie wurde entfernt, oder die Adresse ist falsch.',
  'vercel-no-response-from-function': 'Die Serverfunktion der Website bei Vercel hat nicht geantwortet.',
  'vercel-function-invocation-failed': 'Die Serverfunktion der Website bei Vercel ist abgestürzt.',
  'vercel-function-invocation-timeout':
    'Die Serverfunktion der Website bei Vercel hat länger gebraucht als erlaubt.',
  'vercel-function-throttled':
    'Die Serverfunktionen der Website bei Vercel sind mit zu vielen Anfragen ausgelastet.',
  'vercel-function-payload-too-large': 'Was Ihr Browser gesendet hat, ist größer, als die Website annimmt.',
  'vercel-function-response-payload-too-large':
    'Die Serverfunktion der Website bei Vercel hat eine zu große Antwort erzeugt.',
  'vercel-edge-function-invocation-failed': 'Die Edge-Funktion der Website bei Vercel ist abgestürzt.',
  'vercel-edge-function-invocation-timeout':
    'Die Edge-Funktion der Website bei Vercel hat länger gebraucht als erlaubt.',
  'vercel-middleware-invocation-failed': 'Die Middleware der Website bei Vercel ist abgestürzt.',
  'vercel-middleware-invocation-timeout':
    'Die Middleware der Website bei Vercel hat länger gebraucht als erlaubt.',
  'vercel-deployment-not-found':
    'Unter dieser Adresse gibt es keine Vercel-Bereitstellung: Sie wurde entfernt, oder die Adresse ist falsch.',
  'vercel-deployment-paused': 'Der Betreiber hat die Website bei Vercel pausiert.',
  'vercel-deployment-disabled': 'Vercel hat die Website deaktiviert (oft eine Konto- oder Zahlungsgrenze).',
  'vercel-deployment-blocked': 'Vercel hat die Website gesperrt.',
  'vercel-deployment-deleted': 'Die Website wurde bei Vercel gelöscht.',
  'vercel-not-found': 'Diese Seite gibt es auf der Website nicht.',
  'vercel-dns-hostname-not-found':
    'Vercel konnte die Adresse des Servers nicht finden, an den die Website weiterleitet.',
  'vercel-dns-hostname-resolve-failed':
    'Vercel konnte die Adresse des Servers nicht nachschlagen, an den die Website weiterleitet.',
  'vercel-router-cannot-match': 'Vercel konnte die Anfrage keiner Routing-Regel der Website zuordnen.',
  'vercel-router-external-target-connection-error':
    'Vercel konnte sich nicht mit dem fremden Server verbinden, an den die Website weiterleitet.',
  'vercel-router-external-target-error':
    'Der fremde Server, an den die Website weiterleitet, hat Vercel einen Fehler geliefert.',
  'vercel-infinite-loop-detected': 'Das Routing der Website schickt Anfragen im Kreis.',
  'vercel-internal-unexpected-error': 'Die Plattform von Vercel selbst hatte einen Fehler.',
  'netlify-page-not-found': 'Diese Seite gibt es auf der Website nicht. Prüfen Sie die Adresse.',
  'netlify-site-not-found':
    'Unter dieser Adresse gibt es keine Netlify-Website: Sie wurde entfernt, oder ihre Adresseinstellungen sind falsch.',
  'netlify-function-crashed': 'Die Serverfunktion der Website bei Netlify ist abgestürzt.',
  'netlify-error':
    'Netlify konnte die Seite nicht ausliefern, weil auf der Website etwas schiefgelaufen ist.',
  'aws-api-gateway-internal-error':
    'Das Programm hinter dem API-Gateway ist gescheitert oder hat eine unbrauchbare Antwort geschickt.',
  'aws-api-gateway-timeout': 'Das Programm hinter dem API-Gateway hat nicht rechtzeitig geantwortet.',
  'aws-api-gateway-unavailable': 'Das Programm hinter dem API-Gateway war nicht erreichbar oder zu langsam.',
  'aws-api-gateway-missing-token':
    'Das API-Gateway hat unter dieser Adresse nichts, oder der Anfrage fehlten die Zugangsdaten.',
  'aws-api-gateway-forbidden': 'Das API-Gateway erlaubt diese Anfrage nicht.',
  'aws-api-gateway-throttled':
    'Beim API-Gateway kamen zu viele Anfragen an. Warten Sie kurz und versuchen Sie es dann erneut.',
  'aws-elb-bad-gateway': 'Der Load Balancer hat von den Servern der Website keine gültige Antwort bekommen.',
  'aws-elb-gateway-timeout': 'Die Server der Website haben dem Load Balancer nicht rechtzeitig geantwortet.',
  'aws-elb-service-unavailable':
    'Der Load Balancer hat keinen gesunden Server, an den er die Anfrage schicken kann.',
  'kong-invalid-upstream-response': 'Der Dienst hinter dem API-Gateway hat eine ungültige Antwort geschickt.',
  'kong-no-peer':
    'Das API-Gateway hat keinen gesunden Server, an den es die Anfrage schicken kann (kein Ziel im Ring-Balancer).',
  'kong-upstream-timeout': 'Der Dienst hinter dem API-Gateway hat nicht rechtzeitig geantwortet.',
  'kong-name-resolution-failed':
    'Das API-Gateway konnte die Adresse des Dienstes dahinter nicht nachschlagen.',
  'kong-no-route': 'Das API-Gateway hat für diese Adresse keine Route.',
  'kong-rate-limited': 'Von Ihnen kamen zu viele Anfragen. Warten Sie kurz und versuchen Sie es dann erneut.',
  'envoy-upstream-connect-error':
    'Der Proxy konnte sich nicht mit dem Dienst dahinter verbinden, oder die Verbindung brach ab.',
  'envoy-no-healthy-upstream': 'Alle Server hinter dem Proxy gelten als gestört.',
  'envoy-upstream-timeout': 'Der Dienst hinter dem Proxy hat nicht rechtzeitig geantwortet.',
  'apache-proxy-error':
    'Apache gibt Anfragen an ein anderes Programm oder einen anderen Server weiter und hat von dort eine kaputte Antwort bekommen.',
  'apache-bad-gateway':
    'Apache gibt Anfragen an ein anderes Programm oder einen anderen Server weiter, und dessen Antwort war fehlerhaft.',
  'apache-overloaded': 'Der Server bearbeitet gerade zu viele Anfragen.',
  'haproxy-no-server': 'Der Load Balancer hat keinen funktionierenden Server für die Anfrage.',
  'fastly-backend-is-unhealthy': 'Fastly hält den Server der Website für ausgefallen.',
  'fastly-first-byte-timeout': 'Der Server der Website hat zu lange gebraucht, um Fastly zu antworten.',
  'varnish-backend-fetch-failed': 'Der Cache konnte die Seite nicht vom Server der Website holen.',
  'edgeone-566': 'Eine Sicherheitsregel der Website hat diese Anfrage gesperrt.',
  'edgeone-567': 'Eine Sicherheits- oder Mengenregel der Website hat diese Anfrage gesperrt.',
  'azure-front-door': 'Azure Front Door konnte die Server der Website nicht erreichen.',
  'google-server-error': GOOGLE,
  'google-500': GOOGLE_ANY,
  'google-502': GOOGLE,
  'google-503': GOOGLE_ANY,
  'google-504': GOOGLE_ANY,
  'google-temporary-error': 'Ein Google-Dienst (etwa Gmail) hatte ein vorübergehendes Problem.',
  'twitter-over-capacity': 'Der Dienst hatte mehr Besucher, als er bewältigen konnte.',
  'squid-err-connect-fail':
    'Der Proxy konnte sich nicht mit der Website verbinden: Die Website ist vielleicht nicht erreichbar, oder das Netz des Proxys sperrt sie.',
  'squid-err-read-timeout': 'Der Proxy hat zu lange auf die Antwort der Website gewartet.',
  'squid-err-dns-fail': 'Der Proxy konnte die Adresse der Website nicht nachschlagen.',
  'squid-err-access-denied': 'Die Regeln des Proxys erlauben diese Adresse nicht.',
  'squid-err-invalid-resp': 'Die Website hat dem Proxy eine unverständliche Antwort geschickt.',
  'squid-err-zero-size-object': 'Die Website hat dem Proxy eine leere Antwort geschickt.',
  'squid-err-lifetime-exp': 'Die Verbindung über den Proxy hat zu lange gedauert und wurde geschlossen.',
  overloaded: 'Der Server bearbeitet gerade zu viele Anfragen.',
  'proxy-error-page':
    'Solche Seiten kommen meist vom Reverse Proxy der Website; wenn Sie selbst einen Proxy oder ein VPN nutzen, versuchen Sie es ohne.',
  'temporary-error': 'Der Dienst hatte ein kurzes Problem.',
};
