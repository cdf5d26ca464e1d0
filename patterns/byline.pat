# byline: author lines ("By NAME", "Von NAME", "Par NAME", "Por NAME", "di NAME",
# "Door NAME", "Автор: ..."), "Name Surname, Place," lines, publication/update dates and
# reading-time lines near the top of a page, and author boxes.
# Conventions: name shapes rely on capital letters, so those rules are case sensitive;
# they fire only among the first lines (position first 8-10) and on short lines.

rule byline.by-name byline line
    position  first 8
    max-words 14
    case      sensitive
    line      starts
    regex     (?:By|BY|Written by|Words by|Story by|Posted by|Reported by|Text by|Von|VON|Text von|Ein Beitrag von|Ein Kommentar von|Eine Analyse von|Eine Reportage von|Par|PAR|Écrit par|Publié par|Por|POR|Escrito por|Publicado por|di|Di:|Scritto da|Door|DOOR|Geschreven door)\s+\p{Lu}[\p{Ll}\p{Lu}'’.-]*\.?(?:\s+(?:\p{Lu}[\p{Ll}\p{Lu}'’.-]*\.?|van|von|der|den|de|da|del|della|di|du|la|le|dos|das|bin|al|ten|ter|and|und|et|y|e|en|&))*\s+\p{Lu}[\p{Ll}\p{Lu}'’.-]*(?:\s*(?:[,|•·–—-]|$))
    remove    By Jill Disis, CNN Business
    remove    By Tess Bonn - 11/19/19 06:56 AM EST
    remove    By Umair Irfan Updated
    remove    Von Peter Müller und Anna Schmidt
    remove    Par Jean Dupont
    remove    Por María García
    remove    di Mario Rossi
    remove    Door Jan de Vries
    remove    BY JOHN SMITH
    keep      By Friday, the storm had moved out to sea.
    keep      Von Montag an gilt in der Stadt ein Tempolimit.

rule byline.author-label byline line
    max-words 8
    line      starts
    regex     (?:author|authors|autor|autorin|autoren|auteur|autore|autora|text|texte|redakteur|redakteurin|redaktion|reporter|verfasser|verfasst von|geschrieben von|автор|авторы|текст)\s*:\s*\p{L}
    remove    Autor: Max Mustermann
    remove    Text: Anna Schmidt
    remove    Автор: Иван Петров
    keep      Author: a word that the novelist himself disliked, he told the audience.

rule byline.by-alone byline line
    strength  weak
    line      alone
    max-words 2
    phrase    By
    phrase    Von
    phrase    Par
    phrase    Por
    phrase    Door
    phrase    Автор
    remove    By
    remove    Von
    keep      By the end of the year, prices had doubled.

# "Name Surname, Place ," lines are found by the detector detect.byline.

rule byline.dateline-date byline line
    position  first 10
    line      starts
    max-words 14
    regex     (?:published|updated|last updated|last modified|posted|posted on|first published|created|veröffentlicht|aktualisiert|zuletzt aktualisiert|geändert|erstellt|stand|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|laatst bijgewerkt|опубликовано|обновлено)(?:\s+(?:on|at|am|um|le|el|em|il|op))?\s*:?[^\p{L}\d]{0,5}(?:\d|(?:jan|feb|mar|mär|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janv|févr|avr|juil|août|déc|ene|abr|ago|dic|gen|giu|lug|set|ott|fev|out|mei|янв|фев|мар|апр|мая|июн|июл|авг|сен|окт|ноя|дек))
    remove    Published: 12 March 2019 10:34
    remove    Updated 0339 GMT (1139 HKT) November 19, 2019
    remove    • Updated: 18 Nov 2019, 19:11
    remove    Veröffentlicht am 12.03.2019 um 10:34 Uhr
    remove    Published November 20th, 2019 - 07:29 GMT
    remove    First published on November 19, 2019 / 8:16 AM
    keep      Published in 1998, the novel sold more than two million copies in its first year.

rule byline.date-labels byline line
    position  first 10
    line      alone
    max-words 4
    phrase    PUBLISHED: | UPDATED:
    phrase    Published:
    phrase    Updated:
    phrase    Veröffentlicht:
    phrase    Aktualisiert:
    remove    PUBLISHED: | UPDATED:
    keep      Updated figures will be released next week, the ministry said.

rule byline.date-alone byline line
    position  first 10
    line      alone
    max-words 10
    regex     \d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}(?:\s*[/|,•·-]?\s*(?:at\s+|um\s+|às\s+|à\s+|alle\s+|a las\s+)?\d{1,2}[:.h]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|uhr|gmt|utc|et|est|edt|pst|cet|cest|mez|mesz)?)?
    regex     \d{4}-\d{2}-\d{2}(?:\s*[/|,•·-]?\s*(?:at\s+|um\s+|às\s+|à\s+|alle\s+|a las\s+)?\d{1,2}[:.h]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|uhr|gmt|utc|et|est|edt|pst|cet|cest|mez|mesz)?)?
    regex     \d{1,2}/\d{1,2}/\d{2,4}(?:\s*[/|,•·-]?\s*(?:at\s+|um\s+|às\s+|à\s+|alle\s+|a las\s+)?\d{1,2}[:.h]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|uhr|gmt|utc|et|est|edt|pst|cet|cest|mez|mesz)?)?
    regex     (?:\p{L}+(?:-\p{L}+)?,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maart|mei|augustus)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?:\s*[/|,•·-]?\s*(?:at\s+|um\s+|às\s+|à\s+|alle\s+|a las\s+)?\d{1,2}[:.h]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|uhr|gmt|utc|et|est|edt|pst|cet|cest|mez|mesz)?)?
    regex     (?:\p{L}+(?:-\p{L}+)?,?\s+)?\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)\.?\s+\d{4}(?:\s*[/|,•·-]?\s*(?:at\s+|um\s+|às\s+|à\s+|alle\s+|a las\s+)?\d{1,2}[:.h]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|uhr|gmt|utc|et|est|edt|pst|cet|cest|mez|mesz)?)?
    regex     (?:\p{L}+(?:-\p{L}+)?,?\s+)?(?:\d{1,2}\s+de\s+)\p{L}+\s+de\s+\d{4}(?:\s*[/|,•·-]?\s*(?:at\s+|um\s+|às\s+|à\s+|alle\s+|a las\s+)?\d{1,2}[:.h]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|uhr|gmt|utc|et|est|edt|pst|cet|cest|mez|mesz)?)?
    remove    18 Nov 2019, 19:09
    remove    November 19, 2019 / 12:21 AM
    remove    23.10.2018
    remove    2018-08-16
    remove    Jun 18th 2018
    remove    sexta-feira, 22 de outubro de 2010 às 20:13
    keep      On November 19, 2019 the court ruled against the company.

