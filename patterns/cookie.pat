# cookie: cookie and consent banners, their buttons and privacy-settings links.
# Conventions: banner sentences are strong (they name cookies and the site or the
# reader's consent); bare buttons ("Accept", "OK", "Ablehnen") are weak and alone.

rule cookie.banner-en cookie line
    max-words 90
    phrase    This website uses cookies
    phrase    This site uses cookies
    phrase    Our website uses cookies
    phrase    Our site uses cookies
    phrase    We use cookies
    phrase    We use cookies and similar technologies
    phrase    uses cookies to improve your experience
    phrase    uses cookies to ensure you get the best experience
    phrase    you consent to our use of cookies
    phrase    you agree to our use of cookies
    phrase    you accept our use of cookies
    phrase    consent to the use of cookies
    phrase    By continuing to use this site, you agree
    phrase    By continuing to use this website
    phrase    By continuing to browse
    phrase    By using this website, you agree
    phrase    By using this site, you agree
    phrase    By clicking "Accept"
    phrase    By choosing I Accept
    phrase    Accept all cookies
    phrase    Accept cookies
    phrase    Reject all cookies
    phrase    Manage cookies
    phrase    Manage cookie preferences
    phrase    Cookie preferences
    phrase    Cookie settings
    phrase    Cookie Policy
    phrase    Privacy and cookies
    phrase    We and our partners
    phrase    store and/or access information on a device
    phrase    Personalised ads and content
    phrase    Personalized ads and content
    phrase    Online tracking choices
    phrase    Do Not Sell My Personal Information
    phrase    Do not sell or share my personal information
    remove    By choosing I Accept, you consent to our use of cookies and other tracking technologies.
    remove    This website uses cookies to improve your experience.
    remove    Cookie settings
    keep      The regulator found that the company used cookies to track users without consent.

rule cookie.banner-de cookie line
    max-words 90
    phrase    Diese Website verwendet Cookies
    phrase    Diese Webseite verwendet Cookies
    phrase    Diese Seite verwendet Cookies
    phrase    Diese Website nutzt Cookies
    phrase    Diese Webseite nutzt Cookies
    phrase    Diese Seite nutzt Cookies
    phrase    Wir verwenden Cookies
    phrase    Wir nutzen Cookies
    phrase    Wir setzen Cookies ein
    phrase    verwendet Cookies, um
    phrase    stimmen Sie der Verwendung von Cookies zu
    phrase    erklären Sie sich mit der Verwendung von Cookies einverstanden
    phrase    Durch die weitere Nutzung der Seite
    phrase    Durch die Nutzung dieser Website
    phrase    Cookie-Einstellungen
    phrase    Cookie Einstellungen
    phrase    Cookie-Richtlinie
    phrase    Cookie-Hinweis
    phrase    Cookies & Tracking
    phrase    Alle Cookies akzeptieren
    phrase    Cookies akzeptieren
    phrase    Nur notwendige Cookies
    phrase    Notwendige Cookies
    phrase    Datenschutzeinstellungen
    phrase    Privatsphäre-Einstellungen
    phrase    Wir respektieren deine Privatsphäre
    phrase    Wir respektieren Ihre Privatsphäre
    phrase    Wir und unsere Partner
    phrase    Informationen auf einem Gerät speichern und/oder abrufen
    phrase    Personalisierte Anzeigen und Inhalte
    phrase    Einwilligung verwalten
    phrase    Zustimmung verwalten
    remove    Diese Website verwendet Cookies, um Ihnen das beste Nutzererlebnis zu bieten.
    remove    Cookies & Tracking
    remove    Wir respektieren deine Privatsphäre
    keep      Der Datenschützer kritisierte, dass viele Behörden Cookies einsetzen, ohne die Bürger zu informieren.

