"""The "by" words of bylines in the languages of the news: before the names ("By", "Von", "Par",
"Por", "Di", "От", "Автор:", "記者", "글") and after them (Turkish "tarafından").

A vocabulary of the trade, not a table of sites. Read by ``cleaner.author.bylines`` (the names in a
byline's text, ``opens_byline``) and the code that finds bylines on a page.
"""

from __future__ import annotations

import re

from core.trades import ENGLISH_TRADES, ENVOYS, OTHER_TRADES, any_of

# A capital letter of the Latin scripts (for the case-sensitive "by" words below).
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽȘȚ"
# Indonesian "report by the outlet's journalist" and "contributor in PLACE" before the name, with
# its comma ("Laporan Wartawan Tribunnews.com, A", "Kontributor Bandung, A"): gone before the
# byline is split at its commas.
_REPORTER_OF = (r"(?:laporan\s+(?:wartawan|reporter|koresponden|kontributor)|kontributor|koresponden)"
                rf"\s+[^,:\n]{{2,40}},\s+(?=(?-i:[{UPPER}]))")
REPORTER_OF = re.compile(f"^{_REPORTER_OF}", re.IGNORECASE)
# A surname's particle after a capitalised "De" ("De La Cruz", "De Los Santos", "De Van Der Berg").
_PARTICLE = r"(?i:la|las|los|le|les|lo|van|der|den|de|da|das|do|dos|du|des|del|della|di)"
# "Our correspondent" with the beat or the place, as a byline's lead-in before the name: Dutch "Door onze
# redacteur A", German "Von unserem Korrespondenten A", French "De notre correspondant à Berlin A",
# "Avec notre correspondante à Dakar, A", Italian "Dal nostro inviato A", Spanish "Por nuestro
# corresponsal A", "By our Washington correspondent A".
_OUR_BY = r"(?:by|von|door|par|de|avec|por|di|dal|da|av|af)\s"
_OUR_TRADE = (
    rf"(?:{_OUR_BY}+)?(?:our|onze|unser(?:em|er)|notre|nuestr[oa]|"
    r"nostr[oa]|noss[oa]|vår|vores)\s+(?:[^\W\d_]+\s+)?"
    # the trade (core.trades), in the case "our" gives it ("unserem Korrespondenten"), or a co-worker
    rf"(?:(?:{any_of(ENGLISH_TRADES)})s?|{any_of(OTHER_TRADES, ENVOYS)}|korrespondenten|mitarbeiter(?:in)?|"
    r"verslaggeefster)(?:\s+(?:sp[ée]ciale?|especial|speciale))?")
# ... and the place, of one word before the name ("à Kiev A"): the words after it are the name's
_OUR_PLACE = rf"\s+(?:in|à|au|aux|en|a|em|i)\s+(?-i:[{UPPER}])[^\W\d_-]+"
# ... set apart from the name by its comma ("De notre envoyé spécial à Kiev, A"), the place of a few
# words ("à New York", "à Rio de Janeiro", "au Caire"): gone before the byline is split at its commas,
# which would leave "De notre" as a name.
# A desk's word alone before its comma is the desk, the place after it its own ("Our Correspondent, Port
# Harcourt"): the lead-in only with its "by" or its place.
OUR_TRADE_COMMA = re.compile(
    rf"^(?={_OUR_BY}|[^,]*{_OUR_PLACE}){_OUR_TRADE}(?:{_OUR_PLACE}(?:[\s-]+(?:(?:de|do|da|del|du|la|le)\s+)?(?-i:[{UPPER}])[^\W\d_-]+){{0,2}})?"
    rf"\s*,\s+(?=(?-i:[{UPPER}]))", re.IGNORECASE)
