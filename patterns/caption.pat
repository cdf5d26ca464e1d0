# caption: photo captions' labels and photo/agency credits ("Photo: X", "Foto: X",
# "(Photo by X/Getty Images)", "X/AP", "AP Photo/X", "Getty Images", "dpa",
# "picture alliance", "© X" without a year, gallery counters).
# Conventions: credit lines are short (max-words); an agency name alone on its line is
# weak (it may be a one-word answer or a heading); credits glued to the end of a caption
# line are removed as a span, leaving the caption text for the other detectors.

rule caption.credit-prefix caption line
    line      starts
    max-words 14
    regex     (?:photo|photos|photograph|photography|image|images|picture|pictures|illustration|graphic|chart|credit|credits|photo credit|image credit|image source|image copyright|copyright image|picture credit|foto|fotos|fotograf|fotografie|bild|bilder|bildquelle|bildquellen|bildrechte|fotoquelle|fotonachweis|bildnachweis|titelbild|titelfoto|beitragsbild|headerbild|grafik|illustration|infografik|crédit photo|crédits photo|crédit|crédito|créditos|crédito da foto|fotografía|fotografia|imagem|imagen|beeld|afbeelding|фото|иллюстрация)\s*:\s*\S
    remove    Photo: Meg Kinnard, AP
    remove    Foto: Christof Stache
    remove    Bild: Keystone
    remove    Bildquelle: pixabay.com
    remove    Image: Getty Images
    remove    Credit: Reuters
    remove    Titelbild: Max Mustermann
    remove    • Photo: John Locher/AP
    keep      The picture: a city gripped by fear, with empty streets and shuttered shops across the centre.
    keep      Photographs of the scene showed at least three burned cars near the station.

rule caption.credit-by caption line
    line      starts
    max-words 12
    case      sensitive
    regex     (?:Photos?|PHOTOS?|Photograph|Photography|Images?|Picture|Illustration|Video|Foto|Fotos|Bild|Bilder|Grafik|Fotografía|Fotografia|Foto di)\s+(?:by|von|de|di|door|par|por)\s+\p{Lu}
    remove    Photo by Jane Doe on Unsplash
    remove    Photos by Mark Lee
    remove    Foto von Anna Schmidt
    keep      Photo by photo, the archive was digitised over ten years, the librarian said.

rule caption.credit-paren-end caption span
    line      ends
    regex     \((?:(?:AP|AFP|EPA|Reuters|REUTERS|dpa|Xinhua|ANP|ANSA|EFE|Getty|Getty Images|Bloomberg|KEYSTONE|Keystone|Imago|IMAGO|AP Photo|AFP Photo|EPA-EFE)(?:\s*(?:Photo|Images?|/|via)[^()]*)?|(?:[Pp]hoto|[Ff]oto|[Bb]ild|[Ii]mage|[Cc]redit|[Cc]rédito|[Cc]rédit|[Pp]hoto credit|[Ss]ource|[Qq]uelle|[Ff]onte)s?\s*(?:by|von|:)\s*[^()]+|[^()]+/(?:AP|AFP|EPA|Reuters|REUTERS|dpa|Getty Images|Getty|Xinhua|picture alliance|Bloomberg|Shutterstock|iStock))\)
    case      sensitive
    remove    An MSC cargo ship leaves PortMiami, on Aug. 31, 2019. (AP)
    remove    Protesters march in Santiago on Friday. (AP Photo/Esteban Felix)
    remove    The mayor speaks to reporters. (Photo by Win McNamee/Getty Images)
    remove    Einsatzkräfte am Unfallort. (Foto: dpa)
    remove    (crédito: Minervino Júnior/CB)
    keep      The agency (AP) reported the figures on Monday before the markets opened in New York.

rule caption.credit-glued caption span
    line      ends
    case      sensitive
    max-words 40
    regex     (?:Credit|Picture|Photo|Foto|Bild|Image|Fotos|Bilder)\s*:\s*[^.!?:]{2,}
    remove    The latest case of bubonic plague was reported after a hunter killed and ate a rabbitCredit: Getty - Contributor
    remove    Beijing Chaoyang Hospital, where patients sought treatmentCredit: EPA
    keep      The minister said the bank had given them credit: a loan of two million euros.

