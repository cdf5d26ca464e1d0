# copyright: copyright and rights notices, reuse prohibitions, trademark notices and
# "powered by" / theme credits in page footers.
# Conventions: action `line` (never `rest`): a footer line goes, what follows is judged
# on its own. A copyright sign counts as a notice when a year or "all rights reserved"
# goes with it; a bare "© Name" is a photo credit (caption.pat).

rule copyright.notice copyright line
    max-words 40
    regex     (?:©|\(c\)|Ⓒ)\s*(?:copyright\s*)?(?:\d{4}|\p{L}[^\d©]*\d{4})
    regex     copyright\s*(?:©|\(c\))?\s*\d{4}
    remove    © 2020 CBS Interactive Inc. All Rights Reserved.
    remove    The contents of this site are ©2019 Capitol Hill Publishing Corp.
    remove    © Copyright 2000
    keep      The copyright dispute over the 1998 song reached the Supreme Court on Monday.

rule copyright.notice-start copyright line
    max-words 12
    line      starts
    regex     copyright\s*(?:@|©|\(c\))?\s*(?:\d{4}|\p{L}[^\d]*\d{4})
    remove    Copyright @ 2019 The New Arab.
    remove    copyright Inexhibit 2019 - ISSN: 2283-5474
    keep      The band said its copyright claims would be filed in 2020.

rule copyright.rights-reserved copyright line
    max-words 40
    line      ends
    phrase    All rights reserved
    phrase    Alle Rechte vorbehalten
    phrase    Tous droits réservés
    phrase    Todos los derechos reservados
    phrase    Tutti i diritti riservati
    phrase    Todos os direitos reservados
    phrase    Alle rechten voorbehouden
    phrase    Все права защищены
    phrase    Materiał chroniony prawem autorskim
    remove    All Rights Reserved.
    remove    © der Freitag Mediengesellschaft mbH & Co. KG. Alle Rechte vorbehalten.
    keep      The minister said that all rights reserved for the unions would be respected in the new law.
    keep      The label said that all the rights it reserved in the contract were returned to the band in 2010, after a long legal fight over royalties that lasted more than ten years.

rule copyright.reuse copyright line
    max-words 70
    phrase    may not be published, broadcast, rewritten or redistributed
    phrase    may not be reproduced
    phrase    No part of this publication may be reproduced
    phrase    Reproduction in whole or in part
    phrase    without prior written permission
    phrase    without the express written permission
    phrase    This material may not be published
    phrase    Nachdruck nur mit Genehmigung
    phrase    Nachdruck und Vervielfältigung
    phrase    Vervielfältigung nur mit Genehmigung
    phrase    Alle redaktionellen Eigenbeiträge
    phrase    urheberrechtlich geschützt
    phrase    Weiterverwendung nur mit Genehmigung
    phrase    Reproduction interdite
    phrase    Toute reproduction
    phrase    Prohibida su reproducción
    phrase    Queda prohibida la reproducción
    phrase    Riproduzione riservata
    phrase    È vietata la riproduzione
    phrase    É proibida a reprodução
    phrase    Proibida a reprodução
    phrase    Overname van artikelen
    phrase    Перепечатка материалов
    phrase    Использование материалов
    remove    This material may not be published, broadcast, rewritten or redistributed.
    remove    Alle redaktionellen Eigenbeiträge sind urheberrechtlich geschützt.
    remove    Riproduzione riservata
    keep      The court ruled that the photos could be reproduced by the magazine because they were taken in public.

rule copyright.trademarks copyright line
    max-words 120
    phrase    All other trademarks
    phrase    are trademarks of
    phrase    are registered trademarks of
    phrase    are registered trademarks or trade names of
    phrase    are trademarks or registered trademarks of
    regex     Limited\.? (?:in|registered in) England(?: and Wales)? No\.? \d+
    regex     Registered (?:office|address): .{5,80}\b(?:London|England|Wales|Scotland|UK|United Kingdom)\b
    phrase    Alle anderen Warenzeichen
    phrase    Alle genannten Marken
    phrase    eingetragene Warenzeichen
    phrase    sind eingetragene Marken
    phrase    und alle damit in Verbindung stehenden Logos
    remove    Alle anderen Warenzeichen oder Marken sind Eigentum ihrer jeweiligen Besitzer.
    remove    All other trademarks are the property of their respective owners.
    remove    ©News Group Newspapers Limited in England No. 679215 Registered office: 1 London Bridge Street, London, SE1 9GF.
    keep      The firm said its trademarks had been copied by a rival in China.

