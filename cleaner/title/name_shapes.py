"""The shape of a site's or section's name in a title: capitalised words and particles, a domain,
a date, a short run of Chinese or Japanese characters (``name_like``); and a last segment that names
the site by a word its domain spells (``named_by_word``, ``service_name``); a name and sections set before
a right-to-left headline (``named_before_rtl``); a logo's name without "Logo" or "Startseite" beside it
(``logo_name``). ``cleaner.title.sitenames``
tells and cuts names in titles with these; ``cleaner.title.title_forms`` asks whether an <h1> reads as a name.
"""

from __future__ import annotations

import re
from itertools import pairwise

from cleaner.title.sitekeys import WORD, caseless, fold_key, initials, spelled_keys

# Scripts written without spaces between words: Han, kana (Hangul is spaced).
UNSPACED_CHARS = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
UNSPACED_RUN = re.compile(f"[{UNSPACED_CHARS}]")
_MAX_UNSPACED_NAME = 12
# A segment that is a date ("12/04/2024", "12.04.2024"), or a name followed by one ("Site, 12.04.2024").
# Or a day written with its month's name and year ("12 апреля 2024", "12. April 2024", "12 de abril de
# 2024", "April 12, 2024", "2024年4月12日", "2024년 4월 12일"), as some papers set it before their name.
DATE_SEGMENT = re.compile(r"^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
                          r"|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?(?:19|20)\d\d"
                          r"|[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+(?:19|20)\d\d"
                          r"|(?:19|20)\d\d\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일])$")
TRAILING_DATE = re.compile(r",?\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_NAME_PARTICLES = frozenset({"of", "the", "and", "for", "on", "from", "in", "de", "del", "do", "da", "dos",
                             "das", "la", "le", "les", "el", "los", "der", "die", "des", "du", "di", "y", "e",
                             "et", "und", "van", "von", "&", "della", "delle", "dello", "degli", "dei", "al",
                             "alla", "het", "den", "dem", "au", "aux", "og", "en",
                             # Swahili's "of" ("Habari za Kitaifa", "Sauti ya Amerika")
                             "za", "ya", "wa", "cha", "vya"})
# Words a site's name may hold in lower case after a capitalised one ("My website", "Anna's blog"), and
# the words for a paper or the news that names in sentence case hold ("Российская газета", "Новая газета
# Европа", "Українська правда", "Lidové noviny").
_SITE_WORDS = frozenset({"website", "blog", "weblog", "homepage", "site",
                         "газета", "газети", "правда", "новости", "новини", "вести", "ведомости", "известия",
                         "вестник", "вісник", "вісті", "журнал", "gazeta", "dziennik", "tygodnik", "noviny",
                         "listy", "deník", "denník",
                         "diario", "diário", "jornal", "periódico", "giornale", "quotidiano", "zeitung"})
_MAX_TAIL_WORDS = 6
_MAX_VIETNAMESE_WORDS = 8
# A name's initials in capitals, which may go on after a slash ("HKFP", "RFE/RL").
_INITIALS = re.compile(r"[A-Z]{2,6}(?:/[A-Z]{1,4})?")
_MAX_SECTION_WORDS = 3
_CLAUSE_OPENERS = frozenset({
    "and", "but", "or", "so", "yet", "nor", "as", "if", "when", "while", "why", "how", "what", "who", "where",
    "is", "are", "was", "were", "will", "can", "not", "no", "here's", "here’s", "it's", "it’s", "with",
    "without", "after", "before"})
_CONTRACTION = re.compile(r"\w(?:n['’]t|['’](?:re|ll|ve|m|d))\b", re.IGNORECASE)
BRACKETED_END = re.compile(r"\s*[(（][^()（）]{1,30}[)）]$")


def name_like(tail: str, section: bool = False) -> bool:
    """A site or section name, or a date (see ``strip_unnamed_site``): a ``section`` (beside a site's
    name already cut) may hold words in lower case after its first ("UK news")."""
    if DATE_SEGMENT.match(tail):
        return True
    # The name's own short form in brackets ("Vietnam+ (VietnamPlus)") and a date after it go.
    tail = BRACKETED_END.sub("", TRAILING_DATE.sub("", tail))
    if not tail or (tail[-1] in "?!.…\"”»)" and not re.search(r"\w\.\w+$", tail)):
        return False
    words = tail.split()
    # Words as spaces part them (an Indic word's vowel signs split it for \w); Chinese and Japanese
    # names are written without spaces: a short run.
    if _vietnamese_paper(words):
        return True
    # Only the characters written without spaces count: "東京新聞 TOKYO Web" is a name of four.
    if len(words) > _MAX_TAIL_WORDS or len(UNSPACED_RUN.findall(tail)) > _MAX_UNSPACED_NAME:
        return False
    if len(words) == 1 and re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", tail):
        return True  # a domain: "tagesblatt.de"
    # A Title Case headline goes on ("— And They're Not Great"): a clause, not a name.
    if words[0].casefold() in _CLAUSE_OPENERS or _CONTRACTION.search(tail):
        return False
    if section and len(words) <= _MAX_SECTION_WORDS and not _lower(words[0]):
        return True
    # A capital anywhere in a word makes it a name's ("iROZHLAS", "eKathimerini").
    return all(word.casefold() in _NAME_PARTICLES or word.casefold() in _SITE_WORDS or not _lower(word)
               for word in words) \
        and any(not _lower(word) and word.casefold() not in _NAME_PARTICLES for word in words)


