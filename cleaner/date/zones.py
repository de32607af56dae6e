"""The time zone of a page's own country, for naive times when the registry names none.

A page that writes "2024-04-12 15:30" without an offset means its own local time. The registry's
``timezone`` says which for a known source; for any other page, the country is read from the
host's country-code domain (``.cn``, ``.co.kr``, ``.de``) or, failing that, from the page's
language where that language is spoken in one country's zone, or in countries of one offset
(``ja``, ``ko``, ``vi``, ``sr``, ``zh``, ``zh-CN``,
``de-AT``; ``<html lang>``, with the country its ``og:locale`` or Content-Language adds: ``en_IN``,
not Facebook's "ar_AR" or "es_LA"; else its ``geo.region`` meta tag's, else the ``hreflang`` of the
alternate link to its own address).
The zone is the country's only one in the IANA ``zone.tab`` (tzdata), or, for a few
countries with several, the zone where its national press sits. No zone for the countries whose
press spans several offsets (the US: "en-US" is also many a theme's default) nor for languages spoken
across several (English, Spanish, French, Arabic, Portuguese; Russian: Russia's zones, Belarus,
Kazakhstan, Ukraine, the Baltic states; Bengali: Bangladesh and India; Urdu: Pakistan and India):
their naive times stay naive. So a Russian page at a .com or .info host with no other evidence (no
``og:locale`` "ru_RU", no ``geo.region``, no zone written beside a time such as "14:46 МСК", no
registry zone) is not taken to be in Moscow's: ``cleaner.date.dates`` reads a stated naive time and a
day found in its text as that day at noon UTC (the time, in no known zone, dropped: read at +00:00 it
would be a shifted offset, and the next day at +03:00 for a 23:40).
A page of no known zone may note the zone of all its times ("All times AEDT", "All times are ET":
``noted_zone``, read last by ``cleaner.date.publication.own_zone``).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from importlib.resources import files
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from cleaner.date.clocks import ZONE_NAMES, ZONE_OFFSETS
from cleaner.jsonld import article_ld

# Countries with several zones whose capital's zone is where their national press publishes.
_CAPITAL_ZONES = {
    "RU": "Europe/Moscow", "CN": "Asia/Shanghai", "DE": "Europe/Berlin", "ES": "Europe/Madrid",
    "PT": "Europe/Lisbon", "UA": "Europe/Kyiv", "UZ": "Asia/Tashkent", "CY": "Asia/Nicosia",
    "MY": "Asia/Kuala_Lumpur", "NZ": "Pacific/Auckland", "ID": "Asia/Jakarta", "KZ": "Asia/Almaty",
    "AR": "America/Argentina/Buenos_Aires", "CL": "America/Santiago", "EC": "America/Guayaquil",
    "MX": "America/Mexico_City", "BR": "America/Sao_Paulo", "MN": "Asia/Ulaanbaatar", "PS": "Asia/Hebron",
    "CD": "Africa/Kinshasa",
    # Australia's and Canada's national press publish in Sydney's and Toronto's time; a page of Perth
    # or Vancouver read so is hours off, but read as UTC it was ten or seven (the day wrong from the
    # afternoon in Australia); a zone of the country printed with the time wins (``country_offsets``).
    "AU": "Australia/Sydney", "CA": "America/Toronto",
}
# Domains that are not a country's in practice, and domains whose code is not the country's (the
# Soviet Union's .su, still Russia's: uCoz's free sites "moy.su", Russian outlets).
_GENERIC_CCTLDS = frozenset({"io", "co", "tv", "me", "fm", "ai", "ly", "to", "cc", "ws", "gg", "am", "ag",
                             "la", "nu", "tk", "vc", "sh", "ac", "eu", "st", "gl", "is", "im", "so"})
_CCTLD_COUNTRY = {"uk": "GB", "su": "RU"}
_SECOND_LEVEL = frozenset({"com", "net", "org", "gov", "gob", "edu", "co", "ac", "or", "ne", "go", "info"})
# Languages spoken as a first language in one country's zone (or zones of one offset).
_LANGUAGE_COUNTRY = {
    "ja": "JP", "ko": "KR", "vi": "VN", "th": "TH", "he": "IL", "iw": "IL", "tr": "TR", "az": "AZ",
    "uk": "UA", "pl": "PL", "cs": "CZ", "sk": "SK", "hu": "HU", "ro": "RO", "bg": "BG", "el": "GR",
    "fi": "FI", "sv": "SE", "da": "DK", "nb": "NO", "nn": "NO", "no": "NO", "lt": "LT", "lv": "LV",
    "et": "EE", "hr": "HR", "sl": "SI", "ka": "GE", "hy": "AM", "fa": "IR", "id": "ID", "ms": "MY",
    "it": "IT", "nl": "NL", "de": "DE", "is": "IS", "sq": "AL", "mk": "MK", "be": "BY", "uz": "UZ",
    "km": "KH", "lo": "LA", "my": "MM", "si": "LK", "ne": "NP", "mn": "MN", "hi": "IN", "mr": "IN",
    "gu": "IN", "te": "IN", "kn": "IN", "ml": "IN", "ta": "IN",
    # Spoken in several countries of one offset: Serbian and Bosnian (CET), Catalan, Basque and Galician
    # (Spain and Andorra), Chinese without its region (China, Taiwan, Hong Kong, Singapore: UTC+8),
    # Swahili (Kenya, Tanzania, Uganda: UTC+3).
    "sr": "RS", "bs": "BA", "cnr": "ME", "ca": "ES", "eu": "ES", "gl": "ES", "zh": "CN", "sw": "KE",
    "cy": "GB", "ga": "IE", "lb": "LU", "mt": "MT", "fil": "PH", "tl": "PH", "am": "ET", "ky": "KG",
    "tg": "TJ", "tk": "TM", "kk": "KZ",
}
_LANG = re.compile(r"^([a-z]{2,3})(?:[-_]([a-z]{2}))?\b", re.IGNORECASE)
# Facebook's locales whose second part names no country of the language: Arabic ("ar_AR", not
# Argentina), Latin American Spanish ("es_LA", not Laos), Kansai Japanese, upside-down and pirate
# English, Esperanto, Latin. Their og:locale tells no zone: the language alone does.
_NO_COUNTRY_LOCALES = frozenset({"ar_ar", "es_la", "ja_ks", "en_ud", "en_pi", "eo_eo", "la_va"})
# Where a page states its language and country besides <html lang>: og:locale ("en_IN"), and the
# Content-Language and language meta tags.
_LOCALE_META = frozenset({"og:locale", "content-language", "language", "dc.language"})
# The page's country in its geo.region meta tag: "IN", "IN-DL", "AE-DU" (ISO 3166-2).
_GEO_REGION = re.compile(r"^([a-z]{2})(?:-[a-z0-9]{1,3})?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _zone_tab() -> dict[str, list[str]]:
    """Country code -> its zones in the IANA zone.tab."""
    zones: dict[str, list[str]] = {}
    for line in files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            country, _, name = line.split("\t")[:3]
            zones.setdefault(country, []).append(name)
    return zones


@lru_cache(maxsize=1)
def _country_zones() -> dict[str, str]:
    """Country code -> its zone, for countries with one zone in zone.tab (and the table above)."""
    single = {country: names[0] for country, names in _zone_tab().items() if len(names) == 1}
    return single | _CAPITAL_ZONES


_CAPITAL_COUNTRY = {name: country for country, name in _CAPITAL_ZONES.items()}


def country_offsets(tz: tzinfo | None, day: datetime) -> frozenset[timedelta]:
    """The UTC offsets on ``day`` of all the zones of the country whose press zone ``tz`` is taken
    to be where that country has several (Indonesia's WIB, WITA, WIT for Jakarta's), else none."""
    country = _CAPITAL_COUNTRY.get(getattr(tz, "key", None) or "")
    if country is None:
        return frozenset()
    noon = day.replace(hour=12, minute=0, second=0, microsecond=0, tzinfo=None)
    return frozenset(offset for name in _zone_tab().get(country, ()) if (
        offset := ZoneInfo(name).utcoffset(noon)) is not None)


def country_zone(country: str | None) -> ZoneInfo | None:
    name = _country_zones().get((country or "").upper())
    return ZoneInfo(name) if name else None


def page_language(tree) -> str | None:
    """The page's language tag: ``<html lang>``, made more specific by a meta tag that states the
    same language with its country (``lang="en"`` and ``og:locale="en_IN"``; not Facebook's locales
    of no country, ``_NO_COUNTRY_LOCALES``), else by the country of its ``geo.region`` meta tag
    ("IN-DL", ISO 3166-2: ``lang="en"`` gives "en-IN"), else by the alternate link to its own
    address ("en-in"), else by its address's first path segment ("/ar-eg/"), else the meta tag's
    language. The JSON-LD article's ``inLanguage`` with its country ("ar-EG") comes before
    geo.region, its publisher's ``addressCountry`` last."""
    lang = (tree.get("lang") or tree.get("xml:lang") or "").strip()
    if (match := _LANG.match(lang)) and match[2]:
        return lang
    region = None
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("http-equiv") or "").strip().lower()
        if key == "geo.region":
            region = region or _GEO_REGION.match((meta.get("content") or "").strip())
            continue
        if key not in _LOCALE_META or not (stated := _LANG.match((meta.get("content") or "").strip())):
            continue
        if stated[2] and f"{stated[1]}_{stated[2]}".lower() not in _NO_COUNTRY_LOCALES and (
                not match or stated[1].lower() == match[1].lower()):
            return stated[0]
        lang = lang or stated[0]
    ld = article_ld(tree)
    stated = _LANG.match(ld.language or "")
    if stated and stated[2] and (not lang or _same_language(stated, lang)) \
            and f"{stated[1]}_{stated[2]}".lower() not in _NO_COUNTRY_LOCALES:
        return stated[0]  # the JSON-LD article's "inLanguage": "ar-EG"
    if region and (base := _LANG.match(lang)):
        return f"{base[1]}-{region[1].upper()}"
    if (own := _own_hreflang(tree)) is not None and (not match or own[1].lower() == match[1].lower()):
        return own[0]
    if (own := _path_locale(tree)) is not None and (not match or own[1].lower() == match[1].lower()):
        return f"{own[1]}-{own[2]}"
    if ld.publisher_country and (base := _LANG.match(lang or ld.language or "")):
        return f"{base[1]}-{ld.publisher_country}"  # the publisher's postal address: its country
    return lang or None


