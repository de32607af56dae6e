"""The zone a page writes beside its time (issue 14), in more of the ways news sites write it: after
an hour's word ("14:46 Uhr MESZ", Latin American "23:46 hrs. (GMT-6)", "23:46 h CEST"), and as an
Arabic city's time ("23:46 (بتوقيت مكة المكرمة)", Al Jazeera's "(مكة المكرمة)", "بتوقيت القاهرة",
"بتوقيت غرينتش"). On a page of no known zone (an Arabic or Spanish page on a .com or .net, no
registry zone) the time was dropped for noon UTC, or a naive stated time read as UTC."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from helpers import BUDGET_BODY

from cleaner.date.clocks import clock_time
from cleaner.extract import extract

DAY = datetime(2024, 4, 12)
BODY = BUDGET_BODY


@pytest.mark.parametrize(("text", "offset_hours"), [
    ("14:46 Uhr MESZ", 2),
    ("23:46 hrs. (GMT-6)", -6),
    ("23:46 horas (GMT-5)", -5),
    ("23:46 h CEST", 2),
    ("23:46 (بتوقيت مكة المكرمة)", 3),
    ("11:46 م (مكة المكرمة)", 3),
    ("23:46 بتوقيت القاهرة", 2),
    ("10:00 بتوقيت غرينتش", 0),
    ("10:00 بتوقيت الدوحة", 3),
])
def test_the_zone_written_after_the_time(text: str, offset_hours: int) -> None:
    clock = clock_time(text, DAY)
    assert clock is not None and clock[3] == offset_hours * 3600


@pytest.mark.parametrize("text", ["14:46 Uhr", "23:46 hrs.", "23:46 (القاهرة)"])
def test_no_zone_where_none_is_written(text: str) -> None:
    clock = clock_time(text, DAY)
    assert clock is not None and clock[3] is None


def _published(head: str, meta: str, lang: str, url: str) -> datetime | None:
    page = (f"<html lang='{lang}'><head><title>Council votes on budget</title>{head}</head><body><article>"
            f"<h1>Council votes on budget</h1>{meta}{BODY}</article></body></html>")
    return extract(page, url=url).published_at


def _ld(published: str) -> str:
    return ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "Council votes on budget", "datePublished": "{published}"}}</script>')


@pytest.mark.parametrize(("head", "meta", "lang", "url", "expected"), [
    # Al Jazeera's Arabic stamp: the time with Mecca's.
    ("", "<div class='date-simple'>12/4/2024 11:46 م (مكة المكرمة)</div>", "ar",
     "https://www.example.net/news/2024/4/12/council", datetime(2024, 4, 12, 23, 46, tzinfo=timezone(
         timedelta(hours=3)))),
    # The time is the last update's: the day at noon, in the zone the page writes.
    ("", "<div class='date-simple'>12/4/2024 | آخر تحديث: 13/4/2024 11:46 م (مكة المكرمة)</div>", "ar",
     "https://www.example.net/news/2024/4/12/council", datetime(2024, 4, 12, 12, 0,
                                                                 tzinfo=ZoneInfo("Asia/Riyadh"))),
    ("", "<span class='time'>الجمعة 12 أبريل 2024 - 23:46 (بتوقيت القاهرة)</span>", "ar",
     "https://www.example.com/news/123", datetime(2024, 4, 12, 23, 46, tzinfo=timezone(timedelta(hours=2)))),
    # A naive stated time, the page's zone written beside the time it prints.
    (_ld("2024-04-12T23:46:00"), "<p class='meta'>12 أبريل 2024 23:46 بتوقيت مكة المكرمة</p>", "ar",
     "https://www.example.com/news/123", datetime(2024, 4, 12, 23, 46, tzinfo=ZoneInfo("Asia/Riyadh"))),
    (_ld("2024-04-12T23:46:00"), "<p class='fecha'>12/04/2024 23:46 hrs. (GMT-6)</p>", "es",
     "https://www.example.com/nacional/consejo", datetime(2024, 4, 12, 23, 46,
                                                          tzinfo=timezone(timedelta(hours=-6)))),
    ("", "<p class='article-date'>12.04.2024, 14:46 Uhr MESZ</p>", "de",
     "https://www.example.com/politik/rat-123", datetime(2024, 4, 12, 14, 46,
                                                         tzinfo=timezone(timedelta(hours=2)))),
])
def test_the_zone_the_page_writes_beside_its_time(head: str, meta: str, lang: str, url: str,
                                                  expected: datetime) -> None:
    published = _published(head, meta, lang, url)
    assert published == expected and published.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("lang", "locale", "expected"), [
    # India's "IST" on an English page of no other country, and in Hindi.
    ("en", "", datetime(2024, 4, 12, 23, 46, tzinfo=ZoneInfo("Asia/Kolkata"))),
    ("hi", "", datetime(2024, 4, 12, 23, 46, tzinfo=ZoneInfo("Asia/Kolkata"))),
    # An American page's "IST" (a match's start in India) says nothing of its own times: in no known
    # zone, the stated time's day at noon UTC.
    ("en", "<meta property='og:locale' content='en_US'>",
     datetime(2024, 4, 12, 12, 0, tzinfo=ZoneInfo("UTC"))),
])
def test_ist_is_indias_on_an_indian_page(lang: str, locale: str, expected: datetime) -> None:
    published = _published(_ld("2024-04-12T23:46:00") + locale,
                           "<p class='meta'>Updated: April 12, 2024, 11:46 PM IST</p>", lang,
                           "https://www.example.com/india/council-votes")
    assert published == expected and published.utcoffset() == expected.utcoffset()


def test_a_zone_after_a_dotted_time() -> None:
    # The Guardian's way ("Fri 12 Apr 2024 23.46 BST"): the zone was looked for only beside a colon.
    published = _published(_ld("2024-04-12T23:46:00"), "<p class='meta'>Fri 12 Apr 2024 23.46 BST</p>", "en",
                           "https://www.example.com/uk-news/council-votes")
    assert published == datetime(2024, 4, 12, 23, 46, tzinfo=timezone(timedelta(hours=1)))
    assert published.utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize(("lang", "locale", "line", "expected"), [
    # "AST": Arabia's on an Arabic page or one of the Gulf's countries, the Atlantic's in Puerto Rico.
    ("ar", "", "12 أبريل 2024 11:46 PM AST", datetime(2024, 4, 12, 23, 46, tzinfo=ZoneInfo("Asia/Riyadh"))),
    ("en", "<meta property='og:locale' content='en_SA'>", "April 12, 2024 11:46 PM AST",
     datetime(2024, 4, 12, 23, 46, tzinfo=ZoneInfo("Asia/Riyadh"))),
    ("es", "<meta name='geo.region' content='PR-SJ'>", "12 de abril de 2024 11:46 PM AST",
     datetime(2024, 4, 12, 23, 46, tzinfo=ZoneInfo("America/Puerto_Rico"))),
    # "CST": China's on a Chinese page, Central time on an American one.
    ("zh-Hans", "", "2024年4月12日 23:46 CST",
     datetime(2024, 4, 12, 23, 46, tzinfo=ZoneInfo("Asia/Shanghai"))),
    ("en", "<meta property='og:locale' content='en_US'>", "April 12, 2024 11:46 PM CST",
     datetime(2024, 4, 12, 23, 46, tzinfo=ZoneInfo("America/Chicago"))),
    # "AMT": Armenia's on an Armenian page; "GST": the Gulf's on an Emirati one.
    ("hy", "", "12.04.2024 23:46 AMT", datetime(2024, 4, 12, 23, 46, tzinfo=ZoneInfo("Asia/Yerevan"))),
    ("en", "<meta name='geo.region' content='AE-DU'>", "April 12, 2024 11:46 PM GST",
     datetime(2024, 4, 12, 23, 46, tzinfo=ZoneInfo("Asia/Dubai"))),
    # A country written as the zone (Sky News' way).
    ("en", "", "Friday 12 April 2024 23:46, UK",
     datetime(2024, 4, 12, 23, 46, tzinfo=ZoneInfo("Europe/London"))),
    ("en", "", "12 April 2024, 23:46 (UK time)",
     datetime(2024, 4, 12, 23, 46, tzinfo=ZoneInfo("Europe/London"))),
    # Guards: "AST" on an English page of no country, "CST" on a British one, "UK" as a word after a
    # time that is another's ("23:46 UK-bound flight" is no zone): no zone, the day at noon UTC.
    ("en", "", "April 12, 2024 11:46 PM AST", datetime(2024, 4, 12, 12, 0, tzinfo=ZoneInfo("UTC"))),
    ("en", "<meta property='og:locale' content='en_GB'>", "April 12, 2024 11:46 PM CST",
     datetime(2024, 4, 12, 23, 46, tzinfo=ZoneInfo("Europe/London"))),
    ("en", "", "12 April 2024 23:46 UK-bound", datetime(2024, 4, 12, 12, 0, tzinfo=ZoneInfo("UTC"))),
])
def test_an_abbreviation_of_several_zones_is_the_pages(lang: str, locale: str, line: str,
                                                      expected: datetime) -> None:
    published = _published(_ld("2024-04-12T23:46:00") + locale, f"<p class='meta'>{line}</p>", lang,
                           "https://www.example.com/world/council-votes")
    assert published == expected and published.utcoffset() == expected.utcoffset()
