"""Times of day as pages write them, and the zones written with them.

One reading of a clock time for every date module: 24 hours or 12 with the half of the day written
after it ("2:30 pm") or before it ("下午2:30", "오후 2:30"), "14.46 Uhr" and "kl. 14.46", and the
zone written after it where that names one offset ("CEST", "GMT+8", "(UTC+05:30)", Russian "МСК") or
is a zone of the United States' press ("ET", its summer time kept), or a zone named in words
("Eastern Time", "horário de Brasília", "время московское"), or Moscow's time with an offset ("МСК+2").
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from cleaner.date.calendars import ASCII_DIGITS

# Zone abbreviations that name one offset where news sites use them (IST, CST and the like name
# several and are left out: such a time is read like a naive one).
ZONE_OFFSETS = {name: int(hours * 3600) for name, hours in {
    "UTC": 0, "GMT": 0, "Z": 0, "UT": 0, "WET": 0, "BST": 1, "WEST": 1, "CET": 1, "CEST": 2, "MEZ": 1,
    "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3, "EST": -5, "EDT": -4, "CDT": -5, "MST": -7, "MDT": -6,
    "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8,
    "AEST": 10, "AEDT": 11, "AWST": 8, "NZST": 12, "NZDT": 13, "WIB": 7, "ICT": 7, "PKT": 5, "AZT": 4,
    # Indonesia's central and eastern zones, the Philippines, Malaysia, East, Central, West and South
    # Africa, Turkey, Brazil, Argentina, Colombia, Peru.
    "WITA": 8, "WIT": 9, "PHT": 8, "MYT": 8, "EAT": 3, "CAT": 2, "WAT": 1, "SAST": 2, "TRT": 3,
    "BRT": -3, "ART": -3, "COT": -5, "PET": -5,
    # Zones of a half or three quarters of an hour: central Australia, Nepal, Sri Lanka, Iran (its
    # summer time until 2022), Afghanistan, Myanmar, Newfoundland; the Atlantic's summer time; Chile,
    # Uruguay, Venezuela, Bolivia; German names of western and eastern European time.
    "ACST": 9.5, "ACDT": 10.5, "NPT": 5.75, "SLST": 5.5, "IRST": 3.5, "IRDT": 4.5, "AFT": 4.5,
    "MMT": 6.5, "NST": -3.5, "NDT": -2.5, "ADT": -3, "CLT": -4, "CLST": -3, "UYT": -3, "VET": -4,
    "BOT": -4, "WEZ": 0, "WESZ": 1, "OEZ": 2, "OESZ": 3,
    # Moscow time as Russian pages write it ("14:46 МСК", "14:46 (мск)").
    "МСК": 3, "мск": 3, "Мск": 3,
    # Canada's zones as French pages write them: heure avancée/normale de l'Est, du Centre, des
    # Rocheuses, du Pacifique, de l'Atlantique, de Terre-Neuve ("21 h 40 HAE").
    "HAE": -4, "HNE": -5, "HAC": -5, "HNC": -6, "HAR": -6, "HNR": -7, "HAP": -7, "HNP": -8, "HAA": -3,
    "HNA": -4, "HNT": -3.5,
    # Turkish pages' "Türkiye saati ile" ("14:46 TSİ", "(TSI)"): Turkey's time.
    "TSİ": 3, "TSI": 3,
}.items()}
# Moscow's time with an offset from it, as Russian pages write the time of other regions ("МСК+2").
_MOSCOW = frozenset({"МСК", "мск", "Мск", "MSK"})
# Zones written in words after a time where they name one zone: the United States' ("10:40 p.m.
# Eastern Time", "9:40 PM Pacific Daylight Time"); a city's or country's time in Portuguese, Spanish
# and French ("22h40 (horário de Brasília)", "23:40 (hora de Lisboa)", "23:40 h (hora peninsular)",
# "(hora de Argentina)", "(hora chilena)", "23h40 (heure de Paris)", "heure de l'Est" in Canada);
# Mexico's central time ("21:40 hrs (hora del Centro de México)", "tiempo del centro"; not "hora del
# Centro" alone, also the United States' Central in Spanish); in Russian and Ukrainian ("01:40 (время
# московское)", "по киевскому времени", "(время Астаны)", "за київським часом"), and Russia's regional
# zones: an adjective's stem ("08:15 (время пермское)", "по новосибирскому времени", "Омское время") and
# a city as "по ..." writes it ("08:15 (по Новосибирску)"; also read in a note of the page's zone,
# ``written_zones.regional_note``).
REGIONAL_STEMS = {
    "московск": "Europe/Moscow", "калининградск": "Europe/Kaliningrad", "самарск": "Europe/Samara",
    "ижевск": "Europe/Samara", "удмуртск": "Europe/Samara", "ульяновск": "Europe/Ulyanovsk",
    "саратовск": "Europe/Saratov", "астраханск": "Europe/Astrakhan", "пермск": "Asia/Yekaterinburg",
    "екатеринбургск": "Asia/Yekaterinburg", "уральск": "Asia/Yekaterinburg", "уфимск": "Asia/Yekaterinburg",
    "челябинск": "Asia/Yekaterinburg", "тюменск": "Asia/Yekaterinburg", "курганск": "Asia/Yekaterinburg",
    "оренбургск": "Asia/Yekaterinburg", "омск": "Asia/Omsk", "новосибирск": "Asia/Novosibirsk",
    "томск": "Asia/Tomsk", "барнаульск": "Asia/Barnaul", "алтайск": "Asia/Barnaul",
    "кемеровск": "Asia/Novokuznetsk", "кузбасск": "Asia/Novokuznetsk", "новокузнецк": "Asia/Novokuznetsk",
    "красноярск": "Asia/Krasnoyarsk", "иркутск": "Asia/Irkutsk", "читинск": "Asia/Chita",
    "забайкальск": "Asia/Chita", "якутск": "Asia/Yakutsk", "амурск": "Asia/Yakutsk",
    "благовещенск": "Asia/Yakutsk", "хабаровск": "Asia/Vladivostok", "владивостокск": "Asia/Vladivostok",
    "приморск": "Asia/Vladivostok", "сахалинск": "Asia/Sakhalin", "магаданск": "Asia/Magadan",
    "камчатск": "Asia/Kamchatka",
}
REGIONAL_CITIES = {
    "москве": "Europe/Moscow", "калининграду": "Europe/Kaliningrad", "самаре": "Europe/Samara",
    "ижевску": "Europe/Samara", "ульяновску": "Europe/Ulyanovsk", "саратову": "Europe/Saratov",
    "астрахани": "Europe/Astrakhan", "перми": "Asia/Yekaterinburg", "екатеринбургу": "Asia/Yekaterinburg",
    "уфе": "Asia/Yekaterinburg", "челябинску": "Asia/Yekaterinburg", "тюмени": "Asia/Yekaterinburg",
    "кургану": "Asia/Yekaterinburg", "оренбургу": "Asia/Yekaterinburg", "омску": "Asia/Omsk",
    "новосибирску": "Asia/Novosibirsk", "томску": "Asia/Tomsk", "барнаулу": "Asia/Barnaul",
    "кемерово": "Asia/Novokuznetsk", "новокузнецку": "Asia/Novokuznetsk", "красноярску": "Asia/Krasnoyarsk",
    "иркутску": "Asia/Irkutsk", "чите": "Asia/Chita", "якутску": "Asia/Yakutsk",
    "благовещенску": "Asia/Yakutsk", "хабаровску": "Asia/Vladivostok", "владивостоку": "Asia/Vladivostok",
    "южно-сахалинску": "Asia/Sakhalin", "магадану": "Asia/Magadan",
}
_RU_STEMS = "|".join(sorted(REGIONAL_STEMS, key=len, reverse=True))
_RU_CITIES = "|".join(sorted(REGIONAL_CITIES, key=len, reverse=True))
# A capital's time in English after the clock, as agencies' English editions write it ("14:05 Moscow
# time", "10:00 Beijing Time", "(Tehran time)").
_CAPITAL_TIMES = {
    "Moscow": "Europe/Moscow", "Beijing": "Asia/Shanghai", "Baku": "Asia/Baku", "Tehran": "Asia/Tehran",
    "Minsk": "Europe/Minsk", "Astana": "Asia/Almaty", "Tashkent": "Asia/Tashkent",
    "Hanoi": "Asia/Ho_Chi_Minh", "Jakarta": "Asia/Jakarta", "Islamabad": "Asia/Karachi",
    "Kyiv": "Europe/Kyiv", "Ankara": "Europe/Istanbul", "Damascus": "Asia/Damascus",
    "Abu Dhabi": "Asia/Dubai", "Riyadh": "Asia/Riyadh", "Cairo": "Africa/Cairo",
}
_CAPITALS = "|".join(name.replace(" ", r"\s+") for name in _CAPITAL_TIMES)
_WORD_ZONES = tuple((re.compile(word, re.IGNORECASE), name) for word, name in (
    *((rf"{city.replace(' ', chr(92) + 's+')}\s+time", name) for city, name in _CAPITAL_TIMES.items()),
    (r"eastern", "America/New_York"), (r"central\s", "America/Chicago"), (r"mountain", "America/Denver"),
    (r"pacific", "America/Los_Angeles"), (r"bras[ií]lia", "America/Sao_Paulo"),
    (r"centro", "America/Mexico_City"), (r"lisboa|portugal", "Europe/Lisbon"),
    (r"peninsular|madrid", "Europe/Madrid"), (r"canaria", "Atlantic/Canary"),
    (r"argentin|buenos", "America/Argentina/Buenos_Aires"), (r"chil|santiago", "America/Santiago"),
    (r"colombi|bogot", "America/Bogota"), (r"venezol|caracas", "America/Caracas"),
    (r"per[uú]|lima", "America/Lima"), (r"paris", "Europe/Paris"),
    (r"montr[ée]al|l['’]est", "America/Toronto"),
    (r"москов|москв", "Europe/Moscow"), (r"киев|київ", "Europe/Kyiv"), (r"минск", "Europe/Minsk"),
    (r"астан", "Asia/Almaty"),
    *((rf"(?<!\w){stem}", name) for stem, name in REGIONAL_STEMS.items()),
    *((rf"(?<!\w){city}(?!\w)", name) for city, name in REGIONAL_CITIES.items()),
))
_WORD_ZONE = (r"(?P<named>(?:U\.S\.\s+)?(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?"
              rf"\s+Time\b|(?:{_CAPITALS})\s+[Tt]ime\b|(?:horário|hora)\s+(?:oficial\s+)?de\s+(?:Brasília|Lisboa|Portugal\s+continental|"
              r"Madrid|Argentina|Buenos\s+Aires|Chile|Santiago|Colombia|Bogotá|Venezuela|Caracas|Perú|Lima)"
              r"(?!\w)|hora\s+(?:peninsular|canaria|argentina|chilena|colombiana|venezolana|peruana)(?!\w)|"
              r"hora\s+del\s+[Cc]entro\s+de\s+México|[Tt]iempo\s+del\s+[Cc]entro(?:\s+de\s+México)?(?!\w)|"
              r"heure\s+(?:de\s+Paris|de\s+Montréal|(?:avancée\s+|normale\s+)?de\s+l['’]Est)(?!\w)|"
              r"(?:по\s+)?(?:московскому|киевскому|минскому|астанинскому)\s+времени|"
              r"время\s+(?:московское|киевское|минское|астанинское)|(?:по\s+)?врем(?:ени|я)\s+(?:Москвы|Киева|Минска|Астаны)"
              r"|(?:за\s+)?київським\s+часом|"
              rf"(?i:(?:по\s+)?(?:{_RU_STEMS})ому\s+времени|время\s+(?:{_RU_STEMS})ое|(?:{_RU_STEMS})ое\s+время"
              rf"|по\s+(?:{_RU_CITIES}))(?!\w))")


@lru_cache(maxsize=64)


def zone(name: str | None) -> tzinfo | None:
    """An IANA time zone by name ("Europe/Berlin"), or None for an empty or unknown name."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return None