# A locale as its address's first path segment ("https://www.example.com/ar-eg/news/...", "/es_mx/"),
# as multi-edition sites and portals file each edition.
_PATH_LOCALE = re.compile(r"^/([a-z]{2})[-_]([a-z]{2})(?:/|$)", re.IGNORECASE)


def _path_locale(tree) -> re.Match[str] | None:
    """The language and country the first segment of the page's address names ("/ar-eg/"): its
    canonical link's, else its og:url's, else the address it was fetched from; or None."""
    address = next((link.get("href") for link in tree.iter("link")
                    if (link.get("rel") or "").lower() == "canonical" and link.get("href")), None)
    address = address or next((meta.get("content") for meta in tree.iter("meta")
                               if meta.get("property") == "og:url" and meta.get("content")), None)
    address = address or tree.getroottree().docinfo.URL or ""
    try:
        path = urlsplit(address).path
    except ValueError:
        return None
    found = _PATH_LOCALE.match(path)
    return found if found and f"{found[1]}_{found[2]}".lower() not in _NO_COUNTRY_LOCALES else None


def _same_language(stated: re.Match[str], lang: str) -> bool:
    return bool(base := _LANG.match(lang)) and base[1].lower() == stated[1].lower()


def _own_hreflang(tree) -> re.Match[str] | None:
    """The language tag with its country that the page's alternate links give the page itself (the
    one to its canonical address: ``<link rel="alternate" hreflang="en-in" href=...>``), or None."""
    links = [link for link in tree.iter("link") if link.get("href")]
    canonical = next((link.get("href") for link in links if (link.get("rel") or "").lower() == "canonical"),
                     "")
    if not canonical:
        return None
    for link in links:
        if link.get("href").rstrip("/") != canonical.rstrip("/") or "alternate" not in (
                link.get("rel") or "").lower().split():
            continue
        stated = _LANG.match(link.get("hreflang") or "")
        if stated and stated[2] and f"{stated[1]}_{stated[2]}".lower() not in _NO_COUNTRY_LOCALES:
            return stated
    return None


