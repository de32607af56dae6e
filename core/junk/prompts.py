"""Prompts in the site's own voice, in many languages: paywall and membership prompts, newsletters,
cookie notices, donation appeals, player labels, invitations to the outlet's channels, notes on reuse,
comment prompts, embedded posts. ``_PROMPT`` is the dearest rule: cheap hints in the lowered line say
which lines it need not search."""

from __future__ import annotations

import re

from core.junk.date_lines import MONTH
from core.junk.hints import ODD_LETTERS, any_word

# Comment prompts and form boilerplate.
COMMENT_PROMPT = re.compile(
    r"(?:your email address will not be published|required fields are marked|"
    r"^(?:leave a (?:reply|comment)|post a comment|add (?:a )?comment|log in to comment|"
    r"you must be logged in)|^\d+\s+comments?$|"
    # the comments' counter in other languages ("12 Kommentare", "12 комментариев", "12 bình luận")
    r"^\d+\s+(?:kommentare?|commentaires?|comentarios?|comentários?|commenti|commento|reacties?|"
    r"комментари(?:й|я|ев)|коментар(?:ів|і|я)?|komentarz(?:y|e)?|yorum|bình luận|komentar|kommentarer|"
    r"kommentit|komentáře|comentarii|σχόλια|تعليقات?|نظر|टिप्पणियां|टिप्पणियाँ|评论|則のコメント|件のコメント|댓글|"
    r"תגובות)$|"
    # the comment section's disclaimer ("Disclaimer: The comments uploaded on this site do not ...")
    r"^disclaimer\s*:.{0,40}\bcomments?\b)",
    re.IGNORECASE,
)
# ``COMMENT_PROMPT`` away from the line's start: only these words (``^`` holds at the start alone).
_COMMENT_PROMPT_INSIDE = ("your email address will not be published", "required fields are marked")
# Paywall and membership prompts, donation appeals, player labels, "as of" stamps, embedded posts.
_PROMPT = re.compile(
    r"(?:^(?:subscribe\b|sign up|log ?in|already a (?:subscriber|member)|become a (?:member|subscriber)|"
    r"support (?:our|independent|quality) journalism|donate|make a (?:donation|contribution)|"
    r"abonnez-vous|déjà abonné|soutenez|jetzt (?:abonnieren|weiterlesen|unterstützen)|bereits abonnent|"
    r"unterstützen sie|suscríbete|ya eres suscriptor|hazte socio|assine|já é assinante|abbonati|"
    r"подпишитесь|оформите подписку|wesprzyj|play video|watch(?: the)? video|now playing|replay|"
    r"listen to (?:this|the) (?:article|story)|video duration|stand: \d+)\b|"
    # "as of" with a day or a time and no more ("As of 12 May", "As of 2:46 p.m."): "As of 2024, the city
    # had 12 schools." is a sentence
    r"^as of \d+(?:[^.!?]|\.(?=\S)){0,30}(?:\s*[ap]\.m\.)?(?:\s+[a-z]{2,4})?$|"
    # ... or a weekday and its part of the day ("As of Friday afternoon")
    r"^as of (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|this)"
    r"(?: (?:morning|afternoon|evening|night))?$|"
    r"(?:to continue reading|for subscribers only|subscriber-only|exclusive to (?:subscribers|members)|"
    r"this (?:article|content) is (?:only )?(?:available|reserved) (?:to|for) (?:subscribers|members)|"
    r"réservé aux abonnés|nur für abonnenten|exclusivo para (?:suscriptores|assinantes)|"
    rf"pic\.twitter\.com/\w+|\(@\w{{1,15}}\) (?:{MONTH}) \d{{1,2}}, \d{{4}})|"
    # newsletters, sharing and following
    r"(?:delivered|sent)(?: (?:right|straight|directly))? (?:to|in|into) your inbox|"
    r"^(?:get\b[^.!?]{0,60}|[^.!?]{0,60}\b(?:right|straight|directly) )(?:to|in|into) your inbox\b"
    r"(?:[.!]?$|\.\s)|"
    # ... "the" or another's newsletter only as a call, not in a sentence telling of readers who
    # subscribe ("40,000 readers now subscribe to the union's weekly newsletter")
    r"(?:subscribe|sign up) (?:to|for) our\b.{0,40}newsletter|"
    r"(?:^\W*|[:?!.–—-]\s*|\bplease |\band )(?:subscribe|sign up) (?:to|for) (?:the|[\w.-]+['’]s)\b"
    r".{0,40}newsletter|"
    r"^[\w'’ ]{0,30}\bnewsletters?$|"
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
    # (X, Twitter's name since 2023: "Follow the author on X: @handle"; not "X-ray" nor "Xbox")
    r"^follow (?:us|[\w.]+(?: [\w.]+){0,3}) on (?:twitter|facebook|instagram|youtube|tiktok|linkedin|threads|"
    r"bluesky|x(?![\w-]))\b|"
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
    r"obserwuj(?:cie)? nas|dołącz|siga o|siga a|participe d[oa]|mời (?:quý )?(?:độc giả|bạn đọc)|theo dõi|"
    r"ikuti)\s.{0,80}\b(?:telegram|whatsapp|viber|facebook|instagram|twitter|youtube|"
    r"tiktok|linkedin|threads|дзен|dzen|вконтакте|google news|google notícias|zalo)\b|"
    # ... in Thai (no space after the verb; LINE is the country's channel), and mid-line: Arabic "follow us
    # on", Indonesian "let's join our channel"
    r"^ติดตาม.{0,80}(?:line|facebook|youtube|tiktok|เฟซบุ๊ก|ไลน์|ยูทูบ)|"
    r"تابعونا (?:على|عبر|في).{0,40}(?:تلغرام|تيليجرام|تليجرام|واتساب|يوتيوب|فيسبوك|إنستغرام|telegram|"
    r"whatsapp|youtube|facebook|google news)|\bmari bergabung\b.{0,40}(?:whatsapp|telegram)|"
    # ... and where the verb comes last (Bengali, Hindi, Urdu, Turkish): "গুগল নিউজ চ্যানেল ফলো করুন"
    r"(?:google news|গুগল নিউজ|गूगल न्यूज़|گوگل نیوز|telegram|whatsapp|facebook|youtube|instagram|"
    r"টেলিগ্রাম|ফেসবুক|ইউটিউব|व्हाट्सएप|फेसबुक|یوٹیوب|واٹس ایپ).{0,40}"
    r"(?:ফলো করুন|যুক্ত হোন|फ़ॉलो करें|फॉलो करें|जुड़ें|فالو کریں|جوائن کریں|takip edin|"
    r"арнамыз\w* (?:оқыңыз|жазылыңыз|қосылыңыз))\s*[.!।۔]?$|"
    # the error-report prompt ("select it and press Ctrl+Enter")
    r"\bctrl\s*\+\s*enter\b|"
    # the link to the outlet's WhatsApp or Telegram channel in its invitation ("... WhatsApp Channel :
    # https://www.whatsapp.com/channel/0029...")
    r"\b(?:whatsapp\.com/channel|chat\.whatsapp\.com|t\.me)/\w|"
    # news tips by e-mail ("Jeste li vidjeli nešto zanimljivo? Pošaljite nam prijavu na prijave@...")
    r"\b(?:send us|e-?mail us|contact us|write to us|pošaljite nam|javite nam|napište nám|napisz do nas|"
    r"schreiben sie uns|écrivez-nous|escríbenos|envíenos|напишите нам|пишите нам|напишіть нам)\b"
    r".{0,80}@[\w-]+\.\w|"
    # reading on behind the paywall, in more languages
    r"tämä artikkeli on vain tilaajille|доступн\w* лише (?:для )?передплатник|"
    r"доступ(?:ен|н)\w* только (?:для )?подписчик|"
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
    r"argomenti|теги|тэги|темы|etiketler|thẻ|từ khóa|címkék|etichete|štítky|برچسب‌ها|برچسب ها|"
    r"برچسب|टैग|ট্যাগ|tagi|الكلمات الدالة|الكلمات المفتاحية|كلمات مفتاحية|الوسوم|标签|標籤|关键词|タグ|태그|"
    r"tópicos|mada|тегтер|टैग्स|ٹیگز|ٹیگ|แท็ก(?:ที่เกี่ยวข้อง)?|"
    # Czech, Greek, Hebrew, Azerbaijani, Ukrainian
    r"témata|ετικ[έε]τες|תגיות|teqlər|etiketlər|мітки|"
    # Dutch ("Lees meer over: begroting", "Trefwoorden: ...")
    r"lees meer over|trefwoorden)"
    r"\s*[:：]\s*\S)",
    re.IGNORECASE,
)
# ``_PROMPT`` tries its branches at every position of the line, which made it the dearest rule by
# far. Every match holds one of these words, read in the lowered line: a line with none of them
# (most lines) is not searched. Each branch of ``_PROMPT`` gives its own: those anchored at the line's
# start (``_PROMPT_HINT_START``), the others anywhere (``_PROMPT_HINT``). Kept in step with
# ``_PROMPT`` by tests/core/junk/test_clean_junk_prompt_hints.py.
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
    r"argomenti|теги|тэги|темы|etiketler|thẻ|từ khóa|címkék|etichete|štítky|برچسب‌ها|برچسب ها|"
    r"برچسب|टैग|ট্যাগ|tagi|الكلمات الدالة|الكلمات المفتاحية|كلمات مفتاحية|الوسوم|标签|標籤|关键词|タグ|태그|"
    r"tópicos|mada|тегтер|टैग्स|ٹیگز|ٹیگ|แท็ก(?:ที่เกี่ยวข้อง)?|"
    # the Greek label's final sigma read as any letter: a hint holds no sigma (its capital lowers to σ);
    # in capitals Greek drops the accent
    r"témata|ετικ[έε]τε.|תגיות|teqlər|etiketlər|мітки|lees meer over|trefwoorden)"
    r"\s*[:：]|"
    r"siga o|siga a|participe d|mời |theo dõi|ikuti|ติดตาม"
)
_PROMPT_HINT = any_word((
    "to continue reading", "for subscribers only", "subscriber-only", "exclusive to ", "this article is ",
    "this content is ", "réservé aux abonnés", "nur für abonnenten", "exclusivo para ", "pic.twitter.com/",
    "(@", "your inbox", "newsletter", "bolet", "bulletin", "lettre d'information", "рассылк", "informativo",
    "abonelik için", "abone ol", "berlangganan sekarang", "cookie", "çerez", "with a friend",
    "with your friend", "journalism", "readers like you", "make a donation", "make a contribution",
    "from as little as", "hyperlink", "гиперссылк", "гіперпосилан", "активн", "copyright",
    "drepturile de autor", "авторските права", "autorská práva", "prawa autorskie", "ফলো করুন",
    "যুক্ত হোন", "फ़ॉलो करें", "फॉलो करें", "जुड़ें", "فالو کریں", "جوائن کریں", "takip edin", "ctrl",
    "send us", "e-mail us", "email us", "contact us", "write to us", "pošaljite nam", "javite nam",
    "napište nám", "napisz do nas", "schreiben sie uns", "écrivez-nous", "escríbenos", "envíenos",
    "напишите нам", "пишите нам", "напишіть нам", "tämä artikkeli on vain tilaajille", "доступ",
    "podpořte", "podporte", "támogasd", "támogass", "поддержите", "підтримайте", "text size",
    "text-size", "font size", "font-size", "min read", "mins read", "minute read", "minutes read",
    "تابعونا", "mari bergabung", "арнамыз", "whatsapp.com/", "t.me/",
), r"\[[a-z]{3,12}\]")
_PROMPT_ODD_LETTERS = ODD_LETTERS
# The same kinds of prompt in more languages, each at the start of the line (matched there only, at
# no cost on the rest of the line): membership prompts, appeals to support the newsroom, an embedded
# Instagram post's labels ("Diesen Beitrag auf Instagram ansehen", "Une publication partagée par X
# (@x)").
PROMPT_START = re.compile(
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
    # "If you enjoyed this article": the appeal that follows it
    r"(?:if you (?:enjoyed|liked|value|appreciated?) (?:this|our) "
    r"(?:article|story|piece|reporting|journalism)|"
    r"wenn (?:ihnen|dir) (?:dieser|der|unser) (?:artikel|beitrag|journalismus) gef(?:ällt|allen hat)|"
    r"si (?:cet article vous a plu|vous avez aimé cet article)|"
    r"si te (?:ha gustado|gustó) (?:este artículo|esta nota)|"
    r"se (?:você )?gostou (?:deste artigo|desta matéria|desta reportagem)|"
    r"se ti è piaciuto (?:questo articolo|l'articolo)|"
    r"если вам понравил(?:ась|ся) (?:эта )?(?:статья|материал)|"
    r"якщо вам сподобал(?:ася|ся) (?:ця )?(?:стаття|матеріал)|"
    r"jeśli (?:podobał|spodobał) ci się (?:ten )?artykuł|"
    r"bu (?:haberi|yazıyı|içeriği) beğendiyseniz|jika anda menyukai artikel ini|"
    r"nếu bạn thích bài viết này)\b|"
    # ... and its question ("Enjoying this article? Click here to subscribe ...", "Gefällt Ihnen dieser
    # Artikel?"): the reader asked, the question mark after the words (a sentence goes on)
    r"(?:(?:did you )?(?:enjoy(?:ing|ed)?|lik(?:e|ed|ing)) (?:this|our|the) (?:article|story|piece|read)|"
    r"gefällt (?:ihnen|dir) (?:dieser|der) (?:artikel|beitrag)|vous aimez cet article|"
    r"¿?te (?:gusta|ha gustado|gustó) (?:este artículo|esta nota)|ti (?:piace|è piaciuto) questo articolo|"
    r"gostou (?:deste artigo|desta matéria)|(?:podoba|spodobał) ci się (?:ten )?artykuł|"
    r"líbí se vám (?:tento )?článek|tetszett a cikk|ți-a plăcut (?:acest )?articol(?:ul)?|"
    r"понравилась статья|сподобалася стаття)\s*\?|"
    r"(?:a post shared by|ein beitrag geteilt von|une publication partagée par|"
    r"una publicaci[oó]n compartida (?:de|por)|un post condiviso da|uma publicação compartilhada por|"
    r"публикация от)\s.{0,80}\(@[\w.]{1,30}\)",
    re.IGNORECASE,
)
# A prompt runs to a few sentences at most; a longer line is prose that quotes the words.
MAX_PROMPT_WORDS = 25
# ... and the paywall's notice anywhere in its line ("Denne artikkelen er kun for abonnenter"),
# one literal phrase each.
_PAYWALL_NOTICE = re.compile(
    r"kun for abonnenter|bare for abonnenter|endast för prenumeranter|"
    r"alleen voor abonnees|riservato agli abbonati|tylko dla (?:prenumeratorów|subskrybentów)|"
    r"pouze pro předplatitele|len pre predplatiteľov|有料会員限定|会員限定記事|付费内容|유료 회원 전용|"
    # ... the article's own notice in Polish, Hungarian, Romanian, Bulgarian, Croatian, Slovenian,
    # Lithuanian, Latvian, Estonian
    r"artykuł (?:jest )?dostępny (?:tylko )?dla (?:subskrybentów|prenumeratorów)|teljes cikk előfizetőknek|"
    r"articol(?:ul)? (?:este )?disponibil doar pentru abona[țţ]i|статията е достъпна само за абонати|"
    r"članak je dostupan samo (?:za )?pretplatnik|članek je na voljo (?:samo|le) naročnikom|"
    r"straipsnis (?:skirtas|prieinamas) tik prenumeratoriams|raksts pieejams tikai abonentiem|"
    r"artikkel on (?:saadaval )?(?:ainult|vaid) tellijatele",
    re.IGNORECASE,
)
# The same phrases in the lowered line, without IGNORECASE's dearer search (as ``_PROMPT_HINT``).
_PAYWALL_NOTICE_LOWERED = re.compile(_PAYWALL_NOTICE.pattern)
# An embedded post's signature in any language, the date written out at the end of the line (the
# English "(@handle) April 12, 2024" is in ``_PROMPT``): "— Имя (@handle) 12 апреля 2024 г.",
# "(@handle) 12. April 2024", "(@handle) 12 de abril de 2024", "(@handle) 2024年4月12日".
POST_SIGNATURE = re.compile(
    r"\(@\w{1,15}\)\s+(?:\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]+\.?,?\s+(?:de\s+)?\d{4}(?:\s*[^\W\d_]{1,2}\.?)?|"
    r"[^\W\d_]+\.?\s+\d{1,2}\.?,?\s+\d{4}|\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일])\s*$")


