"""Who and what a byline names that is no person, or no author: the outlet's desks, wire agencies,
CMS placeholders, job titles and the credits for photos and editing, in the languages of the news.

A vocabulary of the trade, not a table of sites. Read by ``cleaner.author.bylines`` (which splits one
byline into names) and the page-level author code.
"""

from __future__ import annotations

import re

from core.trades import ENGLISH_TRADES, ENVOYS, OTHER_TRADES, any_of

# A job title's rank or beat before it ("Senior Political Correspondent", "Chief Economics Editor").
RANKS = (r"senior|chief|staff|games|managing|news|sports|political|politics|health|business|foreign|"
          r"economics?|investigations?|investigative|science|technology|tech|culture|arts|environment|"
          r"climate|education|legal|crime|defen[cs]e|diplomatic|energy|financial|finance|opinion|features|"
          r"digital|local|city|metro|data|video|deputy|associate|assistant|contributing|executive|national|"
          r"international|global|world|white house|washington|europe|asia|africa|entertainment|travel|"
          r"markets|media|medical|security|courts|lifestyle|social media|breaking news|special|regional")
# Weekdays of the news languages, where they are no surname as well (Italian, French, German,
# Spanish, Portuguese, Dutch, Indonesian).
_WEEKDAYS = (r"lunedì|martedì|mercoledì|giovedì|venerdì|domenica|lundi|mardi|mercredi|jeudi|vendredi|"
             r"samedi|dimanche|montag|dienstag|mittwoch|donnerstag|lunes|miércoles|jueves|viernes|sábado|"
             r"(?:segunda|terça|quarta|quinta|sexta)-feira|maandag|dinsdag|woensdag|donderdag|vrijdag|"
             r"zaterdag|zondag|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|"
             # Arabic and Persian (Egyptian and Iranian bylines run into the day: "كتب A الخميس، 3 ديسمبر")
             r"الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|"
             r"یکشنبه|دوشنبه|سه‌شنبه|سه شنبه|چهارشنبه|پنجشنبه|پنج‌شنبه|جمعه|شنبه")
