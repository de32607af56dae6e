"""The site's appeals in the languages the older rules lacked, by kind and language: newsletter sign-ups,
paywall notices, donation and support appeals, cookie notices, invitations to follow the outlet on its
channels. Each is a phrase that opens its short line (``OPENERS``) or, in languages that put the verb
last, closes it (``ENDERS``); an invitation to follow also names a platform. The phrases are the
appeal's own ("Schrijf je in voor onze nieuwsbrief", "Wij gebruiken cookies"), not words a sentence of
the story opens with, and the line is short: a sentence that quotes them runs on.

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
               "um den vollständigen artikel zu lesen, benötigen sie"),
        "nl": ("dit is een artikel voor abonnees",),
        "ms": ("langgan untuk membaca", "langgan sekarang untuk"),
        "hi": ("पूरी खबर पढ़ने के लिए सब्सक्राइब",),
    },
    "donation": {
        "en": ("help us keep our journalism",),
        "es": ("apoya nuestro trabajo", "apoya nuestro periodismo"),
        "pt": ("apoie nosso trabalho", "apoie o nosso trabalho"), "nl": ("steun ons werk",),
        "ru": ("поддержите нашу работу",), "uk": ("підтримайте нашу роботу",), "fi": ("tue työtämme",),
        "ms": ("sokong kewartawanan", "sokong kami", "derma sekarang"),
        "th": ("สนับสนุนสื่ออิสระ", "สนับสนุนเรา", "ร่วมสนับสนุน"),
        "zh": ("支持独立新闻", "请支持我们", "支持独立媒体"),
        "ro": ("susține jurnalismul", "susține-ne", "sprijină jurnalismul", "susține presa independentă"),
        "el": ("στηρίξτε την ανεξάρτητη δημοσιογραφία", "στηρίξτε μας", "στηρίξτε τη δημοσιογραφία"),
        "he": ("תמכו בעיתונות", "תמכו בנו"),
        "az": ("bizə dəstək olun",),
        "kk": ("бізді қолдаңыз",),
    },
    "cookie": {
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
}
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
        "fi": ("tilaajille tarkoitettu artikkeli", "tilaajille tarkoitettu juttu"),
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
}
# Invitations to follow the outlet: the phrase opens the line, or closes it, and a platform is named.
FOLLOW_OPENERS: dict[str, tuple[str, ...]] = {
    "nl": ("volg ons",), "pl": ("obserwuj nas",), "ar": ("تابعونا", "تابعوا"),
    "id": ("ikuti kami",), "ms": ("ikuti kami", "sertai saluran", "sertai kami"),
    "vi": ("theo dõi chúng tôi",), "th": ("ติดตามเรา",), "zh": ("关注我们", "關注我們"),
    "sv": ("följ oss",), "no": ("følg oss",), "da": ("følg os",), "fi": ("seuraa meitä",),
    "cs": ("sledujte nás",), "ro": ("urmărește-ne", "urmăriți-ne", "urmareste-ne"),
    "hu": ("kövess minket", "kövessen minket", "kövessenek minket"), "el": ("ακολουθήστε μας",),
    "he": ("עקבו אחרינו",),
}
FOLLOW_ENDERS: dict[str, tuple[str, ...]] = {
    "tr": ("takip edin",), "fa": ("دنبال کنید",), "ko": ("팔로우하세요", "팔로우 하세요"),
    "ja": ("をフォロー", "をフォローする"), "az": ("izləyin",), "kk": ("жазылыңыз",),
}
# The outlet's channels, in the scripts the invitations name them in.
_PLATFORMS = any_word((
    "facebook", "twitter", "instagram", "youtube", "telegram", "whatsapp", "tiktok", "linkedin", "threads",
    "google news", "viber", "фейсбук", "телеграм", "ютуб", "инстаграм", "فيسبوك", "فيس بوك", "تويتر",
    "انستغرام", "إنستغرام", "يوتيوب", "تلغرام", "تيليجرام", "واتساب", "اینستاگرام", "تلگرام", "توییتر",
    "فیسبوک", "یوتیوب", "微信", "微博", "公众号", "抖音", "페이스북", "인스타그램", "유튜브", "카카오",
    "트위터", "เฟซบุ๊ก", "ยูทูบ", "פייסבוק", "טוויטר", "אינסטגרם", "טלגרם", "יוטיוב",
), r"(?<![a-z0-9])x(?![a-z0-9])|ｘ")  # X, alone or in a CJK run ("公式Xアカウント")


def _flat(table: dict[str, dict[str, tuple[str, ...]]]) -> list[str]:
    return [phrase for kind in table.values() for phrases in kind.values() for phrase in phrases]


_OPENER = any_word(_flat(OPENERS))
_ENDER = tuple(_flat(ENDERS))
_FOLLOW_OPENER = any_word([phrase for phrases in FOLLOW_OPENERS.values() for phrase in phrases])
_FOLLOW_ENDER = tuple(phrase for phrases in FOLLOW_ENDERS.values() for phrase in phrases)
# An appeal runs to a sentence or two; a notice of cookies may run longer.
_MAX_WORDS = 25
# What a line may carry before and after its phrase: a bullet, an arrow, the closing punctuation.
_LEAD = " \t•►▶»>→-–—*#·"
_TAIL = " \t:：.。!！?？…·|»>→।"


def is_appeal(line: str, words: list[str]) -> bool:
    """An appeal of ``OPENERS``, ``ENDERS``, ``FOLLOW_OPENERS`` or ``FOLLOW_ENDERS`` on a short line."""
    if len(words) > _MAX_WORDS:
        return False
    lowered = line.lower().lstrip(_LEAD)
    if _OPENER.match(lowered) is not None:
        return True
    closed = lowered.rstrip(_TAIL)
    if closed.endswith(_ENDER):
        return True
    return (_FOLLOW_OPENER.match(lowered) is not None or closed.endswith(_FOLLOW_ENDER)) \
        and _PLATFORMS.search(lowered) is not None
