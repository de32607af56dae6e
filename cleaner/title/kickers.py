"""Kickers and labels around a headline in a sharing or tab title, and cutting them.

Newsrooms put a label before the headline in the titles they write for sharing and search
("EXCLUSIVE: ...", "LIVE | ...", "Analysis: ...", "VIDÉO. ...", "EN VIVO - ...", "[단독] ...",
"【独自】...") or after it ("... (VIDEO)", "... - live updates", a page's number: "... - Page 2")
that the headline on the page does not carry, or sets apart in a badge. Where the page gives no
on-page headline to compare with, ``strip_kicker`` cuts such a label; it is read from a list of the
labels news sites use, in many languages, and from two conventions that need no list (a short label
in brackets before the headline, and a French-style run of capitals ended by a full stop: "RÉCIT. ...").
Where a title is a form of the on-page ``<h1>``, what the <h1> prints beside the headline goes too:
a kicker run in before it (``drop_kicker``) or a subtitle after it (``drop_subtitle``).
"""

from __future__ import annotations

import re
import unicodedata

from cleaner.title.sitenames import WORD, fold_key, title_words

# Labels, in lower case (matched case-insensitively before a separator; in capitals without one).
_LABELS = (
    # English
    "exclusive", "breaking", "breaking news", "just in", "developing", "urgent", "live", "live updates",
    "live update", "live blog", "liveblog", "watch", "watch live", "video", "videos", "photos", "photo",
    "pictures", "in pictures", "gallery", "update", "updated", "opinion", "analysis", "commentary",
    "editorial", "podcast", "explainer", "as it happened", "live coverage", "fact check", "factcheck",
    "listen", "audio",
    # German, Dutch, Scandinavian, Finnish
    "exklusiv", "eilmeldung", "liveticker", "live-ticker", "ticker", "newsblog", "live-blog", "kommentar",
    "meinung", "analyse", "fotos", "bildergalerie", "exclusief", "opinie", "foto's", "direkte",
    "eksklusivt", "exklusivt", "analys", "kuvat", "analyysi", "just nu", "siste nytt",
    # French
    "exclusif", "direct", "en direct", "vidéo", "vidéos", "en images", "en vidéo", "en photos", "info",
    "alerte", "édito", "tribune",
    "témoignage", "récit", "enquête", "décryptage", "entretien",
    # Spanish, Portuguese, Italian, Romanian
    "exclusiva", "exclusivo", "en vivo", "en directo", "directo", "última hora", "urgente", "vídeo",
    "opinión", "análisis", "ao vivo", "opinião", "análise", "esclusiva", "esclusivo", "diretta",
    "in diretta", "ultima ora", "opinione", "analisi", "editoriale", "commento", "exclusiv", "ultima oră",
    "opinie", "analiză",
    # Polish, Czech, Slovak, Hungarian, Croatian, Slovenian, Turkish
    "na żywo", "wideo", "pilne", "tylko u nas", "relacja", "zdjęcia", "opinia", "analiza", "komentarz",
    "online", "živě", "naživo", "exkluzivně", "komentář", "analýza", "videó", "élő", "percről percre",
    "exkluzív", "uživo", "ekskluzivno", "v živo", "son dakika", "canlı", "özel haber", "özel",
    "galeri",
    # Cyrillic, Greek
    "видео", "відео", "фото", "онлайн", "прямой эфир", "срочно", "терміново", "эксклюзив", "ексклюзив",
    "мнение", "колонка", "наживо", "βίντεο", "αποκλειστικό", "έκτακτο", "ζωντανά",
    # Arabic, Indonesian, Hindi, Vietnamese
    "عاجل", "فيديو", "بالفيديو", "بالصور", "مباشر", "eksklusif", "opini", "analisis", "वीडियो",
    "फ़ोटो", "एक्सक्लूसिव", "लाइव", "फोटो",
    # Persian, Hebrew
    "فوری", "ویدئو", "ویدیو", "اختصاصی", "בלעדי", "וידאו", "מבזק",
    "trực tiếp", "độc quyền", "clip",
    # Bengali, Urdu, Tamil, Nepali, Thai, Georgian, Armenian, Amharic, Kazakh, Baltic, Filipino
    "ভিডিও", "লাইভ", "ব্রেকিং", "ویڈیو", "بریکنگ نیوز", "வீடியோ", "भिडियो", "วิดีโอ", "คลิป", "ვიდეო", "ფოტო",
    "տեսանյութ", "լուսանկարներ", "ቪዲዮ", "бейне", "tiešraide", "tiesiogiai", "vaizdo įrašas", "fotod",
    "panoorin",
    # Chinese, Japanese, Korean (before a full-width colon or bar, or in brackets)
    "直播", "快讯", "快訊", "独家", "獨家", "视频", "視頻", "影音", "图", "組圖", "组图", "速報", "速报",
    "独自", "動画", "写真", "속보", "단독", "영상", "포토",
    # More picture labels, and "with video" ("Headline (with video)")
    "foto", "with video", "with photos",
)
# Greek capitals drop the accents ("ΕΚΤΑΚΤΟ" for "Έκτακτο"): the labels also without them.
_GREEK_BARE = str.maketrans(dict(zip("άέήίόύώ", "αεηιουω", strict=True)))
_LABEL_FORMS = {*_LABELS, *(label.translate(_GREEK_BARE) for label in _LABELS)}
_LABEL = "|".join(sorted((re.escape(label) for label in _LABEL_FORMS), key=len, reverse=True))
# In capitals, also as Turkish and Azerbaijani write them: "i" as dotted "İ" ("SON DAKİKA", "VİDEO").
_CAPITAL_FORMS = {form for label in _LABEL_FORMS for form in (label.upper(), label.replace("i", "İ").upper())}
_CAPITALS = "|".join(sorted(map(re.escape, _CAPITAL_FORMS), key=len, reverse=True))
# A label and a separator before the headline: "LIVE: ", "Analysis | ", "VIDÉO. ", "EN VIVO - ".
# A marker may open it ("🔴 LIVE: ", "▶ VIDEO: ", "+++ Eilmeldung +++ "); "+++" and "!" end one too.
_MARK = r"(?:[\u2190-\u2bff\U0001f300-\U0001faff]\ufe0f?\s*|\+{3}\s*)?"
_BEFORE = re.compile(rf"^{_MARK}(?:{_LABEL})(?:\s*[:|!：｜]|\.(?=\s)|\s+[–—-]|\s*/{{1,2}}|\s*\+{{3}})\s*",
                     re.IGNORECASE)