# A weekday's comma before its day ("Anna Schmidt Mittwoch, 12. April 2024"): not the comma between
# two names, dropped before the byline is cut in pieces so that the weekday goes with its day.
WEEKDAY_COMMA = re.compile(rf"(?<=\s)({_WEEKDAYS})[,،](?=\s*\d{{1,2}}(?!\d))", re.IGNORECASE)
# What trails a name in a byline's text: "Joshua Sokol May 3", "Ben Silverman Games Editor", a
# "Follow" button, the reviewer a health site names after the writer ("A Reviewed by B, MD").
AFTER_NAME = re.compile(
    # a month's name or abbreviation before the day (whole words: "Marinescu 12", "Martinez 3" are names)
    r"\s+(?:(?:on\s+)?(?:jan(?:uary)?|feb(?:ruary|rero)?|mar(?:ch|zo|s)?|apr(?:il)?|mayo?|jun(?:e|i|io)?|"
    r"jul(?:y|i|io)?|aug(?:ust)?|sep(?:t|tember|tiembre|tembre)?|oct(?:ober|ubre|obre)?|"
    r"nov(?:ember|iembre|embre|embro)?|dec(?:ember)?)\.?\s+\d+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    # a weekday's abbreviation before the day ("Jane Doe Tue 12 Apr 2024 14.46 BST") or its month
    # ("Jane Doe Mon May 6, 2024")
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]*\.?\s+)?\d{1,2}(?!\d)|"
    # ... or its name in another language ("Mario Rossi mercoledì 12 aprile 2024", "Budi Santoso
    # Jumat, 12 April 2024"); not the weekdays that are as often surnames (Freitag, Sonntag, Sabato,
    # Domingo, Piątek, Sobota, Środa, Niedziela)
    rf"(?:{_WEEKDAYS})[,،]?\s+\d{{1,2}}(?!\d)|"
    # a day before its month, in any language ("4 May 2024", "12 aprilie 2024", "4 de mayo de 2024")
    r"\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,}\.?(?:\s+de)?,?\s+\d{4}|"
    r"updated|published|posted|follow|(?:medically\s+)?reviewed\s+by|fact[- ]checked\s+by|"
    # Turkish and Azerbaijani "by", written after the name ("Ahmet Yılmaz tarafından")
    r"tarafından|tərəfindən|"
    # "published" and "updated" in the languages of the news (Urdu, Hindi, Bengali, Spanish, French,
    # German, Russian, Norwegian, Danish, Swedish, Dutch, Polish, Czech, Finnish, Italian, Portuguese)
    r"شائع|प्रकाशित|প্রকাশ|publicado|publié|veröffentlicht|опубликовано|publisert|publiceret|publicerad|"
    r"gepubliceerd|opublikowano|publikováno|julkaistu|pubblicato|oppdatert|opdateret|uppdaterad|bijgewerkt|"
    r"aktualisiert|actualizado|atualizado|aggiornato|zaktualizowano|"
    # Turkish "entered (on)", "updated", "published" and Indonesian "updated", "published" before their stamp
    r"giriş\s+tarihi|giriş\s*:|güncelle(?:me|nme)|yayınlanma|diperbarui|diterbitkan|"
    # "on" before the day ("Publicado por A el 12 de abril", "A le 12 avril", "A am 12. April")
    r"(?:el|le|il|am|em)\s+\d{1,2}(?!\d)|"
    # a job title after the name, with up to two words of rank or beat ("Senior Political Correspondent")
    rf"(?:(?:{RANKS})\s+){{0,2}}"
    rf"(?:{any_of(ENGLISH_TRADES)}|journalistin|journaliste|analyst)|"
    # "Special to The Courier": a freelancer's credit, not a name
    r"special\s+to)\b.*$",
    re.IGNORECASE,
)
# Author fields that name no one: placeholders of a CMS (its default account, a role's name).
PLACEHOLDER_AUTHORS = frozenset({"guest", "гость", "admin", "administrator", "editor", "username", "user",
                                 "web editor",
                                 # a field's label alone ("<div class=field__label>Author</div>"), in the
                                 # languages of the news
                                 "author", "authors", "autor", "autorin", "autoren", "autores", "autora",
                                 "auteur", "auteurs", "autore", "autori", "автор", "авторы", "yazar",
                                 "penulis", "writer", "written by", "posted by", "by", "tác giả", "作者",
                                 "저자",
                                 # "this paper", "this station" before a title ("本报评论员": the paper's
                                 # commentator, its editorial board's pen name)
                                 "本报", "本報", "本紙", "本社", "本台", "本刊"})
# The outlet's desk credited as the author: no person, but the author the page states, as real
# publishers' JSON-LD and bylines write it ("HT News Desk" as a Person, "Web Desk", "Redaktion") and
# as an article's true author list names it; kept as written, after any person a byline names.
DESK_AUTHORS = frozenset({
    "redaktion", "redacción", "rédaction", "redazione", "redação", "staff", "newsroom", "web desk", "desk",
    "news desk", "online desk", "digital desk", "web team", "editorial", "editorial staff", "editorial team",
    "news team", "staff reporter", "staff correspondent", "special correspondent", "our correspondent",
    "our staff reporter", "our bureau", "our reporter", "our special correspondent",
    "our staff correspondent", "our special reporter", "our staff writer", "our city reporter",
    "our sports reporter",
    # the desk ("the editors") in more languages: Polish, Czech, Slovak, Croatian, Lithuanian, Serbian,
    # Finnish, Swedish, Norwegian, Hungarian, Romanian, Russian, Ukrainian, Turkish, Indonesian, Dutch,
    # German, French, Italian
    "redakcja", "redakce", "redakcia", "uredništvo", "redakcija", "редакција", "toimitus", "redaktionen",
    "redaksjonen", "szerkesztőség", "redacția", "redactia", "редакция", "редакція", "haber merkezi",
    "redaksi", "redactie", "online-redaktion", "webredaktion", "la rédaction", "la redazione",
    # the desk and the staff reporter in South Asian languages (Urdu, Hindi, Bengali)
    "ویب ڈیسک", "نیوز ڈیسک", "ڈیجیٹل ڈیسک", "वेब डेस्क", "डिजिटल डेस्क", "ऑनलाइन डेस्क", "न्यूज़ डेस्क",
    "संवाददाता", "हमारे संवाददाता", "विशेष संवाददाता",
    # Swahili "our writer" ("Na Mwandishi Wetu": by our correspondent)
    "mwandishi wetu",
    "নিজস্ব প্রতিবেদক", "নিজস্ব সংবাদদাতা", "অনলাইন ডেস্ক", "ডিজিটাল ডেস্ক"})
