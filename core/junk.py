"""The junk-line rules: what extractors leave behind around and inside an article body, judged line
by line (one line = one paragraph).

Rules are general, not tied to one site: photo credits and captions, date banners, breadcrumbs,
share/font widgets, metadata labels, comment prompts, and in many languages "read also" teasers,
paywall and membership prompts, donation appeals, player labels, "as of" stamps, embedded posts, staff
and rights credits, agency sign-offs. The cuts across lines (the tail after the article, a "read also"
marker with the headline after it) are ``core.tails``'. ``core.text.clean_text`` applies them (to
the clean stage's article bodies and to the classifier's seeds); bump ``core.text.CLEANER_VERSION``
when a rule here changes so ``newsflow reprocess`` can find old rows.
"""

from __future__ import annotations

import re

_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAY = (
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
)
# A line made only of date/time parts: "Wednesday , January 27 2021", "26 Mar 2021 21:33",
# "2019.05.23 / 23:39", "Updated: 12:01 GMT".
_DATE_TOKEN = re.compile(
    rf"^(?:{_MONTH}|{_WEEKDAY}|\d{{1,4}}(?:[./:-]\d{{1,4}}){{0,2}}(?:st|nd|rd|th)?|am|pm|gmt|utc|"
    r"[a-z]{2,4}t|updated|published|posted|last|on|at|,|/|\||-|–|:|\.)$",
    re.IGNORECASE,
)
_DATE_SPLIT = re.compile(r"(\s+|,|/|\||(?<!\d):|:(?!\d))")

# Breadcrumbs: "Home / WORLD / ...", "Home > News", "Home page Politics".
_BREADCRUMB = re.compile(r"^(?:home(?:\s*page)?|main(?:\s*page)?)\s*(?:[/>»|›]|$|\s+\w+$)", re.IGNORECASE)
_BREADCRUMB_SEPARATED = re.compile(r"^home\s*[/>»|›]", re.IGNORECASE)

# Captions and credits: "... File Photo", "(Photo: VNA)", "Photo: Reuters", "Nrm Image".
_CREDIT = re.compile(
    r"(?:\(\s*(?:photo|image|picture|file photo|credit|source)\b[^)]*\)\s*$|"
    r"\bfile photo\.?\s*$|^(?:photo|image|picture|credit|photograph)s?\s*(?:credit)?\s*:|"
    # "Photo:" in other languages
    r"^(?:foto|fotó|фото|kuva|zdjęcie|zdjęcia|φωτογραφία|صورة|عکس|תמונה|ảnh|사진|照片|写真|bild|imagen|immagine)"
    r"\s*[:：]|"
    r"^(?:getty images|afp|reuters|ap photo|epa)\b[^.]{0,60}$)",
    re.IGNORECASE,
)
_POSITION_MARKER = re.compile(r"\((?:l|r|c|left|right|centre|center|from left|2nd [lr])\)", re.IGNORECASE)
_MEDIA_WORD = re.compile(r"\b(?:image|photo|picture|video|gallery|img)\b", re.IGNORECASE)