# A note of the page's zone for all its times ("All times AEDT (GMT +11:00)", "All times are ET", "All
# times shown in GMT"): a zone abbreviation of one offset (``clocks.ZONE_OFFSETS``) or of the US press.
_ALL_TIMES = re.compile(r"\b[Aa]ll\s+times\s+(?:are\s+|shown\s+|listed\s+|given\s+)?(?:in\s+)?"
                        r"\(?([A-Z]{2,5})\b")


def noted_zone(tree, day: datetime) -> tzinfo | None:
    """The zone a short note of the page gives all its times in ("All times are ET"), or None."""
    for text in tree.itertext():
        if "ll times" not in text or len(text) > 160 or not (note := _ALL_TIMES.search(text)):
            continue
        if note[1] in ZONE_NAMES:
            return ZoneInfo(ZONE_NAMES[note[1]])
        if note[1] in ZONE_OFFSETS:
            return timezone(timedelta(seconds=ZONE_OFFSETS[note[1]]))
    return None


def page_zone(url: str | None, lang: str | None) -> ZoneInfo | None:
    """The zone of the page's country, by its domain, else its language (see above), or None."""
    try:
        host = (urlsplit(url).hostname or "") if url else ""
    except ValueError:  # a malformed URL ("http://[x/"): no domain to go by
        host = ""
    labels = host.lower().rsplit(".", 2)
    label = labels[-1] if len(labels) > 1 else ""
    # A generic-looking code under a registry's second level is the country's ("example.com.co").
    registry = len(labels) == 3 and labels[1] in _SECOND_LEVEL
    if len(label) == 2 and (label not in _GENERIC_CCTLDS or registry):
        return country_zone(_CCTLD_COUNTRY.get(label, label))
    match = _LANG.match((lang or "").strip())
    if not match:
        return None
    language, region = match[1].lower(), match[2]
    if region and f"{language}_{region.lower()}" in _NO_COUNTRY_LOCALES:
        region = None
    return country_zone(region) if region else country_zone(_LANGUAGE_COUNTRY.get(language))