# Arabic pages write the zone as a city's time after the clock ("23:46 (بتوقيت مكة المكرمة)", Al
# Jazeera's "(مكة المكرمة)", "بتوقيت القاهرة", "بتوقيت غرينتش"): the city's or country's zone.
_ARABIC_CITIES = {
    "مكة": "Asia/Riyadh", "الرياض": "Asia/Riyadh", "السعودية": "Asia/Riyadh", "القاهرة": "Africa/Cairo",
    "مصر": "Africa/Cairo", "غرينتش": "UTC", "غرينيتش": "UTC", "جرينتش": "UTC", "القدس": "Asia/Hebron",
    "الدوحة": "Asia/Qatar", "قطر": "Asia/Qatar", "أبوظبي": "Asia/Dubai", "أبو ظبي": "Asia/Dubai",
    "دبي": "Asia/Dubai", "الإمارات": "Asia/Dubai", "بيروت": "Asia/Beirut", "لبنان": "Asia/Beirut",
    "دمشق": "Asia/Damascus", "سوريا": "Asia/Damascus", "بغداد": "Asia/Baghdad", "العراق": "Asia/Baghdad",
    "الكويت": "Asia/Kuwait", "الخرطوم": "Africa/Khartoum", "الرباط": "Africa/Casablanca",
    "المغرب": "Africa/Casablanca", "تونس": "Africa/Tunis", "الجزائر": "Africa/Algiers",
}
# Persian pages write it "به وقت تهران" ("at Tehran's time"), Afghan ones "به وقت کابل".
_PERSIAN_CITIES = {"تهران": "Asia/Tehran", "ایران": "Asia/Tehran", "کابل": "Asia/Kabul",
                   "افغانستان": "Asia/Kabul"}