# "News" in the languages of news sites' sections and slogans (case-folded words).
NEWS_WORDS = frozenset({
    "news", "noticias", "notícias", "noticia", "notícia", "nachrichten", "actualités", "actualites",
    "infos", "notizie", "nieuws", "nyheter", "nyheder", "uutiset", "wiadomości", "zprávy", "správy", "hírek",
    "vijesti", "vesti", "novosti", "știri", "stiri", "haberleri", "haberler", "haber", "berita", "ειδήσεις",
    "новости", "новини", "навіны", "أخبار", "اخبار", "חדשות", "뉴스", "actualité", "actualidad"})
# Two words that name the news together where neither does alone: Vietnamese "tin tức", "tin mới"
# (news, latest news), Turkish "son dakika" (breaking).
_NEWS_PAIRS = frozenset({("tin", "tức"), ("tin", "mới"), ("son", "dakika")})
# A word after the one for the news that gives a story's topic ("Latest news on the floods"): the
# headline's own words; a slogan names a place or a time ("news from the coast", "noticias de hoy").
_TOPIC_WORDS = frozenset({"on", "about", "over", "sobre", "sur", "über", "zu", "zum", "zur", "su", "sul",
                          "sulla", "om", "про", "об"})
_MAX_SLOGAN_WORDS = 8
_MIN_SLOGAN_HEAD_WORDS = 4


def news_slogan(segment: str, head_words: int) -> bool:
    """``segment`` is a slogan that names the news, set between the headline (of ``head_words`` words)
    and the site's name ("| Latest news from the Quayside and beyond |", "| Noticias de Uruguay y el Mundo
    actualizadas -", "- Новини от България и света |"): up to eight words, a word for the news among its
    first two (an elided article is none: "Toute l'actualité"), or a pair that names it ("Tin tức mới
    nhất 24h", "Son dakika haberleri"), after a headline of four words or more and as long at least; not
    a question or a sentence, nor the news on a topic ("Latest news on the floods")."""
    words = [caseless(word) for word in WORD.findall(segment)]
    opening = [word for word in words if len(word) > 1][:2]
    news = not NEWS_WORDS.isdisjoint(opening) or tuple(opening) in _NEWS_PAIRS
    return 2 < len(words) <= _MAX_SLOGAN_WORDS and news and segment.rstrip()[-1:] not in "?!.…" \
        and head_words >= max(_MIN_SLOGAN_HEAD_WORDS, len(words)) \
        and not any(word in NEWS_WORDS and after in _TOPIC_WORDS for word, after in pairwise(words))


def _lower(word: str) -> bool:
    """A word in lower case; not one in kanji or kana with Latin letters after them ("西日本新聞me"),
    nor one in Georgian (``uncased``)."""
    return word.islower() and not UNSPACED_RUN.search(word) and not uncased(word)


# Georgian's everyday letters (Mkhedruli) are lower case to Unicode, since its capitals (Mtavruli) were
# added, but the script is written without case: a name in it ("პოლიტიკა", a section) is not a word in
# lower case.
_GEORGIAN = re.compile("[\u10d0-\u10ff]")


def uncased(text: str) -> bool:
    """``text`` opens with a letter of a script written without case that Unicode gives a case to."""
    return bool(_GEORGIAN.match(text))


def paper_name(tail: str) -> bool:
    """``tail`` names a Vietnamese paper or magazine (``_vietnamese_paper``): a name that says it is one,
    however long beside the headline ("- Báo Pháp Luật TP. Hồ Chí Minh")."""
    return tail.startswith(("Báo ", "Tạp chí ")) and _vietnamese_paper(tail.split())


def news_tail(segment: str, head_words: int) -> bool:
    """``segment``, the last of a title, is a slogan that names the news at both ends ("- Son Dakika
    Ekonomi Haberleri", "| Latest News", "- Últimas Noticias"): a ``news_slogan`` whose last word is
    a word for the news too, which a headline's own clause after a dash seldom is."""
    words = WORD.findall(segment)
    return bool(words) and caseless(words[-1]) in NEWS_WORDS and news_slogan(segment, head_words)