# An outlet's desk named with the outlet: "TOI News Desk", "HT Digital Desk", "India Today Web Desk",
# "Redacción Prensa Latina", "Rédaction Le Point", "Reuters Staff", "Dawn Newsroom", and its team
# ("The Independent Team", "Daily Monitor Team", as African and Asian WordPress sites sign agency copy).
NAMED_DESK = re.compile(
    r"^(?:redacci[oó]n|redaktion|r[ée]daction|redazione|reda[cç][aã]o|redakcja|redakce|редакция|редакція|"
    r"newsroom|staff of)\s+\S|"
    r"\s(?:staff|newsroom|desk|redaktion|bureau|team)$",
    re.IGNORECASE)


def is_desk(name: str) -> bool:
    """``name`` is an outlet's desk (see ``DESK_AUTHORS``, ``NAMED_DESK``), not a person."""
    return name.casefold() in DESK_AUTHORS or bool(NAMED_DESK.search(name))


# The outlet's host name in a byline ("TOI Desk / TIMESOFINDIA.COM"), an outlet credit like an agency.
HOST_NAME = re.compile(r"^(?:www\.)?[^\W_][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|[a-z]{2})$", re.IGNORECASE)
# A time stamp's label left alone from a byline ("TOI Desk / Updated: Apr 12, 2024"), or its "Last"
# ("Last Updated January 7" loses its date, then its "Updated", as a name's trailer).
STAMP_LABEL = re.compile(r"^(?:last|(?:last )?(?:updated|published|posted)|mis à jour|publiée?|publicado|"
                         r"actualizado|atualizado|aktualisiert|veröffentlicht|aggiornato|pubblicato)$",
                         re.IGNORECASE)
# A job title in the author field, not a name: "AP Auto Writer", "Senior Editor", "CNN Editor-at-large".
ROLE_ONLY = re.compile(
    rf"\b(?:(?:{any_of(ENGLISH_TRADES)}|producer|analyst)s?"
    r"(?:[- ]at[- ]large|[- ]in[- ]chief)?|contributor|critic|commentator|bureau chief|"
    # ... in other languages, after a place or a beat ("İstanbul Muhabiri", "Politik-Redakteurin"):
    # these few, not every trade of core.trades: a name with its trade after it ("Mario Rossi
    # Giornalista") is kept, its trade cut, by the byline's reading
    r"muhabiri?|müdürü|korrespondent(?:in)?|redakteur(?:in)?|redacteur|redactrice)$|"
    # German compounds: the beat or the rank glued to the job ("Chefreporterin", "Auslandskorrespondent")
    r"[^\W\d_]{3}(?:reporter|korrespondent|redakteur)(?:in)?$", re.IGNORECASE)
