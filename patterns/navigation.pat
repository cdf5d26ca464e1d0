# navigation: skip links, menus, search boxes, back-to-top links, breadcrumbs,
# previous/next links, login/register lines, footer link rows, legal-page links,
# language switchers and "enable JavaScript" / external-content notices.
# Conventions: everything must stand alone on its line (or start it, for breadcrumbs);
# section names and single menu words are weak, so only runs of them (a menu) or
# words next to other boilerplate go.

rule navigation.skip navigation line
    line      alone
    max-words 8
    phrase    Skip to content
    phrase    Skip to main content
    phrase    Skip to navigation
    phrase    Skip to main navigation
    phrase    Skip to footer
    phrase    Skip navigation
    phrase    Jump to content
    phrase    Jump to navigation
    phrase    Jump directly to the content
    phrase    Accessibility links
    phrase    Toggle navigation
    phrase    Toggle menu
    phrase    Open menu
    phrase    Close menu
    phrase    Main menu
    phrase    Main navigation
    phrase    Zum Inhalt springen
    phrase    Zum Hauptinhalt springen
    phrase    Zur Navigation springen
    phrase    Direkt zum Inhalt
    phrase    Direkt zur Navigation
    phrase    Springe direkt zu:
    phrase    Springe zum Inhalt
    phrase    Zum Inhalt
    phrase    Zur Navigation
    phrase    Menü öffnen
    phrase    Menü schließen
    phrase    Navigation öffnen
    phrase    Hauptnavigation
    phrase    Hauptmenü
    phrase    Servicemenü
    phrase    Servicenavigation
    phrase    Metanavigation
    phrase    Sie sind hier:
    phrase    Sie befinden sich hier:
    phrase    You are here:
    phrase    Aktuelle Seite:
    phrase    Aller au contenu
    phrase    Aller au contenu principal
    phrase    Aller au menu
    phrase    Ir al contenido
    phrase    Saltar al contenido
    phrase    Ir al contenido principal
    phrase    Vai al contenuto
    phrase    Salta al contenuto
    phrase    Pular para o conteúdo
    phrase    Ir para o conteúdo
    phrase    Naar de inhoud
    phrase    Ga naar de inhoud
    phrase    Direct naar inhoud
    phrase    Перейти к содержимому
    phrase    Перейти к основному содержанию
    remove    Skip to main content
    remove    Zum Inhalt springen
    remove    Springe direkt zu:
    remove    Jump directly to the content
    keep      Skip to the end of the report and the conclusion is clear, the economist said.

rule navigation.back-to-top navigation line
    line      alone
    max-words 6
    phrase    Back to top
    phrase    Back to Top
    phrase    Return to top
    phrase    Go to top
    phrase    Scroll to top
    phrase    Nach oben
    phrase    Nach oben scrollen
    phrase    Zum Seitenanfang
    phrase    Seitenanfang
    phrase    Zurück nach oben
    phrase    Retour en haut
    phrase    Haut de page
    phrase    Volver arriba
    phrase    Ir arriba
    phrase    Torna su
    phrase    Torna all'inizio
    phrase    Voltar ao topo
    phrase    Terug naar boven
    phrase    Наверх
    phrase    Back to overview
    phrase    Back to news
    phrase    Back to home
    phrase    Back to homepage
    phrase    Zurück zur Übersicht
    phrase    Zurück zur Liste
    phrase    Zurück zur Startseite
    phrase    Zu allen Beiträgen
    phrase    Zur Übersicht
    phrase    Zur Startseite
    phrase    Alle Artikel anzeigen
    phrase    Retour à l'accueil
    phrase    Volver a la portada
    phrase    Torna alla home
    phrase    Voltar para a página inicial
    phrase    Terug naar overzicht
    regex     zurück zu(?:r|m)? [\p{L}-]+
    remove    Back to top
    remove    nach oben
    remove    Zurück zum Lexikon
    remove    Zurück zur Liste
    keep      Nach oben korrigiert wurde auch die Prognose für das kommende Jahr.