# Comment prompts and form boilerplate.
_COMMENT_PROMPT = re.compile(
    r"(?:your email address will not be published|required fields are marked|"
    r"^(?:leave a (?:reply|comment)|post a comment|add (?:a )?comment|log in to comment|"
    r"you must be logged in)|^\d+\s+comments?$|"
    # the comment section's disclaimer ("Disclaimer: The comments uploaded on this site do not ...")
    r"^disclaimer\s*:.{0,40}\bcomments?\b)",
    re.IGNORECASE,
)
# "Read also" in the languages of the sources: a teaser of another article, alone on its line or
# before that article's headline.
READ_ALSO = (
    r"read (?:more|also)|also read|see also|related|les også|les mer|læs også|læs mere|läs också|läs mer|"
    r"(?:à )?lire aussi|lire la suite|(?:à )?voir aussi|sur le même sujet|lesen sie (?:auch|mehr)|"
    r"mehr zum thema|auch interessant|weiterlesen|das könnte sie auch interessieren|lee también|"
    r"lea también|leer más|ver también|te puede interesar|noticias relacionadas|leia (?:também|mais)|"
    r"veja também|saiba mais|leggi anche|potrebbe interessarti|vedi anche|lees ook|lees meer|zie ook|"
    r"читайте (?:также|тоже|також)|смотрите также|читать далее|подробнее|czytaj (?:też|także|więcej)|"
    r"zobacz (?:też|także)|przeczytaj (?:też|również)|čtěte (?:také|též)|přečtěte si (?:také|též)|"
    r"baca juga|xem thêm|đọc thêm|ayrıca okuyun|ilgili haberler|اقرأ أيضا[ًا]?|相关阅读|延伸阅读|相关新闻|"
    r"関連記事|あわせて読みたい|don'?t miss|see more|more|also|related posts?|you (?:may|might) also like|"
    r"most read(?: in [\w ]{1,30})?|lire également|à lire|leia mais|más información|mehr dazu|"
    # Azerbaijani, Vietnamese, Korean, Hindi, Turkish, Finnish, Ukrainian, Chinese, Arabic variants
    r"həmçinin (?:oxuyun|oxu|bax)|oxu|tin liên quan|bài liên quan|관련\s?기사|यह भी पढ़ें|"
    r"ayrıca (?:bakınız|bkz)|lue myös|läs även|дивіться також|推荐阅读|اقرأ المزيد|"
    # Kazakh, Uzbek, Georgian, Armenian, Greek, Hebrew, Persian, Thai, Romanian, Hungarian, Czech
    r"толығырақ|сондай-ақ оқыңыз|shuningdek,? o['‘’ʻ]qing|ასევე წაიკითხეთ|կարդացեք նաև|"
    r"διαβάστε (?:επίσης|ακόμη)|קראו (?:גם|עוד)|עוד בנושא|بیشتر بخوانید|بخوانید|อ่านเพิ่มเติม|"
    r"citește și|olvassa el ezt is|související články|"
    # Swahili, Urdu, Hindi, Bengali, Serbian/Croatian/Bosnian, Bulgarian, Rioplatense Spanish
    r"soma (?:pia|zaidi)|مزید پڑھیں|یہ بھی پڑھیں|ये भी पढ़ें|और पढ़ें|আরও পড়ুন|আরো পড়ুন|"
    r"pročitajte (?:još|i|takođe)|прочитајте (?:још|и)|још вести|още по темата|прочетете (?:още|също)|"
    r"mirá también|lue lisää|prečítajte si (?:tiež|aj)|preberite (?:tudi|še)|loe (?:ka|lisaks)|"
    r"skaitykite (?:taip pat|daugiau)|lasiet (?:arī|vairāk)|διαβάστε ακόμα|вижте (?:още|също)|також читайте|"
    r"อ่านข่าวเพิ่มเติม|更多阅读|ilginizi çekebilir|bunu da okuyun|must read|recommended"
)
# Single in-body promos: "READ MORE: Another headline", "Les også: ...", "Читайте также: ...".
# The bare "READ:" of English teasers takes its colon ("read-only" opens a sentence).
_INLINE_PROMO = re.compile(rf"^(?:{READ_ALSO})\s*[:：|\-–—»>]\s*\S|^read\s*:\s*\S", re.IGNORECASE)
# Paywall and membership prompts, donation appeals, player labels, "as of" stamps, embedded posts.
_PROMPT = re.compile(
    r"(?:^(?:subscribe\b|sign up|log ?in|already a (?:subscriber|member)|become a (?:member|subscriber)|"
    r"support (?:our|independent|quality) journalism|donate|make a (?:donation|contribution)|"
    r"abonnez-vous|déjà abonné|soutenez|jetzt (?:abonnieren|weiterlesen|unterstützen)|bereits abonnent|"
    r"unterstützen sie|suscríbete|ya eres suscriptor|hazte socio|assine|já é assinante|abbonati|"
    r"подпишитесь|оформите подписку|wesprzyj|play video|watch(?: the)? video|now playing|replay|"
    r"listen to (?:this|the) (?:article|story)|video duration|as of \d+|stand: \d+)\b|"
    r"(?:to continue reading|for subscribers only|subscriber-only|exclusive to (?:subscribers|members)|"
    r"this (?:article|content) is (?:only )?(?:available|reserved) (?:to|for) (?:subscribers|members)|"
    r"réservé aux abonnés|nur für abonnenten|exclusivo para (?:suscriptores|assinantes)|"
    rf"pic\.twitter\.com/\w+|\(@\w{{1,15}}\) (?:{_MONTH}) \d{{1,2}}, \d{{4}})|"
    # newsletters, sharing and following
    r"delivered (?:right )?(?:to|in) your inbox|"
    r"(?:subscribe|sign up) (?:to|for) (?:our|the)\b.{0,40}newsletter|^[\w'’ ]{0,30}\bnewsletters?$|"
    r"abonelik için|abone ol(?:un)?\b|berlangganan sekarang|"
    # cookie notices, in the site's own voice (an article about cookie rules does not say "we use")
    r"\b(?:we use|this (?:web)?site uses|wir verwenden|diese (?:web)?seite verwendet|nous utilisons|"
    r"ce site utilise|utilizamos|usamos|utilizziamo|używamy|мы используем|we gebruiken|vi bruker|"
    r"vi använder|käytämme)\b.{0,30}\bcook(?:ies?|ie-dateien)\b|çerez(?:ler)?(?:i)? kullan|"
    r"^(?:accept|allow|reject|manage)(?: all)? cookies?\b|^cookie (?:settings|preferences|policy)$|"
    r"(?:suscr[ií]bete|inscr[ií]bete|abonnez-vous|inscrivez-vous|abonnieren sie|melden sie sich|assine|"
    r"inscreva-se|iscriviti|подпишитесь|zapisz się)\b.{0,60}(?:newsletter|bolet[ií]n|bulletin|"
    r"lettre d'information|рассылк|informativo)|"
    r"share (?:it|this(?: story| article)?) with (?:a|your) friends?|"
    # donation and membership appeals: the ask, the button, the price
    r"\bsupport (?:independent|quality|our|public[- ]interest) journalism\b|\breaders like you\b|"
    r"^our (?:journalism|reporting) (?:is|relies|depends|needs)\b|"
    r"\b(?:please )?make a (?:donation|contribution)\b|\bfrom as little as [$£€]\s?\d|"
    r"(?-i:^(?:Support|SUPPORT|Donate to|Become an?) (?:us|US|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})$)|"
    # "with a hyperlink" notes on reuse ("При цитуванні ... гіперпосилання ... обов'язкові")
    r"(?:hyperlink|гиперссылк|гіперпосилан|активн\w* ссылк)\w*\b.{0,80}(?:mandatory|required|obligatory|"
    r"обязательн|обов['’]язков)|"
    r"^follow (?:us|[\w.]+(?: [\w.]+){0,3}) on (?:twitter|facebook|instagram|youtube|tiktok|linkedin)\b|"
    # rights notices that say the law protects them ("Drepturile de autor ... sunt protejate de lege")
    r"(?:\bcopyright|drepturile de autor|авторските права|autorská práva|prawa autorskie)\b.{0,100}"
    r"(?:protected by law|protejate de lege|защитени от закона|chráněn[aáy]? zákonem|chronione prawem)|"
    # ... and without the word hyperlink ("При цитировании материалов ссылка на источник обязательна")
    r"^(?:при (?:цитировании|использовании|копировании|перепечатке|цитуванні|використанні)|"
    r"у разі (?:цитування|використання)|when (?:quoting|citing|reproducing|republishing))\b.{0,100}"
    r"(?:обязательн|обов['’]язков|mandatory|required|obligatory)|"
    # invitations to the outlet's channels ("Подписывайтесь на наш канал в Telegram", "Folgen Sie uns auf X")
    r"^(?:follow|join|подписывайтесь|присоединяйтесь|читайте нас|підписуйтеся|підписуйтесь|приєднуйтеся|"
    r"suivez-nous|rejoignez-nous|folgen sie|abonnieren sie|síguenos|únete|seguici|siga-nos|segue-nos|"
    r"obserwuj(?:cie)? nas|dołącz)\s.{0,80}\b(?:telegram|whatsapp|viber|facebook|instagram|twitter|youtube|"
    r"tiktok|linkedin|threads|дзен|dzen|вконтакте|google news)\b|"
    # ... and where the verb comes last (Bengali, Hindi, Urdu, Turkish): "গুগল নিউজ চ্যানেল ফলো করুন"
    r"(?:google news|গুগল নিউজ|गूगल न्यूज़|گوگل نیوز|telegram|whatsapp|facebook|youtube|instagram|"
    r"টেলিগ্রাম|ফেসবুক|ইউটিউব|व्हाट्सएप|फेसबुक|یوٹیوب|واٹس ایپ).{0,40}"
    r"(?:ফলো করুন|যুক্ত হোন|फ़ॉलो करें|फॉलो करें|जुड़ें|فالو کریں|جوائن کریں|takip edin)\s*[.!।]?$|"
    # the error-report prompt ("select it and press Ctrl+Enter")
    r"\bctrl\s*\+\s*enter\b|"
    # news tips by e-mail ("Jeste li vidjeli nešto zanimljivo? Pošaljite nam prijavu na prijave@...")
    r"\b(?:send us|e-?mail us|contact us|write to us|pošaljite nam|javite nam|napište nám|napisz do nas|"
    r"schreiben sie uns|écrivez-nous|escríbenos|envíenos|напишите нам|пишите нам|напишіть нам)\b"
    r".{0,80}@[\w-]+\.\w|"
    # reading on behind the paywall, in more languages
    r"tämä artikkeli on vain tilaajille|доступн\w* лише (?:для )?передплатник|"
    r"доступн\w* только (?:для )?подписчик|"
    r"^чтобы продолжить чтение|^continúa leyendo con|^pour lire la suite|^weiterlesen mit (?:abo|plus)|"
    # appeals to support the newsroom (Czech, Slovak, Hungarian, Russian, Ukrainian)
    r"(?:podpořte|podporte|támogasd|támogassa|támogass|поддержите|підтримайте)\b.{0,40}"
    r"(?:žurnalisti|novinárstv|újságírás|журналисти|журналісти|redakci|szerkesztőség)|"
    # the outlet's app and channels
    r"^download (?:the|our) [\w ]{0,20}app\b|^get the latest news on (?:whatsapp|telegram)|"
    r"^click here to (?:join|follow|subscribe)\b|"
    # the text-size widget ("Share AA + Text Size")
    r"^(?:\S+ ){0,3}[+−-]?\s*(?:text|font)[ -]size$|"
    # reading time
    r"^(?:reading time|read time|lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|"
    r"tempo di lettura|время чтения|czas czytania|leestijd|lesetid|läsetid|læsetid|lukuaika)\s*:?\s*\d|"
    r"^\d+\s*min(?:ute)?s? read$|"
    # a teaser's headline with its tag ("Headline [VIDEO]"), and tag lists
    r"(?-i:^\S+(?: \S+){2,}(?<![.!?。])\s*\[[A-Z]{3,12}\]\|?$)|"
    r"^(?:filed under|tags?|topics|schlagwörter|schlagworte|stichwörter|themen|etiquetas|temas|mots-clés|"
    r"argomenti|теги|тэги|темы)\s*:\s*\S)",
    re.IGNORECASE,
)
# ``_PROMPT`` tries its branches at every position of the line, which made it the dearest rule by
# far. Every match holds one of these words, read in the lowered line: a line with none of them
# (most lines) is not searched. Each branch of ``_PROMPT`` gives its own: those anchored at the line's
# start (``_PROMPT_HINT_START``), the others anywhere (``_PROMPT_HINT``). Kept in step with
# ``_PROMPT`` by tests/test_clean_junk_prompt_hints.py.
_PROMPT_HINT_START = re.compile(
    # paywall, membership and player prompts
    r"subscribe|sign up|log ?in|already a |become a|support |donate|make a |abonnez-vous|déjà abonné|"
    r"soutenez|jetzt |bereits abonnent|unterstützen sie|suscríbete|ya eres suscriptor|hazte socio|assine|"
    r"já é assinante|abbonati|подпишитесь|оформите подписку|wesprzyj|play video|watch|now playing|replay|"
    r"listen to |video duration|as of |stand: |our journalism|our reporting|"
    # invitations to the outlet's channels, notes on reuse, paywalls, apps
    r"follow|join|подписывайтесь|присоединяйтесь|читайте нас|підписуйтеся|підписуйтесь|приєднуйтеся|"
    r"suivez-nous|rejoignez-nous|folgen sie|abonnieren sie|síguenos|únete|seguici|siga-nos|segue-nos|"
    r"obserwuj|dołącz|при |у разі |when (?:quoting|citing|reproducing|republishing)|"
    r"чтобы продолжить чтение|continúa leyendo con|pour lire la suite|weiterlesen mit |download |"
    r"get the latest news on |click here to |"
    # reading time, tag lists
    r"reading time|read time|lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|"
    r"tempo di lettura|время чтения|czas czytania|leestijd|lesetid|läsetid|læsetid|lukuaika|"
    r"(?:filed under|tags?|topics|schlagwörter|schlagworte|stichwörter|themen|etiquetas|temas|mots-clés|"
    r"argomenti|теги|тэги|темы)\s*:"
)
_PROMPT_HINT = re.compile(
    r"to continue reading|for subscribers only|subscriber-only|exclusive to |this article is |"
    r"this content is |réservé aux abonnés|nur für abonnenten|exclusivo para |pic\.twitter\.com/|\(@|"
    r"your inbox|newsletter|bolet|bulletin|lettre d'information|рассылк|informativo|abonelik için|abone ol|"
    r"berlangganan sekarang|cookie|çerez|with (?:a|your) friend|journalism|readers like you|"
    r"make a (?:donation|contribution)|from as little as|hyperlink|гиперссылк|гіперпосилан|активн|"
    r"copyright|drepturile de autor|авторските права|autorská práva|prawa autorskie|"
    r"ফলো করুন|যুক্ত হোন|फ़ॉलो करें|फॉलो करें|जुड़ें|فالو کریں|جوائن کریں|takip edin|ctrl|"
    r"send us|e-?mail us|contact us|write to us|pošaljite nam|javite nam|napište nám|napisz do nas|"
    r"schreiben sie uns|écrivez-nous|escríbenos|envíenos|напишите нам|пишите нам|напишіть нам|"
    r"tämä artikkeli on vain tilaajille|доступн|podpořte|podporte|támogasd|támogass|поддержите|"
    r"підтримайте|(?:text|font)[ -]size|min(?:ute)?s? read|\[[a-z]{3,12}\]"
)
# The few letters ``re.IGNORECASE`` takes for a hint's letter (or ``_PAYWALL_NOTICE``'s) that
# ``str.lower`` does not make it ("İ" and "ı" for "i", "ſ" for "s", old Cyrillic forms): a line with
# one is searched whatever it holds.
_PROMPT_ODD_LETTERS = re.compile("[İıſᲀ-ᲈ]")


