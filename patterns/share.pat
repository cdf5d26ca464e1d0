# share: share bars and buttons, social "follow us" lines, like widgets and
# "did you like this article" prompts.
# Conventions: single button words (Share, Tweet, Print, Email, network names) are weak
# and must stand alone on their line; a share bar is a run of them, which goes as a
# whole. Multi-word button texts and whole bars on one line are strong.

rule share.button-phrases share line
    line      alone
    max-words 10
    phrase    Share this
    phrase    Share this article
    phrase    Share this story
    phrase    Share this post
    phrase    Share this page
    phrase    Share the article
    phrase    Share article
    phrase    Share story
    phrase    Share via
    phrase    Share via Email
    phrase    Share by email
    phrase    Email this article
    phrase    Print this article
    phrase    Print this page
    phrase    Copy link
    phrase    Copy URL
    phrase    Link copied
    phrase    Artikel teilen
    phrase    Diesen Artikel teilen
    phrase    Beitrag teilen
    phrase    Seite teilen
    phrase    Teilen mit:
    phrase    Teilen Sie dies mit
    phrase    Mit Freunden teilen
    phrase    Artikel drucken
    phrase    Seite drucken
    phrase    Artikel versenden
    phrase    Per E-Mail teilen
    phrase    Per Mail versenden
    phrase    Link kopieren
    phrase    Get short URL
    phrase    Get short link
    phrase    Short URL
    phrase    Kurz-URL
    phrase    Kurzlink kopieren
    phrase    Permalink kopieren
    phrase    Copy permalink
    phrase    Partager cet article
    phrase    Partager l'article
    phrase    Copier le lien
    phrase    Compartir esta noticia
    phrase    Compartir este artículo
    phrase    Copiar enlace
    phrase    Condividi questo articolo
    phrase    Copia link
    phrase    Compartilhe esta notícia
    phrase    Compartilhe este artigo
    phrase    Copiar link
    phrase    Deel dit artikel
    phrase    Kopieer link
    phrase    Поделиться в
    phrase    Поделиться ссылкой
    regex     (?:share this(?: article| story| post| page)? on|share this via)\s+(?:facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|email|e-mail|messenger)
    regex     (?:share|post|teilen|partager|compartir|condividi|compartilhar|compartilhe|delen|deel)\s+(?:on|auf|sur|en|su|no|na|op|via|bei|in)\s+(?:facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|xing|telegram|tumblr|flipboard|messenger|email|e-mail|threads|bluesky|mastodon)
    regex     (?:auf|bei|via)\s+(?:facebook|twitter|linkedin|whatsapp|pinterest|xing|telegram|flipboard)\s+(?:teilen|twittern|posten|merken)
    remove    Share on Facebook
    remove    » Share on Twitter (3)
    remove    Diesen Artikel teilen
    remove    Auf Facebook teilen
    keep      More than a million people share on Facebook every day their holiday photos.
    keep      Share this article with anyone who doubts the numbers, the campaign urged its supporters.

rule share.button-words share line
    strength  weak
    line      alone
    max-words 3
    phrase    Share
    phrase    Shares
    phrase    Tweet
    phrase    Print
    phrase    Email
    phrase    E-mail
    phrase    Mail
    phrase    Facebook
    phrase    Twitter
    phrase    X (Twitter)
    phrase    WhatsApp
    phrase    LinkedIn
    phrase    Pinterest
    phrase    Pin
    phrase    Pin it
    phrase    Reddit
    phrase    Xing
    phrase    Telegram
    phrase    Flipboard
    phrase    Pocket
    phrase    Tumblr
    phrase    Messenger
    phrase    Instagram
    phrase    YouTube
    phrase    TikTok
    phrase    Threads
    phrase    Bluesky
    phrase    Mastodon
    phrase    RSS
    phrase    SMS
    phrase    Comment
    phrase    Save
    phrase    Teilen
    phrase    Twittern
    phrase    Drucken
    phrase    Versenden
    phrase    Merken
    phrase    Partager
    phrase    Imprimer
    phrase    Envoyer
    phrase    Compartir
    phrase    Imprimir
    phrase    Enviar
    phrase    Condividi
    phrase    Stampa
    phrase    Compartilhar
    phrase    Compartilhe
    phrase    Baixar
    phrase    Delen
    phrase    Deel
    phrase    Printen
    phrase    Поделиться
    phrase    Распечатать
    phrase    ВКонтакте
    phrase    Одноклассники
    remove    Share
    remove    * Twitter
    remove    Tweet
    remove    Drucken
    keep      Share prices fell 3% after the company said it would cut jobs.

