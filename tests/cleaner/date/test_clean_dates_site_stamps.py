"""Publication days that htmldate's fallback took from something else than the article (issue 14): a
byline printed only in the Lunar Hijri calendar, the footer's copyright year, the dates of the site's
JSON-LD objects (WebSite, Organization, BreadcrumbList, ItemList), a sitemap's list of days, the print
edition's day under labels not read before, and the update's time taken for the publication where a
line writes the update first."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from cleaner.date.hijri import hijri_to_gregorian
from cleaner.extract import extract

RIYADH, TEHRAN = timezone(timedelta(hours=3)), timezone(timedelta(hours=3, minutes=30))
MOSCOW, HANOI, CET = timezone(timedelta(hours=3)), timezone(timedelta(hours=7)), timezone(timedelta(hours=1))
BODIES = {
    "ar": "وافق المجلس البلدي يوم الثلاثاء على الميزانية الجديدة بعد نقاش طويل حول المدارس والطرق. ",
    "fa": "شورای شهر روز سه‌شنبه پس از بحثی طولانی درباره مدارس و جاده‌ها بودجه جدید را تصویب کرد. ",
    "ru": "Городской совет во вторник утвердил новый бюджет после долгих споров о школах и дорогах. ",
    "de": "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt für Schulen beschlossen. ",
    "en": "The council approved the new budget on Tuesday after a long debate about schools and roads. ",
    "es": "El ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate sobre escuelas. ",
    "nl": "De gemeenteraad heeft dinsdag na een lang debat de nieuwe begroting voor scholen goedgekeurd. ",
    "vi": "Hội đồng thành phố hôm thứ Ba đã thông qua ngân sách mới sau cuộc tranh luận dài về trường học. ",
    "pl": "Rada miasta przyjęła we wtorek nowy budżet po długiej debacie o szkołach i drogach. ",
}


def _published(lang: str, url: str, line: str, ld: list | None = None, top: str = "",
               footer: str = "© 2026 Daily News") -> datetime | None:
    blocks = "".join(f'<script type="application/ld+json">{json.dumps(obj)}</script>' for obj in ld or [])
    body = f"<p>{BODIES[lang] * 3}</p>" * 4
    page = (f'<html lang="{lang}"><head><title>Budget | Daily</title>{blocks}</head><body>'
            f'<header><a href="/">Daily</a></header>{top}<main><article><h1>Council approves the new budget'
            f'</h1><div class="meta">{line}</div>{body}</article></main><footer>{footer}</footer>'
            "</body></html>")
    return extract(page, url=url).published_at


# Umm al-Qura's first days of months, as Saudi Arabia's calendar gives them; the last three are days
# a month's start computed from the moon over Mecca put a day late (the calendar's rule is a committee's).
@pytest.mark.parametrize(("year", "month", "first"), [
    (1444, 9, date(2023, 3, 23)), (1444, 12, date(2023, 6, 19)), (1445, 1, date(2023, 7, 19)),
    (1445, 9, date(2024, 3, 11)), (1445, 10, date(2024, 4, 10)), (1446, 1, date(2024, 7, 7)),
    (1446, 3, date(2024, 9, 4)), (1446, 9, date(2025, 3, 1)), (1446, 10, date(2025, 3, 30)),
    (1447, 1, date(2025, 6, 26)), (1447, 9, date(2026, 2, 18)), (1448, 1, date(2026, 6, 16)),
    (1421, 3, date(2000, 6, 3)), (1422, 8, date(2001, 10, 17)), (1424, 11, date(2003, 12, 24)),
])
def test_lunar_hijri_months_start_on_umm_al_quras_days(year: int, month: int, first: date) -> None:
    assert hijri_to_gregorian(year, month, 1) == first


def test_no_thirtieth_day_in_a_month_of_twenty_nine() -> None:
    assert hijri_to_gregorian(1445, 8, 30) is None  # Sha'ban 1445 had 29 days
    assert hijri_to_gregorian(1445, 9, 30) == date(2024, 4, 9)  # Ramadan 1445 had 30


@pytest.mark.parametrize(("line", "day"), [
    ("١٤ جمادى الأولى ١٤٤٨ هـ", date(2026, 10, 25)),
    ("الاثنين 1 رمضان 1445 هـ", date(2024, 3, 11)),
    ("٣ شوال ١٤٤٦هـ", date(2025, 4, 1)),
    ("نشر في: 12 ذي الحجة 1444هـ", date(2023, 6, 30)),
    ("5 ربيع الأول 1446 هـ", date(2024, 9, 8)),
])
def test_a_byline_printing_only_a_lunar_hijri_day(line: str, day: date) -> None:
    published = _published("ar", "https://www.example.sa/news/4512", f"<span class='date'>{line}</span>")
    assert published == datetime.combine(day, datetime.min.time()).replace(hour=12, tzinfo=RIYADH)


def test_a_persian_page_printing_a_lunar_hijri_day() -> None:
    published = _published("fa", "https://www.example.ir/fa/news/88", "۱۴ جمادی‌الاول ۱۴۴۸")
    assert published == datetime(2026, 10, 25, 12, tzinfo=TEHRAN)


def test_solar_hijri_day_stays_as_it_was() -> None:  # guard: calendars.py's reading
    published = _published("fa", "https://www.example.ir/fa/news/89", "پنجشنبه ۱۲ آذر ۱۴۰۵ - ۱۴:۳۰")
    assert published == datetime(2026, 12, 3, 14, 30, tzinfo=TEHRAN)


def test_a_gregorian_day_beside_the_hijri_one_stays() -> None:  # guard
    published = _published("ar", "https://www.example.sa/news/4513",
                           "الثلاثاء 3 شعبان 1445 هـ - 13 فبراير 2024")
    assert published == datetime(2024, 2, 13, 12, tzinfo=RIYADH)


@pytest.mark.parametrize(("lang", "url", "line", "expected"), [
    ("ru", "https://www.example.ru/news/1", "Опубликовано: 12 апреля 2024, 14:46 Обновлено: 14 апреля 2024",
     datetime(2024, 4, 12, 14, 46, tzinfo=MOSCOW)),
    ("es", "https://www.example.es/news/1", "Publicado el 12 abr 2024 - 14:46",
     datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=2)))),
])
def test_a_day_before_the_footers_copyright_year(lang: str, url: str, line: str, expected: datetime) -> None:
    assert _published(lang, url, line) == expected


def test_a_copyright_year_alone_is_no_day() -> None:  # guard
    assert _published("en", "https://www.example.com/news/budget", "By Jane Doe") is None


SITE_OBJECTS = [
    {"@context": "https://schema.org", "@type": "WebSite", "name": "Daily", "url": "https://www.example.de/",
     "datePublished": "2019-05-01T08:00:00+00:00"},
    {"@context": "https://schema.org", "@type": "Organization", "name": "Daily",
     "dateCreated": "2015-03-02T00:00:00Z", "foundingDate": "1998-01-01"},
    {"@context": "https://schema.org", "@type": "BreadcrumbList", "dateModified": "2026-11-29T06:00:00Z",
     "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": "https://x/"}]},
    {"@context": "https://schema.org", "@type": "ItemList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "item": {"@type": "NewsArticle", "url": "https://x/o1",
                                                      "datePublished": "2026-11-28T09:00:00+01:00"}}]},
    {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": "https://x/#webpage", "name": "Haushalt"},
        {"@type": "WebSite", "@id": "https://x/#website", "datePublished": "2020-01-10T00:00:00+00:00"}]},
]


@pytest.mark.parametrize("obj", SITE_OBJECTS,
                         ids=["website", "organization", "breadcrumbs", "itemlist", "graph"])
def test_dates_of_the_sites_json_ld_objects_are_not_the_articles(obj: dict) -> None:
    published = _published("de", "https://www.example.de/lokal/haushalt",
                           "Veröffentlicht am 12.03.2024 um 14:46 Uhr", ld=[obj])
    assert published == datetime(2024, 3, 12, 14, 46, tzinfo=CET)


def test_a_web_pages_date_stays_the_articles() -> None:  # guard: Yoast's WebPage states the post's
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "datePublished": "2024-03-12T14:46:00+01:00"},
        {"@type": "WebSite", "name": "Daily"}]}
    published = _published("de", "https://www.example.de/lokal/haushalt", "Von Anna Schmidt", ld=[graph])
    assert published == datetime(2024, 3, 12, 14, 46, tzinfo=CET)


def test_a_sitemaps_list_of_days_before_the_article() -> None:
    items = "".join(f'<li><a href="/n/{k}">Story {k}</a> <time datetime="2026-11-2{k}T08:00:00+01:00">'
                    f"2026-11-2{k}</time></li>" for k in range(5, 9))
    published = _published("es", "https://www.example.es/local/presupuesto",
                           "Publicado el 12 de marzo de 2024, 14:46",
                           top=f'<div class="sitemap"><ul>{items}</ul></div>')
    assert published == datetime(2024, 3, 12, 14, 46, tzinfo=CET)


@pytest.mark.parametrize(("lang", "url", "line"), [
    ("en", "https://www.example.co.uk/news/p1",
     "From the printed edition of 3 March 2024 · Published online 2 March 2024 at 18:05"),
    ("de", "https://www.example.de/p4",
     "Ausgabe vom 03.03.2024 · Online veröffentlicht am 02.03.2024, 18:05 Uhr"),
    ("de", "https://www.example.de/p5", "02.03.2024, 18:05 Uhr · aus der Ausgabe vom 03.03.2024"),
    ("nl", "https://www.example.nl/p13",
     "Verschenen in de krant van 3 maart 2024 · Gepubliceerd 2 maart 2024 18:05"),
])
def test_the_online_time_wins_over_the_print_editions_day(lang: str, url: str, line: str) -> None:
    expected = datetime(2024, 3, 2, 18, 5, tzinfo=UTC if lang == "en" else CET)
    assert _published(lang, url, line) == expected


def test_a_german_online_day_alone_stays() -> None:  # guard
    published = _published("de", "https://www.example.de/p6", "Veröffentlicht am 03.03.2024, 18:05 Uhr")
    assert published == datetime(2024, 3, 3, 18, 5, tzinfo=CET)


def test_the_publications_time_after_its_label_where_the_update_comes_first() -> None:
    published = _published("vi", "https://www.example.vn/news/upd",
                           "Cập nhật: 09:12 14/04/2024 Đăng: 14:46 12/04/2024")
    assert published == datetime(2024, 4, 12, 14, 46, tzinfo=HANOI)


def test_an_updates_time_is_not_the_publications_without_its_label() -> None:  # guard
    published = _published("vi", "https://www.example.vn/news/upd2",
                           "Cập nhật: 09:12 14/04/2024 · 12/04/2024", footer="")
    assert published == datetime(2024, 4, 12, 12, tzinfo=HANOI)


def test_a_persian_day_in_both_calendars_keeps_its_zone() -> None:
    # Both days rewritten as ISO days beside each other were read as 20:24 at UTC-12.
    published = _published("fa", "https://www.example.ir/fa/news/90", "۲۴ فروردین ۱۴۰۳ - ۳ شوال ۱۴۴۵")
    assert published == datetime(2024, 4, 12, 12, tzinfo=TEHRAN)


def test_a_polish_update_labelled_in_the_genitive() -> None:
    published = _published("pl", "https://www.example.pl/news/7",
                           "Data aktualizacji: 14.04.2024 09:12 Data publikacji: 12.04.2024 14:46")
    assert published == datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=2)))


@pytest.mark.parametrize(("lang", "url", "expected"), [
    ("en", "https://www.example.com/news/range", datetime(2024, 4, 12, 12, tzinfo=UTC)),
    ("de", "https://www.example.de/news/range",
     datetime(2024, 4, 12, 12, tzinfo=timezone(timedelta(hours=2)))),
])
def test_a_range_of_iso_days_is_no_time_at_a_shifted_offset(lang: str, url: str, expected: datetime) -> None:
    # htmldate read "2024-04-12 - 2024-04-14" as 2024-04-12T20:24:00-14:00.
    assert _published(lang, url, "2024-04-12 - 2024-04-14", footer="") == expected


def test_a_day_with_its_written_offset_stays() -> None:  # guard
    published = _published("en", "https://www.example.com/news/at", "2024-04-12 14:46 -0500", footer="")
    assert published == datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=-5)))


def test_site_dates_leave_htmldates_copy_not_the_pages_parse() -> None:
    """ld_dates reads the blocks cleaner.ld_blocks parsed once for the page; it scrubs a copy of them,
    so the article's JSON-LD reader still sees the site's object as the page states it."""
    from lxml import html as lxml_html

    from cleaner.date.ld_dates import without_other_dates
    from cleaner.ld_blocks import ld_blocks

    site = {"@context": "https://schema.org", "@type": "WebSite", "name": "Daily",
            "dateModified": "2026-01-01T00:00:00Z"}
    tree = lxml_html.fromstring(f'<html><head><script type="application/ld+json">{json.dumps(site)}'
                                "</script></head><body><p>Text</p></body></html>")
    copy = without_other_dates(tree)
    assert copy is not None and "dateModified" not in copy.xpath("//script")[0].text
    assert [block.data for block in ld_blocks(tree)] == [site]