# A label in capitals and a space: "LIVE Storm hits the coast" (its case tells it from "Live Nation").
# The headline after it opens with a capital, a digit or a quote (``_opens_headline``).
_CAPITALS_BEFORE = re.compile(rf"^{_MARK}(?:{_CAPITALS})\s+(?=\S)")
# A short label in brackets before the headline: "[단독] ", "[Update] ", "(LEAD) ", "【独自】", "＜速報＞".
_BRACKETED_BEFORE = re.compile(r"^(?:\[(?:[^\]\s]+\s?){1,3}\]\s*|\((?:[^)\s]+\s?){1,3}\)\s+"
                               r"|【[^】]{1,10}】\s*|＜[^＞]{1,10}＞\s*|［[^］]{1,10}］\s*"
                               # "〈速報〉", "<영상>": a label only (a work's title is set so: "〈기생충〉")
                               rf"|[〈<]\s*(?:{_LABEL})\s*[〉>]\s*)", re.IGNORECASE)
# A French-style run of capitals ended by a full stop: "RÉCIT. ", "INFO FRANCE. " (one to three words).
_CAPITAL_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{2,}"
_CAPITAL_RUN = re.compile(rf"^(?:{_CAPITAL_WORD}\s){{0,2}}{_CAPITAL_WORD}\.\s+(?=[A-ZÀ-ÖØ-Þ0-9«\"“])")
# A label after the headline: " (VIDEO)", " [+PHOTOS]", "【图】", " [영상]", " - live updates", " | LIVE",
# ": as it happened".
_AFTER = re.compile(rf"(?:\s*[(\[（【［]\+?\s*(?:{_LABEL})(?:\s*[+&,]\s*(?:{_LABEL}))?\s*[)\]）】］]"
                    rf"|\s+[|–—-]\s+(?:{_LABEL})|:\s+(?:live updates|live coverage|as it happened))$",
                    re.IGNORECASE)
