# publisher-note: notes by the publisher about the article rather than article text:
# "This article originally appeared in ...", agency reporting/editing credits
# ("Reporting by X; Editing by Y", "(Additional reporting by ...)"), syndication and
# auto-generation notices, "Mit Material von dpa", disclaimers about the author's views,
# corrections and contact-the-reporter lines.
# Conventions: strong phrases carry a max-words so a long news sentence that happens to
# quote them survives; agency datelines alone in parentheses are strong only when the
# line holds nothing else.

rule publisher-note.originally-appeared-en publisher-note line
    max-words 45
    phrase    This article originally appeared
    phrase    This article was originally published
    phrase    This article first appeared
    phrase    This article was first published
    phrase    This story originally appeared
    phrase    This story was originally published
    phrase    This story first appeared
    phrase    This post originally appeared
    phrase    This post was originally published
    phrase    This piece originally appeared
    phrase    This piece was originally published
    phrase    This essay originally appeared
    phrase    This interview originally appeared
    phrase    This column originally appeared
    phrase    This article is republished from
    phrase    This article was republished
    phrase    A version of this article
    phrase    A version of this story
    phrase    An earlier version of this article
    phrase    Republished with permission
    phrase    Reprinted with permission
    phrase    Republished under a Creative Commons
    phrase    Originally published on
    phrase    Originally published in
    phrase    Originally published at
    remove    This article originally appeared in The Conversation.
    remove    A version of this article first appeared in the print edition.
    remove    Originally published on Medium.
    keep      The report, which originally appeared in a local paper, was later withdrawn by its author.

rule publisher-note.originally-appeared-de publisher-note line
    max-words 45
    phrase    Dieser Artikel erschien zuerst
    phrase    Dieser Beitrag erschien zuerst
    phrase    Dieser Text erschien zuerst
    phrase    Der Artikel erschien zuerst
    phrase    Der Beitrag erschien zuerst
    phrase    Der Text erschien zuerst
    phrase    Dieser Artikel ist zuerst
    phrase    Dieser Beitrag ist zuerst
    phrase    Dieser Text ist zuerst
    phrase    Dieser Artikel erschien erstmals
    phrase    Dieser Beitrag erschien erstmals
    phrase    Dieser Artikel wurde zuerst
    phrase    Dieser Beitrag wurde zuerst
    phrase    Dieser Artikel erschien ursprünglich
    phrase    Dieser Beitrag erschien ursprünglich
    phrase    Zuerst erschienen in
    phrase    Zuerst erschienen bei
    phrase    Erstveröffentlichung in
    phrase    Dieser Text wurde veröffentlicht
    phrase    Dieser Eintrag wurde veröffentlicht
    phrase    Dieser Beitrag wurde veröffentlicht in
    remove    Dieser Artikel erschien zuerst auf Zeit Online.
    remove    Dieser Text ist zuerst in der Printausgabe erschienen.
    remove    Dieser Eintrag wurde veröffentlicht in Allgemein von admin.
    keep      Der Artikel erschien am Montag, nachdem die Regierung das Gesetz beschlossen hatte.

rule publisher-note.originally-appeared-intl publisher-note line
    max-words 45
    phrase    Cet article a été initialement publié
    phrase    Cet article a été publié initialement
    phrase    Cet article est paru initialement
    phrase    Cet article a d'abord été publié
    phrase    Este artículo se publicó originalmente
    phrase    Este artículo fue publicado originalmente
    phrase    Este artículo apareció originalmente
    phrase    Questo articolo è stato pubblicato originariamente
    phrase    Questo articolo è apparso originariamente
    phrase    Este artigo foi publicado originalmente
    phrase    Este texto foi publicado originalmente
    phrase    Dit artikel verscheen eerder
    phrase    Dit artikel verscheen eerst
    phrase    Dit artikel is eerder gepubliceerd
    phrase    Эта статья впервые опубликована
    phrase    Материал впервые опубликован
    remove    Cet article a été initialement publié sur The Conversation.
    remove    Este artículo fue publicado originalmente en inglés.
    remove    Dit artikel verscheen eerder in de krant.
    keep      El artículo original fue citado por el ministro durante la sesión del lunes.