# A story's attribution after a comma or a dash ("Download the app, the health ministry urged ...",
# "Подписывайтесь на каналы ... в Telegram, советуют эксперты"): a sentence reporting someone's advice,
# never the site's own prompt. Asked only of a line ``_PROMPT`` took.
_ATTRIBUTION = re.compile(
    r"[,—–]\s+(?:[^\s,]+\s+){0,5}?(?:said|says|urged|urges|told|advised|advises|warned|warns|wrote|added|"
    r"sagte|sagt|sagten|rät|raten|warnt|warnen|erklärte|a déclaré|a dit|conseille|conseillent|dijo|"
    r"aconseja|aconsejan|recomienda|recomiendan|advierte|disse|aconselha|recomenda|сказал|сказала|"
    r"сообщил|сообщила|заявил|заявила|советуют|советует|рекомендуют|призывают|предупреждают|сказав|"
    r"повідомив|заявив|радять|радить|закликають|попереджають)\b", re.IGNORECASE)


# An interview's question opens with the prompt's verbs too ("Unterstützen Sie die Pläne der Regierung?",
# "Soutenez-vous la réforme ?"): one sentence of this many words or more, closed by its question mark;
# a prompt's question is short ("Already a subscriber?", "Déjà abonné ?").
_MIN_QUESTION_WORDS = 6