def _is_prompt(line: str) -> bool:
    lowered = line.lower()
    if (_PROMPT_HINT_START.match(lowered) is None and _PROMPT_HINT.search(lowered) is None
            and _PROMPT_ODD_LETTERS.search(line) is None):
        return False
    return _PROMPT.search(line) is not None


def _is_paywall_notice(line: str) -> bool:
    if _PAYWALL_NOTICE_LOWERED.search(line.lower()) is None and _PROMPT_ODD_LETTERS.search(line) is None:
        return False
    return _PAYWALL_NOTICE.search(line) is not None


# The same kinds of prompt in more languages, each at the start of the line (matched there only, at
# no cost on the rest of the line): membership prompts, appeals to support the newsroom, an embedded
# Instagram post's labels ("Diesen Beitrag auf Instagram ansehen", "Une publication partagée par X
# (@x)").
_PROMPT_START = re.compile(
    r"(?:word abonnee|al abonnee|bli abonnent|bliv abonnent|er du allerede abonnent|bli prenumerant|"
    r"är du redan prenumerant|sei già abbonato|abbonati ora|masz już (?:konto|subskrypcję)|"
    r"zostań (?:subskrybentem|prenumeratorem)|už máte předplatné|oletko jo tilaaja|"
    r"ya tienes (?:una )?cuenta|já tem (?:uma )?conta|vous avez déjà un compte)\b|"
    r"(?:steun|støtt|stöd|støt|apoya|apoie|sostieni|wspieraj|wesprzyj|podpořte)\s+(?:\S+\s+){0,3}"
    r"(?:journalistiek|journalistikk|journalistik|periodismo|jornalismo|giornalismo|dziennikarstw\w*|"
    r"žurnalistiku|redakci)\b|"
    r"(?:view this (?:post|profile) on|diese[nms] (?:beitrag|profil) auf|voir cette publication sur|"
    r"ver esta publicaci[oó]n en|visualizza questo post su|ver essa foto no|ver esta publicação no|"
    r"посмотреть эту публикацию в) instagram|"
    r"(?:a post shared by|ein beitrag geteilt von|une publication partagée par|"
    r"una publicaci[oó]n compartida (?:de|por)|un post condiviso da|uma publicação compartilhada por|"
    r"публикация от)\s.{0,80}\(@[\w.]{1,30}\)",
    re.IGNORECASE,
)
# A prompt runs to a few sentences at most; a longer line is prose that quotes the words.
_MAX_PROMPT_WORDS = 25
# ... and the paywall's notice anywhere in its line ("Denne artikkelen er kun for abonnenter"),
# one literal phrase each.
_PAYWALL_NOTICE = re.compile(
    r"kun for abonnenter|bare for abonnenter|endast för prenumeranter|"
    r"alleen voor abonnees|riservato agli abbonati|tylko dla (?:prenumeratorów|subskrybentów)|"
    r"pouze pro předplatitele|len pre predplatiteľov|有料会員限定|会員限定記事|付费内容|유료 회원 전용",
    re.IGNORECASE,
)
# The same phrases in the lowered line, without IGNORECASE's dearer search (as ``_PROMPT_HINT``).
_PAYWALL_NOTICE_LOWERED = re.compile(_PAYWALL_NOTICE.pattern)
# Metadata labels left alone on a line.
# A source credit line ("Source: Reuters", "المصدر : الجزيرة + وكالات", "来源：新华网").
_SOURCE_LINE = re.compile(
    r"^(?:sources?|quelle|fuente|fonte|источник|المصدر|来源|來源|출처|nguồn|kaynak|źródło|zdroj)\s*[:：]\s*\S",
    re.IGNORECASE,
)
_MAX_SOURCE_LINE_WORDS = 8
# "All rights reserved" in the languages of the news.
_RIGHTS = (
    r"riproduzione riservata|all rights reserved|alle rechte vorbehalten|tous droits réservés|"
    r"todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|"
    r"все права защищены|всі права захищені|wszelkie prawa zastrzeżone")