rule publisher-note.reporting-credit publisher-note line
    line      starts
    max-words 60
    regex     (?:additional|further|extra|with additional) reporting by\s+\S
    regex     (?:writing|editing|edited|compiled|produced|graphics|research) by\s+\p{L}+.*;
    regex     reporting by [^;]+;\s*(?:additional reporting by [^;]+;\s*)?(?:writing|editing) by
    regex     contributing(?: reporters?| writers?)?:\s*\p{L}
    regex     mitarbeit:\s*\p{L}
    regex     (?:mit )?reportage von\s+\p{L}
    remove    Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly; Editing by Nick Zieminski and Dan Grebler
    remove    (Additional reporting by Joseph Hudak)
    remove    Additional reporting by Joseph Hudak
    remove    Writing by Anna Smith; Editing by Peter Graff
    remove    Contributing: Jane Doe, USA TODAY
    keep      Reporting by local journalists helped expose the scandal, the prosecutor said on Monday.

rule publisher-note.reporting-credit-name publisher-note line
    line      starts
    case      sensitive
    max-words 30
    regex     (?:Reporting|REPORTING|Writing|Editing|Reported|Written) by:?\s+\p{Lu}[\p{Ll}'’.-]+\s+(?:\p{Lu}\.\s+)?\p{Lu}
    remove    Reporting by Rodrigo Campos
    remove    Reporting by Maria Lopez in Madrid
    keep      Reporting by local journalists helped expose the scandal, the prosecutor said on Monday.

rule publisher-note.contributed publisher-note line
    max-words 35
    regex     contributed (?:reporting |to the reporting )?(?:to|for) this (?:report|story|article)
    regex     (?:the )?associated press contributed
    regex     trug(?:en)? zu diesem (?:bericht|artikel) bei
    remove    The Associated Press contributed to this report.
    remove    Staff writer John Smith contributed reporting to this story.
    keep      Several factors contributed to this outcome, the analyst said in an interview.

rule publisher-note.agency-source-de publisher-note line
    max-words 14
    line      starts
    phrase    Mit Material von
    phrase    Mit Material der
    phrase    Mit Material aus
    phrase    Mit Agenturmaterial
    phrase    Mit Informationen von
    phrase    Mit Informationen der
    phrase    Mit Angaben von
    phrase    Unter Verwendung von Material
    phrase    Quelle: dpa
    phrase    Quelle: AFP
    phrase    Quelle: Reuters
    phrase    Quelle: Agenturen
    phrase    Quellen: Agenturen
    phrase    Avec AFP
    phrase    Avec agences
    phrase    Con información de
    phrase    Con informaciones de
    phrase    Con información de agencias
    phrase    Com informações de
    phrase    Com informações da
    phrase    Com agências
    phrase    Con fonte
    phrase    Bron: ANP
    phrase    По материалам
    remove    Mit Material von dpa und AFP
    remove    (Mit Material der Nachrichtenagenturen)
    remove    Com informações da Agência Brasil
    remove    Avec AFP
    keep      Mit Material von der Baustelle wollen die Künstler nun eine Skulptur für den Marktplatz bauen.

rule publisher-note.agency-dateline-alone publisher-note line
    line      alone
    max-words 4
    case      sensitive
    regex     \((?:dpa|AFP|afp|AP|ap|Reuters|reuters|KNA|kna|epd|SDA|sda|APA|apa|dts|ots|sid|SID|ANSA|EFE|ANP|Belga|AFX|dpa-AFX|TASS|ТАСС|РИА Новости|Lusa|ABr)(?:[/,] ?\p{L}+){0,3}\)
    regex     \(\p{Ll}{2,4}(?:/\p{Ll}{2,4})?/(?:dpa|AFP|afp|AP|Reuters|KNA|epd|sda|apa|dts|sid)\)
    remove    (dpa)
    remove    (dpa/jm)
    remove    (AFP, Reuters)
    remove    (jm/dpa)
    keep      The agency (dpa) reported on Monday that the strike was over.

rule publisher-note.syndication publisher-note line
    max-words 50
    phrase    This story has not been edited by
    phrase    auto-generated from a syndicated feed
    phrase    is auto-generated from a syndicated feed
    phrase    published from a syndicated feed
    phrase    This article was automatically generated
    phrase    This story was automatically generated
    phrase    generated automatically from a news agency feed
    phrase    Via SyndiGate.info
    phrase    Distributed by Tribune Content Agency
    phrase    Provided by SyndiGate Media
    phrase    Dieser Artikel wurde automatisch erstellt
    phrase    Dieser Text wurde automatisch generiert
    phrase    automatisch aus einem Agenturfeed
    remove    (This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)
    remove    Via SyndiGate.info
    keep      The company said the feed had been edited by staff before it was syndicated to partners.

rule publisher-note.disclaimer publisher-note line
    max-words 60
    phrase    The views expressed in this article are
    phrase    The views expressed are those of the author
    phrase    The views expressed by the author
    phrase    The opinions expressed in this article
    phrase    The opinions expressed are those of the author
    phrase    do not necessarily reflect the views of
    phrase    do not necessarily represent the views of
    phrase    do not necessarily reflect those of
    phrase    Views expressed are personal
    phrase    gibt die Meinung des Autors wieder
    phrase    gibt die Meinung der Autorin wieder
    phrase    nicht notwendigerweise die der Redaktion
    phrase    nicht zwingend die Meinung der Redaktion
    phrase    Die Meinung des Autors muss nicht
    phrase    n'engagent que leur auteur
    phrase    n'engagent que son auteur
    phrase    no reflejan necesariamente
    phrase    non riflettono necessariamente
    phrase    não refletem necessariamente
    phrase    geven niet noodzakelijk
    phrase    Мнение автора может не совпадать
    remove    The views expressed in this article are those of the author and do not necessarily reflect the views of the publisher.
    remove    Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.
    keep      The minister said the views of the author were well known and had been discussed for years.

# Health and information disclaimers: "is for informational purposes only", "is not
# intended as medical advice", "Consult your physician before beginning ...".
rule publisher-note.advice-disclaimer publisher-note line
    max-words 90
    phrase    for informational purposes only
    phrase    for general informational purposes only
    phrase    for general information purposes only
    phrase    is not intended as medical advice
    phrase    is not intended to be a substitute for professional medical advice
    phrase    does not constitute medical advice
    phrase    does not constitute financial advice
    phrase    does not constitute investment advice
    phrase    Consult your physician before
    phrase    Consult your doctor before
    phrase    ersetzt keine ärztliche Beratung
    phrase    ersetzen keine ärztliche Beratung
    phrase    stellt keine Anlageberatung dar
    phrase    ne remplace pas un avis médical
    phrase    no sustituye el consejo médico
    phrase    non sostituisce il parere medico
    phrase    não substitui a orientação médica
    regex     ^Consult your (?:physician|doctor|healthcare provider) and follow all safety instructions
    remove    The information provided on this website is for informational purposes only and is not intended as medical advice.
    remove    Consult your physician and follow all safety instructions before beginning any exercise program.
    remove    Die Informationen ersetzen keine ärztliche Beratung.
    keep      The study was published for doctors and nurses, the authors said, not for patients.

rule publisher-note.editor-note publisher-note line
    strength  weak
    line      starts
    max-words 60
    regex     (?:editor's note|editors' note|editor’s note|correction|clarification|update|updated|anmerkung der redaktion|hinweis der redaktion|transparenzhinweis|korrektur|korrekturhinweis|note de la rédaction|nda|nota del editor|nota de la redacción|nota della redazione|nota do editor|nota da redação|noot van de redactie|примечание редакции)\s*(?:\(\p{L}[^)]*\))?\s*:
    remove    Editor's note: This story has been updated with new figures.
    remove    Correction: An earlier version of this article misstated the date.
    remove    Anmerkung der Redaktion: In einer früheren Version hieß es fälschlich, die Sitzung sei am Montag.
    keep      The correction came too late for many investors, the analyst said.