rule byline.time-ago byline line
    position  first 10
    line      alone
    max-words 6
    regex     (?:updated\s+)?\d+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago
    regex     vor\s+\d+\s+(?:sekunden|minuten|min\.|stunden|std\.|tagen)
    regex     il y a\s+\d+\s+(?:minutes?|heures?|jours?)
    regex     hace\s+\d+\s+(?:minutos?|horas?|días?)
    regex     há\s+\d+\s+(?:minutos?|horas?|dias?)
    regex     \d+\s+(?:minuten|uur|dagen) geleden
    remove    Updated 14 hours ago
    remove    vor 3 Stunden
    keep      The building collapsed 14 hours ago, officials said on Sunday.

rule byline.reading-time byline line
    line      alone
    max-words 6
    regex     \d+\s*(?:-\s*)?(?:minutes|minute|minuten|minuti|minutos|mins|min)\.?\s+(?:read|reading time|lesezeit|lesedauer|de lecture|de lectura|di lettura|de leitura|leestijd|leesduur)
    regex     (?:reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|время чтения)\s*:?\s*(?:ca\.\s*)?\d+\s*(?:minutes|minute|minuten|minuti|minutos|mins|min|мин)\.?
    remove    5 min read
    remove    Lesezeit: 3 Min.
    remove    Reading time: 4 minutes
    keep      The 5 min read of the report left many questions open, the critic wrote.

rule byline.author-heading byline line
    line      alone
    max-words 6
    phrase    About the author
    phrase    About the authors
    phrase    Über den Autor
    phrase    Über die Autorin
    phrase    Über die Autoren
    phrase    Zur Person
    phrase    À propos de l'auteur
    phrase    Sobre el autor
    phrase    Sull'autore
    phrase    Sobre o autor
    phrase    Over de auteur
    phrase    Об авторе
    remove    About the Author
    remove    Über den Autor
    keep      About the author of the letter, police said little on Monday.

