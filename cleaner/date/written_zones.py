"""The zones a page writes with its times of day ("10:15 ET", "23:46 GMT+7", "14:46 BST" on a Bengali
page), read in the page's short lines (``cleaner.date.page_lines``): the first zone the page writes,
the zone printed with a stated wall-clock time, and a day's time in its stretch of a line with the
zone an abbreviation of several names on that page.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo

from cleaner.date.clocks import (
    CLOCK_TIME,
    REGIONAL_CITIES,
    REGIONAL_STEMS,
    ZONE_NAMES,
    ZONE_OFFSETS,
    city_zone,
    clock_time,
    word_zone,
    written_offset,
    zone,
)
from cleaner.date.date_places import among_teasers, holder
from cleaner.date.page_lines import DATE_LINE_CHARS, day_clock, text_nodes
from cleaner.date.zones import page_language, page_zone


def clock_in(text: str, day: datetime, form: int | None,
             tree=None) -> tuple[int, int, int, int | None] | None:
    """``page_lines.day_clock``; on ``tree``'s page, a zone's abbreviation that names the page's own
    zone there (``_AMBIGUOUS``: "14:46 BST" on a Bengali page, Bangladesh's +06:00) gives that zone's offset,
    not the one ``clocks.ZONE_OFFSETS`` reads elsewhere (British Summer Time's +01:00), and so does
    one that ``ZONE_OFFSETS`` does not read at all ("२३:४० IST" on a Hindi page: India's +05:30)."""
    clock = day_clock(text, day, form)
    if tree is None or clock is None or not (name := (_NAMED_TWICE if clock[3] is not None else
                                                       _NAMED_ONLY_HERE).search(text)) \
            or (clock[3] is not None and clock[3] != ZONE_OFFSETS[name[1]]) \
            or (named := _ambiguous_zone(tree, name[1])) is None \
            or (offset := named.utcoffset(day.replace(hour=12))) is None:
        return clock
    return clock[0], clock[1], clock[2], int(offset.total_seconds())


# The abbreviations of ``_AMBIGUOUS`` that ``clocks.ZONE_OFFSETS`` also reads at one offset, and those
# it does not read.
_NAMED_TWICE = re.compile(r"(?<![\w-])(BST|MST)(?![\w-])")
_NAMED_ONLY_HERE = re.compile(r"(?<![\w-])(IST|AST|AMT|CST|GST|SST)(?![\w-])")


# An hour and its minutes parted by "h" (Brazil's "22h40", French "21 h 40").
_H_CLOCK = re.compile(r"\dh\d|\d h \d")


def written_zone(tree, day: datetime) -> tzinfo | None:
    """The first zone the page writes with a time of day in a short text outside other articles'
    teasers ("Updated 10:15 ET", "23:46 GMT+7", "23:46 (بتوقيت مكة المكرمة)"), or None: where a
    page writes its zone once, its other times are in it. A name of the United States' press ("ET")
    is its zone (summer time kept), and so is an Arabic city's; an abbreviation or an offset ("EST",
    "GMT+7") is that offset on ``day``. An abbreviation that names several zones ("IST", "AST",
    "CST") is the one of the page's language and country (``_ambiguous_zone``), and a country
    written as the zone ("11:42, UK") is that country's."""
    for node in text_nodes(tree):
        if len(node) > DATE_LINE_CHARS or (":" not in node and "." not in node and (
                "h" not in node or not _H_CLOCK.search(node))):  # "23.46 BST", "22h40", "21 h 40" too
            continue
        for clock in CLOCK_TIME.finditer(node):
            if clock[7] in _AMBIGUOUS and not clock[8] and not among_teasers(holder(node)) and (
                    named := _ambiguous_zone(tree, clock[7])) is not None:
                return named
            clock_end = max(clock.end(group) for group in (4, 5, 6) if clock[group])
            if (place := _PLACE_ZONE.match(node, clock_end)) and not among_teasers(holder(node)):
                return zone(_PLACES[place[1].casefold()])
            # A ticker's "NYSE 09:30 EST" is not the page's zone.
            if (clock[7] or clock["city"] or clock["named"]) and (
                    offset := written_offset(clock, day)) is not None and not among_teasers(holder(node)):
                named = zone(ZONE_NAMES[clock[7]]) if clock[7] in ZONE_NAMES and not clock[8] else None
                return named or (city_zone(clock["city"]) if clock["city"] else None) \
                    or (word_zone(clock["named"]) if clock["named"] else None) \
                    or timezone(timedelta(seconds=offset))
    return None


def zone_printed_at(tree, naive: datetime) -> tzinfo | None:
    """The offset of the zone the page writes with ``naive``'s own time of day in a short text
    outside other articles' teasers ("12 Juli 2024, 23:40 WITA" for a stated 23:40), or None."""
    wanted = f"{naive.minute:02d}"
    for node in text_nodes(tree):
        if len(node) > DATE_LINE_CHARS or wanted not in node:
            continue
        for clock in CLOCK_TIME.finditer(node):
            if not (clock[7] or clock["named"]) or (found := clock_time(node[clock.start():], naive)) is None:
                continue
            hour, minute, _, offset = found
            if (hour, minute) == (naive.hour, naive.minute) and offset is not None \
                    and not among_teasers(holder(node)):
                return timezone(timedelta(seconds=offset))
    return None


# Abbreviations that name several zones, each read where the page's language tag (``page_language``)
# is one of the languages given, of no country or of one of those given, or of one of the countries
# given in any language: India's "IST" (Ireland's and Israel's pages have their country's zone
# from their domain or language), Arabia's or the Atlantic's "AST", Armenia's or Amazonia's "AMT",
# China's or the United States' and Mexico's Central "CST", the Gulf's "GST", Singapore's "SST",
# Bangladesh's "BST" and Malaysia's "MST" (elsewhere British Summer and Mountain Standard Time:
# ``clocks.ZONE_OFFSETS``, read where no entry here names the page's zone).
_INDIAN_LANGUAGES = frozenset({"en", "hi", "mr", "gu", "te", "kn", "ml", "ta", "pa", "or", "as"})
_AMBIGUOUS: dict[str, tuple[tuple[frozenset[str], frozenset[str], str], ...]] = {
    "IST": ((frozenset({"en"}), frozenset({"", "in"}), "Asia/Kolkata"),
            (_INDIAN_LANGUAGES - {"en"}, frozenset(), "Asia/Kolkata")),
    "AST": ((frozenset({"ar"}), frozenset(), "Asia/Riyadh"),
            (frozenset(), frozenset({"sa", "iq", "kw", "qa", "bh", "ye"}), "Asia/Riyadh"),
            (frozenset(), frozenset({"pr", "do", "vi", "tt", "bb", "ag", "lc", "dm", "gd", "kn", "vc"}),
             "America/Puerto_Rico")),
    "AMT": ((frozenset({"hy"}), frozenset({"", "am"}), "Asia/Yerevan"),
            (frozenset(), frozenset({"br"}), "America/Manaus")),
    "CST": ((frozenset({"zh"}), frozenset({"", "cn", "tw", "hk", "mo", "sg"}), "Asia/Shanghai"),
            (frozenset(), frozenset({"us"}), "America/Chicago"),
            (frozenset(), frozenset({"mx"}), "America/Mexico_City")),
    "GST": ((frozenset(), frozenset({"ae", "om"}), "Asia/Dubai"),),
    "SST": ((frozenset(), frozenset({"sg"}), "Asia/Singapore"),),
    "BST": ((frozenset({"bn"}), frozenset({"", "bd"}), "Asia/Dhaka"),
            (frozenset(), frozenset({"bd"}), "Asia/Dhaka")),
    "MST": ((frozenset({"ms"}), frozenset({"", "my"}), "Asia/Kuala_Lumpur"),
            (frozenset(), frozenset({"my"}), "Asia/Kuala_Lumpur")),
}
# A country written as the zone after a time ("Friday 12 April 2024 11:42, UK", "11:42 UK time").
_PLACES = {"uk": "Europe/London", "ireland": "Europe/Dublin"}
_PLACE_ZONE = re.compile(r",?\s*\(?(UK|Ireland)(?:\s+time)?\)?(?![\w-])", re.IGNORECASE)


def _ambiguous_zone(tree, name: str) -> tzinfo | None:
    """The zone an abbreviation of several (``_AMBIGUOUS``) names on the page, by its language and
    country (``page_language``), else by its own address's domain where that country's zone is one
    it names, or None where they tell none (an en-US page's "IST")."""
    base, *parts = (page_language(tree) or "").replace("_", "-").lower().split("-")
    region = next((part for part in parts if len(part) == 2), "")  # "zh-Hant-TW": "tw"
    for languages, regions, zone_name in _AMBIGUOUS[name]:
        if (base in languages or not languages) and (region in regions or not regions):
            return zone(zone_name)
    # Else the country of the page's own address's domain ("https://example.com.bd/...": "BST").
    if (own := _host_zone(tree)) is not None and any(
            zone_name == str(own) for _, _, zone_name in _AMBIGUOUS[name]):
        return own
    return None


def _host_zone(tree) -> tzinfo | None:
    """The zone of the country of the domain of the page's canonical address (``<link
    rel="canonical">``, else ``og:url``, else the address it was fetched from: the tree's URL,
    ``cleaner.extract``; ``zones.page_zone``), or None."""
    address = next((link.get("href") for link in tree.iter("link")
                    if (link.get("rel") or "").lower() == "canonical" and link.get("href")), None)
    address = address or next((meta.get("content") for meta in tree.iter("meta")
                               if meta.get("property") == "og:url" and meta.get("content")), None)
    address = address or tree.getroottree().docinfo.URL
    return page_zone(address, None) if address else None


# A note naming a Russian region's time as the page's, in words ("Время на сайте — пермское", "Указано
# новосибирское время", "Все время указано по красноярскому времени", "Время указано по Новосибирску"):
# a regional outlet's times are in that zone, not Moscow's (written right after a time, "08:15 (время
# пермское)", it is that time's zone: ``clocks.word_zone``).
_STEMS = "|".join(sorted(REGIONAL_STEMS, key=len, reverse=True))
_CITIES = "|".join(sorted(REGIONAL_CITIES, key=len, reverse=True))
_REGIONAL_NOTE = re.compile(
    rf"(?:вс[её]\s+)?(?:время\s+)?(?:на\s+сайте\s+)?(?:указано\s+|дано\s+|приводится\s+)?(?:по\s+)?"
    rf"(?<!\w)(?P<a>{_STEMS})(?:ое|ому|ого)\s+врем(?:я|ени)(?!\w)"
    rf"|(?:вс[её]\s+)?время(?:\s+на\s+сайте|\s+публикаций|\s+публикации|\s+новостей)?"
    rf"(?:\s+указано|\s+дано|\s+приводится)?[\s:—–-]+(?:(?P<b>{_STEMS})ое|по\s+(?P<c>{_CITIES}))(?!\w)",
    re.IGNORECASE)
# What a note may hold besides: the offset it names ("(UTC+5)", "МСК+2"), punctuation.
_NOTE_OFFSET = re.compile(r"(?:UTC|GMT|MSK|МСК)\s*[+−–-]\s*\d{1,2}", re.IGNORECASE)


def regional_note(tree) -> tzinfo | None:
    """The zone of a Russian region a short note of the page names in words as its time's
    (``_REGIONAL_NOTE``), or None. The note is the text's whole line (up to its punctuation and an
    offset it names), never a sentence that gives some event's time in another region ("концерт
    начнётся в полдень по пермскому времени"); in the site's footer too, where such notes stand.
    Cheap: only short lines with "врем"."""
    for node in text_nodes(tree):
        if len(node) > 80 or "врем" not in node.casefold():
            continue
        line = _NOTE_OFFSET.sub("", node).strip(" .:;,!()[]—–-\u00a0\t\n")
        if not any(char.isdigit() for char in line) and (note := _REGIONAL_NOTE.fullmatch(line)):
            stem = note["a"] or note["b"]
            return zone(REGIONAL_STEMS[stem.casefold()] if stem else REGIONAL_CITIES[note["c"].casefold()])
    return None