rule publisher-note.contact-reporter publisher-note line
    max-words 35
    regex     (?:contact|reach|email|e-mail|write to) (?:the )?(?:author|reporter|writer|editor)s? (?:at|on|via|by|:)
    regex     may be reached at \S+@
    regex     can be reached at \S+@
    regex     reach the reporters? (?:on|at|via) 
    regex     (?:got|have) a (?:news )?tip\?
    regex     send us (?:a|your) (?:news )?tip
    regex     (?:kontakt|erreichbar) (?:zum|zur|zu den) (?:autor|autorin|redaktion)
    regex     schreiben sie (?:dem autor|der autorin|der redaktion)
    remove    Reach the reporters on Twitter at http://twitter.com/someone and http://twitter.com/other
    remove    Have a tip? Jane Doe may be reached at jdoe@example.com.
    remove    Contact the author at jdoe@example.com.
    keep      Police said they had tried to contact the reporter's family on Sunday.

rule publisher-note.reuters-standards publisher-note line
    max-words 12
    phrase    Thomson Reuters Trust Principles
    remove    Our Standards:The Thomson Reuters Trust Principles.
    keep      Reuters said its standards were reviewed every year by an independent panel.

rule publisher-note.contributor-disclaimer publisher-note line
    max-words 40
    phrase    is not responsible for the opinions, statements
    phrase    is not responsible for the content of external
    phrase    übernimmt keine Haftung für die Inhalte externer
    remove    GIS NOW Grenada is not responsible for the opinions, statements or media content presented by contributors.
    keep      The minister said he is not responsible for the delays at the border.