rule share.click-to share line
    line      starts
    max-words 16
    regex     click to (?:share|email|print|tweet)
    regex     klicken,? um (?:auf|über|per|mit) .+(?:teilen|drucken|senden|versenden)
    regex     zum (?:teilen|drucken|senden) .*klicken
    regex     cliquez pour partager
    regex     haz clic para compartir
    regex     fai clic per condividere
    regex     clique para compartilhar
    remove    Click to share on WhatsApp (Opens in new window)
    remove    Klicken, um auf Twitter zu teilen (Wird in neuem Fenster geöffnet)
    keep      Users who click to share a story are often unaware of how the data is used, the study found.

rule share.bar share line
    line      alone
    max-words 14
    regex     (?:facebook|twitter|whatsapp|linkedin|pinterest|pint|reddit|xing|telegram|flipboard|pocket|tumblr|messenger|e-?mail|mail|print|drucken|teilen|twittern|tweet|share|sms|copy link|baixar|imprimir|compartir|compartilhar|partager|imprimer|condividi|delen|vk|instagram|youtube)\b(?:[\s|·•/,]+(?:facebook|twitter|whatsapp|linkedin|pinterest|pint|reddit|xing|telegram|flipboard|pocket|tumblr|messenger|e-?mail|mail|print|drucken|teilen|twittern|tweet|share|sms|copy link|baixar|imprimir|compartir|compartilhar|partager|imprimer|condividi|delen|vk|instagram|youtube)\b){1,}
    remove    Whatsapp   Facebook   Pint   Baixar
    remove    teilen twittern E-Mail
    remove    Facebook | Twitter | WhatsApp | E-Mail
    keep      Facebook and Twitter said on Monday they would remove the accounts.

rule share.like-widget share line
    max-words 15
    phrase    Like this:
    phrase    Like Loading...
    phrase    Be the first to like this
    phrase    bloggers like this
    phrase    Gefällt mir:
    phrase    Gefällt mir Wird geladen
    phrase    Liken Lade
    phrase    Sei der Erste dem dies gefällt
    phrase    Sei der Erste, dem dies gefällt
    phrase    Bloggern gefällt das
    phrase    Einem Blogger gefällt dies
    phrase    Like it? Share it!
    phrase    Did you like this article?
    phrase    Did you enjoy this article?
    phrase    Was this article helpful?
    phrase    Was this helpful?
    phrase    Rate this article
    phrase    Dir hat der Artikel gefallen?
    phrase    Der Artikel gefällt dir?
    phrase    Hat Ihnen der Artikel gefallen?
    phrase    Hat dir der Artikel gefallen?
    phrase    Möchten Sie den Artikel teilen?
    phrase    War der Artikel nützlich?
    phrase    War dieser Artikel hilfreich?
    phrase    Wie bewerten Sie diesen Artikel?
    phrase    Wie hat Ihnen der Artikel gefallen?
    phrase    Artikel bewerten
    phrase    Cet article vous a-t-il été utile ?
    phrase    ¿Te ha gustado este artículo?
    phrase    ¿Te gustó este artículo?
    phrase    Ti è piaciuto questo articolo?
    phrase    Gostou deste artigo?
    phrase    Gostou da matéria?
    phrase    Vond je dit artikel nuttig?
    phrase    Вам понравилась статья?
    remove    %d bloggers like this:
    remove    Gefällt mir Wird geladen …
    remove    Sei der Erste dem dies gefällt.
    remove    Dir hat der Artikel gefallen? Jetzt teilen...
    keep      Voters said they did not like this plan, and the council dropped it.

rule share.like-word share line
    strength  weak
    line      alone
    max-words 3
    phrase    Like
    phrase    Gefällt mir
    phrase    Liken
    phrase    J'aime
    phrase    Me gusta
    phrase    Mi piace
    phrase    Curtir
    phrase    Vind ik leuk
    phrase    Нравится
    remove    Gefällt mir
    remove    Like
    keep      Like many others, the family left the city in the summer.

rule share.follow share line
    max-words 25
    line      starts
    phrase    Follow us on
    phrase    Follow us
    phrase    Like us on Facebook
    phrase    Find us on Facebook
    phrase    Join us on
    phrase    Connect with us
    phrase    Stay connected
    phrase    Chat with us on
    phrase    Chat with us in
    phrase    Chat with us via
    phrase    Folgen Sie uns
    phrase    Folge uns
    phrase    Folgt uns
    phrase    Besuchen Sie uns auf
    phrase    Suivez-nous
    phrase    Retrouvez-nous sur
    phrase    Síguenos
    phrase    Seguici
    phrase    Siga-nos
    phrase    Nos siga
    phrase    Siga o
    phrase    Volg ons
    phrase    Подписывайтесь на нас
    phrase    Мы в соцсетях
    regex     follow \S+(?: \S+){0,3} on (?:twitter|facebook|instagram|linkedin|x|threads|bluesky|mastodon|tiktok)
    regex     folgen sie \S+(?: \S+){0,3} auf (?:twitter|facebook|instagram|linkedin|x)
    remove    Follow us on Twitter
    remove    Folgen Sie uns auf Facebook, Twitter und Instagram
    remove    Follow Jane Smith on Twitter: @janesmith
    remove    Follow The Daily Post on Twitter and Instagram @dailypost and on Facebook @dailypostnews
    remove    Nos siga no Instagram
    remove    Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.
    keep      Analysts who follow the company on Twitter noted the change in tone within minutes.