# Staff credits and copyright lines that close an article ("Pewarta: Budi Santoso", "Editor: Rina
# Wulandari", "COPYRIGHT © ANTARA 2024"). Not "Reporter:", which opens the questions of an interview.
_STAFF_CREDIT = re.compile(
    r"^(?:pewarta|penulis|editor[a]?|redaktur|redaktor|fotografer|penerjemah|uploader|translated by|"
    r"traducci[oó]n|tradução|übersetzung|perevod|перевод)\s*:\s*\S|^(?:copyright\b|©)|"
    # the rights notice wherever the copyright sign sits ("RIPRODUZIONE RISERVATA © Copyright ANSA")
    rf"(?:©|\bcopyright\b).{{0,40}}(?:{_RIGHTS})|(?:{_RIGHTS}).{{0,40}}(?:©|\bcopyright\b)",
    re.IGNORECASE,
)
# The desk editor's credit that closes Chinese articles ("【责任编辑:王晓明】", "（编辑：李明）").
_EDITOR_CREDIT = re.compile(
    r"^[【\[(（]?\s*(?:责任编辑|責任編輯|责编|编辑|編輯)\s*[:：]\s*\S{1,20}\s*[】\])）]?$")
# The desk editors' initials between slashes that close agency copy ("/ВЙ/", "/cb", "/ab/cd/").
# Also without the opening slash, in lower case ("arc/jcm").
_INITIALS_SIGN = re.compile(
    r"^/\s*[^\W\d_]{1,4}(?:\s*/\s*[^\W\d_]{1,4})*\s*/?$|(?-i:^[a-z]{2,4}(?:/[a-z]{2,4})+$)")
