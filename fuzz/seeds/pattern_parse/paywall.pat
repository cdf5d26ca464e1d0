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
    phrase    Subscribe to read the full story
    phrase    Subscribe to read the full article
    phrase    Subscribe to continue reading
    phrase    Subscribe now to continue reading
    phrase    Subscribe to keep reading
    phrase    Subscribe to unlock this article
    phrase    Subscribe to read this article
    phrase    To continue reading, subscribe
    phrase    To continue reading this article
    phrase    To read the full article, subscribe
    phrase    Become a subscriber to continue reading
    phrase    Become a member to continue reading
    phrase    This article is for subscribers only
    phrase    This article is only available to subscribers
    phrase    This content is only available to subscribers
    phrase    This content is for subscribers only
    phrase    This article is reserved for subscribers
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
    keep      Readers who subscribe to the paper were told on Friday that the price would rise.
    keep      Only a few subscribers continued reading the magazine after the redesign, the survey found.

rule paywall.subscribe-to-read-de paywall rest
    max-words 30
    phrase    Dieser Artikel ist nur für Abonnenten
    phrase    Dieser Artikel ist exklusiv für Abonnenten
    phrase    Dieser Beitrag ist nur für A