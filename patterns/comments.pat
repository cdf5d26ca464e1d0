# comments: comment widgets: headings and counters ("Leave a comment", "0 Comments",
# "Kommentare"), the comment form and its small print, login prompts, moderation
# notices and commenting-platform credits.
# Conventions: headings and counters alone on their line are strong; form labels and
# buttons ("Name", "Reply", "Antworten") are weak; form small print is strong.

rule comments.heading-en comments line
    line      alone
    max-words 8
    phrase    Comments
    phrase    Comment
    phrase    Leave a comment
    phrase    Leave a Reply
    phrase    Leave a reply
    phrase    Leave your comment
    phrase    Post a comment
    phrase    Post Comment
    phrase    Post Your Comments
    phrase    Add a comment
    phrase    Add comment
    phrase    Write a comment
    phrase    Show comments
    phrase    View comments
    phrase    Load comments
    phrase    Hide comments
    phrase    All comments
    phrase    Show new comments
    phrase    Comments are closed.
    phrase    Comments are closed
    phrase    Comments closed
    phrase    No comments yet
    phrase    Be the first to comment
    phrase    Join the discussion
    phrase    Join the conversation
    phrase    Want to join the discussion?
    phrase    Feel free to contribute!
    phrase    Share your thoughts
    phrase    What do you think?
    phrase    Reader comments
    phrase    Discussion
    phrase    Cancel reply
    phrase    Log in to Reply
    phrase    Log in to comment
    phrase    Sign in to comment
    phrase    Responses
    phrase    Trackbacks
    phrase    Pingbacks
    remove    Leave a Reply
    remove    Comments are closed.
    remove    Want to join the discussion?
    remove    Show new comments (0)
    keep      Comments from the minister were widely criticised on Monday.

rule comments.heading-de comments line
    line      alone
    max-words 10
    phrase    Kommentare
    phrase    Kommentar
    phrase    Kommentieren
    phrase    Kommentar verfassen
    phrase    Kommentar schreiben
    phrase    Kommentar abschicken
    phrase    Kommentar absenden
    phrase    Schreibe einen Kommentar
    phrase    Schreiben Sie einen Kommentar
    phrase    Hinterlasse einen Kommentar
    phrase    Hinterlasse jetzt einen Kommentar
    phrase    Hinterlassen Sie einen Kommentar
    phrase    Hinterlasse eine Antwort
    phrase    Antwort hinterlassen
    phrase    Es gibt noch keine Kommentare
    phrase    Noch keine Kommentare
    phrase    Keine Kommentare
    phrase    Kommentare sind geschlossen
    phrase    Kommentare geschlossen
    phrase    Die Kommentarfunktion ist geschlossen
    phrase    Kommentarfunktion deaktiviert
    phrase    Diskutieren Sie mit
    phrase    Diskutiere mit
    phrase    Aktuelle Kommentare
    phrase    Neueste Kommentare
    phrase    Leserkommentare
    phrase    Kommentare anzeigen
    phrase    Kommentare ausblenden
    phrase    Alle Kommentare
    phrase    Alle Kommentare anzeigen
    phrase    Hier ist Ihre Meinung gefragt
    phrase    Ihre Meinung ist gefragt
    phrase    Ihre Meinung
    phrase    Deine Meinung
    phrase    Antworten abbrechen
    phrase    Antwort abbrechen
    phrase    Schreib du doch einen
    phrase    Schreib den ersten Kommentar
    remove    Kommentare
    remove    Hinterlasse jetzt einen Kommentar
    remove    Es gibt noch keine Kommentare.
    remove    Kommentare:
    keep      Die Kommentare des Ministers sorgten am Montag für Empörung.

