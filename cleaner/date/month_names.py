"""Days written with the month names, and the words around them, of scripts htmldate does not read.

Khmer ("ថ្ងៃសុក្រ ទី១២ ខែមេសា ឆ្នាំ២០២៤": the day, month and year words before them), Burmese ("၂၀၂၄
ခုနှစ် ဧပြီလ ၁၂ ရက်": year, month and day words after them), Lao ("ວັນທີ 12 ເດືອນ ເມສາ ປີ 2024"),
Sinhala ("2024 අප්‍රේල් 12": the joiner inside April's name, or its stand-in), Hausa ("12 ga Afrilu,
2024") and Kazakh written with the year first ("2024 жылғы 12 сәуір", also Kyrgyz "2024-жылдын 12-апрели",
Uzbek "2024 йил 12 апрель", Georgian "2024 წლის 12 აპრილი", Armenian "2024 թ. ապրիլի 12"): htmldate
found no day in them. Such a day, in ASCII digits, is rewritten as an ISO day
(``cleaner.date.calendars.normalised``).
"""

from __future__ import annotations

import re
from datetime import date

_J = "[\u200c\u200d\U0001e800\U0001e801]?"  # a joiner, or its stand-in (core.text)
_MONTHS = (
    ("មករា", "ဇန်နဝါရီ", "ມັງກອນ", "ජනවාරි", "Janairu", "қаңтар", "январ|yanvar", "იანვ", "հունվար"),
    ("កុម្ភៈ?", "ဖေဖော်ဝါရီ", "ກຸມພາ", "පෙබරවාරි", "Fabrairu", "ақпан", "феврал|fevral", "თებერვ", "փետրվար"),
    ("មីនា", "မတ်", "ມີນາ", "මාර්තු", "Maris", "наурыз", "март|mart", "მარტ", "մարտ"),
    ("មេសា", "ဧပြီ", "ເມສາ", f"අප්{_J}රේල්", "Afrilu", "сәуір", "апрел|aprel", "აპრილ", "ապրիլ"),
    ("ឧសភា", "မေ", "ພຶດສະພາ", "මැයි", "Mayu", "мамыр", "май|may", "მაის", "մայիս"),
    ("មិថុនា", "ဇွန်", "ມິຖຸນາ", "ජූනි", "Yuni", "маусым", "июн|iyun", "ივნის", "հունիս"),
    ("កក្កដា", "ဇူလိုင်", "ກໍລະກົດ", "ජූලි", "Yuli", "шілде", "июл|iyul", "ივლის", "հուլիս"),
    ("សីហា", "ဩဂုတ်|ဪဂုတ်", "ສິງຫາ", "අගෝස්තු", "Agusta", "тамыз", "август|avgust", "აგვისტ", "օգոստոս"),
    ("កញ្ញា", "စက်တင်ဘာ", "ກັນຍາ", "සැප්තැම්බර්", "Satumba", "қыркүйек", "сентябр|sentyabr", "სექტემბ", "սեպտեմբեր"),
    ("តុលា", "အောက်တိုဘာ", "ຕຸລາ", "ඔක්තෝබර්", "Oktoba", "қазан", "октябр|oktyabr", "ოქტომბ", "հոկտեմբեր"),
    ("វិច្ឆិកា", "နိုဝင်ဘာ", "ພະຈິກ", "නොවැම්බර්", "Nuwamba", "қараша", "ноябр|noyabr", "ნოემბ", "նոյեմբեր"),
    ("ធ្នូ", "ဒီဇင်ဘာ", "ທັນວາ", "දෙසැම්බර්", "Disamba", "желтоқсан", "декабр|dekabr", "დეკემბ", "դեկտեմբեր"),
)
_MONTH_PATTERNS = tuple(re.compile("|".join(names), re.IGNORECASE) for names in _MONTHS)
_MONTH = "(?:" + "|".join(name for names in _MONTHS for name in names) + r")[^\W\d_]*"
# The words before or after a day, month or year (Khmer, Burmese, Lao, Hausa), and a year's word.
_DAY_WORD = r"(?:ទី|ວັນທີ)?\s*"
_AFTER_DAY = r"(?:\s*ရက်(?:နေ့)?)?[-\s]*(?:ga\s+)?(?:ខែ|ເດືອນ)?\s*"
_AFTER_MONTH = r"(?:လ)?\s*[,၊]?\s*(?:ឆ្នាំ|ປີ)?\s*"
_YEAR_WORD = r"[-\s]*(?:ခုနှစ်|жылғы|жылы|жылдын|жыл|йил|yil|წლის|թվականի|թ\.?)?[,\s]*"
_YEAR = r"(19\d\d|20\d\d)"
LOCAL_NAMED = re.compile(
    rf"(?<!\d)(\d{{1,2}}){_AFTER_DAY}({_MONTH}){_AFTER_MONTH}{_YEAR}(?!\d)"
    rf"|(?<!\d){_YEAR}{_YEAR_WORD}(?:(\d{{1,2}})[-\s]*({_MONTH})|({_MONTH})\s*(?:လ)?\s*(\d{{1,2}}))(?!\d)"
    r"(?:\s*ရက်(?:နေ့)?)?"
    rf"|({_MONTH})\s*(?:လ)?\s*(\d{{1,2}})\s*[,၊]?\s*{_YEAR}(?!\d)", re.IGNORECASE)


def local_days(text: str) -> str:
    """``text`` (ASCII digits) with its ``LOCAL_NAMED`` days as ISO days."""
    return LOCAL_NAMED.sub(_iso, text)


def _iso(match: re.Match[str]) -> str:
    if match[1]:
        day, name, year = match[1], match[2], match[3]
    elif match[4]:
        year, day, name = match[4], match[5] or match[8], match[6] or match[7]
    else:
        name, day, year = match[9], match[10], match[11]
    month = next(number for number, names in enumerate(_MONTH_PATTERNS, 1) if names.match(name))
    try:
        return f" {date(int(year), month, int(day)).isoformat()} "
    except ValueError:
        return match[0]
