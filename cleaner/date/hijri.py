"""Lunar Hijri days written with their month's name ("١٤ جمادى الأولى ١٤٤٨ هـ"), as Gregorian ones.

Saudi, Gulf and some Egyptian, Yemeni and Iranian pages print the publication's day in the Lunar
Hijri calendar only. The day is read in the Umm al-Qura calendar (Saudi Arabia's civil one, which news
sites print), as the published table of ``hijridate`` gives it (the calendar is set by a committee's
rule, which changed over the years, not computable from the moon alone); the sighting calendars of
other countries (Egypt, Morocco, Pakistan) may differ by a day.
"""

from __future__ import annotations

import re
from datetime import date

from hijridate import Hijri

# Month names as Arabic and Persian pages write them: alef with or without hamza, alef maqsura or
# yeh, ta marbuta or heh, a joiner (or its stand-in, ``core.text.JOINER_STAND_INS``) or a space
# inside ("جمادی‌الاول").
_A, _Y, _H, _J = "[اأإآ]", "[ىيی]", "[ةه]", r"[\s\u200c\U0001e800]*"
_MONTHS = (
    rf"{_A}?ل?محرم", "صفر", rf"ربيع{_J}{_A}?ل?{_A}ول|ربیع{_J}{_A}?ل?{_A}ول",
    rf"ربيع{_J}(?:{_A}?ل)?(?:{_A}خر|ثان{_Y})|ربیع{_J}(?:{_A}?ل)?(?:{_A}خر|ثان{_Y})",
    rf"جماد{_Y}{_J}{_A}?ل?{_A}ول{_Y}?", rf"جماد{_Y}{_J}{_A}?ل?(?:{_A}خر{_H}?|ثان{_Y}{_H}?)",
    "رجب", "شعبان", "رمضان", "شوال", rf"ذ[وي]{_J}{_A}?ل?قعد{_H}", rf"ذ[وي]{_J}{_A}?ل?حج{_H}",
)
_MONTH = "|".join(f"(?:{name})" for name in _MONTHS)
HIJRI_NAMED = re.compile(rf"(?<!\d)(\d{{1,2}})\s*({_MONTH})(?!\w)\s*,?\s*(14[1-5]\d)(?!\d)"
                         r"\s*(?:هـ|ھ|ه\.?(?!\w))?")
# A Gregorian year in the same text: the page writes the Gregorian day too, and it is the one to read
# (a sighting calendar, Pakistan's or Egypt's, may be a day off Umm al-Qura's).
_GREGORIAN_YEAR = re.compile(r"(?<!\d)(?:199\d|20[0-4]\d)(?!\d)")
_MONTH_PATTERNS = tuple(re.compile(f"^(?:{name})$") for name in _MONTHS)


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Lunar Hijri one in Umm al-Qura's calendar, or None (no such day: a 30th
    of a month of 29, a year outside the table's 1343-1500)."""
    try:
        found = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(found.year, found.month, found.day)


def gregorian_days(text: str) -> str:
    """``text`` (ASCII digits) with its ``HIJRI_NAMED`` days as Gregorian ones (ISO), or left out where
    the text writes a Gregorian year too (as ``cleaner.date.calendars`` leaves out a numeric one)."""
    if _GREGORIAN_YEAR.search(text):
        return HIJRI_NAMED.sub(" ", text)
    return HIJRI_NAMED.sub(_gregorian_named, text)


def _gregorian_named(match: re.Match[str]) -> str:
    """A ``HIJRI_NAMED`` match as its Gregorian day (ISO), or as written where it is no day."""
    month = next(number for number, name in enumerate(_MONTH_PATTERNS, 1) if name.match(match[2].strip()))
    found = hijri_to_gregorian(int(match[3]), month, int(match[1]))
    return f" {found.isoformat()} " if found is not None else match[0]
