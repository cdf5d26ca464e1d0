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
    phrase    Paid con