rule comments.heading-intl comments line
    line      alone
    max-words 8
    phrase    Commentaires
    phrase    Commentaire
    phrase    Laisser un commentaire
    phrase    Ajouter un commentaire
    phrase    Réagir
    phrase    Réagissez
    phrase    Comentarios
    phrase    Comentario
    phrase    Deja un comentario
    phrase    Deja tu comentario
    phrase    Añadir comentario
    phrase    Comentar
    phrase    Commenti
    phrase    Commento
    phrase    Lascia un commento
    phrase    Aggiungi un commento
    phrase    Comentários
    phrase    Comentário
    phrase    Deixe um comentário
    phrase    Deixe seu comentário
    phrase    Comente
    phrase    Reacties
    phrase    Reactie
    phrase    Laat een reactie achter
    phrase    Plaats een reactie
    phrase    Reageer
    phrase    Reageren
    phrase    Комментарии
    phrase    Оставить комментарий
    phrase    Добавить комментарий
    phrase    Написать комментарий
    phrase    Комментариев нет
    phrase    Komentarze
    phrase    Dodaj komentarz
    phrase    إضافة تعليق جديد
    remove    Laisser un commentaire
    remove    Deja un comentario
    remove    Комментарии
    remove    Komentarze
    keep      Les commentaires du ministre ont provoqué une vive polémique lundi.

rule comments.count comments line
    line      alone
    max-words 4
    regex     \d[\d.,]*\s*(?:comments?|kommentare?|commentaires?|comentarios?|commenti|commento|comentários|comentário|reacties|reactie|antworten|replies|responses|комментари(?:й|я|ев)|komentarz(?:y|e)?)
    regex     (?:comments|kommentare|commentaires|comentarios|commenti|comentários|reacties|комментарии)\s*\(\d+\)
    remove    0 Comments
    remove    71 Kommentare
    remove    Comments (12)
    keep      More than 300 comments were posted within an hour, the site said.

rule comments.form-notes comments line
    max-words 45
    phrase    Your email address will not be published
    phrase    email address will not be published
    phrase    Required fields are marked
    phrase    Notify me of follow-up comments by email
    phrase    Notify me of new posts by email
    phrase    Save my name, email, and website in this browser
    phrase    This site uses Akismet to reduce spam
    phrase    Learn how your comment data is processed
    phrase    You must be logged in to post a comment
    phrase    You are commenting using your
    phrase    By submitting this form you agree
    phrase    By submitting your comment
    phrase    Comments are subject to our community guidelines
    phrase    Comments are moderated
    phrase    comments powered by Disqus
    phrase    Please enable JavaScript to view the comments
    phrase    Ihre E-Mail-Adresse wird nicht veröffentlicht
    phrase    Deine E-Mail-Adresse wird nicht veröffentlicht
    phrase    Adresse wird nicht veröffentlicht
    phrase    wird nicht veröffentlicht. Erforderliche Felder
    phrase    Erforderliche Felder sind mit
    phrase    Pflichtfelder sind mit
    phrase    Benachrichtige mich über nachfolgende Kommentare
    phrase    Benachrichtige mich über neue Beiträge
    phrase    Informiere mich über neue Beiträge per E-Mail
    phrase    Benachrichtigung bei weiteren Kommentaren
    phrase    Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser speichern
    phrase    Diese Website verwendet Akismet
    phrase    Diese Seite verwendet Akismet
    phrase    Erfahre mehr darüber, wie deine Kommentardaten verarbeitet werden
    phrase    Adresse wird niemals veröffentlicht
    phrase    Gib hier deinen Kommentar ein
    phrase    Du kommentierst mit deinem
    phrase    Sie kommentieren mit Ihrem
    phrase    Verbinde mit %s
    phrase    Sie müssen angemeldet sein, um einen Kommentar
    phrase    Du musst angemeldet sein, um einen Kommentar
    phrase    Nur angemeldete Benutzer können kommentieren
    phrase    um Kommentare zu schreiben
    phrase    Melden Sie sich an, um zu kommentieren
    phrase    Kommentare werden moderiert
    phrase    Kommentare werden vor der Veröffentlichung geprüft
    phrase    Votre adresse e-mail ne sera pas publiée
    phrase    Votre adresse de messagerie ne sera pas publiée
    phrase    Connectez-vous pour commenter
    phrase    Tu dirección de correo electrónico no será publicada
    phrase    Inicia sesión para comentar
    phrase    Il tuo indirizzo email non sarà pubblicato
    phrase    O seu endereço de email não será publicado
    phrase    O seu endereço de e-mail não será publicado
    phrase    Seu endereço de e-mail não será publicado
    phrase    Je e-mailadres wordt niet gepubliceerd
    phrase    Ваш адрес email не будет опубликован
    phrase    Войдите, чтобы оставить комментарий
    remove    Your email address will not be published. Required fields are marked *
    remove    Benachrichtigung bei weiteren Kommentaren per E-Mail senden.
    remove    blog comments powered by Disqus
    remove    Nur angemeldete Benutzer können kommentieren und bewerten.
    keep      The email address of the minister was published by hackers on Monday.