rule caption.agency-slash caption line
    line      alone
    max-words 14
    case      sensitive
    regex     \p{Lu}[\p{L}\p{M}.'’ -]+(?:\s?/\s?[\p{L}\p{M}.'’ -]+)?\s?[/|]\s?(?:AP|AFP|EPA|EPA-EFE|Reuters|REUTERS|Getty Images|Getty|dpa|DPA|Xinhua|Bloomberg|Shutterstock|iStock|iStockphoto|imago images|IMAGO|Imago|picture alliance|picture-alliance|Keystone|KEYSTONE|ANP|ANSA|EFE|SIPA|Sipa|ddp|NurPhoto|Flash90|Flash 90|TASS|ТАСС|Agência Brasil|Corbis|Alamy|Unsplash|Pixabay|Wikimedia Commons|Wikimedia)(?: via [\p{L} ]+)?
    regex     (?:AP|AFP|EPA|Reuters|REUTERS|Xinhua|ANP|ANSA|EFE|dpa)(?: Photo| PHOTO)?\s?/\s?\p{Lu}[\p{L}\p{M}.'’ -]+(?:\s?/\s?[\p{L} ]+)?
    regex     \p{Lu}[\p{L}\p{M}.'’ -]+(?:for|via|für) (?:Getty Images|AFP|dpa)
    remove    Sanjeev Verma/Hindustan Times/Getty Images
    remove    Jane Doe | Getty Images
    remove    John Smith/AP
    remove    AP Photo/Evan Vucci
    remove    REUTERS/Jonathan Ernst
    remove    Kay Nietfeld/dpa
    remove    Miriam Alster/Flash90
    remove    Andrew Harnik/AFP via Getty Images
    keep      Supporters in New York/New Jersey rallied outside the station on Tuesday evening.

rule caption.agency-alone caption line
    strength  weak
    line      alone
    max-words 8
    regex     (?:wikimedia commons|stock\.adobe\.com|picture alliance|picture-alliance|agência brasil|getty images|shutterstock|imago images|dpa-infocom|istock\.com|istockphoto|agencia efe|ria novosti|риа новости|adobe stock|afp photo|bloomberg|flash ?90|wikimedia|colourbox|pa images|ap images|ap photo|keystone|nurphoto|unsplash|reuters|epa-efe|pixabay|fotolia|pa wire|handout|xinhua|istock|corbis|getty|imago|123rf|alamy|ansa|sipa|tass|тасс|afp|epa|dpa|anp|efe|ddp|abr|kna|epd|apa|sda|dts|ots|ap|pa)\b(?:\s*(?:/|via|\||-|,|&)\s*(?:picture alliance|picture-alliance|getty images|imago images|istockphoto|sopa images|lightrocket|contributor|zuma press|archivbild|symbolbild|flash ?90|zuma wire|photothek|keystone|nurphoto|reuters|handout|xinhua|istock|archiv|getty|imago|abaca|ansa|sipa|zuma|pool|file|afp|epa|dpa|anp|efe|ddp|ap)\b)*
    remove    Getty Images
    remove    dpa
    remove    picture alliance / dpa
    remove    Flash 90
    remove    AFP Photo
    remove    imago images / photothek
    remove    iStock.com
    remove    Getty Images/iStockphoto
    keep      Reuters reported on Monday that the talks had stalled.

rule caption.label caption line
    line      alone
    max-words 6
    phrase    Image caption
    phrase    Media caption
    phrase    Photo caption
    phrase    Hide caption
    phrase    Toggle caption
    phrase    Show caption
    phrase    Enlarge this image
    phrase    Enlarge image
    phrase    View gallery
    phrase    Open gallery
    phrase    View image
    phrase    Bildunterschrift
    phrase    Bild vergrößern
    phrase    Bild anzeigen
    phrase    Galerie öffnen
    phrase    Zur Bildergalerie
    phrase    Zur Galerie
    phrase    Vollbild
    phrase    Agrandir l'image
    phrase    Voir la galerie
    phrase    Ampliar imagen
    phrase    Ampliar foto
    phrase    Ver galería
    phrase    Ingrandisci
    phrase    Ampliar
    phrase    Vergroot afbeelding
    phrase    Увеличить фото
    regex     (?:image|photo|picture|slide|bild|foto|imagen|immagine|imagem|фото)\s*\d+\s*(?:of|von|aus|de|sur|di|van|из|/)\s*\d*
    remove    Image caption
    remove    Image 1 of 5
    remove    Bild 3 von 12
    remove    Bild vergrößern
    keep      The image caption was wrong, the newspaper admitted in a correction on Monday.

rule caption.label-weak caption line
    strength  weak
    line      alone
    max-words 3
    phrase    Caption
    phrase    Expand
    phrase    Zoom
    phrase    Gallery
    phrase    Galerie
    phrase    Bildergalerie
    phrase    Fotostrecke
    phrase    Foto
    phrase    Fotos
    phrase    Photo
    phrase    Photos
    phrase    Bilder
    phrase    Symbolbild
    phrase    Archivbild
    phrase    Archivfoto
    phrase    File photo
    phrase    Handout
    phrase    Galería
    phrase    Galleria
    phrase    Galeria
    phrase    Фото
    remove    Caption
    remove    Symbolbild
    remove    Fotostrecke
    keep      Caption contests are popular with readers of the weekend edition.

rule caption.copyright-credit caption line
    max-words 8
    line      starts
    regex     (?:©|\(c\)|Ⓒ)\s*(?:photo:?\s*|foto:?\s*|bild:?\s*)?\p{L}[^\d©]+
    remove    © Reuters
    remove    © dpa
    remove    © Getty Images / John Smith
    remove    © picture alliance / Sven Simon
    keep      The company © logo was redesigned in the summer after complaints from designers.

rule caption.source-line caption line
    strength  weak
    line      starts
    max-words 8
    regex     (?:source|sources|quelle|quellen|fonte|fuente|bron|источник)\s*:\s*\S
    remove    Source: Reuters
    remove    Quelle: dpa
    remove    Quelle: Foto Steven
    keep      The source: a former adviser who spoke on condition of anonymity about the talks.

# Credits in parentheses at the end of a caption that name a stock agency with its
# domain, or use a "Bildquelle:"-style label: "(mlharing / iStock.com)",
# "(Bildquelle: Ring der Landjugend)".
rule caption.credit-paren-stock caption span
    line      ends
    max-words 80
    regex     \([^()]{0,60}(?:iStock\.com|iStockphoto|stock\.adobe\.com|Adobe Stock|AdobeStock|pixelio\.de|Pixabay|Unsplash|Pexels|Fotolia|123RF|Colourbox|Shutterstock\.com|depositphotos|Depositphotos|Dreamstime|imago images|IMAGO|picture-alliance|Wikimedia Commons|Wikipedia)[^()]{0,20}\)
    regex     \((?:Bildquelle|Bildquellen|Fotoquelle|Bildnachweis|Fotonachweis|Bildrechte|Foto|Fotos|Bild|Photo|Photos|Image|Credit|Crédit|Crédito|Fonte|Kuva|Fot\.|Фото)\s*:\s*[^()]{2,60}\)
    remove    Das Hermelin ist im Winter mit seinem weißen Fell gut getarnt. (mlharing / iStock.com)
    remove    Vertreterinnen und Vertreter der Jugendverbände sprachen mit der Ministerin. (Bildquelle: Ring der Landjugend )
    keep      The company (which sells photos on iStock and elsewhere) reported a loss.

# A caption that ends in a copyright credit without a year ("... Pennsylvania © Noah
# Addis", "... © Rike/pixelio.de", "... / (C) Name"): the whole line is a caption.
rule caption.copyright-credit-end caption line
    line      ends
    max-words 15
    case      sensitive
    regex     (?:©|\(C\)|\(c\)|Ⓒ)\s*(?:Foto:?\s*|Photo:?\s*|Bild:?\s*)?\p{Lu}[\p{L}\p{M}.'’-]*(?:[ /|-]+[\p{L}\p{M}.'’-]+){0,4}\s*$
    remove    Eine Fracking-Anlage zur Förderung von Gas im US-Bundesstaat Pennsylvania © Noah Addis
    remove    Schneeräumpflicht - was man darüber wissen muss © Rike/pixelio.de
    remove    Le piquet de grève dans le hall de l’université / (C) Kab Niang
    keep      The band's first album appeared in 1998 © 1998 Example Records.

# Wire-photo captions: "FILE PHOTO: ...", "FILE - In this ... photo", and captions that
# end in the wire credit "REUTERS/Name", "AP Photo/Name", "AFP via Getty Images".
rule caption.wire-photo caption line
    max-words 90
    case      sensitive
    regex     ^\s*(?:FILE PHOTO|REUTERS PHOTO|PHOTO|FOTO|ARCHIVO|ARQUIVO|ARCHIVBILD|SYMBOLBILD)\s*:\s*\S
    regex     ^\s*FILE\s+[-–—]\s+(?:In this|This|A |An |The )
    regex     (?:REUTERS|Reuters|AFP|AP Photo|AP|EPA|EPA-EFE|Xinhua)/\p{Lu}[\p{L}\p{M}.'’-]+(?: \p{Lu}[\p{L}\p{M}.'’-]+){0,3}(?:/(?:File Photo|File|Pool|Handout))?\s*\)?\s*$
    regex     \p{Lu}[\p{L}\p{M}.'’-]+(?: \p{Lu}[\p{L}\p{M}.'’-]+){0,3}/(?:Pool|Handout|File Photo|File) via (?:REUTERS|Reuters|AFP|AP|Getty Images)\s*$
    remove    FILE PHOTO: Traders work on the floor at the New York Stock Exchange (NYSE) in New York, U.S., November 18, 2019. REUTERS/Brendan McDermid
    remove    Britain's Prince Andrew attends a service in London, Britain November 9, 2019. Chris Jackson/Pool via REUTERS
    remove    FILE - In this Nov. 5, 2019, file photo, a man walks past a shop in Beijing.
    keep      FILE sharing services were blamed by the industry for falling CD sales, the report said.