rule navigation.search navigation line
    line      alone
    max-words 6
    phrase    Search for:
    phrase    Search this site
    phrase    Search the site
    phrase    Search...
    phrase    Enter search term
    phrase    Type your search
    phrase    Type to search
    phrase    Search term
    phrase    Suche nach:
    phrase    Suchbegriff
    phrase    Suchbegriff eingeben
    phrase    Suchen...
    phrase    Suche starten
    phrase    Volltext-Suche:
    phrase    Volltextsuche
    phrase    Dieses Blog durchsuchen
    phrase    Website durchsuchen
    phrase    Seite durchsuchen
    phrase    Haben Sie das Gesuchte nicht gefunden?
    phrase    Rechercher :
    phrase    Rechercher sur le site
    phrase    Buscar:
    phrase    Buscar en el sitio
    phrase    Cerca nel sito
    phrase    Pesquisar no site
    phrase    Zoeken op de site
    phrase    Поиск по сайту
    remove    Suche nach:
    remove    Dieses Blog durchsuchen
    remove    Search for:
    keep      Search teams found the missing hikers on Sunday morning.

rule navigation.login navigation line
    line      alone
    max-words 8
    phrase    Log in or register
    phrase    Login / Register
    phrase    Sign in / Register
    phrase    Sign in or create an account
    phrase    Create an account
    phrase    Create account
    phrase    Don't have an account?
    phrase    Already have an account?
    phrase    Forgot your password?
    phrase    Forgot password?
    phrase    Lost your password?
    phrase    Remember me
    phrase    Keep me signed in
    phrase    Stay logged in
    phrase    My account
    phrase    Log out
    phrase    Sign out
    phrase    Anmelden / Registrieren
    phrase    Login / Registrieren
    phrase    Einloggen / Registrieren
    phrase    Noch nicht registriert?
    phrase    Noch nicht angemeldet?
    phrase    Noch kein Konto?
    phrase    Jetzt registrieren
    phrase    Konto erstellen
    phrase    Passwort vergessen?
    phrase    Angemeldet bleiben
    phrase    Eingeloggt bleiben
    phrase    Mein Konto
    phrase    Mein Profil
    phrase    Abmelden
    phrase    Ausloggen
    phrase    Se connecter
    phrase    Mot de passe oublié ?
    phrase    Créer un compte
    phrase    Mon compte
    phrase    Iniciar sesión
    phrase    ¿Olvidaste tu contraseña?
    phrase    Crear cuenta
    phrase    Mi cuenta
    phrase    Password dimenticata?
    phrase    Il mio account
    phrase    Esqueceu a senha?
    phrase    Esqueceu sua senha?
    phrase    Minha conta
    phrase    Wachtwoord vergeten?
    phrase    Mijn account
    phrase    Забыли пароль?
    phrase    Личный кабинет
    remove    Angemeldet bleiben
    remove    Passwort vergessen?
    remove    Login / Register
    keep      Remember me as a teacher, not as a politician, she told the crowd.

rule navigation.login-words navigation line
    strength  weak
    line      alone
    max-words 3
    phrase    Login
    phrase    Log in
    phrase    Sign in
    phrase    Register
    phrase    Anmelden
    phrase    Einloggen
    phrase    Registrieren
    phrase    Benutzername
    phrase    Username
    phrase    Password
    phrase    Passwort
    phrase    Connexion
    phrase    Inscription
    phrase    Entrar
    phrase    Acceder
    phrase    Registrarse
    phrase    Accedi
    phrase    Registrati
    phrase    Cadastre-se
    phrase    Inloggen
    phrase    Registreren
    phrase    Войти
    phrase    Регистрация
    remove    Login
    remove    Registrieren
    remove    Passwort
    keep      Login problems affected thousands of users, the bank said.

rule navigation.prev-next navigation line
    line      alone
    max-words 6
    phrase    Previous article
    phrase    Next article
    phrase    Previous post
    phrase    Next post
    phrase    Previous story
    phrase    Next story
    phrase    Older posts
    phrase    Newer posts
    phrase    Post navigation
    phrase    Nächster Artikel
    phrase    Vorheriger Artikel
    phrase    Nächster Beitrag
    phrase    Vorheriger Beitrag
    phrase    Beitragsnavigation
    phrase    Beitrags-Navigation
    phrase    Ältere Beiträge
    phrase    Neuere Beiträge
    phrase    Article précédent
    phrase    Article suivant
    phrase    Artículo anterior
    phrase    Artículo siguiente
    phrase    Siguiente artículo
    phrase    Articolo precedente
    phrase    Articolo successivo
    phrase    Artigo anterior
    phrase    Próximo artigo
    phrase    Vorig artikel
    phrase    Volgend artikel
    phrase    Предыдущая статья
    phrase    Следующая статья
    remove    Nächster Artikel
    remove    « Previous post
    remove    Beitrags-Navigation
    keep      Next article of the treaty deals with fishing rights in the disputed waters.