rule share.count share line
    line      alone
    max-words 4
    regex     \d[\d.,]*\s*[kKmM]?\s*(?:shares|share|teilen|mal geteilt|partages|compartidos|veces compartido|condivisioni|compartilhamentos|keer gedeeld|репост(?:ов|а)?)
    remove    0 Shares
    remove    1.2K shares
    keep      The fund sold 2,000 shares of the company last week, filings show.

# "If you enjoyed this article, share it / support us": a call to action after the text.
rule share.enjoyed share line
    max-words 40
    phrase    If you enjoyed reading this
    phrase    If you enjoyed this article
    phrase    If you enjoyed this post
    phrase    If you liked this article
    phrase    Wenn Ihnen dieser Artikel gefallen hat
    phrase    Wenn dir dieser Artikel gefallen hat
    phrase    Hat Ihnen dieser Artikel gefallen
    phrase    Si cet article vous a plu
    phrase    Si te gustó este artículo
    phrase    Se ti è piaciuto questo articolo
    phrase    Se você gostou deste artigo
    remove    If you enjoyed reading this post, please share it with your friends.
    remove    Wenn Ihnen dieser Artikel gefallen hat, teilen Sie ihn gern.
    keep      Critics who enjoyed reading the first novel were disappointed by the sequel.

# Like buttons alone on their line.
rule share.like-button share line
    strength  weak
    line      alone
    max-words 3
    phrase    Gefällt mir
    phrase    Like
    phrase    J'aime
    phrase    Me gusta
    phrase    Mi piace
    phrase    Curtir
    remove    Gefällt mir
    remove    Like (12)
    keep      Like many cities, Vienna has raised its parking fees this year.