rule copyright.powered-by copyright line
    max-words 12
    phrase    Powered by WordPress
    phrase    Proudly powered by WordPress
    phrase    powdered by wordpress
    phrase    Powered by Blogger
    phrase    Bereitgestellt von Blogger
    phrase    Betrieben mit WordPress
    phrase    Stolz präsentiert von WordPress
    phrase    Theme by
    phrase    Theme:
    phrase    WordPress Theme
    phrase    Designed by
    phrase    Website by
    phrase    Webdesign by
    phrase    Webdesign:
    phrase    Design by
    phrase    Built with
    phrase    Erstellt mit
    phrase    Propulsé par WordPress
    phrase    Funciona con WordPress
    phrase    Creato con WordPress
    phrase    Desenvolvido por
    phrase    Lightbox2 ©
    remove    Proudly powered by WordPress.
    remove    Theme by Example Themes
    keep      The stadium, designed by a Swiss firm, opened in 2006 and seats 60,000 fans.

rule copyright.company-footer copyright line
    strength  weak
    line      alone
    max-words 8
    case      sensitive
    regex     \p{Lu}[\p{L}\p{M}.&'’ -]+\s(?:GmbH & Co\. KG|GmbH & Co KG|GmbH|AG|Inc\.|LLC|Ltd\.?|Limited|S\.A\.|S\.L\.|S\.p\.A\.|SE|KG|e\.V\.|B\.V\.|N\.V\.|Corp\.|PLC|plc|mbH)
    remove    Klambt Style-Verlag GmbH & Co. KG
    remove    Capitol Hill Publishing Corp.
    keep      Klambt Style-Verlag GmbH said on Monday that it would close two magazines.

rule copyright.contact-footer copyright line
    max-words 90
    regex     \b(?:Tel|TEL|Tel\.|Telefon|Telephone|Téléphone|Phone|Fon|Fone|Tél|Tél\.|Teléfono|Telefone|Telefono)\s*[.:]?\s*[+(]?\d[\d\s/().-]{5,}.{0,60}\b(?:Fax|FAX|Telefax)\b\s*[.:]?\s*[+(]?\d
    regex     \d{3}[-. ]\d{3}[-. ]\d{4}\s*(?:tel|phone)\b.{0,20}\d{3}[-. ]\d{3}[-. ]\d{4}\s*fax\b
    regex     \bCNPJ\s*:?\s*\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2}
    remove    Tel. 0863/91131 - Fax 0863/912132
    remove    The center is staffed on Sundays through Thursdays between 7AM and 6PM. Telephone +972-3-761-9056 Fax: 972-3-561-3699 E-mail: subs@example.com
    remove    The Hill 1625 K Street, NW Suite 900 Washington DC 20006 | 202-628-8500 tel | 202-628-8503 fax
    remove    Jaraguá do Sul - SC - CNPJ: 83.102.459/0001-23 - Rua Walter Marquardt, 1111
    keep      The Tel Aviv office has 45 staff and still uses a fax machine, the report said.

# Licence notices in footers: "This work is licensed under a Creative Commons ...",
# "Die Inhalte dieser Website stehen unter einer Creative-Commons-Lizenz".
rule copyright.licence copyright line
    max-words 60
    phrase    licensed under a Creative Commons
    phrase    licensed under the Creative Commons
    phrase    is licensed under CC BY
    phrase    available under a Creative Commons
    phrase    under a Creative Commons Attribution
    phrase    unter einer Creative Commons
    phrase    unter einer Creative-Commons
    phrase    unter der Creative Commons
    phrase    unter der Creative-Commons
    phrase    Creative Commons Namensnennung
    phrase    Creative-Commons-Lizenz
    phrase    Creative Commons-Lizenz
    phrase    Creative Commons Lizenz
    phrase    stehen unter der Lizenz CC BY
    phrase    steht unter der Lizenz CC BY
    phrase    sous licence Creative Commons
    phrase    sous une licence Creative Commons
    phrase    bajo una licencia Creative Commons
    phrase    bajo licencia Creative Commons
    phrase    con licenza Creative Commons
    phrase    sotto licenza Creative Commons
    phrase    sob uma licença Creative Commons
    phrase    sob licença Creative Commons
    phrase    onder een Creative Commons
    phrase    под лицензией Creative Commons
    remove    This work is licensed under a Creative Commons Attribution 4.0 International License.
    remove    Die Inhalte dieser Website sind unter einer Creative Commons-Lizenz lizenziert.
    remove    Alle Artikel und Inhalte dieses Blogs stehen unter der Lizenz CC BY-SA 4.0.
    remove    Este obra está bajo una licencia Creative Commons Atribución 4.0 Internacional.
    keep      Creative Commons, the nonprofit behind the licences, said on Monday that it would open an office in Berlin.

# "X is a registered trademark of Y", "X ist ein geschütztes Markenzeichen".
rule copyright.trademark-single copyright line
    max-words 20
    phrase    is a registered trademark of
    phrase    is a registered trademark
    phrase    is a trademark of
    phrase    ist ein geschütztes Markenzeichen
    phrase    ist eine eingetragene Marke
    phrase    ist ein eingetragenes Warenzeichen
    phrase    est une marque déposée
    phrase    es una marca registrada
    phrase    è un marchio registrato
    phrase    é uma marca registrada
    phrase    is een geregistreerd handelsmerk
    remove    ScienceBlogs ist ein geschütztes Markenzeichen.
    remove    Example® is a registered trademark of Example Media Ltd.
    keep      The court ruled in March that the name of the beer is a trademark of the brewery, not a description of its style, and ordered the rival to rename its product.

# A rights notice inside a longer footer line ("... - wszelkie prawa zastrzeżone. ...").
rule copyright.rights-reserved-inline copyright line
    max-words 30
    phrase    All rights reserved.
    phrase    Alle Rechte vorbehalten.
    phrase    Tous droits réservés.
    phrase    Todos los derechos reservados.
    phrase    Tutti i diritti riservati.
    phrase    Todos os direitos reservados.
    phrase    Alle rechten voorbehouden.
    phrase    Все права защищены.
    phrase    wszelkie prawa zastrzeżone
    phrase    Kaikki oikeudet pidätetään
    phrase    Alla rättigheter förbehållna
    remove    Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone. Dalsze rozpowszechnianie artykułu za zgodą wydawcy.
    remove    Example Media Ltd. All rights reserved. Reproduction without permission is prohibited.
    keep      Die Ministerin sagte, alle Rechte vorbehalten zu wollen, die das Gesetz den Kommunen einräume, und kündigte eine Klage gegen den Bund an.

# Terms-of-use notices in site footers ("Registration on or use of this site constitutes
# acceptance of our User Agreement").
rule copyright.terms-acceptance copyright line
    max-words 40
    phrase    constitutes acceptance of our
    phrase    constitutes your acceptance of
    phrase    signifies your agreement to
    phrase    By using this site you agree to our
    phrase    By using our site, you agree to our
    phrase    Mit der Nutzung dieser Website erklären Sie sich
    phrase    Mit der Nutzung dieser Seite erklären Sie sich
    phrase    En utilisant ce site, vous acceptez
    phrase    Al utilizar este sitio, aceptas
    phrase    Utilizzando questo sito accetti
    phrase    Ao utilizar este site, você concorda
    remove    Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy
    keep      The judge said the tenant's silence constituted acceptance of the new rent.

# Disclaimers about linked sites, from legal notices and blog footers ("Ich habe keinen
# Einfluss auf die Inhalte dieser Seiten", "not responsible for the content of external
# sites").
rule copyright.link-disclaimer copyright line
    max-words 70
    phrase    keinen Einfluss auf die Inhalte
    phrase    keinen Einfluss auf die Gestaltung und die Inhalte
    phrase    Für die Inhalte der verlinkten Seiten
    phrase    Für den Inhalt der verlinkten Seiten
    phrase    Für die Inhalte verlinkter Seiten
    phrase    Für den Inhalt verlinkter Seiten
    phrase    distanziere mich ausdrücklich von
    phrase    distanzieren uns ausdrücklich von
    phrase    not responsible for the content of external
    phrase    not responsible for the content of linked
    phrase    not responsible for the contents of any linked
    phrase    n'est pas responsable du contenu des sites
    phrase    no se hace responsable del contenido de los sitios
    phrase    non è responsabile dei contenuti dei siti
    phrase    não se responsabiliza pelo conteúdo
    phrase    niet verantwoordelijk voor de inhoud van externe
    remove    Auf diesem Blog gibt es gelegentlich Links zu fremden Webseiten. Ich habe keinen Einfluss auf die Inhalte dieser Seiten.
    remove    Für die Inhalte der verlinkten Seiten ist stets der jeweilige Anbieter verantwortlich.
    keep      Die Ministerin sagte, der Bund habe auf die Inhalte der Lehrpläne nur wenig Einfluss.

rule copyright.legal-heading copyright line
    line      alone
    max-words 6
    phrase    Haftung für Links
    phrase    Haftung für Inhalte
    phrase    Haftungsbeschränkung
    phrase    Haftungsbeschränkung für externe Links
    phrase    Haftungsausschluss für externe Links
    phrase    Limitation of liability
    phrase    Responsabilité pour les liens
    phrase    Responsabilidad por enlaces
    remove    Haftungsbeschränkung für externe Links
    keep      Die Haftung für Links war Thema des Urteils, das der Bundesgerichtshof am Montag verkündete.