rule navigation.breadcrumb navigation line
    line      starts
    max-words 14
    regex     (?:home|startseite|start|accueil|inicio|portada|home page|página inicial|главная)\s*[>»›/|→]\s*\p{L}
    regex     \d\.\s*(?:home|startseite)\s*$
    remove    Home > News > Politics
    remove    Startseite » Politik » Ausland
    remove    1. Startseite
    keep      Home to more than 3,000 people, the village lies in the valley.

rule navigation.footer-row navigation line
    line      alone
    max-words 20
    regex     (?:impressum|datenschutz(?:erklärung)?|kontakt|agb|nutzungsbedingungen|privacy(?: policy)?|terms(?: of (?:use|service))?|cookie policy|cookies|contact(?: us)?|about(?: us)?|über uns|sitemap|imprint|disclaimer|haftungsausschluss|mentions légales|aviso legal|privacidad|note legali|colofon|barrierefreiheit|accessibility|mediadaten|jobs|karriere|careers|advertise|werben|presse|press|faq|hilfe|help|rss)(?:\s*[|•·/,]\s*(?:impressum|datenschutz(?:erklärung)?|kontakt|agb|nutzungsbedingungen|privacy(?: policy)?|terms(?: of (?:use|service))?|cookie policy|cookies|contact(?: us)?|about(?: us)?|über uns|sitemap|imprint|disclaimer|haftungsausschluss|mentions légales|aviso legal|privacidad|note legali|colofon|barrierefreiheit|accessibility|mediadaten|jobs|karriere|careers|advertise|werben|presse|press|faq|hilfe|help|rss)){1,}
    remove    Impressum | Datenschutz | Kontakt
    remove    Privacy Policy · Terms of Use · Contact Us
    keep      Privacy and terms of use were the main topics, the regulator said.

rule navigation.legal navigation line
    line      alone
    max-words 5
    phrase    Impressum
    phrase    Datenschutz
    phrase    Datenschutzerklärung
    phrase    Datenschutzhinweise
    phrase    Nutzungsbedingungen
    phrase    AGB
    phrase    Privacy Policy
    phrase    Privacy Notice
    phrase    Terms of Use
    phrase    Terms of Service
    phrase    Terms & Conditions
    phrase    Terms and Conditions
    phrase    Cookie Policy
    phrase    Imprint
    phrase    Legal notice
    phrase    Haftungsausschluss
    phrase    Barrierefreiheit
    phrase    Barrierefreiheitserklärung
    phrase    Leichte Sprache
    phrase    Gebärdensprache
    phrase    Mentions légales
    phrase    Politique de confidentialité
    phrase    Aviso legal
    phrase    Política de privacidad
    phrase    Note legali
    phrase    Privacy policy
    phrase    Política de privacidade
    phrase    Termos de uso
    phrase    Privacybeleid
    phrase    Colofon
    phrase    Политика конфиденциальности
    phrase    Пользовательское соглашение
    phrase    Sitemap
    phrase    Site map
    phrase    Mediadaten
    phrase    Advertise with us
    phrase    Contact us
    phrase    About us
    phrase    Über uns
    phrase    Kontakt
    phrase    Kontaktformular
    phrase    So erreichen Sie uns
    phrase    RSS-Feed
    phrase    RSS Feeds
    remove    Impressum
    remove    * Datenschutzerklärung
    remove    Privacy Policy
    remove    Über uns
    keep      Datenschutz und Sicherheit standen im Mittelpunkt der Debatte im Landtag.