def is_prompt(line: str) -> bool:
    lowered = line.lower()
    if (_PROMPT_HINT_START.match(lowered) is None and _PROMPT_HINT.search(lowered) is None
            and _PROMPT_ODD_LETTERS.search(line) is None):
        return False
    if line.endswith(("?", "？")) and "?" not in line[:-1] \
            and sum(1 for token in line.split() if token.strip("?？")) >= _MIN_QUESTION_WORDS:
        return False
    return _PROMPT.search(line) is not None and _ATTRIBUTION.search(line) is None


def is_comment_prompt(line: str) -> bool:
    """``COMMENT_PROMPT`` searched only where it can match: at the line's start, or where the lowered
    line holds one of its inner phrases (or a letter ``str.lower`` does not lower as it reads)."""
    if COMMENT_PROMPT.match(line) is not None:
        return True
    lowered = line.lower()
    if not any(phrase in lowered for phrase in _COMMENT_PROMPT_INSIDE) and ODD_LETTERS.search(line) is None:
        return False
    return COMMENT_PROMPT.search(line) is not None


def is_paywall_notice(line: str) -> bool:
    if _PAYWALL_NOTICE_LOWERED.search(line.lower()) is None and _PROMPT_ODD_LETTERS.search(line) is None:
        return False
    return _PAYWALL_NOTICE.search(line) is not None
