"""Days and times as a page writes them in its text, for htmldate's day (``cleaner.dates``).

htmldate finds a page's day, often without its time, and reads a few written forms wrongly. Here the
day is found again in the page's short lines in the forms news sites write it (numeric in any order,
with a month's name in several languages, CJK), and its line tells the rest: the time written beside
it (with its half of the day and its zone where written), the publication day where the line also
states an update or the print edition, a slashed day read month first on US pages, a dotted day read
day first, a 1 January guessed from a year alone.
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from lxml.etree import XPath

from cleaner.date_places import among_teasers, headline, holder

EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)
# Zone abbreviations that name one offset where news sites use them (IST, CST and the like name
# several and are left out: such a time is read like a naive one).
ZONE_OFFSETS = {name: hours * 3600 for name, hours in {
    "UTC": 0, "GMT": 0, "Z": 0, "UT": 0, "WET": 0, "BST": 1, "WEST": 1, "CET": 1, "CEST": 2, "MEZ": 1,
    "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3, "EST": -5, "EDT": -4, "CDT": -5, "MST": -7, "MDT": -6,
    "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8,
    "AEST": 10, "AEDT": 11, "AWST": 8, "NZST": 12, "NZDT": 13, "WIB": 7, "ICT": 7, "PKT": 5, "AZT": 4,
}.items()}


@lru_cache(maxsize=64)
def zone(name: str | None) -> tzinfo | None:
    """An IANA time zone by name ("Europe/Berlin"), or None for an empty or unknown name."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return None


# The last page's text nodes: reading one page's dates walks them several times (its day's line,
# the day beside a print edition's, a zone written elsewhere), and the walk is most of the cost.
_last_walk: tuple[object, list] | None = None


def _text_nodes(tree) -> list:
    """The page's non-blank text nodes in its body (the first ``_MAX_TEXT_NODES``), walked once per
    tree (the tree is not changed while its dates are read)."""
    global _last_walk
    if _last_walk is None or _last_walk[0] is not tree:
        _last_walk = (tree, _TEXT_NODES(tree)[:_MAX_TEXT_NODES])
    return _last_walk[1]


def written_day(tree, day: datetime, url: str | None = None) -> tuple[datetime, tuple[str, str, int] | None]:
    """(htmldate's day, or the day the page writes where it writes htmldate's nowhere; its
    ``_date_line``). htmldate gives 1 January for a year alone (it does not read "12.abr.2024"): the
    first day of that year the page writes instead, unless the ``url`` states 1 January. It reads
    "12. 4. 2024" (the Czech and Slovak way) month first as 4 December: the day read with its day
    first, as nobody writes the month first with dots."""
    if (line := _date_line(tree, day)) is not None:
        return day, line
    if (day.month, day.day) == (1, 1):
        if re.search(rf"{day.year}[-/_]?0?1[-/_]?0?1(?!\d)", url or ""):
            return day, None  # the URL's day
        if written := _page_day(tree, day, day.replace(month=12, day=31)):
            return written[0], _date_line(tree, written[0])
    elif day.day <= 12:
        swapped = day.replace(day=day.month, month=day.day)
        if (line := _date_line(tree, swapped)) is not None and not line[2] and "." in (
                re.search(_this_day(swapped)[0], line[0], re.IGNORECASE) or [""])[0]:
            return swapped, line
    return day, None


# Where a slashed day is written month first: the United States (its zones, or a page tagged so) and
# the Philippines. htmldate reads 04/12/2024 day first everywhere.
_MONTH_FIRST_ZONES = frozenset({
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix",
    "America/Anchorage", "America/Detroit", "Pacific/Honolulu", "Asia/Manila"})
_MONTH_FIRST_LANG = re.compile(r"^[a-z]{2,3}[-_](?:us|ph)\b", re.IGNORECASE)


def month_first(tree, tz: tzinfo | None) -> bool:
    return str(getattr(tz, "key", "")) in _MONTH_FIRST_ZONES or bool(
        _MONTH_FIRST_LANG.match(tree.get("lang") or tree.get("xml:lang") or ""))


