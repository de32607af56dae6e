"""Dates written in other digits and calendars, rewritten as htmldate reads them.

htmldate knows Western digits and Gregorian years. Arabic, Persian, Devanagari, Thai and full-width
digits become ASCII; a Thai Buddhist year (2567, "พ.ศ. 2567", "เม.ย. 67" after a Thai month) is
543 years ahead; a Japanese era year (令和6年) is
counted from the era's first year; a Solar Hijri (Persian) day, numeric (1403/01/24) or with its
month's name (۲۴ فروردین ۱۴۰۳, Afghanistan's ۲۴ حمل ۱۴۰۳), becomes its Gregorian day, so does a
Lunar Hijri day with its month's name (١٤ جمادى الأولى ١٤٤٨ هـ: ``cleaner.date.hijri``), and so does
a Nepali Bikram Sambat day with its month's name (बैशाख ३०, २०८१ is 12 May 2024; its months' lengths
change from year to year: a table), and so does an Ethiopian day ("ሚያዝያ 4 ቀን 2016 ዓ.ም":
``cleaner.date.ethiopian``), and so does a day with a Khmer, Burmese, Lao, Sinhala, Hausa or
Central Asian month's name and the words around it (``cleaner.date.month_names``); a Taiwanese
page's Republic of China year (民國113年, 113/04/12) is counted from 1911; Thai month
names, and Urdu ones beside a day's digits, become English ones, and on a Croatian page its own
month names ("listopada" is October there, November in Polish). A page whose dates htmldate could
not read (none, or 1 January from a year alone) is read again in that form, and so is a page in a
language written in such digits (``cleaner.date.dates``): nothing changes for the rest.
"""

from __future__ import annotations

import re
from copy import deepcopy
from datetime import date, datetime, timedelta

from lxml.etree import XPath

from cleaner.date.day_forms import MONTH_STEMS
from cleaner.date.ethiopian import ETHIOPIAN_NAMED
from cleaner.date.ethiopian import gregorian_days as ethiopian_days
from cleaner.date.hijri import HIJRI_NAMED, gregorian_days, hijri_to_gregorian
from cleaner.date.month_names import LOCAL_NAMED, local_days

# Decimal digits of the scripts news sites write dates in, by the code point of their zero; one
# character each, so that a text's positions stay (``cleaner.date.clocks``).
_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0E50, 0x0ED0, 0x1040, 0x17E0, 0xFF10)
ASCII_DIGITS = {zero + value: str(value) for zero in _ZEROS for value in range(10)}
NATIVE_DIGIT = re.compile("[" + "".join(f"{chr(zero)}-{chr(zero + 9)}" for zero in _ZEROS) + "]")
_ERAS = {"令和": 2018, "平成": 1988}
ERA_YEAR = re.compile(r"(令和|平成)\s*(\d{1,2}|元)\s*年")
# A Buddhist-era year of the news (1995-2026 is 2538-2569): no Gregorian year a news page dates by.
_BUDDHIST_YEAR = re.compile(r"(?<!\d)(25[3-7]\d)(?!\d)")
_THAI_MONTHS = (
    ("มกราคม", "ม.ค."), ("กุมภาพันธ์", "ก.พ."), ("มีนาคม", "มี.ค."), ("เมษายน", "เม.ย."), ("พฤษภาคม", "พ.ค."),
    ("มิถุนายน", "มิ.ย."), ("กรกฎาคม", "ก.ค."), ("สิงหาคม", "ส.ค."), ("กันยายน", "ก.ย."), ("ตุลาคม", "ต.ค."),
    ("พฤศจิกายน", "พ.ย."), ("ธันวาคม", "ธ.ค."))
_ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_THAI_MONTH = re.compile("|".join(re.escape(name) for names in _THAI_MONTHS for name in names))
_THAI_MONTH_NUMBER = {name: number for number, names in enumerate(_THAI_MONTHS) for name in names}
# Urdu month names (yeh and kaf in Urdu or Arabic letters) beside a day's or a year's digits ("۴ دسمبر
# ۲۰۲۴", "دسمبر 4، 2024"): htmldate reads them only on a line of their own.
_URDU_MONTHS = ("جنوری", "فروری", "مارچ", "اپریل", "مئ[یيى]?", "جون", "جولائ[یيى]", "اگست", "ستمبر",
                "ا[کك]توبر", "نومبر", "دسمبر")
_URDU_MONTH = re.compile(r"(?:(?<=\d)|(?<=\d\s))(?:" + "|".join(_URDU_MONTHS) + r")(?!\w)"
                         r"|(?<!\w)(?:" + "|".join(_URDU_MONTHS) + r")(?=\s?\d)")