rule share.follow-name share line
    max-words 40
    line      starts
    case      sensitive
    regex     (?:Follow|FOLLOW|Folgen Sie|Folge|Suivez|Siga|Segui|Sigue|Volg) (?:[\p{Lu}@][\p{L}\p{N}@&.'’-]*\s?){1,5} (?:on|auf|sur|en|no|su|op) (?:Twitter|Facebook|Instagram|LinkedIn|YouTube|TikTok|X|Telegram|Threads|Bluesky|Mastodon)\b
    remove    Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica.
    remove    Follow Jane Doe on Twitter: @janedoe
    remove    Folgen Sie Der Zeitung auf Facebook
    keep      Follow the money, investigators said on Twitter after the hearing, and you will find the culprit.

rule share.button-words-pl share line
    line      alone
    max-words 3
    phrase    Udostępnij
    phrase    Podziel się
    remove    Udostępnij
    keep      Podziel się z nami swoją opinią o nowym planie miasta, zachęca burmistrz.

# Download-as-PDF and print buttons with a short object ("Dieses Skript als PDF
# herunterladen", "Download this article as PDF").
rule share.pdf-download share line
    line      ends
    max-words 7
    regex     (?i)(?:als|as|en|in|em|come|in formato|als een)\s+pdf\s+(?:herunterladen|downloaden|speichern|laden|download|télécharger|descargar|scaricare|baixar)
    regex     (?i)(?:download|herunterladen|télécharger|descargar|scarica|baixar|downloaden)(?:\s+(?:this|the|dieses|diesen|den|die|das|cet|el|este|questo|o|este|dit|het))?(?:\s+\p{L}+)?\s+(?:as|als|en|in|em|come)\s+pdf
    regex     (?i)(?:pdf herunterladen|pdf downloaden|download pdf|pdf download|télécharger le pdf|descargar pdf|scarica il pdf|baixar pdf)
    remove    Dieses Skript als PDF herunterladen
    remove    Download this article as PDF
    remove    PDF herunterladen
    keep      Die Behörde stellte den Bericht als PDF online.

# WordPress like widget variants and share-bar words in more languages.
rule share.like-widget-more share line
    max-words 8
    phrase    Gefällt mir Lade
    phrase    Like Loading
    phrase    J'aime Chargement
    phrase    Me gusta Cargando
    phrase    Mi piace Caricamento
    phrase    Curtir Carregando
    remove    Gefällt mir Lade...
    remove    J'aime Chargement…
    keep      Mir gefällt das neue Stadion sehr, sagte der Trainer.

rule share.button-phrases-more share line
    line      alone
    max-words 6
    phrase    Udostępnij na Facebooku
    phrase    Udostępnij na FB
    phrase    Udostępnij na Twitterze
    phrase    Jaa Facebookissa
    phrase    Jaa Twitterissä
    phrase    Dela på Facebook
    phrase    Dela artikeln
    phrase    Jaa artikkeli
    phrase    Sdílet na Facebooku
    phrase    Den Artikel mit anderen teilen
    phrase    Artikel weiterempfehlen
    phrase    Seite weiterempfehlen
    phrase    Recommend this article
    phrase    Send to a friend
    phrase    Email to a friend
    phrase    An einen Freund senden
    phrase    Envoyer à un ami
    phrase    Enviar a un amigo
    phrase    Invia a un amico
    phrase    Enviar para um amigo
    remove    Udostępnij na FB (1)
    remove    Artikel weiterempfehlen
    keep      Udostępnij na Facebooku zdjęcia z wakacji, namawiał syna ojciec przez cały tydzień.

# Site-feedback prompts ("Wie gefällt Ihnen unsere Website?", "Was this page helpful?").
rule share.page-feedback share line
    max-words 16
    phrase    Wie gefällt Ihnen unsere Website
    phrase    Wie gefällt Ihnen unsere Webseite
    phrase    Wie gefällt dir unsere Website
    phrase    War diese Seite hilfreich
    phrase    War diese Information hilfreich
    phrase    Ist diese Seite hilfreich
    phrase    Was this page helpful
    phrase    Was this page useful
    phrase    Is this page useful
    phrase    Did you find this page useful
    phrase    Cette page vous a-t-elle été utile
    phrase    Cette information vous a-t-elle été utile
    phrase    ¿Te ha resultado útil esta página
    phrase    ¿Le resultó útil esta página
    phrase    ¿Te ha sido útil esta información
    phrase    Questa pagina ti è stata utile
    phrase    Esta página foi útil
    phrase    Was deze pagina nuttig
    phrase    Была ли эта страница полезной
    phrase    Feedback to editors
    phrase    Send feedback to the editors
    remove    Wie gefällt Ihnen unsere Website www.zoll.de? Teilen Sie es uns mit!
    remove    Was this page helpful?
    keep      Officials asked whether the page was useful to anyone at all.

# A labelled share bar on one line ("Share on: Facebook Twitter Reddit", "Teilen auf:
# Facebook WhatsApp"), and the share menu's "All sharing options for: ...".
rule share.labelled-bar share line
    line      starts
    max-words 14
    regex     (?i)(?:share|share this|teilen|jetzt teilen|partager|compartir|compártelo|condividi|compartilhe|compartilhar|delen|deel|поделиться|udostępnij|jaa|dela)(?: (?:on|auf|via|sur|en|su|no|na|op|в|przez))?\s*:\s*(?:facebook|twitter|whatsapp|linkedin|e-?mail|pinterest|reddit|x|telegram|xing|flipboard|messenger|vk|google\+?)(?:[\s,|·•/]+(?:facebook|twitter|whatsapp|linkedin|e-?mail|pinterest|reddit|x|telegram|xing|flipboard|messenger|vk|google\+?))+
    phrase    Share All sharing options for
    remove    Share on: Facebook Twitter Reddit Google+
    remove    Teilen: Facebook WhatsApp E-Mail
    remove    Share All sharing options for: The law that’s helping fuel air pollution
    keep      Share: Facebook's stock fell 3% on the news.

# An author's "follow me" line, often the last sentence of a bio box.
rule share.follow-me share line
    max-words 40
    phrase    keep up with me on
    phrase    Follow me on Twitter
    phrase    Follow me on Instagram
    phrase    Follow me on Facebook
    phrase    You can follow him on
    phrase    You can follow her on
    phrase    You can follow me on
    phrase    Folge mir auf
    phrase    Folgen Sie mir auf
    phrase    Suivez-moi sur
    phrase    Sígueme en
    phrase    Seguimi su
    phrase    Siga-me no
    phrase    Siga-me nas
    phrase    Volg mij op
    phrase    Подписывайтесь на меня
    remove    Senior Editor with a focus on all things tech and gaming. You can keep up with me on Twitter: @example
    remove    Folge mir auf Instagram für mehr Rezepte!
    keep      Follow me, the guide said, and the group walked on through the snow towards the hut.
