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
    remove   