rule navigation.menu-words navigation line
    strength  weak
    line      alone
    max-words 3
    phrase    Menu
    phrase    Menü
    phrase    Navigation
    phrase    Search
    phrase    Suche
    phrase    Suchen
    phrase    Home
    phrase    Homepage
    phrase    Startseite
    phrase    Start
    phrase    Close
    phrase    Schließen
    phrase    Zurück
    phrase    Back
    phrase    Weiter
    phrase    Next
    phrase    Previous
    phrase    Contact
    phrase    About
    phrase    Archive
    phrase    Archives
    phrase    Archiv
    phrase    Jobs
    phrase    Careers
    phrase    Karriere
    phrase    Advertise
    phrase    Presse
    phrase    Press
    phrase    FAQ
    phrase    Hilfe
    phrase    Help
    phrase    Shop
    phrase    E-Paper
    phrase    ePaper
    phrase    Podcasts
    phrase    Podcast
    phrase    Videos
    phrase    Video
    phrase    Live
    phrase    News
    phrase    Nachrichten
    phrase    Politik
    phrase    Politics
    phrase    Wirtschaft
    phrase    Business
    phrase    Finanzen
    phrase    Markets
    phrase    Sport
    phrase    Sports
    phrase    Kultur
    phrase    Culture
    phrase    World
    phrase    Welt
    phrase    Ausland
    phrase    Inland
    phrase    Deutschland
    phrase    Opinion
    phrase    Meinung
    phrase    Lifestyle
    phrase    Entertainment
    phrase    Tech
    phrase    Technology
    phrase    Technik
    phrase    Digital
    phrase    Science
    phrase    Wissen
    phrase    Wissenschaft
    phrase    Health
    phrase    Gesundheit
    phrase    Travel
    phrase    Reise
    phrase    Reisen
    phrase    Panorama
    phrase    Regional
    phrase    Lokales
    phrase    Local
    phrase    Auto
    phrase    Mobilität
    phrase    Food
    phrase    Services
    phrase    Service
    phrase    Themen
    phrase    Rubriken
    phrase    Ressorts
    phrase    Übersicht
    phrase    Magazin
    phrase    Blog
    phrase    Forum
    phrase    Community
    phrase    Events
    phrase    Termine
    phrase    Veranstaltungen
    phrase    Downloads
    phrase    Links
    phrase    Info
    phrase    Information
    phrase    Informationen
    phrase    Weitere Informationen
    phrase    Mehr erfahren
    phrase    Learn more
    phrase    Loading...
    phrase    Loading
    phrase    Wird geladen
    phrase    Lädt
    phrase    Deutsch
    phrase    English
    phrase    Français
    phrase    Español
    phrase    Italiano
    phrase    Português
    phrase    Nederlands
    phrase    Русский
    phrase    Accueil
    phrase    Rechercher
    phrase    Inicio
    phrase    Buscar
    phrase    Cerrar
    phrase    Cerca
    phrase    Chiudi
    phrase    Início
    phrase    Pesquisar
    phrase    Fechar
    phrase    Zoeken
    phrase    Sluiten
    phrase    Главная
    phrase    Поиск
    phrase    Меню
    phrase    Закрыть
    phrase    ×
    phrase    ✕
    phrase    X
    remove    Menu
    remove    * Startseite
    remove    + Politik
    remove    ×
    keep      Home prices rose 5% in the year to March, the statistics office said.

rule navigation.embed-notice navigation line
    max-words 40
    phrase    Please enable JavaScript
    phrase    JavaScript is disabled
    phrase    You need to enable JavaScript
    phrase    Your browser does not support
    phrase    This browser does not support the video element
    phrase    This video is not available
    phrase    Bitte aktivieren Sie JavaScript
    phrase    JavaScript ist deaktiviert
    phrase    Ihr Browser unterstützt
    phrase    Dieses Video wird über YouTube
    phrase    Um dieses Video anzusehen
    phrase    Empfohlener externer Inhalt
    phrase    Externer Inhalt
    phrase    An dieser Stelle finden Sie einen externen Inhalt
    phrase    An dieser Stelle finden Sie Inhalte aus
    phrase    Mit dem Laden des Inhalts akzeptieren Sie
    phrase    Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden
    phrase    Externe Inhalte aktivieren
    phrase    Inhalte von Drittanbietern
    phrase    Activez JavaScript
    phrase    Contenu externe
    phrase    Habilita JavaScript
    phrase    Contenido externo
    phrase    Attiva JavaScript
    phrase    Ative o JavaScript
    phrase    Включите JavaScript
    remove    Please enable JavaScript to watch this video.
    remove    Empfohlener externer Inhalt
    remove    Dieses Video wird über YouTube eingebettet.
    keep      The browser does not support older plug-ins, the company said in a statement.