rule cookie.banner-intl cookie line
    max-words 90
    phrase    Ce site utilise des cookies
    phrase    Nous utilisons des cookies
    phrase    Accepter les cookies
    phrase    Paramètres des cookies
    phrase    Gérer les cookies
    phrase    En poursuivant votre navigation
    phrase    Politique de cookies
    phrase    Este sitio web utiliza cookies
    phrase    Este sitio utiliza cookies
    phrase    Esta web utiliza cookies
    phrase    Utilizamos cookies
    phrase    Usamos cookies
    phrase    Aceptar cookies
    phrase    Configuración de cookies
    phrase    Política de cookies
    phrase    Questo sito utilizza cookie
    phrase    Questo sito usa cookie
    phrase    Utilizziamo i cookie
    phrase    Accetta i cookie
    phrase    Informativa sui cookie
    phrase    Cookie policy
    phrase    Este site utiliza cookies
    phrase    Este site usa cookies
    phrase    Aceitar cookies
    phrase    Deze website maakt gebruik van cookies
    phrase    Deze website gebruikt cookies
    phrase    Wij gebruiken cookies
    phrase    Cookies accepteren
    phrase    Cookie-instellingen
    phrase    Этот сайт использует cookie
    phrase    Этот сайт использует файлы cookie
    phrase    Мы используем cookie
    phrase    Мы используем файлы cookie
    phrase    Принять cookie
    phrase    Używamy informacji zapisanych za pomocą plików cookies
    phrase    Używamy plików cookies
    remove    Ce site utilise des cookies pour améliorer votre expérience.
    remove    Utilizamos cookies propias y de terceros.
    remove    Мы используем файлы cookie.
    remove    Używamy informacji zapisanych za pomocą plików cookies
    keep      La autoridad multó a la empresa por instalar cookies sin permiso de los usuarios.

rule cookie.buttons cookie line
    strength  weak
    line      alone
    max-words 4
    phrase    Accept
    phrase    Accept all
    phrase    I accept
    phrase    I agree
    phrase    Agree
    phrase    OK
    phrase    Okay
    phrase    Got it
    phrase    Allow all
    phrase    Decline
    phrase    Reject
    phrase    Reject all
    phrase    Manage options
    phrase    More options
    phrase    Customize
    phrase    Settings
    phrase    Akzeptieren
    phrase    Alle akzeptieren
    phrase    Zustimmen
    phrase    Alle zulassen
    phrase    Ablehnen
    phrase    Alle ablehnen
    phrase    Einverstanden
    phrase    Verstanden
    phrase    Einstellungen
    phrase    Anpassen
    phrase    Speichern
    phrase    Hinweis ausblenden
    phrase    Accepter
    phrase    Tout accepter
    phrase    Refuser
    phrase    Tout refuser
    phrase    Paramétrer
    phrase    Aceptar
    phrase    Aceptar todo
    phrase    Rechazar
    phrase    Accetta
    phrase    Accetta tutto
    phrase    Rifiuta
    phrase    Aceitar
    phrase    Rejeitar
    phrase    Accepteren
    phrase    Alles accepteren
    phrase    Weigeren
    phrase    Принять
    phrase    Отклонить
    remove    Accept
    remove    Alle akzeptieren
    remove    OK
    keep      Accept the verdict, the judge told the defendant's family.
    keep      – „Ok.“
    keep      "OK"

# Cookie banners in Polish, Czech, Finnish, Swedish, Danish and Norwegian, and more
# wordings in the main languages.
rule cookie.banner-more cookie line
    max-words 90
    phrase    Używamy informacji zapisanych za pomocą cookies
    phrase    Używamy cookies
    phrase    Ta strona używa plików cookie
    phrase    Ta strona używa cookies
    phrase    Ta strona korzysta z plików cookie
    phrase    Ten serwis wykorzystuje pliki cookies
    phrase    Tento web používá soubory cookie
    phrase    Tyto stránky používají cookies
    phrase    Tämä sivusto käyttää evästeitä
    phrase    Käytämme evästeitä
    phrase    Sivustomme käyttää evästeitä
    phrase    Denna webbplats använder cookies
    phrase    Vi använder cookies
    phrase    Den här webbplatsen använder cookies
    phrase    Vi bruger cookies
    phrase    Denne hjemmeside bruger cookies
    phrase    Vi bruker informasjonskapsler
    phrase    Diese Website benutzt Cookies
    phrase    Unsere Website verwendet Cookies
    phrase    Wir verwenden auf unserer Website Cookies
    phrase    This website stores cookies on your computer
    phrase    This site uses cookies from Google
    phrase    We use cookies to
    phrase    Nous utilisons des cookies pour
    phrase    Utilizamos cookies propias y de terceros
    phrase    Este sitio web usa cookies
    phrase    Questo sito web utilizza i cookie
    phrase    Utilizamos cookies para
    phrase    Wij maken gebruik van cookies
    remove    Używamy informacji zapisanych za pomocą cookies i podobnych technologii m.in. w celach reklamowych i statystycznych.
    remove    Tämä sivusto käyttää evästeitä parantaakseen käyttökokemusta.
    remove    Utilizamos cookies propias y de terceros para mejorar nuestros servicios.
    keep      Wir verwenden die Kekse vom Vortag für den Kuchen, sagte die Bäckerin.