def month_first_day(tree, found: datetime) -> datetime:
    """``found`` with its day and month swapped where the page writes it as a slashed day that
    htmldate read day first (04/12/2024 for 4 December) on a page that writes the month first."""
    if found.day > 12 or found.day == found.month or (line := _date_line(tree, found)) is None or line[2]:
        return found
    written = re.search(_this_day(found)[0], line[0], re.IGNORECASE)
    return found.replace(day=found.month, month=found.day) if written and "/" in written[0] else found


def as_written(line: tuple[str, str, int] | None, day: datetime, read: time) -> datetime:
    """``day`` at htmldate's naive time of day ``read``, with the half of the day and the zone
    written beside it on the page (its ``line``: "2:46 p.m. ET", which htmldate reads as 02:46;
    "23:46 GMT+8"), where that is its time."""
    found = datetime.combine(day.date(), read)
    clock = _clock_in(line[0], day, line[2]) if line is not None else None
    if clock is None or (clock[0] % 12, clock[1]) != (found.hour % 12, found.minute):
        return found
    written = found.replace(hour=clock[0])
    return written.replace(tzinfo=timezone(timedelta(seconds=clock[3]))) if clock[3] is not None else written


# A time of day, with its am/pm where written.
# Chinese, Japanese and Korean write the half of the day before the time ("下午3:30", "午後3時30分").
# A dot parts hour and minute where "Uhr" follows ("14.46 Uhr") or "kl."/"klo" leads ("kl. 14.46").
_CLOCK_TIME = re.compile(r"(?:(上午|下午|午前|午後|오전|오후)\s*)?(?P<kl>\b[kK]lo?\.?\s*)?"
                         r"(?<![\d:])([01]?\d|2[0-3])\s*(?:[:h]|時|时|시|点|(?(kl)\.|(?!))|\.(?=[0-5]\d\s*Uhr\b))\s*"
                         r"([0-5]\d)(?::([0-5]\d))?(?![\d:])"
                         r"(?:\s*([aApP])\.?[mM]\b\.?)?(?:\s*\(?([A-Z]{2,5})(?:\s*([+-])(\d{1,2})(?::?([0-5]\d))?)?\b)?")
# Zone names of the United States' press that name a zone, not one offset ("2:46 p.m. ET").
_ZONE_NAMES = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
               "PT": "America/Los_Angeles"}
_AFTERNOON = frozenset({"p", "P", "下午", "午後", "오후"})
_DATE_LINE_CHARS = 80
_CLOCK_CHARS = 24
_TEXT_NODES = XPath("//body//text()[normalize-space()]")
_MAX_TEXT_NODES = 3000
# Month names as news sites write them, by their first letters: English, French, Spanish, Portuguese,
# German, Italian, Turkish, Indonesian, Russian (genitive), Ukrainian, Polish, Lithuanian, Hungarian.
_MONTH_STEMS = (
    "jan|janv|ene|gen|oca|янв|січ|sty|saus", "feb|fév|fev|şub|фев|лют|lut|vas", "mar|mär|мар|бер|mar|kov",
    "apr|avr|abr|nis|апр|кві|kwi|bal", "may|mai|mag|mei|мая|май|тра|maj|geg",
    "jun|juin|giu|haz|июн|чер|cze|bir", "jul|juil|lug|tem|июл|лип|lip|lie",
    "aug|août|ago|agu|agt|ağu|авг|сер|sie|rugp", "sep|sept|set|eyl|сен|вер|wrz|rugs|sze",
    "oct|okt|ott|out|eki|окт|жов|paź|spa", "nov|kas|ноя|лис|lis|lap", "dec|déc|dic|dez|des|ara|дек|гру|gru")


# Words that label a date as the last update, not the publication, in the languages of _MONTH_STEMS
# and of the East Asian and Vietnamese sites the CJK forms serve.
_UPDATE_LABEL = re.compile(
    r"updated|\bupdate\b|modified|aktualisiert|geändert|mis\s+à\s+jour|modifié|actualizado|atualizado|"
    r"modificado|aggiornato|modificato|actualitzat|bijgewerkt|gewijzigd|uppdaterad|opdateret|oppdatert|"
    r"päivitetty|aktualizováno|aktualizované|frissítve|actualizat|ενημερώθηκε|ενημέρωση|обновлен|оновлено|"
    r"актуализирано|ažurirano|posodobljeno|güncellendi|diperbarui|zaktualizowano|cập\s+nhật|עודכן|"
    r"آخر\s+تحديث|تم\s+التحديث|به[\u200c ]?روز|अपडेट|อัปเดต|更新|수정|업데이트", re.IGNORECASE)