# An agency's sign-off on its own line ("-- BERNAMA", "— AFP", "--ENDS--"); one hyphen opens a list's
# item ("- GPS").
_SIGN_OFF = re.compile(r"^(?:-{2,3}|[–—]{1,2})\s*[A-Z]{2,}(?:[ .][A-Z]{2,})*\s*[-–—]{0,3}$")
# The publication stamp's line with its label, in any script's digits ("प्रकाशित : चैत्र ३०, २०८० १४:४६").
_PUBLISHED_LINE = re.compile(
    r"^(?:published|posted|updated|प्रकाशित|अपडेट|প্রকাশ|প্রকাশিত|شائع|publicado|publié|pubblicato|"
    r"veröffentlicht|опубликовано|опубліковано|yayınlanma)\s*(?:on|at)?\s*:\s*[^.!?]{0,50}\d[^.!?]{0,20}$",
    re.IGNORECASE)
# The print edition's line under the online article ("Published in Dawn, April 12th, 2024"; "Appeared
# in the print edition of April 12, 2024"): the page's furniture, not the story.
_PRINT_LINE = re.compile(
    r"^(?:published in (?:the )?[\w.'’ -]{2,40}|"
    r"(?:this article )?appeared in (?:the )?print(?: edition)?(?: of)?)"
    rf",?\s+(?:on )?(?:(?:{_WEEKDAY}),?\s+)?(?:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\.?),?\s+\d{{4}}\.?$",
    re.IGNORECASE)