# Wire agencies written after a name without a separator ("ERIC TUCKER Associated Press"): the
# name and the agency are two authors. A vocabulary of the trade, not a table of sites.
AGENCIES = (
    r"(?:the\s+)?associated press|ap|reuters|afp|agence france-presse|dpa|tass|interfax|xinhua|ria novosti|"
    r"ansa|efe|lusa|kyodo(?: news)?|yonhap|anadolu(?: agency)?|aa|bloomberg|upi|pti|ians|ani|vna|antara|"
    r"bernama|azertac|azərtac|apa|trend|belta|sputnik|irna|mena|wam|spa|kuna|qna|pap|ctk|mti|prensa latina|"
    r"notimex|télam|telam|ukrinform|unian|kazinform|armenpress|xinhuanet|europa press|adnkronos|agerpres|"
    r"ritzau|belga|anp|ntb|stt|hina|tanjug|bta|ana-mpa|keystone-sda|ttxvn|čtk|tasr|jiji|isna|azertag|dha|"
    r"(?-i:İHA|İha)|iha|(?-i:TT)|"
    # ... national agencies of South and Southeast Asia, Africa and the Balkans (Pakistan's APP,
    # Bangladesh's BSS, Nigeria's NAN, the Philippines' PNA, Côte d'Ivoire's AIP, Bosnia's FENA, Nepal's
    # RSS as the Nepali press writes it); in capitals where the letters are also a word ("app", "nan")
    r"(?-i:APP|NAN|PNA)|bss|aip|fena|रासस|"
    # ... the Baltic and Slovenian agencies and Serbia's FoNet, as written ("(STA)", "(LETA)", "(BNS)",
    # "(ELTA)"): in lower case the letters are words ("sta", "elta")
    r"(?-i:STA|LETA|BNS|ELTA|FoNet|FONET)|"
    # ... the wires of press releases and a national service named with its word "wire" ("/PRNewswire/",
    # "(BUSINESS WIRE)", "/GLOBE NEWSWIRE/", "(News24 Wire)")
    r"prnewswire|business\s?wire|globe\s?newswire|news24\s+wire|"
    # ... as the Chinese, Japanese, Korean and Serbian press write them
    r"新华社|新華社|中新社|共同通信|연합뉴스|танјуг|"
    # ... as the Russian, Ukrainian and Belarusian press write them
    r"интерфакс-украина|інтерфакс-україна|interfax-ukraine|"
    r"тасс|интерфакс|інтерфакс|риа новости|белта|укринформ|укрінформ|уніан|казинформ|азертадж|рбк|"
    # ... as the Greek press writes it (Athens-Macedonian; "ΑΠΕ" alone is also renewable energy)
    r"απε-μπε|"
    # ... as the Arabic press writes them (Reuters, AFP, MENA, Xinhua, KUNA, Sputnik, dpa)
    r"رويترز|أ ف ب|أ ش أ|شينخوا|كونا|سبوتنيك|د ب أ|"
    # ... and the Gulf's and Syria's own (WAM, SPA, SANA), as their press writes them
    r"وام|واس|سانا")
WHOLE_AGENCY = re.compile(rf"^(?:{AGENCIES})$", re.IGNORECASE)
AGENCY_WORD = re.compile(rf"(?<!\w)(?:{AGENCIES})(?!\w)", re.IGNORECASE)
BRACKETED_AGENCY = re.compile(rf"[(\[]\s*({AGENCIES})\s*[)\]]", re.IGNORECASE)
# ("Jane Doe of Reuters": the "of" is neither's)
TRAILING_AGENCY = re.compile(
    rf"^(?P<name>\S+(?:\s+\S+){{1,5}}?)(?:\s+(?:of|for|from))?\s+(?P<agency>{AGENCIES})$", re.IGNORECASE)
# A role written as a byline's label: "Reporter: A", "Korrespondentin: A", "Periodista: A".
ROLE_PREFIX = re.compile(
    rf"^(?:(?:senior |chief |staff |special )?(?:{any_of(ENGLISH_TRADES)})s?|reporting|"
    rf"(?:{any_of(OTHER_TRADES, ENVOYS)})(?:\s+(?:sp[ée]ciale?|especial|speciale))?|"
    # a source credit in the byline's place ("Izvor: Tanjug", "Source: AFP"): the agency is the author
    r"izvor|извор|source|quelle|fuente|fonte|источник|джерело|źródło|zdroj|kaynak|来源|來源|출처)\s*[:：]\s*",
    re.IGNORECASE)