# Words that label a date as the print edition's, not the online publication's ("Print edition:
# Sunday 14 April 2024", "Erschienen in der Printausgabe vom ...", "Publié dans l'édition du ...").
_PRINT_LABEL = re.compile(
    r"print\s+edition|in\s+print|printausgabe|print-ausgabe|zeitungsausgabe|gedruckten\s+ausgabe|"
    r"(?:l['’])?édition\s+du|édition\s+(?:papier|imprimée)|version\s+papier|edición\s+impresa|"
    r"edição\s+impressa|edizione\s+cartacea|печатн|в\s+номере|wydani\w*\s+papierow|"
    r"papieren\s+krant|紙面|朝刊|夕刊|지면", re.IGNORECASE)
# A print edition appears on the day of the online publication or after it, a weekly's a week after.
_PRINT_LAG = timedelta(days=14)
# Where a day's own stretch of a line ends: another day's label.
_NEXT_LABEL = re.compile(f"{_UPDATE_LABEL.pattern}|{_PRINT_LABEL.pattern}", re.IGNORECASE)
_ALL_MONTHS = "|".join(_MONTH_STEMS)
_INLINE = frozenset({"span", "time", "b", "strong", "em", "i", "a", "small", "abbr"})


def _day_forms(d: str, m: str, y: str, y4: str, month: str) -> tuple[str, ...]:
    """The ways a day is written (numeric in any order of day, month and year, with a month name, or
    in CJK form), from patterns for its parts: ``y`` may be two digits, ``y4`` is four."""
    return (rf"(?<!\d){d}(?:[./-]|\.\s){m}(?:[./-]|\.\s){y}(?!\d)", rf"(?<!\d){m}/{d}/{y4}(?!\d)",
            rf"(?<!\d){y4}[-./]{m}[-./]{d}(?!\d)", rf"{y4}\s*[年년]\s*{m}\s*[月월]\s*{d}\s*[日일]",
            rf"(?<!\w){month}\s+{d}\b,?\s*{y4}",
            rf"(?<!\d){d}(?:\.\s*|\s+)(?:de\s+)?{month},?\s*(?:de\s+)?{y4}",
            # The year first: Hungarian and Lithuanian ("2024. április 12.", "2024 m. balandžio 12 d."),
            # Latvian ("2024. gada 12. aprīlis"), Mongolian ("2024 оны 4 сарын 12").
            rf"(?<!\d){y4}\.?\s+(?:m\.\s+)?{month}\s+{d}(?!\d)", rf"(?<!\d){y4}\.\s+gada\s+{d}\.\s+{month}",
            rf"(?<!\d){y4}\s+оны\s+{m}(?:-р)?\s+сарын\s+{d}(?!\d)")


def _this_day(day: datetime) -> tuple[str, ...]:
    d, m, y = day.day, day.month, day.year
    month = f"(?:{_MONTH_STEMS[m - 1]})\\w*\\.?"
    return _day_forms(f"0?{d}", f"0?{m}", f"(?:{y}|{y % 100:02d})", str(y), month)


# Any day, one pattern per form of _day_forms: another day of a line is read in the form of the one
# htmldate found there (04/12/2024 is April or December by that form, not by guessing).
_ANY_DAY = tuple(re.compile(form, re.IGNORECASE) for form in _day_forms(
    r"(?P<d>\d{1,2})", r"(?P<m>\d{1,2})", r"(?P<y>\d{4}|\d\d)", r"(?P<y>\d{4})",
    rf"(?P<mn>(?:{_ALL_MONTHS})\w*\.?)"))
# Any day in any form, without groups: the test of a text before it is read.
_SOME_DAY = re.compile("|".join(_day_forms(r"\d{1,2}", r"\d{1,2}", r"(?:\d{4}|\d\d)", r"\d{4}",
                                           rf"(?:{_ALL_MONTHS})\w*\.?")), re.IGNORECASE)