# An advertisement's text set in the body with its label ("TEXT AD: Call Willie - +234...").
_AD_TEXT = re.compile(
    r"^(?:text ad|advert(?:isement)?|sponsored(?: content)?|anzeige|publicidad|publicité)\s*:\s*\S",
    re.IGNORECASE)
_LABEL = re.compile(
    r"^(?:date|author|authors|by|source|comments?|share|print|email|tweet|up|top|back to top|"
    r"advertisement|sponsored|loading\.*|click to (?:enlarge|expand)|"
    # the advertisement label and the audio player's in the languages of the news
    r"anzeige|werbung|publicité|publicidad|publicidade|pubblicità|реклама|reklama|reklam|iklan|"
    r"quảng cáo|广告|広告|광고|إعلان|artikel (?:anhören|vorlesen)|écouter (?:cet |l'|l’)article|"
    r"escuchar (?:este )?(?:artículo|noticia)|ouvir (?:este )?(?:artigo|texto)|ascolta l'articolo|"
    r"слушать (?:статью|новость)|oglas|mainos|hirdetés|διαφήμιση|پیام بازرگانی|"
    # the video player's label ("Video abspielen", "Lire la vidéo", "Смотреть видео")
    r"video abspielen|(?:lire|voir) la vidéo|reproducir (?:el )?v[ií]deo|ver (?:el )?v[ií]deo|"
    r"assistir (?:ao )?v[ií]deo|guarda il video|смотреть видео|дивитися відео|odtwórz (?:wideo|film)|"
    r"přehrát video|prehrať video|katso video|spela upp video|afspil video|spill av video|speel video af|"
    r"video oynat|videoyu oynat|動画を再生|播放视频|동영상 재생|"
    # the advertisement's slot in the text ("Advertisement - Scroll to continue", "Story continues below")
    r"advertisement\s*[-–—]\s*scroll to continue|(?:story|article) continues below(?: advertisement)?|"
    # sharing buttons' labels
    r"share on (?:facebook|x|twitter|linkedin|whatsapp|telegram|email|reddit)|copy link|kopioi linkki|"
    r"link kopieren|copier le lien|copiar (?:el )?enlace|kopiuj link|jaa|dela|del|udostępnij|sdílet|"
    r"zdieľať|megosztás|compartir|partager|teilen|condividi|paylaş|поделиться|поділитися|сподели)\s*:?$",
    re.IGNORECASE,
)
TERMINAL = re.compile(r"[.!?…\"'”»)。！？」』]$")
_HOSTNAME = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$", re.IGNORECASE)
# A bare address left as a signature: an e-mail address or a social-media profile.
_ADDRESS = re.compile(
    r"^(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|"
    r"^(?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram|youtube|tiktok|linkedin)\.com/\S+$",
    re.IGNORECASE,
)
# A date line in any language: a year and a time of day, a few words ("sexta-feira, 22 de outubro de
# 2010 às 20:13", "기사입력 :[ 2018-08-25 15:24 ]").
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}\s*(?:[:h]|時|时|시|点)\s*\d\d(?!\d)")
_MAX_DATE_LINE_WORDS = 6
_COLUMNS = re.compile(r"[|\t\u2500-\u257f]")  # table cells, box drawing
_MAX_BANNER_CHARS = 60
# Junk lines are short: captions, banners, prompts and widgets run to a few dozen words at most.
_MAX_JUNK_WORDS = 40
MAX_MARKER_WORDS = 10