rule comments.form-labels comments line
    strength  weak
    line      alone
    max-words 4
    phrase    Name
    phrase    Name *
    phrase    Email *
    phrase    E-Mail *
    phrase    Website
    phrase    Webseite
    phrase    Comment *
    phrase    Kommentar *
    phrase    Name (erforderlich)
    phrase    E-Mail (erforderlich)
    phrase    Submit
    phrase    Send
    phrase    Senden
    phrase    Absenden
    phrase    Abschicken
    phrase    Reply
    phrase    Antworten
    phrase    Antwort
    phrase    Abbrechen
    phrase    Cancel
    phrase    Report
    phrase    Melden
    phrase    Sort by
    phrase    Sorted by
    phrase    Newest
    phrase    Oldest
    phrase    Best
    phrase    Sortieren nach
    phrase    Neueste zuerst
    phrase    Älteste zuerst
    phrase    Load more
    phrase    Show more
    phrase    Mehr laden
    phrase    Mehr anzeigen
    phrase    Alle anzeigen
    phrase    Répondre
    phrase    Responder
    phrase    Rispondi
    phrase    Beantwoorden
    phrase    Ответить
    remove    Name *
    remove    Reply
    remove    Antworten
    remove    alle anzeigen
    keep      Name the date, the mayor told the negotiators, and we will be there.

rule comments.author-says comments line
    strength  weak
    line      alone
    max-words 6
    regex     \S+(?:\s\S+){0,3}\s(?:says|said|sagt|schreibt|dit|dice|diz|zegt|пишет)\s*:
    regex     in reply to.*
    remove    John Smith says:
    remove    Maria sagt:
    remove    in reply to(Show commentHide comment)
    keep      The minister says: prices will fall next year, and wages will rise.

rule comments.thread-header comments rest
    max-words 16
    case      sensitive
    regex     ^[*•·\-\s]*\p{Lu}[\p{L}'’.()\- ]{0,40}? (?:on|am|le|el|il|em|op) .{0,30}\d{4}.{0,24} (?:said|says|wrote|sagte|sagt|schrieb|schreibt|a dit|a écrit|dijo|escribió|disse|escreveu|ha detto|scrive|zei|schreef)\s*:$
    remove    * Milan Griffes on September 12, 2018 at 4:47 pm said:
    remove    Anna am 12. März 2019 um 10:34 sagte:
    keep      Milan Griffes on September 12, 2018 said: the plan will work.
    keep      Prices rose on Monday, 2019 data said: inflation is back.

rule comments.timestamp comments line
    strength  weak
    line      alone
    max-words 10
    regex     (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2},?\s+\d{4}\s+(?:at|um)\s+\d{1,2}:\d{2}(?:\s*(?:am|pm|uhr))?
    regex     \d{1,2}\.\s?\p{L}+\.?\s+\d{4}\s+(?:um|at)\s+\d{1,2}:\d{2}(?:\s*(?:am|pm|uhr))?
    regex     \d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago
    regex     vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)
    regex     \d{1,2}:\d{2}
    remove    October 9, 2018 at 9:40 am
    remove    2 months ago
    remove    20:37
    remove    12. März 2019 um 10:34 Uhr
    keep      The train left at 9:40 on Monday, October 9, and arrived late.