_NUMBERS = re.compile(r"\d+")


def _day_of(match: re.Match[str]) -> datetime | None:
    """The day a match of ``_ANY_DAY`` writes (two-digit years in this century), or None for no
    such day ("31.02.2024")."""
    groups = match.groupdict()
    month = int(groups["m"]) if groups.get("m") else next(
        (i + 1 for i, stems in enumerate(_MONTH_STEMS) if re.match(stems, groups["mn"], re.IGNORECASE)), 0)
    year = int(groups["y"]) + (2000 if len(groups["y"]) == 2 else 0)
    with suppress(ValueError):
        return datetime(year, month, int(groups["d"]))
    return None


# The days a text writes: (start, end, the day or None where it cannot be told).
_Days = list[tuple[int, int, datetime | None]]


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


def _days_in(text: str, form: int | None) -> _Days:
    """Every day ``text`` writes in any of the _day_forms, in order, as (start, end, the day or None;
    see ``_day_read``); where two forms read the same characters, the longer."""
    found = sorted(((match.start(), -match.end(), pattern, match) for pattern, regex in enumerate(_ANY_DAY)
                    for match in regex.finditer(text)), key=lambda item: item[:3])
    days: _Days = []
    for start, negative_end, pattern, match in found:
        if not days or start >= days[-1][1]:
            days.append((start, -negative_end, _day_read(match, pattern, form)))
    return days


def _labelled(text: str, days: _Days, index: int, label: re.Pattern[str]) -> bool:
    """Whether ``label`` is written before the ``index``-th day of ``text``, after the day before it."""
    return bool(label.search(text, days[index - 1][1] if index else 0, days[index][0]))


def _line_texts(node) -> tuple[str, str]:
    """(the text of a short text node's element where that is short too, else the node's own; the
    same of the block around an inline element where that block is short: "<p><span>Updated
    14.04.2024</span> <span>Published 12.04.2024</span></p>"), whitespace collapsed."""
    holder = node.getparent()  # a tail's parent is the element before it: its container holds both
    holder = holder.getparent() if holder is not None and node.is_tail else holder
    whole = holder.text_content() if holder is not None else ""
    narrow = whole if len(whole) <= _DATE_LINE_CHARS else str(node)
    block = holder.getparent() if holder is not None and holder.tag in _INLINE else None
    wide = line if block is not None and len(line := block.text_content()) <= _DATE_LINE_CHARS else narrow
    if holder is not None and (clock := _clock_after(holder)) and not _CLOCK_TIME.search(narrow):
        narrow = f"{narrow} {clock}"
    return " ".join(narrow.split()), " ".join(wide.split())


def _clock_after(holder) -> str | None:
    """The text of the element right after ``holder`` where it is a time of day alone ("<time
    datetime='2024-04-12'>April 12, 2024</time><div class='time'>14:46</div>"), else None."""
    sibling = holder.getnext()
    if sibling is None or not isinstance(sibling.tag, str) or (holder.tail or "").strip():
        return None
    text = " ".join(sibling.text_content().split())
    return text if len(text) <= _CLOCK_CHARS and _CLOCK_TIME.match(text) else None


def _date_line(tree, day: datetime) -> tuple[str, str, int] | None:
    """(the first short text on the page that holds ``day``, and its line (see ``_line_texts``),
    which of the _day_forms writes the day there), or None. The text is its element's whole text
    where that is short too, so that a time or a second date in an element of its own beside the day
    ("<span>11:11 PM</span> Nov 19") is in it."""
    forms = [re.compile(form, re.IGNORECASE) for form in _this_day(day)]
    written = re.compile("|".join(_this_day(day)), re.IGNORECASE)  # one search a text, not nine
    year = f"{day.year % 100:02d}"  # in every form of the day: a substring test before the search
    for node in _text_nodes(tree):
        if len(node) > _DATE_LINE_CHARS or year not in node or not written.search(node):
            continue
        form = next(i for i, pattern in enumerate(forms) if pattern.search(node))
        return (*_line_texts(node), form)
    return None


