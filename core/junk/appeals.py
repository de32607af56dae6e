"""The site's appeals in the languages the older rules lacked, by kind and language: newsletter sign-ups,
paywall notices, donation and support appeals, cookie notices, prompts to download the outlet's app,
invitations to follow the outlet on its channels. Each is a phrase that opens its short line
(``OPENERS``) or, in languages that put the verb last, closes it (``ENDERS``); an invitation to follow
also names a platform. The phrases are the appeal's own ("Schrijf je in voor onze nieuwsbrief", "Wij
gebruiken cookies", "Téléchargez notre application"), not words a sentence of the story opens with,
and the line is short: a sentence that quotes them runs on.

Cheap: the openers are one trie tried at the line's start only (``hints.any_word``), the enders one
``str.endswith``.
"""

from __future__ import annotations

from core.junk.hints import any_word

# Phrases that open an appeal's line, by kind, then by language (lowered).
OPENERS: dict[str, dict[str, tuple[str, ...]]] = {
    "newsletter": {
        "de": ("jetzt den newsletter abonnieren", "newsletter abonnieren", "jetzt newsletter abonnieren",
               "zum newsletter anmelden", "hier zum newsletter anmelden"),
        "es": ("recibe nuestro boletín", "recibe nuestra newsletter"), "nl": ("ontvang onze nieuwsbrief",),
        "ru": ("подписаться на рассылку", "получайте новости на почту"),
        "sv": ("prenumerera på nyhetsbrevet",), "no": ("abonner på nyhetsbrevet", "meld deg på nyhetsbrevet"),
        "zh": ("訂閱電子報", "订阅电子报"), "ja": ("メルマガ登録", "メールマガジン登録"),
        "uk": ("підпишіться на нашу розсилку", "підпишіться на розсилку", "підписатися на розсилку",
               "отримуйте новини на пошту"),
        "fa": ("عضویت در خبرنامه",),
        "ms": ("langgan surat berita", "langgan newsletter", "daftar untuk surat berita"),
        "th": ("สมัครรับจดหมายข่าว", "สมัครรับข่าวสาร"),
        "ro": ("abonează-te la newsletter", "abonați-vă la newsletter", "înscrie-te la newsletter",
               "abonează-te la newsletterul"),
        "he": ("הירשמו לניוזלטר", "הרשמה לניוזלטר"),
        "az": ("xəbər bülletenimizə abunə", "bülletenimizə abunə"),
        "kk": ("жаңалықтар таратылымына жазылыңыз",),
    },
    "paywall": {
        "en": ("to read this article in full, subscribe", "to read this article in full, please",
               "to read the full article, subscribe"),
        "de": ("um diesen artikel zu lesen, benötigen sie", "um diesen artikel zu lesen, brauchen sie",
               "um den ganzen artikel zu lesen, benötigen sie",
               "um den vollständigen artikel zu lesen, benötigen sie", "sie sind bereits abonnent",
               "sie sind schon abonnent", "jetzt kostenlos registrieren", "jetzt abo abschließen",
               "jetzt abonnieren und weiterlesen"),
        "nl": ("dit is een artikel voor abonnees",),
        "ms": ("langgan untuk membaca", "langgan sekarang untuk"),
        "hi": ("पूरी खबर पढ़ने के लिए सब्सक्राइब",),
        # the subscriber's way in ("Already a subscriber? Log in")
        "es": ("ya eres suscriptor", "¿ya eres suscriptor", "regístrate gratis para seguir leyendo",
               "regístrate para seguir leyendo"),
        "ru": ("уже есть подписка", "уже подписаны?", "станьте нашим подписчиком"),
        "tr": ("abone misiniz", "zaten abone misiniz", "okumaya devam etmek için abone"),
        "it": ("sei già abbonato",),
        "pt": ("já é assinante", "assine e tenha acesso"), "fr": ("déjà abonné",),
        "pl": ("masz już subskrypcję", "masz już prenumeratę", "przeczytaj cały artykuł z subskrypcją"),
        # ... and the offer to read on with a subscription, in the notice's words, not a story's
        "id": ("baca selengkapnya dengan berlangganan", "berlangganan sekarang untuk"),
        "vi": ("đăng ký để đọc tiếp",),
    },
    "donation": {
        "en": ("help us keep our journalism",),
        "es": ("apoya nuestro trabajo", "apoya nuestro periodismo"),
        "pt": ("apoie nosso trabalho", "apoie o nosso trabalho"), "nl": ("steun ons werk",),
        "ru": ("поддержите нашу работу",), "uk": ("підтримайте нашу роботу",), "fi": ("tue työtämme",),
        "ms": ("sokong kewartawanan", "sokong kami", "derma sekarang"),
        "id": ("ayo dukung jurnalisme", "dukung jurnalisme"),
        "th": ("สนับสนุนสื่ออิสระ", "สนับสนุนเรา", "ร่วมสนับสนุน"),
        "zh": ("支持独立新闻", "请支持我们", "支持独立媒体"),
        "ro": ("susține jurnalismul", "susține-ne", "sprijină jurnalismul", "susține presa independentă"),
        "el": ("στηρίξτε την ανεξάρτητη δημοσιογραφία", "στηρίξτε μας", "στηρίξτε τη δημοσιογραφία"),
        "he": ("תמכו בעיתונות", "תמכו בנו"),
        "az": ("bizə dəstək olun",),
        "kk": ("бізді қолдаңыз",),
    },
    "app": {  # the outlet's own app ("our app"), not an app a story tells readers to get
        "en": ("download our app", "get our app", "download our free app", "get our free app"),
        "de": ("laden sie jetzt unsere app", "laden sie unsere app", "laden sie sich unsere app",
               "hol dir unsere app", "jetzt unsere app"),
        "fr": ("téléchargez notre application", "téléchargez notre appli", "téléchargez gratuitement notre",
               "téléchargez l'appli", "téléchargez l’appli"),
        "es": ("descarga nuestra app", "descarga nuestra aplicación", "descargue nuestra app",
               "descargue nuestra aplicación", "descarga gratis nuestra", "descárgate nuestra app",
               "descárgate la app"),
        "it": ("scarica la nostra app", "scarica gratis la nostra app"),
        "pt": ("baixe o nosso aplicativo", "baixe nosso aplicativo", "baixe o nosso app", "baixe nosso app",
               "descarregue a nossa app", "descarregue a nossa aplicação"),
        "nl": ("download onze app", "download dan onze app", "download onze gratis app"),
        "sv": ("ladda ner vår app", "ladda ned vår app", "ladda ner appen vår"),
        "no": ("last ned appen vår", "last ned vår app"), "da": ("hent vores app", "download vores app"),
        "fi": ("lataa sovelluksemme",), "pl": ("pobierz naszą aplikację",),
        "cs": ("stáhněte si naši aplikaci",),
        "ru": ("скачайте приложение «", "скачайте наше приложение", "скачивайте наше приложение",
               "установите наше приложение"),
        "uk": ("завантажуйте наш застосунок", "завантажте наш застосунок", "завантажуйте наш додаток",
               "завантажте наш додаток"),
        "ar": ("حمّل تطبيقنا", "حمل تطبيقنا", "حمّلوا تطبيقنا", "حملوا تطبيقنا", "نزّل تطبيقنا",
               "قم بتحميل تطبيقنا"),
        "id": ("unduh aplikasi kami", "download aplikasi kami"), "ms": ("muat turun aplikasi kami",),
        "vi": ("tải ứng dụng của chúng tôi", "tải app của chúng tôi"), "th": ("ดาวน์โหลดแอปของเรา",),
        "zh": ("下载客户端", "扫码下载"), "el": ("κατεβάστε την εφαρμογή μας",),
        "he": ("הורידו את האפליקציה שלנו",),
        "ro": ("descarcă aplicația noastră", "descărcați aplicația noastră", "descarca aplicatia noastra"),
        "hu": ("töltse le alkalmazásunkat", "töltsd le alkalmazásunkat"),
        "sw": ("pakua programu yetu", "pakua app yetu"),
    },
    "cookie": {
        "es": ("este sitio web utiliza cookies", "este sitio utiliza cookies", "este sitio web usa cookies",
               "esta web utiliza cookies", "utilizamos cookies propias"),
        "it": ("questo sito utilizza i cookie", "questo sito usa i cookie",
               "questo sito web utilizza i cookie", "utilizziamo i cookie", "questo sito utilizza cookie"),
        "pt": ("este site utiliza cookies", "este site usa cookies", "utilizamos cookies para",
               "usamos cookies para", "este sítio utiliza cookies"),
        "pl": ("ta strona używa plików cookie", "ta strona korzysta z plików cookie", "używamy plików cookie",
               "strona wykorzystuje pliki cookie", "serwis wykorzystuje pliki cookie"),
        "nl": ("wij gebruiken cookies", "deze website gebruikt cookies", "wij maken gebruik van cookies",
               "deze site gebruikt cookies"),
        "uk": ("ми використовуємо файли cookie", "ми використовуємо cookie",
               "цей сайт використовує файли cookie", "цей сайт використовує cookie"),
        "ar": ("نستخدم ملفات تعريف الارتباط", "يستخدم هذا الموقع ملفات تعريف الارتباط",
               "هذا الموقع يستخدم ملفات تعريف الارتباط", "نحن نستخدم ملفات تعريف الارتباط"),
        "fa": ("ما از کوکی", "این سایت از کوکی", "این وب‌سایت از کوکی"),
        "hi": ("यह वेबसाइट कुकीज़", "यह वेबसाइट कुकीज"),
        "bn": ("আমরা কুকি ব্যবহার করি", "এই ওয়েবসাইট কুকি ব্যবহার করে"),
        "id": ("kami menggunakan cookie", "situs ini menggunakan cookie", "website ini menggunakan cookie"),
        "ms": ("kami menggunakan kuki", "laman web ini menggunakan kuki", "kami menggunakan cookie"),
        "vi": ("chúng tôi sử dụng cookie", "trang web này sử dụng cookie", "website sử dụng cookie"),
        "th": ("เว็บไซต์นี้ใช้คุกกี้", "เราใช้คุกกี้"),
        "zh": ("本网站使用cookie", "我们使用cookie", "本网站使用 cookie", "本網站使用cookie"),
        "ja": ("当サイトではcookieを使用", "本サイトではcookieを使用", "当サイトはcookieを使用",
               "当サイトではクッキーを使用"),
        "ko": ("이 사이트는 쿠키를 사용", "당사는 쿠키를 사용", "이 웹사이트는 쿠키를"),
        "no": ("vi bruker informasjonskapsler", "vi bruker cookies"),
        "da": ("vi bruger cookies", "denne hjemmeside bruger cookies", "vi anvender cookies"),
        "fi": ("käytämme evästeitä", "tämä sivusto käyttää evästeitä"),
        "cs": ("tento web používá soubory cookie", "tento web používá cookies", "používáme soubory cookie",
               "používáme cookies"),
        "ro": ("acest site folosește cookie", "folosim cookie", "acest site utilizează cookie"),
        "hu": ("weboldalunk sütiket használ", "ez a weboldal sütiket használ", "sütiket használunk"),
        "el": ("χρησιμοποιούμε cookies", "αυτός ο ιστότοπος χρησιμοποιεί cookies"),
        "he": ("אתר זה משתמש בעוגיות", "אנו משתמשים בעוגיות", "האתר עושה שימוש בעוגיות"),
        "az": ("saytımız kukilərdən istifadə edir", "sayt kukilərdən istifadə edir",
               "biz kukilərdən istifadə edirik"),
        "kk": ("біз cookie файлдарын пайдаланамыз", "сайт cookie файлдарын"),
    },
    # The outlet's app with a colon after its name, a promotion's label ("Unsere App: Jetzt kostenlos
    # herunterladen"); "Unsere App hat zwei Millionen Nutzer" is a sentence, and has no colon.
    "app_named": {
        "de": ("unsere app:", "unsere app :", "unsere news-app:", "unsere app für ios und android"),
        "en": ("our app:", "our free app:", "our news app:"),
        "fr": ("notre application :", "notre application:", "notre appli :", "notre appli:"),
        "es": ("nuestra app:", "nuestra aplicación:"), "it": ("la nostra app:",),
        "pt": ("nosso app:", "nosso aplicativo:"), "ru": ("наше приложение:",), "uk": ("наш застосунок:",),
        "pl": ("nasza aplikacja:",), "tr": ("uygulamamız:",),
    },
}
# ... phrases a story's sentence may open with too ("Werden Sie Mitglied im Verein, rief er"): the appeal
# is a button's or a box's few words.
SHORT_OPENERS: dict[str, tuple[str, ...]] = {
    "de": ("werden sie mitglied", "jetzt mitglied werden", "werde mitglied"),
    "es": ("dona ahora", "haz una donación"), "pt": ("seja assinante",),
    "vi": ("ủng hộ báo", "ủng hộ tòa soạn", "đăng ký gói"),
}
_SHORT_WORDS = 8
# Phrases that close an appeal's line (its closing punctuation aside), by kind and language.
ENDERS: dict[str, dict[str, tuple[str, ...]]] = {
    "newsletter": {
        "fa": ("در خبرنامه ما عضو شوید",),
        "hi": ("न्यूज़लेटर की सदस्यता लें", "न्यूजलेटर की सदस्यता लें", "न्यूज़लेटर सब्सक्राइब करें"),
        "bn": ("নিউজলেটার সাবস্ক্রাইব করুন",),
        "az": ("bülletenimizə abunə olun",),
        "kk": ("таратылымына жазылыңыз",),
    },
    "paywall": {
        "nl": ("exclusief voor abonnees", "alleen beschikbaar voor abonnees"),
        "ru": ("доступен только по подписке", "доступно только по подписке"),
        "no": ("artikkelen er for abonnenter",), "sv": ("låst för prenumeranter",),
        "fi": ("tilaajille tarkoitettu artikkeli", "tilaajille tarkoitettu juttu",
               "on tarkoitettu tilaajille"),
        "hi": ("पढ़ने के लिए सब्सक्राइब करें",),
        "bn": ("পড়তে সাবস্ক্রাইব করুন",),
        "id": ("hanya untuk pelanggan",),
        "ms": ("hanya untuk pelanggan", "eksklusif untuk pelanggan"),
        "th": ("สำหรับสมาชิกเท่านั้น",),
        "he": ("למנויים בלבד",),
        "az": ("yalnız abunəçilər üçündür", "yalnız abunəçilər üçün"),
        "kk": ("тек жазылушыларға қолжетімді", "тек жазылушыларға арналған"),
    },
    "donation": {
        "hi": ("पत्रकारिता का समर्थन करें", "हमारा समर्थन करें"),
        "bn": ("সাংবাদিকতাকে সমর্থন করুন", "আমাদের সমর্থন করুন"),
        "ja": ("ジャーナリズムを支援してください", "ご支援をお願いします"),
        "ko": ("언론을 후원해 주세요", "후원해 주세요"),
        "az": ("jurnalistikaya dəstək olun",),
        "kk": ("журналистиканы қолдаңыз",),
    },
    "cookie": {
        "hi": ("कुकीज़ का उपयोग करते हैं", "कुकीज का उपयोग करते हैं"),
    },
    "app": {
        "de": ("unsere app herunterladen", "unsere app jetzt herunterladen"),
        "tr": ("uygulamamızı indirin", "uygulamamızı hemen indirin", "uygulamamızı ücretsiz indirin"),
        "hi": ("हमारा ऐप डाउनलोड करें",), "fa": ("اپلیکیشن ما را دانلود کنید", "اپلیکیشن ما را نصب کنید"),
        "ja": ("アプリをダウンロード", "アプリをダウンロードする", "アプリのダウンロードはこちら"),
        "ko": ("앱을 다운로드하세요", "앱을 다운받으세요", "앱 다운로드"), "zh": ("下载客户端",),
    },
}
# Invitations to follow the outlet: the phrase opens the line, or closes it, and a platform is named.
FOLLOW_OPENERS: dict[str, tuple[str, ...]] = {
    "nl": ("volg ons",),
    "pl": ("obserwuj nas", "dołącz do nas", "zapraszamy na nasz"),
    "ms": ("ikuti kami", "sertai saluran", "sertai kami"),
    "vi": ("theo dõi chúng tôi", "theo dõi kênh"),
    "sv": ("följ oss",),
    "no": ("følg oss",),
    "da": ("følg os",),
    "fi": ("seuraa meitä",),
    "cs": ("sledujte nás",), "sk": ("sledujte nás",), "hr": ("pratite nas",),
    "sr": ("пратите нас", "pratite nas"), "sl": ("spremljajte nas",),
    "bg": ("последвайте ни", "следвайте ни"),
    "lt": ("sekite mus",), "lv": ("seko mums",), "et": ("jälgi meid",),
    "ro": ("urmărește-ne", "urmăriți-ne", "urmareste-ne", "fii la curent cu", "abonează-te la",
           "abonați-vă la", "aboneaza-te la"),
    "hu": ("kövess minket", "kövessen minket", "kövessenek minket"),
    "he": ("עקבו אחרינו", "הצטרפו לערוץ"),
    "it": ("seguici", "entra nel canale", "unisciti al canale", "segui il nostro canale"),
    "id": ("ikuti kami", "ikuti saluran", "gabung di saluran", "gabung ke saluran", "bergabunglah di saluran",
           "simak berita"),
    "sw": ("jiunge na chaneli", "tufuatilie"),
    "es": ("únete a nuestro canal", "unete a nuestro canal", "sigue toda la información en nuestro canal",
           "síguenos en", "siguenos en"),
    "pt": ("entre no nosso canal", "entre em nosso canal", "siga-nos", "siga o nosso canal",
           "siga nosso canal"),
    "ru": ("наш канал в", "наш канал на", "подписывайтесь на нас", "подписывайтесь на наш",
           "подписывайтесь на «", "подпишитесь на нас", "подпишитесь на наш"),
    "uk": ("слідкуйте за нами", "стежте за нами", "читайте нас",
           "наш канал у", "наш канал в", "підписуйтесь на нас", "підписуйтесь на наш", "підписуйтеся на нас",
           "підписуйтеся на наш", "підписуйтесь на «"),
    "zh": ("关注我们", "關注我們", "扫码关注", "掃碼關注", "关注公众号", "关注官方"),
    "fr": ("rejoignez notre chaîne", "rejoignez-nous", "suivez-nous sur"),
    "ar": ("انضم إلى قناتنا", "انضموا إلى قناتنا", "تابعونا", "تابعوا"),
    "el": ("ακολουθήστε το κανάλι μας", "ακολουθήστε μας"),
    "th": ("ติดตามเรา", "เพิ่มเพื่อน"),
    "ko": ("카카오톡 채널 추가",),
    "ja": ("公式line", "公式lineを友だち追加"),
}
FOLLOW_ENDERS: dict[str, tuple[str, ...]] = {
    "fa": ("دنبال کنید", "بپیوندید"),
    "hi": ("चैनल से जुड़ें", "चैनल को फॉलो करें"),
    "ko": ("팔로우하세요", "팔로우 하세요"),
    "ja": ("をフォロー", "をフォローする"),
    "az": ("izləyin",),
    "kk": ("жазылыңыз",),
    "tr": ("takip edin", "takip et", "kanalımıza katılın"),
}
# The outlet's channels, in the scripts the invitations name them in.
_PLATFORMS = any_word((
    "facebook", "twitter", "instagram", "youtube", "telegram", "whatsapp", "tiktok", "linkedin", "threads",
    "google news", "google haberler", "viber", "фейсбук", "телеграм", "ютуб", "инстаграм", "فيسبوك",
    "فيس بوك", "تويتر",
    "انستغرام", "إنستغرام", "يوتيوب", "تلغرام", "تيليجرام", "واتساب", "اینستاگرام", "تلگرام", "توییتر",
    "فیسبوک", "یوتیوب", "微信", "微博", "公众号", "抖音", "페이스북", "인스타그램", "유튜브", "카카오",
    "트위터", "zalo", "व्हाट्सऐप", "व्हाट्सएप", "дзен", "вконтакте", "เฟซบุ๊ก", "ยูทูบ", "פייסבוק",
    "טוויטר", "אינסטגרם", "טלגרם", "יוטיוב",
), r"(?<![a-z0-9])(?:x|line|vk|max)(?![a-z0-9])|ｘ")  # X, alone or in a CJK run ("公式Xアカウント")
# ... or the networks by their name in common, on a short line ("Подписывайтесь на нас в соцсетях", "Siga-nos
# nas redes sociais"): a longer one may be a sentence quoting the appeal.
_NETWORKS = any_word(("соцсетях", "соцмережах", "social media", "redes sociales", "redes sociais",
                      "sozialen netzwerken", "réseaux sociaux", "sociálních sítích", "sociálnych sieťach",
                      "mediach społecznościowych", "rețelele sociale", "društvenim mrežama",
                      "друштвеним мрежама", "социалните мрежи", "družbenih omrežjih", "κοινωνικά δίκτυα",
                      "social-media"))
