"""The forms in which pages write a day, and the days a short text writes.

Numeric in any order of day, month and year, with a month's name in several languages, in CJK
form, the year first (Hungarian, Lithuanian, Latvian, Mongolian); and the labels that mark a day as
an update's or the print edition's, not the publication's (``cleaner.date.datelines`` reads them).
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import UTC, datetime
from functools import lru_cache

EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)
# Month names as news sites write them, by their first letters: English, French, Spanish, Portuguese,
# German, Italian, Turkish, Indonesian, Russian (genitive), Ukrainian, Polish, Lithuanian, Hungarian
# and Slovak ("április", "máj", "júl"),
# Czech ("12. dubna 2024"; June's "června" is not July's "července"), Arabic (the Egyptian and the
# Levantine names: "12 أبريل 2024", "12 نيسان 2024"; the Maghreb's, from the French: "12 أفريل 2024",
# "13 جوان", "15 أوت", Morocco's "غشت", "شتنبر"); Serbian and Macedonian in Cyrillic ("12.
# јануара 2024.", with the Serbian "ј"), Bulgarian ("12 юни 2024"), Belarusian ("12 снежня 2024"),
# Slovenian and Serbian in Latin ("12. avgusta 2024"), Greek ("12 Απριλίου 2024"), Romanian, Dutch,
# Finnish, Latvian and Estonian ("marraskuuta" is November), Hindi, Marathi, Nepali and Bengali (whole names:
# a vowel sign is no \w to follow a stem), Urdu and Thai (``_URDU_THAI``), Croatian where no other
# language names another month so ("12. siječnja 2024."; its "lipanj", "srpanj" and "listopad" are
# June, July and October, Polish and Czech July, August and November: ``cleaner.date.calendars``
# reads them on a Croatian page).
MONTH_STEMS = (
    "jan|janv|ene|gen|oca|янв|січ|sty|saus|led|јан|яну|студз|siječ|ian|jaa|tammi|ιαν|يناير|جانفي|كانون\\s+الثاني|जनवरी|जानेवारी|জানুয়ারি",
    "feb|fév|fev|şub|фев|феб|лют|lut|vas|únor|úno|velj|vee|helmi|φεβ|فبراير|فيفري|شباط|फ़रवरी|फरवरी|फेब्रुवारी|फेब्रुअरी|ফেব্রুয়ারি",
    "mar(?!ras)|mär|már|mac(?![^\\W\\d_])|мар|бер|kov|břez|сак|ožuj|maa|μαρ|مارس|آذار|मार्च|মার্চ",
    "apr|ápr|avr|abr|nis|апр|кві|kwi|bal|dub|крас|trav|huhti|απρ|أبريل|ابريل|إبريل|نيسان|أفريل|افريل|अप्रैल|एप्रिल|अप्रिल|এপ্রিল",
    "may|mai|máj|mag|mei|мая|май|мај|тра|maj|geg|květ|svib|touko|μα[ΐιϊ]|مايو|ماي(?!\\w)|أيار|मई|मे|মে",
    "jun|jún|juin|giu|haz|июн|јун|юни|чер|чэр|cze|bir|červn|červen(?!\\w)|iun|jūn|juun|kesä|ιουν|يونيو|حزيران|جوان|जून|जुन|জুন",
    "jul|júl|juil|lug|tem|июл|јул|юли|лип|ліп|lip|lie|červenc|červenec|iul|jūl|juul|heinä|ιουλ|يوليو|تموز|جويلية|يوليوز|जुलाई|जुलै|জুলাই",
    "aug|août|ago|agu|agt|ağu|ogos|avg|авг|сер|жні|sie|rugp|srp|kolovoz|elo|αυγ|أغسطس|اغسطس|آب|أوت|اوت|غشت|अगस्त|ऑगस्ट|अगस्ट|আগস্ট",
    "sep|sept|set|eyl|сен|сеп|вер|wrz|rugs|sze|září|ruj|syys|σεπ|سبتمبر|أيلول|شتنبر|सितंबर|सितम्बर|सप्टेंबर|सेप्टेम्बर|সেপ্টেম্বর",
    "oct|okt|ott|out|eki|окт|жов|кас|paź|spa|říj|loka|οκτ|أكتوبر|اكتوبر|تشرين\\s+الأول|अक्टूबर|अक्तूबर|ऑक्टोबर|अक्टोबर|অক্টোবর",
    "nov|kas|ноя|нов|ное|лис|ліс|lis|lap|studen|noi|marras|νοε|نوفمبر|نونبر|تشرين\\s+الثاني|नवंबर|नवम्बर|नोव्हेंबर|नोभेम्बर|নভেম্বর",
    "dec|déc|dic|dez|des|dis|ara|дек|дец|гру|снеж|gru|pros|dets|joulu|δεκ|ديسمبر|دجنبر|كانون\\s+الأول|दिसंबर|दिसम्बर|डिसेंबर|डिसेम्बर|ডিসেম্বর")
# Urdu (Pakistan's "4 دسمبر 2024", its yeh and kaf in Urdu or Arabic letters) and Thai (whole and
# abbreviated: "4 ธ.ค. 14:30 น."; a vowel sign is no \w, so whole names) by month.
_URDU_THAI = (
    ("جنوری", "มกราคม|ม\\.ค"), ("فروری", "กุมภาพันธ์|ก\\.พ"), ("مارچ", "มีนาคม|มี\\.ค"),
    ("اپریل", "เมษายน|เม\\.ย"), ("مئ[یيى]?", "พฤษภาคม|พ\\.ค"), ("جون", "มิถุนายน|มิ\\.ย"),
    ("جولائ[یيى]", "กรกฎาคม|ก\\.ค"), ("اگست", "สิงหาคม|ส\\.ค"), ("ستمبر", "กันยายน|ก\\.ย"),
    ("ا[کك]توبر", "ตุลาคม|ต\\.ค"), ("نومبر", "พฤศจิกายน|พ\\.ย"), ("دسمبر", "ธันวาคม|ธ\\.ค"))
MONTH_STEMS = tuple(f"{stems}|{urdu}|{thai}"
                    for stems, (urdu, thai) in zip(MONTH_STEMS, _URDU_THAI, strict=True))


# Words that label a date as the last update, not the publication, in the languages of MONTH_STEMS
# and of the East Asian and Vietnamese sites the CJK forms serve. The Persian one with its joiner or
# the stand-in the page's tree holds for it (``core.text.JOINER_STAND_INS``).
UPDATE_LABEL = re.compile(
    r"updated|\bupdate\b|modified|aktualisiert|aktualisierung|geändert|mise?\s+à\s+jour|modifié|actualizado|"
    r"actualizaci[oó]n|atualizado|atualiza[cç][aã]o|modificado|aggiornato|aggiornamento|modificato|actualitzat|"
    r"bijgewerkt|gewijzigd|uppdaterad|opdateret|oppdatert|päivitetty|aktualizováno|aktualizované|frissítve|"
    r"frissítés|actualizat|actualizare|ενημερώθηκε|ενημέρωση|обновлен|оновлено|актуализирано|ažurirano|"
    r"posodobljeno|güncellendi|güncelleme|güncellenme|diperbarui|zaktualizowano|aktualizacj[aiię]|cập\s+nhật|עודכן|"
    r"آخر\s+تحديث|تم\s+التحديث|به[\u200c\U0001e800 ]?روز|अपडेट|อัปเดต|更新|수정|업데이트|"
    # Malay, Swahili, Bengali, Armenian, Urdu.
    r"dikemas\s*kini|imesasishwa|আপডেট|হালনাগাদ|թարմացվ|اپ\s?ڈیٹ", re.IGNORECASE)
# Words that label a date as the print edition's, not the online publication's ("Print edition:
# Sunday 14 April 2024", "From the printed edition of ...", "Erschienen in der Printausgabe vom ...",
# "Ausgabe vom ...", "Verschenen in de krant van ...", "Publié dans l'édition du ...",
# "Vyšlo v tištěném vydání ...", "Megjelent a nyomtatott kiadásban ...").
PRINT_LABEL = re.compile(
    r"print\s+edition|printed\s+(?:edition|version)|print\s+version|in\s+print|printausgabe|print-ausgabe|"
    r"zeitungsausgabe|gedruckten\s+ausgabe|ausgabe\s+vom|in\s+de\s+krant\s+van|(?:в|у)\s+газет[еі]\s+от|"
    r"w\s+gazecie\s+z|"
    r"(?:l['’])?édition\s+du|édition\s+(?:papier|imprimée)|version\s+papier|edición\s+impresa|"
    r"edição\s+impressa|edizione\s+cartacea|печатн|в\s+номере|wydani\w*\s+papierow|"
    r"papieren\s+krant|紙面|朝刊|夕刊|지면|"
    # Czech, Slovak, Hungarian, Greek, Romanian, Turkish, Swedish, Norwegian, Danish, Finnish.
    r"tištěné\w*\s+vydání|tlačen\w*\s+vydan|nyomtatott\s+kiad|έντυπη\s+έκδοση|ediți\w*\s+tipărit|"
    r"basılı\s+(?:baskı|gazete)|papperstidning|papiravis|trykte\s+avis|printtilehd|painetu\w*\s+lehd|"
    # Ukrainian, Indonesian and Malay, Croatian, Serbian and Slovenian, Catalan, Lithuanian,
    # Vietnamese, Arabic, Hebrew.
    r"друкован|edisi\s+cetak|tiskan\w*\s+izda|štampan\w*\s+izda|edició\s+impresa|spausdint|"
    r"báo\s+in(?!\w)|(?:النسخة|الطبعة)\s+الورقية|המודפס",
    re.IGNORECASE)
# Words that label a date as the online publication's, where a line writes the update's day before it
# ("Cập nhật: 09:12 14/04/2024 Đăng: 14:46 12/04/2024": the time after "Đăng" is the publication's).
PUBLISHED_LABEL = re.compile(
    r"(?<!\w)(?:published|posted|publicado|publicada|publié|publiée|veröffentlicht|erschienen|pubblicato|"
    r"gepubliceerd|opublikowano|publikacj[aiię]|publicat|опубликовано|опубліковано|yayınlanma|yayımlanma|"
    r"diterbitkan|dipublikasikan|publiceret|publicerad|publisert|julkaistu|publikováno|objavljeno|"
    r"közzétéve|δημοσιεύθηκε|đăng|xuất\s+bản|نشر|منتشر|प्रकाशित)(?!\w)|发布|發布|公開|掲載|입력|게재",
    re.IGNORECASE)
# Where a day's own stretch of a line ends: another day's label.
NEXT_LABEL = re.compile(f"{UPDATE_LABEL.pattern}|{PRINT_LABEL.pattern}", re.IGNORECASE)
_ALL_MONTHS = "|".join(MONTH_STEMS)


def _day_forms(d: str, m: str, y: str, y4: str, month: str) -> tuple[str, ...]:
    """The ways a day is written (numeric in any order of day, month and year, with a month name, or
    in CJK form), from patterns for its parts: ``y`` may be two digits, ``y4`` is four. An English
    day before or after its month's name may have its ordinal's ending ("November 18th, 2019", "18th
    of November 2019")."""
    return (rf"(?<!\d){d}(?:[./-]|\.\s){m}(?:[./-]|\.\s){y}(?!\d)", rf"(?<!\d){m}/{d}/{y4}(?!\d)",
            rf"(?<!\d){y4}(?:[-/]|\.\s?){m}(?:[-/]|\.\s?){d}(?!\d)",  # "2024-04-12", Korean "2024. 4. 12."
            rf"{y4}\s*[年년]\s*{m}\s*[月월]\s*{d}\s*[日일]",
            rf"(?<!\w){month}\s+{d}(?:st|nd|rd|th)?\b,?\s*(?:de\s+)?{y4}",  # Colombian "abril 12 de 2024"
            # The month's name between slashes or hyphens too ("12/Nisan/2024", "12-Apr-2024").
            rf"(?<!\d){d}(?:(?:st|nd|rd|th)?\s+(?:of\s+)?|\.\s*|[/-])(?:de\s+)?{month}(?:,?\s*|[/-])(?:de\s+)?{y4}",
            # The year first: Hungarian and Lithuanian ("2024. április 12.", "2024 m. balandžio 12 d."),
            # Latvian ("2024. gada 12. aprīlis"), Mongolian ("2024 оны 4 сарын 12").
            rf"(?<!\d){y4}\.?\s+(?:m\.\s+)?{month}\s+{d}(?!\d)", rf"(?<!\d){y4}\.\s+gada\s+{d}\.\s+{month}",
            rf"(?<!\d){y4}\s+оны\s+{m}(?:-р)?\s+сарын\s+{d}(?!\d)",
            # The year apart from the month and day (news.cn's "<em>2024</em> <em>04</em>/<em>12</em>").
            rf"(?<![\d/.-]){y4}\s+{m}/{d}(?![\d/])")


def this_day(day: datetime) -> tuple[str, ...]:
    d, m, y = day.day, day.month, day.year
    month = f"(?:{MONTH_STEMS[m - 1]})\\w*\\.?"
    return _day_forms(f"0?{d}", f"0?{m}", f"(?:{y}|{y % 100:02d})", str(y), month)


def day_pattern(day: datetime) -> re.Pattern[str]:
    """``this_day``'s forms in one pattern (one search a text, not nine), compiled once a day: one
    page's date readers ask for the same day several times, and a crawl's pages share their days."""
    return _day_pattern(day.year, day.month, day.day)


@lru_cache(maxsize=16)
def _day_pattern(year: int, month: int, day: int) -> re.Pattern[str]:
    return re.compile("|".join(this_day(datetime(year, month, day))), re.IGNORECASE)


def day_form(day: datetime, text: str) -> int:
    """The first of ``this_day``'s forms that ``text`` writes ``day`` in (``text`` writes it, by
    ``day_pattern``); the forms are compiled only up to it."""
    return next(i for i, form in enumerate(this_day(day)) if re.search(form, text, re.IGNORECASE))


# Any day, one pattern per form of _day_forms: another day of a line is read in the form of the one
# htmldate found there (04/12/2024 is April or December by that form, not by guessing).
_ANY_DAY = tuple(re.compile(form, re.IGNORECASE) for form in _day_forms(
    r"(?P<d>\d{1,2})", r"(?P<m>\d{1,2})", r"(?P<y>\d{4}|\d\d)", r"(?P<y>\d{4})",
    rf"(?P<mn>(?:{_ALL_MONTHS})\w*\.?)"))
# Any day in any form, without groups: the test of a text before it is read.
SOME_DAY = re.compile("|".join(_day_forms(r"\d{1,2}", r"\d{1,2}", r"(?:\d{4}|\d\d)", r"\d{4}",
                                           rf"(?:{_ALL_MONTHS})\w*\.?")), re.IGNORECASE)
_NUMBERS = re.compile(r"\d+")


def _day_of(match: re.Match[str]) -> datetime | None:
    """The day a match of ``_ANY_DAY`` writes (two-digit years in this century), or None for no
    such day ("31.02.2024")."""
    groups = match.groupdict()
    month = int(groups["m"]) if groups.get("m") else next(
        (i + 1 for i, stems in enumerate(MONTH_STEMS) if re.match(stems, groups["mn"], re.IGNORECASE)), 0)
    year = int(groups["y"]) + (2000 if len(groups["y"]) == 2 else 0)
    with suppress(ValueError):
        return datetime(year, month, int(groups["d"]))
    return None


# The days a text writes: (start, end, the day or None where it cannot be told).
Days = list[tuple[int, int, datetime | None]]


def _day_read(match: re.Match[str], pattern: int, form: int | None) -> datetime | None:
    """The day a match of ``_ANY_DAY[pattern]`` writes, or None where it is no day ("31.02.2024") or
    its order cannot be told. A numeric day with the year last is day first with dots (nobody writes
    the month first with dots), else in the order of ``form`` (the form of the day found on the
    line: 04/12/2024 is April or December by it), else only where one number is above 12."""
    if pattern > 1:
        return _day_of(match)
    first, second, year = (int(number) for number in _NUMBERS.findall(match[0]))
    if "." in match[0] or form == 0:
        day_first = True
    elif form == 1:
        day_first = False
    elif first > 12 or second > 12:
        day_first = first > 12
    else:
        return None
    day, month = (first, second) if day_first else (second, first)
    with suppress(ValueError):
        return datetime(year + (2000 if year < 100 else 0), month, day)
    return None


def days_in(text: str, form: int | None) -> Days:
    """Every day ``text`` writes in any of the _day_forms, in order, as (start, end, the day or None;
    see ``_day_read``); where two forms read the same characters, the longer."""
    found = sorted(((match.start(), -match.end(), pattern, match) for pattern, regex in enumerate(_ANY_DAY)
                    for match in regex.finditer(text)), key=lambda item: item[:3])
    days: Days = []
    for start, negative_end, pattern, match in found:
        if not days or start >= days[-1][1]:
            days.append((start, -negative_end, _day_read(match, pattern, form)))
    return days


def labelled(text: str, days: Days, index: int, label: re.Pattern[str]) -> bool:
    """Whether ``label`` is written before the ``index``-th day of ``text``, after the day before it
    (and after a label written right after that day, which is its own);
    a print edition's also right after the day, as Japanese and Korean pages write it ("毎日新聞
    2024/5/4 東京朝刊", "2024年5月4日付 朝刊", "2024年5月4日 紙面掲載")."""
    start = days[index - 1][1] if index else 0
    # A label right after the day before is that day's ("2024年4月13日 9時10分 更新 2024年4月12日 ..."):
    # only what follows it labels this one.
    if index and (own := _UPDATE_AFTER.match(text, start, days[index][0]) or _PRINT_AFTER.match(
            text, start, days[index][0])):
        start = own.end()
    if label.search(text, start, days[index][0]):
        return True
    end = days[index + 1][0] if index + 1 < len(days) else len(text)
    if label in (PRINT_LABEL, NEXT_LABEL) and _PRINT_AFTER.match(text, days[index][1], end):
        return True
    return label in (UPDATE_LABEL, NEXT_LABEL) and _UPDATE_AFTER.match(text, days[index][1], end) is not None


# A print edition's label right after its day: "付", a place's name ("東京", "大阪"), then the label.
_PRINT_AFTER = re.compile(r"[\s付(（]*(?:[\u4e00-\u9fff]{1,4}\s*)?(?:朝刊|夕刊|紙面|지면)")
# An update's label after its day and time, the Japanese way ("2024年5月4日 9時00分 更新", "(2024年5月4日
# 9:00更新)"); not a label of the next day ("更新日：", "更新时间：", Korean "수정" before its day).
_UPDATE_AFTER = re.compile(r"\s*(?:\d{1,2}\s*(?:時|:)\s*\d{2}\s*分?\s*)?(?:に)?更新(?![时時日於于:：])")