# The page of a story split in pages, after the headline: " - Page 2", " | Seite 3 von 4", ", Página 2",
# and Indonesian portals' " Halaman 2" and " Halaman all" (the whole story on one page) with no separator.
_PAGE_WORDS = "page|seite|página|pagina|strona|stránka|strana|страница|сторінка|sayfa|trang|sivu|sida|side"
_PAGE_AFTER = re.compile(rf"(?:\s+[|–—-]\s+|\s*,\s+|\s+\(|\s+(?=halaman))(?:{_PAGE_WORDS}|halaman)\s+"
                         r"(?:\d{1,3}(?:\s+(?:of|von|de|di|z|из|з|/)\s+\d{1,3})?|all|semua)\)?$",
                         re.IGNORECASE)
# A label alone, as a badge inside a heading shows it.
_LABEL_ALONE = re.compile(rf"\s*(?:{_LABEL})\s*[:|.]?\s*", re.IGNORECASE)
_MIN_HEADLINE_WORDS = 3
# A kicker is a line of at most this many words before the headline (cleaner.title.headings reads it too).
KICKER_MAX_WORDS = 5
# A word of three letters or fewer before the headline is an article, not a kicker.
_ARTICLE_CHARS = 3
# A subtitle set in the <h1> after the headline: a sentence of a few words at least.
_MIN_SUBTITLE_WORDS = 3
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
# A topic run in before the headline with a colon ("Krieg in der Ukraine: Headline"): a few words.
_RUN_IN = re.compile(r"^(?P<topic>[^:|]{1,60}?)\s*:\s+(?=\S)")
_MAX_RUN_IN_WORDS = 5


def strip_kicker(title: str) -> str:
    """``title`` without a label before or after its headline (see the module's docstring), as long
    as a headline of three words or more is left."""
    for pattern in (_BEFORE, _CAPITAL_RUN, _CAPITALS_BEFORE, _BRACKETED_BEFORE):
        if (match := pattern.match(title)) and _headline_left(title[match.end():]) \
                and (pattern is not _CAPITALS_BEFORE or _opens_headline(title[match.end():])):
            title = title[match.end():]
            break
    for pattern in (_PAGE_AFTER, _AFTER):
        if (match := pattern.search(title)) and _headline_left(title[:match.start()]):
            title = title[:match.start()]
    return title.strip()


def without_pictographs(title: str | None) -> str | None:
    """``title`` without the emoji and pictographs at its ends that sharing titles set as a badge
    ("🔴 Headline", "⚡️ LIVE: Headline", "Headline 📸"; a headline on the page does not print them), as
    long as a headline of three words or more is left."""
    if not title:
        return title
    start, end = 0, len(title)
    while start < end and _pictograph(title[start]):
        start += 1
    while end > start and _pictograph(title[end - 1]):
        end -= 1
    rest = title[start:end]
    return rest if rest != title.strip() and _headline_left(rest) else title


def _pictograph(char: str) -> bool:
    """A space, an emoji's joiner or variation selector, or a symbol from the arrows on (U+2190: no
    letter, digit, quote, currency or the ©/® an outlet's name may hold)."""
    return char.isspace() or char in "\u200d\ufe0f\ufe0e" \
        or (ord(char) >= 0x2190 and unicodedata.category(char) in ("So", "Sk"))


