# ad: advertisement markers, "story continues below" notices, sponsored-content labels,
# recommendation widgets (Outbrain/Taboola style) and affiliate-link disclosures.
# Conventions: the marker words "Advertisement", "Anzeige", "Werbung" (and their
# translations) alone on a line are strong: no article sentence is that one word.
# Shorter or vaguer labels ("Ad", "Sponsored", "Partner") are weak; a marker glued to
# the start of a line goes as a span.

rule ad.label ad line
    line      alone
    max-words 3
    phrase    Advertisement
    phrase    Anzeige
    phrase    Werbung
    phrase    Publicité
    phrase    Publicidad
    phrase    Pubblicità
    phrase    Publicidade
    phrase    Advertentie
    phrase    Реклама
    remove    Advertisement
    remove    Anzeige
    remove    - Werbung -
    keep      Advertisement spending rose by 4% last year, the industry group said.

rule ad.label-weak ad line
    strength  weak
    line      alone
    max-words 3
    phrase    Advertising
    phrase    Advert
    phrase    Ad
    phrase    Ads
    phrase    Anzeigen
    phrase    Sponsored
    phrase    Promoted
    phrase    Partner
    phrase    Partnerangebot
    remove    Sponsored
    remove    Ad
    keep      Advertising agencies expect a slow year, according to the survey.

rule ad.label-strong ad line
    line      alone
    max-words 8
    case      sensitive
    regex     ADVERTISEMENT|ANZEIGE|WERBUNG|PUBLICITÉ|PUBLICIDAD|PUBBLICITÀ|PUBLICIDADE|РЕКЛАМА|SPONSORED|ADVERTISING
    regex     [-–—*\[]+\s*(?:Advertisement|Anzeige|Werbung|Publicité|Publicidad|Pubblicità|Publicidade|Advertentie|Реклама|Sponsored|Ad)\s*[-–—*\]]+
    remove    ADVERTISEMENT
    remove    - Anzeige -
    remove    [Advertisement]
    keep      Advertisement standards were tightened in 2019, the regulator said.

rule ad.label-glued ad span
    line      starts
    case      sensitive
    regex     (?:ADVERTISEMENT|Advertisement|ANZEIGE|WERBUNG)\s*[-–—:|]+\s*
    regex     ADVERTISEMENT\s+
    remove    ADVERTISEMENT The governor's office did not respond.
    remove    Advertisement - The council met on Monday.
    keep      Advertisement bans have been debated for years in the parliament.

rule ad.continue-below ad line
    max-words 14
    phrase    Story continues below advertisement
    phrase    Article continues below advertisement
    phrase    Continue reading below
    phrase    Scroll to continue with content
    phrase    Advertisement - scroll to continue
    phrase    Content continues below
    phrase    Skip Ad
    phrase    Skip advertisement
    phrase    Ads by Google
    regex     ^(?:story|article|text) continues below$
    phrase    Close ad
    phrase    Report this ad
    phrase    Weiterlesen nach der Anzeige
    phrase    Weiter nach der Anzeige
    phrase    Lesen Sie nach der Anzeige weiter
    phrase    Artikel wird nach der Anzeige fortgesetzt
    phrase    Der Artikel wird unterhalb fortgesetzt
    phrase    Anzeige schließen
    phrase    Werbung schließen
    phrase    Nach der Werbung weiterlesen
    phrase    La suite après cette publicité
    phrase    La suite après la publicité
    phrase    Continúa después de la publicidad
    phrase    Sigue leyendo después del anuncio
    phrase    Continua a leggere dopo la pubblicità
    phrase    Continua depois da publicidade
    phrase    Continua após a publicidade
    phrase    Lees verder na de advertentie
    phrase    Продолжение после рекламы
    remove    Story continues below advertisement
    remove    Artikel wird nach der Anzeige fortgesetzt
    remove    La suite après cette publicité
    keep      The story continues below the surface, where investigators found a second tunnel.

rule ad.sponsored ad line
    line      starts
    max-words 10
    phrase    Sponsored by
    phrase    Sponsored content
    phrase    Sponsored post
    phrase    Sponsored links
    phrase    Paid content
    phrase    Paid post
    phrase    Paid for by
    phrase    Presented by
    phrase    Promoted by
    phrase    Partner content
    phrase    Gesponsert von
    phrase    Gesponserter Inhalt
    phrase    Gesponserte Inhalte
    phrase    Präsentiert von
    phrase    Präsentiert durch
    phrase    Dieser Artikel wird Ihnen präsentiert
    phrase    Dieser Beitrag wird Ihnen präsentiert
    phrase    Bezahlter Inhalt
    phrase    Werbliche Inhalte
    phrase    Contenu sponsorisé
    phrase    Sponsorisé par
    phrase    Présenté par
    phrase    Contenido patrocinado
    phrase    Patrocinado por
    phrase    Contenuto sponsorizzato
    phrase    Sponsorizzato da
    phrase    Conteúdo patrocinado
    phrase    Gesponsorde inhoud
    phrase    Gesponsord door
    phrase    На правах рекламы
    phrase    Партнерский материал
    remove    Sponsored by Acme Bank
    remove    Dieser Artikel wird Ihnen präsentiert von Acme
    remove    Contenido patrocinado
    keep      The concert, sponsored by a local brewery, drew thousands of visitors on Saturday.

