"""Stamps in the languages the older rules lacked (``short_prompts`` has the others): the reading time
("Okuma süresi: 4 dakika", "4 min de lecture", "この記事は約4分で読めます") and the "as of" stamp of a
figure or a table, its label before the day ("Stan na 12 kwietnia 2024 r.", "截至2024年4月12日",
"נכון ל-12 באפריל 2024") or after it ("12 Nisan 2024 itibarıyla", "2024年4月12日現在"). Each a whole
short line: its label, a number, and a few words of a day or a duration. A sentence that opens with
the same words ("Sehingga 2024, kerajaan telah membina 12 sekolah") has more words than a day has.
"""

from __future__ import annotations

import re

# The reading time's label before its minutes, by language (lowered).
READING_TIME: dict[str, tuple[str, ...]] = {
    "uk": ("час читання",), "ru": ("время прочтения",), "tr": ("okuma süresi",),
    "ar": ("مدة القراءة", "وقت القراءة"), "fa": ("زمان مطالعه", "زمان تقریبی مطالعه"),
    "ur": ("پڑھنے کا وقت",), "hi": ("पढ़ने का समय",), "bn": ("পড়তে সময় লাগবে", "পড়ার সময়"),
    "id": ("waktu baca", "lama baca"), "ms": ("masa membaca", "masa bacaan"), "vi": ("thời gian đọc",),
    "th": ("ใช้เวลาอ่าน", "เวลาในการอ่าน"), "zh": ("阅读时间", "閱讀時間", "预计阅读", "阅读需要"),
    "ko": ("읽는 시간", "읽는데 걸리는 시간"), "cs": ("čtení na", "doba čtení"), "sk": ("čítanie na",),
    "ro": ("timp de citire", "timp de lectură"), "hu": ("olvasási idő",),
    "el": ("χρόνος ανάγνωσης",), "he": ("זמן קריאה",), "az": ("oxunma müddəti", "oxuma müddəti"),
    "kk": ("оқу уақыты",), "sv": ("lästid",),
}
# The minutes first, then what they are for: "4 min de lecture", "3 Min. Lesezeit", "4 phút đọc".
_MINUTES = (r"min\.?|minutes?|minuten|minuti|minutos|minut[ay]?|минут[аы]?|хвилин[аи]?|dk\.?|dakika|"
            r"phút|menit|minit|perc|λεπτά|דקות|دقائق|دقیقه|分钟|分|분")
_READ_AFTER = (r"de lecture|lesezeit|leestijd|de lectura|di lettura|de leitura|чтения|читання|okuma|đọc|"
               r"baca|bacaan|olvasás|ανάγνωση|קריאה|للقراءة|مطالعه|阅读|읽기|lästid|lesetid|læsetid|"
               r"lukuaika|czytania|citire|lectură|read")
_READING = re.compile(
    rf"^(?:{'|'.join(re.escape(label) for labels in READING_TIME.values() for label in labels)})"
    r"\s*[:：]?\s*(?:约|約|약|ca\.?|około|примерно|~)?\s*\d+\s*[^\s\d]*(?:\s+[^\s\d]+)?$|"
    rf"^\d+\s*(?:{_MINUTES})\s*(?:{_READ_AFTER})$|"
    r"^(?:この記事は)?約?\d+分で読めます$")

# The "as of" label before its day, by language (lowered): the figures' state on that day.
AS_OF_BEFORE: dict[str, tuple[str, ...]] = {
    "es": ("datos actualizados al", "datos actualizados a", "cifras actualizadas al"),
    "it": ("dati aggiornati al", "dati al"), "nl": ("stand van zaken op", "stand van zaken per", "peildatum"),
    "pl": ("stan na", "dane na dzień", "dane na"), "sv": ("uppgifter per", "siffror per"),
    "no": ("tall per", "tallene er per"), "da": ("opgjort pr.", "tal pr."), "cs": ("stav k", "údaje k"),
    "ro": ("date la", "date actualizate la"), "el": ("στοιχεία έως", "στοιχεία μέχρι"),
    "he": ("נכון ל-", "נכון ל", "נכון לתאריך"), "ms": ("sehingga", "setakat"),
    "th": ("ข้อมูล ณ วันที่", "ณ วันที่"), "zh": ("截至", "截止", "数据截至", "截至北京时间"),
    "ar": ("حتى الساعة", "حتى تاريخ", "بيانات حتى"), "fa": ("تا ساعت", "آمار تا"),
}
# ... and the publication's label before its day, without the colon ``date_lines.PUBLISHED_LINE`` needs.
PUBLISHED_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("published on", "posted on"), "es": ("publicado el", "publicado"), "pt": ("publicado em",),
    "fr": ("publié le",), "de": ("veröffentlicht am",), "it": ("pubblicato il",), "nl": ("gepubliceerd op",),
    "sv": ("publicerad",), "no": ("publisert",), "da": ("publiceret",), "fi": ("julkaistu",),
    "pl": ("opublikowano",), "ru": ("опубликовано",), "uk": ("опубліковано",), "cs": ("publikováno",),
    "ro": ("publicat",), "hu": ("közzétéve",), "el": ("δημοσιεύθηκε",), "he": ("פורסם",),
    "tr": ("yayınlanma tarihi", "yayınlanma"), "id": ("diterbitkan", "dipublikasikan"),
    "vi": ("đăng ngày", "ngày đăng"), "zh": ("发布时间", "發布時間"), "ja": ("公開日", "配信日"),
}
_BEFORE_LABELS = "|".join(re.escape(label) for table in (AS_OF_BEFORE, PUBLISHED_BEFORE)
                          for labels in table.values() for label in labels)