# Moderation notes under a comment form ("comments are moderated", "appear after review").
rule comments.moderation comments line
    max-words 40
    phrase    comments are moderated
    phrase    comments will be moderated
    phrase    comments may be republished
    phrase    we ask that comments
    phrase    comments appear after approval
    phrase    Kommentare erscheinen erst nach
    phrase    Kommentare werden moderiert
    phrase    Ihr Kommentar wird nach Prüfung
    phrase    Les commentaires sont modérés
    phrase    Los comentarios están moderados
    phrase    I commenti sono moderati
    phrase    Os comentários são moderados
    remove    All comments are moderated before they appear on the site.
    remove    Keine Kommentare (Kommentare erscheinen erst nach Freigabe durch die Redaktion)
    keep      The forum said comments from users in the region had become more hostile.

rule comments.moderation-more comments line
    max-words 60
    phrase    be respectful of other commenters
    phrase    Our goal with article comments
    phrase    Comments are subject to our community guidelines
    phrase    não serão aprovados pelo moderador
    phrase    serão aprovados pelo moderador
    phrase    Comentários com textos
    phrase    Los comentarios que no cumplan
    phrase    comentarios ofensivos
    phrase    I commenti che non rispettano
    phrase    Les commentaires injurieux
    phrase    Kommentare, die gegen
    phrase    abide by our submission guidelines
    phrase    be mindful of our community standards
    phrase    read our community guidelines
    phrase    Please read our commenting guidelines
    phrase    Bitte beachten Sie unsere Community-Richtlinien
    phrase    Bitte beachte unsere Community-Richtlinien
    phrase    Should you violate our submission guidelines
    phrase    avoid posting profanity
    phrase    Bitte beachten Sie unsere Netiquette
    phrase    Bitte beachte unsere Netiquette
    phrase    Bitte beachten Sie unsere Kommentarrichtlinien
    phrase    Bitte beachte unsere Richtlinien zum Erstellen von Kommentaren
    phrase    Veuillez respecter notre charte
    phrase    Por favor, respeta nuestras normas
    remove    ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.
    remove    Comments are subject to our community guidelines, which can be viewed here.
    remove    As you comment, please be respectful of other commenters and other viewpoints.
    keep      The moderator said the comments would be reviewed by the board before the vote.

rule comments.data-consent comments line
    max-words 100
    phrase    for the purposes of spam filtering
    phrase    You may revoke this consent at any time
    phrase    Further information on data privacy can be found
    phrase    zum Zwecke der Spamfilterung
    phrase    zur Spamfilterung
    phrase    Sie können diese Einwilligung jederzeit
    phrase    Weitere Informationen zum Datenschutz finden Sie
    phrase    By subscribing I accept
    phrase    By subscribing, I accept
    phrase    By signing up, you agree to
    phrase    By signing up you agree to
    phrase    Mit der Anmeldung akzeptiere
    phrase    En vous inscrivant, vous acceptez
    phrase    Al suscribirte, aceptas
    phrase    Ao se inscrever, você concorda
    remove    Your personal data will only be disclosed or otherwise transmitted to third parties for the purposes of spam filtering.
    remove    You may revoke this consent at any time with effect for the future.
    remove    By subscribing I accept the terms of use
    keep      The court said the company had to allow users to revoke their consent, and fined it.

rule comments.meta-enfold comments line
    line      starts
    max-words 8
    regex     /\d+\s+(?:Comments?|Kommentare?|Commentaires?|Comentarios?|Commenti)\s*/
    remove    /0 Comments/in /by
    keep      The ratio was 3/10 Comments per page on average, the study found.