# The Buddhist era's mark before its year ("12 เมษายน พ.ศ. 2567"), and a year of two digits after a
# Thai month's name ("12 เม.ย. 67": 2567; 38-79 are 1995-2036, none a Gregorian year of two digits
# a Thai page writes so).
_THAI_ERA = re.compile(r"พ\.\s?ศ\.\s*")
_THAI_SHORT_YEAR = re.compile(rf"({_THAI_MONTH.pattern})\s*([3-7]\d)(?![\d:.])")
# The Persian yeh ("ی"), or the Arabic one ("ي") as some Iranian sites still write it ("فروردين").
_PERSIAN_MONTHS = tuple(name.replace("ی", "[یي]") for name in (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"))
# Solar Hijri years of the news (1995-2026 is 1373-1405); Lunar Hijri ones are 1415 and later.
_JALALI_YEAR = r"(?:13[7-9]\d|140\d)"
_JALALI_NUMERIC = re.compile(rf"(?<!\d)({_JALALI_YEAR})([/.-])(\d{{1,2}})\2(\d{{1,2}})(?!\d)")
# Afghanistan's names of the same months (Dari, after the zodiac: "۲۴ حمل ۱۴۰۳"; Pashto), in Persian
# or Arabic letters.
_AFGHAN_MONTHS = ("حمل|وری", "ثور|غویی", "جوزا|غبرگولی", "سرطان|چنگاښ", "اسد|زمری", "سنبل[هة]|وږی",
                  "م[یي]زان|تله", "عقرب|لړم", "قوس|لیندۍ", "جد[یي]|مرغومی", "دلو|سلواغه", "حوت|کب")
_MONTH_NAMES = tuple(re.compile(f"^(?:{persian}|{afghan})$") for persian, afghan in zip(
    _PERSIAN_MONTHS, _AFGHAN_MONTHS, strict=True))
_JALALI_NAMED = re.compile(rf"(?<!\d)(\d{{1,2}})\s*({'|'.join(_PERSIAN_MONTHS + _AFGHAN_MONTHS)})\s*"
                           rf"({_JALALI_YEAR})(?!\d)")
# Croatian month names in a day ("12. listopada 2024."): htmldate, and the other Slavic languages,
# read "listopad" as November, "lipanj" as July and "srpanj" as August (``croatian_tree``).
_CROATIAN_MONTHS = ("siječ", "velj", "ožuj", "trav", "svib", "lip", "srp", "kolovoz", "ruj", "listopad",
                    "studen", "prosin")
_CROATIAN_DAY = re.compile(
    rf"(?<!\d)(\d{{1,2}})\.\s*({'|'.join(_CROATIAN_MONTHS)})\w*\.?,?\s+(\d{{4}})(?!\d)", re.IGNORECASE)
# A Lunar Hijri day in digits beside the Gregorian one on Arabic pages ("03/10/1445 - 12/04/2024"),
# which htmldate misreads (as 1 April 2024 there): left out. Years of the news (1416-1448 are
# 1995-2026), none a Solar Hijri year (13xx, 140x).
_HIJRI_NUMERIC = re.compile(r"(?<![\d/.-])(?:\d{1,2}([/.-])\d{1,2}(?:\1)14[1-5]\d|"
                            r"14[1-5]\d([/.-])\d{1,2}(?:\2)\d{1,2})(?![\d/.-])(?:\s*هـ)?")
# Nepal's Bikram Sambat: the lengths of the twelve months of the years 2052-2090 (1995-2034), less 29,
# and the Gregorian day of the first of them (1 Baisakh 2052).
_BS_FIRST_YEAR, _BS_FIRST_DAY = 2052, date(1995, 4, 14)
_BS_LENGTHS = tuple(tuple(int(d) + 29 for d in year) for year in (
    "223222101011", "232321110011", "232321110102", "223222101011", "223231101011", "232321110012",
    "132321110102", "223222101011", "223321101011", "232321110012", "222322010102", "223222101011",
    "223321101011", "232321110012", "222322011002", "223222101011", "223321101011", "232321110012",
    "222322011011", "223222101011", "232321101011", "232321110012", "222322101011", "223222101011",
    "232321110011", "232321110102", "222322101011", "223222101011", "232321110011", "232321110102",
    "223222101011", "223222101011", "223221110111", "232312110111", "132321110111", "223222101111",
    "123312110111", "132321110111", "132321110111",
))
# The months as Nepali news sites write them (Nepali forms and the Sanskrit ones).
_BS_MONTHS = ("[बव]ैशाख|[बव]ैसाख", "जेठ|जेष्ठ|ज्येष्ठ", "असार|आषाढ|अषाढ", "साउन|श्रावण", "भदौ|भाद्र",
              "असोज|आश्विन", "कात्तिक|कार्तिक", "मंसिर|मङ्सिर|मार्ग", "पुस|पौष", "माघ", "फागुन|फाल्गु[नण]",
              "चैत्र|चैत")
_BS_MONTH = "(?<![\u0900-\u097F])(" + "|".join(_BS_MONTHS) + ")(?![\u0900-\u097F])"
_BS_YEAR = r"(20[5-8]\d|2090)"
# "२०८१ बैशाख ३० गते", "बैशाख ३०, २०८१", "३० बैशाख २०८१".
_BS_NAMED = re.compile(rf"(?<!\d){_BS_YEAR}\s*,?\s*{_BS_MONTH}\s*(\d{{1,2}})(?!\d)"
                       rf"|{_BS_MONTH}\s*(\d{{1,2}})\s*(?:गते)?\s*,?\s*{_BS_YEAR}(?!\d)"
                       rf"|(?<!\d)(\d{{1,2}})\s*(?:गते)?\s*{_BS_MONTH}\s*,?\s*{_BS_YEAR}(?!\d)")
# A Republic of China year (Taiwan): "民國113年" anywhere; on a Chinese page also the year of three
# digits before a month ("113年4月12日") and a numeric day with it ("113/04/12", "113.4.12"), years of
# the news (84-115 are 1995-2026).
_ROC_ERA = re.compile(r"民[國国]\s*(\d{2,3})\s*年")
_ROC_YEAR = r"(8[4-9]|9\d|1[01]\d)"
_ROC_LOCAL = re.compile(rf"(?<![\d/.-]){_ROC_YEAR}(?:\s*(?P<nian>年)\s*(?=\d{{1,2}}\s*月)"
                        rf"|(?P<sep>[/.-])(?=\d{{1,2}}(?P=sep)\d{{1,2}}(?!\d)))")
_FOREIGN = re.compile(NATIVE_DIGIT.pattern + "|令和|平成|"
                      + "民[國国]|" + _BUDDHIST_YEAR.pattern + "|" + _THAI_SHORT_YEAR.pattern + "|"
                      + _JALALI_NUMERIC.pattern + "|"
                      + _JALALI_NAMED.pattern + "|" + HIJRI_NAMED.pattern + "|" + _BS_NAMED.pattern + "|"
                      + ETHIOPIAN_NAMED.pattern + "|(?i:" + LOCAL_NAMED.pattern + ")|"
                      + _THAI_MONTH.pattern + "|"
                      + _URDU_MONTH.pattern)


_ISO_PAIR = re.compile(r"(?<!\d)(\d{4}-\d\d-\d\d)\s*[-–—]\s*(?=\d{4}-\d\d-\d\d(?!\d))")


def jalali_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Gregorian (year, month, day) of a Solar Hijri one (the 33-year arithmetic calendar)."""
    days = (-355668 + 365 * (year + 1595) + (year + 1595) // 33 * 8 + ((year + 1595) % 33 + 3) // 4 + day
            + ((month - 1) * 31 if month < 7 else (month - 7) * 30 + 186))
    gregorian = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gregorian += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gregorian += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gregorian += (days - 1) // 365
        days = (days - 1) % 365
    leap = (gregorian % 4 == 0 and gregorian % 100 != 0) or gregorian % 400 == 0
    lengths = (31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    day_of_month, month_of_year = days + 1, 1
    for length in lengths:
        if day_of_month <= length:
            break
        day_of_month -= length
        month_of_year += 1
    return gregorian, month_of_year, day_of_month


def _iso(year: int, month: int, day: int) -> str:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return f"{year}/{month}/{day}"  # not a day: left for htmldate to reject
    return "{}-{:02d}-{:02d}".format(*jalali_to_gregorian(year, month, day))


def normalised(text: str) -> str:
    """``text`` with its dates in Western digits, Gregorian years and English month names."""
    text = _HIJRI_NUMERIC.sub(" ", text.translate(ASCII_DIGITS))  # a Lunar Hijri day beside the Gregorian
    text = gregorian_days(text)  # "١٤ جمادى الأولى ١٤٤٨ هـ" (cleaner.date.hijri)
    text = ethiopian_days(text)  # "ሚያዝያ 4 ቀን 2016 ዓ.ም" (cleaner.date.ethiopian)
    text = local_days(text)  # "ទី១២ ខែមេសា ឆ្នាំ២០២៤", "2024 жылғы 12 сәуір" (cleaner.date.month_names)
    text = ERA_YEAR.sub(lambda m: f"{_ERAS[m[1]] + (1 if m[2] == '元' else int(m[2]))}年", text)
    text = _ROC_ERA.sub(lambda m: f"{1911 + int(m[1])}年", text)
    text = _BS_NAMED.sub(_bikram_sambat, text)
    text = _JALALI_NUMERIC.sub(lambda m: _iso(int(m[1]), int(m[3]), int(m[4])), text)
    text = _JALALI_NAMED.sub(lambda m: _iso(int(m[3]), _jalali_month(m[2]), int(m[1])), text)
    text = _THAI_SHORT_YEAR.sub(lambda m: f"{m[1]} {2500 + int(m[2])}", _THAI_ERA.sub("", text))
    text = _THAI_MONTH.sub(lambda m: f" {_ENGLISH_MONTHS[_THAI_MONTH_NUMBER[m[0]]]} ", text)
    text = _URDU_MONTH.sub(lambda m: f" {_ENGLISH_MONTHS[_urdu_month(m[0])]} ", text)
    text = _BUDDHIST_YEAR.sub(lambda m: str(int(m[1]) - 543), text)
    # Two days written in two calendars and rewritten as ISO days beside each other ("۲۴ فروردین ۱۴۰۳ -
    # ۳ شوال ۱۴۴۵"): parted by a bar, as "2024-04-12 - 2024-04-12" is read as 20:24 at UTC-12.
    return _ISO_PAIR.sub(r"\1 | ", text) if "-" in text else text


# Years a stated Gregorian timestamp of the news lies in: no local calendar's to read.
EARLIEST_YEAR, LATEST_YEAR = 1990, 2049


def gregorian_stamp(value: datetime | None) -> datetime | None:
    """A stated timestamp whose year is a local calendar's, as its Gregorian day at the same time and
    offset: a Thai Buddhist year of the news (2538-2569: "2567-04-12T23:40:00+07:00"), a Solar Hijri
    day (1373-1405: "1403-01-24T23:40:00+03:30" is 12 April 2024), a Lunar Hijri one (1410-1470, Umm
    al-Qura's: "1445-10-03" is 12 April 2024, as some Saudi and Gulf CMSs state it) or a Bikram Sambat
    one (2052-2090: "2081-01-30" is 12 May 2024), as some Thai, Iranian, Arab and Nepali CMSs state
    them in their meta tags and JSON-LD; no Gregorian year a news page states lies in those ranges
    (nor a Solar Hijri one in the Lunar's). Others as they are."""
    if value is None or EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        return value
    year, month, day = value.year, value.month, value.day
    if 2538 <= year <= 2569:
        found = _valid_day(year - 543, month, day)
    elif 1373 <= year <= 1405:
        found = _valid_day(*jalali_to_gregorian(year, month, day))
    elif 1410 <= year <= 1470:
        found = hijri_to_gregorian(year, month, day)
    elif 2052 <= year <= 2090:
        found = bikram_sambat_to_gregorian(year, month, day)
    else:
        return value
    return value.replace(year=found.year, month=found.month, day=found.day) if found is not None else value


def _valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 29 February of a Buddhist year whose Gregorian one is no leap year
        return None


def bikram_sambat_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Bikram Sambat one of the years 2052-2090, or None (no such day)."""
    if not 0 <= (index := year - _BS_FIRST_YEAR) < len(_BS_LENGTHS) or not 1 <= month <= 12 \
            or not 1 <= day <= _BS_LENGTHS[index][month - 1]:
        return None
    days = sum(map(sum, _BS_LENGTHS[:index])) + sum(_BS_LENGTHS[index][:month - 1]) + day - 1
    return _BS_FIRST_DAY + timedelta(days=days)


def _bikram_sambat(match: re.Match[str]) -> str:
    year, month, day = ((match[1], match[2], match[3]) if match[1] else
                        (match[6], match[4], match[5]) if match[4] else (match[9], match[8], match[7]))
    number = next(i for i, names in enumerate(_BS_MONTHS, 1) if re.fullmatch(names, month))
    found = bikram_sambat_to_gregorian(int(year), number, int(day))
    return found.isoformat() if found is not None else match[0]


def _roc(text: str) -> str:
    """A Chinese page's Republic of China years as Gregorian ones ("113/04/12" is 2024/04/12)."""
    text = _ROC_ERA.sub(lambda m: f"{1911 + int(m[1])}年", text)
    return _ROC_LOCAL.sub(lambda m: f"{1911 + int(m[1])}{m['nian'] or m['sep']}", text)


def _urdu_month(name: str) -> int:
    return next(index for index, names in enumerate(_URDU_MONTHS) if re.fullmatch(names, name))


def _jalali_month(name: str) -> int:
    return next(number for number, names in enumerate(_MONTH_NAMES, 1) if names.match(name))


def _croatian(text: str) -> str:
    return _CROATIAN_DAY.sub(lambda m: f"{m[1]} {_ENGLISH_MONTHS[_croatian_month(m[2])]} {m[3]}", text)


def _croatian_month(name: str) -> int:
    return next(i for i, stem in enumerate(_CROATIAN_MONTHS) if name.lower().startswith(stem))


def normalised_tree(tree):
    """A copy of ``tree`` with its texts ``normalised``, or None where no text writes a date so."""
    return _rewritten(tree, _FOREIGN, normalised)


def _without_hijri(text: str) -> str:
    return _HIJRI_NUMERIC.sub(" ", text)


# Rewrites of a page in its own language before htmldate reads it (``local_tree``).
_LOCAL = {"hr": (_CROATIAN_DAY, _croatian), "bs": (_CROATIAN_DAY, _croatian),
          "ar": (_HIJRI_NUMERIC, _without_hijri),
          "zh": (re.compile(f"{_ROC_ERA.pattern}|{_ROC_LOCAL.pattern}"), _roc)}


def local_tree(tree, language: str | None):
    """A copy of ``tree`` with its days rewritten as htmldate reads them for its ``language`` (two
    letters): a Croatian page's month names in English ("12. listopada 2024." as "12 Oct 2024"), an
    Arabic page's Lunar Hijri days in digits left out, a Chinese page's Republic of China years as
    Gregorian ones ("113/04/12" as "2024/04/12"); None where there is nothing to rewrite."""
    if (rewrite := _LOCAL.get(language or "")) is None:
        return None
    return _rewritten(tree, *rewrite)


# The copyright marks htmldate reads a footer's year after ("© 2026", "Copyright 2026", "(c) 2026").
_COPYRIGHT = re.compile(r"©|\(c\)|Copyright")


def without_copyright(tree):
    """A copy of ``tree`` with its copyright marks left out (htmldate takes no day before the year
    after one: ``cleaner.date.dates``), or None where no text writes one."""
    return _rewritten(tree, _COPYRIGHT, lambda text: _COPYRIGHT.sub(" ", text))


# A day whose month's name stands between slashes or hyphens ("12/أبريل/2024", "12/Nisan/2024",
# "12-Apr-2024"): htmldate reads it only as a text of its own, not after a label ("نشر في: ").
_SLASHED_SHAPE = r"(?<![\w/.-])(\d{1,2})([/-])(%s)\2((?:19|20)\d\d)(?![\w/-])"
_SLASHED_MONTH = re.compile(_SLASHED_SHAPE % ("(?:" + "|".join(MONTH_STEMS) + r")[^\W\d_]*\.?"),
                            re.IGNORECASE)
# Its tail with any word ("/أبريل/2024"), a cheap first test on the page's whole text (whose nodes are
# joined with nothing between them: "...2024The"); the day's digits are looked for before a hit.
_SLASHED_TAIL = re.compile(r"[/-][^\W\d_]{3,12}\.?[/-](?:19|20)\d\d")
_BODY_TEXT = XPath("string(//body)")


def spaced_months(tree):
    """A copy of ``tree`` with its days whose month's name stands between slashes or hyphens written
    with spaces ("12 أبريل 2024", as htmldate reads them after a label too), or None where none is."""
    # One C-level string of the page's text, the shape first: most pages write none.
    text = _BODY_TEXT(tree)
    if not any(_SLASHED_MONTH.search(text[max(0, tail.start() - 3):tail.end()] + " ")
               for tail in _SLASHED_TAIL.finditer(text)):
        return None
    return _rewritten(tree, _SLASHED_MONTH, lambda text: _SLASHED_MONTH.sub(r"\1 \3 \4", text))


def _rewritten(tree, pattern: re.Pattern[str], rewrite):
    if not any(pattern.search(text) for text in tree.itertext()):
        return None
    copy = deepcopy(tree)
    for element in copy.iter():
        if isinstance(element.text, str) and pattern.search(element.text):
            element.text = rewrite(element.text)
        if isinstance(element.tail, str) and pattern.search(element.tail):
            element.tail = rewrite(element.tail)
    return copy