# An embedded post's signature in any language, the date written out at the end of the line (the
# English "(@handle) April 12, 2024" is in ``_PROMPT``): "— Имя (@handle) 12 апреля 2024 г.",
# "(@handle) 12. April 2024", "(@handle) 12 de abril de 2024", "(@handle) 2024年4月12日".
_POST_SIGNATURE = re.compile(
    r"\(@\w{1,15}\)\s+(?:\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]+\.?,?\s+(?:de\s+)?\d{4}(?:\s*[^\W\d_]{1,2}\.?)?|"
    r"[^\W\d_]+\.?\s+\d{1,2}\.?,?\s+\d{4}|\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일])\s*$")


def is_junk(line: str, words: list[str]) -> bool:
    if not words:
        return True  # punctuation or symbols only
    if len(words) > _MAX_JUNK_WORDS:
        return False  # a long line is prose: every rule below targets short lines
    return (
        _is_date_banner(line)
        or _is_breadcrumb(line, words)
        or _is_caption(line, words)
        or _is_widget(line, words)
        or bool(_COMMENT_PROMPT.search(line))
        or bool(_INLINE_PROMO.match(line))
        or _is_prompt(line)
        or (len(words) <= _MAX_PROMPT_WORDS
            and (_PROMPT_START.match(line) is not None or _is_paywall_notice(line)))
        or bool(_POST_SIGNATURE.search(line))
        or bool(_LABEL.match(line))
        or bool(_AD_TEXT.match(line))
        or bool(_INITIALS_SIGN.match(line))
        or bool(_PRINT_LINE.match(line))
        or bool(_SIGN_OFF.match(line))
        or bool(_PUBLISHED_LINE.match(line))
        or _is_credit(line, words)
        or _is_hostname(line)
        or bool(_ADDRESS.match(line))
        or _is_date_line(line, words)
    )