def _vietnamese_paper(words: list[str]) -> bool:
    """A Vietnamese paper's or magazine's name: "Báo" or "Tạp chí" ("newspaper", "magazine"), "điện tử"
    (electronic) perhaps, then a capitalised word; its other syllables may be in lower case ("Báo Dân
    trí", "Báo điện tử Tiền Phong", "Báo Công an Nhân dân điện tử"). Not "Báo cáo" (a report)."""
    rest = words[2:] if words[:2] == ["Tạp", "chí"] else words[1:] if words[:1] == ["Báo"] else []
    if rest[:2] == ["điện", "tử"]:
        rest = rest[2:]
    # Each syllable is a word: a name of up to eight ("Tạp chí điện tử Người Đô Thị").
    return 0 < len(words) <= _MAX_VIETNAMESE_WORDS and bool(rest) and not rest[0].islower()


def service_name(segment: str, keys: set[str]) -> bool:
    """A last segment that opens with the site's name as a word and names a service or edition of it
    in up to four words that read as a section's ("BBC News Русская служба", "DW Español" on dw.com);
    or the site's name and its slogan in one (``_named_slogan``)."""
    words = segment.split()
    return (2 <= len(words) <= _MAX_SECTION_WORDS + 1 and bool(spelled_keys(words[0]) & keys)
            and name_like(" ".join(words[1:]), section=True)) or _named_slogan(words, keys)


# Words that set the site's name after its slogan ("Noticias de hoy en Site", "... from Site").
_NAME_AFTER = frozenset({"en", "from", "on", "at", "in", "aus", "von", "bei", "auf", "sur", "à", "dans", "su",
                         "di", "da", "em", "no", "na", "op", "bij"})


def _named_slogan(words: list[str], keys: set[str]) -> bool:
    """``words`` are the site's name (a key, as the domain or a site-name tag spells it) and a slogan that
    names the news (``news_slogan``), the name first before a colon or full stop ("Site: noticias de
    hoy", "Site. Breaking News, Latest News and Videos") or last after a preposition ("Noticias de hoy en
    Site", "Breaking News ... from Site")."""
    for at in range(1, len(words)):
        name, rest = " ".join(words[:at]), " ".join(words[at:])
        if name[-1] in ":." and spelled_keys(name[:-1]) & keys and news_slogan(rest, _MAX_SLOGAN_WORDS):
            return True
        if words[at - 1].casefold() in _NAME_AFTER and spelled_keys(rest) & keys \
                and news_slogan(" ".join(words[:at - 1]), _MAX_SLOGAN_WORDS):
            return True
    return False


def with_initials(segment: str) -> bool:
    """A segment that is a name of two to five capitalised words followed by its own initials in
    capitals ("Hong Kong Free Press HKFP", "Radio Free Europe RFE/RL": the initials may go on): a site
    writes its name so after the headline, a headline does not end so."""
    name, _, letters = segment.strip().rpartition(" ")
    if not _INITIALS.fullmatch(letters) or not name_like(name) or name.split()[-1].isupper():
        return False
    key = fold_key(letters)
    return any(len(short) >= 2 and key.startswith(short) for short in initials(name))


def named_by_word(segment: str, keys: set[str]) -> bool:
    """A last segment of two or three words whose first or last word is the site's name as its domain
    spells it, five letters or more, the rest in lower case or not ("Українська правда" on
    pravda.com.ua, "Corriere della Sera" on corriere.it): a name the domain spells in part, longer than
    ``_around`` reads. Not a clause ("Pravda says sorry" opens with the name: its words go on in lower
    case after a verb's form; a question, a contraction)."""
    words = segment.split()
    if not 2 <= len(words) <= _MAX_SECTION_WORDS or segment[-1] in "?!.…\"”»)" \
            or words[0].casefold() in _CLAUSE_OPENERS or _CONTRACTION.search(segment):
        return False
    if any(len(key) >= 5 for key in spelled_keys(words[-1]) & keys):
        return True  # "Українська правда", "Gazeta Wyborcza"
    # The name first: the words after it read as a name's ("Corriere della Sera", not "Pravda says sorry").
    return any(len(key) >= 5 for key in spelled_keys(words[0]) & keys) and name_like(segment)


# Separators between names and a right-to-left headline (Arabic, Hebrew, Persian, Urdu letters): a spaced
# pipe, dash or double colon. A pair of one-word names before a colon opens a headline ("مصر - السودان:
# ..."); a speaker's name after the site's does not ("Site - وزير المالية: ...").
_RTL_SEPARATOR = re.compile(r"\s+(?:[|\-–—]|::)\s+")
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def right_to_left(text: str) -> bool:
    """``text`` holds a letter of a right-to-left script (Arabic, Hebrew, Persian, Urdu)."""
    return bool(_RTL_LETTER.search(text))
