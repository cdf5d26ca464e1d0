# paywall: metered-access notices, "subscribe to continue" walls, login walls and the
# subscription plan grids (prices, terms, plan features) that follow them.
# Conventions: `rest` only for anchors after which a page holds nothing but the wall;
# price/term/feature lines of a plan grid are weak (they go only next to other
# boilerplate); the "already a subscriber" prompts are strong but kept short.

rule paywall.free-limit paywall rest
    strength  strong
    max-words 30
    phrase    You've reached your limit of
    phrase    You have reached your limit of
    phrase    You've reached your free article limit
    phrase    You have reached your free article limit
    phrase    You've reached the limit of free articles
    phrase    You have used all of your free articles
    phrase    You've used all of your free articles
    phrase    You have read all of your free articles
    phrase    You've read your last free article
    phrase    This is your last free article
    phrase    You have no free articles remaining
    phrase    free articles left this month
    remove    You’ve reached your limit of 3 free articles this month.
    remove    This is your last free article this month. Subscribe for unlimited access.
    keep      Negotiators said they had reached the limit of their patience with the proposal.
    keep      The library lends free articles and books to anyone with a card, the mayor said.

rule paywall.free-limit-de paywall rest
    max-words 30
    phrase    Sie haben Ihr Limit an kostenlosen Artikeln erreicht
    phrase    Sie haben das Limit an kostenlosen Artikeln erreicht
    phrase    Ihr kostenloses Kontingent ist aufgebraucht
    phrase    Sie haben alle kostenlosen Artikel gelesen
    phrase    kostenlose Artikel in diesem Monat gelesen
    phrase    Ihre Gratis-Artikel sind aufgebraucht
    remove    Sie haben Ihr Limit an kostenlosen Artikeln erreicht.
    remove    Sie haben bereits 5 kostenlose Artikel in diesem Monat gelesen.
    keep      Die Verhandlungen hätten das Limit der Geduld aller Beteiligten erreicht, sagte sie.

rule paywall.subscribe-to-read-en paywall rest
    max-words 30
    variants  Subscribe [now|today] to read the full (story|article)
    variants  Subscribe [now|today] to (continue|keep) reading
    phrase    Subscribe to unlock this article
    phrase    Subscribe to read this article
    phrase    To continue reading, subscribe
    phrase    To continue reading this article
    phrase    To read the full article, subscribe
    variants  Become a (subscriber|member) to (continue|keep) reading
    variants  This (article|content|story) is (for subscribers only|only available to subscribers|reserved for subscribers)
    phrase    This story is available exclusively to subscribers
    phrase    Only subscribers can read this article
    phrase    The rest of this article is for subscribers
    phrase    Log in or subscribe to continue reading
    phrase    Sign in or subscribe to continue reading
    phrase    Subscribe or log in to continue reading
    phrase    Already a subscriber? Log in to continue reading
    remove    Subscribe to read the full story
    remove    This article is for subscribers only.
    remove    To continue reading this article, please log in or subscribe.
    remove    Subscribe today to read the full article.
    remove    This story is only available to subscribers.
    remove    Become a member to keep reading.
    keep      Readers who subscribe to the paper were told on Friday that the price would rise.
    keep      Only a few subscribers continued reading the magazine after the redesign, the survey found.

rule paywall.subscribe-to-read-de paywall rest
    max-words 30
    phrase    Dieser Artikel ist nur für Abonnenten
    phrase    Dieser Artikel ist exklusiv für Abonnenten
    phrase    Dieser Beitrag ist nur für Abonnenten
    phrase    Dieser Inhalt ist nur für Abonnenten
    phrase    Dieser Inhalt ist exklusiv für Abonnenten
    phrase    Dieser Artikel ist nur mit Abo lesbar
    phrase    Dieser Artikel ist Abonnenten vorbehalten
    phrase    Um diesen Artikel zu lesen, benötigen Sie
    phrase    Um diesen Artikel vollständig zu lesen
    phrase    Um den vollständigen Artikel zu lesen
    phrase    Wählen Sie Ihren Zugang und lesen Sie weiter
    phrase    Jetzt Abo abschließen und weiterlesen
    phrase    Mit einem Abo weiterlesen
    phrase    Jetzt weiterlesen mit
    phrase    Weiterlesen mit einem Abo
    phrase    Lesen Sie diesen Artikel mit einem Abo
    phrase    Der vollständige Artikel ist nur für Abonnenten
    phrase    Den vollständigen Artikel lesen Sie mit
    remove    Wählen Sie Ihren Zugang und lesen Sie weiter:
    remove    Dieser Artikel ist nur für Abonnenten verfügbar.
    keep      Die Zeitung teilte mit, dass Abonnenten den Artikel weiterhin lesen können, sagte er.