_NETWORKS_WORDS = 8


def _flat(table: dict[str, dict[str, tuple[str, ...]]]) -> list[str]:
    return [phrase for kind in table.values() for phrases in kind.values() for phrase in phrases]


_OPENER = any_word(_flat(OPENERS))
_SHORT_OPENER = any_word([phrase for phrases in SHORT_OPENERS.values() for phrase in phrases])
_ENDER = tuple(_flat(ENDERS))
_FOLLOW_OPENER = any_word([phrase for phrases in FOLLOW_OPENERS.values() for phrase in phrases])
# "Follow" alone before the outlet's name and a platform ("Segui ANSA.it su Google News", "Urmărește știrile
# Digi24.ro și pe Google News", "Kövesse a Telexet a Facebookon is!", "Ακολουθήστε το Kathimerini.gr στο
# Google News"): on a line with no comma (a sentence reporting the advice goes on after one).
_BARE_FOLLOW = any_word(("segui ", "urmărește ", "urmăriți ", "urmareste ", "kövesse a", "kövesd a",
                         "ακολουθήστε το "))
_FOLLOW_ENDER = tuple(phrase for phrases in FOLLOW_ENDERS.values() for phrase in phrases)
# An appeal runs to a sentence or two; a notice of cookies may run longer.
_MAX_WORDS = 25
# What a line may carry before and after its phrase: a bullet, an arrow, the closing punctuation.
_LEAD = " \t•►▶»>→-–—*#·¿¡"
_TAIL = " \t:：.。!！?？…·|»>→।"