_PAIR = re.compile(r"^\S+\s*:")
_LATIN_ONLY = re.compile(r"[A-Za-z][\w.&' -]*")
_MAX_RTL_NAME_WORDS = 4
_MAX_RTL_CUTS = 3
_MIN_RTL_HEAD_WORDS = 4
# A right-to-left site's name that says what it is ("newspaper", "portal", "agency", "channel", "site" in
# Arabic, Persian, Urdu and Hebrew), of up to four words, before a colon: a name, not a topic or a
# speaker ("صحيفة سبق: Headline", "خبرگزاری بندر: Headline"), which a colon sets apart too.
_RTL_MEDIA_WORDS = ("صحيفة", "جريدة", "بوابة", "موقع", "وكالة", "قناة", "شبكة", "مجلة", "إذاعة", "منصة",
                    "خبرگزاری", "روزنامه", "پایگاه", "شبکه", "سایت", "هفته‌نامه", "روزنامہ", "עיתון", "אתר")
_RTL_MEDIA_NAME = re.compile(f"^(?:{'|'.join(_RTL_MEDIA_WORDS)})(?:\\s+[^\\s:|]+){{0,3}}\\s*:\\s+")


def named_before_rtl(title: str, printed: frozenset[str] = frozenset()) -> str:
    """``title`` without the site's name, and sections after it, set FIRST before a right-to-left
    headline, as sites in those scripts do (the tab shows a title's start): "اليوم السابع - Headline",
    "الجزيرة نت | سياسة | Headline", "ynet - Headline". Up to three segments of up to four words, each a
    name's shape (``name_like``, or in Latin letters only: "masrawy") and at most half the headline's
    length, before a headline that opens with a right-to-left letter, of four words or more; the most
    such segments. Not where one word and another before a colon are a pair ("مصر - السودان: ...").
    A shorter headline ("الجزيرة نت - غزة الآن") only where its key is in ``printed`` (the keys of the
    page's headings: a heading prints it), whatever the name's length beside it. Before a colon, only a
    name that says it is a paper, portal, agency or channel ("صحيفة سبق: Headline"; "مصر: Headline" is a
    topic's)."""
    if not _RTL_LETTER.search(title):
        return title  # most titles: nothing to read
    if (media := _RTL_MEDIA_NAME.match(title)) and _RTL_LETTER.match(rest := title[media.end():]) \
            and len(WORD.findall(rest)) >= _MIN_RTL_HEAD_WORDS:
        return rest
    found = list(_RTL_SEPARATOR.finditer(title))[:_MAX_RTL_CUTS]
    best, start = title, 0
    # The last segment a heading prints: names and sections before it go whatever their length.
    printed_end = bool(found) and fold_key(title[found[-1].end():]) in printed
    for separator in found:
        head, rest = title[start:separator.start()].strip(), title[separator.end():].strip()
        words = WORD.findall(head)
        shown = fold_key(rest) in printed
        if not words or len(words) > _MAX_RTL_NAME_WORDS or (2 * len(head) > len(rest) and not printed_end) \
                or not (name_like(head) or _LATIN_ONLY.fullmatch(head)):
            break
        if _RTL_LETTER.match(rest) and not (len(words) == 1 and _PAIR.match(rest)) \
                and (shown or len(WORD.findall(rest)) >= _MIN_RTL_HEAD_WORDS):
            best = rest
        start = separator.end()
    return best


# The words a logo's text or image's alt writes beside the site's name ("Logo franceinfo", "Zur Startseite
# von Site", "Retour à l'accueil Site", "Site logo"), in the languages of news sites.
_LOGO_LEAD = re.compile(
    r"^(?:logo|(?:zur(?:ück zur)?\s+)?startseite|(?:retour\s+à\s+l['’])?accueil"
    r"|(?:back|go)\s+to\s+(?:the\s+)?home(?:page)?|homepage"
    r"|(?:ir\s+a\s+la\s+)?portada|(?:página\s+de\s+)?inicio|torna\s+alla\s+home)"
    r"(?:\s+(?:de|du|des|of|von|del|di|van))?\s+(?=\S)", re.IGNORECASE)
_LOGO_TAIL = re.compile(r"\s+(?:logo|homepage|startseite)$", re.IGNORECASE)


def logo_name(text: str) -> str:
    """The site's name in a logo's text or alt, without the words a logo writes beside it ("Logo de
    La Nación" -> "La Nación"); ``text`` itself where it holds none, or only them ("Logo")."""
    return _LOGO_TAIL.sub("", _LOGO_LEAD.sub("", text.strip(), count=1)) or text