rule ad.recommendation-widget ad line
    line      alone
    max-words 6
    phrase    Recommended by Outbrain
    phrase    Promoted Stories
    phrase    Promoted Content
    phrase    Promoted Links
    phrase    Sponsored Stories
    phrase    From Around the Web
    phrase    Around the Web
    phrase    From the Web
    phrase    You May Like
    phrase    Paid Partner Content
    phrase    by Taboola
    phrase    Sponsored Links by Taboola
    phrase    Taboola
    phrase    Outbrain
    phrase    Partner-Inhalte
    phrase    Aus dem Netz
    phrase    Anzeigen von Partnern
    phrase    Contenus sponsorisés
    phrase    Enlaces patrocinados
    phrase    Contenuti sponsorizzati
    phrase    Pela Web
    phrase    Conteúdo de marca
    phrase    Рекомендуем
    remove    Recommended by Outbrain
    remove    Pela Web
    remove    ENLACES PATROCINADOS
    keep      Around the web of canals, tourists crowded onto the small bridges of the old town on Sunday.

rule ad.affiliate ad line
    max-words 60
    phrase    We may earn a commission
    phrase    We may earn an affiliate commission
    phrase    we may receive a commission
    phrase    we may earn a small commission
    phrase    This post contains affiliate links
    phrase    This article contains affiliate links
    phrase    contains affiliate links
    phrase    As an Amazon Associate
    phrase    Affiliate-Links
    phrase    Affiliate Links
    phrase    Provisions-Links
    phrase    erhalten wir eine Provision
    phrase    erhält ggf. eine Provision
    phrase    erhalten wir ggf. eine Provision
    phrase    eine kleine Provision
    phrase    mit einem Sternchen gekennzeichnet
    phrase    Liens affiliés
    phrase    enlaces de afiliados
    phrase    link di affiliazione
    phrase    links de afiliados
    phrase    affiliate links
    regex     für links auf dieser seite erhält .+provision
    remove    Für Links auf dieser Seite erhält CHIP ggf. eine Provision vom Händler.
    remove    We may earn a commission when you buy through links on our site.
    remove    Bei den mit einem Sternchen gekennzeichneten Links handelt es sich um Affiliate-Links.
    keep      The agent said he would earn a commission of about five percent on the deal.

# Affiliate and sponsorship disclosures worded around "we may receive a (small)
# commission", the Amazon associates notice, and "the opinions are our own".
rule ad.affiliate-more ad line
    max-words 70
    phrase    Amazon Services LLC Associates Program
    phrase    Advertising disclosure
    phrase    may receive compensation for some of the links
    phrase    at no extra cost to you
    phrase    at no additional cost to you
    phrase    ohne Mehrkosten für dich
    phrase    ohne Mehrkosten für Sie
    phrase    ohne zusätzliche Kosten für dich
    phrase    ohne zusätzliche Kosten für Sie
    phrase    nous pouvons percevoir une commission
    phrase    nous percevons une commission
    phrase    podemos recibir una comisión
    phrase    potremmo ricevere una commissione
    phrase    podemos receber uma comissão
    phrase    ontvangen wij een commissie
    phrase    ontvangen we een kleine commissie
    regex     (?i)we (?:may|might|could|will) (?:receive|earn|get|collect) (?:a |an )?(?:small |tiny |modest )?(?:share of (?:the )?(?:sales|revenue)|commission|compensation|affiliate commission|portion of (?:the )?(?:sales|revenue))
    regex     (?i)(?:opinions|views) (?:are|remain) (?:always )?(?:our|my) own
    regex     (?i)(?:erhalte|erhalten) (?:ich|wir) (?:dafür )?(?:ggf\. |gegebenenfalls |eventuell )?(?:eine )?(?:kleine )?(?:provision|vergütung)
    remove    Sometimes we include links to online retail stores. If you click on one and make a purchase we may receive a small commission.
    remove    Royal Road is a participant in the Amazon Services LLC Associates Program, an affiliate advertising program.
    remove    We occasionally get sponsored by products, we only work with brands that we love and regularly use, the opinions are always our own.
    remove    Wenn du über diese Links etwas kaufst, erhalten wir eine kleine Provision, ohne Mehrkosten für dich.
    keep      The retailer said it would pay a commission to drivers who deliver more than a hundred parcels a day.