def _is_credit(line: str, words: list[str]) -> bool:
    """A source, staff or copyright credit alone on a short line."""
    credit = _SOURCE_LINE.match(line) or _EDITOR_CREDIT.match(line) or _STAFF_CREDIT.match(line)
    return len(words) <= _MAX_SOURCE_LINE_WORDS and credit is not None


def _is_date_banner(line: str) -> bool:
    if len(line) > _MAX_BANNER_CHARS or not any(ch.isdigit() for ch in line):
        return False
    tokens = [t for t in _DATE_SPLIT.split(line) if t and not t.isspace()]
    return len(tokens) <= 12 and all(_DATE_TOKEN.match(t) for t in tokens)


def _is_breadcrumb(line: str, words: list[str]) -> bool:
    if _BREADCRUMB_SEPARATED.match(line):
        return True
    return len(words) <= 4 and bool(_BREADCRUMB.match(line)) and not TERMINAL.search(line)


def _is_caption(line: str, words: list[str]) -> bool:
    if _CREDIT.search(line):
        return True
    if _POSITION_MARKER.search(line) and not TERMINAL.search(line):
        return True
    # "Nrm Image", "Photo gallery": two or three words naming a picture.
    return len(words) <= 3 and bool(_MEDIA_WORD.search(line)) and not TERMINAL.search(line)


def _is_widget(line: str, words: list[str]) -> bool:
    """Font-size pickers and share counters: numbers alternating with one repeated word
    ("12 Punto 14 Punto 16 Punto"). Table rows have several distinct words, or their cells'
    separators ("| 71.1 MB | 13.4 MB |"), and are kept."""
    if len(words) < 4 or _COLUMNS.search(line):
        return False
    numbers = sum(w.isdigit() for w in words)
    if numbers * 2 < len(words):
        return False  # mostly words: prose (most lines end here, before the folding below)
    others = [w.lower() for w in words if not w.isdigit()]
    return len(others) >= 2 and len(set(others)) == 1


def _is_hostname(line: str) -> bool:
    """A bare site name left as a signature ("Axar.az")."""
    return bool(_HOSTNAME.match(line))


def _is_date_line(line: str, words: list[str]) -> bool:
    """A short line of a date and time with a few words around it, in any language; not a table row
    nor a sentence. (Dates alone are ``_is_date_banner``'s.)"""
    if len(line) > _MAX_BANNER_CHARS or _COLUMNS.search(line) or line.endswith((".", "!", "?", "。")):
        return False
    if not (_YEAR.search(line) and _CLOCK.search(line)):
        return False
    named = sum(not word.isdigit() and len(word) > 1 for word in words)
    return 0 < named <= _MAX_DATE_LINE_WORDS  # a line of numbers only is a table's row