# "We're on" a platform, alone on a short line ("Мы в Telegram", "Ми в Viber"): "Мы в Telegram писали об
# этом" runs on.
_WE_ARE_ON = ("мы в ", "мы на ", "ми в ", "ми на ", "we're on ", "we are on ")
_WE_ARE_ON_WORDS = 4


def is_appeal(line: str, words: list[str]) -> bool:
    """An appeal of ``OPENERS``, ``ENDERS``, ``FOLLOW_OPENERS`` or ``FOLLOW_ENDERS`` on a short line."""
    if len(words) > _MAX_WORDS:
        return False
    lowered = line.lower().lstrip(_LEAD)
    if _OPENER.match(lowered) is not None \
            or (len(words) <= _SHORT_WORDS and _SHORT_OPENER.match(lowered) is not None):
        return True
    closed = lowered.rstrip(_TAIL)
    if closed.endswith(_ENDER):
        return True
    return (_FOLLOW_OPENER.match(lowered) is not None or closed.endswith(_FOLLOW_ENDER)
            or ("," not in line and _BARE_FOLLOW.match(lowered) is not None)
            or (len(words) <= _WE_ARE_ON_WORDS and lowered.startswith(_WE_ARE_ON))) \
        and (_PLATFORMS.search(lowered) is not None
             or (len(words) <= _NETWORKS_WORDS and _NETWORKS.search(lowered) is not None))