def own_day(tree, day: datetime, url: str | None = None) -> datetime:
    """htmldate's ``day``, or the article's own where the page writes ``day`` only among other
    articles' teasers before the article's headline (an aside's or a related list's date, which
    htmldate may take; ``cleaner.date_places``): the first day written after the headline outside
    them. A day the ``url`` states stays."""
    if re.search(rf"{day.year}[-/_]?0?{day.month}[-/_]?0?{day.day}(?!\d)", url or ""):
        return day
    written = re.compile("|".join(_this_day(day)), re.IGNORECASE)
    year = f"{day.year % 100:02d}"  # in every form of the day: a substring test before the search
    nodes = [node for node in _text_nodes(tree) if len(node) <= _DATE_LINE_CHARS]
    holding = [node for node in nodes if year in node and written.search(node)]
    if not holding or not all(among_teasers(holder(node)) for node in holding):
        return day
    top = headline(tree)
    if top is None:
        return day
    order = {element: index for index, element in enumerate(tree.iter())}
    start = order.get(top, 0)
    if any(order.get(holder(node), -1) > start for node in holding):
        return day  # a rail or box beside the article may hold its own date: only teasers before it
    latest = datetime.now()  # compared with naive days
    for node in nodes:
        element = holder(node)
        if order.get(element, -1) < start or not _SOME_DAY.search(node) or among_teasers(element):
            continue
        line = _line_texts(node)[1]
        days = _days_in(line, None)
        for index, (_, _, found) in enumerate(days):
            if found is not None and EARLIEST.replace(tzinfo=None) <= found <= latest and not any(
                    _labelled(line, days, index, label) for label in (_PRINT_LABEL, _UPDATE_LABEL)):
                return found
    return day


def _online_day(tree, printed: datetime) -> tuple[datetime, str] | None:
    """(the first day on the page, in a short line, stated for neither the print edition nor an
    update, on or up to two weeks before the print edition's day ``printed``; its line), or None."""
    return _page_day(tree, printed - _PRINT_LAG, printed)


def _page_day(tree, earliest: datetime, latest: datetime) -> tuple[datetime, str] | None:
    """(the first day from ``earliest`` to ``latest`` on the page, in a short line, stated for
    neither the print edition nor an update; its line), or None."""
    for node in _text_nodes(tree):
        if len(node) > _DATE_LINE_CHARS or not _SOME_DAY.search(node):
            continue
        line = _line_texts(node)[1]
        days = _days_in(line, None)
        for index, (_, _, day) in enumerate(days):
            if day is not None and earliest <= day <= latest and not any(
                    _labelled(line, days, index, label) for label in (_PRINT_LABEL, _UPDATE_LABEL)):
                return day, line
    return None


def publication_beside(tree, found: datetime, line: tuple[str, str, int] | None,
                        ) -> tuple[datetime, tuple[int, int, int, int | None] | None]:
    """(the publication day, the time written beside it (see ``time_beside``)) for the day htmldate
    found and its ``line`` (``_date_line``). Where its line labels an update and states an earlier
    day ("Aktualisiert 14.04.2024 · Veröffentlicht 12. April 2024"), the earlier day: htmldate takes
    the first day of a text, news templates put the update first as often as last, and the
    publication precedes any update. A
    day the line states for the print edition ("Print edition: Sunday 14 April 2024") is not the
    online publication: the line's other day, else the page's (see ``_online_day``)."""
    if line is None:
        return found, None
    narrow, wide, form = line
    days = _days_in(wide, form)
    printed = {i for i in range(len(days)) if _labelled(wide, days, i, _PRINT_LABEL)}
    own = next((i for i, (_, _, day) in enumerate(days) if day == found), None)
    online = [day for i, (_, _, day) in enumerate(days)
              if day is not None and day >= EARLIEST.replace(tzinfo=None) and i not in printed]
    if own in printed:
        if not (online := [day for day in online if found - _PRINT_LAG <= day <= found]):
            if (elsewhere := _online_day(tree, found)) is None:
                return found, _clock_in(narrow, found, form)
            return elsewhere[0], _clock_in(elsewhere[1], elsewhere[0], None)
        day = min(online)
    else:
        day = min([found, *online]) if _UPDATE_LABEL.search(wide) else found
    return day, _clock_in(narrow, found, form) if day == found else _clock_in(wide, day, form)