rule byline.author-box byline line
    line      starts
    max-words 12
    phrase    More articles by
    phrase    More stories by
    phrase    More from this author
    phrase    View all posts by
    phrase    See all stories by
    phrase    All articles by
    phrase    Mehr Artikel von
    phrase    Alle Artikel von
    phrase    Alle Beiträge von
    phrase    Weitere Artikel von
    phrase    Mehr vom Autor
    phrase    Mehr von der Autorin
    phrase    Dem Autor folgen
    phrase    Der Autorin folgen
    phrase    Tous les articles de
    phrase    Más artículos de
    phrase    Все статьи автора
    remove    View all posts by Jane Doe
    remove    Mehr Artikel von Anna Schmidt
    keep      Users can view all posts by the account, the company said.

# A date and time with an "updated ... ago" note, as wire stories carry at the top:
# "November 19, 2019 / 12:21 AM / Updated 14 hours ago".
rule byline.date-updated byline line
    position  first 10
    line      ends
    max-words 14
    regex     \d{4}\s*/\s*\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:[A-Z]{2,4}\s*)?/\s*(?:updated|aktualisiert|mis à jour|actualizado|aggiornato|atualizado|bijgewerkt)\b.{0,30}
    remove    November 19, 2019 /  12:21 AM / Updated 14 hours ago
    remove    19. November 2019 / 10:21 / aktualisiert vor 2 Stunden
    keep      In 2019 / 20 the budget grew, and it was updated twice before the vote in parliament.

# A date label whose date stands on the next line ("Aktualisiert am" / "12.03.2019").
rule byline.date-label byline line
    strength  weak
    line      alone
    max-words 4
    phrase    Aktualisiert am
    phrase    Zuletzt aktualisiert
    phrase    Letzte Änderung
    phrase    Veröffentlicht am
    phrase    Last updated
    phrase    Last modified
    phrase    Mis à jour le
    phrase    Publié le
    phrase    Actualizado el
    phrase    Pubblicato il
    phrase    Publicado em
    remove    Aktualisiert am
    remove    Last updated:
    keep      Last updated in 2015, the law is now being reviewed by the ministry.

rule byline.by-pipe byline line
    position  first 10
    max-words 10
    regex     ^(?:\|\s*)?(?:[Bb]y|BY|Von|Par|Por|Door)\s*\|(?:\s*[^|]{0,60})?$
    regex     ^\|\s*(?:[Bb]y|BY|Von|Par|Por|Door)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$
    remove    By | Special to the Pioneer Press
    remove    | by Catherine
    keep      By the time police arrived, the crowd had left the square.

rule byline.by-timestamp byline line
    position  first 12
    max-words 30
    line      starts
    case      sensitive
    regex     (?:By|BY|Von|Par|Por) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,4}\s*[|•·].{0,60}\b\d{1,2}:\d{2}\s*(?:AM|PM|am|pm|a\.m\.|p\.m\.|Uhr|h)\b
    remove    By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM
    keep      By Monday, 12 people had been arrested, and at 4:30 pm the police closed the road.

rule byline.published-on byline line
    max-words 16
    line      starts
    regex     (?i)(?:first published|published|updated|last updated|last modified|posted|originally published)(?: on)?\s*:?\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}
    regex     (?i)(?:first published|published|updated|last updated|last modified|posted|originally published)(?: on)?\s*:?\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?,?\s+\d{4}
    remove    Updated on: November 19, 2019 / 10:07 AM / CBS News
    remove    First published on November 19, 2019 / 8:16 AM
    remove    Published 18 November 2019
    keep      Published on Monday, the report found that 40 per cent of households were in debt.

rule byline.name-role byline line
    position  first 12
    max-words 7
    line      alone
    case      sensitive
    regex     \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}, (?:[\p{L}-]+ ){0,2}(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|Reporter|Correspondent|Editor|Writer|Journalist|Columnist|Contributor|Redakteur|Redakteurin|Korrespondent|Korrespondentin|journaliste|periodista|giornalista|jornalista|verslaggever|correspondente|corresponsal)
    regex     (?:[\p{L}-]+ ){0,2}(?:reporter|correspondent|editor|writer|Reporter|Correspondent|Editor|Writer) @\w+
    remove    Tom Gillespie, news reporter
    remove    News reporter @TomGillespie1
    remove    Jane Doe, Senior Political Correspondent
    keep      Tom Gillespie, a news reporter, said the police had closed the road.