def without_run_in(title: str) -> str | None:
    """``title`` without a topic of a few words run in before it with a colon ("Ukraine-Krieg:
    Headline", "Krieg in der Ukraine: Headline"), or None where it has none. Any topic, not only a
    label: only a form to look for among the page's headings (a kicker the page prints apart)."""
    match = _RUN_IN.match(title)
    if not match or len(title_words(match["topic"])) > _MAX_RUN_IN_WORDS:
        return None
    rest = title[match.end():].strip()
    return rest if _headline_left(rest) else None


def without_printed_kicker(title: str, kickers: list[str]) -> str:
    """``title`` without the topic run in before it with a colon ("Ukraine war: Headline") where the
    page prints that topic as a kicker (``kickers``: texts of elements named so), a headline of three
    words or more left."""
    match = _RUN_IN.match(title)
    if not match or fold_key(match["topic"]) not in {fold_key(kicker) for kicker in kickers}:
        return title
    rest = title[match.end():].strip()
    return rest if _headline_left(rest) else title


def is_label(text: str) -> bool:
    """``text`` is a label alone ("LIVE", "Exclusive", "VIDÉO"), as a badge inside a heading shows it."""
    return bool(_LABEL_ALONE.fullmatch(text))


def _opens_headline(rest: str) -> bool:
    """``rest`` opens as a headline does after a label in capitals: a capital in any script ("İ",
    "Ş", "Ł", "Έ"), a digit or a quote (not "LIVE Nation's ...": a name's words go on in lower case)."""
    return rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"'‘“«„"


def _headline_left(rest: str) -> bool:
    rest = rest.strip()
    # Not a run of capitals; a headline in a script with no case holds an acronym in capitals
    # ("... ฝุ่น PM2.5 ...", "... BNP-র ..."), which makes the whole of it read as upper case to isupper().
    return len(title_words(rest)) >= _MIN_HEADLINE_WORDS \
        and not (rest.isupper() and all(char.isupper() for char in rest if char.isalpha()))


def drop_subtitle(h1: str, title: str) -> str | None:
    """The headline of an ``<h1>`` that sets a subtitle after it ("Headline<br>The vote came after a
    long dispute", an unnamed ``<span>`` after it), where ``title`` is that headline: the <h1>'s
    words up to the title's last, as the page prints them, where what follows opens a sentence of
    three words or more (a capital first) and the title is written in sentence case (in Title Case
    a capital tells nothing: the title may be the headline cut short). None otherwise."""
    if _UNSPACED.search(title) or not fold_key(h1).startswith(fold_key(title)):
        return None
    words = list(WORD.finditer(h1))
    count = len(WORD.findall(title))
    rest = h1[words[count - 1].end():] if 0 < count < len(words) else ""
    rest_words = WORD.findall(rest)
    sentence_case = sum(word.islower() for word in WORD.findall(title)[1:]) >= 2
    if len(rest_words) < _MIN_SUBTITLE_WORDS or not rest_words[0][0].isupper() or not sentence_case:
        return None
    end = words[count - 1].end()
    closing = re.match(r"[?!.…\"”’»)]*", h1[end:])
    return h1[:end + (closing.end() if closing else 0)].strip()


def drop_kicker(h1: str, title: str) -> str:
    """An ``<h1>`` that holds the title after a few words ("Ukraine-Krieg Headline") is a kicker
    and the headline: keep the headline; not where the <h1> goes on in lower case after those words
    ("The seven secrets ...": the title dropped the headline's first word), nor where that word is a
    short one not in capitals ("The", "Die", "Les", "Un": an article; a run-in kicker is a topic or
    an acronym: "Brexit", "NFL")."""
    position = fold_key(h1).find(fold_key(title))
    words = WORD.findall(h1)
    prefix_words = len(words) - len(WORD.findall(title))
    article = prefix_words == 1 and len(words[0]) <= _ARTICLE_CHARS and not words[0].isupper()
    if position > 0 and fold_key(h1).endswith(fold_key(title)) and 0 < prefix_words <= KICKER_MAX_WORDS \
            and not words[prefix_words][0].islower() and not article:
        return title
    return h1
