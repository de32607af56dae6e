"""Lunar Hijri days written with their month's name ("١٤ جمادى الأولى ١٤٤٨ هـ"), as Gregorian ones.

Saudi, Gulf and some Egyptian, Yemeni and Iranian pages print the publication's day in the Lunar
Hijri calendar only. The Umm al-Qura calendar (Saudi Arabia's civil one, which news sites print)
starts a month on the day after the new moon's conjunction where the conjunction comes before
sunset in Mecca, else a day later. The conjunction is Meeus' (Astronomical Algorithms, ch. 49,
its main terms: minutes off), sunset in Mecca from the sun's declination (within ~15 minutes):
a conjunction within those minutes of sunset may put a month a day off, as the sighting
calendars of other countries (Egypt, Morocco) may differ by a day. Years 1416-1459 (1995-2038).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from math import acos, asin, atan2, cos, degrees, radians, sin, tan

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
_MECCA_LATITUDE, _MECCA_LONGITUDE = 21.42, 39.83
# Lunation 0 of Meeus' count is the new moon of 6 January 2000; the month that began after it,
# Shawwal 1420, is the 17,037th of the Hijri era's count from 0.
_LUNATION_OFFSET = 17037


def _new_moon(k: int) -> datetime:
    """The instant (UTC, naive) of the mean lunation ``k``'s conjunction, main periodic terms."""
    t = k / 1236.85
    jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t * t
    e = 1 - 0.002516 * t - 0.0000074 * t * t
    m, mp, f, om = (radians(x % 360) for x in (
        2.5534 + 29.10535670 * k, 201.5643 + 385.81693528 * k + 0.0107582 * t * t,
        160.7108 + 390.67050284 * k - 0.0016118 * t * t, 124.7746 - 1.56375588 * k))
    jde += (-0.40720 * sin(mp) + 0.17241 * e * sin(m) + 0.01608 * sin(2 * mp) + 0.01039 * sin(2 * f)
            + 0.00739 * e * sin(mp - m) - 0.00514 * e * sin(mp + m) + 0.00208 * e * e * sin(2 * m)
            - 0.00111 * sin(mp - 2 * f) - 0.00057 * sin(mp + 2 * f) + 0.00056 * e * sin(2 * mp + m)
            - 0.00042 * sin(3 * mp) + 0.00042 * e * sin(m + 2 * f) + 0.00038 * e * sin(m - 2 * f)
            - 0.00024 * e * sin(2 * mp - m) - 0.00017 * sin(om))
    # Julian day 2451545.0 is 2000-01-01 12:00 TT; TT is about a minute ahead of UTC.
    return datetime(2000, 1, 1, 12) + timedelta(days=jde - 2451545.0, seconds=-69)


def _mecca_sunset(day: date) -> datetime:
    """Sunset in Mecca on ``day`` (UTC, naive), from the sun's declination."""
    declination = radians(23.44 * sin(radians(360 / 365 * (day.timetuple().tm_yday - 81))))
    latitude = radians(_MECCA_LATITUDE)
    hour_angle = degrees(acos(sin(radians(-0.833)) / (cos(latitude) * cos(declination))
                              - tan(latitude) * tan(declination)))
    noon_utc = 12 - _MECCA_LONGITUDE / 15
    return datetime.combine(day, datetime.min.time()) + timedelta(hours=noon_utc + hour_angle / 15)


def _moon_sets_after_sun(k: int, conjunction: datetime, sunset: datetime) -> bool:
    """At ``sunset`` in Mecca, after lunation ``k``'s ``conjunction``, the moon sets after the sun:
    its elongation since the conjunction (mean rates) and its ecliptic latitude, as right ascension
    and declination, against the sun's; the moon's horizon is its parallax higher (+0.125 degrees
    against the sun's -0.833)."""
    hours = (sunset - conjunction).total_seconds() / 3600
    t = k / 1236.85
    latitude_argument = radians((160.7108 + 390.67050284 * (k + hours / 708.734) - 0.0016118 * t * t) % 360)
    days = (sunset - datetime(2000, 1, 1, 12)).total_seconds() / 86400  # since J2000
    sun_longitude = radians(280.466 + 0.9856474 * days + 1.915 * sin(radians(357.529 + 0.98560028 * days)))
    moon = _setting(sun_longitude + radians(0.5080 * hours), radians(5.128) * sin(latitude_argument), 0.125)
    return (moon - _setting(sun_longitude, 0.0, -0.833) + 180) % 360 - 180 > 0


def _setting(longitude: float, latitude: float, horizon: float) -> float:
    """The sidereal angle (degrees) at which a body of ecliptic ``longitude`` and ``latitude``
    (radians) sets in Mecca below ``horizon`` (degrees): its right ascension plus its hour angle."""
    obliquity = radians(23.44)
    declination = asin(sin(latitude) * cos(obliquity) + cos(latitude) * sin(obliquity) * sin(longitude))
    ascension = atan2(sin(longitude) * cos(obliquity) - tan(latitude) * sin(obliquity), cos(longitude))
    phi = radians(_MECCA_LATITUDE)
    hour_angle = acos((sin(radians(horizon)) - sin(phi) * sin(declination)) / (cos(phi) * cos(declination)))
    return degrees(ascension + hour_angle)


def month_start(year: int, month: int) -> date:
    """The Gregorian day of the first of a Lunar Hijri month (Umm al-Qura's rule: the conjunction
    before sunset in Mecca and the moon setting after the sun, on the day of the conjunction)."""
    k = (year - 1) * 12 + month - 1 - _LUNATION_OFFSET
    conjunction = _new_moon(k)
    local_day = (conjunction + timedelta(hours=3)).date()  # Mecca's day (UTC+3)
    sunset = _mecca_sunset(local_day)
    seen = conjunction < sunset and _moon_sets_after_sun(k, conjunction, sunset)
    return local_day + timedelta(days=1 if seen else 2)


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Lunar Hijri one of the years 1416-1459, or None (no such day)."""
    if not (1416 <= year <= 1459 and 1 <= month <= 12 and 1 <= day <= 30):
        return None
    found = month_start(year, month) + timedelta(days=day - 1)
    following = month_start(year + month // 12, month % 12 + 1)
    return found if found < following else None


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