_ARABIC_CITY_PATTERNS = sorted((name.replace(" ", "\\s*") for name in _ARABIC_CITIES), key=len, reverse=True)


# A time of day, with its am/pm where written.
# Chinese, Japanese and Korean write the half of the day before the time ("下午3:30", "午後3時30分").
# A dot parts hour and minute where "Uhr" follows ("14.46 Uhr") or "kl."/"klo" leads ("kl. 14.46").
# The half of the day after it: "pm", "p.m.", Spanish "p. m.", Greek "μ.μ." (afternoon) and "π.μ.",
# Arabic "م"/"مساءً" (evening) and "ص"/"صباحاً", Bengali "পিএম"/"এএম" and "অপরাহ্ণ" (afternoon),
# Hindi "अपराह्न" (afternoon) and "पूर्वाह्न", Urdu "شام" (evening), "دوپہر", "سہ پہر" (afternoon) and
# "صبح" (morning), Persian "ب.ظ" (afternoon) and "ق.ظ". Digits of other
# scripts are read as ASCII ones ("০২:৪৬ পিএম", "٠٢:٤٦ م": ``clock_time``).
# A dot parts hour and minute after Slovenian "ob" and Indonesian "pukul" too ("ob 14.46", "pukul
# 14.46"), and before a half of the day or a zone's name ("11.46pm", "23.46 BST", the British way).
_ZONE_WORDS = sorted((name for name in ZONE_OFFSETS if len(name) > 2), key=len, reverse=True)
_DOT_BEFORE = "Uhr|[aApP]\\.?\\s?[mM]|" + "|".join(_ZONE_WORDS)
CLOCK_TIME = re.compile(r"(?:(上午|下午|午前|午後|오전|오후)\s*)?(?P<kl>\b(?:[kK]lo?\.?|ob|[pP]ukul)\s*)?"
                        r"(?<![\d:])([01]?\d|2[0-3])\s*(?:[:h]|時|时|시|点|(?(kl)\.|(?!))|"
                        rf"\.(?=[0-5]\d\s*(?:{_DOT_BEFORE})\b))\s*"
                        r"([0-5]\d)(?::([0-5]\d))?(?![\d:])"
                        r"(?:\s*([aApP]\.?\s?[mM]\b\.?|[πμ]\.\s?μ\.|مساء\w*|صباح\w*|[مص](?!\w)|"
                        r"شام|دوپہر|سہ\s?پہر|صبح|(?-i:PTG|PG)(?!\w)|petang|pagi|"
                        r"পিএম|এএম|অপরাহ্ণ|পূর্বাহ্ণ|अपराह्न|पूर्वाह्न|[بق]\.\s?ظ\.?))?"
                        r"(?:\s*(?:Uhr|hrs?|hs|horas|h)(?!\w)\.?)?"
                        r"(?:\s*\(?(?:(TSİ|[A-Z]{2,5}|МСК|[Мм]ск)(?:\s*([+-])(\d{1,2})(?::?([0-5]\d))?)?\b"
                        rf"|(?P<city>(?:ب?توقيت\s*)?مكة\s*المكرمة|ب?توقيت\s*(?:{'|'.join(_ARABIC_CITY_PATTERNS)})"
                        rf"|به\s*وقت\s*(?:{'|'.join(_PERSIAN_CITIES)}))"
                        rf"|{_WORD_ZONE}))?")