# News-photo captions in the wire style that ends on the day, the date and often the
# place: "... during the second period, Tuesday, Nov. 19, 2019, in Buffalo, N.Y."
# Prose names the weekday or the date, seldom both at the end after a comma, or after
# "on" with the place behind.
rule caption.dated-photo caption line
    max-words 80
    case      sensitive
    regex     , (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.? \d{1,2}, \d{4}(?:, (?:in|at|near|outside) [^,;]{2,40}(?:, [^,;]{2,30})?)?\.?\s*(?:\([^()]*\))?\s*$
    regex     \bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.? \d{1,2}, \d{4}, (?:in|at|near|outside) [^,;]{2,40}(?:, [^,;]{2,30})?\.?\s*(?:\([^()]*\))?\s*$
    remove    Spain's Rafael Nadal celebrates a point during their Davis Cup tennis match in Madrid, Spain, Tuesday, Nov. 19, 2019.
    remove    Minnesota Wild's Jonas Brodin celebrates his goal during the second period against the Buffalo Sabres, Tuesday, Nov. 19, 2019, in Buffalo, N.Y.
    remove    Protesters march in Santiago, Friday, Oct. 25, 2019. (AP Photo/Esteban Felix)
    keep      The hearing is set for Tuesday, Nov. 19, 2019, the court said.
    remove    LeBron James dunks during the first half against the Oklahoma City Thunder on Tuesday, Nov. 19, 2019, in Los Angeles.
    keep      He was born in Ohio and died on Tuesday, Nov. 19, 2019.

# "Courtesy of X" / "Photo courtesy of X" credits.
rule caption.courtesy caption line
    line      starts
    max-words 10
    case      sensitive
    regex     (?:Photo |Image |Picture |Photos |Images )?(?:Courtesy|courtesy|COURTESY)(?: of| OF)?(?: the)?\s+\p{Lu}
    remove    Courtesy Google
    remove    Photo courtesy of the National Archives
    keep      Courtesy and patience were what the tenants asked for, the landlord said in a letter.

# Glued credits in Finnish, Polish and other languages: "... Kuva: NAME",
# "Fot. Name / Agencja".
rule caption.credit-glued-more caption span
    line      ends
    max-words 40
    case      sensitive
    regex     (?:Kuva|KUVA|Fot\.|Zdjęcie|Foto di|Fotó|Bild|Фото)\s*:?\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:[ /|-]+\p{Lu}[\p{L}\p{M}.'’-]*){0,5}\s*$
    remove    Saksan liittokansleri Angela Merkel keskusteli Berliinissä Suomen pääministerin kanssa. Kuva: ALEXANDER BECHER
    remove    Fot. Lukasz Nowaczyk / Agencja Gazeta
    keep      Das neue Bild zeigt den Hafen im Morgenlicht.

# A caption sentence followed by the bare agency name ("... in New York. Reuters",
# "... on 11 February. EFE", "... use of the drug. Getty").
rule caption.agency-end caption line
    line      ends
    max-words 40
    case      sensitive
    regex     [.!?)]\s*(?:Reuters|REUTERS|Getty|Getty Images|AFP|AP|AP Photo|EFE|dpa|DPA|EPA|EPA-EFE|Xinhua|Bloomberg|Shutterstock|iStock|Imago|IMAGO|ANSA|ANP|Keystone|KEYSTONE|picture alliance)\s*$
    remove    The WeWork logo is displayed outside of a co-working space in New York. Reuters
    remove    Un grupo de pingüinos, en la Antártida el 11 de febrero pasado. EFE
    keep      The agency said it had no comment on the report by Reuters.