rule comments.heading-de-2 comments line
    line      alone
    max-words 4
    phrase    Kommentare schreiben
    phrase    Kommentar hinzufügen
    remove    Kommentare schreiben
    keep      Kommentare schreiben die Leser vor allem am Wochenende, sagt die Redaktion.

# Comment-list headings of blog themes: "12 Antworten zu „Titel“", "3 thoughts on
# “Title”", "Ein Gedanke zu ...".
rule comments.responses-to comments line
    line      starts
    max-words 20
    regex     (?i)(?:\d+|one|ein|eine|zwei|drei)\s+(?:antworten|antwort|kommentare|kommentar|gedanken|gedanke|reaktionen|responses|response|replies|reply|thoughts|thought|comments|comment|réponses|réponse|commentaires|respuestas|comentarios|risposte|commenti|respostas|comentários|reacties|reactie)\s+(?:zu|auf|on|to|à|sur|a|en|em|para|su|op|bij)\s+\S
    remove    142 Antworten zu Würde des Lebens – ein Projekt
    remove    3 thoughts on “Why we moved to a smaller flat”
    remove    Ein Gedanke zu „Sommer in der Stadt“
    keep      Two responses to the crisis were discussed at the summit, the minister said.

# Comment-form notes standing alone: "(wird nicht veröffentlicht)", "(will not be
# published)", next to the e-mail field.
rule comments.field-note comments line
    line      alone
    max-words 6
    phrase    wird nicht veröffentlicht
    phrase    will not be published
    phrase    will never be published
    phrase    ne sera pas publié
    phrase    ne sera pas publiée
    phrase    no será publicado
    phrase    no se publicará
    phrase    non sarà pubblicato
    phrase    não será publicado
    phrase    wordt niet gepubliceerd
    phrase    не будет опубликован
    remove    wird nicht veröffentlicht
    remove    (will not be published)
    keep      The report will not be published before the election, the ministry said on Tuesday.

# Login prompts of comment sections (Drupal and similar): "Log in or register to post
# comments", "Zum Verfassen von Kommentaren bitte anmelden oder registrieren."
rule comments.login-to-comment comments line
    max-words 20
    phrase    Log in or register to post comments
    phrase    Log in to post comments
    phrase    Login to post comments
    phrase    Register to post comments
    phrase    Zum Verfassen von Kommentaren
    phrase    um Kommentare zu verfassen
    phrase    um Kommentare schreiben zu können
    phrase    um einen Kommentar zu schreiben
    phrase    um kommentieren zu können
    phrase    pour poster des commentaires
    phrase    pour publier un commentaire
    phrase    para publicar comentarios
    phrase    regístrate para comentar
    phrase    registrarte para comentar
    phrase    Accedi per commentare
    phrase    per inviare commenti
    phrase    faça login para comentar
    phrase    Log in om te reageren
    phrase    Inloggen om te reageren
    phrase    чтобы оставлять комментарии
    phrase    чтобы оставить комментарий
    remove    Zum Verfassen von Kommentaren bitte anmelden oder registrieren.
    remove    Log in or register to post comments
    remove    Inicia sesión o regístrate para comentar
    keep      Readers wrote to the paper to post comments about the new bus lanes, the editor said.

# The byline row of a post that ends in its comment count: "Freitag | 14. Juni 2019 |
# 15:49 VON Name IN Fashion | 0 COMMENTS", "19.6.2007 9:40 Uhr Name 71 Kommentare".
rule comments.meta-count comments line
    max-words 25
    regex     (?i)[|•·–—/]\s*(?:\d+|no|keine|one|ein|kein)\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|comentários|reacties|responses|replies|antworten)\s*$
    regex     (?i)\d{1,2}[:.]\d{2}(?:\s*(?:uhr|am|pm|h))?\b.{0,60}\s(?:\d+|keine|no)\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|comentários|reacties)\s*$
    remove    Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS
    remove    19.6.2007 9:40 Uhr Christoph Becker 71 Kommentare
    remove    March 3, 2020 · 2 comments
    keep      The thread, opened at 10:30, drew dozens of comments within an hour, the moderators said.