# The titles a Chinese, Japanese or Korean byline writes after the name: reporter, correspondent,
# senior and editorial writers, commentator, columnist ("山田太郎記者", "김철수 기자", "정덕현 칼럼니스트").
CJK_TITLES = (r"記者|记者|特派員|特派员|編集委員|論説委員|評論員|评论员|通訊員|通讯员|"
              r"기자|특파원|칼럼니스트|논설위원|편집위원|통신원")
CJK_ROLE_SUFFIX = re.compile(rf"(?<=\S)\s*(?:{CJK_TITLES})$")
# A job title opening a byline's later piece: "Anna Smith, Correspondent in Kyiv".
ROLE_START = re.compile(
    r"^(?:(?:senior|chief|staff|special|foreign|political|sports|business|deputy|associate)\s+)*"
    rf"(?:{any_of(ENGLISH_TRADES)}|contributor|producer)s?\b", re.IGNORECASE)
# ... or a job title in the languages of the news opening a byline's later piece, with what follows it
# ("Anna Schmidt, Korrespondentin in Paris", "Mario Rossi, Inviato a Kiev", "Jean Dupont, Rédacteur en
# chef"): the whole piece is the name's.
ROLE_PIECE = re.compile(
    rf"^(?:{any_of(OTHER_TRADES, ENVOYS)}|"
    # ... and the forms and kin of a trade a byline's later piece writes: German "Journalist",
    # "Reporter", "Chefredakteur", "Korrespondentka", "Ressortleiterin", "colaborador", Turkish "editör"
    r"journalist|reporter|(?:chef)?redakt(?:eur|eurin|or|orka|ør|ör)|korrespondentka|ressortleiter(?:in)?|colaborador(?:a)?|"
    r"edit[öo]r|kontributor|koresponden|kommentator|"
    r"bureau chief|(?:deputy\s+|acting\s+|assistant\s+)?head\s+of|guest (?:contributor|writer|author)|"
    r"contributing|freelance|special to|"
    # ... or a title of several words opened by its head, capitalised as German nouns are and as
    # templates write titles: "Leiter Politik", "Chefin vom Dienst", "Jefe de Internacional",
    # "Responsable du service politique", "Caporedattore Esteri", "Zastępca redaktora naczelnego",
    # "Заместитель главного редактора" (no first name among these words: "A, Anna Leiter" is a name)
    r"[^\W\d_]*leiter(?:in)?|[^\W\d_]*chef(?:in|e)?|stellvertretende[rn]?|herausgeber(?:in)?|(?:sub)?jef[ea]|"
    r"(?:sub)?(?:director|diretor)a?|directeur|directrice|responsab(?:le|ile)|"
    r"(?:vice[\s-]?)?(?:capo(?:redatt(?:ore|rice))?|dirett(?:ore|rice))|editora|"
    # ... glued to the beat as Scandinavian, Finnish and Czech titles are ("Nyhetschef",
    # "Uutispäällikkö", "Päätoimittaja"), or Czech ("Vedoucí zahraniční rubriky", "Zástupce šéfredaktora")
    r"[^\W\d_]*redaktör|[^\W\d_]*päällikkö|[^\W\d_]*toimittaja|vedouc[íi]|zástup(?:ce|kyně)|šéf[^\W\d_]*|(?:adjunct-)?hoofdredacteur|zast[eę]pca|kierownik|szef(?:owa)?|"
    r"dyrektor|заместитель|главный|шеф-редактор|руководитель|начальник|директор|заступник|головний|"
    r"керівник)(?!\w)",
    re.IGNORECASE)