# Contributor disclaimers: "Opinions expressed by X contributors are their own".
rule publisher-note.own-opinions publisher-note line
    max-words 30
    regex     (?i)(?:opinions|views) expressed (?:by|in|here|on this) .{0,60}(?:are|is) (?:solely )?(?:their|his|her|the author'?s?|the writer'?s?) own
    regex     (?i)(?:opinions|views) expressed (?:here )?are (?:solely )?(?:those of the author|their own|my own|the author'?s? own)
    remove    Opinions expressed by Forbes Contributors are their own.
    remove    The views expressed here are solely those of the author.
    keep      The minister said the opinions expressed in the report by the commission were shared by most of the cabinet.

# Print-issue notes: "Dieser Beitrag stammt aus Ausgabe 7/2019 der ...",
# "This article appears in the March issue of ...".
rule publisher-note.print-issue publisher-note line
    max-words 45
    phrase    Dieser Beitrag stammt aus
    phrase    Dieser Artikel stammt aus
    phrase    Dieser Text stammt aus
    phrase    Der Beitrag stammt aus
    phrase    Der Artikel stammt aus
    phrase    Der Text stammt aus der
    phrase    Dieser Artikel erschien in der Ausgabe
    phrase    Dieser Beitrag erschien in der Ausgabe
    phrase    Dieser Artikel ist in der Ausgabe
    phrase    This article appears in the
    phrase    This article appeared in the
    phrase    This story appears in the
    phrase    This story appeared in the
    phrase    appears in the print edition
    phrase    appeared in the print edition
    phrase    appeared in print on
    phrase    Cet article est paru dans
    phrase    Este artículo se publicó en la edición
    phrase    Questo articolo è uscito sul numero
    remove    Dieser Beitrag stammt aus Ausgabe 7/2019 der Technology Review. Das Heft ist ab 20.06.2019 im Handel erhältlich.
    remove    This article appears in the December 2019 issue of Example Magazine.
    remove    A version of this article appeared in print on November 20, 2019, on Page A1 of the New York edition.
    keep      The idea for the festival stems from a conversation the two founders had in a Berlin bar in 2009.

# How to cite the article (academic and legal blogs).
rule publisher-note.citation publisher-note line
    line      starts
    max-words 60
    phrase    Suggested citation
    phrase    Cite this article
    phrase    Cite this post
    phrase    How to cite this article
    phrase    Cite as:
    phrase    Zitiervorschlag
    phrase    Zitierhinweis
    phrase    Zitierweise:
    phrase    Pour citer cet article
    phrase    Citer cet article
    phrase    Cómo citar este artículo
    phrase    Citar este artículo
    phrase    Come citare questo articolo
    phrase    Como citar este artigo
    phrase    Citeer dit artikel
    phrase    Как цитировать
    remove    SUGGESTED CITATION Sauer, Heiko: Expert*innen in der Krise, VerfBlog, 2020/4/09.
    remove    Zitiervorschlag: Müller, Anna: Titel des Beitrags, Blog, 12.03.2020.
    keep      Citation counts rose sharply after the paper was published, the journal said.

# Press-release contact blocks ("Pressekontakt:", "Ansprechpartnerin zum Thema:",
# "Media contact:").
rule publisher-note.press-contact publisher-note line
    line      starts
    max-words 8
    regex     (?i)(?:pressekontakt|presse-kontakt|pressestelle|pressesprecher(?:in)?|medienkontakt|kontakt für medien|ansprechpartner(?:in)?(?: für (?:die )?(?:presse|medien))?(?: zum thema)?|media contact|press contact|media enquiries|media inquiries|press enquiries|contact presse|contact média|contacto de prensa|contacto para medios|contatto stampa|ufficio stampa|contato de imprensa|assessoria de imprensa|perscontact|persvoorlichting|контакты для прессы)\s*:
    remove    Ansprechpartnerin zum Thema:
    remove    Pressekontakt: Anna Muster, Tel. 0123 45678
    remove    Media contact: press@example.com
    keep      Der Pressesprecher sagte: Die Arbeiten beginnen im Mai.

# "Weitere Infos unter www.example.de." – a pointer to a web address after a release.
rule publisher-note.more-info-url publisher-note line
    line      starts
    max-words 14
    regex     (?i)(?:weitere|mehr|nähere|alle) (?:infos|informationen|details)(?: zum thema| zur veranstaltung| dazu)? (?:gibt es |finden sie |findest du |erhalten sie )?(?:unter|auf|im internet unter|bei)\s*:?\s*(?:https?://|www\.)\S+
    regex     (?i)(?:more information|more info|further information|for more information|for more details|plus d'informations|plus d'infos|más información|maggiori informazioni|mais informações|meer informatie)(?: is available| can be found)?(?: at| on| sur| en| su| em| op)?\s*:?\s*(?:https?://|www\.)\S+
    remove    Weitere Infos unter www.itfjuniors.de.
    remove    More information: https://example.org/event
    keep      Weitere Informationen zur Anlage gibt es bei der Gemeinde, die den Bau im Mai beginnen will.


# Reprint, licensing and correction links under an article.
rule publisher-note.reprints-corrections publisher-note line
    line      starts
    max-words 14
    phrase    Request Reprint
    phrase    Reprints and Permissions
    phrase    Reprints & Permissions
    phrase    Reprints & Licensing
    phrase    Submit a correction
    phrase    Suggest a correction
    phrase    Report a correction
    phrase    Report an error
    phrase    Spotted an error?
    phrase    Fehler gefunden?
    phrase    Fehler im Artikel melden
    phrase    Fehler melden
    phrase    Signaler une erreur
    phrase    Reportar un error
    phrase    Segnala un errore
    phrase    Reportar erro
    phrase    Fout gezien?
    phrase    Сообщить об ошибке
    remove    Request Reprint & Licensing, Submit Correction or view Editorial Guidelines
    remove    Fehler gefunden? Jetzt melden.
    keep      Submit corrections by Friday, the teacher told the class, or lose the marks.