rule paywall.subscribe-to-read-fr paywall rest
    max-words 30
    phrase    Pour lire la suite
    phrase    Pour lire la totalité de cet article
    phrase    Cet article est réservé aux abonnés
    phrase    La suite est réservée aux abonnés
    regex     Il vous reste \d+\s?% de (?:cet |l['’])article
    phrase    Abonnez-vous pour lire la suite
    phrase    Article réservé aux abonnés
    phrase    Contenu réservé aux abonnés
    remove    Il vous reste 78% de cet article à lire.
    remove    Cet article est réservé aux abonnés. Déjà abonné ? Se connecter
    keep      Le ministre a rappelé que la réforme des retraites restait une priorité du gouvernement.

rule paywall.subscribe-to-read-es paywall rest
    max-words 30
    phrase    Para seguir leyendo
    phrase    Para continuar leyendo
    phrase    Este contenido es exclusivo para suscriptores
    phrase    Contenido exclusivo para suscriptores
    phrase    Este artículo es exclusivo para suscriptores
    phrase    Suscríbete para seguir leyendo
    phrase    Suscríbete para continuar leyendo
    phrase    Hazte suscriptor para seguir leyendo
    remove    Para seguir leyendo, suscríbete.
    remove    Este contenido es exclusivo para suscriptores
    keep      Los suscriptores del diario recibieron la noticia el viernes por la mañana.

rule paywall.subscribe-to-read-it paywall rest
    max-words 30
    phrase    Per continuare a leggere
    phrase    Questo articolo è riservato agli abbonati
    phrase    Contenuto riservato agli abbonati
    phrase    Articolo riservato agli abbonati
    phrase    Abbonati per continuare a leggere
    phrase    Per leggere l'articolo completo
    remove    Per continuare a leggere questo articolo abbonati.
    remove    Contenuto riservato agli abbonati
    keep      Gli abbonati del giornale hanno ricevuto la notizia venerdì mattina.

rule paywall.subscribe-to-read-pt paywall rest
    max-words 30
    phrase    Para continuar lendo
    phrase    Para continuar a ler
    phrase    Conteúdo exclusivo para assinantes
    phrase    Este conteúdo é exclusivo para assinantes
    phrase    Esta matéria é exclusiva para assinantes
    phrase    Assine para continuar lendo
    phrase    Assine para ler
    phrase    Artigo exclusivo para assinantes
    remove    Este conteúdo é exclusivo para assinantes.
    remove    Para continuar lendo, assine o jornal.
    keep      Os assinantes do jornal receberam a notícia na sexta-feira de manhã.

rule paywall.subscribe-to-read-nl paywall rest
    max-words 30
    phrase    Dit artikel is alleen voor abonnees
    phrase    Dit is een artikel voor abonnees
    phrase    Word abonnee om verder te lezen
    phrase    Log in of word abonnee om verder te lezen
    phrase    Lees verder met een abonnement
    remove    Dit artikel is alleen voor abonnees.
    remove    Log in of word abonnee om verder te lezen.
    keep      De abonnees van de krant kregen het nieuws vrijdagochtend te horen.

rule paywall.subscribe-to-read-ru paywall rest
    max-words 30
    phrase    Этот материал доступен только подписчикам
    phrase    Материал доступен только подписчикам
    phrase    Чтобы продолжить чтение
    phrase    Чтобы дочитать статью
    phrase    Оформите подписку, чтобы продолжить
    phrase    Оформите подписку, чтобы прочитать
    remove    Этот материал доступен только подписчикам.
    remove    Чтобы продолжить чтение, оформите подписку.
    keep      Подписчики газеты узнали о повышении цен в пятницу утром.

rule paywall.already-subscriber paywall line
    max-words 12
    phrase    Already a subscriber?
    phrase    Already subscribed?
    phrase    Already a member?
    phrase    Already have a subscription?
    phrase    Existing subscriber? Log in
    phrase    Schon Abonnent?
    phrase    Bereits Abonnent?
    phrase    Sie sind bereits Abonnent?
    phrase    Sie haben bereits ein Abo?
    phrase    Sie haben bereits ein Abonnement?
    phrase    Du hast bereits ein Abo?
    phrase    Schon registriert? Hier einloggen
    phrase    Déjà abonné ?
    phrase    Déjà abonné?
    phrase    ¿Ya eres suscriptor?
    phrase    ¿Ya estás suscrito?
    phrase    Sei già abbonato?
    phrase    Já é assinante?
    phrase    Já sou assinante
    phrase    Al abonnee?
    phrase    Уже подписаны?
    phrase    Уже есть подписка?
    remove    Already a subscriber? Log in
    remove    Already subscribed? Sign in
    remove    Sie haben bereits ein Abo? Hier anmelden
    remove    Schon registriert? Hier einloggen
    remove    Déjà abonné ? Se connecter
    keep      Already a subscriber to three streaming services, she said she would not pay for a fourth one.

rule paywall.register-wall paywall line
    max-words 25
    phrase    Register for free to continue reading
    phrase    Create a free account to continue reading
    phrase    Sign up for free to continue reading
    phrase    Register now for free access
    phrase    Log in to continue reading
    phrase    Sign in to continue reading
    phrase    Kostenlos registrieren und weiterlesen
    phrase    Jetzt kostenlos registrieren und weiterlesen
    phrase    Registrieren Sie sich kostenlos, um weiterzulesen
    phrase    Jetzt registrieren und weiterlesen
    phrase    Melden Sie sich an, um weiterzulesen
    phrase    Inscrivez-vous gratuitement pour lire la suite
    phrase    Connectez-vous pour lire la suite
    phrase    Regístrate gratis para seguir leyendo
    phrase    Inicia sesión para seguir leyendo
    phrase    Registrati gratuitamente per continuare a leggere
    phrase    Cadastre-se gratuitamente para continuar lendo
    phrase    Registreer gratis om verder te lezen
    remove    Kostenlos registrieren und weiterlesen
    remove    Create a free account to continue reading.
    keep      Visitors must register for free at the gate before they can continue to the museum.

rule paywall.subscribe-cta paywall line
    max-words 25
    variants  Subscribe [now|today] for (unlimited|full) access
    phrase    Subscribe to get unlimited access
    phrase    Get unlimited digital access
    phrase    Unlimited digital access
    phrase    Start your free trial
    phrase    Start your subscription
    variants  Subscribe [now|today] for (just|only)
    phrase    Subscribe now and save
    variants  Become a (subscriber|member) today
    variants  Choose (a|your) (subscription|membership)
    phrase    Wähle dein Abo
    phrase    Choisissez votre abonnement
    phrase    Elige tu suscripción
    phrase    Scegli il tuo abbonamento
    phrase    Escolha sua assinatura
    phrase    Kies je abonnement
    phrase    Choose your plan
    phrase    Select your plan
    phrase    View subscription offers
    phrase    See subscription options
    phrase    Unlock this article
    phrase    Unlock full access
    phrase    Jetzt Abo abschließen
    phrase    Abo abschließen und
    phrase    Wählen Sie Ihr Abo
    phrase    Jetzt Zugang sichern
    phrase    Jetzt für 0 € testen
    phrase    Jetzt gratis testen
    phrase    Jetzt kostenlos testen
    phrase    Unbegrenzter Zugang zu allen
    phrase    Zugang zu allen Artikeln
    phrase    Alle Artikel lesen mit
    phrase    Je m'abonne
    phrase    Abonnez-vous dès maintenant
    phrase    Profitez de l'offre
    phrase    Suscríbete ahora
    phrase    Suscríbete desde
    phrase    Abbonati ora
    phrase    Abbonati a partire da
    phrase    Assine agora
    phrase    Assine já
    phrase    Neem een abonnement
    phrase    Word nu abonnee
    phrase    Оформить подписку
    regex     ^Want (?:more|even more) [\p{L}' -]{2,30}\? (?:Get a subscription|Subscribe|Sign up|Become a member|Try)\b
    remove    Want more science? Get a subscription of our sister publication, for the latest news.
    remove    Subscribe for just $1 a week
    remove    Subscribe now for unlimited access.
    remove    Subscribe today for only $1 a week
    remove    Get unlimited digital access for $4.99 per month.
    remove    Jetzt Abo abschließen und alle Artikel lesen
    keep      The paper said last year that it had gained more than a million digital subscribers since 2016.

rule paywall.support-us paywall line
    max-words 40
    phrase    Support independent journalism
    phrase    Support quality journalism
    phrase    Support our journalism
    phrase    support us with a donation
    phrase    Become a supporter
    phrase    Make a contribution
    phrase    If you value our journalism
    phrase    If you value what we do
    phrase    Unterstützen Sie unabhängigen Journalismus
    phrase    Unterstützen Sie unsere Arbeit
    phrase    Unterstützen Sie diese Form
    phrase    Unterstützen Sie uns
    phrase    Unterstütze unsere Arbeit
    phrase    Jetzt unterstützen
    phrase    Soutenez notre journalisme
    phrase    Soutenez-nous
    phrase    Apoya el periodismo
    phrase    Sostieni il giornalismo
    phrase    Apoie o jornalismo
    phrase    Steun onze journalistiek
    phrase    Поддержите нас
    remove    Support independent journalism: become a supporter from $5 a month.
    remove    Unterstützen Sie unabhängigen Journalismus.
    keep      Officials said they would continue to support journalism schools through the grant programme.

rule paywall.plan-features-strong paywall line
    max-words 12
    phrase    Renews automatically
    phrase    Automatically renews
    phrase    Auto-renews
    phrase    Cancel anytime
    phrase    Cancel at any time
    phrase    Billed annually
    phrase    Billed monthly
    phrase    Billed as
    phrase    Jederzeit kündbar
    phrase    Monatlich kündbar
    phrase    Danach monatlich
    phrase    Sans engagement
    phrase    Résiliable à tout moment
    phrase    Cancela cuando quieras
    phrase    Sin permanencia
    phrase    Disdici quando vuoi
    phrase    Cancele quando quiser
    phrase    Altijd opzegbaar
    phrase    Maandelijks opzegbaar
    phrase    Отменить можно в любой момент
    remove    Renews automatically, cancel anytime
    remove    Jederzeit kündbar
    remove    Billed annually at $99
    keep      The lawmakers said the contract renews automatically unless one of the parties objects in writing before May.

rule paywall.plan-features paywall line
    strength  weak
    max-words 8
    line      alone
    phrase    Best value
    phrase    Best offer
    phrase    Most popular plan
    phrase    Digital access
    phrase    Website access
    phrase    Digital subscription
    phrase    Print + Digital
    phrase    Digital + Print
    phrase    Digital only
    phrase    Print only
    phrase    Nur Print
    phrase    Nur digital
    phrase    Weekly magazine, delivered
    phrase    Free trial
    phrase    Try it free
    phrase    Unlimited access
    phrase    Unlimited articles
    phrase    Ad-free reading
    phrase    Digital-Abo
    phrase    Digitalabo
    phrase    Print-Abo
    phrase    Probeabo
    phrase    Jahresabo
    phrase    Monatsabo
    phrase    Testabo
    phrase    Abo-Angebote
    phrase    Unsere Angebote
    phrase    Empfohlen
    phrase    Offre numérique
    phrase    Oferta digital
    phrase    Offerta digitale
    phrase    Assinatura digital
    phrase    Digitaal abonnement
    regex     (?:e-paper|epaper|app|web|digital|print)\s*(?:\+|&|and|und)\s*(?:e-paper|epaper|app|web|digital|print)
    remove    Website access
    remove    Weekly magazine, delivered
    remove    Digital + Print
    keep      Ministers promised unlimited access to the documents for the committee's investigators.

rule paywall.price paywall line
    strength  weak
    line      alone
    max-words 8
    regex     [$€£₹¥]\s?\d+(?:[.,]\d{1,2})?(?:\s*(?:/|per|a|an|pro|par|por|al|all'|p\.)\s*(?:month|mo|year|yr|week|wk|day|monat|mon\.|jahr|woche|mois|an|semaine|mes|año|semana|mese|anno|settimana|mês|ano|maand|jaar|week|месяц))?
    regex     \d+(?:[.,]\d{1,2})?\s?(?:€|EUR|USD|CHF|GBP|руб\.?|₽)(?:\s*(?:/|per|pro|par|por|al|p\.)\s*(?:month|year|week|monat|mon\.|jahr|woche|mois|an|mes|año|mese|anno|mês|ano|maand|jaar|месяц))?
    remove    ₹900
    remove    $4.99/month
    remove    9,99 € pro Monat
    remove    £1 a week
    keep      The company charged customers $4.99 per month for the service before prices rose sharply last spring.

rule paywall.term paywall line
    strength  weak
    line      alone
    max-words 5
    regex     \d+\s*(?:months?|years?|weeks?|days?|monate?|monaten|jahre?|jahren|wochen?|tage|mois|ans?|semaines?|jours|mes|meses|años?|semanas|mesi|anni|settimane|anos|maanden|maand|jaar|weken|месяц(?:а|ев)?|год(?:а)?|лет)
    regex     monthly|annual|annually|yearly|weekly|monatlich|jährlich|wöchentlich|mensuel|annuel|mensual|anual|mensile|annuale|mensal|maandelijks|jaarlijks|ежемесячно|ежегодно
    remove    3 Months
    remove    1 Year
    remove    Annual
    keep      The project ran for 3 months before it was halted by the council in 1 year of budget cuts.

rule paywall.subscribe-word paywall line
    strength  weak
    line      alone
    max-words 4
    phrase    Subscribe
    phrase    Subscribe now
    phrase    Subscribe today
    phrase    Subscriptions
    phrase    Get offer
    phrase    See offers
    phrase    Start now
    phrase    Jetzt abonnieren
    phrase    Abonnieren
    phrase    Abo
    phrase    Abos
    phrase    Abonnement
    phrase    Jetzt testen
    phrase    Angebot wählen
    phrase    Weiter zum Angebot
    phrase    Jetzt bestellen
    phrase    Zum Angebot
    phrase    S'abonner
    phrase    Abonnez-vous
    phrase    Suscríbete
    phrase    Suscribirse
    phrase    Abbonati
    phrase    Abbonamento
    phrase    Assine
    phrase    Assinar
    phrase    Abonneer
    phrase    Word abonnee
    phrase    Abonneren
    phrase    Подписаться
    phrase    Подписка
    remove    Subscribe
    remove    Jetzt abonnieren
    remove    Suscríbete
    keep      Subscribe to the idea that less is more, the designer told the audience on Sunday.

rule paywall.full-story paywall line
    max-words 30
    regex     (?i)subscribe (?:now |today )?(?:to|for) .{0,50}(?:for|to read) the (?:full|whole|complete|rest of the) (?:story|article)
    regex     (?i)(?:for|to read) the (?:full|whole|complete) (?:story|article),? (?:subscribe|sign up|log in|register)
    remove    Subscribe now to our eNATION edition for the full story.
    remove    To read the full story, subscribe to our digital edition.
    keep      The full story of the expedition, the museum said, will be told in an exhibition next year.

rule paywall.article-access paywall line
    max-words 20
    phrase    Instant access to the full article PDF
    phrase    Immediate online access to all issues
    phrase    We rely on your support to
    remove    Instant access to the full article PDF.
    remove    Immediate online access to all issues from 2019.
    remove    We rely on your support to make local news available to all
    keep      The researchers said they relied on support from the state to fund the study.

# Donation calls with an amount ("Unterstütze uns bereits mit 2,50 €!", "Support us
# from just $1").
rule paywall.support-amount paywall line
    max-words 15
    regex     (?i)(?:unterstütze|unterstützt|unterstützen sie|support|soutenez|soutiens|apoya|apóyanos|sostieni|sostienici|apoie|steun)\s.{0,40}(?:bereits mit|schon mit|schon ab|ab|mit nur|for just|for only|from just|from only|from|with just|with only|dès|à partir de|desde|por solo|con solo|da solo|a partire da|com apenas|a partir de|vanaf|met slechts)\s*(?:€|\$|£|CHF)?\s?\d+(?:[.,]\d+)?\s*(?:€|euro|euros|\$|CHF)?
    remove    Unterstütze RosaMag bereits mit 2,50!
    remove    Support our newsroom from just $1 a month.
    keep      The government will support farmers with 2,000 euros each.