# Blog-post footers: "Eingestellt von Name um 21:11", "Posted by Name at 9:15 PM".
rule byline.posted-at byline line
    line      starts
    max-words 20
    case      sensitive
    regex     (?:Eingestellt von|EINGESTELLT VON|Gepostet von|Posted by|POSTED BY|Publié par|Publicado por|Postado por|Pubblicato da|Geplaatst door|Opublikowany przez)\s+(?:der\s|die\s|the\s)?\p{Lu}.{0,50}\s(?:um|at|à|às|a las|alle|om|o|в)\s+\d{1,2}[:.]\d{2}
    remove    Eingestellt von der Michel um 21:11
    remove    Eingestellt von Anna um 21:11 Keine Kommentare:
    remove    Posted by Anna Smith at 9:15 PM
    keep      Posted by courier at 10:30 on Monday, the parcel arrived two days later.

# A post's meta row that ends in a comment link: "Veröffentlicht am 6. Juli 2015 von
# Name — Hinterlasse eine Antwort", "Posted on March 3, 2020 by Name | Leave a comment".
rule byline.meta-comment-link byline line
    line      ends
    max-words 25
    regex     (?i)^[\s*•·+>|-]*(?:veröffentlicht|posted|published|publié|publicado|pubblicato|geplaatst)\b.{0,160}(?:hinterlasse\s(?:eine\santwort|einen\skommentar)|leave\sa\s(?:comment|reply)|laisser\sun\scommentaire|deja\sun\scomentario|lascia\sun\scommento|deixe\sum\scomentário|laat\seen\sreactie\sachter|keine\skommentare|no\scomments|\d+\s(?:comments?|kommentare?))
    regex     (?i)\S\s*[|•·–—-]\s*(?:hinterlasse\s(?:eine\santwort|einen\skommentar)|leave\sa\s(?:comment|reply)|laisser\sun\scommentaire|deja\sun\scomentario|lascia\sun\scommento|deixe\sum\scomentário|laat\seen\sreactie\sachter|keine\skommentare|no\scomments)
    remove    Veröffentlicht am 6. Juli 2015 von Mark Hosak — Hinterlasse eine Antwort
    remove    March 3, 2020 by Anna | Leave a comment
    keep      We posted the letter and did not leave a comment.

# Reading time at the end of a byline ("By Name Feb 8, 2020 5 min read") and
# "21 minutes - 4312 words".
rule byline.reading-time-end byline line
    line      ends
    max-words 16
    regex     (?i)\d+\s*(?:-\s*)?(?:minutes|minute|mins|min)\.?\s+(?:read|de lecture|de lectura|di lettura|de leitura|lesezeit|leestijd)
    regex     (?i)\d+\s*(?:minutes|minuten|min)\.?\s*[-–|·]\s*\d[\d.,]*\s*(?:words|wörter|mots|palabras|parole|palavras|woorden)
    remove    By Amelie Marie Nishizawa Feb 8, 2020 5 min read
    remove    21 minutes - 4312 words
    remove    By 5 min read
    keep      The walk takes 20 minutes and is an easy read of the landscape.

# A date label with its date, anywhere on the page (footers: "Letzte Änderung
# 14.02.2019", "Veröffentlichung: 2. Februar 2022", "Stand: 12.03.2020").
rule byline.date-label-date byline line
    line      alone
    max-words 7
    regex     (?i)(?:letzte änderung|zuletzt geändert(?: am)?|zuletzt aktualisiert(?: am)?|veröffentlichung|erstellt am|datum|last modified|last updated|page last updated|date published|dernière mise à jour|última actualización|última atualização|ultimo aggiornamento|laatst gewijzigd|последнее обновление)\s*:?\s*(?:am\s+|on\s+|le\s+)?(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\d{4}-\d{2}-\d{2}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})(?:[,\s]+(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*uhr)?)?
    remove    Letzte Änderung 14.02.2019
    remove    Veröffentlichung: 2. Februar 2022
    remove    Page last updated: March 3, 2021
    keep      Letzte Änderung des Gesetzes war 2019.