# Zone names of the United States' press that name a zone, not one offset ("2:46 p.m. ET").
# Canada's press adds Newfoundland's ("10:40 p.m. NT"; not Atlantic's "AT", a word in capitals).
ZONE_NAMES = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
              "PT": "America/Los_Angeles", "NT": "America/St_Johns"}
# Malay's morning opens with a "p" as the afternoon's "pm" and Malay "PTG"/"petang" do ("9:30 PG").
_MORNING_P = frozenset({"PG", "pagi"})
_AFTERNOON = frozenset({"p", "P", "下午", "午後", "오후", "μ", "م", "পিএম", "অপরাহ্ণ", "अपराह्न", "ب", "شام",
                        "دوپہر", "سہ"})


# Swahili time counts the hours from 6 in the morning and the evening ("saa 3 asubuhi" is 09:00, "saa 2
# usiku" 20:00, "saa 8 usiku" 02:00), with the part of the day after it; without it, the hour is not told.
_SWAHILI_CLOCK = re.compile(r"\b[sS]aa\s+(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s+"
                            r"(asubuhi|alfajiri|mchana|jioni|usiku)\b")


def _swahili_hour(hour: int, part: str) -> int:
    """The 24-hour clock's hour of a Swahili one (1-12) in its part of the day."""
    western = (hour + 6) % 12  # saa 1 is 7 o'clock
    if part in ("asubuhi", "alfajiri"):  # morning, dawn: saa 6 asubuhi is noon
        return western or 12
    if part == "jioni":  # evening: saa 10 jioni is 16:00, saa 1 jioni 19:00
        return western + 12
    if part == "mchana":  # daytime: saa 4 mchana is 10:00, saa 7 mchana 13:00
        return western + 12 if western < 6 else western
    return western + 12 if western >= 6 else western  # night: saa 4 usiku 22:00, saa 8 usiku 02:00