# "By" in the languages of the news: a byline's prefix, not part of a name.
BY_PREFIX = re.compile(
    # "By our correspondent" before the name, with the beat or the place: Dutch "Door onze redacteur A",
    # German "Von unserem Korrespondenten A", French "De notre correspondant à Berlin A", Italian "Dal
    # nostro inviato A", Spanish "Por nuestro corresponsal A", "By our Washington correspondent A"
    # A desk without its "by" before one word and no more is the desk and its city ("Our Correspondent
    # Peshawar"), no lead-in before a name.
    rf"^(?!(?!{_OUR_BY}){_OUR_TRADE}\s+[^\W\d_-]+\s*$){_OUR_TRADE}(?:{_OUR_PLACE})?\s*[:,]?\s+(?=(?-i:[{UPPER}]))|"
    r"^(?:(?:written|reported|reporting|writing|additional reporting|words|text|texto|texte|testo|tekst|"
    r"текст)"
    r"\s*(?:by|von|par|por|di|door|av|af)?|"
    # "written by" in other languages: Spanish, Portuguese, German, French, Italian, Norwegian/Danish,
    # Swedish, Dutch, Romanian; Polish and Finnish "wrote" / "written" without a "by"
    r"(?:escrit[oa]\s+por|redigid[oa]\s+por|reportagem\s+de|reportaje\s+de|geschrieben\s+von|scris[ăa]?\s+de|"
    r"[ée]crite?\s+par|scritt[oa]\s+da|a\s+cura\s+di|skrevet\s+a[vf]|skriven\s+av|geschreven\s+door|"
    r"napisał[a]?|kirjoittanut|"
    # Polish "compiled by" ("oprac. Jan Kowalski", "opr. Anna Nowak", "Opracowanie: ...", "opracowała")
    r"oprac\.|opr\.|opracowanie|opracował[a]?|"
    # "with material from", "with information from" an agency, no author beside it ("Mit Material von dpa")
    r"mit\s+material\s+(?:von|der)|con\s+informaci[óo]n\s+de|com\s+informa[çc][õo]es\s+d[aoe]s?|"
    # "published by" ("Publicado por A el 12 de abril", "Publié par A")
    r"(?:publicado|publié|publiée|pubblicato|veröffentlicht|publisert|posted|published|postad[oa])\s+(?:por|par|da|von|av|by)|"
    # Indonesian and Malay "posted by", "written by" (Blogger's "Diposting oleh A")
    r"(?:diposting|diposkan|ditulis|dikirim)\s+oleh|"
    r"publicat[ăa]?\s+de)|"
    # the kind of piece and its "by" in other languages: "Ein Kommentar von A", "Un article de A",
    # "Entrevista de A", "Un commento di A", Romanian "Un articol (scris) de A"
    r"(?:(?:ein|eine|un|une|una|uno)\s+)?(?:kommentar|gastbeitrag|beitrag|analyse|essay|reportage|kolumne|"
    r"article|tribune|chronique|entretien|entrevista|columna|cr[óo]nica|an[áa]lisis|opini[óo]n|"
    r"art[íi]culo|articolo|commento|analisi|intervista|articol(?:\s+scris)?)\s+(?:von|de|par|di|por)|"
    # an author's link "all the articles by A" ("Ver todas las noticias de A", "Alle Artikel von A",
    # "Tous les articles de A", "Todos os artigos de A", "Tutti gli articoli di A", "Más artículos de A")
    r"(?:(?:ver|voir|see|view)\s+)?(?:tod[oa]s\s+(?:l[oa]s|[oa]s)|tous\s+les|toutes\s+les|alle|tutti\s+gli|"
    r"tutte\s+le|más|mais|weitere|altri|altre)\s+(?:art[íi]culos|artigos|noticias|not[íi]cias|entradas|"
    r"publicaciones|publicações|articles|artikel|beiträge|articoli|notizie)\s+(?:de|von|di|do|da|del|des)|"
    # Swahili "NA" (by) in the capitals of a byline only: "Na" is a Korean family name; Swedish,
    # Norwegian and Danish "Av"/"Af" as written; Thai "by", "writer", "written by"
    r"by|von|par|por|door|(?-i:av|af|Av|Af|AV|AF|NA)|przez|oleh|bởi|โดย|ผู้เขียน|เขียนโดย|"
    # Khmer and Lao "by" (the Khmer press writes its own colon after it: "ដោយ៖ A")
    r"ដោយ|ໂດຍ|"
    r"autor(?:es|a|in|en|zy)?|auteurs?|"
    r"автор(?:ы)?(?:\s+текста)?|"
    # Azerbaijani and Uzbek "author" as an author box's label before the name ("Müəllif Tural Əliyev")
    r"müəllif|muallif|"
    # Arabic "wrote" ("كتب", "كتبت") before a dash or a tatweel: "كتب - A", "كتب ـ A"
    r"كتبت?\s*[-–—ـ]+|"
    # ... or before the name alone, two or three words to the line's end or a separator ("كتب محمد أحمد";
    # not "كتب الوزير رسالة إلى البرلمان", the minister wrote a letter to parliament)
    r"كتبت?(?=\s+(?:[\u0600-\u06ff]+\s+){1,2}[\u0600-\u06ff]+\s*(?:$|[|؛;،,\n]))|"
    r"作者|文|撰文|撰稿|本报记者|本報記者|记者|記者|"
    # Korean "text" ("글 김철수 기자"), with the photos ("글·사진 김철수 기자")
    r"글(?:\s*[·/]\s*사진)?|"
    # "by" in Hebrew and Arabic ("מאת", "بقلم"); Greek "Από τον/την" ("by the"), "Του"/"Της" (of)
    r"מאת|بقلم|από\s+(?:τον|την|τη|του|της|τους|τις)|(?-i:Του|Της|ΤΟΥ|ΤΗΣ|του|της|Των|ΤΩΝ|των|τον|την|τη)|"
    # Greek "writes" ("Γράφει ο A", "Γράφουν οι A και B")
    r"γράφ(?:ει|ουν)(?:\s+(?:ο|η|οι))?|γραφ(?:ει|ουν)(?:\s+(?:ο|η|οι))?)\s*[:：/៖]?\s+|"
    # Romanian "de", Italian "di" (capitalised too: "Di Maio" alone is a surname), Albanian "Nga",
    # before a capitalised name of two words or more ("de Maria de Souza"): the common words ("de la
    # Fuente" is a surname);
    # Romanian and Portuguese "De" as templates capitalise it, not before a particle ("De La Cruz")
    rf"^(?-i:(?:d[ei]|Di|DI|Nga|NGA|(?:De|DE)(?!\s+{_PARTICLE}\s))\s+"
    rf"(?=[{UPPER}][^\W\d_]*[ -]+(?:{_PARTICLE}\s+)*[{UPPER}]))|"
    # ... and "di"/"de" in lower case before an agency's acronym or the desk's word alone ("di ANSA",
    # "de EFE", "di Redazione")
    r"^(?-i:d[ei]\s+(?=(?:[A-Z]{2,6}|Redazione|Redacci[oó]n|Reda[cç][aã]o)$))|"
    # an author box's "more by" label before the name, capitalised as templates capitalise it ("Mehr Von
    # A", "MEHR VON A", "Weitere Artikel von A", "Plus d'articles de A", "Más de A", "Altri articoli di
    # A", "Meer (artikelen) van A", "Więcej od A", "Mais de A", "More from A", "Mehr zum Autor A"), before a
    # capitalised name of two words
    rf"^(?:(?:(?:mehr|weitere)(?:\s+(?:artikel|beiträge))?|plus\s+d['’]articles|m[áa]s|altri\s+articoli|"
    rf"meer(?:\s+artikelen)?|więcej|mais|more)\s+(?:von|de|di|van|od|from|by)|mehr\s+(?:zu[mr]|vo[mn])\s+"
    rf"autor(?:in)?)\s+(?=(?-i:[{UPPER}][^\W\d_]*[ -]+(?:{_PARTICLE}\s+)*[{UPPER}]))|"
    # Bulgarian "От", Macedonian "Од" (by) before a capitalised name of two words ("От Иван Петров")
    r"^(?-i:(?:От|ОТ|Од|ОД)\s+(?=[А-ЯЁЃЌЅЈЉЊЏ][а-яёѓќѕјљњџ-]+\s+[А-ЯЁЃЌЅЈЉЊЏ]))|"
    # Filipino "Ni" (by) before a capitalised name of two words or more, perhaps with a particle
    # ("Ni Juan dela Cruz"; "Ni Wei" is a name)
    rf"^(?-i:(?:Ni|NI)\s+(?=[{UPPER}]\S*\s+(?:(?:dela|de|del|delos|de\s+los)\s+)?[{UPPER}]))|"
    # Indonesian "report by the outlet's journalist" and "contributor in PLACE" (see ``REPORTER_OF``)
    rf"^{_REPORTER_OF}|"
    # Indonesian "Penulis" (writer) without its colon, as a credit line writes it ("Penulis A | Editor B")
    rf"^(?-i:(?:Penulis|PENULIS)\s+(?=[{UPPER}]))|"
    # Vietnamese "Theo" (by) before a name written with Vietnamese letters: "Theo" is a name elsewhere
    r"^theo\s+(?=[^\n,;|]{0,30}?[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9])|"
    # Chinese and Japanese labels without a space after their colon ("记者：王晓明", "文・山田太郎"), and
    # the Japanese press's titles of its writers before the name ("編集委員・山田太郎", "論説委員 山田太郎")
    r"^(?:取材・文|文・写真|写真・文)(?:\s*[:：/／・]\s*|\s+)(?=\S)|"
    # French "interview collected by" ("Propos recueillis par A", "Entretien réalisé par A")
    r"^(?:propos\s+recueillis|entretien\s+r[ée]alis[ée])\s+par\s+(?=\S)|"
    r"^(?:作者|文|记者|記者|撰文|執筆者?|筆者)\s*[:：/／・|｜]\s*(?=\S)|"
    r"^(?:特別)?(?:編集委員|論説委員|解説委員|専門記者|特派員|支局長)\s*[:：/／・\s]\s*(?=\S)|"
    # labels that are a byline's only with their colon: Polish ("wrote", "compiled by"), Turkish, Finnish,
    # Hungarian, Lithuanian, Latvian, Greek, Persian, Arabic ("wrote:"), Vietnamese, Croatian/Serbian/Bosnian,
    # Czech, Slovak, Norwegian/Danish, Swedish
    r"^(?:napisał[a]?|opracowanie|yazan|yazar|kirjoittaja|teksti|toimittaja|szerző|írta|autorius|autors|"
    r"συντάκτης|نویسنده|"
    r"كتبت?|إعداد|تقرير|خبرنگار|haber|tác giả|phóng viên|người viết|piše|napisao|napisala|napsal[a]?|"
    r"napísal[a]?|forfatter|författare|skribent|"
    # Slovenian, Serbian, Azerbaijani, Uzbek, Georgian, Armenian, Hindi/Marathi/Nepali (and Hindi "by"),
    # Bengali, Urdu,
    # Indonesian ("writer", "journalist", "reporter", "report"), Turkish ("reporter"), Finnish ("author")
    r"avtor(?:ica|ji)?|аутор|müəllif|muallif|ავტორი|հեղինակ|लेखक|द्वारा|লেখক|تحریر|penulis|wartawan|pewarta|laporan|"
    r"jurnalis|muhabir|tekijä|"
    # Tamil ("writing", "written by", "reporter"), Urdu ("correspondent", "author"), Bengali
    # ("reporter"), Swahili ("writer")
    r"எழுத்து|எழுதியவர்|செய்தியாளர்|نامہ نگار|مصنف|প্রতিবেদক|mwandishi|"
    # Hindi/Nepali/Marathi ("report", "reporter", "correspondent", "writer" in the feminine), Bengali
    # ("report", "wrote"): their vowel signs are no letters to \w, so no other label's pattern reads them
    r"रिपोर्ट|रिपोर्टर|संवाददाता|लेखिका|वार्ताहर|প্রতিবেদন|লিখেছেন|"
    # "Reporter: A" (Indonesian and Malay bylines write it so, "Kontributor: A" too)
    r"reporter|kontributor)"
    # (Armenian writes its "՝" where others write a colon: "Հեղինակ՝ A")
    r"(?:\s*[:：]|՝)\s+",
    re.IGNORECASE)
# A byline whose "by" follows the names (Turkish, Azerbaijani): "Ahmet Yılmaz tarafından".
BY_AFTER = re.compile(r"^[^\W\d_][^\d:.!?]{2,60}\s(?:tarafından|tərəfindən)\s*$")
