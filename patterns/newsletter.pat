# newsletter: calls to sign up for newsletters, mailing lists, blog-follow forms,
# push notifications and apps, with the small print of the sign-up forms.
# Conventions: full sign-up sentences are strong but limited by max-words so that a
# news sentence about a newsletter survives; bare labels ("Newsletter", "Sign up")
# are weak and must stand alone on their line.

rule newsletter.signup-en newsletter line
    max-words 25
    phrase    Sign up for our newsletter
    phrase    Sign up to our newsletter
    phrase    Subscribe to our newsletter
    phrase    Subscribe to our newsletters
    phrase    Subscribe to our daily newsletter
    phrase    Subscribe for our daily newsletter
    phrase    Join our newsletter
    phrase    Join our mailing list
    phrase    Join our email list
    variants  Get our [free|email] newsletter
    phrase    Newsletter sign-up
    phrase    Newsletter signup
    phrase    Sign up for free newsletters
    phrase    Sign up for our free
    phrase    Sign up to our free
    phrase    Sign up for the latest news
    phrase    Sign up for email updates
    phrase    Sign up to receive
    phrase    Get the latest news delivered
    phrase    Get the latest updates right in your inbox
    variants  (delivered [straight|right]|straight|right|direct|directly) to your inbox
    phrase    Enter your email address
    phrase    Enter your email
    phrase    Please enter a valid email address
    variants  (Thanks|Thank you) for (signing up|subscribing)
    variants  By (signing up|subscribing)[,] you agree to
    variants  Unsubscribe (at any time|at anytime|anytime)
    variants  We (won't|will not|will never|never) share your email
    phrase    Click here to subscribe to
    regex     (?:sign up|subscribe|register)\s+(?:now\s+)?(?:for|to)\s+(?:our|my|the free)\s+(?:\S+\s+){0,3}newsletters?
    remove    Sign up for our newsletter
    remove    Get the latest updates right in your inbox. Subscribe to our newsletters.
    remove    Click here to subscribe to The Weekly Newsletter
    variants  Get (the|our) (most popular|latest|top|best|biggest) {1-5 words} (in|delivered to|straight to) (a|your|our) (weekly|daily|monthly|free) (newsletter|email|inbox)
    remove    Sign up for our free Morning Briefing newsletter
    remove    Get the Most Popular Jobs&Hire Stories in a Weekly Newsletter
    remove    Get our email newsletter
    remove    Join us for free printables and fresh ideas right to your inbox!
    remove    You will receive only the daily updates, and can unsubscribe at anytime.
    remove    By signing up you agree to our terms of service.
    remove    We will not share your email address with anyone.
    keep      Readers who subscribe to the paper's newsletter were told on Friday that prices would rise.
    keep      The company said its newsletter had lost a third of its readers since the spring.

rule newsletter.signup-de newsletter line
    max-words 30
    phrase    Newsletter abonnieren
    phrase    Jetzt Newsletter abonnieren
    phrase    Zum Newsletter anmelden
    phrase    Für den Newsletter anmelden
    phrase    Kostenlos zum Newsletter anmelden
    phrase    Jetzt zum Newsletter anmelden
    phrase    Melde dich für unseren Newsletter an
    phrase    Melden Sie sich für unseren Newsletter an
    phrase    Melden Sie sich jetzt zum Newsletter an
    phrase    Abonnieren Sie unseren Newsletter
    phrase    Abonniere unseren Newsletter
    phrase    Bestellen Sie unseren Newsletter
    phrase    Mit unserem Newsletter
    phrase    Mit meinem kostenlosen Newsletter
    phrase    Unser Newsletter
    phrase    Newsletter bestellen
    phrase    Newsletter erhalten
    phrase    Newsletter-Anmeldung
    phrase    Zur Newsletter-Anmeldung
    phrase    Newsletter kostenlos bestellen
    phrase    Wir informieren Sie täglich
    phrase    direkt in Ihr Postfach
    phrase    direkt in dein Postfach
    phrase    Abmeldung jederzeit möglich
    phrase    jederzeit wieder abmelden
    phrase    Sie können sich jederzeit abmelden
    phrase    E-Mail-Adresse eingeben
    phrase    Bitte geben Sie eine gültige E-Mail-Adresse ein
    phrase    Mit Absendung des Formulars willige ich
    phrase    Vielen Dank für Ihre Anmeldung
    phrase    Danke für deine Anmeldung
    remove    Kostenlos zum Newsletter anmelden
    remove    Melde dich für unseren Newsletter an!
    remove    Mit meinem kostenlosen Newsletter verpasst du keinen Artikel mehr.
    keep      Die Stadt will die Bürger künftig über einen Newsletter informieren, sagte der Bürgermeister.

rule newsletter.signup-fr newsletter line
    max-words 25
    phrase    Inscrivez-vous à notre newsletter
    phrase    Abonnez-vous à notre newsletter
    phrase    Abonnez-vous à la newsletter
    phrase    Inscrivez-vous à la newsletter
    phrase    S'inscrire à la newsletter
    phrase    Recevez notre newsletter
    phrase    Recevez nos newsletters
    phrase    Inscrivez-vous à notre lettre d'information
    phrase    Recevez gratuitement
    phrase    Votre adresse e-mail
    remove    Inscrivez-vous à notre newsletter
    keep      La mairie a annoncé qu'elle informerait désormais les habitants par une newsletter mensuelle.

rule newsletter.signup-es newsletter line
    max-words 25
    phrase    Suscríbete a nuestro boletín
    phrase    Suscríbete a nuestra newsletter
    phrase    Suscríbete a la newsletter
    phrase    Suscríbase a nuestro boletín
    phrase    Recibe nuestro boletín
    phrase    Recibe nuestra newsletter
    phrase    Regístrate en nuestro boletín
    phrase    Apúntate a nuestra newsletter
    phrase    Suscribirse al boletín
    remove    Suscríbete a nuestro boletín
    keep      El ayuntamiento informará a los vecinos mediante un boletín mensual, dijo la alcaldesa.

rule newsletter.signup-it newsletter line
    max-words 25
    phrase    Iscriviti alla nostra newsletter
    phrase    Iscriviti alla newsletter
    phrase    Ricevi la nostra newsletter
    phrase    Iscriviti gratuitamente alla newsletter
    remove    Iscriviti alla nostra newsletter
    keep      Il comune informerà i cittadini con una newsletter mensile, ha detto il sindaco.

rule newsletter.signup-pt newsletter line
    max-words 25
    phrase    Assine nossa newsletter
    phrase    Assine a nossa newsletter
    phrase    Inscreva-se na nossa newsletter
    phrase    Inscreva-se em nossa newsletter
    phrase    Receba nossa newsletter
    phrase    Receba as notícias no seu e-mail
    phrase    Cadastre-se para receber
    remove    Assine nossa newsletter
    keep      A prefeitura vai informar os moradores por meio de uma newsletter mensal, disse o prefeito.

rule newsletter.signup-nl newsletter line
    max-words 25
    phrase    Schrijf je in voor onze nieuwsbrief
    phrase    Schrijf u in voor onze nieuwsbrief
    phrase    Schrijf je in voor de nieuwsbrief
    phrase    Abonneer je op onze nieuwsbrief
    phrase    Meld je aan voor de nieuwsbrief
    phrase    Meld je aan voor onze nieuwsbrief
    phrase    Ontvang onze nieuwsbrief
    phrase    Aanmelden voor de nieuwsbrief
    remove    Schrijf je in voor onze nieuwsbrief
    keep      De gemeente gaat inwoners voortaan informeren via een maandelijkse nieuwsbrief, zei de burgemeester.

rule newsletter.signup-ru newsletter line
    max-words 25
    phrase    Подпишитесь на нашу рассылку
    phrase    Подпишитесь на рассылку
    phrase    Подпишитесь на нашу новостную рассылку
    phrase    Подписаться на рассылку
    phrase    Подпишитесь на наш канал
    phrase    Подписывайтесь на наш канал
    phrase    Подписывайтесь на наш Telegram
    remove    Подпишитесь на нашу рассылку
    keep      Мэрия будет сообщать жителям о ремонте через ежемесячную рассылку, сказал мэр.

rule newsletter.label newsletter line
    strength  weak
    line      alone
    max-words 4
    phrase    Newsletter
    phrase    Newsletters
    phrase    Daily Newsletter
    phrase    Weekly Newsletter
    phrase    Free Newsletter
    phrase    Newsletter signup
    phrase    Sign up
    phrase    Sign me up
    phrase    Get the app
    phrase    Download the app
    phrase    Your email
    phrase    Email address
    phrase    Your email address
    phrase    E-Mail-Adresse
    phrase    Ihre E-Mail-Adresse
    phrase    Jetzt anmelden
    phrase    Kostenlos anmelden
    phrase    Nieuwsbrief
    phrase    Boletín
    phrase    Lettre d'information
    phrase    Рассылка
    remove    Daily Newsletter
    remove    Newsletter
    remove    Sign up
    keep      Newsletter editors met on Monday to discuss the changes.

rule newsletter.blog-follow newsletter line
    max-words 40
    phrase    Enter your email address to follow this blog
    phrase    Enter your email address to subscribe to this blog
    phrase    receive notifications of new posts by email
    phrase    Follow this blog
    phrase    Join other followers
    phrase    Um neue Beiträge per E-Mail zu erhalten
    phrase    Gib deine E-Mail-Adresse an, um diesem Blog zu folgen
    phrase    Benachrichtigungen über neue Beiträge per E-Mail
    phrase    Diesem Blog folgen
    phrase    anderen Abonnenten an
    regex     Join \d[\d,.]* other (?:followers|subscribers)
    regex     Schließe dich \d[\d.]* anderen Abonnenten an
    remove    Enter your email address to follow this blog and receive notifications of new posts by email.
    remove    Join 1,234 other followers
    remove    Um neue Beiträge per E-Mail zu erhalten, hier die E-Mail-Adresse eingeben.
    keep      Thousands of followers of the blog complained after the author deleted his posts.

rule newsletter.app-notifications newsletter line
    max-words 20
    phrase    Download our app
    phrase    Get our app
    phrase    Click here to get the
    phrase    Turn on notifications
    phrase    Turn on push notifications
    phrase    Enable push notifications
    phrase    Get breaking news in your browser
    phrase    Get breaking news alerts
    phrase    Get push notifications
    phrase    Laden Sie unsere App herunter
    phrase    Jetzt die App herunterladen
    phrase    Jetzt App laden
    phrase    Push-Benachrichtigungen aktivieren
    phrase    Push-Mitteilungen aktivieren
    phrase    Téléchargez notre application
    phrase    Descarga nuestra app
    phrase    Scarica la nostra app
    phrase    Baixe o nosso app
    phrase    Download onze app
    phrase    Скачайте наше приложение
    regex     ^Subscribe to \S+(?:\s\S+){0,3} on YouTube
    remove    CLICK HERE TO GET THE FOX NEWS APP
    remove    GET BREAKING NEWS IN YOUR BROWSER. CLICK HERE TO TURN ON NOTIFICATIONS.
    remove    Subscribe to 9to5Mac on YouTube for more Apple news:
    keep      The ministry said users who download the app must register with their tax number first.

rule newsletter.app-download newsletter line
    max-words 30
    regex     (?i)(?:download|get|install) (?:the|our) (?:[\p{L}\p{N}.&'’-]+ ){0,3}apps? (?:for|on|from) (?:iOS|iPhone|Android|the App Store|Google Play)(?: and|,| &| or) (?:iOS|iPhone|Android|the App Store|Google Play)
    regex     (?i)(?:lade|laden Sie) (?:dir |sich )?(?:jetzt )?(?:die|unsere) (?:[\p{L}\p{N}.&'’-]+ ){0,3}App (?:für|im|bei) (?:iOS|iPhone|Android)(?: und|,| &| oder) (?:iOS|iPhone|Android)
    remove    For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.
    remove    Download the Example News app for iOS and Android
    keep      The company said users who download the app for Android will see the change first, but that it had no plans to charge for it.

# Sign-up sentences built around a verb and "newsletter" with a few words between:
# "Holen Sie sich meinen kostenlosen Newsletter", "Abonnieren Sie kostenlos die
# X-Newsletter", "Melde dich hier für unseren Newsletter an", "suscribirse aquí a
# nuestra newsletter".
rule newsletter.signup-verb newsletter line
    max-words 30
    regex     (?i)(?:holen sie sich|hol dir|holt euch|abonnieren sie|abonniere|abonniert|bestellen sie|bestelle|sichern sie sich|sichere dir|erhalten sie|erhalte|registrieren sie sich für|trage dich für|tragen sie sich für) (?:jetzt |hier |gleich |einfach )?(?:kostenlos |gratis )?(?:unseren|meinen|den|die|unsere|meine|ihren) (?:\S+ ){0,3}\S*newsletter
    regex     (?i)(?:melde dich|melden sie sich|meldet euch|trag dich|tragen sie sich) (?:jetzt |hier |gleich |einfach )?(?:kostenlos )?(?:für|zu) (?:unseren|meinen|den|unserem|unsere) (?:\S+ ){0,2}\S*newsletter
    regex     (?i)newsletter (?:hier |jetzt |gleich )(?:kostenlos )?(?:abonnieren|bestellen|anmelden)
    regex     (?i)suscr[ií]b(?:e|ete|irse|irte|ase|ir)(?: aquí| gratis| ahora)? (?:a|en) (?:nuestra|nuestro|la|el) (?:\S+ ){0,2}(?:newsletter|boletín)
    regex     (?i)(?:inscris-toi|inscrivez-vous|abonne-toi|abonnez-vous)(?: gratuitement)? (?:à|a) (?:notre|la|nos) (?:\S+ ){0,2}(?:newsletter|lettre d'information|infolettre)
    regex     (?i)(?:iscriviti|iscrivetevi|abbonati)(?: gratis| gratuitamente)? (?:alla|alle) (?:nostra |nostre )?(?:\S+ ){0,2}newsletter
    regex     (?i)(?:assine|inscreva-se|cadastre-se)(?: gratuitamente| grátis)? (?:na|em|a) (?:nossa |a )?(?:\S+ ){0,2}newsletter
    regex     (?i)(?:sign up|subscribe|register) (?:here |now |today )?(?:for|to) (?:our|my) (?:free )?(?:\S+ ){0,3}(?:newsletter|mailing list|email list|weekly email|daily email)
    regex     (?i)^\W*(?:sign up|subscribe|register) (?:here |now |today )?(?:for|to) (?:the |our )?(?:free |daily |weekly |e-?mail |email )*(?:newsletters?|alerts)\b
    remove    Holen Sie sich meinen kostenlosen Newsletter
    remove    Keine Neuigkeiten mehr verpassen: Abonnieren Sie kostenlos die MEEDIA-Newsletter und bleiben Sie auf dem Laufenden.
    remove    Lust auf mehr? Lass dir die besten Storys jede Woche in deinen Posteingang liefern. Melde dich hier für unseren Newsletter an!
    remove    Wenn du per E-Mail informiert werden willst, kannst du den Newsletter hier abonnieren.
    remove    Puede escribirnos o seguir a Materia en Facebook, Twitter, Instagram o suscribirse aquí a nuestra newsletter.
    keep      Der Verein will seine Mitglieder künftig über einen Newsletter informieren, sagte die Vorsitzende am Montag.
    keep      Some 40,000 readers subscribe to the paper's newsletter, which is sent every morning at six.

# A newsletter's name alone as a heading or button ("Solarserver Newsletter").
rule newsletter.name-label newsletter line
    strength  weak
    line      alone
    max-words 3
    regex     (?i)[\p{L}\p{N}&.'’-]+(?: [\p{L}\p{N}&.'’-]+)? (?:newsletter|nieuwsbrief|infolettre)
    remove    Solarserver Newsletter
    keep      Die Gemeinde verschickt einen Newsletter an alle Haushalte.

# Calls to download an app, in other words than newsletter.app-download.
rule newsletter.app-more newsletter line
    max-words 30
    phrase    apps for iOS and Android
    phrase    app for iOS and Android
    phrase    App für iOS und Android
    phrase    Apps für iOS und Android
    phrase    app pour iOS et Android
    phrase    app para iOS y Android
    phrase    app per iOS e Android
    phrase    app para iOS e Android
    phrase    Hol dir die App
    phrase    Holen Sie sich die App
    phrase    Laden Sie sich die App
    phrase    Lade dir die App
    phrase    Jetzt die App laden
    phrase    Télécharger l'application
    phrase    Descarga la app
    phrase    Descarga la aplicación
    phrase    Scarica l'app
    phrase    Baixe o app
    phrase    Baixe o aplicativo
    phrase    Download de app
    phrase    Скачайте приложение
    remove    For the latest stories and breaking news updates download the Nationnews apps for iOS and Android
    remove    Hol dir die App für noch mehr News!
    keep      The bank said its app for iOS and Android had been downloaded more than two million times since the launch in March, a third of them abroad, and that it planned to add payments next year.

# "Never miss ..." calls next to a sign-up form, and "Sign up here" at a line's end.
rule newsletter.never-miss newsletter line
    line      starts
    max-words 15
    phrase    Nichts mehr verpassen
    phrase    nichts mehr versäumen
    phrase    Keine Neuigkeiten mehr verpassen
    phrase    Keine News mehr verpassen
    phrase    Keinen Artikel mehr verpassen
    phrase    Never miss a story
    phrase    Never miss an update
    phrase    Never miss a post
    phrase    Ne manquez plus rien
    phrase    Ne ratez plus rien
    phrase    No te pierdas nada
    phrase    Non perderti nulla
    phrase    Não perca nada
    phrase    Mis niets meer
    phrase    Ничего не пропустите
    remove    2023 nichts mehr versäumen!
    remove    Never miss a story: sign up for our briefing
    keep      Wer heute schläft, wird später nichts mehr verpassen können, scherzte der Trainer nach dem Spiel.

rule newsletter.sign-up-here newsletter line
    line      ends
    max-words 15
    phrase    Sign up here
    phrase    Subscribe here
    phrase    Hier anmelden
    phrase    Melde dich hier an
    phrase    Melden Sie sich hier an
    phrase    Hier abonnieren
    phrase    Inscrivez-vous ici
    phrase    Abonnez-vous ici
    phrase    Suscríbete aquí
    phrase    Regístrate aquí
    phrase    Iscriviti qui
    phrase    Inscreva-se aqui
    phrase    Assine aqui
    phrase    Meld je hier aan
    phrase    Schrijf je hier in
    remove    Do you want to be informed of our actions? Sign up here
    keep      Volunteers who want to help with the harvest can sign up here at the town hall from Monday.

# Calls to subscribe to the publisher's magazine, podcast or video channel.
rule newsletter.subscribe-channel newsletter line
    max-words 15
    regex     (?i)(?:subscribe|sign up) (?:to|for) our (?:\S+ ){0,2}(?:magazine|podcast|podcasts|channel|youtube channel|print edition)\b
    regex     (?i)(?:abonnieren sie|abonniere|abonniert) (?:jetzt )?(?:unseren|unser|unsere) (?:\S+ ){0,2}\S*(?:podcast|kanal|magazin)\b
    regex     (?i)(?:abonnez-vous|abonne-toi) (?:à|a) (?:notre|nos) (?:\S+ ){0,2}(?:podcast|chaîne|magazine)\b
    regex     (?i)(?:suscríbete|suscríbase) (?:a|en) (?:nuestro|nuestra) (?:\S+ ){0,2}(?:podcast|canal|revista)\b
    regex     (?i)(?:iscriviti|abbonati) (?:al|alla) (?:nostro|nostra) (?:\S+ ){0,2}(?:podcast|canale|rivista)\b
    regex     (?i)(?:inscreva-se|assine) (?:no|em|o|a) (?:nosso|nossa) (?:\S+ ){0,2}(?:podcast|canal|revista)\b
    regex     (?i)abonneer (?:je|u) op (?:onze|ons) (?:\S+ ){0,2}(?:podcast|kanaal|magazine)\b
    remove    Subscribe to our global magazine
    remove    Abonniere unseren YouTube-Kanal!
    keep      Millions of people subscribe to the channel, which was launched in 2015 by two students.

# "Stay informed" headings over a sign-up box, and push-notification labels.
rule newsletter.stay-informed newsletter line
    strength  weak
    line      alone
    max-words 6
    phrase    Keep up to date
    phrase    Stay up to date
    phrase    Stay informed
    phrase    Stay in the loop
    phrase    Push notifications
    phrase    Bleiben Sie informiert
    phrase    Bleib informiert
    phrase    Bleiben Sie auf dem Laufenden
    phrase    Bleib auf dem Laufenden
    phrase    Push-Benachrichtigungen
    phrase    Restez informé
    phrase    Restez informés
    phrase    Mantente informado
    phrase    Resta aggiornato
    phrase    Fique por dentro
    phrase    Fique atualizado
    phrase    Blijf op de hoogte
    phrase    Будьте в курсе
    remove    Keep up to date
    remove    Push notifications
    keep      Stay informed, the doctor told her, and ask about every drug you are given.