def _published_beside(tree, day: datetime) -> datetime:
    """The publication day for the day htmldate found (see ``publication_beside``)."""
    return publication_beside(tree, day, _date_line(tree, day))[0]


def time_beside(tree, day: datetime) -> tuple[int, int, int, int | None] | None:
    """(hour, minute, second, UTC offset in seconds of a zone written after it, if one) written in the
    same short text as ``day`` (see ``_date_line``), the first such text on the page; or None (see
    ``_clock_in``)."""
    if (line := _date_line(tree, day)) is None:
        return None
    return _clock_in(line[0], day, line[2])


def _clock_in(text: str, day: datetime, form: int | None) -> tuple[int, int, int, int | None] | None:
    """The time of ``day`` in ``text``. Where the text states other days too, it is the one in
    ``day``'s own stretch of it: after ``day`` up to the next one ("12.04.2024, 14:46 Uhr") or up to
    an update's or print edition's label ("12.04.2024, aktualisiert 14:46"), else before it back to
    the day before ("15:30, 12/04/2024")."""
    days = _days_in(text, form)
    this = next((span for span in days if span[2] == day), None)
    start, end = this[:2] if this else (0, 0)  # not found again: the whole text
    others = [span for span in days if span[2] != day]
    before = max((span[1] for span in others if span[1] <= start), default=0)
    after = min((span[0] for span in others if span[0] >= end), default=len(text))
    if label := _NEXT_LABEL.search(text, end, after):
        after = label.start()
    for stretch in (text[end:after], text[before:start]):
        if (clock := clock_time(stretch, day)) is not None:
            return clock
    return None


def clock_time(text: str, day: datetime) -> tuple[int, int, int, int | None] | None:
    """(hour, minute, second, UTC offset in seconds of a zone written after it, if one) of the first
    time of day in ``text``, in 24 hours with its half of the day where written ("2:30 pm",
    "下午2:30", "오후 2:30"), or None. ``day`` tells a named zone's offset ("ET" in summer or winter)."""
    if (clock := _CLOCK_TIME.search(text)) is None:
        return None
    hour = int(clock[3])
    if half := clock[1] or clock[6]:
        hour = hour % 12 + (12 if half in _AFTERNOON else 0)
    return hour, int(clock[4]), int(clock[5] or 0), _written_offset(clock, day)


def written_zone(tree, day: datetime) -> tzinfo | None:
    """The first zone the page writes with a time of day in a short text outside other articles'
    teasers ("Updated 10:15 ET", "23:46 GMT+7"), or None: where a page writes its zone once, its
    other times are in it. A name of the United States' press ("ET") is its zone (summer time
    kept); an abbreviation or an offset ("EST", "GMT+7") is that offset on ``day``."""
    for node in _text_nodes(tree):
        if len(node) > _DATE_LINE_CHARS or ":" not in node:
            continue
        for clock in _CLOCK_TIME.finditer(node):
            # A ticker's "NYSE 09:30 EST" is not the page's zone.
            if clock[7] and (offset := _written_offset(clock, day)) is not None and not among_teasers(
                    holder(node)):
                named = zone(_ZONE_NAMES[clock[7]]) if clock[7] in _ZONE_NAMES and not clock[8] else None
                return named or timezone(timedelta(seconds=offset))
    return None


def _written_offset(clock: re.Match[str], day: datetime) -> int | None:
    """The UTC offset in seconds of the zone written after a time ("EST", "GMT+8", "(UTC+05:30)",
    "ET" on ``day``), or None where none is written or the name is ambiguous ("IST")."""
    name = clock[7] or ""
    if clock[8]:  # an offset after the name: only GMT's or UTC's is one
        seconds = int(clock[9]) * 3600 + int(clock[10] or 0) * 60
        return (seconds if clock[8] == "+" else -seconds) if name in ("GMT", "UTC") else None
    if name in _ZONE_NAMES and (named := zone(_ZONE_NAMES[name])) is not None:
        offset = named.utcoffset(day.replace(hour=12))
        return int(offset.total_seconds()) if offset is not None else None
    return ZONE_OFFSETS.get(name)