# A date label alone on its line, its date on the next one ("Published", "Veröffentlicht").
rule byline.date-word byline line
    line      alone
    max-words 4
    phrase    Published
    phrase    Posted
    phrase    Updated
    phrase    Veröffentlicht
    phrase    Aktualisiert
    phrase    Publié
    phrase    Publicado
    phrase    Actualizado
    phrase    Pubblicato
    phrase    Aggiornato
    phrase    Atualizado
    phrase    Gepubliceerd
    phrase    Опубликовано
    phrase    Veröffentlichung
    phrase    Erscheinungsdatum
    phrase    Publication date
    phrase    Date de publication
    phrase    Fecha de publicación
    phrase    Data di pubblicazione
    phrase    Data de publicação
    regex     (?i)(?:veröffentlicht|posted|published|publié|publicado|pubblicato|geplaatst)(?:\s(?:am|on|von|by|in|um|le|par|el|por|il|da|op|door))+\s*$
    remove    Published
    remove    Veröffentlicht am von
    remove    Veröffentlicht:
    keep      Published in 1998, the novel sold a million copies.

# Reviewer credits of health and fact-checking sites ("Medically reviewed by Name").
rule byline.reviewed-by byline line
    line      starts
    max-words 16
    phrase    Medically reviewed by
    phrase    Fact checked by
    phrase    Fact-checked by
    phrase    Clinically reviewed by
    phrase    Medizinisch geprüft von
    phrase    Medizinisch überprüft von
    phrase    Fachlich geprüft von
    phrase    Révisé médicalement par
    phrase    Revisado médicamente por
    phrase    Revisionato da
    phrase    Revisado por
    remove    Medically reviewed by Kaitlynn Fortunato Greenberg, RD, LD
    keep      Revisions to the budget were medically reviewed by no one, the nurses' union said in a statement on Friday.

# Sidebar headings of a blog's author box ("Über mich", "About me").
rule byline.about-me byline line
    strength  weak
    line      alone
    max-words 3
    phrase    Über mich
    phrase    About me
    phrase    À propos de moi
    phrase    Sobre mí
    phrase    Chi sono
    phrase    Sobre mim
    phrase    Over mij
    phrase    Обо мне
    remove    Über mich
    keep      Über mich lachten damals alle im Dorf.

# "By Name on Monday, November 18th, 2019 at 11:04 a.m.", and a name followed by a
# contributor role ("Bruce Y. Lee Senior Contributor") at the top.
# A post's date and time with its author behind a bar: "24. März 2004, 19:49 | Genesis",
# "March 24, 2004 at 7:49 pm | admin".
rule byline.date-time-author byline line
    position  first 10
    max-words 10
    regex     ^\d{1,2}\.\s?(?:\p{L}+|\d{1,2}\.)\s?\d{4},?\s+(?:um\s+)?\d{1,2}:\d{2}(?:\s*Uhr)?\s*[|•·]\s*\S+(?: \S+){0,2}\s*$
    regex     ^(?:\p{L}+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} \p{L}+\.? \d{4}),?\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:am|pm|AM|PM|a\.m\.|p\.m\.)?\s*[|•·]\s*\S+(?: \S+){0,2}\s*$
    remove    24. März 2004, 19:49 | Genesis
    remove    March 24, 2004 at 7:49 pm | admin
    keep      24. März 2004, 19:49 Uhr: Die Polizei meldet einen Unfall auf der A1.

rule byline.by-name-date byline line
    position  first 12
    line      starts
    max-words 20
    case      sensitive
    regex     (?:By|BY|Von|VON|Par|Por|Door) \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]*){1,3} (?:(?:publiziert|veröffentlicht|published|posted|publié|publicado|pubblicato|gepubliceerd) )?(?:on|am|le|el|em|il|op) .{0,40}\d{4}
    regex     \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]*){1,3} (?:Senior |Staff |Contributing |Chief |Special )?(?:Contributor|Correspondent|Staff Writer|Writer|Reporter|Editor|Redakteur|Redakteurin|Autor|Autorin)\s*$
    remove    By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.
    remove    Bruce Y. Lee Senior Contributor
    remove    Von Moritz Bachmann publiziert am 25. September 2018
    keep      By Monday the council had approved the plan on a vote of 12 to 3 in 2019.