_AS_OF = re.compile(
    rf"^(?:{_BEFORE_LABELS})"
    r"\s*[:：]?\s*(?P<rest>.*)$")
# ... and the label after the day: Turkish, Azerbaijani, Kazakh, Hindi, Bengali, Japanese, Korean,
# Hungarian ("Adatok 2024. április 12-i állapot szerint").
_AFTER_LABELS = ("állapot szerint", "itibarıyla", "itibariyle", "itibari ile", "tarixinə", "жағдай бойынша",
                 "तक", "পর্যন্ত", "現在", "時点", "기준", "현재")
_AS_OF_AFTER = re.compile(
    r"^(?:adatok\s+)?(?P<rest>.*?)\s*(?:-?i állapot szerint|itibarıyla|itibariyle|itibari ile|"
    r"-?(?:cü|ci|cu|cı) il tarixinə|tarixinə|жылғы жағдай бойынша|жағдай бойынша|तक|পর্যন্ত|現在|時点|"
    r"기준|현재)$")
# A day's or a time's parts: numbers with their separators, a month's name (abbreviated with dots too,
# "เม.ย."), a zone, a comma.
# A clause's comma ("，", "、") is no part of a day: "截至2024年底，已有12人受伤" is a sentence.
_PART = re.compile(
    r"\d[\d./:\-年月日년월일시분]*|[^\W\d_][^\s\d,.，、。]{0,11}(?:\.[^\s\d,.，、。]{1,4})*\.?|[,،]")
_DATED = re.compile(r"(?<!\d)(?:1[34]\d\d|19\d\d|2[05]\d\d)(?!\d)|\d{1,2}[:.h]\d{2}|[۰-۹]{4}|[০-৯]{4}|"
                    r"[०-९]{4}|[۰-۹]{1,2}:[۰-۹]{2}")
# A day and a time name a month and a zone at most: "12 kwietnia 2024 r.", "14:00 بتوقيت غرينتش".
_MAX_NAMES = 3
_MAX_WORDS = 12
_DIGIT = re.compile(r"\d")

# A relative stamp: "vor 2 Stunden", "il y a 2 heures", "2 saat önce", "2小时前", after an update's or a
# publication's label or alone; the ago before the number or after its unit. A line of a few words.
_AGO_LABEL = (r"(?:updated|published|posted|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|"
              r"publicado|atualizado|aggiornato|pubblicato|bijgewerkt|zaktualizowano|обновлено|оновлено|"
              r"güncellendi|diperbarui|cập nhật|uppdaterad|oppdatert|opdateret|päivitetty|aktualizováno|"
              r"actualizat|frissítve)\s+")
_AGO = re.compile(
    rf"^(?:{_AGO_LABEL})?(?:(?:vor|il y a|hace|há|för|for|před|acum|πριν(?: από)?|לפני|منذ)\s+\d+\s+"
    r"[^\W\d_][^\s\d]{0,11}(?:\s+(?:sedan|siden))?|"
    r"\d+\s*[^\W\d_][^\s\d]{0,11}\s+(?:ago|fa|geleden|temu|назад|тому|önce|پیش|पहले|আগে|yang lalu|lalu|"
    r"trước|siden|sitten|sedan|əvvəl|бұрын)|\d+\s*[^\W\d_][^\s\d]{0,7}(?:ที่แล้ว)|"
    r"\d+\s*(?:perce|órája|napja)|\d+\s*(?:分钟|小时|天|分|時間|日|시간|분|일)\s*(?:前|전))$|"
    r"^(?:منذ (?:ساعة|ساعتين|دقيقة|دقيقتين|يوم|يومين)|לפני (?:שעה|שעתיים|דקה|יום|יומיים))$")
_MAX_AGO_WORDS = 8


def _is_day(rest: str) -> bool:
    """``rest`` is a day or a time of day: its parts only, a year or a clock among them."""
    parts = _PART.findall(rest)
    if not parts or len("".join(parts)) != len(rest.replace(" ", "")):
        return False
    names = sum(not part[0].isdigit() and part not in ",،" for part in parts)
    return names <= _MAX_NAMES and _DATED.search(rest) is not None


def is_stamp(line: str, words: list[str]) -> bool:
    """A reading time or an "as of" stamp of the kinds above, alone on its line."""
    if len(words) > _MAX_WORDS:
        return False
    lowered = line.lower().strip(" \t.。")
    if len(words) <= _MAX_AGO_WORDS and _AGO.match(lowered) is not None:
        return True
    if _DIGIT.search(line) is None:
        return False
    if _READING.match(lowered) is not None:
        return True
    found = _AS_OF.match(lowered)
    if found is None and lowered.endswith(_AFTER_LABELS):
        found = _AS_OF_AFTER.match(lowered)
    return found is not None and _is_day(found.group("rest"))
