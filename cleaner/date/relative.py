"""Publication times written relative to the reader's now ("3 hours ago", "vor 3 Stunden", "il y a 2
heures", "2 часа назад", "3 giờ trước", "昨天 14:30"), read against the time the page was fetched.

Only for a page that states no absolute date anywhere: an absolute date always wins. The reference
is the raw page's ``fetched_at``, so that re-extracting a stored page gives the same time. "N
minutes/hours ago" is an instant; "N days/weeks ago", "yesterday" and "today" are a day in the
page's zone, at the time written beside it where one is and the zone is known, else at noon.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo

from lxml.etree import XPath

from cleaner.date.clocks import CLOCK_TIME, clock_time
from cleaner.date.date_places import holder, teaser_before_article

_TEXT_NODES = XPath("//body//text()[normalize-space()]")
_MAX_TEXT_NODES = 3000
_LINE_CHARS = 60
# Units by their length in seconds, as news sites write them in the languages of cleaner.date.dates.
_UNITS = {
    60: "minutes|minute|mins|min|minuten|minutos|minuto|minuti|минуту|минуты|минут|мин|хвилину|хвилини|"
        "хвилин|хв|phút|dakika|menit|minuty|minutę|minut|minuut|分钟|分鐘|分|분|دقيقة|دقائق|"
        "λεπτά|λεπτό|minutter|minutt|minuter|minuuttia|minuutti|minutami|minutou|मिनट|דקות|דקה|นาที|perce|"
        "منٹ|মিনিট|دقیقه",
    3600: "hours|hour|hrs|hr|h|stunden|stunde|std|heures|heure|horas|hora|ore|ora|часов|часа|час|годину|"
          "години|годин|год|giờ|saat|jam|godziny|godzinę|godzin|godz|uur|小时|小時|時間|시간|ساعات|ساعة|"
          "ώρες|ώρα|timer|time|timmar|timme|tuntia|tunti|hodinami|hodinou|oră|घंटे|घंटा|שעות|שעה|ชั่วโมง|órája|"
          "گھنٹے|گھنٹہ|گھنٹوں|ঘণ্টা|ঘন্টা|ساعت",
    86400: "days|day|tagen|tage|tag|jours|jour|días|día|dias|dia|giorni|giorno|дней|дня|день|днів|дні|ngày|"
           "gün|hari|dni|dzień|dagen|dag|天|日|일|أيام|يوم|"
           "ημέρες|ημέρα|μέρες|μέρα|dage|dager|dagar|päivää|päivä|dny|dnem|zile|zi|दिन|ימים|יום|วัน|napja|"
           "دن|দিন|روز",
    604800: "weeks|week|wochen|woche|semaines|semaine|semanas|semana|settimane|settimana|недель|недели|"
            "неделю|тижнів|тижні|тиждень|tuần|hafta|minggu|tygodnie|tygodni|tydzień|weken|週間|週|周|주|"
            "εβδομάδες|uger|uker|veckor|viikkoa|týdny|týdnem|săptămâni|सप्ताह|שבועות|สัปดาห์|hete|"
            "ہفتے|ہفتہ|সপ্তাহ|هفته",
}
_UNIT_SECONDS = {word: seconds for seconds, words in _UNITS.items() for word in words.split("|")}
_UNIT = "|".join(sorted(_UNIT_SECONDS, key=len, reverse=True))
# Greek, Czech and Slovak, Romanian and Hebrew write the word before ("πριν από 3 ώρες", "před 3
# hodinami", "acum 3 ore", "לפני 3 שעות"); Danish, Norwegian, Swedish, Finnish, Hindi, Greek and Thai
# after ("3 timer siden", "3 timmar sedan", "3 tuntia sitten", "3 घंटे पहले", "3 ώρες πριν", "3
# ชั่วโมงที่แล้ว"), Urdu, Bengali and Persian after ("2 گھنٹے پہلے", "২ ঘণ্টা আগে", "۲ ساعت پیش");
# Hungarian in the unit's ending ("3 órája", "3 perce", "3 napja", "3 hete").
_AGO = re.compile(
    rf"(?:(?<!\w)(?:vor|il\s+y\s+a|hace|há|منذ|πριν(?:\s+από)?|před|pred|acum|לפני)\s+(?P<n1>\d{{1,3}})\s*"
    rf"(?P<u1>{_UNIT})(?!\w)"
    rf"|(?<![\d.,:])(?P<n2>\d{{1,3}})\s*(?P<u2>{_UNIT})\.?\s*(?:ago|назад|тому|trước|önce|(?:yang\s+)?lalu|temu|"
    r"geleden|fa|前|전|siden|sedan|sitten|पहले|πριν|ที่แล้ว|پہلے|আগে|پیش)(?!\w)"
    r"|(?<![\d.,:])(?P<n3>\d{1,3})\s*(?P<u3>órája|perce|napja|hete)(?!\w))", re.IGNORECASE)
# "Yesterday" and "today" opening a short line ("Yesterday, 14:30", "вчера в 14:30", "昨天 14:30").
_DAY_WORD = re.compile(
    r"^\W*(?:(?P<yesterday>yesterday|gestern|hier|ayer|ontem|ieri|вчера|вчора|dün|kemarin|wczoraj|gisteren|"
    r"hôm\s+qua|昨天|昨日|어제|أمس|χθες|χτες|tegnap|i\s*går|eilen|včera|אתמול|เมื่อวาน|গতকাল|دیروز)"
    r"|(?P<today>today|heute|aujourd['’]hui|hoy|hoje|oggi|сегодня|сьогодні|bugün|"
    r"hari\s+ini|dzisiaj|vandaag|hôm\s+nay|今天|今日|오늘|اليوم|σήμερα|i\s*dag|tänään|dnes|azi|astăzi|היום|"
    r"วันนี้|আজ|امروز))(?!\w)", re.IGNORECASE)
# A numeric day in the line: an absolute date, not this module's.
_DIGITS_DAY = re.compile(r"\d{1,4}[./-]\d{1,2}")
_Clock = tuple[int, int, int, int | None]


def relative_time(tree, reference: datetime, tz: tzinfo | None = None) -> datetime | None:
    """The publication time the first short line of the page states relative to ``reference`` (the
    fetch time, aware), or None. A line among other articles' teasers before the article ("5 min
    ago" in a "latest news" strip above it, ``cleaner.date.date_places``) counts only where no other line
    states one. Days are read in ``tz`` (UTC when not known), or in the zone written with their time."""
    teasers = None
    for node in _TEXT_NODES(tree)[:_MAX_TEXT_NODES]:
        # A dotted time is no day ("eilen klo 14.46", "i går kl. 14.46").
        if len(node) > _LINE_CHARS or (
                _DIGITS_DAY.search(node) and _DIGITS_DAY.search(CLOCK_TIME.sub(" ", node))):
            continue
        found = _stated(" ".join(node.split()), reference, tz)
        if found is None:
            continue
        element = holder(node)
        if element is None or not teaser_before_article(tree, element):
            return found
        teasers = teasers or found
    return teasers


def _stated(text: str, reference: datetime, tz: tzinfo | None) -> datetime | None:
    """The time one short line states relative to ``reference``, or None."""
    if ago := _AGO.search(text):
        count = int(ago["n1"] or ago["n2"] or ago["n3"])
        seconds = _UNIT_SECONDS[(ago["u1"] or ago["u2"] or ago["u3"]).lower()]
        if seconds < 86400:
            return (reference - timedelta(seconds=count * seconds)).astimezone(tz or UTC)
        return _on_day(reference, count * seconds // 86400, None, tz)
    # The word alone, or with a time: "Today's paper" and "Yesterday in Parliament" are no dates.
    if word := _DAY_WORD.search(text):
        # The one reading of a clock time (cleaner.date.clocks): "下午2:30" and "2:30 pm" are 14:30.
        clock = clock_time(text[word.end():], reference.replace(tzinfo=None))
        if clock is not None or not re.search(r"\w", text[word.end():]):
            return _on_day(reference, 1 if word["yesterday"] else 0, clock, tz)
    return None


def _on_day(reference: datetime, days_before: int, clock: _Clock | None, tz: tzinfo | None) -> datetime:
    """The day ``days_before`` the reference in the page's zone: the zone written with the clock time
    where one is, else ``tz``; at that time where its zone is known, else at noon."""
    written = timezone(timedelta(seconds=clock[3])) if clock is not None and clock[3] is not None else None
    day = reference.astimezone(written or tz or UTC) - timedelta(days=days_before)
    if clock is not None and (written or tz) is not None:
        return day.replace(hour=clock[0], minute=clock[1], second=clock[2], microsecond=0)
    return day.replace(hour=12, minute=0, second=0, microsecond=0)