def clock_time(text: str, day: datetime) -> tuple[int, int, int, int | None] | None:
    """(hour, minute, second, UTC offset in seconds of a zone written after it, if one) of the first
    time of day in ``text``, in 24 hours with its half of the day where written ("2:30 pm",
    "下午2:30", "오후 2:30"; Swahili "saa 3 asubuhi"), or None. ``day`` tells a named zone's offset
    ("ET" in summer or winter)."""
    clock = CLOCK_TIME.search(text := text.translate(ASCII_DIGITS))
    if "aa " in text and (swahili := _SWAHILI_CLOCK.search(text)) is not None and (
            clock is None or clock.start() >= swahili.start()):
        return _swahili_hour(int(swahili[1]), swahili[3]), int(swahili[2] or 0), 0, None
    if clock is None:
        return None
    hour = int(clock[3])
    # A half of the day after a 24-hour time is another word ("14:46 Am Montag"): the time as written.
    if (half := clock[1] or clock[6]) and hour <= 12:
        afternoon = (half in _AFTERNOON or half[0] in _AFTERNOON or half[:2] in _AFTERNOON or half.startswith(
            "مساء")) and half not in _MORNING_P
        hour = hour % 12 + (12 if afternoon else 0)
    return hour, int(clock[4]), int(clock[5] or 0), written_offset(clock, day)