# Media-library notes: how long a video or audio stays online.
rule navigation.media-availability navigation line
    line      starts
    max-words 12
    regex     (?:video|audio|sendung|podcast|beitrag)?\s*(?:verfügbar|abrufbar|available|disponible|disponibile)\s+(?:bis|until|jusqu'au|hasta|fino al)\s+\d
    remove    Video verfügbar bis 28.02.2021
    remove    Available until 12/03/2024
    keep      Tickets are available until the end of the month, the organisers said.

rule navigation.code-names navigation line
    strength  weak
    line      alone
    max-words 2
    case      sensitive
    regex     [a-z]+(?:-[a-z]+){2,}
    remove    - narrow-browser-and-phone
    remove    medium-wide-browser-and-larger
    keep      a well-known state-of-the-art design, the critics wrote.

rule navigation.svg-titles navigation line
    max-words 60
    case      sensitive
    phrase    Created with Sketch.
    remove    Fill 2 Copy 11 Created with Sketch.
    remove    Arrow Created with Sketch. Calendar Created with Sketch. Path Created with Sketch.
    keep      The logo was created with Sketch, the designer said in an interview last year.

rule navigation.number-alone navigation line
    strength  weak
    line      alone
    max-words 1
    regex     ^\d{1,3}$
    remove    6
    remove    12
    keep      In 2019 the number rose to 6 per cent, the statistics office said.

rule navigation.cart-empty navigation line
    max-words 8
    phrase    Ihr Warenkorb ist leer
    phrase    Dein Warenkorb ist leer
    phrase    Der Warenkorb ist leer
    phrase    Your cart is empty
    phrase    Your basket is empty
    phrase    Your shopping cart is empty
    phrase    Votre panier est vide
    phrase    Tu carrito está vacío
    phrase    Il tuo carrello è vuoto
    phrase    Seu carrinho está vazio
    phrase    Je winkelwagen is leeg
    phrase    Ваша корзина пуста
    remove    Ihr Warenkorb ist leer
    remove    Your cart is empty
    keep      Her shopping cart was empty when the police stopped her at the exit of the supermarket.

# Post navigation with the neighbouring post's title on the same line:
# "Nächster Beitrag: Titel", "Previous post: Title", "Nachfolgebeitrag: Titel".
rule navigation.prev-next-title navigation line
    line      starts
    max-words 25
    regex     (?i)(?:weiter\s+|zurück\s+)?(?:nächster|vorheriger|voriger|älterer|neuerer) (?:beitrag|artikel|post|eintrag)\s*:
    regex     (?i)(?:nachfolgebeitrag|vorgängerbeitrag|nachfolgender beitrag|vorhergehender beitrag|next post|previous post|next article|previous article|next story|previous story|older post|newer post|next entry|previous entry|article suivant|article précédent|billet suivant|billet précédent|artículo siguiente|artículo anterior|entrada siguiente|entrada anterior|post successivo|post precedente|articolo successivo|articolo precedente|próximo post|post anterior|próximo artigo|artigo anterior|volgend bericht|vorig bericht|volgend artikel|vorig artikel|следующая статья|предыдущая статья|следующая запись|предыдущая запись)\s*:
    remove    Nachfolgebeitrag: Was passiert hier eigentlich noch?
    remove    Weiter Nächster Beitrag: Im September: Lizenztextlesung
    remove    Previous post: How we built our garden shed
    keep      Der nächste Beitrag zur Rentenversicherung steigt im Mai, sagte der Minister: um zwei Prozent.

# A post-navigation row "← Older title → Newer title".
rule navigation.prev-next-arrows navigation line
    max-words 40
    regex     ^\s*←\s*\S.*\S\s*→\s*\S
    remove    ← Das irrwitzige IKT-Theater dieses Landes → Warum Michel Reimon nach Brüssel muss
    keep      Prices ← rose in May and → fell in June.

# Buttons that load more items into a list.
rule navigation.load-more navigation line
    line      alone
    max-words 5
    phrase    Lade weitere Inhalte
    phrase    Weitere Inhalte laden
    phrase    Weitere Artikel laden
    phrase    Mehr Artikel laden
    phrase    Mehr Beiträge laden
    phrase    Weitere Beiträge laden
    phrase    Load more articles
    phrase    Load more stories
    phrase    Load more posts
    phrase    Show more stories
    phrase    Charger plus d'articles
    phrase    Voir plus d'articles
    phrase    Cargar más
    phrase    Ver más noticias
    phrase    Carica altri
    phrase    Mostra altri
    phrase    Carregar mais
    phrase    Meer laden
    phrase    Laad meer
    phrase    Показать ещё
    phrase    Показать еще
    phrase    Załaduj więcej
    remove    Lade weitere Inhalte ...
    remove    Load more stories
    keep      Load more weight onto the rear axle and the car becomes unstable, the engineer said.

# Wiki software's page furniture: "Diese Seite wurde zuletzt am ... geändert", "This
# page was last edited on ...", the personal-tools menu, "Abgerufen von ...".
rule navigation.wiki navigation line
    max-words 30
    phrase    Diese Seite wurde zuletzt am
    phrase    This page was last edited on
    phrase    This page was last modified on
    phrase    Cette page a été modifiée pour la dernière fois le
    phrase    Esta página se editó por última vez el
    phrase    La última edición de esta página
    phrase    Questa pagina è stata modificata per l'ultima volta il
    phrase    Esta página foi editada pela última vez
    phrase    Deze pagina is het laatst bewerkt op
    phrase    Эта страница в последний раз была отредактирована
    phrase    Abgerufen von „http
    phrase    Retrieved from "http
    phrase    Récupérée de « http
    phrase    Obtenido de «http
    remove    * Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.
    remove    This page was last edited on 3 March 2021, at 10:15.
    keep      The council said the page of the plan that was last edited on Monday had caused the confusion.

rule navigation.wiki-menu navigation line
    line      alone
    max-words 4
    phrase    Meine Werkzeuge
    phrase    Persönliche Werkzeuge
    phrase    Navigationsmenü
    phrase    Personal tools
    phrase    Navigation menu
    phrase    Nicht angemeldet
    phrase    Not logged in
    phrase    Benutzerkonto erstellen
    phrase    Benutzerkonto anlegen
    phrase    Quelltext anzeigen
    phrase    Versionsgeschichte
    phrase    View history
    phrase    View source
    phrase    Outils personnels
    phrase    Herramientas personales
    phrase    Strumenti personali
    phrase    Ferramentas pessoais
    phrase    Persoonlijke instellingen
    phrase    Персональные инструменты
    remove    Meine Werkzeuge
    remove    * Benutzerkonto erstellen
    keep      Meine Werkzeuge lagen nach dem Umzug noch wochenlang im Keller, erzählt der Tischler.

# Consent boxes in place of an embedded post or video ("Empfohlener redaktioneller
# Inhalt", "Recommended editorial content").
rule navigation.embed-consent navigation line
    line      alone
    max-words 6
    phrase    Empfohlener redaktioneller Inhalt
    phrase    Redaktionell empfohlener Inhalt
    phrase    Externer Inhalt von
    phrase    Recommended editorial content
    phrase    External content
    phrase    Inhalt von Drittanbietern
    phrase    Contenu externe recommandé
    phrase    Contenido recomendado
    phrase    Aanbevolen externe inhoud
    remove    Empfohlener redaktioneller Inhalt
    keep      Empfohlener redaktioneller Inhalt ist für viele Leser wichtiger als der Preis, ergab die Umfrage.

# "Back to ..." links to the list the page came from.
rule navigation.back-to-list navigation line
    line      alone
    max-words 5
    regex     (?i)(?:back to|return to|go back to) (?:the )?(?:gallery|galleries|article|articles|list|results|search results|blog|category|index|overview|main page|all news|news|stories|posts|photos)
    regex     (?i)(?:zurück zum|zurück zur|retour à la|retour au|volver a la|volver al|torna alla|torna al|voltar para|terug naar)\s(?:artikel|galerie|bildergalerie|liste|übersicht|blog|galería|galleria|galeria|lista|liste|overzicht|article|artículo|articolo|artigo)
    remove    Back to Gallery
    remove    Zurück zum Artikel
    keep      Back to the gallery she went, three times that week.

# Captcha prompts of comment and contact forms.
rule navigation.captcha navigation line
    max-words 14
    phrase    Please type the code
    phrase    Please enter the code
    phrase    Enter the code shown
    phrase    Type the characters you see
    phrase    Bitte geben Sie den Code ein
    phrase    Bitte gib den Code ein
    phrase    Sicherheitscode eingeben
    phrase    Bitte lösen Sie die Rechenaufgabe
    phrase    Saisissez le code
    phrase    Introduce el código
    phrase    Inserisci il codice
    phrase    Digite o código
    phrase    Voer de code in
    phrase    Введите код с картинки
    remove    Please type the code
    keep      The pilot had to type the code into the cockpit computer twice before take-off, the report said.

# Pagination notes of lists ("Showing 1–12 of 40 results", "Es werden die Weine 1 bis 10
# von insgesamt 19 angezeigt").
rule navigation.pagination-note navigation line
    max-words 14
    regex     (?i)(?:showing|zeige|anzeige|affichage|mostrando|visualizzazione|exibindo|weergave)\s+(?:\S+\s+){0,2}\d+\s*(?:–|-|bis|to|à|a|al|tot)\s*\d+\s*(?:of|von|aus|sur|de|di|van)\s*(?:insgesamt\s*)?\d+
    regex     (?i)es werden (?:die )?(?:\S+ )?\d+ bis \d+ von (?:insgesamt )?\d+ angezeigt
    regex     (?i)(?:seite|page|página|pagina|pagina) \d+ (?:von|of|de|di|van|sur) \d+
    remove    Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt!
    remove    Showing 1–12 of 40 results
    remove    Seite 2 von 5
    keep      The survey found that page 2 of 5 in the report was missing from the printed copy sent to parliament.

# File links with their format and size ("PDF | 38 KB | Datei ist nicht barrierefrei").
rule navigation.file-size navigation line
    max-words 25
    phrase    Datei ist nicht barrierefrei
    phrase    Datei ist barrierefrei
    phrase    nicht barrierefreie Datei
    regex     \b(?:PDF|pdf|DOCX?|docx?|XLSX?|xlsx?|ZIP|zip|MP3|mp3|ODT|odt)\s*[|,(·]\s*\d+(?:[.,]\d+)?\s*(?:KB|kB|MB|GB|KiB|MiB|Kb|Mb)\b
    remove    Informationsschreiben vom 14. Oktober 2021PDF | 38 KB | Datei ist nicht barrierefrei
    remove    Jahresbericht 2020 (PDF, 2,4 MB)
    keep      The PDF ran to 300 pages and cost 2 MB of the quota, the council said.

# Placeholders left by e-mail obfuscation, alone on their line.
rule navigation.email-placeholder navigation line
    line      alone
    max-words 5
    phrase    [email protected]
    phrase    [javascript protected email address]
    phrase    E-Mail-Adresse ist vor Spambots geschützt
    phrase    This email address is being protected from spambots
    remove    [javascript protected email address]
    remove    [email protected]
    keep      Write to us at [email protected] with your questions about the new timetable.

# Form confirmations ("Your message has been sent", "Votre message a été envoyé").
rule navigation.form-sent navigation line
    line      alone
    max-words 8
    phrase    Your message has been sent
    phrase    Ihre Nachricht wurde gesendet
    phrase    Ihre Nachricht wurde versendet
    phrase    Deine Nachricht wurde versendet
    phrase    Vielen Dank für Ihre Nachricht
    phrase    Votre message a été envoyé
    phrase    Tu mensaje ha sido enviado
    phrase    Il tuo messaggio è stato inviato
    phrase    Sua mensagem foi enviada
    phrase    Je bericht is verzonden
    phrase    Ваше сообщение отправлено
    remove    Votre message a été envoyé!
    keep      Your message has been sent to the wrong address, the clerk told the pensioner on Monday.

# A media player's availability note inside a row of durations and dates ("2 min
# 04.04.2020 Video verfügbar bis 28.02.2021").
rule navigation.media-availability-inline navigation line
    max-words 14
    regex     (?i)(?:video|audio|sendung|podcast|folge|episode|beitrag)\s+(?:ist\s+)?(?:verfügbar|abrufbar|online)\s+bis\s+\d
    regex     (?i)(?:video|audio|episode|podcast)\s+(?:is\s+)?available\s+until\s+\d
    regex     (?i)(?:vidéo|émission)\s+disponible\s+jusqu'au\s+\d
    remove    2 min 2 min 04.04.2020 04.04.2020 Video verfügbar bis 28.02.2021
    remove    Audio available until 12 May 2021
    keep      The minister said the vaccine would be available until 2022 at most pharmacies in the country.