# "Comment by Name — 17.07, 2011 @ 13:04": a comment's header.
rule comments.comment-by comments line
    max-words 14
    case      sensitive
    line      starts
    regex     (?:Comment|Kommentar|Commentaire|Comentario|Commento) (?:by|von|de|di|par) \S.{0,50}\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|Uhr|h))?\s*$
    remove    Comment by Mirko Lange — 17.07, 2011 @ 13:04
    keep      Comment by the minister at 10:30 on Monday angered the unions.

# Comment headings in Polish, Finnish and Swedish.
rule comments.heading-more comments line
    line      alone
    max-words 6
    phrase    Dołącz do dyskusji
    phrase    Skomentuj
    phrase    Kommentoi
    phrase    Kommentit
    phrase    Kommentarer
    phrase    Lämna en kommentar
    phrase    Kommentera
    remove    dołącz do dyskusji
    remove    Lämna en kommentar
    keep      Dołącz do dyskusji o przyszłości miasta, zaprasza burmistrz wszystkich mieszkańców dzielnicy.

# An author's name followed by the comment count, as a post's footer row shows it
# ("Christoph Becker 71 Kommentare").
rule comments.name-count comments line
    line      alone
    max-words 6
    case      sensitive
    regex     \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2} \d+ (?:Kommentare|Kommentar|Comments|Comment|Commentaires|Comentarios|Commenti|Comentários|Reacties|Antworten|Replies)
    remove    Christoph Becker 71 Kommentare
    keep      Hans Meier 71 Jahre

# Prompts that open a comment form ("Was denkst du?", "Qu'en pensez-vous ?").
rule comments.prompt comments line
    strength  weak
    line      alone
    max-words 5
    phrase    Was denkst du?
    phrase    Was denken Sie?
    phrase    Was meinst du?
    phrase    Was meinen Sie?
    phrase    Was sagst du dazu?
    phrase    Was sagen Sie dazu?
    phrase    Und was denkst du?
    phrase    Qu'en pensez-vous ?
    phrase    Qu'en pensez-vous?
    phrase    ¿Qué opinas?
    phrase    ¿Qué te parece?
    phrase    Cosa ne pensi?
    phrase    O que você acha?
    phrase    Wat vind jij?
    phrase    Wat denk jij?
    phrase    Что вы думаете?
    remove    Was denkst du?
    keep      Was denkst du, fragte sie, wird morgen die Sonne scheinen?

# Calls to answer in the comments: "Let us know in the comments", "Verraten Sie gerne
# in den Kommentaren:", "Dites-nous dans les commentaires".
rule comments.answer-below comments line
    max-words 30
    regex     (?i)\b(?:let us know|tell us|share your thoughts|sound off|verraten sie(?: uns)?|verratet (?:uns|mir)|sagen sie uns|schreibt (?:uns|mir|es)|schreiben sie (?:uns|es)|diskutiere(?:n sie)?(?: auch)?(?: gerne)? mit uns|dites-nous|cuéntanos|dinos|diteci|fateci sapere|conte-nos|diga-nos|laat het ons weten)\b.{0,40}?\b(?:in the comments|in the comment section|in den kommentaren|in die kommentare|dans les commentaires|en los comentarios|en comentarios|nei commenti|nos comentários|in de reacties|in de comments)
    remove    Let us know down below in the comments or carry the discussion over to our Twitter.
    remove    Verraten Sie gerne in den Kommentaren:
    remove    Deine Meinung ist uns wichtig. Diskutiere auch gerne mit uns in den Kommentaren
    keep      Readers told us in letters, not in the comments, that the new timetable was a mistake; we listened.