# A time with a dot and no word beside it ("12.4.2024 14.46", the Finnish, Nordic, German and
# Indonesian way), read only right after a day (its separator, "um"/"at"/"jam" allowed): elsewhere
# "14.46" may be any number. Not a day ("14.05." in "12.04.2024 – 14.05."), a decimal's start
# ("14.46.2"), nor a price.
_DOTTED_AFTER_DAY = re.compile(r"^[\s,|·•–—-]*(?:(?:um|at|à|jam|alle|ore)\s+)?([01]?\d|2[0-3])\.([0-5]\d)"
                               r"(?![\d.]|\s*(?:%|€|\$|£|kr\b|zł|Kč|Ft|lei|Rp))")
DOTTED_ALONE = re.compile(r"([01]?\d|2[0-3])\.([0-5]\d)")


def clock_after_day(text: str, day: datetime) -> tuple[int, int, int, int | None] | None:
    """``clock_time`` of ``text``, the stretch of a line right after a day; else the bare dotted time
    that opens it ("12.4.2024 14.46": " 14.46"), without a zone."""
    if (clock := clock_time(text, day)) is not None:
        return clock
    if (dotted := _DOTTED_AFTER_DAY.match(text.translate(ASCII_DIGITS))) is not None:
        return int(dotted[1]), int(dotted[2]), 0, None
    return None


def written_offset(clock: re.Match[str], day: datetime) -> int | None:
    """The UTC offset in seconds of the zone written after a time ("EST", "GMT+8", "(UTC+05:30)",
    "ET" on ``day``), or None where none is written or the name is ambiguous ("IST")."""
    if clock["city"]:
        named = city_zone(clock["city"])
        offset = named.utcoffset(day.replace(hour=12)) if named is not None else None
        return int(offset.total_seconds()) if offset is not None else None
    if clock["named"]:
        named = word_zone(clock["named"])
        offset = named.utcoffset(day.replace(hour=12)) if named is not None else None
        return int(offset.total_seconds()) if offset is not None else None
    name = clock[7] or ""
    if clock[8]:  # an offset after the name: only GMT's, UTC's and Moscow's ("МСК+2") is one
        seconds = int(clock[9]) * 3600 + int(clock[10] or 0) * 60
        seconds = seconds if clock[8] == "+" else -seconds
        if name in _MOSCOW:
            return ZONE_OFFSETS["МСК"] + seconds
        return seconds if name in ("GMT", "UTC") else None
    if name in ZONE_NAMES and (named := zone(ZONE_NAMES[name])) is not None:
        offset = named.utcoffset(day.replace(hour=12))
        return int(offset.total_seconds()) if offset is not None else None
    return ZONE_OFFSETS.get(name)


def city_zone(written: str) -> tzinfo | None:
    """The zone of an Arabic or Persian city's time written after a clock ("بتوقيت مكة المكرمة", "به وقت
    تهران"), or None."""
    bare = "".join(written.split())
    return next((zone(name) for city, name in (*_ARABIC_CITIES.items(), *_PERSIAN_CITIES.items())
                 if "".join(city.split()) in bare), None)


def word_zone(written: str) -> tzinfo | None:
    """The zone of a zone's name written in words after a clock ("Eastern Time", "horário de
    Brasília", "hora del Centro", "по московскому времени"), or None."""
    return next((zone(name) for word, name in _WORD_ZONES if word.search(written)), None)
