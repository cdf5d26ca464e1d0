# related: related-link headings and prefixes ("Related articles", "Read more:",
# "Lesen Sie auch", "Mehr zum Thema", "Lire aussi", "Leggi anche", "Leia também",
# "Lees ook", "Читайте также"), most-read / recommended boxes, tag and category lines.
# Conventions: headings must stand alone on their line; prefixed teasers ("Read more:
# ...") must start the line and stay short; one-word headings are weak.

rule related.heading-en related line
    line      alone
    max-words 8
    phrase    Related
    phrase    Related articles
    phrase    Related stories
    phrase    Related posts
    phrase    Related content
    phrase    Related coverage
    phrase    Related topics
    phrase    Related news
    phrase    Related links
    phrase    Related reading
    phrase    Related video
    phrase    Related videos
    phrase    Read more
    phrase    Read More
    phrase    Read next
    phrase    Read also
    phrase    Also read
    phrase    See also
    phrase    More on this story
    phrase    More on this topic
    phrase    More stories
    phrase    More news
    phrase    More articles
    phrase    More from
    phrase    More to read
    phrase    You may also like
    phrase    You might also like
    phrase    You may be interested in
    phrase    Recommended for you
    phrase    Recommended stories
    phrase    Recommended reading
    phrase    Most read
    phrase    Most popular
    phrase    Most viewed
    phrase    Most shared
    phrase    Most read in world news
    phrase    Trending now
    phrase    Trending stories
    phrase    Trending News
    phrase    Trending Nationally
    phrase    Top stories
    phrase    Latest news
    phrase    Latest stories
    phrase    Latest articles
    phrase    Latest posts
    phrase    Recent posts
    phrase    Recent articles
    phrase    Popular posts
    phrase    Popular stories
    phrase    Don't miss
    phrase    Editor's picks
    phrase    Explore further
    phrase    What to read next
    phrase    Up next
    phrase    Keep reading
    phrase    Continue reading
    phrase    In other news
    phrase    Breaking News
    regex     more (?:in|from|on|about) \p{L}[\p{L} '’&-]+
    remove    Related Articles
    remove    Read More
    remove    You may also like
    remove    More in Minnesota Wild
    remove    Most read in world news
    keep      Read more than a hundred pages and you will see why the book was banned.

rule related.heading-de related line
    line      alone
    max-words 8
    phrase    Lesen Sie auch
    phrase    Lesen Sie mehr
    phrase    Lesen Sie weiter
    phrase    Mehr zum Thema
    phrase    Mehr zu diesem Thema
    phrase    Das könnte Sie auch interessieren
    phrase    Das könnte Dich auch interessieren
    phrase    Das könnte dich auch interessieren
    phrase    Das könnte Sie interessieren
    phrase    Auch interessant
    phrase    Ebenfalls interessant
    phrase    Ähnliche Beiträge
    phrase    Ähnliche Artikel
    phrase    Ähnliche Nachrichten
    phrase    Ähnliche Themen
    phrase    Verwandte Artikel
    phrase    Verwandte Beiträge
    phrase    Verwandte Themen
    phrase    Weitere Artikel
    phrase    Weitere Beiträge
    phrase    Weitere Themen
    phrase    Weitere Meldungen
    phrase    Weitere Nachrichten
    phrase    Weitere News
    phrase    Mehr Themen
    phrase    Mehr Artikel
    phrase    Mehr News
    phrase    Meistgelesen
    phrase    Meistgelesene Artikel
    phrase    Meist gelesen
    phrase    Meistgelesene Beiträge
    phrase    Meistgesehen
    phrase    Meistkommentiert
    phrase    Beliebte Artikel
    phrase    Beliebte Beiträge
    phrase    Beliebte Themen
    phrase    Populäre Artikel
    phrase    Neueste Artikel
    phrase    Neueste Beiträge
    phrase    Neueste Meldungen
    phrase    Neueste Nachrichten
    phrase    Aktuelle Artikel
    phrase    Aktuelle Beiträge
    phrase    Aktuellste Beiträge
    phrase    Aktuelle Meldungen
    phrase    Aktuelle News
    phrase    Aktuelle Nachrichten
    phrase    Top Meldungen
    phrase    Top-Themen
    phrase    Top Themen
    phrase    Empfohlen für dich
    phrase    Für dich empfohlen
    phrase    Für Sie empfohlen
    phrase    Empfehlungen der Redaktion
    phrase    Unsere Empfehlungen
    phrase    Noch mehr Infos für dich
    phrase    Das Neueste
    phrase    Themenrelevante Nachrichten
    phrase    Zum Thema
    phrase    Siehe auch
    phrase    Beliebte Themen entdecken
    phrase    Mehr aus dem Ressort
    phrase    Mehr aus der Rubrik
    regex     (?:mehr|weitere (?:artikel|meldungen|nachrichten|beiträge|news)|alle (?:artikel|meldungen|beiträge|news|nachrichten)(?: der rubrik)?) (?:aus|zu|zum|zur|von|über) [\p{L}0-9 '’&-]+
    regex     populäre artikel der letzten \d+ tage
    remove    Lesen Sie auch
    remove    Mehr zum Thema
    remove    Das könnte Dich auch interessieren
    remove    Ähnliche Beiträge
    remove    Weitere Meldungen aus Sylt
    remove    Populäre Artikel der letzten 7 Tage
    keep      Lesen Sie auch die Stellungnahme des Ministers, forderte der Abgeordnete die Kollegen auf.

rule related.heading-intl related line
    line      alone
    max-words 8
    phrase    Lire aussi
    phrase    À lire aussi
    phrase    A lire aussi
    phrase    Lire la suite
    phrase    Lire plus
    phrase    À lire également
    phrase    Sur le même sujet
    phrase    Articles similaires
    phrase    Articles liés
    phrase    Les plus lus
    phrase    À voir aussi
    phrase    Voir aussi
    phrase    Dans la même rubrique
    phrase    Lee también
    phrase    Lea también
    phrase    Leer más
    phrase    Te puede interesar
    phrase    Le puede interesar
    phrase    También te puede interesar
    phrase    Noticias relacionadas
    phrase    Artículos relacionados
    phrase    Lo más leído
    phrase    Más noticias
    phrase    Recomendado para ti
    phrase    Leggi anche
    phrase    Leggi di più
    phrase    Potrebbe interessarti
    phrase    Ti potrebbe interessare
    phrase    Articoli correlati
    phrase    I più letti
    phrase    Leia também
    phrase    Leia mais
    phrase    Veja também
    phrase    Veja mais
    phrase    Saiba mais
    phrase    Mais lidas
    phrase    Mais lidos
    phrase    Mais popular
    phrase    Notícias relacionadas
    phrase    Você pode gostar
    phrase    Lees ook
    phrase    Lees meer
    phrase    Bekijk ook
    phrase    Gerelateerde artikelen
    phrase    Meest gelezen
    phrase    Ook interessant
    phrase    Читайте также
    phrase    Читайте далее
    phrase    Читайте еще
    phrase    Смотрите также
    phrase    Похожие статьи
    phrase    Похожие новости
    phrase    Другие новости
    phrase    Самое читаемое
    phrase    Ещё по теме
    phrase    Еще по теме
    phrase    По теме
    phrase    Czytaj także
    phrase    Czytaj więcej
    phrase    Czytaj też
    remove    Lire aussi
    remove    TE PUEDE INTERESAR
    remove    Leggi anche
    remove    Leia também
    remove    Lees ook
    remove    Читайте также
    remove    MAIS POPULAR
    keep      Lire aussi les mémoires du général permet de comprendre la décision de 1962.

rule related.heading-weak related line
    strength  weak
    line      alone
    max-words 3
    phrase    Trending
    phrase    Recommended
    phrase    Popular
    phrase    Latest
    phrase    Highlights
    phrase    More
    phrase    Mehr
    phrase    Weiterlesen
    phrase    Empfohlen
    phrase    Beliebt
    phrase    Aktuell
    phrase    Neu
    phrase    Populaire
    phrase    Populares
    phrase    Popolari
    phrase    Populair
    phrase    Популярное
    phrase    Recomendados
    phrase    Polecamy
    remove    Trending
    remove    Weiterlesen
    remove    Популярное
    keep      Trending topics on social media included the storm and the election.

rule related.prefix related line
    line      starts
    max-words 30
    regex     (?:read more|related|see also|also read|read also|read next|recommended|lesen sie (?:auch|mehr|hier)|mehr zum thema|auch interessant|lesenswert|lesetipp|passend zum thema|zum thema|siehe auch|lire aussi|à lire aussi|a lire aussi|lire également|voir aussi|lee también|lea también|leer más|te puede interesar|leggi anche|leggi pure|leia também|leia mais|veja também|saiba mais|lees ook|lees meer|bekijk ook|читайте также|читайте еще|смотрите также|czytaj (?:też|także|więcej)(?: w)?)\s*[:»>|–—-]
    remove    Read more: 7 Strange Signs You're Having an Allergic Reaction
    remove    Related: 7 Strange Signs You're Having an Allergic Reaction
    remove    Lesen Sie auch: Die Bahn erhöht die Preise
    remove    Lesenswert: Interview über Google Editions in Deutschland
    remove    Lire aussi : La réforme des retraites adoptée
    remove    Читайте также: Новые правила для водителей
    keep      Related to the case, the police said three more arrests had been made.

rule related.prefix-caps related line
    line      starts
    case      sensitive
    max-words 25
    regex     (?:MORE|WATCH|RELATED|READ MORE|ALSO READ|READ|LISTEN|PHOTOS|VIDEO|SEE ALSO|MORE FROM|DON'T MISS|DON’T MISS|LESEN SIE AUCH|MEHR ZUM THEMA|LIRE AUSSI|LEA TAMBIÉN|LEGGI ANCHE|LEIA TAMBÉM|VEJA TAMBÉM)\s*[:»>|]
    regex     (?:CZYTAJ WIĘCEJ W|CZYTAJ TEŻ|CZYTAJ TAKŻE)\b
    remove    WATCH: Video shows dramatic rescue
    remove    MORE: Democrats push new bill
    remove    CZYTAJ WIĘCEJ W
    keep      More than 200 people attended the meeting on Tuesday evening.

rule related.tags related line
    line      starts
    max-words 30
    regex     (?:tags|schlagworte|schlagwörter|stichworte|stichwörter|themen|topics|categories|category|kategorie|kategorien|rubrik|filed under|posted in|abgelegt unter|veröffentlicht unter|mots-clés|mots clés|étiquettes|catégories|etiquetas|categorías|temas|tag|argomenti|categorie|palavras-chave|assuntos|trefwoorden|теги|тэги|рубрика)\s*:\s*\S
    remove    Tags: Kristi Noem, South Dakota
    remove    Schlagworte: Politik, Bundestag
    remove    Category : Press Releases
    remove    Themen: Klimawandel, Energie
    keep      Topics discussed at the summit included trade, climate and migration.

rule related.tags-nocolon related line
    line      starts
    case      sensitive
    max-words 20
    regex     (?:Tags|TAGS|Filed [Uu]nder|FILED UNDER|Posted in|Abgelegt unter|Veröffentlicht in) \p{Lu}
    remove    Tags Kristi Noem South Dakota
    remove    Filed Under Politics
    remove    Posted in Allgemein
    keep      Tags on the birds showed they had flown more than 4,000 kilometres.

rule related.tags-label related line
    line      alone
    max-words 3
    phrase    Tags
    phrase    Topics
    phrase    Schlagworte
    phrase    Schlagwörter
    phrase    Stichworte
    phrase    Kategorien
    phrase    Categories
    phrase    Mots-clés
    phrase    Catégories
    phrase    Categorías
    phrase    Categorias
    phrase    Categorie
    phrase    Kategorie
    phrase    Trefwoorden
    phrase    Рубрики
    phrase    Etiquetas
    phrase    Тэги
    phrase    Теги
    remove    Tags
    remove    Schlagworte:
    keep      Tags on the birds showed they had flown more than 4,000 kilometres.

rule related.may-interest related line
    line      starts
    max-words 30
    regex     (?i)(?:le puede interesar|te puede interesar|puede interesarle|puede interesarte|le podría interesar|te podría interesar|también te puede interesar|también le puede interesar|ti potrebbe interessare|potrebbe interessarti|potrebbe interessarti anche|você pode gostar|voce pode gostar|pode te interessar|pode lhe interessar|vous aimerez aussi|vous pourriez aimer|ça peut vous intéresser|dit vind je misschien ook leuk|вам может быть интересно|вас может заинтересовать|das könnte sie auch interessieren|das könnte dich auch interessieren|auch interessant|you may also like|you might also like|you may be interested in|you might be interested in)\s*(?:[:»>|–—-]|$)
    remove    Le puede interesar: JEP abrirá tres nuevos macrocasos
    remove    Das könnte Sie auch interessieren:
    remove    You might also like
    keep      You might also like to know that the museum is open on Sundays, the director told visitors.

rule related.heading-more related line
    line      alone
    max-words 6
    phrase    Zum Weiterlesen
    phrase    Lust auf mehr?
    phrase    Partner news
    phrase    News from our partners
    phrase    From our partners
    phrase    Mehr aus dem Netz
    phrase    Notizie correlate
    phrase    Artigos relacionados
    remove    Zum Weiterlesen
    remove    Partner news
    keep      Partner news agencies reported that the talks had stalled over the weekend.

rule related.prefix-caps-intl related line
    line      starts
    case      sensitive
    max-words 25
    regex     (?:MIRA|VEA|LEA|LEE|VEJA|LEIA|TE PUEDE INTERESAR|LE PUEDE INTERESAR|PUEDE INTERESARTE|LIRE|À LIRE|A LIRE|LEGGI|GUARDA|ЧИТАЙТЕ)\s*[:»>|]
    remove    MIRA: Madre se acerca a conocer los motivos de captura de su hijo
    remove    LEA: El Congreso aprueba la reforma
    keep      MIRA Lopez said: the council will meet again on Monday.

rule related.meta-line related line
    max-words 40
    regex     (?i)(?:publicado por|posted by|publié par|veröffentlicht von|pubblicato da|geplaatst door)\s*:?\s*\p{Lu}.{0,60}\s[-|•]\s(?:categoria|category|categoría|catégorie|kategorie|categorie|tags|etiquetas)\s*:
    remove    05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad arrombamento veiculo
    keep      The post was published by the Ministry of Health in its news category on Monday.

rule related.ap-more related line
    line      starts
    max-words 20
    case      sensitive
    regex     More AP [\p{L}\p{N}' ]{2,40}:\s*https?://
    remove    More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports
    remove    More AP college football: https://apnews.com/Collegefootball
    keep      More AP reporters were sent to the border on Monday, the agency said.

rule related.heading-more-2 related line
    line      alone
    max-words 6
    phrase    Most Viewed News
    phrase    Most Viewed Content
    phrase    Top Posts
    phrase    Letzte Artikel
    phrase    Weitere Pressemitteilungen
    phrase    Temas relacionados
    phrase    Polecamy
    phrase    Ezek is érdekelhetnek
    phrase    热门推荐
    phrase    相关文章
    phrase    推荐阅读
    remove    Most Viewed News
    remove    Letzte Artikel
    remove    热门推荐
    keep      Top posts in the ministry were given to allies of the president, critics said.

# Recommendation headings with a tail: "Das könnte Dich auch noch interessieren",
# "Auch interessant für dich", "Most popular this week", "Beliebte Beiträge zum Thema:".
rule related.heading-variants related line
    line      alone
    max-words 8
    regex     (?i)das könnte (?:dich|sie|euch) (?:auch )?(?:noch )?(?:sehr )?interessieren
    regex     (?i)(?:auch|ebenfalls|noch mehr) interessant(?: für (?:dich|sie|euch))?
    regex     (?i)(?:most|the most) (?:read|popular|viewed|shared|commented|watched)(?: (?:this|last) (?:week|month)| today| right now| now)?
    regex     (?i)(?:beliebte|ähnliche|verwandte|weitere|neueste) (?:beiträge|artikel|themen) (?:zum|zu diesem|aus dem|in dieser|dieser|dieses) ?(?:thema|kategorie|rubrik|autors|autorin|blogs)?\s*:?
    regex     (?i)weitere (?:pressemitteilungen|pressemeldungen|artikel|beiträge|meldungen|news|nachrichten) (?:dieses|dieser|des|der|von|vom) \p{L}+
    regex     (?i)(?:más sobre|mais sobre|plus sur|meer over|больше о) \p{L}[\p{L}\p{N} '’&-]*
    regex     (?i)(?:other (?:news|stories|articles) in this section|more in this section|more in this category|next up in \p{L}[\p{L} &'’-]*|weitere (?:artikel|beiträge|meldungen) in dieser (?:rubrik|kategorie)|autres articles (?:de la|dans la) rubrique|otras noticias de la sección|altri articoli nella sezione|outras notícias da seção|meer in deze rubriek)
    regex     (?i)(?:meistgelesen|meist gelesen|am meisten gelesen)(?:e)?(?: (?:artikel|beiträge|news))?(?: (?:der woche|heute|des tages))?
    remove    Das könnte Dich auch noch interessieren
    remove    Auch interessant für dich
    remove    Most Popular This Week
    remove    Beliebte Beiträge zum Thema:
    remove    Weitere Pressemitteilungen dieses Verbands
    remove    Más sobre La Tercera AM
    keep      Most read the report before the vote, the speaker said.

rule related.heading-topthemen related line
    line      alone
    max-words 3
    phrase    Topthemen
    phrase    Top-News
    phrase    Top News
    phrase    Schlagzeilen
    phrase    Headlines
    phrase    Top headlines
    phrase    À la une
    phrase    Titulares
    phrase    Manchetes
    phrase    Главное
    phrase    Najnowsze
    phrase    Najczęściej czytane
    phrase    Luetuimmat
    phrase    Letzte Meldungen
    phrase    Dernières nouvelles
    phrase    Dernières actualités
    phrase    Últimas noticias
    phrase    Últimas notícias
    phrase    Ultime notizie
    phrase    Laatste nieuws
    phrase    Последние новости
    phrase    Najnowsze wiadomości
    phrase    Uusimmat uutiset
    phrase    Senaste nytt
    phrase    Mest lästa
    remove    Topthemen
    remove    Top headlines
    keep      Topthemen der Sitzung waren der Haushalt und die neue Schule, sagte der Bürgermeister.


# Event-calendar boxes ("Kommende Veranstaltungen", "Es gibt derzeit keine
# bevorstehenden Veranstaltungen.").
rule related.events related line
    line      alone
    max-words 9
    phrase    Kommende Veranstaltungen
    phrase    Kommende Events
    phrase    Kommende Termine
    phrase    Nächste Termine
    phrase    Nächste Veranstaltungen
    phrase    Alle Termine
    phrase    Alle Veranstaltungen
    phrase    Weitere Veranstaltungen
    phrase    Upcoming events
    phrase    All events
    phrase    View all events
    phrase    Es gibt derzeit keine bevorstehenden Veranstaltungen
    phrase    Keine bevorstehenden Veranstaltungen
    phrase    There are no upcoming events
    phrase    No upcoming events
    phrase    Prochains événements
    phrase    Próximos eventos
    phrase    Prossimi eventi
    phrase    Komende evenementen
    phrase    Ближайшие события
    remove    Kommende Events
    remove    Es gibt derzeit keine bevorstehenden Veranstaltungen.
    remove    weitere Veranstaltungen ...
    keep      Kommende Veranstaltungen des Vereins sollen im Gemeindehaus stattfinden, sagte der Vorsitzende.

rule related.topics-in-article related line
    line      alone
    max-words 5
    phrase    Themen im Artikel
    phrase    Themen in diesem Artikel
    phrase    Themen dieses Artikels
    phrase    Topics in this article
    phrase    Sujets de l'article
    phrase    Temas de este artículo
    phrase    Argomenti dell'articolo
    phrase    Temas deste artigo
    remove    Themen im Artikel
    keep      Themen im Artikel sind der Haushalt und die Schule.

# Tag lines in more wordings ("getaggt mit:", "Tagged with:", "Verschlagwortet mit:").
rule related.tags-more related line
    line      starts
    max-words 30
    regex     (?i)(?:getaggt mit|getagged mit|verschlagwortet mit|markiert mit|schlagwörter|tagged with|tagged as|tagged|étiqueté avec|etiquetado con|etiquetado como|taggato con|marcado com|getagd met|метки|tagi)\s*:
    remove    getaggt mit:Bedingungsloses GrundeinkommenBerlinDemonstration
    remove    Tagged with: politics, elections
    keep      The whale was tagged with a satellite transmitter: it swam 2,000 miles in a month.

# Teasers that end in their own "read more" link ("... Hintergründe. mehr",
# "... Seht selbst! Weiterlesen", "... the guide. Read more »").
rule related.teaser-read-more related line
    line      ends
    max-words 60
    regex     (?i)(?:…|\.\.\.|[.!?»"“”)])\s*(?:weiterlesen|mehr lesen|zum artikel|zum beitrag|read more|read the full story|continue reading|keep reading|lire la suite|lire plus|leer más|seguir leyendo|leggi tutto|leggi di più|continua a leggere|leia mais|continue lendo|lees verder|lees meer|читать далее|читать дальше|czytaj dalej|lue lisää|läs mer|mehr|weiter)\s*[›»→>…]*\s*$
    remove    Was gibt es Neues? Regelmäßig beantwortet der Forscher Fragen und erläutert Hintergründe. mehr
    remove    Sommerzeit ist Urlaubszeit, das lässt sich niemand zwei Mal sagen. Seht selbst! Weiterlesen
    remove    Energiewende: fünf Kernforderungen für den Ausbau der Windenergie vor. Weiter ›
    remove    The guide covers everything from vegan ramen to convenience stores... Read more »
    keep      Danach wollte er nicht mehr.

# Calls to click through: "Click here to read ...", "Clique na imagem acima e veja ...",
# "Klicken Sie hier, um ...", "Cliquez ici pour ...". The line is a link, not text.
rule related.click-through related line
    line      starts
    max-words 30
    regex     (?i)(?:click|tap) (?:here|on the (?:image|photo|picture|link|button|banner)(?: above| below)?),? (?:to|and) (?:read|see|view|find|watch|learn|get|download|discover|listen|check)\b
    regex     (?i)clique (?:aqui |no link |na imagem |na foto |no botão |no banner )?(?:(?:acima|abaixo|ao lado) )?(?:d[oa] \p{L}+ )?e (?:veja|saiba|confira|leia|descubra|assista|ouça|acesse)\b
    regex     (?i)(?:klicken sie|klick|klicke) (?:hier|auf das bild|auf den link|auf den button),? (?:und|um) 
    regex     (?i)(?:haz clic|haga clic|pulsa|pulse|pincha) (?:aquí|en la imagen|en el enlace) (?:y|para) 
    regex     (?i)cliquez (?:ici|sur l'image|sur le lien|sur l’image) (?:pour|et) 
    regex     (?i)clicca (?:qui|sull'immagine|sul link|sull’immagine) (?:per|e) 
    remove    Click here to read the full report.
    remove    Clique na imagem acima e veja como está o ranking dos pilotos nesta temporada.
    remove    Clique e saiba os horários da TV do GP do Brasil
    remove    Klicken Sie hier, um die Bildergalerie zu sehen.
    keep      Readers who click on the link are taken to a page that asks for their password, the police said.