# ... or written right after the name with no comma, as a <br> the text lost leaves it ("Juan
# Pérez<br>Corresponsal en Bruselas", "Anna Schmidt Redakteurin"): the name is the words before it.
# Not the trades spelled as in English ("Reporter"): ``AFTER_NAME`` cuts those with the rank before
# them ("Jane Doe — Staff Reporter").
ROLE_AFTER_NAME = re.compile(
    rf"\s+(?:{any_of(OTHER_TRADES, ENVOYS)})(?!\w).*$",
    re.IGNORECASE)
# A contributor credited after the byline's authors ("By A. Additional reporting by B", "A; with
# additional reporting by B"): an article's author list names A only, B where no one else is named;
# the one rule for a byline (``cleaner.author.bylines``) and a wire's credit line at the foot
# (``cleaner.author.author_datelines``).
CONTRIBUTOR = re.compile(r"^(?:with\s+)?additional\s+reporting\s+(?:by\s+)?", re.IGNORECASE)
# Credits that are not the article's authors: photos, video, graphics, editing.
CREDIT = re.compile(
    r"^(?:©|(?:copyright|fotos?|photos?|photograph(?:y|s)?|pictures?|illustrations?|video|grafik|graphics?|"
    r"infographie|"
    r"edited|editing|redigert|bearbeitet|redaktion|фото|видео|biên tập|"
    # ... in Chinese, Japanese and Korean: photography, pictures, editing ("摄影：B", "编辑：B", "사진=B")
    r"摄影|攝影|图片|圖片|编辑|編輯|责编|責編|责任编辑|責任編輯|写真|사진|편집)(?:\b|(?=\s*[:：=]))|"
    # ... words that are also a name's or an outlet's ("Bild"), only as a label before its colon: Finnish
    # "Kuvat:", Swedish "Bild:", Polish "Zdjęcia:", Turkish "Fotoğraf:", Greek "Φωτογραφίες:", Persian
    # "عکس:", Vietnamese "Ảnh:"
    r"(?:kuvat?|bild(?:er)?|zdj[eę]ci[ea]|fotoğraf(?:lar)?|φωτογραφ[ίι]ες|φωτογραφία|عکس|ảnh)(?=\s*[:：]))",
    re.IGNORECASE)
# The editor's label beside the writer's ("Penulis: A | Editor: B", "Redaktur: B", "Penyunting: B"):
# the editor is an author only where the byline names no one else.
# (Indonesian credit lines write "Editor B" without its colon: "Penulis A | Editor B")
EDITOR_LABEL = re.compile(
    r"^(?:(?:editor|editora|redaktur|penyunting|editör|toimetaja|urednik|urednica|επιμέλεια|"
    r"责任编辑|責任編輯|编辑|編輯)\s*[:：]\s*|"
    r"(?-i:Editor|EDITOR)\s+(?=[A-Z]))", re.IGNORECASE)
# ... or a name with such a credit in brackets after it: "A (reporting) and B (photography)".
BRACKETED_CREDIT = re.compile(
    r"[(\[]\s*(?:fotos?|photo\w*|pictures?|illustrations?|video\w*|graphics?|grafik)\s*[)\]]\s*$",
    re.IGNORECASE)
# Academic and professional credentials after a name ("Brenda Goodman, MA").
CREDENTIALS = frozenset({"ma", "md", "phd", "mph", "rn", "ms", "msc", "bsc", "do", "dds", "jd", "mba",
                          "facp", "lcsw", "rd", "rdn", "ld", "cde", "np", "pa-c", "mfa", "dr", "psyd",
                          "pharmd", "dvm", "mbbs", "frcp", "facs", "bsn", "msn", "lpc", "cscs", "cpt"})
# Credentials in capitals opening a byline's later piece, before more words ("MA WebMD Health News").
LEADING_CREDENTIALS = re.compile(
    r"^(?:(?:MA|MD|PhD|MPH|RN|MS|MSc|RD|RDN|MBA|JD|DO|BSc|NP|CDE|LD)\.?\s+)+(?=[A-Z])")
